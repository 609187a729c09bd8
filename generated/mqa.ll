; ModuleID = 'mqa'
source_filename = "mqa"
target triple = "x86_64-unknown-linux-gnu"

@mqa.name = private unnamed_addr constant [4 x i8] c"mqa\00"
@mqa.spec = private unnamed_addr constant [245 x i8] c"attncc: 1\0Aname: mqa\0Aphase: decode\0Aheads: {q: 16, kv: 1, dim: 64, v_dim: 64}\0Atypes: {q: f32, cache: bf16, out: f32}\0Ascale: auto\0Acache: {store: kv, layout: contiguous, order: head_major, capacity: 4096}\0Amask: {causal: false}\0Aoutput: {lse: false}\0A\00"
@mqa_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float } { i32 1, i32 1, i64 -7717703771589902001, ptr @mqa.name, ptr @mqa.spec, i32 16, i32 1, i32 64, i32 64, i32 0, i32 2, i32 0, i32 0, i32 0, i32 1, i32 4096, i32 0, i32 0, float 1.250000e-01 }, align 8
@mqa_kernel = internal constant { ptr, ptr, i32, i32, i32, i32 } { ptr @mqa_info_data, ptr @mqa_tile, i32 1, i32 16, i32 16, i32 256 }, align 8

; Function Attrs: nounwind
define internal void @mqa_tile(ptr %0, ptr %1) #0 {
entry:
  %lims = alloca [16 x i32], align 64
  %rowbuf = alloca [4 x <16 x float>], align 64
  %ot = alloca [4096 x i8], align 64
  %st = alloca [7680 x i8], align 64
  %vbuf = alloca [27648 x i8], align 64
  %kbuf = alloca [30720 x i8], align 64
  %qt = alloca [4096 x i8], align 64
  %ls = alloca [16 x float], align 64
  %ms = alloca [16 x float], align 64
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
  %9 = getelementptr i8, ptr %1, i64 36
  %k_begin = load i32, ptr %9, align 4
  %10 = getelementptr i8, ptr %1, i64 40
  %k_end = load i32, ptr %10, align 4
  %11 = getelementptr i8, ptr %1, i64 48
  %part = load ptr, ptr %11, align 8
  %12 = getelementptr i8, ptr %0, i64 32
  %q = load ptr, ptr %12, align 8
  %13 = getelementptr i8, ptr %0, i64 40
  %out = load ptr, ptr %13, align 8
  %14 = getelementptr i8, ptr %0, i64 56
  %k_cache = load ptr, ptr %14, align 8
  %15 = sext i32 %seq to i64
  %16 = sext i32 %kv_head to i64
  %17 = add nsw i64 %15, %16
  %18 = shl nsw i64 %17, 19
  %19 = getelementptr i8, ptr %k_cache, i64 %18
  %20 = getelementptr i8, ptr %0, i64 64
  %v_cache = load ptr, ptr %20, align 8
  %21 = getelementptr i8, ptr %v_cache, i64 %18
  %22 = icmp sgt i32 %nrows, 0
  br i1 %22, label %qrow.preheader, label %done

qrow.preheader:                                   ; preds = %entry
  %23 = add nsw i32 %nrows, -1
  %24 = shl i32 %kv_head, 4
  br label %qrow

done:                                             ; preds = %orow117, %entry
  ret void

qrow:                                             ; preds = %qrow.preheader, %exit8
  %qrow1 = phi i32 [ %58, %exit8 ], [ 0, %qrow.preheader ]
  %25 = icmp ult i32 %qrow1, 16
  br i1 %25, label %body, label %otzero

body:                                             ; preds = %qrow
  %26 = icmp slt i32 %qrow1, %nrows
  %27 = call i32 @llvm.smin.i32(i32 %qrow1, i32 %23)
  %28 = sdiv i32 %27, %nh
  %qi = add i32 %q_begin, %28
  %29 = srem i32 %27, %nh
  %h = add i32 %h_begin, %29
  %hq = add i32 %24, %h
  %30 = sext i32 %qi to i64
  %31 = add i64 %q_row0, %30
  %32 = sext i32 %hq to i64
  %33 = shl i64 %31, 12
  %34 = shl nsw i64 %32, 8
  %35 = getelementptr i8, ptr %q, i64 %33
  %36 = getelementptr i8, ptr %35, i64 %34
  %37 = select i1 %26, float 0x3FC7154760000000, float 0.000000e+00
  %38 = insertelement <16 x float> poison, float %37, i64 0
  %splat = shufflevector <16 x float> %38, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %45, %body2 ]
  %39 = icmp ult i64 %chunk5, 4
  br i1 %39, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %40 = shl nuw nsw i64 %chunk5, 6
  %41 = getelementptr i8, ptr %36, i64 %40
  %42 = load <16 x float>, ptr %41, align 4
  %43 = fmul <16 x float> %42, %splat
  %44 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk5
  store <16 x float> %43, ptr %44, align 64
  %45 = add nuw nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %46 = zext nneg i32 %qrow1 to i64
  %47 = getelementptr i32, ptr %lims, i64 %46
  store i32 %k_end, ptr %47, align 4
  %48 = shl nuw nsw i64 %46, 2
  br label %qcol

qcol:                                             ; preds = %body6, %exit4
  %qcol9 = phi i32 [ 0, %exit4 ], [ %57, %body6 ]
  %49 = icmp ult i32 %qcol9, 64
  br i1 %49, label %body6, label %exit8

body6:                                            ; preds = %qcol
  %50 = zext nneg i32 %qcol9 to i64
  %51 = shl nuw nsw i64 %50, 2
  %52 = getelementptr i8, ptr %rowbuf, i64 %51
  %53 = load float, ptr %52, align 4
  %54 = shl nuw nsw i64 %50, 6
  %55 = or disjoint i64 %54, %48
  %56 = getelementptr i8, ptr %qt, i64 %55
  store float %53, ptr %56, align 4
  %57 = add nuw nsw i32 %qcol9, 1
  br label %qcol

exit8:                                            ; preds = %qcol
  %58 = add nuw nsw i32 %qrow1, 1
  br label %qrow

