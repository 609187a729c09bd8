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
  %st = alloca [19968 x i8], align 64
  %kbuf = alloca [49920 x i8], align 64
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

done:                                             ; preds = %orow106, %entry
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
  %invariant.gep187 = getelementptr inbounds i8, ptr %kbuf, i64 128
  %invariant.gep189 = getelementptr inbounds i8, ptr %kbuf, i64 192
  %invariant.gep191 = getelementptr inbounds i8, ptr %kbuf, i64 256
  br label %ktile

ktile:                                            ; preds = %exit80, %exit12
  %lv.sroa.4.0 = phi <16 x float> [ zeroinitializer, %exit12 ], [ %315, %exit80 ]
  %lv.sroa.0.0 = phi <16 x float> [ zeroinitializer, %exit12 ], [ %314, %exit80 ]
  %mv.sroa.4.0 = phi <16 x float> [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %exit12 ], [ %259, %exit80 ]
  %mv.sroa.0.0 = phi <16 x float> [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %exit12 ], [ %243, %exit80 ]
  %ktile17 = phi i32 [ %k_begin, %exit12 ], [ %418, %exit80 ]
  %74 = icmp slt i32 %ktile17, %72
  br i1 %74, label %body14, label %exit16

body14:                                           ; preds = %ktile
  %75 = sub i32 %72, %ktile17
  %.fr = freeze i32 %75
  %76 = call i32 @llvm.smin.i32(i32 %.fr, i32 144)
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
  %invariant.gep215 = getelementptr float, ptr %part, i64 %82
  br label %orow106

kpack:                                            ; preds = %body19, %body14
  %kpack22 = phi i32 [ 0, %body14 ], [ %102, %body19 ]
  %84 = icmp slt i32 %kpack22, %79
  br i1 %84, label %body19, label %exit21

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
  %gep188 = getelementptr i8, ptr %invariant.gep187, i64 %92
  store <16 x float> %97, ptr %gep188, align 64
  %98 = getelementptr i8, ptr %89, i64 192
  %99 = load <16 x float>, ptr %98, align 4
  %gep190 = getelementptr i8, ptr %invariant.gep189, i64 %92
  store <16 x float> %99, ptr %gep190, align 64
  %100 = getelementptr i8, ptr %89, i64 256
  %101 = load <16 x float>, ptr %100, align 4
  %gep192 = getelementptr i8, ptr %invariant.gep191, i64 %92
  store <16 x float> %101, ptr %gep192, align 64
  %102 = add nuw nsw i32 %kpack22, 1
  br label %kpack

exit21:                                           ; preds = %kpack
  %103 = sext i32 %ktile17 to i64
  %104 = mul nsw i64 %103, 10240
  %105 = getelementptr i8, ptr %24, i64 %104
  br label %sblock

sblock:                                           ; preds = %exit29, %exit21
  %sblock26 = phi i32 [ 0, %exit21 ], [ %227, %exit29 ]
  %106 = icmp slt i32 %sblock26, %76
  br i1 %106, label %body23, label %smask

body23:                                           ; preds = %sblock
  %107 = zext nneg i32 %sblock26 to i64
  %108 = mul nuw nsw i64 %107, 320
  %109 = getelementptr i8, ptr %kbuf, i64 %108
  %invariant.gep193 = getelementptr i8, ptr %109, i64 3520
  %invariant.gep195 = getelementptr i8, ptr %109, i64 3200
  %invariant.gep197 = getelementptr i8, ptr %109, i64 2880
  %invariant.gep199 = getelementptr i8, ptr %109, i64 2240
  %invariant.gep201 = getelementptr i8, ptr %109, i64 1920
  %invariant.gep203 = getelementptr i8, ptr %109, i64 1600
  %invariant.gep205 = getelementptr i8, ptr %109, i64 1280
  %invariant.gep207 = getelementptr i8, ptr %109, i64 960
  %invariant.gep209 = getelementptr i8, ptr %109, i64 640
  %invariant.gep211 = getelementptr i8, ptr %109, i64 320
  br label %sdim

sdim:                                             ; preds = %latch28, %body23
  %sacc.sroa.92.0 = phi <16 x float> [ zeroinitializer, %body23 ], [ %117, %latch28 ]
  %sacc.sroa.88.0 = phi <16 x float> [ zeroinitializer, %body23 ], [ %119, %latch28 ]
  %sacc.sroa.84.0 = phi <16 x float> [ zeroinitializer, %body23 ], [ %121, %latch28 ]
  %sacc.sroa.80.0 = phi <16 x float> [ zeroinitializer, %body23 ], [ %122, %latch28 ]
  %sacc.sroa.76.0 = phi <16 x float> [ zeroinitializer, %body23 ], [ %124, %latch28 ]
  %sacc.sroa.72.0 = phi <16 x float> [ zeroinitializer, %body23 ], [ %125, %latch28 ]
  %sacc.sroa.68.0 = phi <16 x float> [ zeroinitializer, %body23 ], [ %129, %latch28 ]
  %sacc.sroa.64.0 = phi <16 x float> [ zeroinitializer, %body23 ], [ %130, %latch28 ]
  %sacc.sroa.60.0 = phi <16 x float> [ zeroinitializer, %body23 ], [ %132, %latch28 ]
  %sacc.sroa.56.0 = phi <16 x float> [ zeroinitializer, %body23 ], [ %133, %latch28 ]
  %sacc.sroa.52.0 = phi <16 x float> [ zeroinitializer, %body23 ], [ %135, %latch28 ]
  %sacc.sroa.48.0 = phi <16 x float> [ zeroinitializer, %body23 ], [ %136, %latch28 ]
  %sacc.sroa.44.0 = phi <16 x float> [ zeroinitializer, %body23 ], [ %138, %latch28 ]
  %sacc.sroa.40.0 = phi <16 x float> [ zeroinitializer, %body23 ], [ %139, %latch28 ]
  %sacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %body23 ], [ %141, %latch28 ]
  %sacc.sroa.32.0 = phi <16 x float> [ zeroinitializer, %body23 ], [ %142, %latch28 ]
  %sacc.sroa.28.0 = phi <16 x float> [ zeroinitializer, %body23 ], [ %144, %latch28 ]
  %sacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %body23 ], [ %145, %latch28 ]
  %sacc.sroa.20.0 = phi <16 x float> [ zeroinitializer, %body23 ], [ %147, %latch28 ]
  %sacc.sroa.16.0 = phi <16 x float> [ zeroinitializer, %body23 ], [ %148, %latch28 ]
  %sacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %body23 ], [ %150, %latch28 ]
  %sacc.sroa.8.0 = phi <16 x float> [ zeroinitializer, %body23 ], [ %151, %latch28 ]
  %sacc.sroa.4.0 = phi <16 x float> [ zeroinitializer, %body23 ], [ %154, %latch28 ]
  %sacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %body23 ], [ %155, %latch28 ]
  %sdim30 = phi i32 [ 0, %body23 ], [ %156, %latch28 ]
  %110 = icmp ult i32 %sdim30, 80
  br i1 %110, label %latch28, label %exit29

