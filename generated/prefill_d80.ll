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
  %lims130 = alloca [32 x i32], align 64
  %rowbuf131 = alloca [5 x <16 x float>], align 64
  %ot132 = alloca [10240 x i8], align 64
  %st133 = alloca [19968 x i8], align 64
  %kbuf134 = alloca [49920 x i8], align 64
  %qt135 = alloca [10240 x i8], align 64
  %ls136 = alloca [32 x float], align 64
  %ms137 = alloca [32 x float], align 64
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
  %27 = getelementptr inbounds i8, ptr %rowbuf131, i64 64
  %28 = getelementptr inbounds i8, ptr %rowbuf131, i64 128
  %29 = getelementptr inbounds i8, ptr %rowbuf131, i64 192
  %30 = getelementptr inbounds i8, ptr %rowbuf131, i64 256
  br label %qrow

done:                                             ; preds = %orow102, %entry
  ret void

qrow:                                             ; preds = %qrow.preheader, %exit4
  %qrow1 = phi i32 [ %73, %exit4 ], [ 0, %qrow.preheader ]
  %31 = icmp ult i32 %qrow1, 32
  br i1 %31, label %body, label %otzero

body:                                             ; preds = %qrow
  %32 = icmp slt i32 %qrow1, %nrows
  %33 = call i32 @llvm.smin.i32(i32 %qrow1, i32 %26)
  %34 = sdiv i32 %33, %nh
  %qi = add i32 %q_begin, %34
  %35 = srem i32 %33, %nh
  %h = add i32 %h_begin, %35
  %hq = add i32 %kv_head, %h
  %36 = sext i32 %qi to i64
  %37 = add i64 %q_row0, %36
  %38 = shl i64 %37, 5
  %39 = sext i32 %hq to i64
  %orow = add i64 %38, %39
  %40 = mul i64 %orow, 320
  %41 = getelementptr i8, ptr %q, i64 %40
  %42 = select i1 %32, float 0x3FC4A56B80000000, float 0.000000e+00
  %43 = insertelement <16 x float> poison, float %42, i64 0
  %splat = shufflevector <16 x float> %43, <16 x float> poison, <16 x i32> zeroinitializer
  %44 = load <16 x float>, ptr %41, align 4
  %45 = fmul <16 x float> %44, %splat
  store <16 x float> %45, ptr %rowbuf131, align 64
  %46 = getelementptr i8, ptr %41, i64 64
  %47 = load <16 x float>, ptr %46, align 4
  %48 = fmul <16 x float> %47, %splat
  store <16 x float> %48, ptr %27, align 64
  %49 = getelementptr i8, ptr %41, i64 128
  %50 = load <16 x float>, ptr %49, align 4
  %51 = fmul <16 x float> %50, %splat
  store <16 x float> %51, ptr %28, align 64
  %52 = getelementptr i8, ptr %41, i64 192
  %53 = load <16 x float>, ptr %52, align 4
  %54 = fmul <16 x float> %53, %splat
  store <16 x float> %54, ptr %29, align 64
  %55 = getelementptr i8, ptr %41, i64 256
  %56 = load <16 x float>, ptr %55, align 4
  %57 = fmul <16 x float> %56, %splat
  store <16 x float> %57, ptr %30, align 64
  %58 = zext nneg i32 %qrow1 to i64
  %59 = getelementptr i32, ptr %lims130, i64 %58
  %60 = add i32 %q_pos0, %qi
  %61 = add i32 %60, 1
  %62 = call i32 @llvm.smin.i32(i32 %61, i32 %k_end)
  store i32 %62, ptr %59, align 4
  %63 = shl nuw nsw i64 %58, 2
  br label %qcol

qcol:                                             ; preds = %body2, %body
  %qcol5 = phi i32 [ 0, %body ], [ %72, %body2 ]
  %64 = icmp ult i32 %qcol5, 80
  br i1 %64, label %body2, label %exit4

body2:                                            ; preds = %qcol
  %65 = zext nneg i32 %qcol5 to i64
  %66 = shl nuw nsw i64 %65, 2
  %67 = getelementptr i8, ptr %rowbuf131, i64 %66
  %68 = load float, ptr %67, align 4
  %69 = shl nuw nsw i64 %65, 7
  %70 = or disjoint i64 %69, %63
  %71 = getelementptr i8, ptr %qt135, i64 %70
  store float %68, ptr %71, align 4
  %72 = add nuw nsw i32 %qcol5, 1
  br label %qcol

exit4:                                            ; preds = %qcol
  %73 = add nuw nsw i32 %qrow1, 1
  br label %qrow

otzero:                                           ; preds = %qrow, %body6
  %otzero9 = phi i32 [ %78, %body6 ], [ 0, %qrow ]
  %74 = icmp ult i32 %otzero9, 160
  br i1 %74, label %body6, label %exit8

body6:                                            ; preds = %otzero
  %75 = shl nuw nsw i32 %otzero9, 6
  %76 = zext nneg i32 %75 to i64
  %77 = getelementptr i8, ptr %ot132, i64 %76
  store <16 x float> zeroinitializer, ptr %77, align 64
  %78 = add nuw nsw i32 %otzero9, 1
  br label %otzero

exit8:                                            ; preds = %otzero
  %79 = sdiv i32 %26, %nh
  %80 = add i32 %q_begin, %79
  %81 = add i32 %q_pos0, %80
  %82 = add i32 %81, 1
  %83 = call i32 @llvm.smin.i32(i32 %82, i32 %k_end)
  %k_last = add i32 %83, -1
  %84 = getelementptr inbounds i8, ptr %lims130, i64 64
  %invariant.gep = getelementptr inbounds i8, ptr %kbuf134, i64 64
  %invariant.gep139 = getelementptr inbounds i8, ptr %kbuf134, i64 128
  %invariant.gep141 = getelementptr inbounds i8, ptr %kbuf134, i64 192
  %invariant.gep143 = getelementptr inbounds i8, ptr %kbuf134, i64 256
  br label %ktile

ktile:                                            ; preds = %exit76, %exit8
  %85 = phi <16 x float> [ zeroinitializer, %exit8 ], [ %357, %exit76 ]
  %86 = phi <16 x float> [ zeroinitializer, %exit8 ], [ %356, %exit76 ]
  %87 = phi <16 x float> [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %exit8 ], [ %299, %exit76 ]
  %m394 = phi <16 x float> [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %exit8 ], [ %283, %exit76 ]
  %ktile13 = phi i32 [ %k_begin, %exit8 ], [ %460, %exit76 ]
  %88 = icmp slt i32 %ktile13, %83
  br i1 %88, label %body10, label %exit12

