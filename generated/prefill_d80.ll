; ModuleID = 'prefill_d80'
source_filename = "prefill_d80"
target triple = "x86_64-unknown-linux-gnu"

@prefill_d80.name = private unnamed_addr constant [12 x i8] c"prefill_d80\00"
@prefill_d80.spec = private unnamed_addr constant [253 x i8] c"attncc: 1\0Aname: prefill_d80\0Aphase: prefill\0Aheads: {q: 32, kv: 32, dim: 80, v_dim: 80}\0Atypes: {q: f32, cache: f32, out: f32}\0Ascale: auto\0Acache: {store: kv, layout: contiguous, order: token_major, capacity: 2048}\0Amask: {causal: true}\0Aoutput: {lse: true}\0A\00"
@prefill_d80_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float } { i32 1, i32 1, i64 -4069821009547178855, ptr @prefill_d80.name, ptr @prefill_d80.spec, i32 32, i32 32, i32 80, i32 80, i32 0, i32 0, i32 0, i32 1, i32 0, i32 0, i32 2048, i32 1, i32 1, float 0x3FBC9F25C0000000 }, align 8
@prefill_d80_kernel = internal constant { ptr, ptr, i32, i32, i32, i32 } { ptr @prefill_d80_info_data, ptr @prefill_d80_tile, i32 32, i32 1, i32 16, i32 256 }, align 8

; Function Attrs: nounwind
define internal void @prefill_d80_tile(ptr %0, ptr %1) #0 {
entry:
  %lims = alloca [32 x i32], align 64
  %rowbuf = alloca [5 x <16 x float>], align 64
  %ot = alloca [10240 x i8], align 64
  %st = alloca [12288 x i8], align 64
  %vbuf = alloca [26880 x i8], align 64
  %kbuf = alloca [30720 x i8], align 64
  %qt = alloca [10240 x i8], align 64
  %ls = alloca [32 x float], align 64
  %ms = alloca [32 x float], align 64
  %q_row0 = load i64, ptr %1, align 4
  %2 = getelementptr i8, ptr %1, i64 8
  %seq = load i32, ptr %2, align 4
  %3 = getelementptr i8, ptr %1, i64 12
  %kv_head = load i32, ptr %3, align 4
  %4 = getelementptr i8, ptr %1, i64 16
  %h_begin = load i32, ptr %4, align 4
  %5 = getelementptr i8, ptr %1, i64 20
  %h_end = load i32, ptr %5, align 4
  %nh = sub i32 %h_end, %h_begin
  %6 = getelementptr i8, ptr %1, i64 24
  %q_begin = load i32, ptr %6, align 4
  %7 = getelementptr i8, ptr %1, i64 28
  %q_end = load i32, ptr %7, align 4
  %8 = sub i32 %q_end, %q_begin
  %nrows = mul i32 %8, %nh
  %9 = getelementptr i8, ptr %1, i64 32
  %q_pos0 = load i32, ptr %9, align 4
  %10 = getelementptr i8, ptr %1, i64 36
  %k_begin = load i32, ptr %10, align 4
  %11 = getelementptr i8, ptr %1, i64 40
  %k_end = load i32, ptr %11, align 4
  %12 = getelementptr i8, ptr %1, i64 48
  %part = load ptr, ptr %12, align 8
  %13 = getelementptr i8, ptr %0, i64 32
  %q = load ptr, ptr %13, align 8
  %14 = getelementptr i8, ptr %0, i64 40
  %out = load ptr, ptr %14, align 8
  %15 = getelementptr i8, ptr %0, i64 48
  %lse = load ptr, ptr %15, align 8
  %16 = getelementptr i8, ptr %0, i64 56
  %k_cache = load ptr, ptr %16, align 8
  %17 = sext i32 %seq to i64
  %18 = sext i32 %kv_head to i64
  %19 = shl nsw i64 %17, 16
  %20 = add nsw i64 %19, %18
  %21 = mul nsw i64 %20, 320
  %22 = getelementptr i8, ptr %k_cache, i64 %21
  %23 = getelementptr i8, ptr %0, i64 64
  %v_cache = load ptr, ptr %23, align 8
  %24 = getelementptr i8, ptr %v_cache, i64 %21
  %25 = icmp sgt i32 %nrows, 0
  br i1 %25, label %qrow.preheader, label %done

qrow.preheader:                                   ; preds = %entry
  %26 = add nsw i32 %nrows, -1
  br label %qrow

done:                                             ; preds = %orow110, %entry
  ret void

qrow:                                             ; preds = %qrow.preheader, %exit8
  %qrow1 = phi i32 [ %62, %exit8 ], [ 0, %qrow.preheader ]
  %27 = icmp ult i32 %qrow1, 32
  br i1 %27, label %body, label %otzero

body:                                             ; preds = %qrow
  %28 = icmp slt i32 %qrow1, %nrows
  %29 = call i32 @llvm.smin.i32(i32 %qrow1, i32 %26)
  %30 = sdiv i32 %29, %nh
  %qi = add i32 %q_begin, %30
  %31 = srem i32 %29, %nh
  %h = add i32 %h_begin, %31
  %hq = add i32 %kv_head, %h
  %32 = sext i32 %qi to i64
  %33 = add i64 %q_row0, %32
  %34 = shl i64 %33, 5
  %35 = sext i32 %hq to i64
  %orow = add i64 %34, %35
  %36 = mul i64 %orow, 320
  %37 = getelementptr i8, ptr %q, i64 %36
  %38 = select i1 %28, float 0x3FC4A56B80000000, float 0.000000e+00
  %39 = insertelement <16 x float> poison, float %38, i64 0
  %splat = shufflevector <16 x float> %39, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %46, %body2 ]
  %40 = icmp ult i64 %chunk5, 5
  br i1 %40, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %41 = shl nuw nsw i64 %chunk5, 6
  %42 = getelementptr i8, ptr %37, i64 %41
  %43 = load <16 x float>, ptr %42, align 4
  %44 = fmul <16 x float> %43, %splat
  %45 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk5
  store <16 x float> %44, ptr %45, align 64
  %46 = add nuw nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %47 = zext nneg i32 %qrow1 to i64
  %48 = getelementptr i32, ptr %lims, i64 %47
  %49 = add i32 %q_pos0, %qi
  %50 = add i32 %49, 1
  %51 = call i32 @llvm.smin.i32(i32 %50, i32 %k_end)
  store i32 %51, ptr %48, align 4
  %52 = shl nuw nsw i64 %47, 2
  br label %qcol

qcol:                                             ; preds = %body6, %exit4
  %qcol9 = phi i32 [ 0, %exit4 ], [ %61, %body6 ]
  %53 = icmp ult i32 %qcol9, 80
  br i1 %53, label %body6, label %exit8

body6:                                            ; preds = %qcol
  %54 = zext nneg i32 %qcol9 to i64
  %55 = shl nuw nsw i64 %54, 2
  %56 = getelementptr i8, ptr %rowbuf, i64 %55
  %57 = load float, ptr %56, align 4
  %58 = shl nuw nsw i64 %54, 7
  %59 = or disjoint i64 %58, %52
  %60 = getelementptr i8, ptr %qt, i64 %59
  store float %57, ptr %60, align 4
  %61 = add nuw nsw i32 %qcol9, 1
  br label %qcol

exit8:                                            ; preds = %qcol
  %62 = add nuw nsw i32 %qrow1, 1
  br label %qrow