latch28:                                          ; preds = %sdim
  %111 = zext nneg i32 %sdim30 to i64
  %112 = shl nuw nsw i64 %111, 7
  %113 = or disjoint i64 %112, 64
  %114 = getelementptr i8, ptr %qt, i64 %113
  %qt32 = load <16 x float>, ptr %114, align 64
  %115 = shl nuw nsw i64 %111, 2
  %gep194 = getelementptr i8, ptr %invariant.gep193, i64 %115
  %k54 = load float, ptr %gep194, align 4
  %116 = insertelement <16 x float> poison, float %k54, i64 0
  %splat55 = shufflevector <16 x float> %116, <16 x float> poison, <16 x i32> zeroinitializer
  %117 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt32, <16 x float> %splat55, <16 x float> %sacc.sroa.92.0)
  %118 = getelementptr i8, ptr %qt, i64 %112
  %qt31 = load <16 x float>, ptr %118, align 64
  %119 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt31, <16 x float> %splat55, <16 x float> %sacc.sroa.88.0)
  %gep196 = getelementptr i8, ptr %invariant.gep195, i64 %115
  %k52 = load float, ptr %gep196, align 4
  %120 = insertelement <16 x float> poison, float %k52, i64 0
  %splat53 = shufflevector <16 x float> %120, <16 x float> poison, <16 x i32> zeroinitializer
  %121 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt32, <16 x float> %splat53, <16 x float> %sacc.sroa.84.0)
  %122 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt31, <16 x float> %splat53, <16 x float> %sacc.sroa.80.0)
  %gep198 = getelementptr i8, ptr %invariant.gep197, i64 %115
  %k50 = load float, ptr %gep198, align 4
  %123 = insertelement <16 x float> poison, float %k50, i64 0
  %splat51 = shufflevector <16 x float> %123, <16 x float> poison, <16 x i32> zeroinitializer
  %124 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt32, <16 x float> %splat51, <16 x float> %sacc.sroa.76.0)
  %125 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt31, <16 x float> %splat51, <16 x float> %sacc.sroa.72.0)
  %126 = or disjoint i64 %115, 2560
  %127 = getelementptr i8, ptr %109, i64 %126
  %k48 = load float, ptr %127, align 4
  %128 = insertelement <16 x float> poison, float %k48, i64 0
  %splat49 = shufflevector <16 x float> %128, <16 x float> poison, <16 x i32> zeroinitializer
  %129 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt32, <16 x float> %splat49, <16 x float> %sacc.sroa.68.0)
  %130 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt31, <16 x float> %splat49, <16 x float> %sacc.sroa.64.0)
  %gep200 = getelementptr i8, ptr %invariant.gep199, i64 %115
  %k46 = load float, ptr %gep200, align 4
  %131 = insertelement <16 x float> poison, float %k46, i64 0
  %splat47 = shufflevector <16 x float> %131, <16 x float> poison, <16 x i32> zeroinitializer
  %132 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt32, <16 x float> %splat47, <16 x float> %sacc.sroa.60.0)
  %133 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt31, <16 x float> %splat47, <16 x float> %sacc.sroa.56.0)
  %gep202 = getelementptr i8, ptr %invariant.gep201, i64 %115
  %k44 = load float, ptr %gep202, align 4
  %134 = insertelement <16 x float> poison, float %k44, i64 0
  %splat45 = shufflevector <16 x float> %134, <16 x float> poison, <16 x i32> zeroinitializer
  %135 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt32, <16 x float> %splat45, <16 x float> %sacc.sroa.52.0)
  %136 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt31, <16 x float> %splat45, <16 x float> %sacc.sroa.48.0)
  %gep204 = getelementptr i8, ptr %invariant.gep203, i64 %115
  %k42 = load float, ptr %gep204, align 4
  %137 = insertelement <16 x float> poison, float %k42, i64 0
  %splat43 = shufflevector <16 x float> %137, <16 x float> poison, <16 x i32> zeroinitializer
  %138 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt32, <16 x float> %splat43, <16 x float> %sacc.sroa.44.0)
  %139 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt31, <16 x float> %splat43, <16 x float> %sacc.sroa.40.0)
  %gep206 = getelementptr i8, ptr %invariant.gep205, i64 %115
  %k40 = load float, ptr %gep206, align 4
  %140 = insertelement <16 x float> poison, float %k40, i64 0
  %splat41 = shufflevector <16 x float> %140, <16 x float> poison, <16 x i32> zeroinitializer
  %141 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt32, <16 x float> %splat41, <16 x float> %sacc.sroa.36.0)
  %142 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt31, <16 x float> %splat41, <16 x float> %sacc.sroa.32.0)
  %gep208 = getelementptr i8, ptr %invariant.gep207, i64 %115
  %k38 = load float, ptr %gep208, align 4
  %143 = insertelement <16 x float> poison, float %k38, i64 0
  %splat39 = shufflevector <16 x float> %143, <16 x float> poison, <16 x i32> zeroinitializer
  %144 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt32, <16 x float> %splat39, <16 x float> %sacc.sroa.28.0)
  %145 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt31, <16 x float> %splat39, <16 x float> %sacc.sroa.24.0)
  %gep210 = getelementptr i8, ptr %invariant.gep209, i64 %115
  %k36 = load float, ptr %gep210, align 4
  %146 = insertelement <16 x float> poison, float %k36, i64 0
  %splat37 = shufflevector <16 x float> %146, <16 x float> poison, <16 x i32> zeroinitializer
  %147 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt32, <16 x float> %splat37, <16 x float> %sacc.sroa.20.0)
  %148 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt31, <16 x float> %splat37, <16 x float> %sacc.sroa.16.0)
  %gep212 = getelementptr i8, ptr %invariant.gep211, i64 %115
  %k34 = load float, ptr %gep212, align 4
  %149 = insertelement <16 x float> poison, float %k34, i64 0
  %splat35 = shufflevector <16 x float> %149, <16 x float> poison, <16 x i32> zeroinitializer
  %150 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt32, <16 x float> %splat35, <16 x float> %sacc.sroa.12.0)
  %151 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt31, <16 x float> %splat35, <16 x float> %sacc.sroa.8.0)
  %152 = getelementptr i8, ptr %109, i64 %115
  %k = load float, ptr %152, align 4
  %153 = insertelement <16 x float> poison, float %k, i64 0
  %splat33 = shufflevector <16 x float> %153, <16 x float> poison, <16 x i32> zeroinitializer
  %154 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt32, <16 x float> %splat33, <16 x float> %sacc.sroa.4.0)
  %155 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt31, <16 x float> %splat33, <16 x float> %sacc.sroa.0.0)
  %156 = add nuw nsw i32 %sdim30, 1
  br label %sdim