otzero:                                           ; preds = %qrow, %body10
  %otzero13 = phi i32 [ %63, %body10 ], [ 0, %qrow ]
  %59 = icmp ult i32 %otzero13, 64
  br i1 %59, label %body10, label %exit12

body10:                                           ; preds = %otzero
  %60 = shl nuw nsw i32 %otzero13, 6
  %61 = zext nneg i32 %60 to i64
  %62 = getelementptr i8, ptr %ot, i64 %61
  store <16 x float> zeroinitializer, ptr %62, align 64
  %63 = add nuw nsw i32 %otzero13, 1
  br label %otzero

exit12:                                           ; preds = %otzero
  %k_last = add i32 %k_end, -1
  %limv = load <16 x i32>, ptr %lims, align 64
  br label %ktile

ktile:                                            ; preds = %exit80, %exit12
  %lv.0 = phi <16 x float> [ zeroinitializer, %exit12 ], [ %284, %exit80 ]
  %mv.0 = phi <16 x float> [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %exit12 ], [ %247, %exit80 ]
  %ktile17 = phi i32 [ %k_begin, %exit12 ], [ %383, %exit80 ]
  %64 = icmp slt i32 %ktile17, %k_end
  br i1 %64, label %body14, label %exit16

body14:                                           ; preds = %ktile
  %65 = sub i32 %k_end, %ktile17
  %.fr = freeze i32 %65
  %66 = call i32 @llvm.smin.i32(i32 %.fr, i32 108)
  %67 = add nsw i32 %66, 11
  %68 = srem i32 %67, 12
  %69 = sub nsw i32 %67, %68
  br label %kpack

exit16:                                           ; preds = %ktile
  store <16 x float> %mv.0, ptr %ms, align 64
  store <16 x float> %lv.0, ptr %ls, align 64
  %.not = icmp eq ptr %part, null
  %70 = zext nneg i32 %nrows to i64
  %71 = shl nuw nsw i64 %70, 6
  %invariant.gep176 = getelementptr float, ptr %part, i64 %70
  br label %orow117

kpack:                                            ; preds = %body18, %body14
  %kpack21 = phi i32 [ 0, %body14 ], [ %102, %body18 ]
  %72 = icmp slt i32 %kpack21, %69
  br i1 %72, label %body18, label %vpack

body18:                                           ; preds = %kpack
  %73 = add i32 %ktile17, %kpack21
  %74 = call i32 @llvm.smin.i32(i32 %73, i32 %k_last)
  %75 = sext i32 %74 to i64
  %76 = shl nsw i64 %75, 7
  %77 = getelementptr i8, ptr %19, i64 %76
  %78 = load <16 x i16>, ptr %77, align 2
  %79 = zext <16 x i16> %78 to <16 x i32>
  %80 = shl nuw <16 x i32> %79, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %81 = zext nneg i32 %kpack21 to i64
  %82 = shl nuw nsw i64 %81, 8
  %83 = getelementptr i8, ptr %kbuf, i64 %82
  store <16 x i32> %80, ptr %83, align 64
  %84 = getelementptr i8, ptr %77, i64 32
  %85 = load <16 x i16>, ptr %84, align 2
  %86 = zext <16 x i16> %85 to <16 x i32>
  %87 = shl nuw <16 x i32> %86, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %88 = or disjoint i64 %82, 64
  %89 = getelementptr i8, ptr %kbuf, i64 %88
  store <16 x i32> %87, ptr %89, align 64
  %90 = getelementptr i8, ptr %77, i64 64
  %91 = load <16 x i16>, ptr %90, align 2
  %92 = zext <16 x i16> %91 to <16 x i32>
  %93 = shl nuw <16 x i32> %92, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %94 = or disjoint i64 %82, 128
  %95 = getelementptr i8, ptr %kbuf, i64 %94
  store <16 x i32> %93, ptr %95, align 64
  %96 = getelementptr i8, ptr %77, i64 96
  %97 = load <16 x i16>, ptr %96, align 2
  %98 = zext <16 x i16> %97 to <16 x i32>
  %99 = shl nuw <16 x i32> %98, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %100 = or disjoint i64 %82, 192
  %101 = getelementptr i8, ptr %kbuf, i64 %100
  store <16 x i32> %99, ptr %101, align 64
  %102 = add nuw nsw i32 %kpack21, 1
  br label %kpack

vpack:                                            ; preds = %kpack, %body25
  %vpack28 = phi i32 [ %132, %body25 ], [ 0, %kpack ]
  %103 = icmp slt i32 %vpack28, %66
  br i1 %103, label %body25, label %sblock

body25:                                           ; preds = %vpack
  %104 = add i32 %ktile17, %vpack28
  %105 = sext i32 %104 to i64
  %106 = shl nsw i64 %105, 7
  %107 = getelementptr i8, ptr %21, i64 %106
  %108 = load <16 x i16>, ptr %107, align 2
  %109 = zext <16 x i16> %108 to <16 x i32>
  %110 = shl nuw <16 x i32> %109, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %111 = zext nneg i32 %vpack28 to i64
  %112 = shl nuw nsw i64 %111, 8
  %113 = getelementptr i8, ptr %vbuf, i64 %112
  store <16 x i32> %110, ptr %113, align 64
  %114 = getelementptr i8, ptr %107, i64 32
  %115 = load <16 x i16>, ptr %114, align 2
  %116 = zext <16 x i16> %115 to <16 x i32>
  %117 = shl nuw <16 x i32> %116, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %118 = or disjoint i64 %112, 64
  %119 = getelementptr i8, ptr %vbuf, i64 %118
  store <16 x i32> %117, ptr %119, align 64
  %120 = getelementptr i8, ptr %107, i64 64
  %121 = load <16 x i16>, ptr %120, align 2
  %122 = zext <16 x i16> %121 to <16 x i32>
  %123 = shl nuw <16 x i32> %122, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %124 = or disjoint i64 %112, 128
  %125 = getelementptr i8, ptr %vbuf, i64 %124
  store <16 x i32> %123, ptr %125, align 64
  %126 = getelementptr i8, ptr %107, i64 96
  %127 = load <16 x i16>, ptr %126, align 2
  %128 = zext <16 x i16> %127 to <16 x i32>
  %129 = shl nuw <16 x i32> %128, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %130 = or disjoint i64 %112, 192
  %131 = getelementptr i8, ptr %vbuf, i64 %130
  store <16 x i32> %129, ptr %131, align 64
  %132 = add nuw nsw i32 %vpack28, 1
  br label %vpack