otzero:                                           ; preds = %qrow, %body10
  %otzero13 = phi i32 [ %67, %body10 ], [ 0, %qrow ]
  %63 = icmp ult i32 %otzero13, 160
  br i1 %63, label %body10, label %exit12

body10:                                           ; preds = %otzero
  %64 = shl nuw nsw i32 %otzero13, 6
  %65 = zext nneg i32 %64 to i64
  %66 = getelementptr i8, ptr %ot, i64 %65
  store <16 x float> zeroinitializer, ptr %66, align 64
  %67 = add nuw nsw i32 %otzero13, 1
  br label %otzero

exit12:                                           ; preds = %otzero
  %68 = sdiv i32 %26, %nh
  %69 = add i32 %q_begin, %68
  %70 = add i32 %q_pos0, %69
  %71 = add i32 %70, 1
  %72 = call i32 @llvm.smin.i32(i32 %71, i32 %k_end)
  %k_last = add i32 %72, -1
  %limv = load <16 x i32>, ptr %lims, align 64
  %73 = getelementptr inbounds i8, ptr %lims, i64 64
  %limv18 = load <16 x i32>, ptr %73, align 64
  %invariant.gep = getelementptr inbounds i8, ptr %kbuf, i64 64
  %invariant.gep191 = getelementptr inbounds i8, ptr %kbuf, i64 128
  %invariant.gep193 = getelementptr inbounds i8, ptr %kbuf, i64 192
  %invariant.gep195 = getelementptr inbounds i8, ptr %kbuf, i64 256
  %invariant.gep197 = getelementptr inbounds i8, ptr %vbuf, i64 64
  %invariant.gep199 = getelementptr inbounds i8, ptr %vbuf, i64 128
  %invariant.gep201 = getelementptr inbounds i8, ptr %vbuf, i64 192
  %invariant.gep203 = getelementptr inbounds i8, ptr %vbuf, i64 256
  br label %ktile

ktile:                                            ; preds = %exit84, %exit12
  %lv.sroa.4.0 = phi <16 x float> [ zeroinitializer, %exit12 ], [ %330, %exit84 ]
  %lv.sroa.0.0 = phi <16 x float> [ zeroinitializer, %exit12 ], [ %329, %exit84 ]
  %mv.sroa.4.0 = phi <16 x float> [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %exit12 ], [ %274, %exit84 ]
  %mv.sroa.0.0 = phi <16 x float> [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %exit12 ], [ %258, %exit84 ]
  %ktile17 = phi i32 [ %k_begin, %exit12 ], [ %433, %exit84 ]
  %74 = icmp slt i32 %ktile17, %72
  br i1 %74, label %body14, label %exit16

body14:                                           ; preds = %ktile
  %75 = sub i32 %72, %ktile17
  %.fr = freeze i32 %75
  %76 = call i32 @llvm.smin.i32(i32 %.fr, i32 84)
  %77 = add nsw i32 %76, 11
  %78 = srem i32 %77, 12
  %79 = sub nsw i32 %77, %78
  br label %kpack

exit16:                                           ; preds = %ktile
  store <16 x float> %mv.sroa.0.0, ptr %ms, align 64
  store <16 x float> %lv.sroa.0.0, ptr %ls, align 64
  %80 = getelementptr inbounds i8, ptr %ms, i64 64
  store <16 x float> %mv.sroa.4.0, ptr %80, align 64
  %81 = getelementptr inbounds i8, ptr %ls, i64 64
  store <16 x float> %lv.sroa.4.0, ptr %81, align 64
  %.not = icmp eq ptr %part, null
  %82 = zext nneg i32 %nrows to i64
  %83 = mul nuw nsw i64 %82, 80
  %invariant.gep227 = getelementptr float, ptr %part, i64 %82
  br label %orow110

kpack:                                            ; preds = %body19, %body14
  %kpack22 = phi i32 [ 0, %body14 ], [ %102, %body19 ]
  %84 = icmp slt i32 %kpack22, %79
  br i1 %84, label %body19, label %vpack

body19:                                           ; preds = %kpack
  %85 = add i32 %ktile17, %kpack22
  %86 = call i32 @llvm.smin.i32(i32 %85, i32 %k_last)
  %87 = sext i32 %86 to i64
  %88 = mul nsw i64 %87, 10240
  %89 = getelementptr i8, ptr %22, i64 %88
  %90 = load <16 x float>, ptr %89, align 4
  %91 = zext nneg i32 %kpack22 to i64
  %92 = mul nuw nsw i64 %91, 320
  %93 = getelementptr i8, ptr %kbuf, i64 %92
  store <16 x float> %90, ptr %93, align 64
  %94 = getelementptr i8, ptr %89, i64 64
  %95 = load <16 x float>, ptr %94, align 4
  %gep = getelementptr i8, ptr %invariant.gep, i64 %92
  store <16 x float> %95, ptr %gep, align 64
  %96 = getelementptr i8, ptr %89, i64 128
  %97 = load <16 x float>, ptr %96, align 4
  %gep192 = getelementptr i8, ptr %invariant.gep191, i64 %92
  store <16 x float> %97, ptr %gep192, align 64
  %98 = getelementptr i8, ptr %89, i64 192
  %99 = load <16 x float>, ptr %98, align 4
  %gep194 = getelementptr i8, ptr %invariant.gep193, i64 %92
  store <16 x float> %99, ptr %gep194, align 64
  %100 = getelementptr i8, ptr %89, i64 256
  %101 = load <16 x float>, ptr %100, align 4
  %gep196 = getelementptr i8, ptr %invariant.gep195, i64 %92
  store <16 x float> %101, ptr %gep196, align 64
  %102 = add nuw nsw i32 %kpack22, 1
  br label %kpack

vpack:                                            ; preds = %kpack, %body23
  %vpack26 = phi i32 [ %120, %body23 ], [ 0, %kpack ]
  %103 = icmp slt i32 %vpack26, %76
  br i1 %103, label %body23, label %sblock

body23:                                           ; preds = %vpack
  %104 = add i32 %ktile17, %vpack26
  %105 = sext i32 %104 to i64
  %106 = mul nsw i64 %105, 10240
  %107 = getelementptr i8, ptr %24, i64 %106
  %108 = load <16 x float>, ptr %107, align 4
  %109 = zext nneg i32 %vpack26 to i64
  %110 = mul nuw nsw i64 %109, 320
  %111 = getelementptr i8, ptr %vbuf, i64 %110
  store <16 x float> %108, ptr %111, align 64
  %112 = getelementptr i8, ptr %107, i64 64
  %113 = load <16 x float>, ptr %112, align 4
  %gep198 = getelementptr i8, ptr %invariant.gep197, i64 %110
  store <16 x float> %113, ptr %gep198, align 64
  %114 = getelementptr i8, ptr %107, i64 128
  %115 = load <16 x float>, ptr %114, align 4
  %gep200 = getelementptr i8, ptr %invariant.gep199, i64 %110
  store <16 x float> %115, ptr %gep200, align 64
  %116 = getelementptr i8, ptr %107, i64 192
  %117 = load <16 x float>, ptr %116, align 4
  %gep202 = getelementptr i8, ptr %invariant.gep201, i64 %110
  store <16 x float> %117, ptr %gep202, align 64
  %118 = getelementptr i8, ptr %107, i64 256
  %119 = load <16 x float>, ptr %118, align 4
  %gep204 = getelementptr i8, ptr %invariant.gep203, i64 %110
  store <16 x float> %119, ptr %gep204, align 64
  %120 = add nuw nsw i32 %vpack26, 1
  br label %vpack