exit29:                                           ; preds = %sdim
  %157 = shl nuw nsw i64 %107, 7
  %158 = getelementptr i8, ptr %st, i64 %157
  store <16 x float> %sacc.sroa.0.0, ptr %158, align 64
  %159 = or disjoint i64 %157, 64
  %160 = getelementptr i8, ptr %st, i64 %159
  store <16 x float> %sacc.sroa.4.0, ptr %160, align 64
  %161 = or disjoint i32 %sblock26, 1
  %162 = zext nneg i32 %161 to i64
  %163 = shl nuw nsw i64 %162, 7
  %164 = getelementptr i8, ptr %st, i64 %163
  store <16 x float> %sacc.sroa.8.0, ptr %164, align 64
  %165 = or disjoint i64 %163, 64
  %166 = getelementptr i8, ptr %st, i64 %165
  store <16 x float> %sacc.sroa.12.0, ptr %166, align 64
  %167 = or disjoint i32 %sblock26, 2
  %168 = zext nneg i32 %167 to i64
  %169 = shl nuw nsw i64 %168, 7
  %170 = getelementptr i8, ptr %st, i64 %169
  store <16 x float> %sacc.sroa.16.0, ptr %170, align 64
  %171 = or disjoint i64 %169, 64
  %172 = getelementptr i8, ptr %st, i64 %171
  store <16 x float> %sacc.sroa.20.0, ptr %172, align 64
  %173 = or disjoint i32 %sblock26, 3
  %174 = zext nneg i32 %173 to i64
  %175 = shl nuw nsw i64 %174, 7
  %176 = getelementptr i8, ptr %st, i64 %175
  store <16 x float> %sacc.sroa.24.0, ptr %176, align 64
  %177 = or disjoint i64 %175, 64
  %178 = getelementptr i8, ptr %st, i64 %177
  store <16 x float> %sacc.sroa.28.0, ptr %178, align 64
  %179 = add nuw i32 %sblock26, 4
  %180 = sext i32 %179 to i64
  %181 = shl nsw i64 %180, 7
  %182 = getelementptr i8, ptr %st, i64 %181
  store <16 x float> %sacc.sroa.32.0, ptr %182, align 64
  %183 = or disjoint i64 %181, 64
  %184 = getelementptr i8, ptr %st, i64 %183
  store <16 x float> %sacc.sroa.36.0, ptr %184, align 64
  %185 = add nuw i32 %sblock26, 5
  %186 = sext i32 %185 to i64
  %187 = shl nsw i64 %186, 7
  %188 = getelementptr i8, ptr %st, i64 %187
  store <16 x float> %sacc.sroa.40.0, ptr %188, align 64
  %189 = or disjoint i64 %187, 64
  %190 = getelementptr i8, ptr %st, i64 %189
  store <16 x float> %sacc.sroa.44.0, ptr %190, align 64
  %191 = add nuw i32 %sblock26, 6
  %192 = sext i32 %191 to i64
  %193 = shl nsw i64 %192, 7
  %194 = getelementptr i8, ptr %st, i64 %193
  store <16 x float> %sacc.sroa.48.0, ptr %194, align 64
  %195 = or disjoint i64 %193, 64
  %196 = getelementptr i8, ptr %st, i64 %195
  store <16 x float> %sacc.sroa.52.0, ptr %196, align 64
  %197 = add nuw i32 %sblock26, 7
  %198 = sext i32 %197 to i64
  %199 = shl nsw i64 %198, 7
  %200 = getelementptr i8, ptr %st, i64 %199
  store <16 x float> %sacc.sroa.56.0, ptr %200, align 64
  %201 = or disjoint i64 %199, 64
  %202 = getelementptr i8, ptr %st, i64 %201
  store <16 x float> %sacc.sroa.60.0, ptr %202, align 64
  %203 = add nuw i32 %sblock26, 8
  %204 = sext i32 %203 to i64
  %205 = shl nsw i64 %204, 7
  %206 = getelementptr i8, ptr %st, i64 %205
  store <16 x float> %sacc.sroa.64.0, ptr %206, align 64
  %207 = or disjoint i64 %205, 64
  %208 = getelementptr i8, ptr %st, i64 %207
  store <16 x float> %sacc.sroa.68.0, ptr %208, align 64
  %209 = add nuw i32 %sblock26, 9
  %210 = sext i32 %209 to i64
  %211 = shl nsw i64 %210, 7
  %212 = getelementptr i8, ptr %st, i64 %211
  store <16 x float> %sacc.sroa.72.0, ptr %212, align 64
  %213 = or disjoint i64 %211, 64
  %214 = getelementptr i8, ptr %st, i64 %213
  store <16 x float> %sacc.sroa.76.0, ptr %214, align 64
  %215 = add nuw i32 %sblock26, 10
  %216 = sext i32 %215 to i64
  %217 = shl nsw i64 %216, 7
  %218 = getelementptr i8, ptr %st, i64 %217
  store <16 x float> %sacc.sroa.80.0, ptr %218, align 64
  %219 = or disjoint i64 %217, 64
  %220 = getelementptr i8, ptr %st, i64 %219
  store <16 x float> %sacc.sroa.84.0, ptr %220, align 64
  %221 = add nuw i32 %sblock26, 11
  %222 = sext i32 %221 to i64
  %223 = shl nsw i64 %222, 7
  %224 = getelementptr i8, ptr %st, i64 %223
  store <16 x float> %sacc.sroa.88.0, ptr %224, align 64
  %225 = or disjoint i64 %223, 64
  %226 = getelementptr i8, ptr %st, i64 %225
  store <16 x float> %sacc.sroa.92.0, ptr %226, align 64
  %227 = add nuw nsw i32 %sblock26, 12
  br label %sblock