sblock:                                           ; preds = %vpack, %exit39
  %sblock36 = phi i32 [ %236, %exit39 ], [ 0, %vpack ]
  %133 = icmp slt i32 %sblock36, %66
  br i1 %133, label %body33, label %smask

body33:                                           ; preds = %sblock
  %134 = zext nneg i32 %sblock36 to i64
  %135 = shl nuw nsw i64 %134, 8
  %136 = getelementptr i8, ptr %kbuf, i64 %135
  br label %sdim

sdim:                                             ; preds = %latch38, %body33
  %sacc.sroa.44.0 = phi <16 x float> [ zeroinitializer, %body33 ], [ %145, %latch38 ]
  %sacc.sroa.40.0 = phi <16 x float> [ zeroinitializer, %body33 ], [ %149, %latch38 ]
  %sacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %body33 ], [ %153, %latch38 ]
  %sacc.sroa.32.0 = phi <16 x float> [ zeroinitializer, %body33 ], [ %157, %latch38 ]
  %sacc.sroa.28.0 = phi <16 x float> [ zeroinitializer, %body33 ], [ %161, %latch38 ]
  %sacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %body33 ], [ %165, %latch38 ]
  %sacc.sroa.20.0 = phi <16 x float> [ zeroinitializer, %body33 ], [ %169, %latch38 ]
  %sacc.sroa.16.0 = phi <16 x float> [ zeroinitializer, %body33 ], [ %173, %latch38 ]
  %sacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %body33 ], [ %177, %latch38 ]
  %sacc.sroa.8.0 = phi <16 x float> [ zeroinitializer, %body33 ], [ %181, %latch38 ]
  %sacc.sroa.4.0 = phi <16 x float> [ zeroinitializer, %body33 ], [ %185, %latch38 ]
  %sacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %body33 ], [ %188, %latch38 ]
  %sdim40 = phi i32 [ 0, %body33 ], [ %189, %latch38 ]
  %137 = icmp ult i32 %sdim40, 64
  br i1 %137, label %latch38, label %exit39

latch38:                                          ; preds = %sdim
  %138 = zext nneg i32 %sdim40 to i64
  %139 = shl nuw nsw i64 %138, 6
  %140 = getelementptr i8, ptr %qt, i64 %139
  %qt41 = load <16 x float>, ptr %140, align 64
  %141 = shl nuw nsw i64 %138, 2
  %142 = or disjoint i64 %141, 2816
  %143 = getelementptr i8, ptr %136, i64 %142
  %k63 = load float, ptr %143, align 4
  %144 = insertelement <16 x float> poison, float %k63, i64 0
  %splat64 = shufflevector <16 x float> %144, <16 x float> poison, <16 x i32> zeroinitializer
  %145 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat64, <16 x float> %sacc.sroa.44.0)
  %146 = or disjoint i64 %141, 2560
  %147 = getelementptr i8, ptr %136, i64 %146
  %k61 = load float, ptr %147, align 4
  %148 = insertelement <16 x float> poison, float %k61, i64 0
  %splat62 = shufflevector <16 x float> %148, <16 x float> poison, <16 x i32> zeroinitializer
  %149 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat62, <16 x float> %sacc.sroa.40.0)
  %150 = or disjoint i64 %141, 2304
  %151 = getelementptr i8, ptr %136, i64 %150
  %k59 = load float, ptr %151, align 4
  %152 = insertelement <16 x float> poison, float %k59, i64 0
  %splat60 = shufflevector <16 x float> %152, <16 x float> poison, <16 x i32> zeroinitializer
  %153 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat60, <16 x float> %sacc.sroa.36.0)
  %154 = or disjoint i64 %141, 2048
  %155 = getelementptr i8, ptr %136, i64 %154
  %k57 = load float, ptr %155, align 4
  %156 = insertelement <16 x float> poison, float %k57, i64 0
  %splat58 = shufflevector <16 x float> %156, <16 x float> poison, <16 x i32> zeroinitializer
  %157 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat58, <16 x float> %sacc.sroa.32.0)
  %158 = or disjoint i64 %141, 1792
  %159 = getelementptr i8, ptr %136, i64 %158
  %k55 = load float, ptr %159, align 4
  %160 = insertelement <16 x float> poison, float %k55, i64 0
  %splat56 = shufflevector <16 x float> %160, <16 x float> poison, <16 x i32> zeroinitializer
  %161 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat56, <16 x float> %sacc.sroa.28.0)
  %162 = or disjoint i64 %141, 1536
  %163 = getelementptr i8, ptr %136, i64 %162
  %k53 = load float, ptr %163, align 4
  %164 = insertelement <16 x float> poison, float %k53, i64 0
  %splat54 = shufflevector <16 x float> %164, <16 x float> poison, <16 x i32> zeroinitializer
  %165 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat54, <16 x float> %sacc.sroa.24.0)
  %166 = or disjoint i64 %141, 1280
  %167 = getelementptr i8, ptr %136, i64 %166
  %k51 = load float, ptr %167, align 4
  %168 = insertelement <16 x float> poison, float %k51, i64 0
  %splat52 = shufflevector <16 x float> %168, <16 x float> poison, <16 x i32> zeroinitializer
  %169 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat52, <16 x float> %sacc.sroa.20.0)
  %170 = or disjoint i64 %141, 1024
  %171 = getelementptr i8, ptr %136, i64 %170
  %k49 = load float, ptr %171, align 4
  %172 = insertelement <16 x float> poison, float %k49, i64 0
  %splat50 = shufflevector <16 x float> %172, <16 x float> poison, <16 x i32> zeroinitializer
  %173 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat50, <16 x float> %sacc.sroa.16.0)
  %174 = or disjoint i64 %141, 768
  %175 = getelementptr i8, ptr %136, i64 %174
  %k47 = load float, ptr %175, align 4
  %176 = insertelement <16 x float> poison, float %k47, i64 0
  %splat48 = shufflevector <16 x float> %176, <16 x float> poison, <16 x i32> zeroinitializer
  %177 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat48, <16 x float> %sacc.sroa.12.0)
  %178 = or disjoint i64 %141, 512
  %179 = getelementptr i8, ptr %136, i64 %178
  %k45 = load float, ptr %179, align 4
  %180 = insertelement <16 x float> poison, float %k45, i64 0
  %splat46 = shufflevector <16 x float> %180, <16 x float> poison, <16 x i32> zeroinitializer
  %181 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat46, <16 x float> %sacc.sroa.8.0)
  %182 = or disjoint i64 %141, 256
  %183 = getelementptr i8, ptr %136, i64 %182
  %k43 = load float, ptr %183, align 4
  %184 = insertelement <16 x float> poison, float %k43, i64 0
  %splat44 = shufflevector <16 x float> %184, <16 x float> poison, <16 x i32> zeroinitializer
  %185 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat44, <16 x float> %sacc.sroa.4.0)
  %186 = getelementptr i8, ptr %136, i64 %141
  %k = load float, ptr %186, align 4
  %187 = insertelement <16 x float> poison, float %k, i64 0
  %splat42 = shufflevector <16 x float> %187, <16 x float> poison, <16 x i32> zeroinitializer
  %188 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat42, <16 x float> %sacc.sroa.0.0)
  %189 = add nuw nsw i32 %sdim40, 1
  br label %sdim