sblock:                                           ; preds = %vpack, %exit33
  %sblock30 = phi i32 [ %242, %exit33 ], [ 0, %vpack ]
  %121 = icmp slt i32 %sblock30, %76
  br i1 %121, label %body27, label %smask

body27:                                           ; preds = %sblock
  %122 = zext nneg i32 %sblock30 to i64
  %123 = mul nuw nsw i64 %122, 320
  %124 = getelementptr i8, ptr %kbuf, i64 %123
  %invariant.gep205 = getelementptr i8, ptr %124, i64 3520
  %invariant.gep207 = getelementptr i8, ptr %124, i64 3200
  %invariant.gep209 = getelementptr i8, ptr %124, i64 2880
  %invariant.gep211 = getelementptr i8, ptr %124, i64 2240
  %invariant.gep213 = getelementptr i8, ptr %124, i64 1920
  %invariant.gep215 = getelementptr i8, ptr %124, i64 1600
  %invariant.gep217 = getelementptr i8, ptr %124, i64 1280
  %invariant.gep219 = getelementptr i8, ptr %124, i64 960
  %invariant.gep221 = getelementptr i8, ptr %124, i64 640
  %invariant.gep223 = getelementptr i8, ptr %124, i64 320
  br label %sdim

sdim:                                             ; preds = %latch32, %body27
  %sacc.sroa.92.0 = phi <16 x float> [ zeroinitializer, %body27 ], [ %132, %latch32 ]
  %sacc.sroa.88.0 = phi <16 x float> [ zeroinitializer, %body27 ], [ %134, %latch32 ]
  %sacc.sroa.84.0 = phi <16 x float> [ zeroinitializer, %body27 ], [ %136, %latch32 ]
  %sacc.sroa.80.0 = phi <16 x float> [ zeroinitializer, %body27 ], [ %137, %latch32 ]
  %sacc.sroa.76.0 = phi <16 x float> [ zeroinitializer, %body27 ], [ %139, %latch32 ]
  %sacc.sroa.72.0 = phi <16 x float> [ zeroinitializer, %body27 ], [ %140, %latch32 ]
  %sacc.sroa.68.0 = phi <16 x float> [ zeroinitializer, %body27 ], [ %144, %latch32 ]
  %sacc.sroa.64.0 = phi <16 x float> [ zeroinitializer, %body27 ], [ %145, %latch32 ]
  %sacc.sroa.60.0 = phi <16 x float> [ zeroinitializer, %body27 ], [ %147, %latch32 ]
  %sacc.sroa.56.0 = phi <16 x float> [ zeroinitializer, %body27 ], [ %148, %latch32 ]
  %sacc.sroa.52.0 = phi <16 x float> [ zeroinitializer, %body27 ], [ %150, %latch32 ]
  %sacc.sroa.48.0 = phi <16 x float> [ zeroinitializer, %body27 ], [ %151, %latch32 ]
  %sacc.sroa.44.0 = phi <16 x float> [ zeroinitializer, %body27 ], [ %153, %latch32 ]
  %sacc.sroa.40.0 = phi <16 x float> [ zeroinitializer, %body27 ], [ %154, %latch32 ]
  %sacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %body27 ], [ %156, %latch32 ]
  %sacc.sroa.32.0 = phi <16 x float> [ zeroinitializer, %body27 ], [ %157, %latch32 ]
  %sacc.sroa.28.0 = phi <16 x float> [ zeroinitializer, %body27 ], [ %159, %latch32 ]
  %sacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %body27 ], [ %160, %latch32 ]
  %sacc.sroa.20.0 = phi <16 x float> [ zeroinitializer, %body27 ], [ %162, %latch32 ]
  %sacc.sroa.16.0 = phi <16 x float> [ zeroinitializer, %body27 ], [ %163, %latch32 ]
  %sacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %body27 ], [ %165, %latch32 ]
  %sacc.sroa.8.0 = phi <16 x float> [ zeroinitializer, %body27 ], [ %166, %latch32 ]
  %sacc.sroa.4.0 = phi <16 x float> [ zeroinitializer, %body27 ], [ %169, %latch32 ]
  %sacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %body27 ], [ %170, %latch32 ]
  %sdim34 = phi i32 [ 0, %body27 ], [ %171, %latch32 ]
  %125 = icmp ult i32 %sdim34, 80
  br i1 %125, label %latch32, label %exit33