smask:                                            ; preds = %sblock, %body56
  %tmax.sroa.4.0 = phi <16 x float> [ %240, %body56 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %tmax.sroa.0.0 = phi <16 x float> [ %241, %body56 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %smask59 = phi i32 [ %242, %body56 ], [ 0, %sblock ]
  %228 = icmp slt i32 %smask59, %76
  br i1 %228, label %body56, label %exit58

body56:                                           ; preds = %smask
  %229 = add i32 %ktile17, %smask59
  %230 = insertelement <16 x i32> poison, i32 %229, i64 0
  %splat60 = shufflevector <16 x i32> %230, <16 x i32> poison, <16 x i32> zeroinitializer
  %231 = zext nneg i32 %smask59 to i64
  %232 = shl nuw nsw i64 %231, 7
  %233 = getelementptr i8, ptr %st, i64 %232
  %s = load <16 x float>, ptr %233, align 64
  %234 = icmp slt <16 x i32> %splat60, %limv
  %235 = select <16 x i1> %234, <16 x float> %s, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %235, ptr %233, align 64
  %236 = or disjoint i64 %232, 64
  %237 = getelementptr i8, ptr %st, i64 %236
  %s61 = load <16 x float>, ptr %237, align 64
  %238 = icmp slt <16 x i32> %splat60, %limv18
  %239 = select <16 x i1> %238, <16 x float> %s61, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %239, ptr %237, align 64
  %240 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.4.0, <16 x float> %239)
  %241 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.0.0, <16 x float> %235)
  %242 = add nuw nsw i32 %smask59, 1
  br label %smask

exit58:                                           ; preds = %smask
  %243 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %mv.sroa.0.0, <16 x float> %tmax.sroa.0.0)
  %244 = fcmp oeq <16 x float> %243, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse62 = select <16 x i1> %244, <16 x float> zeroinitializer, <16 x float> %243
  %245 = fsub <16 x float> %mv.sroa.0.0, %muse62
  %246 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %245, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %247 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %246, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %248 = fadd <16 x float> %247, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fadd <16 x float> %248, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f = fsub <16 x float> %247, %n
  %249 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %250 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %249, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %251 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %250, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %252 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %251, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %253 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %252, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %254 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %253, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %255 = fptosi <16 x float> %n to <16 x i32>
  %256 = shl <16 x i32> %255, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %257 = add <16 x i32> %256, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %258 = bitcast <16 x i32> %257 to <16 x float>
  %exp2 = fmul <16 x float> %254, %258
  %259 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %mv.sroa.4.0, <16 x float> %tmax.sroa.4.0)
  %260 = fcmp oeq <16 x float> %259, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse64 = select <16 x i1> %260, <16 x float> zeroinitializer, <16 x float> %259
  %261 = fsub <16 x float> %mv.sroa.4.0, %muse64
  %262 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %261, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %263 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %262, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %264 = fadd <16 x float> %263, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n65 = fadd <16 x float> %264, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f66 = fsub <16 x float> %263, %n65
  %265 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f66, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %266 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %265, <16 x float> %f66, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %267 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %266, <16 x float> %f66, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %268 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %267, <16 x float> %f66, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %269 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %268, <16 x float> %f66, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %270 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %269, <16 x float> %f66, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %271 = fptosi <16 x float> %n65 to <16 x i32>
  %272 = shl <16 x i32> %271, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %273 = add <16 x i32> %272, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %274 = bitcast <16 x i32> %273 to <16 x float>
  %exp267 = fmul <16 x float> %270, %274
  br label %sexp