exit39:                                           ; preds = %sdim
  %190 = shl nuw nsw i64 %134, 6
  %191 = getelementptr i8, ptr %st, i64 %190
  store <16 x float> %sacc.sroa.0.0, ptr %191, align 64
  %192 = or disjoint i32 %sblock36, 1
  %193 = zext nneg i32 %192 to i64
  %194 = shl nuw nsw i64 %193, 6
  %195 = getelementptr i8, ptr %st, i64 %194
  store <16 x float> %sacc.sroa.4.0, ptr %195, align 64
  %196 = or disjoint i32 %sblock36, 2
  %197 = zext nneg i32 %196 to i64
  %198 = shl nuw nsw i64 %197, 6
  %199 = getelementptr i8, ptr %st, i64 %198
  store <16 x float> %sacc.sroa.8.0, ptr %199, align 64
  %200 = or disjoint i32 %sblock36, 3
  %201 = zext nneg i32 %200 to i64
  %202 = shl nuw nsw i64 %201, 6
  %203 = getelementptr i8, ptr %st, i64 %202
  store <16 x float> %sacc.sroa.12.0, ptr %203, align 64
  %204 = add nuw i32 %sblock36, 4
  %205 = sext i32 %204 to i64
  %206 = shl nsw i64 %205, 6
  %207 = getelementptr i8, ptr %st, i64 %206
  store <16 x float> %sacc.sroa.16.0, ptr %207, align 64
  %208 = add nuw i32 %sblock36, 5
  %209 = sext i32 %208 to i64
  %210 = shl nsw i64 %209, 6
  %211 = getelementptr i8, ptr %st, i64 %210
  store <16 x float> %sacc.sroa.20.0, ptr %211, align 64
  %212 = add nuw i32 %sblock36, 6
  %213 = sext i32 %212 to i64
  %214 = shl nsw i64 %213, 6
  %215 = getelementptr i8, ptr %st, i64 %214
  store <16 x float> %sacc.sroa.24.0, ptr %215, align 64
  %216 = add nuw i32 %sblock36, 7
  %217 = sext i32 %216 to i64
  %218 = shl nsw i64 %217, 6
  %219 = getelementptr i8, ptr %st, i64 %218
  store <16 x float> %sacc.sroa.28.0, ptr %219, align 64
  %220 = add nuw i32 %sblock36, 8
  %221 = sext i32 %220 to i64
  %222 = shl nsw i64 %221, 6
  %223 = getelementptr i8, ptr %st, i64 %222
  store <16 x float> %sacc.sroa.32.0, ptr %223, align 64
  %224 = add nuw i32 %sblock36, 9
  %225 = sext i32 %224 to i64
  %226 = shl nsw i64 %225, 6
  %227 = getelementptr i8, ptr %st, i64 %226
  store <16 x float> %sacc.sroa.36.0, ptr %227, align 64
  %228 = add nuw i32 %sblock36, 10
  %229 = sext i32 %228 to i64
  %230 = shl nsw i64 %229, 6
  %231 = getelementptr i8, ptr %st, i64 %230
  store <16 x float> %sacc.sroa.40.0, ptr %231, align 64
  %232 = add nuw i32 %sblock36, 11
  %233 = sext i32 %232 to i64
  %234 = shl nsw i64 %233, 6
  %235 = getelementptr i8, ptr %st, i64 %234
  store <16 x float> %sacc.sroa.44.0, ptr %235, align 64
  %236 = add nuw nsw i32 %sblock36, 12
  br label %sblock

smask:                                            ; preds = %sblock, %body65
  %tmax.0 = phi <16 x float> [ %245, %body65 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %smask68 = phi i32 [ %246, %body65 ], [ 0, %sblock ]
  %237 = icmp slt i32 %smask68, %66
  br i1 %237, label %body65, label %exit67

body65:                                           ; preds = %smask
  %238 = add i32 %ktile17, %smask68
  %239 = insertelement <16 x i32> poison, i32 %238, i64 0
  %splat69 = shufflevector <16 x i32> %239, <16 x i32> poison, <16 x i32> zeroinitializer
  %240 = zext nneg i32 %smask68 to i64
  %241 = shl nuw nsw i64 %240, 6
  %242 = getelementptr i8, ptr %st, i64 %241
  %s = load <16 x float>, ptr %242, align 64
  %243 = icmp slt <16 x i32> %splat69, %limv
  %244 = select <16 x i1> %243, <16 x float> %s, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %244, ptr %242, align 64
  %245 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.0, <16 x float> %244)
  %246 = add nuw nsw i32 %smask68, 1
  br label %smask