latch32:                                          ; preds = %sdim
  %126 = zext nneg i32 %sdim34 to i64
  %127 = shl nuw nsw i64 %126, 7
  %128 = or disjoint i64 %127, 64
  %129 = getelementptr i8, ptr %qt, i64 %128
  %qt36 = load <16 x float>, ptr %129, align 64
  %130 = shl nuw nsw i64 %126, 2
  %gep206 = getelementptr i8, ptr %invariant.gep205, i64 %130
  %k58 = load float, ptr %gep206, align 4
  %131 = insertelement <16 x float> poison, float %k58, i64 0
  %splat59 = shufflevector <16 x float> %131, <16 x float> poison, <16 x i32> zeroinitializer
  %132 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt36, <16 x float> %splat59, <16 x float> %sacc.sroa.92.0)
  %133 = getelementptr i8, ptr %qt, i64 %127
  %qt35 = load <16 x float>, ptr %133, align 64
  %134 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt35, <16 x float> %splat59, <16 x float> %sacc.sroa.88.0)
  %gep208 = getelementptr i8, ptr %invariant.gep207, i64 %130
  %k56 = load float, ptr %gep208, align 4
  %135 = insertelement <16 x float> poison, float %k56, i64 0
  %splat57 = shufflevector <16 x float> %135, <16 x float> poison, <16 x i32> zeroinitializer
  %136 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt36, <16 x float> %splat57, <16 x float> %sacc.sroa.84.0)
  %137 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt35, <16 x float> %splat57, <16 x float> %sacc.sroa.80.0)
  %gep210 = getelementptr i8, ptr %invariant.gep209, i64 %130
  %k54 = load float, ptr %gep210, align 4
  %138 = insertelement <16 x float> poison, float %k54, i64 0
  %splat55 = shufflevector <16 x float> %138, <16 x float> poison, <16 x i32> zeroinitializer
  %139 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt36, <16 x float> %splat55, <16 x float> %sacc.sroa.76.0)
  %140 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt35, <16 x float> %splat55, <16 x float> %sacc.sroa.72.0)
  %141 = or disjoint i64 %130, 2560
  %142 = getelementptr i8, ptr %124, i64 %141
  %k52 = load float, ptr %142, align 4
  %143 = insertelement <16 x float> poison, float %k52, i64 0
  %splat53 = shufflevector <16 x float> %143, <16 x float> poison, <16 x i32> zeroinitializer
  %144 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt36, <16 x float> %splat53, <16 x float> %sacc.sroa.68.0)
  %145 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt35, <16 x float> %splat53, <16 x float> %sacc.sroa.64.0)
  %gep212 = getelementptr i8, ptr %invariant.gep211, i64 %130
  %k50 = load float, ptr %gep212, align 4
  %146 = insertelement <16 x float> poison, float %k50, i64 0
  %splat51 = shufflevector <16 x float> %146, <16 x float> poison, <16 x i32> zeroinitializer
  %147 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt36, <16 x float> %splat51, <16 x float> %sacc.sroa.60.0)
  %148 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt35, <16 x float> %splat51, <16 x float> %sacc.sroa.56.0)
  %gep214 = getelementptr i8, ptr %invariant.gep213, i64 %130
  %k48 = load float, ptr %gep214, align 4
  %149 = insertelement <16 x float> poison, float %k48, i64 0
  %splat49 = shufflevector <16 x float> %149, <16 x float> poison, <16 x i32> zeroinitializer
  %150 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt36, <16 x float> %splat49, <16 x float> %sacc.sroa.52.0)
  %151 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt35, <16 x float> %splat49, <16 x float> %sacc.sroa.48.0)
  %gep216 = getelementptr i8, ptr %invariant.gep215, i64 %130
  %k46 = load float, ptr %gep216, align 4
  %152 = insertelement <16 x float> poison, float %k46, i64 0
  %splat47 = shufflevector <16 x float> %152, <16 x float> poison, <16 x i32> zeroinitializer
  %153 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt36, <16 x float> %splat47, <16 x float> %sacc.sroa.44.0)
  %154 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt35, <16 x float> %splat47, <16 x float> %sacc.sroa.40.0)
  %gep218 = getelementptr i8, ptr %invariant.gep217, i64 %130
  %k44 = load float, ptr %gep218, align 4
  %155 = insertelement <16 x float> poison, float %k44, i64 0
  %splat45 = shufflevector <16 x float> %155, <16 x float> poison, <16 x i32> zeroinitializer
  %156 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt36, <16 x float> %splat45, <16 x float> %sacc.sroa.36.0)
  %157 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt35, <16 x float> %splat45, <16 x float> %sacc.sroa.32.0)
  %gep220 = getelementptr i8, ptr %invariant.gep219, i64 %130
  %k42 = load float, ptr %gep220, align 4
  %158 = insertelement <16 x float> poison, float %k42, i64 0
  %splat43 = shufflevector <16 x float> %158, <16 x float> poison, <16 x i32> zeroinitializer
  %159 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt36, <16 x float> %splat43, <16 x float> %sacc.sroa.28.0)
  %160 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt35, <16 x float> %splat43, <16 x float> %sacc.sroa.24.0)
  %gep222 = getelementptr i8, ptr %invariant.gep221, i64 %130
  %k40 = load float, ptr %gep222, align 4
  %161 = insertelement <16 x float> poison, float %k40, i64 0
  %splat41 = shufflevector <16 x float> %161, <16 x float> poison, <16 x i32> zeroinitializer
  %162 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt36, <16 x float> %splat41, <16 x float> %sacc.sroa.20.0)
  %163 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt35, <16 x float> %splat41, <16 x float> %sacc.sroa.16.0)
  %gep224 = getelementptr i8, ptr %invariant.gep223, i64 %130
  %k38 = load float, ptr %gep224, align 4
  %164 = insertelement <16 x float> poison, float %k38, i64 0
  %splat39 = shufflevector <16 x float> %164, <16 x float> poison, <16 x i32> zeroinitializer
  %165 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt36, <16 x float> %splat39, <16 x float> %sacc.sroa.12.0)
  %166 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt35, <16 x float> %splat39, <16 x float> %sacc.sroa.8.0)
  %167 = getelementptr i8, ptr %124, i64 %130
  %k = load float, ptr %167, align 4
  %168 = insertelement <16 x float> poison, float %k, i64 0
  %splat37 = shufflevector <16 x float> %168, <16 x float> poison, <16 x i32> zeroinitializer
  %169 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt36, <16 x float> %splat37, <16 x float> %sacc.sroa.4.0)
  %170 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt35, <16 x float> %splat37, <16 x float> %sacc.sroa.0.0)
  %171 = add nuw nsw i32 %sdim34, 1
  br label %sdim

exit33:                                           ; preds = %sdim
  %172 = shl nuw nsw i64 %122, 7
  %173 = getelementptr i8, ptr %st, i64 %172
  store <16 x float> %sacc.sroa.0.0, ptr %173, align 64
  %174 = or disjoint i64 %172, 64
  %175 = getelementptr i8, ptr %st, i64 %174
  store <16 x float> %sacc.sroa.4.0, ptr %175, align 64
  %176 = or disjoint i32 %sblock30, 1
  %177 = zext nneg i32 %176 to i64
  %178 = shl nuw nsw i64 %177, 7
  %179 = getelementptr i8, ptr %st, i64 %178
  store <16 x float> %sacc.sroa.8.0, ptr %179, align 64
  %180 = or disjoint i64 %178, 64
  %181 = getelementptr i8, ptr %st, i64 %180
  store <16 x float> %sacc.sroa.12.0, ptr %181, align 64
  %182 = or disjoint i32 %sblock30, 2
  %183 = zext nneg i32 %182 to i64
  %184 = shl nuw nsw i64 %183, 7
  %185 = getelementptr i8, ptr %st, i64 %184
  store <16 x float> %sacc.sroa.16.0, ptr %185, align 64
  %186 = or disjoint i64 %184, 64
  %187 = getelementptr i8, ptr %st, i64 %186
  store <16 x float> %sacc.sroa.20.0, ptr %187, align 64
  %188 = or disjoint i32 %sblock30, 3
  %189 = zext nneg i32 %188 to i64
  %190 = shl nuw nsw i64 %189, 7
  %191 = getelementptr i8, ptr %st, i64 %190
  store <16 x float> %sacc.sroa.24.0, ptr %191, align 64
  %192 = or disjoint i64 %190, 64
  %193 = getelementptr i8, ptr %st, i64 %192
  store <16 x float> %sacc.sroa.28.0, ptr %193, align 64
  %194 = add nuw i32 %sblock30, 4
  %195 = sext i32 %194 to i64
  %196 = shl nsw i64 %195, 7
  %197 = getelementptr i8, ptr %st, i64 %196
  store <16 x float> %sacc.sroa.32.0, ptr %197, align 64
  %198 = or disjoint i64 %196, 64
  %199 = getelementptr i8, ptr %st, i64 %198
  store <16 x float> %sacc.sroa.36.0, ptr %199, align 64
  %200 = add nuw i32 %sblock30, 5
  %201 = sext i32 %200 to i64
  %202 = shl nsw i64 %201, 7
  %203 = getelementptr i8, ptr %st, i64 %202
  store <16 x float> %sacc.sroa.40.0, ptr %203, align 64
  %204 = or disjoint i64 %202, 64
  %205 = getelementptr i8, ptr %st, i64 %204
  store <16 x float> %sacc.sroa.44.0, ptr %205, align 64
  %206 = add nuw i32 %sblock30, 6
  %207 = sext i32 %206 to i64
  %208 = shl nsw i64 %207, 7
  %209 = getelementptr i8, ptr %st, i64 %208
  store <16 x float> %sacc.sroa.48.0, ptr %209, align 64
  %210 = or disjoint i64 %208, 64
  %211 = getelementptr i8, ptr %st, i64 %210
  store <16 x float> %sacc.sroa.52.0, ptr %211, align 64
  %212 = add nuw i32 %sblock30, 7
  %213 = sext i32 %212 to i64
  %214 = shl nsw i64 %213, 7
  %215 = getelementptr i8, ptr %st, i64 %214
  store <16 x float> %sacc.sroa.56.0, ptr %215, align 64
  %216 = or disjoint i64 %214, 64
  %217 = getelementptr i8, ptr %st, i64 %216
  store <16 x float> %sacc.sroa.60.0, ptr %217, align 64
  %218 = add nuw i32 %sblock30, 8
  %219 = sext i32 %218 to i64
  %220 = shl nsw i64 %219, 7
  %221 = getelementptr i8, ptr %st, i64 %220
  store <16 x float> %sacc.sroa.64.0, ptr %221, align 64
  %222 = or disjoint i64 %220, 64
  %223 = getelementptr i8, ptr %st, i64 %222
  store <16 x float> %sacc.sroa.68.0, ptr %223, align 64
  %224 = add nuw i32 %sblock30, 9
  %225 = sext i32 %224 to i64
  %226 = shl nsw i64 %225, 7
  %227 = getelementptr i8, ptr %st, i64 %226
  store <16 x float> %sacc.sroa.72.0, ptr %227, align 64
  %228 = or disjoint i64 %226, 64
  %229 = getelementptr i8, ptr %st, i64 %228
  store <16 x float> %sacc.sroa.76.0, ptr %229, align 64
  %230 = add nuw i32 %sblock30, 10
  %231 = sext i32 %230 to i64
  %232 = shl nsw i64 %231, 7
  %233 = getelementptr i8, ptr %st, i64 %232
  store <16 x float> %sacc.sroa.80.0, ptr %233, align 64
  %234 = or disjoint i64 %232, 64
  %235 = getelementptr i8, ptr %st, i64 %234
  store <16 x float> %sacc.sroa.84.0, ptr %235, align 64
  %236 = add nuw i32 %sblock30, 11
  %237 = sext i32 %236 to i64
  %238 = shl nsw i64 %237, 7
  %239 = getelementptr i8, ptr %st, i64 %238
  store <16 x float> %sacc.sroa.88.0, ptr %239, align 64
  %240 = or disjoint i64 %238, 64
  %241 = getelementptr i8, ptr %st, i64 %240
  store <16 x float> %sacc.sroa.92.0, ptr %241, align 64
  %242 = add nuw nsw i32 %sblock30, 12
  br label %sblock