sexp:                                             ; preds = %body68, %exit58
  %lsum.sroa.4.0 = phi <16 x float> [ zeroinitializer, %exit58 ], [ %311, %body68 ]
  %lsum.sroa.0.0 = phi <16 x float> [ zeroinitializer, %exit58 ], [ %312, %body68 ]
  %sexp71 = phi i32 [ 0, %exit58 ], [ %313, %body68 ]
  %275 = icmp slt i32 %sexp71, %76
  br i1 %275, label %body68, label %exit70

body68:                                           ; preds = %sexp
  %276 = zext nneg i32 %sexp71 to i64
  %277 = shl nuw nsw i64 %276, 7
  %278 = getelementptr i8, ptr %st, i64 %277
  %279 = load <16 x float>, ptr %278, align 64
  %280 = fsub <16 x float> %279, %muse62
  %281 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %280, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %282 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %281, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %283 = fadd <16 x float> %282, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n72 = fadd <16 x float> %283, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f73 = fsub <16 x float> %282, %n72
  %284 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f73, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %285 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %284, <16 x float> %f73, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %286 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %285, <16 x float> %f73, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %287 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %286, <16 x float> %f73, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %288 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %287, <16 x float> %f73, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %289 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %288, <16 x float> %f73, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %290 = fptosi <16 x float> %n72 to <16 x i32>
  %291 = shl <16 x i32> %290, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %292 = add <16 x i32> %291, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %293 = bitcast <16 x i32> %292 to <16 x float>
  %exp274 = fmul <16 x float> %289, %293
  store <16 x float> %exp274, ptr %278, align 64
  %294 = or disjoint i64 %277, 64
  %295 = getelementptr i8, ptr %st, i64 %294
  %296 = load <16 x float>, ptr %295, align 64
  %297 = fsub <16 x float> %296, %muse64
  %298 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %297, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %299 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %298, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %300 = fadd <16 x float> %299, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n75 = fadd <16 x float> %300, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f76 = fsub <16 x float> %299, %n75
  %301 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f76, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %302 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %301, <16 x float> %f76, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %303 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %302, <16 x float> %f76, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %304 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %303, <16 x float> %f76, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %305 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %304, <16 x float> %f76, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %306 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %305, <16 x float> %f76, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %307 = fptosi <16 x float> %n75 to <16 x i32>
  %308 = shl <16 x i32> %307, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %309 = add <16 x i32> %308, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %310 = bitcast <16 x i32> %309 to <16 x float>
  %exp277 = fmul <16 x float> %306, %310
  store <16 x float> %exp277, ptr %295, align 64
  %311 = fadd <16 x float> %lsum.sroa.4.0, %exp277
  %312 = fadd <16 x float> %lsum.sroa.0.0, %exp274
  %313 = add nuw nsw i32 %sexp71, 1
  br label %sexp

exit70:                                           ; preds = %sexp
  %314 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %lv.sroa.0.0, <16 x float> %exp2, <16 x float> %lsum.sroa.0.0)
  %315 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %lv.sroa.4.0, <16 x float> %exp267, <16 x float> %lsum.sroa.4.0)
  br label %pvblock

pvblock:                                          ; preds = %exit84, %exit70
  %pvblock81 = phi i32 [ 0, %exit70 ], [ %468, %exit84 ]
  %316 = icmp ult i32 %pvblock81, 8
  br i1 %316, label %body78, label %exit80