body10:                                           ; preds = %ktile
  %limv = load <16 x i32>, ptr %lims130, align 64
  %limv14 = load <16 x i32>, ptr %84, align 64
  %89 = sub i32 %83, %ktile13
  %.fr = freeze i32 %89
  %90 = call i32 @llvm.smin.i32(i32 %.fr, i32 144)
  %91 = add nsw i32 %90, 11
  %92 = srem i32 %91, 12
  %93 = sub nsw i32 %91, %92
  br label %kpack

exit12:                                           ; preds = %ktile
  store <16 x float> %m394, ptr %ms137, align 64
  store <16 x float> %86, ptr %ls136, align 64
  %94 = getelementptr inbounds i8, ptr %ms137, i64 64
  store <16 x float> %87, ptr %94, align 64
  %95 = getelementptr inbounds i8, ptr %ls136, i64 64
  store <16 x float> %85, ptr %95, align 64
  %.not = icmp eq ptr %part, null
  %96 = zext nneg i32 %nrows to i64
  %97 = mul nuw nsw i64 %96, 80
  %invariant.gep451 = getelementptr float, ptr %part, i64 %96
  br label %orow102

kpack:                                            ; preds = %body15, %body10
  %kpack18 = phi i32 [ 0, %body10 ], [ %116, %body15 ]
  %98 = icmp slt i32 %kpack18, %93
  br i1 %98, label %body15, label %exit17

body15:                                           ; preds = %kpack
  %99 = add i32 %ktile13, %kpack18
  %100 = call i32 @llvm.smin.i32(i32 %99, i32 %k_last)
  %101 = sext i32 %100 to i64
  %102 = mul nsw i64 %101, 10240
  %103 = getelementptr i8, ptr %22, i64 %102
  %104 = load <16 x float>, ptr %103, align 4
  %105 = zext nneg i32 %kpack18 to i64
  %106 = mul nuw nsw i64 %105, 320
  %107 = getelementptr i8, ptr %kbuf134, i64 %106
  store <16 x float> %104, ptr %107, align 64
  %108 = getelementptr i8, ptr %103, i64 64
  %109 = load <16 x float>, ptr %108, align 4
  %gep = getelementptr i8, ptr %invariant.gep, i64 %106
  store <16 x float> %109, ptr %gep, align 64
  %110 = getelementptr i8, ptr %103, i64 128
  %111 = load <16 x float>, ptr %110, align 4
  %gep140 = getelementptr i8, ptr %invariant.gep139, i64 %106
  store <16 x float> %111, ptr %gep140, align 64
  %112 = getelementptr i8, ptr %103, i64 192
  %113 = load <16 x float>, ptr %112, align 4
  %gep142 = getelementptr i8, ptr %invariant.gep141, i64 %106
  store <16 x float> %113, ptr %gep142, align 64
  %114 = getelementptr i8, ptr %103, i64 256
  %115 = load <16 x float>, ptr %114, align 4
  %gep144 = getelementptr i8, ptr %invariant.gep143, i64 %106
  store <16 x float> %115, ptr %gep144, align 64
  %116 = add nuw nsw i32 %kpack18, 1
  br label %kpack

exit17:                                           ; preds = %kpack
  %117 = sext i32 %ktile13 to i64
  %118 = mul nsw i64 %117, 10240
  %119 = getelementptr i8, ptr %24, i64 %118
  br label %sblock

sblock:                                           ; preds = %exit25, %exit17
  %sblock22 = phi i32 [ 0, %exit17 ], [ %265, %exit25 ]
  %120 = icmp slt i32 %sblock22, %90
  br i1 %120, label %body19, label %smask

body19:                                           ; preds = %sblock
  %121 = zext nneg i32 %sblock22 to i64
  %122 = mul nuw nsw i64 %121, 320
  %123 = getelementptr i8, ptr %kbuf134, i64 %122
  %invariant.gep145 = getelementptr i8, ptr %123, i64 320
  %invariant.gep147 = getelementptr i8, ptr %123, i64 640
  %invariant.gep149 = getelementptr i8, ptr %123, i64 960
  %invariant.gep151 = getelementptr i8, ptr %123, i64 1280
  %invariant.gep153 = getelementptr i8, ptr %123, i64 1600
  %invariant.gep155 = getelementptr i8, ptr %123, i64 1920
  %invariant.gep157 = getelementptr i8, ptr %123, i64 2240
  %invariant.gep159 = getelementptr i8, ptr %123, i64 2880
  %invariant.gep161 = getelementptr i8, ptr %123, i64 3200
  %invariant.gep163 = getelementptr i8, ptr %123, i64 3520
  br label %sdim

sdim:                                             ; preds = %body23, %body19
  %124 = phi <16 x float> [ zeroinitializer, %body19 ], [ %193, %body23 ]
  %125 = phi <16 x float> [ zeroinitializer, %body19 ], [ %192, %body23 ]
  %126 = phi <16 x float> [ zeroinitializer, %body19 ], [ %190, %body23 ]
  %127 = phi <16 x float> [ zeroinitializer, %body19 ], [ %189, %body23 ]
  %128 = phi <16 x float> [ zeroinitializer, %body19 ], [ %187, %body23 ]
  %129 = phi <16 x float> [ zeroinitializer, %body19 ], [ %186, %body23 ]
  %130 = phi <16 x float> [ zeroinitializer, %body19 ], [ %184, %body23 ]
  %131 = phi <16 x float> [ zeroinitializer, %body19 ], [ %183, %body23 ]
  %132 = phi <16 x float> [ zeroinitializer, %body19 ], [ %179, %body23 ]
  %133 = phi <16 x float> [ zeroinitializer, %body19 ], [ %178, %body23 ]
  %134 = phi <16 x float> [ zeroinitializer, %body19 ], [ %176, %body23 ]
  %135 = phi <16 x float> [ zeroinitializer, %body19 ], [ %175, %body23 ]
  %136 = phi <16 x float> [ zeroinitializer, %body19 ], [ %173, %body23 ]
  %137 = phi <16 x float> [ zeroinitializer, %body19 ], [ %172, %body23 ]
  %138 = phi <16 x float> [ zeroinitializer, %body19 ], [ %170, %body23 ]
  %139 = phi <16 x float> [ zeroinitializer, %body19 ], [ %169, %body23 ]
  %140 = phi <16 x float> [ zeroinitializer, %body19 ], [ %167, %body23 ]
  %141 = phi <16 x float> [ zeroinitializer, %body19 ], [ %166, %body23 ]
  %142 = phi <16 x float> [ zeroinitializer, %body19 ], [ %164, %body23 ]
  %143 = phi <16 x float> [ zeroinitializer, %body19 ], [ %163, %body23 ]
  %144 = phi <16 x float> [ zeroinitializer, %body19 ], [ %161, %body23 ]
  %145 = phi <16 x float> [ zeroinitializer, %body19 ], [ %160, %body23 ]
  %146 = phi <16 x float> [ zeroinitializer, %body19 ], [ %158, %body23 ]
  %147 = phi <16 x float> [ zeroinitializer, %body19 ], [ %157, %body23 ]
  %sdim26 = phi i32 [ 0, %body19 ], [ %194, %body23 ]
  %148 = icmp ult i32 %sdim26, 80
  br i1 %148, label %body23, label %exit25