smask:                                            ; preds = %sblock, %body60
  %tmax.sroa.4.0 = phi <16 x float> [ %255, %body60 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %tmax.sroa.0.0 = phi <16 x float> [ %256, %body60 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %smask63 = phi i32 [ %257, %body60 ], [ 0, %sblock ]
  %243 = icmp slt i32 %smask63, %76
  br i1 %243, label %body60, label %exit62

body60:                                           ; preds = %smask
  %244 = add i32 %ktile17, %smask63
  %245 = insertelement <16 x i32> poison, i32 %244, i64 0
  %splat64 = shufflevector <16 x i32> %245, <16 x i32> poison, <16 x i32> zeroinitializer
  %246 = zext nneg i32 %smask63 to i64
  %247 = shl nuw nsw i64 %246, 7
  %248 = getelementptr i8, ptr %st, i64 %247
  %s = load <16 x float>, ptr %248, align 64
  %249 = icmp slt <16 x i32> %splat64, %limv
  %250 = select <16 x i1> %249, <16 x float> %s, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %250, ptr %248, align 64
  %251 = or disjoint i64 %247, 64
  %252 = getelementptr i8, ptr %st, i64 %251
  %s65 = load <16 x float>, ptr %252, align 64
  %253 = icmp slt <16 x i32> %splat64, %limv18
  %254 = select <16 x i1> %253, <16 x float> %s65, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %254, ptr %252, align 64
  %255 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.4.0, <16 x float> %254)
  %256 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.0.0, <16 x float> %250)
  %257 = add nuw nsw i32 %smask63, 1
  br label %smask

exit62:                                           ; preds = %smask
  %258 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %mv.sroa.0.0, <16 x float> %tmax.sroa.0.0)
  %259 = fcmp oeq <16 x float> %258, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse66 = select <16 x i1> %259, <16 x float> zeroinitializer, <16 x float> %258
  %260 = fsub <16 x float> %mv.sroa.0.0, %muse66
  %261 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %260, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %262 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %261, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %263 = fadd <16 x float> %262, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fadd <16 x float> %263, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f = fsub <16 x float> %262, %n
  %264 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %265 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %264, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %266 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %265, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %267 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %266, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %268 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %267, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %269 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %268, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %270 = fptosi <16 x float> %n to <16 x i32>
  %271 = shl <16 x i32> %270, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %272 = add <16 x i32> %271, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %273 = bitcast <16 x i32> %272 to <16 x float>
  %exp2 = fmul <16 x float> %269, %273
  %274 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %mv.sroa.4.0, <16 x float> %tmax.sroa.4.0)
  %275 = fcmp oeq <16 x float> %274, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse68 = select <16 x i1> %275, <16 x float> zeroinitializer, <16 x float> %274
  %276 = fsub <16 x float> %mv.sroa.4.0, %muse68
  %277 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %276, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %278 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %277, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %279 = fadd <16 x float> %278, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n69 = fadd <16 x float> %279, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f70 = fsub <16 x float> %278, %n69
  %280 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f70, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %281 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %280, <16 x float> %f70, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %282 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %281, <16 x float> %f70, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %283 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %282, <16 x float> %f70, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %284 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %283, <16 x float> %f70, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %285 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %284, <16 x float> %f70, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %286 = fptosi <16 x float> %n69 to <16 x i32>
  %287 = shl <16 x i32> %286, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %288 = add <16 x i32> %287, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %289 = bitcast <16 x i32> %288 to <16 x float>
  %exp271 = fmul <16 x float> %285, %289
  br label %sexp

sexp:                                             ; preds = %body72, %exit62
  %lsum.sroa.4.0 = phi <16 x float> [ zeroinitializer, %exit62 ], [ %326, %body72 ]
  %lsum.sroa.0.0 = phi <16 x float> [ zeroinitializer, %exit62 ], [ %327, %body72 ]
  %sexp75 = phi i32 [ 0, %exit62 ], [ %328, %body72 ]
  %290 = icmp slt i32 %sexp75, %76
  br i1 %290, label %body72, label %exit74

body72:                                           ; preds = %sexp
  %291 = zext nneg i32 %sexp75 to i64
  %292 = shl nuw nsw i64 %291, 7
  %293 = getelementptr i8, ptr %st, i64 %292
  %294 = load <16 x float>, ptr %293, align 64
  %295 = fsub <16 x float> %294, %muse66
  %296 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %295, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %297 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %296, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %298 = fadd <16 x float> %297, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n76 = fadd <16 x float> %298, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f77 = fsub <16 x float> %297, %n76
  %299 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f77, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %300 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %299, <16 x float> %f77, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %301 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %300, <16 x float> %f77, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %302 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %301, <16 x float> %f77, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %303 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %302, <16 x float> %f77, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %304 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %303, <16 x float> %f77, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %305 = fptosi <16 x float> %n76 to <16 x i32>
  %306 = shl <16 x i32> %305, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %307 = add <16 x i32> %306, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %308 = bitcast <16 x i32> %307 to <16 x float>
  %exp278 = fmul <16 x float> %304, %308
  store <16 x float> %exp278, ptr %293, align 64
  %309 = or disjoint i64 %292, 64
  %310 = getelementptr i8, ptr %st, i64 %309
  %311 = load <16 x float>, ptr %310, align 64
  %312 = fsub <16 x float> %311, %muse68
  %313 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %312, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %314 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %313, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %315 = fadd <16 x float> %314, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n79 = fadd <16 x float> %315, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f80 = fsub <16 x float> %314, %n79
  %316 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f80, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %317 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %316, <16 x float> %f80, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %318 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %317, <16 x float> %f80, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %319 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %318, <16 x float> %f80, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %320 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %319, <16 x float> %f80, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %321 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %320, <16 x float> %f80, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %322 = fptosi <16 x float> %n79 to <16 x i32>
  %323 = shl <16 x i32> %322, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %324 = add <16 x i32> %323, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %325 = bitcast <16 x i32> %324 to <16 x float>
  %exp281 = fmul <16 x float> %321, %325
  store <16 x float> %exp281, ptr %310, align 64
  %326 = fadd <16 x float> %lsum.sroa.4.0, %exp281
  %327 = fadd <16 x float> %lsum.sroa.0.0, %exp278
  %328 = add nuw nsw i32 %sexp75, 1
  br label %sexp