exit67:                                           ; preds = %smask
  %247 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %mv.0, <16 x float> %tmax.0)
  %248 = fcmp oeq <16 x float> %247, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse70 = select <16 x i1> %248, <16 x float> zeroinitializer, <16 x float> %247
  %249 = fsub <16 x float> %mv.0, %muse70
  %250 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %249, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %251 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %250, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %252 = fadd <16 x float> %251, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fadd <16 x float> %252, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f = fsub <16 x float> %251, %n
  %253 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %254 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %253, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %255 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %254, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %256 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %255, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %257 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %256, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %258 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %257, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %259 = fptosi <16 x float> %n to <16 x i32>
  %260 = shl <16 x i32> %259, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %261 = add <16 x i32> %260, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %262 = bitcast <16 x i32> %261 to <16 x float>
  %exp2 = fmul <16 x float> %258, %262
  br label %sexp

sexp:                                             ; preds = %body71, %exit67
  %lsum.0 = phi <16 x float> [ zeroinitializer, %exit67 ], [ %282, %body71 ]
  %sexp74 = phi i32 [ 0, %exit67 ], [ %283, %body71 ]
  %263 = icmp slt i32 %sexp74, %66
  br i1 %263, label %body71, label %exit73

body71:                                           ; preds = %sexp
  %264 = zext nneg i32 %sexp74 to i64
  %265 = shl nuw nsw i64 %264, 6
  %266 = getelementptr i8, ptr %st, i64 %265
  %267 = load <16 x float>, ptr %266, align 64
  %268 = fsub <16 x float> %267, %muse70
  %269 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %268, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %270 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %269, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %271 = fadd <16 x float> %270, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n75 = fadd <16 x float> %271, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f76 = fsub <16 x float> %270, %n75
  %272 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f76, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %273 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %272, <16 x float> %f76, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %274 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %273, <16 x float> %f76, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %275 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %274, <16 x float> %f76, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %276 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %275, <16 x float> %f76, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %277 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %276, <16 x float> %f76, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %278 = fptosi <16 x float> %n75 to <16 x i32>
  %279 = shl <16 x i32> %278, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %280 = add <16 x i32> %279, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %281 = bitcast <16 x i32> %280 to <16 x float>
  %exp277 = fmul <16 x float> %277, %281
  store <16 x float> %exp277, ptr %266, align 64
  %282 = fadd <16 x float> %lsum.0, %exp277
  %283 = add nuw nsw i32 %sexp74, 1
  br label %sexp

exit73:                                           ; preds = %sexp
  %284 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %lv.0, <16 x float> %exp2, <16 x float> %lsum.0)
  br label %pvblock

pvblock:                                          ; preds = %exit84, %exit73
  %pvblock81 = phi i32 [ 0, %exit73 ], [ %439, %exit84 ]
  %285 = icmp ult i32 %pvblock81, 4
  br i1 %285, label %body78, label %exit80

body78:                                           ; preds = %pvblock
  %286 = shl nuw nsw i32 %pvblock81, 4
  %287 = zext nneg i32 %286 to i64
  %288 = shl nuw nsw i64 %287, 6
  %289 = getelementptr i8, ptr %ot, i64 %288
  %290 = load <16 x float>, ptr %289, align 64
  %291 = fmul <16 x float> %290, %exp2
  %292 = or disjoint i64 %287, 1
  %293 = shl nuw nsw i64 %292, 6
  %294 = getelementptr i8, ptr %ot, i64 %293
  %295 = load <16 x float>, ptr %294, align 64
  %296 = fmul <16 x float> %295, %exp2
  %297 = or disjoint i64 %287, 2
  %298 = shl nuw nsw i64 %297, 6
  %299 = getelementptr i8, ptr %ot, i64 %298
  %300 = load <16 x float>, ptr %299, align 64
  %301 = fmul <16 x float> %300, %exp2
  %302 = or disjoint i64 %287, 3
  %303 = shl nuw nsw i64 %302, 6
  %304 = getelementptr i8, ptr %ot, i64 %303
  %305 = load <16 x float>, ptr %304, align 64
  %306 = fmul <16 x float> %305, %exp2
  %307 = or disjoint i64 %287, 4
  %308 = shl nuw nsw i64 %307, 6
  %309 = getelementptr i8, ptr %ot, i64 %308
  %310 = load <16 x float>, ptr %309, align 64
  %311 = fmul <16 x float> %310, %exp2
  %312 = or disjoint i64 %287, 5
  %313 = shl nuw nsw i64 %312, 6
  %314 = getelementptr i8, ptr %ot, i64 %313
  %315 = load <16 x float>, ptr %314, align 64
  %316 = fmul <16 x float> %315, %exp2
  %317 = or disjoint i64 %287, 6
  %318 = shl nuw nsw i64 %317, 6
  %319 = getelementptr i8, ptr %ot, i64 %318
  %320 = load <16 x float>, ptr %319, align 64
  %321 = fmul <16 x float> %320, %exp2
  %322 = or disjoint i64 %287, 7
  %323 = shl nuw nsw i64 %322, 6
  %324 = getelementptr i8, ptr %ot, i64 %323
  %325 = load <16 x float>, ptr %324, align 64
  %326 = fmul <16 x float> %325, %exp2
  %327 = or disjoint i64 %287, 8
  %328 = shl nuw nsw i64 %327, 6
  %329 = getelementptr i8, ptr %ot, i64 %328
  %330 = load <16 x float>, ptr %329, align 64
  %331 = fmul <16 x float> %330, %exp2
  %332 = or disjoint i64 %287, 9
  %333 = shl nuw nsw i64 %332, 6
  %334 = getelementptr i8, ptr %ot, i64 %333
  %335 = load <16 x float>, ptr %334, align 64
  %336 = fmul <16 x float> %335, %exp2
  %337 = or disjoint i64 %287, 10
  %338 = shl nuw nsw i64 %337, 6
  %339 = getelementptr i8, ptr %ot, i64 %338
  %340 = load <16 x float>, ptr %339, align 64
  %341 = fmul <16 x float> %340, %exp2
  %342 = or disjoint i64 %287, 11
  %343 = shl nuw nsw i64 %342, 6
  %344 = getelementptr i8, ptr %ot, i64 %343
  %345 = load <16 x float>, ptr %344, align 64
  %346 = fmul <16 x float> %345, %exp2
  %347 = or disjoint i64 %287, 12
  %348 = shl nuw nsw i64 %347, 6
  %349 = getelementptr i8, ptr %ot, i64 %348
  %350 = load <16 x float>, ptr %349, align 64
  %351 = fmul <16 x float> %350, %exp2
  %352 = or disjoint i64 %287, 13
  %353 = shl nuw nsw i64 %352, 6
  %354 = getelementptr i8, ptr %ot, i64 %353
  %355 = load <16 x float>, ptr %354, align 64
  %356 = fmul <16 x float> %355, %exp2
  %357 = or disjoint i64 %287, 14
  %358 = shl nuw nsw i64 %357, 6
  %359 = getelementptr i8, ptr %ot, i64 %358
  %360 = load <16 x float>, ptr %359, align 64
  %361 = fmul <16 x float> %360, %exp2
  %362 = or disjoint i64 %287, 15
  %363 = shl nuw nsw i64 %362, 6
  %364 = getelementptr i8, ptr %ot, i64 %363
  %365 = load <16 x float>, ptr %364, align 64
  %366 = fmul <16 x float> %365, %exp2
  %367 = shl nuw nsw i64 %362, 2
  %368 = shl nuw nsw i64 %357, 2
  %369 = shl nuw nsw i64 %352, 2
  %370 = shl nuw nsw i64 %347, 2
  %371 = shl nuw nsw i64 %342, 2
  %372 = shl nuw nsw i64 %337, 2
  %373 = shl nuw nsw i64 %332, 2
  %374 = shl nuw nsw i64 %327, 2
  %375 = shl nuw nsw i64 %322, 2
  %376 = shl nuw nsw i64 %317, 2
  %377 = shl nuw nsw i64 %312, 2
  %378 = shl nuw nsw i64 %307, 2
  %379 = shl nuw nsw i64 %302, 2
  %380 = shl nuw nsw i64 %297, 2
  %381 = shl nuw nsw i64 %292, 2
  %382 = shl nuw nsw i64 %287, 2
  br label %kpv