body23:                                           ; preds = %sdim
  %149 = zext nneg i32 %sdim26 to i64
  %150 = shl nuw nsw i64 %149, 7
  %151 = getelementptr i8, ptr %qt135, i64 %150
  %qt27 = load <16 x float>, ptr %151, align 64
  %152 = or disjoint i64 %150, 64
  %153 = getelementptr i8, ptr %qt135, i64 %152
  %qt28 = load <16 x float>, ptr %153, align 64
  %154 = shl nuw nsw i64 %149, 2
  %155 = getelementptr i8, ptr %123, i64 %154
  %k = load float, ptr %155, align 4
  %156 = insertelement <16 x float> poison, float %k, i64 0
  %splat29 = shufflevector <16 x float> %156, <16 x float> poison, <16 x i32> zeroinitializer
  %157 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt27, <16 x float> %splat29, <16 x float> %147)
  %158 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt28, <16 x float> %splat29, <16 x float> %146)
  %gep146 = getelementptr i8, ptr %invariant.gep145, i64 %154
  %k30 = load float, ptr %gep146, align 4
  %159 = insertelement <16 x float> poison, float %k30, i64 0
  %splat31 = shufflevector <16 x float> %159, <16 x float> poison, <16 x i32> zeroinitializer
  %160 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt27, <16 x float> %splat31, <16 x float> %145)
  %161 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt28, <16 x float> %splat31, <16 x float> %144)
  %gep148 = getelementptr i8, ptr %invariant.gep147, i64 %154
  %k32 = load float, ptr %gep148, align 4
  %162 = insertelement <16 x float> poison, float %k32, i64 0
  %splat33 = shufflevector <16 x float> %162, <16 x float> poison, <16 x i32> zeroinitializer
  %163 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt27, <16 x float> %splat33, <16 x float> %143)
  %164 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt28, <16 x float> %splat33, <16 x float> %142)
  %gep150 = getelementptr i8, ptr %invariant.gep149, i64 %154
  %k34 = load float, ptr %gep150, align 4
  %165 = insertelement <16 x float> poison, float %k34, i64 0
  %splat35 = shufflevector <16 x float> %165, <16 x float> poison, <16 x i32> zeroinitializer
  %166 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt27, <16 x float> %splat35, <16 x float> %141)
  %167 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt28, <16 x float> %splat35, <16 x float> %140)
  %gep152 = getelementptr i8, ptr %invariant.gep151, i64 %154
  %k36 = load float, ptr %gep152, align 4
  %168 = insertelement <16 x float> poison, float %k36, i64 0
  %splat37 = shufflevector <16 x float> %168, <16 x float> poison, <16 x i32> zeroinitializer
  %169 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt27, <16 x float> %splat37, <16 x float> %139)
  %170 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt28, <16 x float> %splat37, <16 x float> %138)
  %gep154 = getelementptr i8, ptr %invariant.gep153, i64 %154
  %k38 = load float, ptr %gep154, align 4
  %171 = insertelement <16 x float> poison, float %k38, i64 0
  %splat39 = shufflevector <16 x float> %171, <16 x float> poison, <16 x i32> zeroinitializer
  %172 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt27, <16 x float> %splat39, <16 x float> %137)
  %173 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt28, <16 x float> %splat39, <16 x float> %136)
  %gep156 = getelementptr i8, ptr %invariant.gep155, i64 %154
  %k40 = load float, ptr %gep156, align 4
  %174 = insertelement <16 x float> poison, float %k40, i64 0
  %splat41 = shufflevector <16 x float> %174, <16 x float> poison, <16 x i32> zeroinitializer
  %175 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt27, <16 x float> %splat41, <16 x float> %135)
  %176 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt28, <16 x float> %splat41, <16 x float> %134)
  %gep158 = getelementptr i8, ptr %invariant.gep157, i64 %154
  %k42 = load float, ptr %gep158, align 4
  %177 = insertelement <16 x float> poison, float %k42, i64 0
  %splat43 = shufflevector <16 x float> %177, <16 x float> poison, <16 x i32> zeroinitializer
  %178 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt27, <16 x float> %splat43, <16 x float> %133)
  %179 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt28, <16 x float> %splat43, <16 x float> %132)
  %180 = or disjoint i64 %154, 2560
  %181 = getelementptr i8, ptr %123, i64 %180
  %k44 = load float, ptr %181, align 4
  %182 = insertelement <16 x float> poison, float %k44, i64 0
  %splat45 = shufflevector <16 x float> %182, <16 x float> poison, <16 x i32> zeroinitializer
  %183 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt27, <16 x float> %splat45, <16 x float> %131)
  %184 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt28, <16 x float> %splat45, <16 x float> %130)
  %gep160 = getelementptr i8, ptr %invariant.gep159, i64 %154
  %k46 = load float, ptr %gep160, align 4
  %185 = insertelement <16 x float> poison, float %k46, i64 0
  %splat47 = shufflevector <16 x float> %185, <16 x float> poison, <16 x i32> zeroinitializer
  %186 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt27, <16 x float> %splat47, <16 x float> %129)
  %187 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt28, <16 x float> %splat47, <16 x float> %128)
  %gep162 = getelementptr i8, ptr %invariant.gep161, i64 %154
  %k48 = load float, ptr %gep162, align 4
  %188 = insertelement <16 x float> poison, float %k48, i64 0
  %splat49 = shufflevector <16 x float> %188, <16 x float> poison, <16 x i32> zeroinitializer
  %189 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt27, <16 x float> %splat49, <16 x float> %127)
  %190 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt28, <16 x float> %splat49, <16 x float> %126)
  %gep164 = getelementptr i8, ptr %invariant.gep163, i64 %154
  %k50 = load float, ptr %gep164, align 4
  %191 = insertelement <16 x float> poison, float %k50, i64 0
  %splat51 = shufflevector <16 x float> %191, <16 x float> poison, <16 x i32> zeroinitializer
  %192 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt27, <16 x float> %splat51, <16 x float> %125)
  %193 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt28, <16 x float> %splat51, <16 x float> %124)
  %194 = add nuw nsw i32 %sdim26, 1
  br label %sdim