exit74:                                           ; preds = %sexp
  %329 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %lv.sroa.0.0, <16 x float> %exp2, <16 x float> %lsum.sroa.0.0)
  %330 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %lv.sroa.4.0, <16 x float> %exp271, <16 x float> %lsum.sroa.4.0)
  br label %pvblock

pvblock:                                          ; preds = %exit88, %exit74
  %pvblock85 = phi i32 [ 0, %exit74 ], [ %483, %exit88 ]
  %331 = icmp ult i32 %pvblock85, 8
  br i1 %331, label %body82, label %exit84

body82:                                           ; preds = %pvblock
  %332 = mul nuw nsw i32 %pvblock85, 10
  %333 = zext nneg i32 %332 to i64
  %334 = shl nuw nsw i64 %333, 7
  %335 = getelementptr i8, ptr %ot, i64 %334
  %336 = load <16 x float>, ptr %335, align 64
  %337 = fmul <16 x float> %336, %exp2
  %338 = or disjoint i64 %334, 64
  %339 = getelementptr i8, ptr %ot, i64 %338
  %340 = load <16 x float>, ptr %339, align 64
  %341 = fmul <16 x float> %340, %exp271
  %342 = or disjoint i64 %333, 1
  %343 = shl nuw nsw i64 %342, 7
  %344 = getelementptr i8, ptr %ot, i64 %343
  %345 = load <16 x float>, ptr %344, align 64
  %346 = fmul <16 x float> %345, %exp2
  %347 = or disjoint i64 %343, 64
  %348 = getelementptr i8, ptr %ot, i64 %347
  %349 = load <16 x float>, ptr %348, align 64
  %350 = fmul <16 x float> %349, %exp271
  %351 = add nuw nsw i64 %333, 2
  %352 = shl nuw nsw i64 %351, 7
  %353 = getelementptr i8, ptr %ot, i64 %352
  %354 = load <16 x float>, ptr %353, align 64
  %355 = fmul <16 x float> %354, %exp2
  %356 = or disjoint i64 %352, 64
  %357 = getelementptr i8, ptr %ot, i64 %356
  %358 = load <16 x float>, ptr %357, align 64
  %359 = fmul <16 x float> %358, %exp271
  %360 = add nuw nsw i64 %333, 3
  %361 = shl nuw nsw i64 %360, 7
  %362 = getelementptr i8, ptr %ot, i64 %361
  %363 = load <16 x float>, ptr %362, align 64
  %364 = fmul <16 x float> %363, %exp2
  %365 = or disjoint i64 %361, 64
  %366 = getelementptr i8, ptr %ot, i64 %365
  %367 = load <16 x float>, ptr %366, align 64
  %368 = fmul <16 x float> %367, %exp271
  %369 = add nuw nsw i64 %333, 4
  %370 = shl nuw nsw i64 %369, 7
  %371 = getelementptr i8, ptr %ot, i64 %370
  %372 = load <16 x float>, ptr %371, align 64
  %373 = fmul <16 x float> %372, %exp2
  %374 = or disjoint i64 %370, 64
  %375 = getelementptr i8, ptr %ot, i64 %374
  %376 = load <16 x float>, ptr %375, align 64
  %377 = fmul <16 x float> %376, %exp271
  %378 = add nuw nsw i64 %333, 5
  %379 = shl nuw nsw i64 %378, 7
  %380 = getelementptr i8, ptr %ot, i64 %379
  %381 = load <16 x float>, ptr %380, align 64
  %382 = fmul <16 x float> %381, %exp2
  %383 = or disjoint i64 %379, 64
  %384 = getelementptr i8, ptr %ot, i64 %383
  %385 = load <16 x float>, ptr %384, align 64
  %386 = fmul <16 x float> %385, %exp271
  %387 = add nuw nsw i64 %333, 6
  %388 = shl nuw nsw i64 %387, 7
  %389 = getelementptr i8, ptr %ot, i64 %388
  %390 = load <16 x float>, ptr %389, align 64
  %391 = fmul <16 x float> %390, %exp2
  %392 = or disjoint i64 %388, 64
  %393 = getelementptr i8, ptr %ot, i64 %392
  %394 = load <16 x float>, ptr %393, align 64
  %395 = fmul <16 x float> %394, %exp271
  %396 = add nuw nsw i64 %333, 7
  %397 = shl nuw nsw i64 %396, 7
  %398 = getelementptr i8, ptr %ot, i64 %397
  %399 = load <16 x float>, ptr %398, align 64
  %400 = fmul <16 x float> %399, %exp2
  %401 = or disjoint i64 %397, 64
  %402 = getelementptr i8, ptr %ot, i64 %401
  %403 = load <16 x float>, ptr %402, align 64
  %404 = fmul <16 x float> %403, %exp271
  %405 = add nuw nsw i64 %333, 8
  %406 = shl nuw nsw i64 %405, 7
  %407 = getelementptr i8, ptr %ot, i64 %406
  %408 = load <16 x float>, ptr %407, align 64
  %409 = fmul <16 x float> %408, %exp2
  %410 = or disjoint i64 %406, 64
  %411 = getelementptr i8, ptr %ot, i64 %410
  %412 = load <16 x float>, ptr %411, align 64
  %413 = fmul <16 x float> %412, %exp271
  %414 = add nuw nsw i64 %333, 9
  %415 = shl nuw nsw i64 %414, 7
  %416 = getelementptr i8, ptr %ot, i64 %415
  %417 = load <16 x float>, ptr %416, align 64
  %418 = fmul <16 x float> %417, %exp2
  %419 = or disjoint i64 %415, 64
  %420 = getelementptr i8, ptr %ot, i64 %419
  %421 = load <16 x float>, ptr %420, align 64
  %422 = fmul <16 x float> %421, %exp271
  %423 = shl nuw nsw i64 %414, 2
  %424 = shl nuw nsw i64 %405, 2
  %425 = shl nuw nsw i64 %396, 2
  %426 = shl nuw nsw i64 %387, 2
  %427 = shl nuw nsw i64 %378, 2
  %428 = shl nuw nsw i64 %369, 2
  %429 = shl nuw nsw i64 %360, 2
  %430 = shl nuw nsw i64 %351, 2
  %431 = shl nuw nsw i64 %342, 2
  %432 = shl nuw nsw i64 %333, 2
  br label %kpv

exit84:                                           ; preds = %pvblock
  %433 = add nsw i32 %ktile17, 84
  br label %ktile