exit80:                                           ; preds = %pvblock
  %383 = add nsw i32 %ktile17, 108
  br label %ktile

kpv:                                              ; preds = %latch83, %body78
  %o.sroa.52.0 = phi <16 x float> [ %356, %body78 ], [ %398, %latch83 ]
  %o.sroa.48.0 = phi <16 x float> [ %351, %body78 ], [ %401, %latch83 ]
  %o.sroa.44.0 = phi <16 x float> [ %346, %body78 ], [ %404, %latch83 ]
  %o.sroa.40.0 = phi <16 x float> [ %341, %body78 ], [ %407, %latch83 ]
  %o.sroa.36.0 = phi <16 x float> [ %336, %body78 ], [ %410, %latch83 ]
  %o.sroa.32.0 = phi <16 x float> [ %331, %body78 ], [ %413, %latch83 ]
  %o.sroa.28.0 = phi <16 x float> [ %326, %body78 ], [ %416, %latch83 ]
  %o.sroa.24.0 = phi <16 x float> [ %321, %body78 ], [ %419, %latch83 ]
  %o.sroa.20.0 = phi <16 x float> [ %316, %body78 ], [ %422, %latch83 ]
  %o.sroa.16.0 = phi <16 x float> [ %311, %body78 ], [ %425, %latch83 ]
  %o.sroa.12.0 = phi <16 x float> [ %306, %body78 ], [ %428, %latch83 ]
  %o.sroa.8.0 = phi <16 x float> [ %301, %body78 ], [ %431, %latch83 ]
  %o.sroa.4.0 = phi <16 x float> [ %296, %body78 ], [ %434, %latch83 ]
  %o.sroa.0.0 = phi <16 x float> [ %291, %body78 ], [ %437, %latch83 ]
  %o.sroa.56.0 = phi <16 x float> [ %361, %body78 ], [ %395, %latch83 ]
  %o.sroa.60.0 = phi <16 x float> [ %366, %body78 ], [ %392, %latch83 ]
  %kpv85 = phi i32 [ 0, %body78 ], [ %438, %latch83 ]
  %384 = icmp slt i32 %kpv85, %66
  br i1 %384, label %latch83, label %exit84