exit25:                                           ; preds = %sdim
  %195 = shl nuw nsw i64 %121, 7
  %196 = getelementptr i8, ptr %st133, i64 %195
  store <16 x float> %147, ptr %196, align 64
  %197 = or disjoint i64 %195, 64
  %198 = getelementptr i8, ptr %st133, i64 %197
  store <16 x float> %146, ptr %198, align 64
  %199 = or disjoint i32 %sblock22, 1
  %200 = zext nneg i32 %199 to i64
  %201 = shl nuw nsw i64 %200, 7
  %202 = getelementptr i8, ptr %st133, i64 %201
  store <16 x float> %145, ptr %202, align 64
  %203 = or disjoint i64 %201, 64
  %204 = getelementptr i8, ptr %st133, i64 %203
  store <16 x float> %144, ptr %204, align 64
  %205 = or disjoint i32 %sblock22, 2
  %206 = zext nneg i32 %205 to i64
  %207 = shl nuw nsw i64 %206, 7
  %208 = getelementptr i8, ptr %st133, i64 %207
  store <16 x float> %143, ptr %208, align 64
  %209 = or disjoint i64 %207, 64
  %210 = getelementptr i8, ptr %st133, i64 %209
  store <16 x float> %142, ptr %210, align 64
  %211 = or disjoint i32 %sblock22, 3
  %212 = zext nneg i32 %211 to i64
  %213 = shl nuw nsw i64 %212, 7
  %214 = getelementptr i8, ptr %st133, i64 %213
  store <16 x float> %141, ptr %214, align 64
  %215 = or disjoint i64 %213, 64
  %216 = getelementptr i8, ptr %st133, i64 %215
  store <16 x float> %140, ptr %216, align 64
  %217 = add nuw i32 %sblock22, 4
  %218 = sext i32 %217 to i64
  %219 = shl nsw i64 %218, 7
  %220 = getelementptr i8, ptr %st133, i64 %219
  store <16 x float> %139, ptr %220, align 64
  %221 = or disjoint i64 %219, 64
  %222 = getelementptr i8, ptr %st133, i64 %221
  store <16 x float> %138, ptr %222, align 64
  %223 = add nuw i32 %sblock22, 5
  %224 = sext i32 %223 to i64
  %225 = shl nsw i64 %224, 7
  %226 = getelementptr i8, ptr %st133, i64 %225
  store <16 x float> %137, ptr %226, align 64
  %227 = or disjoint i64 %225, 64
  %228 = getelementptr i8, ptr %st133, i64 %227
  store <16 x float> %136, ptr %228, align 64
  %229 = add nuw i32 %sblock22, 6
  %230 = sext i32 %229 to i64
  %231 = shl nsw i64 %230, 7
  %232 = getelementptr i8, ptr %st133, i64 %231
  store <16 x float> %135, ptr %232, align 64
  %233 = or disjoint i64 %231, 64
  %234 = getelementptr i8, ptr %st133, i64 %233
  store <16 x float> %134, ptr %234, align 64
  %235 = add nuw i32 %sblock22, 7
  %236 = sext i32 %235 to i64
  %237 = shl nsw i64 %236, 7
  %238 = getelementptr i8, ptr %st133, i64 %237
  store <16 x float> %133, ptr %238, align 64
  %239 = or disjoint i64 %237, 64
  %240 = getelementptr i8, ptr %st133, i64 %239
  store <16 x float> %132, ptr %240, align 64
  %241 = add nuw i32 %sblock22, 8
  %242 = sext i32 %241 to i64
  %243 = shl nsw i64 %242, 7
  %244 = getelementptr i8, ptr %st133, i64 %243
  store <16 x float> %131, ptr %244, align 64
  %245 = or disjoint i64 %243, 64
  %246 = getelementptr i8, ptr %st133, i64 %245
  store <16 x float> %130, ptr %246, align 64
  %247 = add nuw i32 %sblock22, 9
  %248 = sext i32 %247 to i64
  %249 = shl nsw i64 %248, 7
  %250 = getelementptr i8, ptr %st133, i64 %249
  store <16 x float> %129, ptr %250, align 64
  %251 = or disjoint i64 %249, 64
  %252 = getelementptr i8, ptr %st133, i64 %251
  store <16 x float> %128, ptr %252, align 64
  %253 = add nuw i32 %sblock22, 10
  %254 = sext i32 %253 to i64
  %255 = shl nsw i64 %254, 7
  %256 = getelementptr i8, ptr %st133, i64 %255
  store <16 x float> %127, ptr %256, align 64
  %257 = or disjoint i64 %255, 64
  %258 = getelementptr i8, ptr %st133, i64 %257
  store <16 x float> %126, ptr %258, align 64
  %259 = add nuw i32 %sblock22, 11
  %260 = sext i32 %259 to i64
  %261 = shl nsw i64 %260, 7
  %262 = getelementptr i8, ptr %st133, i64 %261
  store <16 x float> %125, ptr %262, align 64
  %263 = or disjoint i64 %261, 64
  %264 = getelementptr i8, ptr %st133, i64 %263
  store <16 x float> %124, ptr %264, align 64
  %265 = add nuw nsw i32 %sblock22, 12
  br label %sblock