kpv:                                              ; preds = %latch87, %body82
  %o.sroa.60.0 = phi <16 x float> [ %404, %body82 ], [ %452, %latch87 ]
  %o.sroa.56.0 = phi <16 x float> [ %400, %body82 ], [ %453, %latch87 ]
  %o.sroa.52.0 = phi <16 x float> [ %395, %body82 ], [ %456, %latch87 ]
  %o.sroa.48.0 = phi <16 x float> [ %391, %body82 ], [ %457, %latch87 ]
  %o.sroa.44.0 = phi <16 x float> [ %386, %body82 ], [ %460, %latch87 ]
  %o.sroa.40.0 = phi <16 x float> [ %382, %body82 ], [ %461, %latch87 ]
  %o.sroa.36.0 = phi <16 x float> [ %377, %body82 ], [ %464, %latch87 ]
  %o.sroa.32.0 = phi <16 x float> [ %373, %body82 ], [ %465, %latch87 ]
  %o.sroa.28.0 = phi <16 x float> [ %368, %body82 ], [ %468, %latch87 ]
  %o.sroa.24.0 = phi <16 x float> [ %364, %body82 ], [ %469, %latch87 ]
  %o.sroa.20.0 = phi <16 x float> [ %359, %body82 ], [ %472, %latch87 ]
  %o.sroa.16.0 = phi <16 x float> [ %355, %body82 ], [ %473, %latch87 ]
  %o.sroa.12.0 = phi <16 x float> [ %350, %body82 ], [ %476, %latch87 ]
  %o.sroa.8.0 = phi <16 x float> [ %346, %body82 ], [ %477, %latch87 ]
  %o.sroa.4.0 = phi <16 x float> [ %341, %body82 ], [ %480, %latch87 ]
  %o.sroa.0.0 = phi <16 x float> [ %337, %body82 ], [ %481, %latch87 ]
  %o.sroa.64.0 = phi <16 x float> [ %409, %body82 ], [ %449, %latch87 ]
  %o.sroa.68.0 = phi <16 x float> [ %413, %body82 ], [ %448, %latch87 ]
  %o.sroa.72.0 = phi <16 x float> [ %418, %body82 ], [ %445, %latch87 ]
  %o.sroa.76.0 = phi <16 x float> [ %422, %body82 ], [ %443, %latch87 ]
  %kpv89 = phi i32 [ 0, %body82 ], [ %482, %latch87 ]
  %434 = icmp slt i32 %kpv89, %76
  br i1 %434, label %latch87, label %exit88

latch87:                                          ; preds = %kpv
  %435 = zext nneg i32 %kpv89 to i64
  %436 = shl nuw nsw i64 %435, 7
  %437 = or disjoint i64 %436, 64
  %438 = getelementptr i8, ptr %st, i64 %437
  %p90 = load <16 x float>, ptr %438, align 64
  %439 = mul nuw nsw i64 %435, 320
  %440 = getelementptr i8, ptr %vbuf, i64 %439
  %441 = getelementptr i8, ptr %440, i64 %423
  %v108 = load float, ptr %441, align 4
  %442 = insertelement <16 x float> poison, float %v108, i64 0
  %splat109 = shufflevector <16 x float> %442, <16 x float> poison, <16 x i32> zeroinitializer
  %443 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p90, <16 x float> %splat109, <16 x float> %o.sroa.76.0)
  %444 = getelementptr i8, ptr %st, i64 %436
  %p = load <16 x float>, ptr %444, align 64
  %445 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat109, <16 x float> %o.sroa.72.0)
  %446 = getelementptr i8, ptr %440, i64 %424
  %v106 = load float, ptr %446, align 4
  %447 = insertelement <16 x float> poison, float %v106, i64 0
  %splat107 = shufflevector <16 x float> %447, <16 x float> poison, <16 x i32> zeroinitializer
  %448 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p90, <16 x float> %splat107, <16 x float> %o.sroa.68.0)
  %449 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat107, <16 x float> %o.sroa.64.0)
  %450 = getelementptr i8, ptr %440, i64 %425
  %v104 = load float, ptr %450, align 4
  %451 = insertelement <16 x float> poison, float %v104, i64 0
  %splat105 = shufflevector <16 x float> %451, <16 x float> poison, <16 x i32> zeroinitializer
  %452 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p90, <16 x float> %splat105, <16 x float> %o.sroa.60.0)
  %453 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat105, <16 x float> %o.sroa.56.0)
  %454 = getelementptr i8, ptr %440, i64 %426
  %v102 = load float, ptr %454, align 4
  %455 = insertelement <16 x float> poison, float %v102, i64 0
  %splat103 = shufflevector <16 x float> %455, <16 x float> poison, <16 x i32> zeroinitializer
  %456 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p90, <16 x float> %splat103, <16 x float> %o.sroa.52.0)
  %457 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat103, <16 x float> %o.sroa.48.0)
  %458 = getelementptr i8, ptr %440, i64 %427
  %v100 = load float, ptr %458, align 4
  %459 = insertelement <16 x float> poison, float %v100, i64 0
  %splat101 = shufflevector <16 x float> %459, <16 x float> poison, <16 x i32> zeroinitializer
  %460 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p90, <16 x float> %splat101, <16 x float> %o.sroa.44.0)
  %461 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat101, <16 x float> %o.sroa.40.0)
  %462 = getelementptr i8, ptr %440, i64 %428
  %v98 = load float, ptr %462, align 4
  %463 = insertelement <16 x float> poison, float %v98, i64 0
  %splat99 = shufflevector <16 x float> %463, <16 x float> poison, <16 x i32> zeroinitializer
  %464 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p90, <16 x float> %splat99, <16 x float> %o.sroa.36.0)
  %465 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat99, <16 x float> %o.sroa.32.0)
  %466 = getelementptr i8, ptr %440, i64 %429
  %v96 = load float, ptr %466, align 4
  %467 = insertelement <16 x float> poison, float %v96, i64 0
  %splat97 = shufflevector <16 x float> %467, <16 x float> poison, <16 x i32> zeroinitializer
  %468 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p90, <16 x float> %splat97, <16 x float> %o.sroa.28.0)
  %469 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat97, <16 x float> %o.sroa.24.0)
  %470 = getelementptr i8, ptr %440, i64 %430
  %v94 = load float, ptr %470, align 4
  %471 = insertelement <16 x float> poison, float %v94, i64 0
  %splat95 = shufflevector <16 x float> %471, <16 x float> poison, <16 x i32> zeroinitializer
  %472 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p90, <16 x float> %splat95, <16 x float> %o.sroa.20.0)
  %473 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat95, <16 x float> %o.sroa.16.0)
  %474 = getelementptr i8, ptr %440, i64 %431
  %v92 = load float, ptr %474, align 4
  %475 = insertelement <16 x float> poison, float %v92, i64 0
  %splat93 = shufflevector <16 x float> %475, <16 x float> poison, <16 x i32> zeroinitializer
  %476 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p90, <16 x float> %splat93, <16 x float> %o.sroa.12.0)
  %477 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat93, <16 x float> %o.sroa.8.0)
  %478 = getelementptr i8, ptr %440, i64 %432
  %v = load float, ptr %478, align 4
  %479 = insertelement <16 x float> poison, float %v, i64 0
  %splat91 = shufflevector <16 x float> %479, <16 x float> poison, <16 x i32> zeroinitializer
  %480 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p90, <16 x float> %splat91, <16 x float> %o.sroa.4.0)
  %481 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat91, <16 x float> %o.sroa.0.0)
  %482 = add nuw nsw i32 %kpv89, 1
  br label %kpv