latch83:                                          ; preds = %kpv
  %385 = zext nneg i32 %kpv85 to i64
  %386 = shl nuw nsw i64 %385, 6
  %387 = getelementptr i8, ptr %st, i64 %386
  %p = load <16 x float>, ptr %387, align 64
  %388 = shl nuw nsw i64 %385, 8
  %389 = getelementptr i8, ptr %vbuf, i64 %388
  %390 = getelementptr i8, ptr %389, i64 %367
  %v115 = load float, ptr %390, align 4
  %391 = insertelement <16 x float> poison, float %v115, i64 0
  %splat116 = shufflevector <16 x float> %391, <16 x float> poison, <16 x i32> zeroinitializer
  %392 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat116, <16 x float> %o.sroa.60.0)
  %393 = getelementptr i8, ptr %389, i64 %368
  %v113 = load float, ptr %393, align 4
  %394 = insertelement <16 x float> poison, float %v113, i64 0
  %splat114 = shufflevector <16 x float> %394, <16 x float> poison, <16 x i32> zeroinitializer
  %395 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat114, <16 x float> %o.sroa.56.0)
  %396 = getelementptr i8, ptr %389, i64 %369
  %v111 = load float, ptr %396, align 4
  %397 = insertelement <16 x float> poison, float %v111, i64 0
  %splat112 = shufflevector <16 x float> %397, <16 x float> poison, <16 x i32> zeroinitializer
  %398 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat112, <16 x float> %o.sroa.52.0)
  %399 = getelementptr i8, ptr %389, i64 %370
  %v109 = load float, ptr %399, align 4
  %400 = insertelement <16 x float> poison, float %v109, i64 0
  %splat110 = shufflevector <16 x float> %400, <16 x float> poison, <16 x i32> zeroinitializer
  %401 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat110, <16 x float> %o.sroa.48.0)
  %402 = getelementptr i8, ptr %389, i64 %371
  %v107 = load float, ptr %402, align 4
  %403 = insertelement <16 x float> poison, float %v107, i64 0
  %splat108 = shufflevector <16 x float> %403, <16 x float> poison, <16 x i32> zeroinitializer
  %404 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat108, <16 x float> %o.sroa.44.0)
  %405 = getelementptr i8, ptr %389, i64 %372
  %v105 = load float, ptr %405, align 4
  %406 = insertelement <16 x float> poison, float %v105, i64 0
  %splat106 = shufflevector <16 x float> %406, <16 x float> poison, <16 x i32> zeroinitializer
  %407 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat106, <16 x float> %o.sroa.40.0)
  %408 = getelementptr i8, ptr %389, i64 %373
  %v103 = load float, ptr %408, align 4
  %409 = insertelement <16 x float> poison, float %v103, i64 0
  %splat104 = shufflevector <16 x float> %409, <16 x float> poison, <16 x i32> zeroinitializer
  %410 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat104, <16 x float> %o.sroa.36.0)
  %411 = getelementptr i8, ptr %389, i64 %374
  %v101 = load float, ptr %411, align 4
  %412 = insertelement <16 x float> poison, float %v101, i64 0
  %splat102 = shufflevector <16 x float> %412, <16 x float> poison, <16 x i32> zeroinitializer
  %413 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat102, <16 x float> %o.sroa.32.0)
  %414 = getelementptr i8, ptr %389, i64 %375
  %v99 = load float, ptr %414, align 4
  %415 = insertelement <16 x float> poison, float %v99, i64 0
  %splat100 = shufflevector <16 x float> %415, <16 x float> poison, <16 x i32> zeroinitializer
  %416 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat100, <16 x float> %o.sroa.28.0)
  %417 = getelementptr i8, ptr %389, i64 %376
  %v97 = load float, ptr %417, align 4
  %418 = insertelement <16 x float> poison, float %v97, i64 0
  %splat98 = shufflevector <16 x float> %418, <16 x float> poison, <16 x i32> zeroinitializer
  %419 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat98, <16 x float> %o.sroa.24.0)
  %420 = getelementptr i8, ptr %389, i64 %377
  %v95 = load float, ptr %420, align 4
  %421 = insertelement <16 x float> poison, float %v95, i64 0
  %splat96 = shufflevector <16 x float> %421, <16 x float> poison, <16 x i32> zeroinitializer
  %422 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat96, <16 x float> %o.sroa.20.0)
  %423 = getelementptr i8, ptr %389, i64 %378
  %v93 = load float, ptr %423, align 4
  %424 = insertelement <16 x float> poison, float %v93, i64 0
  %splat94 = shufflevector <16 x float> %424, <16 x float> poison, <16 x i32> zeroinitializer
  %425 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat94, <16 x float> %o.sroa.16.0)
  %426 = getelementptr i8, ptr %389, i64 %379
  %v91 = load float, ptr %426, align 4
  %427 = insertelement <16 x float> poison, float %v91, i64 0
  %splat92 = shufflevector <16 x float> %427, <16 x float> poison, <16 x i32> zeroinitializer
  %428 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat92, <16 x float> %o.sroa.12.0)
  %429 = getelementptr i8, ptr %389, i64 %380
  %v89 = load float, ptr %429, align 4
  %430 = insertelement <16 x float> poison, float %v89, i64 0
  %splat90 = shufflevector <16 x float> %430, <16 x float> poison, <16 x i32> zeroinitializer
  %431 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat90, <16 x float> %o.sroa.8.0)
  %432 = getelementptr i8, ptr %389, i64 %381
  %v87 = load float, ptr %432, align 4
  %433 = insertelement <16 x float> poison, float %v87, i64 0
  %splat88 = shufflevector <16 x float> %433, <16 x float> poison, <16 x i32> zeroinitializer
  %434 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat88, <16 x float> %o.sroa.4.0)
  %435 = getelementptr i8, ptr %389, i64 %382
  %v = load float, ptr %435, align 4
  %436 = insertelement <16 x float> poison, float %v, i64 0
  %splat86 = shufflevector <16 x float> %436, <16 x float> poison, <16 x i32> zeroinitializer
  %437 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat86, <16 x float> %o.sroa.0.0)
  %438 = add nuw nsw i32 %kpv85, 1
  br label %kpv

exit84:                                           ; preds = %kpv
  store <16 x float> %o.sroa.0.0, ptr %289, align 64
  store <16 x float> %o.sroa.4.0, ptr %294, align 64
  store <16 x float> %o.sroa.8.0, ptr %299, align 64
  store <16 x float> %o.sroa.12.0, ptr %304, align 64
  store <16 x float> %o.sroa.16.0, ptr %309, align 64
  store <16 x float> %o.sroa.20.0, ptr %314, align 64
  store <16 x float> %o.sroa.24.0, ptr %319, align 64
  store <16 x float> %o.sroa.28.0, ptr %324, align 64
  store <16 x float> %o.sroa.32.0, ptr %329, align 64
  store <16 x float> %o.sroa.36.0, ptr %334, align 64
  store <16 x float> %o.sroa.40.0, ptr %339, align 64
  store <16 x float> %o.sroa.44.0, ptr %344, align 64
  store <16 x float> %o.sroa.48.0, ptr %349, align 64
  store <16 x float> %o.sroa.52.0, ptr %354, align 64
  store <16 x float> %o.sroa.56.0, ptr %359, align 64
  store <16 x float> %o.sroa.60.0, ptr %364, align 64
  %439 = add nuw nsw i32 %pvblock81, 1
  br label %pvblock