smask:                                            ; preds = %sblock, %body52
  %266 = phi <16 x float> [ %281, %body52 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %267 = phi <16 x float> [ %276, %body52 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %smask55 = phi i32 [ %282, %body52 ], [ 0, %sblock ]
  %268 = icmp slt i32 %smask55, %90
  br i1 %268, label %body52, label %exit54

body52:                                           ; preds = %smask
  %269 = add i32 %ktile13, %smask55
  %270 = insertelement <16 x i32> poison, i32 %269, i64 0
  %splat56 = shufflevector <16 x i32> %270, <16 x i32> poison, <16 x i32> zeroinitializer
  %271 = zext nneg i32 %smask55 to i64
  %272 = shl nuw nsw i64 %271, 7
  %273 = getelementptr i8, ptr %st133, i64 %272
  %s = load <16 x float>, ptr %273, align 64
  %274 = icmp slt <16 x i32> %splat56, %limv
  %275 = select <16 x i1> %274, <16 x float> %s, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %275, ptr %273, align 64
  %276 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %267, <16 x float> %275)
  %277 = or disjoint i64 %272, 64
  %278 = getelementptr i8, ptr %st133, i64 %277
  %s57 = load <16 x float>, ptr %278, align 64
  %279 = icmp slt <16 x i32> %splat56, %limv14
  %280 = select <16 x i1> %279, <16 x float> %s57, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %280, ptr %278, align 64
  %281 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %266, <16 x float> %280)
  %282 = add nuw nsw i32 %smask55, 1
  br label %smask

exit54:                                           ; preds = %smask
  %283 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m394, <16 x float> %267)
  %284 = fcmp oeq <16 x float> %283, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse58 = select <16 x i1> %284, <16 x float> zeroinitializer, <16 x float> %283
  %285 = fsub <16 x float> %m394, %muse58
  %286 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %285, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %287 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %286, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %288 = fadd <16 x float> %287, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fadd <16 x float> %288, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f = fsub <16 x float> %287, %n
  %289 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %290 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %289, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %291 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %290, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %292 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %291, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %293 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %292, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %294 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %293, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %295 = fptosi <16 x float> %n to <16 x i32>
  %296 = shl <16 x i32> %295, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %297 = add <16 x i32> %296, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %298 = bitcast <16 x i32> %297 to <16 x float>
  %exp2 = fmul <16 x float> %294, %298
  %299 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %87, <16 x float> %266)
  %300 = fcmp oeq <16 x float> %299, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse60 = select <16 x i1> %300, <16 x float> zeroinitializer, <16 x float> %299
  %301 = fsub <16 x float> %87, %muse60
  %302 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %301, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %303 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %302, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %304 = fadd <16 x float> %303, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n61 = fadd <16 x float> %304, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f62 = fsub <16 x float> %303, %n61
  %305 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f62, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %306 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %305, <16 x float> %f62, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %307 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %306, <16 x float> %f62, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %308 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %307, <16 x float> %f62, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %309 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %308, <16 x float> %f62, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %310 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %309, <16 x float> %f62, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %311 = fptosi <16 x float> %n61 to <16 x i32>
  %312 = shl <16 x i32> %311, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %313 = add <16 x i32> %312, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %314 = bitcast <16 x i32> %313 to <16 x float>
  %exp263 = fmul <16 x float> %310, %314
  br label %sexp

sexp:                                             ; preds = %body64, %exit54
  %315 = phi <16 x float> [ zeroinitializer, %exit54 ], [ %354, %body64 ]
  %316 = phi <16 x float> [ zeroinitializer, %exit54 ], [ %336, %body64 ]
  %sexp67 = phi i32 [ 0, %exit54 ], [ %355, %body64 ]
  %317 = icmp slt i32 %sexp67, %90
  br i1 %317, label %body64, label %exit66

body64:                                           ; preds = %sexp
  %318 = zext nneg i32 %sexp67 to i64
  %319 = shl nuw nsw i64 %318, 7
  %320 = getelementptr i8, ptr %st133, i64 %319
  %321 = load <16 x float>, ptr %320, align 64
  %322 = fsub <16 x float> %321, %muse58
  %323 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %322, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %324 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %323, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %325 = fadd <16 x float> %324, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n68 = fadd <16 x float> %325, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f69 = fsub <16 x float> %324, %n68
  %326 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f69, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %327 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %326, <16 x float> %f69, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %328 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %327, <16 x float> %f69, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %329 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %328, <16 x float> %f69, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %330 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %329, <16 x float> %f69, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %331 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %330, <16 x float> %f69, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %332 = fptosi <16 x float> %n68 to <16 x i32>
  %333 = shl <16 x i32> %332, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %334 = add <16 x i32> %333, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %335 = bitcast <16 x i32> %334 to <16 x float>
  %exp270 = fmul <16 x float> %331, %335
  store <16 x float> %exp270, ptr %320, align 64
  %336 = fadd <16 x float> %316, %exp270
  %337 = or disjoint i64 %319, 64
  %338 = getelementptr i8, ptr %st133, i64 %337
  %339 = load <16 x float>, ptr %338, align 64
  %340 = fsub <16 x float> %339, %muse60
  %341 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %340, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %342 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %341, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %343 = fadd <16 x float> %342, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n71 = fadd <16 x float> %343, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f72 = fsub <16 x float> %342, %n71
  %344 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f72, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %345 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %344, <16 x float> %f72, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %346 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %345, <16 x float> %f72, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %347 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %346, <16 x float> %f72, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %348 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %347, <16 x float> %f72, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %349 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %348, <16 x float> %f72, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %350 = fptosi <16 x float> %n71 to <16 x i32>
  %351 = shl <16 x i32> %350, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %352 = add <16 x i32> %351, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %353 = bitcast <16 x i32> %352 to <16 x float>
  %exp273 = fmul <16 x float> %349, %353
  store <16 x float> %exp273, ptr %338, align 64
  %354 = fadd <16 x float> %315, %exp273
  %355 = add nuw nsw i32 %sexp67, 1
  br label %sexp

exit66:                                           ; preds = %sexp
  %356 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %86, <16 x float> %exp2, <16 x float> %316)
  %357 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %85, <16 x float> %exp263, <16 x float> %315)
  br label %pvblock

pvblock:                                          ; preds = %exit80, %exit66
  %pvblock77 = phi i32 [ 0, %exit66 ], [ %530, %exit80 ]
  %358 = icmp ult i32 %pvblock77, 8
  br i1 %358, label %body74, label %exit76