body78:                                           ; preds = %pvblock
  %317 = mul nuw nsw i32 %pvblock81, 10
  %318 = zext nneg i32 %317 to i64
  %319 = shl nuw nsw i64 %318, 7
  %320 = getelementptr i8, ptr %ot, i64 %319
  %321 = load <16 x float>, ptr %320, align 64
  %322 = fmul <16 x float> %321, %exp2
  %323 = or disjoint i64 %319, 64
  %324 = getelementptr i8, ptr %ot, i64 %323
  %325 = load <16 x float>, ptr %324, align 64
  %326 = fmul <16 x float> %325, %exp267
  %327 = or disjoint i64 %318, 1
  %328 = shl nuw nsw i64 %327, 7
  %329 = getelementptr i8, ptr %ot, i64 %328
  %330 = load <16 x float>, ptr %329, align 64
  %331 = fmul <16 x float> %330, %exp2
  %332 = or disjoint i64 %328, 64
  %333 = getelementptr i8, ptr %ot, i64 %332
  %334 = load <16 x float>, ptr %333, align 64
  %335 = fmul <16 x float> %334, %exp267
  %336 = add nuw nsw i64 %318, 2
  %337 = shl nuw nsw i64 %336, 7
  %338 = getelementptr i8, ptr %ot, i64 %337
  %339 = load <16 x float>, ptr %338, align 64
  %340 = fmul <16 x float> %339, %exp2
  %341 = or disjoint i64 %337, 64
  %342 = getelementptr i8, ptr %ot, i64 %341
  %343 = load <16 x float>, ptr %342, align 64
  %344 = fmul <16 x float> %343, %exp267
  %345 = add nuw nsw i64 %318, 3
  %346 = shl nuw nsw i64 %345, 7
  %347 = getelementptr i8, ptr %ot, i64 %346
  %348 = load <16 x float>, ptr %347, align 64
  %349 = fmul <16 x float> %348, %exp2
  %350 = or disjoint i64 %346, 64
  %351 = getelementptr i8, ptr %ot, i64 %350
  %352 = load <16 x float>, ptr %351, align 64
  %353 = fmul <16 x float> %352, %exp267
  %354 = add nuw nsw i64 %318, 4
  %355 = shl nuw nsw i64 %354, 7
  %356 = getelementptr i8, ptr %ot, i64 %355
  %357 = load <16 x float>, ptr %356, align 64
  %358 = fmul <16 x float> %357, %exp2
  %359 = or disjoint i64 %355, 64
  %360 = getelementptr i8, ptr %ot, i64 %359
  %361 = load <16 x float>, ptr %360, align 64
  %362 = fmul <16 x float> %361, %exp267
  %363 = add nuw nsw i64 %318, 5
  %364 = shl nuw nsw i64 %363, 7
  %365 = getelementptr i8, ptr %ot, i64 %364
  %366 = load <16 x float>, ptr %365, align 64
  %367 = fmul <16 x float> %366, %exp2
  %368 = or disjoint i64 %364, 64
  %369 = getelementptr i8, ptr %ot, i64 %368
  %370 = load <16 x float>, ptr %369, align 64
  %371 = fmul <16 x float> %370, %exp267
  %372 = add nuw nsw i64 %318, 6
  %373 = shl nuw nsw i64 %372, 7
  %374 = getelementptr i8, ptr %ot, i64 %373
  %375 = load <16 x float>, ptr %374, align 64
  %376 = fmul <16 x float> %375, %exp2
  %377 = or disjoint i64 %373, 64
  %378 = getelementptr i8, ptr %ot, i64 %377
  %379 = load <16 x float>, ptr %378, align 64
  %380 = fmul <16 x float> %379, %exp267
  %381 = add nuw nsw i64 %318, 7
  %382 = shl nuw nsw i64 %381, 7
  %383 = getelementptr i8, ptr %ot, i64 %382
  %384 = load <16 x float>, ptr %383, align 64
  %385 = fmul <16 x float> %384, %exp2
  %386 = or disjoint i64 %382, 64
  %387 = getelementptr i8, ptr %ot, i64 %386
  %388 = load <16 x float>, ptr %387, align 64
  %389 = fmul <16 x float> %388, %exp267
  %390 = add nuw nsw i64 %318, 8
  %391 = shl nuw nsw i64 %390, 7
  %392 = getelementptr i8, ptr %ot, i64 %391
  %393 = load <16 x float>, ptr %392, align 64
  %394 = fmul <16 x float> %393, %exp2
  %395 = or disjoint i64 %391, 64
  %396 = getelementptr i8, ptr %ot, i64 %395
  %397 = load <16 x float>, ptr %396, align 64
  %398 = fmul <16 x float> %397, %exp267
  %399 = add nuw nsw i64 %318, 9
  %400 = shl nuw nsw i64 %399, 7
  %401 = getelementptr i8, ptr %ot, i64 %400
  %402 = load <16 x float>, ptr %401, align 64
  %403 = fmul <16 x float> %402, %exp2
  %404 = or disjoint i64 %400, 64
  %405 = getelementptr i8, ptr %ot, i64 %404
  %406 = load <16 x float>, ptr %405, align 64
  %407 = fmul <16 x float> %406, %exp267
  %408 = shl nuw nsw i64 %399, 2
  %409 = shl nuw nsw i64 %390, 2
  %410 = shl nuw nsw i64 %381, 2
  %411 = shl nuw nsw i64 %372, 2
  %412 = shl nuw nsw i64 %363, 2
  %413 = shl nuw nsw i64 %354, 2
  %414 = shl nuw nsw i64 %345, 2
  %415 = shl nuw nsw i64 %336, 2
  %416 = shl nuw nsw i64 %327, 2
  %417 = shl nuw nsw i64 %318, 2
  br label %kpv

exit80:                                           ; preds = %pvblock
  %418 = add nsw i32 %ktile17, 144
  br label %ktile

kpv:                                              ; preds = %latch83, %body78
  %o.sroa.60.0 = phi <16 x float> [ %389, %body78 ], [ %437, %latch83 ]
  %o.sroa.56.0 = phi <16 x float> [ %385, %body78 ], [ %438, %latch83 ]
  %o.sroa.52.0 = phi <16 x float> [ %380, %body78 ], [ %441, %latch83 ]
  %o.sroa.48.0 = phi <16 x float> [ %376, %body78 ], [ %442, %latch83 ]
  %o.sroa.44.0 = phi <16 x float> [ %371, %body78 ], [ %445, %latch83 ]
  %o.sroa.40.0 = phi <16 x float> [ %367, %body78 ], [ %446, %latch83 ]
  %o.sroa.36.0 = phi <16 x float> [ %362, %body78 ], [ %449, %latch83 ]
  %o.sroa.32.0 = phi <16 x float> [ %358, %body78 ], [ %450, %latch83 ]
  %o.sroa.28.0 = phi <16 x float> [ %353, %body78 ], [ %453, %latch83 ]
  %o.sroa.24.0 = phi <16 x float> [ %349, %body78 ], [ %454, %latch83 ]
  %o.sroa.20.0 = phi <16 x float> [ %344, %body78 ], [ %457, %latch83 ]
  %o.sroa.16.0 = phi <16 x float> [ %340, %body78 ], [ %458, %latch83 ]
  %o.sroa.12.0 = phi <16 x float> [ %335, %body78 ], [ %461, %latch83 ]
  %o.sroa.8.0 = phi <16 x float> [ %331, %body78 ], [ %462, %latch83 ]
  %o.sroa.4.0 = phi <16 x float> [ %326, %body78 ], [ %465, %latch83 ]
  %o.sroa.0.0 = phi <16 x float> [ %322, %body78 ], [ %466, %latch83 ]
  %o.sroa.64.0 = phi <16 x float> [ %394, %body78 ], [ %434, %latch83 ]
  %o.sroa.68.0 = phi <16 x float> [ %398, %body78 ], [ %433, %latch83 ]
  %o.sroa.72.0 = phi <16 x float> [ %403, %body78 ], [ %430, %latch83 ]
  %o.sroa.76.0 = phi <16 x float> [ %407, %body78 ], [ %428, %latch83 ]
  %kpv85 = phi i32 [ 0, %body78 ], [ %467, %latch83 ]
  %419 = icmp slt i32 %kpv85, %76
  br i1 %419, label %latch83, label %exit84