orow117:                                          ; preds = %written, %exit16
  %orow121 = phi i32 [ 0, %exit16 ], [ %466, %written ]
  %440 = icmp slt i32 %orow121, %nrows
  br i1 %440, label %body118, label %done

body118:                                          ; preds = %orow117
  %441 = zext nneg i32 %orow121 to i64
  %442 = getelementptr float, ptr %ms, i64 %441
  %m122 = load float, ptr %442, align 4
  %443 = getelementptr float, ptr %ls, i64 %441
  %l = load float, ptr %443, align 4
  %444 = shl nuw nsw i64 %441, 2
  %invariant.gep = getelementptr i8, ptr %ot, i64 %444
  br label %otrow

otrow:                                            ; preds = %body123, %body118
  %otrow126 = phi i32 [ 0, %body118 ], [ %451, %body123 ]
  %445 = icmp ult i32 %otrow126, 64
  br i1 %445, label %body123, label %exit125

body123:                                          ; preds = %otrow
  %446 = zext nneg i32 %otrow126 to i64
  %447 = shl nuw nsw i64 %446, 6
  %gep = getelementptr i8, ptr %invariant.gep, i64 %447
  %448 = load float, ptr %gep, align 4
  %449 = shl nuw nsw i64 %446, 2
  %450 = getelementptr i8, ptr %rowbuf, i64 %449
  store float %448, ptr %450, align 4
  %451 = add nuw nsw i32 %otrow126, 1
  br label %otrow

exit125:                                          ; preds = %otrow
  br i1 %.not, label %final, label %partial

partial:                                          ; preds = %exit125
  %.idx = shl nuw nsw i64 %441, 8
  %452 = getelementptr i8, ptr %part, i64 %.idx
  br label %chunk127

final:                                            ; preds = %exit125
  %453 = sdiv i32 %orow121, %nh
  %qi132 = add i32 %q_begin, %453
  %454 = srem i32 %orow121, %nh
  %h133 = add i32 %h_begin, %454
  %hq134 = add i32 %24, %h133
  %455 = sext i32 %qi132 to i64
  %456 = add i64 %q_row0, %455
  %457 = sext i32 %hq134 to i64
  %458 = fcmp oeq float %l, 0.000000e+00
  %459 = fdiv float 1.000000e+00, %l
  %460 = select i1 %458, float 0.000000e+00, float %459
  %461 = shl i64 %456, 12
  %462 = shl nsw i64 %457, 8
  %463 = getelementptr i8, ptr %out, i64 %461
  %464 = getelementptr i8, ptr %463, i64 %462
  %465 = insertelement <16 x float> poison, float %460, i64 0
  %splat136 = shufflevector <16 x float> %465, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk137

written:                                          ; preds = %chunk137, %exit130
  %466 = add nuw nsw i32 %orow121, 1
  br label %orow117

chunk127:                                         ; preds = %body128, %partial
  %chunk131 = phi i64 [ 0, %partial ], [ %472, %body128 ]
  %467 = icmp ult i64 %chunk131, 4
  br i1 %467, label %body128, label %exit130

body128:                                          ; preds = %chunk127
  %468 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk131
  %469 = load <16 x float>, ptr %468, align 64
  %470 = shl nuw nsw i64 %chunk131, 6
  %471 = getelementptr i8, ptr %452, i64 %470
  store <16 x float> %469, ptr %471, align 4
  %472 = add nuw nsw i64 %chunk131, 1
  br label %chunk127

exit130:                                          ; preds = %chunk127
  %473 = add nuw nsw i64 %71, %441
  %474 = getelementptr float, ptr %part, i64 %473
  store float %m122, ptr %474, align 4
  %gep177 = getelementptr float, ptr %invariant.gep176, i64 %473
  store float %l, ptr %gep177, align 4
  br label %written

chunk137:                                         ; preds = %body138, %final
  %chunk141 = phi i64 [ 0, %final ], [ %481, %body138 ]
  %475 = icmp ult i64 %chunk141, 4
  br i1 %475, label %body138, label %written

body138:                                          ; preds = %chunk137
  %476 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk141
  %477 = load <16 x float>, ptr %476, align 64
  %478 = fmul <16 x float> %477, %splat136
  %479 = shl nuw nsw i64 %chunk141, 6
  %480 = getelementptr i8, ptr %464, i64 %479
  store <16 x float> %478, ptr %480, align 4
  %481 = add nuw nsw i64 %chunk141, 1
  br label %chunk137
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fmuladd.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.maxnum.v16f32(<16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.minnum.v16f32(<16 x float>, <16 x float>) #1

declare i32 @attnrt_run(ptr, ptr)

; Function Attrs: nounwind
define i32 @mqa(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_run(ptr nonnull @mqa_kernel, ptr %0) #2
  ret i32 %1
}

declare i64 @attnrt_tasks(ptr, ptr)

; Function Attrs: nounwind
define i64 @mqa_tasks(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_tasks(ptr nonnull @mqa_kernel, ptr %0) #2
  ret i64 %1
}

declare i32 @attnrt_task(ptr, ptr, i64)

; Function Attrs: nounwind
define i32 @mqa_task(ptr %0, i64 %1) #0 {
entry:
  %2 = call i32 @attnrt_task(ptr nonnull @mqa_kernel, ptr %0, i64 %1) #2
  ret i32 %2
}

declare i64 @attnrt_workspace(ptr, ptr)

; Function Attrs: nounwind
define i64 @mqa_workspace(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_workspace(ptr nonnull @mqa_kernel, ptr %0) #2
  ret i64 %1
}

declare i32 @attnrt_append(ptr, ptr)

; Function Attrs: nounwind
define i32 @mqa_append(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_append(ptr nonnull @mqa_kernel, ptr %0) #2
  ret i32 %1
}

; Function Attrs: nounwind
define ptr @mqa_info() #0 {
entry:
  ret ptr @mqa_info_data
}

attributes #0 = { nounwind "target-cpu"="x86-64-v4" "target-features"="+avx512f,+evex512,+avx512bw,+avx512vl,+avx2,+fma,+f16c" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nounwind }