body74:                                           ; preds = %pvblock
  %359 = mul nuw nsw i32 %pvblock77, 10
  %360 = zext nneg i32 %359 to i64
  %361 = shl nuw nsw i64 %360, 7
  %362 = getelementptr i8, ptr %ot132, i64 %361
  %363 = load <16 x float>, ptr %362, align 64
  %364 = fmul <16 x float> %363, %exp2
  %365 = or disjoint i64 %361, 64
  %366 = getelementptr i8, ptr %ot132, i64 %365
  %367 = load <16 x float>, ptr %366, align 64
  %368 = fmul <16 x float> %367, %exp263
  %369 = or disjoint i64 %360, 1
  %370 = shl nuw nsw i64 %369, 7
  %371 = getelementptr i8, ptr %ot132, i64 %370
  %372 = load <16 x float>, ptr %371, align 64
  %373 = fmul <16 x float> %372, %exp2
  %374 = or disjoint i64 %370, 64
  %375 = getelementptr i8, ptr %ot132, i64 %374
  %376 = load <16 x float>, ptr %375, align 64
  %377 = fmul <16 x float> %376, %exp263
  %378 = add nuw nsw i64 %360, 2
  %379 = shl nuw nsw i64 %378, 7
  %380 = getelementptr i8, ptr %ot132, i64 %379
  %381 = load <16 x float>, ptr %380, align 64
  %382 = fmul <16 x float> %381, %exp2
  %383 = or disjoint i64 %379, 64
  %384 = getelementptr i8, ptr %ot132, i64 %383
  %385 = load <16 x float>, ptr %384, align 64
  %386 = fmul <16 x float> %385, %exp263
  %387 = add nuw nsw i64 %360, 3
  %388 = shl nuw nsw i64 %387, 7
  %389 = getelementptr i8, ptr %ot132, i64 %388
  %390 = load <16 x float>, ptr %389, align 64
  %391 = fmul <16 x float> %390, %exp2
  %392 = or disjoint i64 %388, 64
  %393 = getelementptr i8, ptr %ot132, i64 %392
  %394 = load <16 x float>, ptr %393, align 64
  %395 = fmul <16 x float> %394, %exp263
  %396 = add nuw nsw i64 %360, 4
  %397 = shl nuw nsw i64 %396, 7
  %398 = getelementptr i8, ptr %ot132, i64 %397
  %399 = load <16 x float>, ptr %398, align 64
  %400 = fmul <16 x float> %399, %exp2
  %401 = or disjoint i64 %397, 64
  %402 = getelementptr i8, ptr %ot132, i64 %401
  %403 = load <16 x float>, ptr %402, align 64
  %404 = fmul <16 x float> %403, %exp263
  %405 = add nuw nsw i64 %360, 5
  %406 = shl nuw nsw i64 %405, 7
  %407 = getelementptr i8, ptr %ot132, i64 %406
  %408 = load <16 x float>, ptr %407, align 64
  %409 = fmul <16 x float> %408, %exp2
  %410 = or disjoint i64 %406, 64
  %411 = getelementptr i8, ptr %ot132, i64 %410
  %412 = load <16 x float>, ptr %411, align 64
  %413 = fmul <16 x float> %412, %exp263
  %414 = add nuw nsw i64 %360, 6
  %415 = shl nuw nsw i64 %414, 7
  %416 = getelementptr i8, ptr %ot132, i64 %415
  %417 = load <16 x float>, ptr %416, align 64
  %418 = fmul <16 x float> %417, %exp2
  %419 = or disjoint i64 %415, 64
  %420 = getelementptr i8, ptr %ot132, i64 %419
  %421 = load <16 x float>, ptr %420, align 64
  %422 = fmul <16 x float> %421, %exp263
  %423 = add nuw nsw i64 %360, 7
  %424 = shl nuw nsw i64 %423, 7
  %425 = getelementptr i8, ptr %ot132, i64 %424
  %426 = load <16 x float>, ptr %425, align 64
  %427 = fmul <16 x float> %426, %exp2
  %428 = or disjoint i64 %424, 64
  %429 = getelementptr i8, ptr %ot132, i64 %428
  %430 = load <16 x float>, ptr %429, align 64
  %431 = fmul <16 x float> %430, %exp263
  %432 = add nuw nsw i64 %360, 8
  %433 = shl nuw nsw i64 %432, 7
  %434 = getelementptr i8, ptr %ot132, i64 %433
  %435 = load <16 x float>, ptr %434, align 64
  %436 = fmul <16 x float> %435, %exp2
  %437 = or disjoint i64 %433, 64
  %438 = getelementptr i8, ptr %ot132, i64 %437
  %439 = load <16 x float>, ptr %438, align 64
  %440 = fmul <16 x float> %439, %exp263
  %441 = add nuw nsw i64 %360, 9
  %442 = shl nuw nsw i64 %441, 7
  %443 = getelementptr i8, ptr %ot132, i64 %442
  %444 = load <16 x float>, ptr %443, align 64
  %445 = fmul <16 x float> %444, %exp2
  %446 = or disjoint i64 %442, 64
  %447 = getelementptr i8, ptr %ot132, i64 %446
  %448 = load <16 x float>, ptr %447, align 64
  %449 = fmul <16 x float> %448, %exp263
  %450 = shl nuw nsw i64 %360, 2
  %451 = shl nuw nsw i64 %369, 2
  %452 = shl nuw nsw i64 %378, 2
  %453 = shl nuw nsw i64 %387, 2
  %454 = shl nuw nsw i64 %396, 2
  %455 = shl nuw nsw i64 %405, 2
  %456 = shl nuw nsw i64 %414, 2
  %457 = shl nuw nsw i64 %423, 2
  %458 = shl nuw nsw i64 %432, 2
  %459 = shl nuw nsw i64 %441, 2
  br label %kpv

exit76:                                           ; preds = %pvblock
  %460 = add nsw i32 %ktile13, 144
  br label %ktile