latch83:                                          ; preds = %kpv
  %420 = zext nneg i32 %kpv85 to i64
  %421 = shl nuw nsw i64 %420, 7
  %422 = or disjoint i64 %421, 64
  %423 = getelementptr i8, ptr %st, i64 %422
  %p86 = load <16 x float>, ptr %423, align 64
  %424 = mul nuw nsw i64 %420, 10240
  %425 = getelementptr i8, ptr %105, i64 %424
  %426 = getelementptr i8, ptr %425, i64 %408
  %v104 = load float, ptr %426, align 4
  %427 = insertelement <16 x float> poison, float %v104, i64 0
  %splat105 = shufflevector <16 x float> %427, <16 x float> poison, <16 x i32> zeroinitializer
  %428 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p86, <16 x float> %splat105, <16 x float> %o.sroa.76.0)
  %429 = getelementptr i8, ptr %st, i64 %421
  %p = load <16 x float>, ptr %429, align 64
  %430 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat105, <16 x float> %o.sroa.72.0)
  %431 = getelementptr i8, ptr %425, i64 %409
  %v102 = load float, ptr %431, align 4
  %432 = insertelement <16 x float> poison, float %v102, i64 0
  %splat103 = shufflevector <16 x float> %432, <16 x float> poison, <16 x i32> zeroinitializer
  %433 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p86, <16 x float> %splat103, <16 x float> %o.sroa.68.0)
  %434 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat103, <16 x float> %o.sroa.64.0)
  %435 = getelementptr i8, ptr %425, i64 %410
  %v100 = load float, ptr %435, align 4
  %436 = insertelement <16 x float> poison, float %v100, i64 0
  %splat101 = shufflevector <16 x float> %436, <16 x float> poison, <16 x i32> zeroinitializer
  %437 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p86, <16 x float> %splat101, <16 x float> %o.sroa.60.0)
  %438 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat101, <16 x float> %o.sroa.56.0)
  %439 = getelementptr i8, ptr %425, i64 %411
  %v98 = load float, ptr %439, align 4
  %440 = insertelement <16 x float> poison, float %v98, i64 0
  %splat99 = shufflevector <16 x float> %440, <16 x float> poison, <16 x i32> zeroinitializer
  %441 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p86, <16 x float> %splat99, <16 x float> %o.sroa.52.0)
  %442 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat99, <16 x float> %o.sroa.48.0)
  %443 = getelementptr i8, ptr %425, i64 %412
  %v96 = load float, ptr %443, align 4
  %444 = insertelement <16 x float> poison, float %v96, i64 0
  %splat97 = shufflevector <16 x float> %444, <16 x float> poison, <16 x i32> zeroinitializer
  %445 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p86, <16 x float> %splat97, <16 x float> %o.sroa.44.0)
  %446 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat97, <16 x float> %o.sroa.40.0)
  %447 = getelementptr i8, ptr %425, i64 %413
  %v94 = load float, ptr %447, align 4
  %448 = insertelement <16 x float> poison, float %v94, i64 0
  %splat95 = shufflevector <16 x float> %448, <16 x float> poison, <16 x i32> zeroinitializer
  %449 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p86, <16 x float> %splat95, <16 x float> %o.sroa.36.0)
  %450 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat95, <16 x float> %o.sroa.32.0)
  %451 = getelementptr i8, ptr %425, i64 %414
  %v92 = load float, ptr %451, align 4
  %452 = insertelement <16 x float> poison, float %v92, i64 0
  %splat93 = shufflevector <16 x float> %452, <16 x float> poison, <16 x i32> zeroinitializer
  %453 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p86, <16 x float> %splat93, <16 x float> %o.sroa.28.0)
  %454 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat93, <16 x float> %o.sroa.24.0)
  %455 = getelementptr i8, ptr %425, i64 %415
  %v90 = load float, ptr %455, align 4
  %456 = insertelement <16 x float> poison, float %v90, i64 0
  %splat91 = shufflevector <16 x float> %456, <16 x float> poison, <16 x i32> zeroinitializer
  %457 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p86, <16 x float> %splat91, <16 x float> %o.sroa.20.0)
  %458 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat91, <16 x float> %o.sroa.16.0)
  %459 = getelementptr i8, ptr %425, i64 %416
  %v88 = load float, ptr %459, align 4
  %460 = insertelement <16 x float> poison, float %v88, i64 0
  %splat89 = shufflevector <16 x float> %460, <16 x float> poison, <16 x i32> zeroinitializer
  %461 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p86, <16 x float> %splat89, <16 x float> %o.sroa.12.0)
  %462 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat89, <16 x float> %o.sroa.8.0)
  %463 = getelementptr i8, ptr %425, i64 %417
  %v = load float, ptr %463, align 4
  %464 = insertelement <16 x float> poison, float %v, i64 0
  %splat87 = shufflevector <16 x float> %464, <16 x float> poison, <16 x i32> zeroinitializer
  %465 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p86, <16 x float> %splat87, <16 x float> %o.sroa.4.0)
  %466 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat87, <16 x float> %o.sroa.0.0)
  %467 = add nuw nsw i32 %kpv85, 1
  br label %kpv