exit88:                                           ; preds = %kpv
  store <16 x float> %o.sroa.0.0, ptr %335, align 64
  store <16 x float> %o.sroa.4.0, ptr %339, align 64
  store <16 x float> %o.sroa.8.0, ptr %344, align 64
  store <16 x float> %o.sroa.12.0, ptr %348, align 64
  store <16 x float> %o.sroa.16.0, ptr %353, align 64
  store <16 x float> %o.sroa.20.0, ptr %357, align 64
  store <16 x float> %o.sroa.24.0, ptr %362, align 64
  store <16 x float> %o.sroa.28.0, ptr %366, align 64
  store <16 x float> %o.sroa.32.0, ptr %371, align 64
  store <16 x float> %o.sroa.36.0, ptr %375, align 64
  store <16 x float> %o.sroa.40.0, ptr %380, align 64
  store <16 x float> %o.sroa.44.0, ptr %384, align 64
  store <16 x float> %o.sroa.48.0, ptr %389, align 64
  store <16 x float> %o.sroa.52.0, ptr %393, align 64
  store <16 x float> %o.sroa.56.0, ptr %398, align 64
  store <16 x float> %o.sroa.60.0, ptr %402, align 64
  store <16 x float> %o.sroa.64.0, ptr %407, align 64
  store <16 x float> %o.sroa.68.0, ptr %411, align 64
  store <16 x float> %o.sroa.72.0, ptr %416, align 64
  store <16 x float> %o.sroa.76.0, ptr %420, align 64
  %483 = add nuw nsw i32 %pvblock85, 1
  br label %pvblock

orow110:                                          ; preds = %written, %exit16
  %orow114 = phi i32 [ 0, %exit16 ], [ %509, %written ]
  %484 = icmp slt i32 %orow114, %nrows
  br i1 %484, label %body111, label %done

body111:                                          ; preds = %orow110
  %485 = zext nneg i32 %orow114 to i64
  %486 = getelementptr float, ptr %ms, i64 %485
  %m115 = load float, ptr %486, align 4
  %487 = getelementptr float, ptr %ls, i64 %485
  %l = load float, ptr %487, align 4
  %488 = shl nuw nsw i64 %485, 2
  %invariant.gep225 = getelementptr i8, ptr %ot, i64 %488
  br label %otrow

otrow:                                            ; preds = %body116, %body111
  %otrow119 = phi i32 [ 0, %body111 ], [ %495, %body116 ]
  %489 = icmp ult i32 %otrow119, 80
  br i1 %489, label %body116, label %exit118

body116:                                          ; preds = %otrow
  %490 = zext nneg i32 %otrow119 to i64
  %491 = shl nuw nsw i64 %490, 7
  %gep226 = getelementptr i8, ptr %invariant.gep225, i64 %491
  %492 = load float, ptr %gep226, align 4
  %493 = shl nuw nsw i64 %490, 2
  %494 = getelementptr i8, ptr %rowbuf, i64 %493
  store float %492, ptr %494, align 4
  %495 = add nuw nsw i32 %otrow119, 1
  br label %otrow

exit118:                                          ; preds = %otrow
  br i1 %.not, label %final, label %partial

partial:                                          ; preds = %exit118
  %.idx = mul nuw nsw i64 %485, 320
  %496 = getelementptr i8, ptr %part, i64 %.idx
  br label %chunk120

final:                                            ; preds = %exit118
  %497 = sdiv i32 %orow114, %nh
  %qi125 = add i32 %q_begin, %497
  %498 = srem i32 %orow114, %nh
  %h126 = add i32 %h_begin, %498
  %hq127 = add i32 %kv_head, %h126
  %499 = sext i32 %qi125 to i64
  %500 = add i64 %q_row0, %499
  %501 = shl i64 %500, 5
  %502 = sext i32 %hq127 to i64
  %orow128 = add i64 %501, %502
  %503 = fcmp oeq float %l, 0.000000e+00
  %504 = fdiv float 1.000000e+00, %l
  %505 = select i1 %503, float 0.000000e+00, float %504
  %506 = mul i64 %orow128, 320
  %507 = getelementptr i8, ptr %out, i64 %506
  %508 = insertelement <16 x float> poison, float %505, i64 0
  %splat129 = shufflevector <16 x float> %508, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk130

written:                                          ; preds = %exit133, %exit123
  %509 = add nuw nsw i32 %orow114, 1
  br label %orow110

chunk120:                                         ; preds = %body121, %partial
  %chunk124 = phi i64 [ 0, %partial ], [ %515, %body121 ]
  %510 = icmp ult i64 %chunk124, 5
  br i1 %510, label %body121, label %exit123

body121:                                          ; preds = %chunk120
  %511 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk124
  %512 = load <16 x float>, ptr %511, align 64
  %513 = shl nuw nsw i64 %chunk124, 6
  %514 = getelementptr i8, ptr %496, i64 %513
  store <16 x float> %512, ptr %514, align 4
  %515 = add nuw nsw i64 %chunk124, 1
  br label %chunk120

exit123:                                          ; preds = %chunk120
  %516 = add nuw nsw i64 %83, %485
  %517 = getelementptr float, ptr %part, i64 %516
  store float %m115, ptr %517, align 4
  %gep228 = getelementptr float, ptr %invariant.gep227, i64 %516
  store float %l, ptr %gep228, align 4
  br label %written

chunk130:                                         ; preds = %body131, %final
  %chunk134 = phi i64 [ 0, %final ], [ %524, %body131 ]
  %518 = icmp ult i64 %chunk134, 5
  br i1 %518, label %body131, label %exit133

body131:                                          ; preds = %chunk130
  %519 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk134
  %520 = load <16 x float>, ptr %519, align 64
  %521 = fmul <16 x float> %520, %splat129
  %522 = shl nuw nsw i64 %chunk134, 6
  %523 = getelementptr i8, ptr %507, i64 %522
  store <16 x float> %521, ptr %523, align 4
  %524 = add nuw nsw i64 %chunk134, 1
  br label %chunk130

exit133:                                          ; preds = %chunk130
  %525 = call float @llvm.log.f32(float %l)
  %526 = call float @llvm.fmuladd.f32(float %m115, float 0x3FE62E4300000000, float %525)
  %lse135 = select i1 %503, float 0xFFF0000000000000, float %526
  %527 = getelementptr float, ptr %lse, i64 %orow128
  store float %lse135, ptr %527, align 4
  br label %written
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fmuladd.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.maxnum.v16f32(<16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.minnum.v16f32(<16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.log.f32(float) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

declare i32 @attnrt_run(ptr, ptr)

; Function Attrs: nounwind
define i32 @prefill_d80(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_run(ptr nonnull @prefill_d80_kernel, ptr %0) #2
  ret i32 %1
}

declare i64 @attnrt_tasks(ptr, ptr)

; Function Attrs: nounwind
define i64 @prefill_d80_tasks(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_tasks(ptr nonnull @prefill_d80_kernel, ptr %0) #2
  ret i64 %1
}

declare i32 @attnrt_task(ptr, ptr, i64)

; Function Attrs: nounwind
define i32 @prefill_d80_task(ptr %0, i64 %1) #0 {
entry:
  %2 = call i32 @attnrt_task(ptr nonnull @prefill_d80_kernel, ptr %0, i64 %1) #2
  ret i32 %2
}

declare i64 @attnrt_workspace(ptr, ptr)

; Function Attrs: nounwind
define i64 @prefill_d80_workspace(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_workspace(ptr nonnull @prefill_d80_kernel, ptr %0) #2
  ret i64 %1
}

declare i32 @attnrt_append(ptr, ptr)

; Function Attrs: nounwind
define i32 @prefill_d80_append(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_append(ptr nonnull @prefill_d80_kernel, ptr %0) #2
  ret i32 %1
}

; Function Attrs: nounwind
define ptr @prefill_d80_info() #0 {
entry:
  ret ptr @prefill_d80_info_data
}

attributes #0 = { nounwind "target-cpu"="x86-64-v4" "target-features"="+avx512f,+evex512,+avx512bw,+avx512vl,+avx2,+fma,+f16c" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nounwind }