kpv:                                              ; preds = %body78, %body74
  %461 = phi <16 x float> [ %449, %body74 ], [ %528, %body78 ]
  %462 = phi <16 x float> [ %445, %body74 ], [ %527, %body78 ]
  %463 = phi <16 x float> [ %440, %body74 ], [ %524, %body78 ]
  %464 = phi <16 x float> [ %436, %body74 ], [ %523, %body78 ]
  %465 = phi <16 x float> [ %431, %body74 ], [ %520, %body78 ]
  %466 = phi <16 x float> [ %427, %body74 ], [ %519, %body78 ]
  %467 = phi <16 x float> [ %422, %body74 ], [ %516, %body78 ]
  %468 = phi <16 x float> [ %418, %body74 ], [ %515, %body78 ]
  %469 = phi <16 x float> [ %413, %body74 ], [ %512, %body78 ]
  %470 = phi <16 x float> [ %409, %body74 ], [ %511, %body78 ]
  %471 = phi <16 x float> [ %404, %body74 ], [ %508, %body78 ]
  %472 = phi <16 x float> [ %400, %body74 ], [ %507, %body78 ]
  %473 = phi <16 x float> [ %395, %body74 ], [ %504, %body78 ]
  %474 = phi <16 x float> [ %391, %body74 ], [ %503, %body78 ]
  %475 = phi <16 x float> [ %386, %body74 ], [ %500, %body78 ]
  %476 = phi <16 x float> [ %382, %body74 ], [ %499, %body78 ]
  %477 = phi <16 x float> [ %377, %body74 ], [ %496, %body78 ]
  %478 = phi <16 x float> [ %373, %body74 ], [ %495, %body78 ]
  %479 = phi <16 x float> [ %368, %body74 ], [ %492, %body78 ]
  %480 = phi <16 x float> [ %364, %body74 ], [ %491, %body78 ]
  %kpv81 = phi i32 [ 0, %body74 ], [ %529, %body78 ]
  %481 = icmp slt i32 %kpv81, %90
  br i1 %481, label %body78, label %exit80

body78:                                           ; preds = %kpv
  %482 = zext nneg i32 %kpv81 to i64
  %483 = shl nuw nsw i64 %482, 7
  %484 = getelementptr i8, ptr %st133, i64 %483
  %p = load <16 x float>, ptr %484, align 64
  %485 = or disjoint i64 %483, 64
  %486 = getelementptr i8, ptr %st133, i64 %485
  %p82 = load <16 x float>, ptr %486, align 64
  %487 = mul nuw nsw i64 %482, 10240
  %488 = getelementptr i8, ptr %119, i64 %487
  %489 = getelementptr i8, ptr %488, i64 %450
  %v = load float, ptr %489, align 4
  %490 = insertelement <16 x float> poison, float %v, i64 0
  %splat83 = shufflevector <16 x float> %490, <16 x float> poison, <16 x i32> zeroinitializer
  %491 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat83, <16 x float> %480)
  %492 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p82, <16 x float> %splat83, <16 x float> %479)
  %493 = getelementptr i8, ptr %488, i64 %451
  %v84 = load float, ptr %493, align 4
  %494 = insertelement <16 x float> poison, float %v84, i64 0
  %splat85 = shufflevector <16 x float> %494, <16 x float> poison, <16 x i32> zeroinitializer
  %495 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat85, <16 x float> %478)
  %496 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p82, <16 x float> %splat85, <16 x float> %477)
  %497 = getelementptr i8, ptr %488, i64 %452
  %v86 = load float, ptr %497, align 4
  %498 = insertelement <16 x float> poison, float %v86, i64 0
  %splat87 = shufflevector <16 x float> %498, <16 x float> poison, <16 x i32> zeroinitializer
  %499 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat87, <16 x float> %476)
  %500 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p82, <16 x float> %splat87, <16 x float> %475)
  %501 = getelementptr i8, ptr %488, i64 %453
  %v88 = load float, ptr %501, align 4
  %502 = insertelement <16 x float> poison, float %v88, i64 0
  %splat89 = shufflevector <16 x float> %502, <16 x float> poison, <16 x i32> zeroinitializer
  %503 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat89, <16 x float> %474)
  %504 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p82, <16 x float> %splat89, <16 x float> %473)
  %505 = getelementptr i8, ptr %488, i64 %454
  %v90 = load float, ptr %505, align 4
  %506 = insertelement <16 x float> poison, float %v90, i64 0
  %splat91 = shufflevector <16 x float> %506, <16 x float> poison, <16 x i32> zeroinitializer
  %507 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat91, <16 x float> %472)
  %508 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p82, <16 x float> %splat91, <16 x float> %471)
  %509 = getelementptr i8, ptr %488, i64 %455
  %v92 = load float, ptr %509, align 4
  %510 = insertelement <16 x float> poison, float %v92, i64 0
  %splat93 = shufflevector <16 x float> %510, <16 x float> poison, <16 x i32> zeroinitializer
  %511 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat93, <16 x float> %470)
  %512 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p82, <16 x float> %splat93, <16 x float> %469)
  %513 = getelementptr i8, ptr %488, i64 %456
  %v94 = load float, ptr %513, align 4
  %514 = insertelement <16 x float> poison, float %v94, i64 0
  %splat95 = shufflevector <16 x float> %514, <16 x float> poison, <16 x i32> zeroinitializer
  %515 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat95, <16 x float> %468)
  %516 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p82, <16 x float> %splat95, <16 x float> %467)
  %517 = getelementptr i8, ptr %488, i64 %457
  %v96 = load float, ptr %517, align 4
  %518 = insertelement <16 x float> poison, float %v96, i64 0
  %splat97 = shufflevector <16 x float> %518, <16 x float> poison, <16 x i32> zeroinitializer
  %519 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat97, <16 x float> %466)
  %520 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p82, <16 x float> %splat97, <16 x float> %465)
  %521 = getelementptr i8, ptr %488, i64 %458
  %v98 = load float, ptr %521, align 4
  %522 = insertelement <16 x float> poison, float %v98, i64 0
  %splat99 = shufflevector <16 x float> %522, <16 x float> poison, <16 x i32> zeroinitializer
  %523 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat99, <16 x float> %464)
  %524 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p82, <16 x float> %splat99, <16 x float> %463)
  %525 = getelementptr i8, ptr %488, i64 %459
  %v100 = load float, ptr %525, align 4
  %526 = insertelement <16 x float> poison, float %v100, i64 0
  %splat101 = shufflevector <16 x float> %526, <16 x float> poison, <16 x i32> zeroinitializer
  %527 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat101, <16 x float> %462)
  %528 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p82, <16 x float> %splat101, <16 x float> %461)
  %529 = add nuw nsw i32 %kpv81, 1
  br label %kpv