exit84:                                           ; preds = %kpv
  store <16 x float> %o.sroa.0.0, ptr %320, align 64
  store <16 x float> %o.sroa.4.0, ptr %324, align 64
  store <16 x float> %o.sroa.8.0, ptr %329, align 64
  store <16 x float> %o.sroa.12.0, ptr %333, align 64
  store <16 x float> %o.sroa.16.0, ptr %338, align 64
  store <16 x float> %o.sroa.20.0, ptr %342, align 64
  store <16 x float> %o.sroa.24.0, ptr %347, align 64
  store <16 x float> %o.sroa.28.0, ptr %351, align 64
  store <16 x float> %o.sroa.32.0, ptr %356, align 64
  store <16 x float> %o.sroa.36.0, ptr %360, align 64
  store <16 x float> %o.sroa.40.0, ptr %365, align 64
  store <16 x float> %o.sroa.44.0, ptr %369, align 64
  store <16 x float> %o.sroa.48.0, ptr %374, align 64
  store <16 x float> %o.sroa.52.0, ptr %378, align 64
  store <16 x float> %o.sroa.56.0, ptr %383, align 64
  store <16 x float> %o.sroa.60.0, ptr %387, align 64
  store <16 x float> %o.sroa.64.0, ptr %392, align 64
  store <16 x float> %o.sroa.68.0, ptr %396, align 64
  store <16 x float> %o.sroa.72.0, ptr %401, align 64
  store <16 x float> %o.sroa.76.0, ptr %405, align 64
  %468 = add nuw nsw i32 %pvblock81, 1
  br label %pvblock

orow106:                                          ; preds = %written, %exit16
  %orow110 = phi i32 [ 0, %exit16 ], [ %494, %written ]
  %469 = icmp slt i32 %orow110, %nrows
  br i1 %469, label %body107, label %done

body107:                                          ; preds = %orow106
  %470 = zext nneg i32 %orow110 to i64
  %471 = getelementptr float, ptr %ms, i64 %470
  %m111 = load float, ptr %471, align 4
  %472 = getelementptr float, ptr %ls, i64 %470
  %l = load float, ptr %472, align 4
  %473 = shl nuw nsw i64 %470, 2
  %invariant.gep213 = getelementptr i8, ptr %ot, i64 %473
  br label %otrow

otrow:                                            ; preds = %body112, %body107
  %otrow115 = phi i32 [ 0, %body107 ], [ %480, %body112 ]
  %474 = icmp ult i32 %otrow115, 80
  br i1 %474, label %body112, label %exit114

body112:                                          ; preds = %otrow
  %475 = zext nneg i32 %otrow115 to i64
  %476 = shl nuw nsw i64 %475, 7
  %gep214 = getelementptr i8, ptr %invariant.gep213, i64 %476
  %477 = load float, ptr %gep214, align 4
  %478 = shl nuw nsw i64 %475, 2
  %479 = getelementptr i8, ptr %rowbuf, i64 %478
  store float %477, ptr %479, align 4
  %480 = add nuw nsw i32 %otrow115, 1
  br label %otrow

exit114:                                          ; preds = %otrow
  br i1 %.not, label %final, label %partial

partial:                                          ; preds = %exit114
  %.idx = mul nuw nsw i64 %470, 320
  %481 = getelementptr i8, ptr %part, i64 %.idx
  br label %chunk116

final:                                            ; preds = %exit114
  %482 = sdiv i32 %orow110, %nh
  %qi121 = add i32 %q_begin, %482
  %483 = srem i32 %orow110, %nh
  %h122 = add i32 %h_begin, %483
  %hq123 = add i32 %kv_head, %h122
  %484 = sext i32 %qi121 to i64
  %485 = add i64 %q_row0, %484
  %486 = shl i64 %485, 5
  %487 = sext i32 %hq123 to i64
  %orow124 = add i64 %486, %487
  %488 = fcmp oeq float %l, 0.000000e+00
  %489 = fdiv float 1.000000e+00, %l
  %490 = select i1 %488, float 0.000000e+00, float %489
  %491 = mul i64 %orow124, 320
  %492 = getelementptr i8, ptr %out, i64 %491
  %493 = insertelement <16 x float> poison, float %490, i64 0
  %splat125 = shufflevector <16 x float> %493, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk126

written:                                          ; preds = %exit129, %exit119
  %494 = add nuw nsw i32 %orow110, 1
  br label %orow106

chunk116:                                         ; preds = %body117, %partial
  %chunk120 = phi i64 [ 0, %partial ], [ %500, %body117 ]
  %495 = icmp ult i64 %chunk120, 5
  br i1 %495, label %body117, label %exit119

body117:                                          ; preds = %chunk116
  %496 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk120
  %497 = load <16 x float>, ptr %496, align 64
  %498 = shl nuw nsw i64 %chunk120, 6
  %499 = getelementptr i8, ptr %481, i64 %498
  store <16 x float> %497, ptr %499, align 4
  %500 = add nuw nsw i64 %chunk120, 1
  br label %chunk116

exit119:                                          ; preds = %chunk116
  %501 = add nuw nsw i64 %83, %470
  %502 = getelementptr float, ptr %part, i64 %501
  store float %m111, ptr %502, align 4
  %gep216 = getelementptr float, ptr %invariant.gep215, i64 %501
  store float %l, ptr %gep216, align 4
  br label %written

chunk126:                                         ; preds = %body127, %final
  %chunk130 = phi i64 [ 0, %final ], [ %509, %body127 ]
  %503 = icmp ult i64 %chunk130, 5
  br i1 %503, label %body127, label %exit129

body127:                                          ; preds = %chunk126
  %504 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk130
  %505 = load <16 x float>, ptr %504, align 64
  %506 = fmul <16 x float> %505, %splat125
  %507 = shl nuw nsw i64 %chunk130, 6
  %508 = getelementptr i8, ptr %492, i64 %507
  store <16 x float> %506, ptr %508, align 4
  %509 = add nuw nsw i64 %chunk130, 1
  br label %chunk126

exit129:                                          ; preds = %chunk126
  %510 = call float @llvm.log.f32(float %l)
  %511 = call float @llvm.fmuladd.f32(float %m111, float 0x3FE62E4300000000, float %510)
  %lse131 = select i1 %488, float 0xFFF0000000000000, float %511
  %512 = getelementptr float, ptr %lse, i64 %orow124
  store float %lse131, ptr %512, align 4
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