exit80:                                           ; preds = %kpv
  store <16 x float> %480, ptr %362, align 64
  store <16 x float> %479, ptr %366, align 64
  store <16 x float> %478, ptr %371, align 64
  store <16 x float> %477, ptr %375, align 64
  store <16 x float> %476, ptr %380, align 64
  store <16 x float> %475, ptr %384, align 64
  store <16 x float> %474, ptr %389, align 64
  store <16 x float> %473, ptr %393, align 64
  store <16 x float> %472, ptr %398, align 64
  store <16 x float> %471, ptr %402, align 64
  store <16 x float> %470, ptr %407, align 64
  store <16 x float> %469, ptr %411, align 64
  store <16 x float> %468, ptr %416, align 64
  store <16 x float> %467, ptr %420, align 64
  store <16 x float> %466, ptr %425, align 64
  store <16 x float> %465, ptr %429, align 64
  store <16 x float> %464, ptr %434, align 64
  store <16 x float> %463, ptr %438, align 64
  store <16 x float> %462, ptr %443, align 64
  store <16 x float> %461, ptr %447, align 64
  %530 = add nuw nsw i32 %pvblock77, 1
  br label %pvblock

orow102:                                          ; preds = %written, %exit12
  %orow106 = phi i32 [ 0, %exit12 ], [ %579, %written ]
  %531 = icmp slt i32 %orow106, %nrows
  br i1 %531, label %body103, label %done

body103:                                          ; preds = %orow102
  %532 = zext nneg i32 %orow106 to i64
  %533 = getelementptr float, ptr %ms137, i64 %532
  %m107 = load float, ptr %533, align 4
  %534 = getelementptr float, ptr %ls136, i64 %532
  %l = load float, ptr %534, align 4
  %535 = shl nuw nsw i64 %532, 2
  %invariant.gep449 = getelementptr i8, ptr %ot132, i64 %535
  br label %otrow

otrow:                                            ; preds = %body108, %body103
  %otrow111 = phi i32 [ 0, %body103 ], [ %542, %body108 ]
  %536 = icmp ult i32 %otrow111, 80
  br i1 %536, label %body108, label %exit110

body108:                                          ; preds = %otrow
  %537 = zext nneg i32 %otrow111 to i64
  %538 = shl nuw nsw i64 %537, 7
  %gep450 = getelementptr i8, ptr %invariant.gep449, i64 %538
  %539 = load float, ptr %gep450, align 4
  %540 = shl nuw nsw i64 %537, 2
  %541 = getelementptr i8, ptr %rowbuf131, i64 %540
  store float %539, ptr %541, align 4
  %542 = add nuw nsw i32 %otrow111, 1
  br label %otrow

exit110:                                          ; preds = %otrow
  %543 = load <16 x float>, ptr %rowbuf131, align 64
  %544 = load <16 x float>, ptr %27, align 64
  %545 = load <16 x float>, ptr %28, align 64
  %546 = load <16 x float>, ptr %29, align 64
  %547 = load <16 x float>, ptr %30, align 64
  br i1 %.not, label %final, label %partial

partial:                                          ; preds = %exit110
  %.idx = mul nuw nsw i64 %532, 320
  %548 = getelementptr i8, ptr %part, i64 %.idx
  store <16 x float> %543, ptr %548, align 4
  %549 = getelementptr i8, ptr %548, i64 64
  store <16 x float> %544, ptr %549, align 4
  %550 = getelementptr i8, ptr %548, i64 128
  store <16 x float> %545, ptr %550, align 4
  %551 = getelementptr i8, ptr %548, i64 192
  store <16 x float> %546, ptr %551, align 4
  %552 = getelementptr i8, ptr %548, i64 256
  store <16 x float> %547, ptr %552, align 4
  %553 = add nuw nsw i64 %97, %532
  %554 = getelementptr float, ptr %part, i64 %553
  store float %m107, ptr %554, align 4
  %gep452 = getelementptr float, ptr %invariant.gep451, i64 %553
  store float %l, ptr %gep452, align 4
  br label %written

final:                                            ; preds = %exit110
  %555 = sdiv i32 %orow106, %nh
  %qi112 = add i32 %q_begin, %555
  %556 = srem i32 %orow106, %nh
  %h113 = add i32 %h_begin, %556
  %hq114 = add i32 %kv_head, %h113
  %557 = sext i32 %qi112 to i64
  %558 = add i64 %q_row0, %557
  %559 = shl i64 %558, 5
  %560 = sext i32 %hq114 to i64
  %orow115 = add i64 %559, %560
  %561 = fcmp oeq float %l, 0.000000e+00
  %562 = fdiv float 1.000000e+00, %l
  %563 = select i1 %561, float 0.000000e+00, float %562
  %564 = mul i64 %orow115, 320
  %565 = getelementptr i8, ptr %out, i64 %564
  %566 = insertelement <16 x float> poison, float %563, i64 0
  %splat116 = shufflevector <16 x float> %566, <16 x float> poison, <16 x i32> zeroinitializer
  %567 = fmul <16 x float> %543, %splat116
  store <16 x float> %567, ptr %565, align 4
  %568 = fmul <16 x float> %544, %splat116
  %569 = getelementptr i8, ptr %565, i64 64
  store <16 x float> %568, ptr %569, align 4
  %570 = fmul <16 x float> %545, %splat116
  %571 = getelementptr i8, ptr %565, i64 128
  store <16 x float> %570, ptr %571, align 4
  %572 = fmul <16 x float> %546, %splat116
  %573 = getelementptr i8, ptr %565, i64 192
  store <16 x float> %572, ptr %573, align 4
  %574 = fmul <16 x float> %547, %splat116
  %575 = getelementptr i8, ptr %565, i64 256
  store <16 x float> %574, ptr %575, align 4
  %576 = call float @llvm.log.f32(float %l)
  %577 = call float @llvm.fmuladd.f32(float %m107, float 0x3FE62E4300000000, float %576)
  %lse121 = select i1 %561, float 0xFFF0000000000000, float %577
  %578 = getelementptr float, ptr %lse, i64 %orow115
  store float %lse121, ptr %578, align 4
  br label %written

written:                                          ; preds = %final, %partial
  %579 = add nuw nsw i32 %orow106, 1
  br label %orow102
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
