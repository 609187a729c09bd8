; ModuleID = 'expr_prefix_lm'
source_filename = "expr_prefix_lm"
target triple = "x86_64-unknown-linux-gnu"

@expr_prefix_lm.name = private unnamed_addr constant [15 x i8] c"expr_prefix_lm\00"
@expr_prefix_lm.spec = private unnamed_addr constant [470 x i8] c"attncc: 1\0Aname: expr_prefix_lm\0Aphase: mixed\0Akind: self\0Aheads: {q: 32, kv: 8, dim: 128, v_dim: 128}\0Atypes: {q: f32, cache: f16, out: f32}\0Ascale: auto\0Acache: {store: kv, layout: contiguous, order: token_major, capacity: 4096, latent_dim: 0, rope_dim: 0, shared_across_layers: false}\0Amask: {causal: false, expr: \22kv_pos < prefix[b] || kv_pos <= q_pos\22}\0Aoutput: {lse: false}\0Aslim: {order: auto}\0Amodel: {layers: 1, d_model: 0}\0Atensors: {prefix: {shape: [batch], type: i32}}\0A\00"
@expr_prefix_lm.tensor.prefix = private unnamed_addr constant [7 x i8] c"prefix\00"
@expr_prefix_lm_tensors = internal constant [1 x { ptr, i32, i32, [4 x i32] }] [{ ptr, i32, i32, [4 x i32] } { ptr @expr_prefix_lm.tensor.prefix, i32 1, i32 1, [4 x i32] [i32 -1, i32 0, i32 0, i32 0] }], align 8
@expr_prefix_lm_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32, ptr, i32, i32, i32, i32, float, i32, i32, i32, i32, i32, ptr } { i32 7, i32 1, i64 5717538173235189727, ptr @expr_prefix_lm.name, ptr @expr_prefix_lm.spec, i32 32, i32 8, i32 128, i32 128, i32 0, i32 1, i32 0, i32 2, i32 0, i32 0, i32 4096, i32 0, i32 0, float 0x3FB6A09E60000000, i32 0, i32 0, i32 0, ptr null, i32 0, i32 0, i32 0, i32 0, float 0.000000e+00, i32 1, i32 0, i32 0, i32 0, i32 1, ptr @expr_prefix_lm_tensors }, align 8
@expr_prefix_lm_kernel = internal constant { ptr, ptr, i32, i32, i32, i32, i32, i32, ptr } { ptr @expr_prefix_lm_info_data, ptr @expr_prefix_lm_tile, i32 32, i32 4, i32 16, i32 256, i32 8, i32 128, ptr null }, align 8

; Function Attrs: nounwind
define internal void @expr_prefix_lm_tile_one(ptr %0, ptr %1) #0 {
entry:
  %muse = alloca [4 x float], align 64
  %lsum = alloca [4 x <16 x float>], align 64
  %smax = alloca [4 x <16 x float>], align 64
  %qpos = alloca [4 x i32], align 64
  %lims = alloca [4 x i32], align 64
  %alpha = alloca [4 x float], align 64
  %accs = alloca [512 x float], align 64
  %pbuf = alloca [256 x float], align 64
  %dbuf = alloca [256 x <16 x float>], align 64
  %qs = alloca [32 x <16 x float>], align 64
  %ls = alloca [4 x float], align 64
  %ms = alloca [4 x float], align 64
  %2 = getelementptr i8, ptr %0, i64 192
  %tensors = load ptr, ptr %2, align 8
  %prefix = load ptr, ptr %tensors, align 8
  %3 = getelementptr i8, ptr %0, i64 8
  %batch = load i32, ptr %3, align 4
  %q_row0 = load i64, ptr %1, align 4
  %4 = getelementptr i8, ptr %1, i64 8
  %seq = load i32, ptr %4, align 4
  %5 = getelementptr i8, ptr %1, i64 12
  %kv_head = load i32, ptr %5, align 4
  %6 = getelementptr i8, ptr %1, i64 16
  %h_begin = load i32, ptr %6, align 4
  %7 = getelementptr i8, ptr %1, i64 20
  %h_end = load i32, ptr %7, align 4
  %nh = sub i32 %h_end, %h_begin
  %8 = getelementptr i8, ptr %1, i64 24
  %q_begin = load i32, ptr %8, align 4
  %9 = getelementptr i8, ptr %1, i64 28
  %q_end = load i32, ptr %9, align 4
  %10 = sub i32 %q_end, %q_begin
  %nrows = mul i32 %10, %nh
  %11 = getelementptr i8, ptr %1, i64 32
  %q_pos0 = load i32, ptr %11, align 4
  %12 = getelementptr i8, ptr %1, i64 36
  %k_begin = load i32, ptr %12, align 4
  %13 = getelementptr i8, ptr %1, i64 40
  %k_end = load i32, ptr %13, align 4
  %14 = getelementptr i8, ptr %1, i64 44
  %15 = getelementptr i8, ptr %1, i64 48
  %part = load ptr, ptr %15, align 8
  %16 = getelementptr i8, ptr %0, i64 32
  %q = load ptr, ptr %16, align 8
  %17 = getelementptr i8, ptr %0, i64 40
  %out = load ptr, ptr %17, align 8
  %18 = getelementptr i8, ptr %0, i64 48
  %19 = getelementptr i8, ptr %0, i64 56
  %k_cache = load ptr, ptr %19, align 8
  %20 = sext i32 %seq to i64
  %21 = mul i64 %20, 8388608
  %22 = getelementptr i8, ptr %k_cache, i64 %21
  %23 = sext i32 %kv_head to i64
  %24 = getelementptr i8, ptr %0, i64 64
  %v_cache = load ptr, ptr %24, align 8
  %25 = getelementptr i8, ptr %v_cache, i64 %21
  %26 = icmp sgt i32 %nrows, 0
  br i1 %26, label %rinit, label %done

done:                                             ; preds = %orow152, %entry
  ret void

rinit:                                            ; preds = %entry, %exit9
  %rinit1 = phi i32 [ %66, %exit9 ], [ 0, %entry ]
  %27 = icmp slt i32 %rinit1, 4
  br i1 %27, label %body, label %exit

body:                                             ; preds = %rinit
  %28 = sext i32 %rinit1 to i64
  %29 = mul i64 %28, 8
  %30 = getelementptr <16 x float>, ptr %qs, i64 %29
  %31 = icmp slt i32 %rinit1, %nrows
  %32 = sub i32 %nrows, 1
  %33 = call i32 @llvm.smin.i32(i32 %rinit1, i32 %32)
  %34 = sdiv i32 %33, %nh
  %qi = add i32 %q_begin, %34
  %35 = srem i32 %33, %nh
  %36 = add i32 %h_begin, %35
  %37 = mul i32 %kv_head, 4
  %hq = add i32 %37, %36
  %38 = sext i32 %qi to i64
  %39 = add i64 %q_row0, %38
  %40 = mul i64 %39, 32
  %41 = sext i32 %hq to i64
  %orow = add i64 %40, %41
  %42 = mul i64 %orow, 512
  %43 = getelementptr i8, ptr %q, i64 %42
  %44 = select i1 %31, float 0x3FC0527DC0000000, float 0.000000e+00
  %45 = insertelement <16 x float> poison, float %44, i32 0
  %splat = shufflevector <16 x float> %45, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

exit:                                             ; preds = %rinit
  %46 = sub i32 %nrows, 1
  %47 = sext i32 %46 to i64
  %48 = getelementptr i32, ptr %lims, i64 %47
  %fact = load i32, ptr %48, align 4
  %k_last = sub i32 %fact, 1
  br label %kblock

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %55, %body2 ]
  %49 = icmp slt i64 %chunk5, 8
  br i1 %49, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %50 = mul i64 %chunk5, 64
  %51 = getelementptr i8, ptr %43, i64 %50
  %52 = load <16 x float>, ptr %51, align 4
  %53 = fmul <16 x float> %52, %splat
  %54 = getelementptr <16 x float>, ptr %30, i64 %chunk5
  store <16 x float> %53, ptr %54, align 64
  %55 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %56 = getelementptr float, ptr %ms, i64 %28
  store float 0xFFF0000000000000, ptr %56, align 4
  %57 = getelementptr float, ptr %ls, i64 %28
  store float 0.000000e+00, ptr %57, align 4
  %58 = getelementptr i32, ptr %lims, i64 %28
  store i32 %k_end, ptr %58, align 4
  %59 = getelementptr i32, ptr %qpos, i64 %28
  %qpos6 = add i32 %q_pos0, %qi
  store i32 %qpos6, ptr %59, align 4
  br label %acczero

acczero:                                          ; preds = %body7, %exit4
  %acczero10 = phi i64 [ 0, %exit4 ], [ %65, %body7 ]
  %60 = icmp slt i64 %acczero10, 8
  br i1 %60, label %body7, label %exit9

body7:                                            ; preds = %acczero
  %61 = mul i64 %acczero10, 16
  %62 = mul i64 %28, 128
  %63 = add i64 %62, %61
  %64 = getelementptr float, ptr %accs, i64 %63
  store <16 x float> zeroinitializer, ptr %64, align 64
  %65 = add nsw i64 %acczero10, 1
  br label %acczero

exit9:                                            ; preds = %acczero
  %66 = add nsw i32 %rinit1, 1
  br label %rinit

kblock:                                           ; preds = %exit135, %exit
  %kblock14 = phi i32 [ %k_begin, %exit ], [ %715, %exit135 ]
  %67 = icmp slt i32 %kblock14, %fact
  br i1 %67, label %body11, label %orow152

body11:                                           ; preds = %kblock
  %68 = add i32 %kblock14, 63
  %69 = call i32 @llvm.smin.i32(i32 %68, i32 %k_last)
  %70 = mul i32 %kv_head, 4
  %hq15 = add i32 %70, %h_begin
  %qpos16 = add i32 %q_pos0, %q_begin
  %71 = sub i32 %nh, 1
  %72 = sdiv i32 %46, %nh
  %73 = add i32 %q_begin, %72
  %qpos17 = add i32 %q_pos0, %73
  %74 = sext i32 %kblock14 to i64
  %75 = sext i32 %69 to i64
  %76 = icmp eq i64 %74, -2147483648
  %77 = icmp eq i64 %74, %75
  %78 = sext i32 %qpos16 to i64
  %79 = sext i32 %qpos17 to i64
  %80 = icmp sle i64 %78, %75
  %81 = icmp sle i64 %74, %79
  %82 = icmp eq i64 %74, %78
  %83 = icmp eq i64 %78, %79
  %84 = and i1 %77, %83
  %85 = icmp slt i64 %78, %75
  %86 = add i32 %kblock14, 64
  br label %kdot

kdot:                                             ; preds = %body18, %body11
  %kdot21 = phi i32 [ 0, %body11 ], [ %278, %body18 ]
  %87 = icmp slt i32 %kdot21, 64
  br i1 %87, label %body18, label %score

body18:                                           ; preds = %kdot
  %88 = add i32 %kblock14, %kdot21
  %89 = call i32 @llvm.smin.i32(i32 %88, i32 %k_last)
  %90 = sext i32 %89 to i64
  %91 = mul i64 %90, 8
  %row = add i64 %23, %91
  %92 = mul i64 %row, 256
  %93 = getelementptr i8, ptr %22, i64 %92
  %94 = add i32 %89, 16
  %95 = call i32 @llvm.smin.i32(i32 %94, i32 %k_last)
  %96 = sext i32 %95 to i64
  %97 = mul i64 %96, 8
  %row22 = add i64 %23, %97
  %98 = mul i64 %row22, 256
  %99 = getelementptr i8, ptr %22, i64 %98
  call void @llvm.prefetch.p0(ptr %99, i32 0, i32 3, i32 1)
  %100 = getelementptr i8, ptr %99, i64 64
  call void @llvm.prefetch.p0(ptr %100, i32 0, i32 3, i32 1)
  %101 = getelementptr i8, ptr %99, i64 128
  call void @llvm.prefetch.p0(ptr %101, i32 0, i32 3, i32 1)
  %102 = getelementptr i8, ptr %99, i64 192
  call void @llvm.prefetch.p0(ptr %102, i32 0, i32 3, i32 1)
  %103 = add i32 %86, %kdot21
  %104 = call i32 @llvm.smin.i32(i32 %103, i32 %k_last)
  %105 = sext i32 %104 to i64
  %106 = mul i64 %105, 8
  %row23 = add i64 %23, %106
  %107 = mul i64 %row23, 256
  %108 = getelementptr i8, ptr %22, i64 %107
  call void @llvm.prefetch.p0(ptr %108, i32 0, i32 2, i32 1)
  %109 = getelementptr i8, ptr %108, i64 64
  call void @llvm.prefetch.p0(ptr %109, i32 0, i32 2, i32 1)
  %110 = getelementptr i8, ptr %108, i64 128
  call void @llvm.prefetch.p0(ptr %110, i32 0, i32 2, i32 1)
  %111 = getelementptr i8, ptr %108, i64 192
  call void @llvm.prefetch.p0(ptr %111, i32 0, i32 2, i32 1)
  %112 = add i32 %kdot21, 1
  %113 = add i32 %kblock14, %112
  %114 = call i32 @llvm.smin.i32(i32 %113, i32 %k_last)
  %115 = sext i32 %114 to i64
  %116 = mul i64 %115, 8
  %row24 = add i64 %23, %116
  %117 = mul i64 %row24, 256
  %118 = getelementptr i8, ptr %22, i64 %117
  %119 = add i32 %114, 16
  %120 = call i32 @llvm.smin.i32(i32 %119, i32 %k_last)
  %121 = sext i32 %120 to i64
  %122 = mul i64 %121, 8
  %row25 = add i64 %23, %122
  %123 = mul i64 %row25, 256
  %124 = getelementptr i8, ptr %22, i64 %123
  call void @llvm.prefetch.p0(ptr %124, i32 0, i32 3, i32 1)
  %125 = getelementptr i8, ptr %124, i64 64
  call void @llvm.prefetch.p0(ptr %125, i32 0, i32 3, i32 1)
  %126 = getelementptr i8, ptr %124, i64 128
  call void @llvm.prefetch.p0(ptr %126, i32 0, i32 3, i32 1)
  %127 = getelementptr i8, ptr %124, i64 192
  call void @llvm.prefetch.p0(ptr %127, i32 0, i32 3, i32 1)
  %128 = add i32 %86, %112
  %129 = call i32 @llvm.smin.i32(i32 %128, i32 %k_last)
  %130 = sext i32 %129 to i64
  %131 = mul i64 %130, 8
  %row26 = add i64 %23, %131
  %132 = mul i64 %row26, 256
  %133 = getelementptr i8, ptr %22, i64 %132
  call void @llvm.prefetch.p0(ptr %133, i32 0, i32 2, i32 1)
  %134 = getelementptr i8, ptr %133, i64 64
  call void @llvm.prefetch.p0(ptr %134, i32 0, i32 2, i32 1)
  %135 = getelementptr i8, ptr %133, i64 128
  call void @llvm.prefetch.p0(ptr %135, i32 0, i32 2, i32 1)
  %136 = getelementptr i8, ptr %133, i64 192
  call void @llvm.prefetch.p0(ptr %136, i32 0, i32 2, i32 1)
  %q27 = load <16 x float>, ptr %qs, align 64
  %137 = load <16 x half>, ptr %93, align 2
  %f16 = fpext <16 x half> %137 to <16 x float>
  %138 = load <16 x half>, ptr %118, align 2
  %f1628 = fpext <16 x half> %138 to <16 x float>
  %139 = fmul <16 x float> %q27, %f16
  %140 = fmul <16 x float> %q27, %f1628
  %141 = getelementptr <16 x float>, ptr %qs, i64 8
  %q29 = load <16 x float>, ptr %141, align 64
  %142 = fmul <16 x float> %q29, %f16
  %143 = fmul <16 x float> %q29, %f1628
  %144 = getelementptr <16 x float>, ptr %qs, i64 16
  %q30 = load <16 x float>, ptr %144, align 64
  %145 = fmul <16 x float> %q30, %f16
  %146 = fmul <16 x float> %q30, %f1628
  %147 = getelementptr <16 x float>, ptr %qs, i64 24
  %q31 = load <16 x float>, ptr %147, align 64
  %148 = fmul <16 x float> %q31, %f16
  %149 = fmul <16 x float> %q31, %f1628
  %150 = getelementptr <16 x float>, ptr %qs, i64 1
  %q32 = load <16 x float>, ptr %150, align 64
  %151 = getelementptr i8, ptr %93, i64 32
  %152 = load <16 x half>, ptr %151, align 2
  %f1633 = fpext <16 x half> %152 to <16 x float>
  %153 = getelementptr i8, ptr %118, i64 32
  %154 = load <16 x half>, ptr %153, align 2
  %f1634 = fpext <16 x half> %154 to <16 x float>
  %155 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %f1633, <16 x float> %139)
  %156 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %f1634, <16 x float> %140)
  %157 = getelementptr <16 x float>, ptr %qs, i64 9
  %q35 = load <16 x float>, ptr %157, align 64
  %158 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %f1633, <16 x float> %142)
  %159 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %f1634, <16 x float> %143)
  %160 = getelementptr <16 x float>, ptr %qs, i64 17
  %q36 = load <16 x float>, ptr %160, align 64
  %161 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %f1633, <16 x float> %145)
  %162 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %f1634, <16 x float> %146)
  %163 = getelementptr <16 x float>, ptr %qs, i64 25
  %q37 = load <16 x float>, ptr %163, align 64
  %164 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %f1633, <16 x float> %148)
  %165 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %f1634, <16 x float> %149)
  %166 = getelementptr <16 x float>, ptr %qs, i64 2
  %q38 = load <16 x float>, ptr %166, align 64
  %167 = getelementptr i8, ptr %93, i64 64
  %168 = load <16 x half>, ptr %167, align 2
  %f1639 = fpext <16 x half> %168 to <16 x float>
  %169 = getelementptr i8, ptr %118, i64 64
  %170 = load <16 x half>, ptr %169, align 2
  %f1640 = fpext <16 x half> %170 to <16 x float>
  %171 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q38, <16 x float> %f1639, <16 x float> %155)
  %172 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q38, <16 x float> %f1640, <16 x float> %156)
  %173 = getelementptr <16 x float>, ptr %qs, i64 10
  %q41 = load <16 x float>, ptr %173, align 64
  %174 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q41, <16 x float> %f1639, <16 x float> %158)
  %175 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q41, <16 x float> %f1640, <16 x float> %159)
  %176 = getelementptr <16 x float>, ptr %qs, i64 18
  %q42 = load <16 x float>, ptr %176, align 64
  %177 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q42, <16 x float> %f1639, <16 x float> %161)
  %178 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q42, <16 x float> %f1640, <16 x float> %162)
  %179 = getelementptr <16 x float>, ptr %qs, i64 26
  %q43 = load <16 x float>, ptr %179, align 64
  %180 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q43, <16 x float> %f1639, <16 x float> %164)
  %181 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q43, <16 x float> %f1640, <16 x float> %165)
  %182 = getelementptr <16 x float>, ptr %qs, i64 3
  %q44 = load <16 x float>, ptr %182, align 64
  %183 = getelementptr i8, ptr %93, i64 96
  %184 = load <16 x half>, ptr %183, align 2
  %f1645 = fpext <16 x half> %184 to <16 x float>
  %185 = getelementptr i8, ptr %118, i64 96
  %186 = load <16 x half>, ptr %185, align 2
  %f1646 = fpext <16 x half> %186 to <16 x float>
  %187 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q44, <16 x float> %f1645, <16 x float> %171)
  %188 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q44, <16 x float> %f1646, <16 x float> %172)
  %189 = getelementptr <16 x float>, ptr %qs, i64 11
  %q47 = load <16 x float>, ptr %189, align 64
  %190 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q47, <16 x float> %f1645, <16 x float> %174)
  %191 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q47, <16 x float> %f1646, <16 x float> %175)
  %192 = getelementptr <16 x float>, ptr %qs, i64 19
  %q48 = load <16 x float>, ptr %192, align 64
  %193 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q48, <16 x float> %f1645, <16 x float> %177)
  %194 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q48, <16 x float> %f1646, <16 x float> %178)
  %195 = getelementptr <16 x float>, ptr %qs, i64 27
  %q49 = load <16 x float>, ptr %195, align 64
  %196 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q49, <16 x float> %f1645, <16 x float> %180)
  %197 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q49, <16 x float> %f1646, <16 x float> %181)
  %198 = getelementptr <16 x float>, ptr %qs, i64 4
  %q50 = load <16 x float>, ptr %198, align 64
  %199 = getelementptr i8, ptr %93, i64 128
  %200 = load <16 x half>, ptr %199, align 2
  %f1651 = fpext <16 x half> %200 to <16 x float>
  %201 = getelementptr i8, ptr %118, i64 128
  %202 = load <16 x half>, ptr %201, align 2
  %f1652 = fpext <16 x half> %202 to <16 x float>
  %203 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q50, <16 x float> %f1651, <16 x float> %187)
  %204 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q50, <16 x float> %f1652, <16 x float> %188)
  %205 = getelementptr <16 x float>, ptr %qs, i64 12
  %q53 = load <16 x float>, ptr %205, align 64
  %206 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q53, <16 x float> %f1651, <16 x float> %190)
  %207 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q53, <16 x float> %f1652, <16 x float> %191)
  %208 = getelementptr <16 x float>, ptr %qs, i64 20
  %q54 = load <16 x float>, ptr %208, align 64
  %209 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q54, <16 x float> %f1651, <16 x float> %193)
  %210 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q54, <16 x float> %f1652, <16 x float> %194)
  %211 = getelementptr <16 x float>, ptr %qs, i64 28
  %q55 = load <16 x float>, ptr %211, align 64
  %212 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q55, <16 x float> %f1651, <16 x float> %196)
  %213 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q55, <16 x float> %f1652, <16 x float> %197)
  %214 = getelementptr <16 x float>, ptr %qs, i64 5
  %q56 = load <16 x float>, ptr %214, align 64
  %215 = getelementptr i8, ptr %93, i64 160
  %216 = load <16 x half>, ptr %215, align 2
  %f1657 = fpext <16 x half> %216 to <16 x float>
  %217 = getelementptr i8, ptr %118, i64 160
  %218 = load <16 x half>, ptr %217, align 2
  %f1658 = fpext <16 x half> %218 to <16 x float>
  %219 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q56, <16 x float> %f1657, <16 x float> %203)
  %220 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q56, <16 x float> %f1658, <16 x float> %204)
  %221 = getelementptr <16 x float>, ptr %qs, i64 13
  %q59 = load <16 x float>, ptr %221, align 64
  %222 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q59, <16 x float> %f1657, <16 x float> %206)
  %223 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q59, <16 x float> %f1658, <16 x float> %207)
  %224 = getelementptr <16 x float>, ptr %qs, i64 21
  %q60 = load <16 x float>, ptr %224, align 64
  %225 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q60, <16 x float> %f1657, <16 x float> %209)
  %226 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q60, <16 x float> %f1658, <16 x float> %210)
  %227 = getelementptr <16 x float>, ptr %qs, i64 29
  %q61 = load <16 x float>, ptr %227, align 64
  %228 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q61, <16 x float> %f1657, <16 x float> %212)
  %229 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q61, <16 x float> %f1658, <16 x float> %213)
  %230 = getelementptr <16 x float>, ptr %qs, i64 6
  %q62 = load <16 x float>, ptr %230, align 64
  %231 = getelementptr i8, ptr %93, i64 192
  %232 = load <16 x half>, ptr %231, align 2
  %f1663 = fpext <16 x half> %232 to <16 x float>
  %233 = getelementptr i8, ptr %118, i64 192
  %234 = load <16 x half>, ptr %233, align 2
  %f1664 = fpext <16 x half> %234 to <16 x float>
  %235 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q62, <16 x float> %f1663, <16 x float> %219)
  %236 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q62, <16 x float> %f1664, <16 x float> %220)
  %237 = getelementptr <16 x float>, ptr %qs, i64 14
  %q65 = load <16 x float>, ptr %237, align 64
  %238 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q65, <16 x float> %f1663, <16 x float> %222)
  %239 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q65, <16 x float> %f1664, <16 x float> %223)
  %240 = getelementptr <16 x float>, ptr %qs, i64 22
  %q66 = load <16 x float>, ptr %240, align 64
  %241 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q66, <16 x float> %f1663, <16 x float> %225)
  %242 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q66, <16 x float> %f1664, <16 x float> %226)
  %243 = getelementptr <16 x float>, ptr %qs, i64 30
  %q67 = load <16 x float>, ptr %243, align 64
  %244 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q67, <16 x float> %f1663, <16 x float> %228)
  %245 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q67, <16 x float> %f1664, <16 x float> %229)
  %246 = getelementptr <16 x float>, ptr %qs, i64 7
  %q68 = load <16 x float>, ptr %246, align 64
  %247 = getelementptr i8, ptr %93, i64 224
  %248 = load <16 x half>, ptr %247, align 2
  %f1669 = fpext <16 x half> %248 to <16 x float>
  %249 = getelementptr i8, ptr %118, i64 224
  %250 = load <16 x half>, ptr %249, align 2
  %f1670 = fpext <16 x half> %250 to <16 x float>
  %251 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q68, <16 x float> %f1669, <16 x float> %235)
  %252 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q68, <16 x float> %f1670, <16 x float> %236)
  %253 = getelementptr <16 x float>, ptr %qs, i64 15
  %q71 = load <16 x float>, ptr %253, align 64
  %254 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q71, <16 x float> %f1669, <16 x float> %238)
  %255 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q71, <16 x float> %f1670, <16 x float> %239)
  %256 = getelementptr <16 x float>, ptr %qs, i64 23
  %q72 = load <16 x float>, ptr %256, align 64
  %257 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q72, <16 x float> %f1669, <16 x float> %241)
  %258 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q72, <16 x float> %f1670, <16 x float> %242)
  %259 = getelementptr <16 x float>, ptr %qs, i64 31
  %q73 = load <16 x float>, ptr %259, align 64
  %260 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q73, <16 x float> %f1669, <16 x float> %244)
  %261 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q73, <16 x float> %f1670, <16 x float> %245)
  %262 = sext i32 %kdot21 to i64
  %263 = getelementptr <16 x float>, ptr %dbuf, i64 %262
  store <16 x float> %251, ptr %263, align 64
  %264 = sext i32 %112 to i64
  %265 = getelementptr <16 x float>, ptr %dbuf, i64 %264
  store <16 x float> %252, ptr %265, align 64
  %266 = add i64 64, %262
  %267 = getelementptr <16 x float>, ptr %dbuf, i64 %266
  store <16 x float> %254, ptr %267, align 64
  %268 = add i64 64, %264
  %269 = getelementptr <16 x float>, ptr %dbuf, i64 %268
  store <16 x float> %255, ptr %269, align 64
  %270 = add i64 128, %262
  %271 = getelementptr <16 x float>, ptr %dbuf, i64 %270
  store <16 x float> %257, ptr %271, align 64
  %272 = add i64 128, %264
  %273 = getelementptr <16 x float>, ptr %dbuf, i64 %272
  store <16 x float> %258, ptr %273, align 64
  %274 = add i64 192, %262
  %275 = getelementptr <16 x float>, ptr %dbuf, i64 %274
  store <16 x float> %260, ptr %275, align 64
  %276 = add i64 192, %264
  %277 = getelementptr <16 x float>, ptr %dbuf, i64 %276
  store <16 x float> %261, ptr %277, align 64
  %278 = add nsw i32 %kdot21, 2
  br label %kdot

score:                                            ; preds = %kdot, %body74
  %score77 = phi i64 [ %406, %body74 ], [ 0, %kdot ]
  %279 = icmp slt i64 %score77, 16
  br i1 %279, label %body74, label %rmax

body74:                                           ; preds = %score
  %280 = sdiv i64 %score77, 4
  %281 = srem i64 %score77, 4
  %282 = mul i64 %281, 16
  %283 = mul i64 %280, 64
  %284 = add i64 %283, %282
  %285 = getelementptr <16 x float>, ptr %dbuf, i64 %284
  %286 = load <16 x float>, ptr %285, align 64
  %287 = add i64 %284, 1
  %288 = getelementptr <16 x float>, ptr %dbuf, i64 %287
  %289 = load <16 x float>, ptr %288, align 64
  %290 = shufflevector <16 x float> %286, <16 x float> %289, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %291 = shufflevector <16 x float> %286, <16 x float> %289, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %292 = fadd <16 x float> %290, %291
  %293 = add i64 %284, 2
  %294 = getelementptr <16 x float>, ptr %dbuf, i64 %293
  %295 = load <16 x float>, ptr %294, align 64
  %296 = add i64 %284, 3
  %297 = getelementptr <16 x float>, ptr %dbuf, i64 %296
  %298 = load <16 x float>, ptr %297, align 64
  %299 = shufflevector <16 x float> %295, <16 x float> %298, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %300 = shufflevector <16 x float> %295, <16 x float> %298, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %301 = fadd <16 x float> %299, %300
  %302 = shufflevector <16 x float> %292, <16 x float> %301, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %303 = shufflevector <16 x float> %292, <16 x float> %301, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %304 = fadd <16 x float> %302, %303
  %305 = add i64 %284, 4
  %306 = getelementptr <16 x float>, ptr %dbuf, i64 %305
  %307 = load <16 x float>, ptr %306, align 64
  %308 = add i64 %284, 5
  %309 = getelementptr <16 x float>, ptr %dbuf, i64 %308
  %310 = load <16 x float>, ptr %309, align 64
  %311 = shufflevector <16 x float> %307, <16 x float> %310, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %312 = shufflevector <16 x float> %307, <16 x float> %310, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %313 = fadd <16 x float> %311, %312
  %314 = add i64 %284, 6
  %315 = getelementptr <16 x float>, ptr %dbuf, i64 %314
  %316 = load <16 x float>, ptr %315, align 64
  %317 = add i64 %284, 7
  %318 = getelementptr <16 x float>, ptr %dbuf, i64 %317
  %319 = load <16 x float>, ptr %318, align 64
  %320 = shufflevector <16 x float> %316, <16 x float> %319, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %321 = shufflevector <16 x float> %316, <16 x float> %319, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %322 = fadd <16 x float> %320, %321
  %323 = shufflevector <16 x float> %313, <16 x float> %322, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %324 = shufflevector <16 x float> %313, <16 x float> %322, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %325 = fadd <16 x float> %323, %324
  %326 = shufflevector <16 x float> %304, <16 x float> %325, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %327 = shufflevector <16 x float> %304, <16 x float> %325, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %328 = fadd <16 x float> %326, %327
  %329 = add i64 %284, 8
  %330 = getelementptr <16 x float>, ptr %dbuf, i64 %329
  %331 = load <16 x float>, ptr %330, align 64
  %332 = add i64 %284, 9
  %333 = getelementptr <16 x float>, ptr %dbuf, i64 %332
  %334 = load <16 x float>, ptr %333, align 64
  %335 = shufflevector <16 x float> %331, <16 x float> %334, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %336 = shufflevector <16 x float> %331, <16 x float> %334, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %337 = fadd <16 x float> %335, %336
  %338 = add i64 %284, 10
  %339 = getelementptr <16 x float>, ptr %dbuf, i64 %338
  %340 = load <16 x float>, ptr %339, align 64
  %341 = add i64 %284, 11
  %342 = getelementptr <16 x float>, ptr %dbuf, i64 %341
  %343 = load <16 x float>, ptr %342, align 64
  %344 = shufflevector <16 x float> %340, <16 x float> %343, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %345 = shufflevector <16 x float> %340, <16 x float> %343, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %346 = fadd <16 x float> %344, %345
  %347 = shufflevector <16 x float> %337, <16 x float> %346, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %348 = shufflevector <16 x float> %337, <16 x float> %346, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %349 = fadd <16 x float> %347, %348
  %350 = add i64 %284, 12
  %351 = getelementptr <16 x float>, ptr %dbuf, i64 %350
  %352 = load <16 x float>, ptr %351, align 64
  %353 = add i64 %284, 13
  %354 = getelementptr <16 x float>, ptr %dbuf, i64 %353
  %355 = load <16 x float>, ptr %354, align 64
  %356 = shufflevector <16 x float> %352, <16 x float> %355, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %357 = shufflevector <16 x float> %352, <16 x float> %355, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %358 = fadd <16 x float> %356, %357
  %359 = add i64 %284, 14
  %360 = getelementptr <16 x float>, ptr %dbuf, i64 %359
  %361 = load <16 x float>, ptr %360, align 64
  %362 = add i64 %284, 15
  %363 = getelementptr <16 x float>, ptr %dbuf, i64 %362
  %364 = load <16 x float>, ptr %363, align 64
  %365 = shufflevector <16 x float> %361, <16 x float> %364, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %366 = shufflevector <16 x float> %361, <16 x float> %364, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %367 = fadd <16 x float> %365, %366
  %368 = shufflevector <16 x float> %358, <16 x float> %367, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %369 = shufflevector <16 x float> %358, <16 x float> %367, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %370 = fadd <16 x float> %368, %369
  %371 = shufflevector <16 x float> %349, <16 x float> %370, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %372 = shufflevector <16 x float> %349, <16 x float> %370, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %373 = fadd <16 x float> %371, %372
  %374 = shufflevector <16 x float> %328, <16 x float> %373, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %375 = shufflevector <16 x float> %328, <16 x float> %373, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %376 = fadd <16 x float> %374, %375
  %377 = getelementptr i32, ptr %lims, i64 %280
  %378 = load i32, ptr %377, align 4
  %379 = insertelement <16 x i32> poison, i32 %378, i32 0
  %splat78 = shufflevector <16 x i32> %379, <16 x i32> poison, <16 x i32> zeroinitializer
  %380 = getelementptr i32, ptr %qpos, i64 %280
  %381 = load i32, ptr %380, align 4
  %382 = insertelement <16 x i32> poison, i32 %381, i32 0
  %splat79 = shufflevector <16 x i32> %382, <16 x i32> poison, <16 x i32> zeroinitializer
  %383 = insertelement <16 x i32> poison, i32 %seq, i32 0
  %splat80 = shufflevector <16 x i32> %383, <16 x i32> poison, <16 x i32> zeroinitializer
  %384 = trunc i64 %282 to i32
  %385 = add i32 %kblock14, %384
  %386 = insertelement <16 x i32> poison, i32 %385, i32 0
  %splat81 = shufflevector <16 x i32> %386, <16 x i32> poison, <16 x i32> zeroinitializer
  %387 = add <16 x i32> %splat81, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %388 = icmp slt <16 x i32> %387, %splat78
  %389 = insertelement <16 x i32> poison, i32 %batch, i32 0
  %splat82 = shufflevector <16 x i32> %389, <16 x i32> poison, <16 x i32> zeroinitializer
  %390 = sub <16 x i32> %splat82, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %391 = call <16 x i32> @llvm.smin.v16i32(<16 x i32> %splat80, <16 x i32> %390)
  %392 = call <16 x i32> @llvm.smax.v16i32(<16 x i32> %391, <16 x i32> zeroinitializer)
  %393 = extractelement <16 x i32> %392, i32 0
  %394 = getelementptr i32, ptr %prefix, i32 %393
  %prefix83 = load i32, ptr %394, align 4
  %395 = insertelement <16 x i32> poison, i32 %prefix83, i32 0
  %splat84 = shufflevector <16 x i32> %395, <16 x i32> poison, <16 x i32> zeroinitializer
  %396 = icmp slt <16 x i32> %387, %splat84
  %397 = icmp sle <16 x i32> %387, %splat79
  %398 = or <16 x i1> %396, %397
  %mask_expr = and <16 x i1> %388, %398
  %399 = select <16 x i1> %mask_expr, <16 x float> %376, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %400 = getelementptr float, ptr %pbuf, i64 %284
  store <16 x float> %399, ptr %400, align 64
  %401 = getelementptr <16 x float>, ptr %smax, i64 %280
  %402 = icmp eq i64 %281, 0
  %403 = load <16 x float>, ptr %401, align 64
  %404 = select i1 %402, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <16 x float> %403
  %405 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %404, <16 x float> %399)
  store <16 x float> %405, ptr %401, align 64
  %406 = add nsw i64 %score77, 1
  br label %score

rmax:                                             ; preds = %score, %body85
  %rmax88 = phi i64 [ %443, %body85 ], [ 0, %score ]
  %407 = icmp slt i64 %rmax88, 4
  br i1 %407, label %body85, label %pexp

body85:                                           ; preds = %rmax
  %408 = getelementptr float, ptr %ms, i64 %rmax88
  %m = load float, ptr %408, align 4
  %409 = getelementptr <16 x float>, ptr %smax, i64 %rmax88
  %410 = load <16 x float>, ptr %409, align 64
  %411 = shufflevector <16 x float> %410, <16 x float> undef, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %412 = shufflevector <16 x float> %410, <16 x float> undef, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %413 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %411, <8 x float> %412)
  %414 = shufflevector <8 x float> %413, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %415 = shufflevector <8 x float> %413, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %416 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %414, <4 x float> %415)
  %417 = shufflevector <4 x float> %416, <4 x float> undef, <2 x i32> <i32 0, i32 1>
  %418 = shufflevector <4 x float> %416, <4 x float> undef, <2 x i32> <i32 2, i32 3>
  %419 = call <2 x float> @llvm.maxnum.v2f32(<2 x float> %417, <2 x float> %418)
  %420 = shufflevector <2 x float> %419, <2 x float> undef, <1 x i32> zeroinitializer
  %421 = shufflevector <2 x float> %419, <2 x float> undef, <1 x i32> <i32 1>
  %422 = call <1 x float> @llvm.maxnum.v1f32(<1 x float> %420, <1 x float> %421)
  %423 = extractelement <1 x float> %422, i32 0
  %424 = call float @llvm.maxnum.f32(float %m, float %423)
  %425 = fcmp oeq float %424, 0xFFF0000000000000
  %muse89 = select i1 %425, float 0.000000e+00, float %424
  %426 = fsub float %m, %muse89
  %427 = insertelement <16 x float> poison, float %426, i32 0
  %splat90 = shufflevector <16 x float> %427, <16 x float> poison, <16 x i32> zeroinitializer
  %428 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat90, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %429 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %428, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %430 = fadd <16 x float> %429, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %430, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %429, %n
  %431 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %432 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %431, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %433 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %432, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %434 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %433, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %435 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %434, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %436 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %435, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %437 = fptosi <16 x float> %n to <16 x i32>
  %438 = add <16 x i32> %437, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %439 = shl <16 x i32> %438, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %440 = bitcast <16 x i32> %439 to <16 x float>
  %exp2 = fmul <16 x float> %436, %440
  %alpha91 = extractelement <16 x float> %exp2, i32 0
  store float %424, ptr %408, align 4
  %441 = getelementptr float, ptr %muse, i64 %rmax88
  store float %muse89, ptr %441, align 4
  %442 = getelementptr float, ptr %alpha, i64 %rmax88
  store float %alpha91, ptr %442, align 4
  %443 = add nsw i64 %rmax88, 1
  br label %rmax

pexp:                                             ; preds = %rmax, %body92
  %pexp95 = phi i64 [ %474, %body92 ], [ 0, %rmax ]
  %444 = icmp slt i64 %pexp95, 16
  br i1 %444, label %body92, label %lsum100

body92:                                           ; preds = %pexp
  %445 = sdiv i64 %pexp95, 4
  %446 = srem i64 %pexp95, 4
  %447 = mul i64 %446, 16
  %448 = mul i64 %445, 64
  %449 = add i64 %448, %447
  %450 = getelementptr float, ptr %pbuf, i64 %449
  %451 = getelementptr float, ptr %muse, i64 %445
  %452 = load float, ptr %451, align 4
  %453 = insertelement <16 x float> poison, float %452, i32 0
  %splat96 = shufflevector <16 x float> %453, <16 x float> poison, <16 x i32> zeroinitializer
  %454 = load <16 x float>, ptr %450, align 64
  %455 = fsub <16 x float> %454, %splat96
  %456 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %455, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %457 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %456, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %458 = fadd <16 x float> %457, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n97 = fsub <16 x float> %458, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f98 = fsub <16 x float> %457, %n97
  %459 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f98, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %460 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %459, <16 x float> %f98, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %461 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %460, <16 x float> %f98, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %462 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %461, <16 x float> %f98, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %463 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %462, <16 x float> %f98, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %464 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %463, <16 x float> %f98, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %465 = fptosi <16 x float> %n97 to <16 x i32>
  %466 = add <16 x i32> %465, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %467 = shl <16 x i32> %466, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %468 = bitcast <16 x i32> %467 to <16 x float>
  %exp299 = fmul <16 x float> %464, %468
  store <16 x float> %exp299, ptr %450, align 64
  %469 = getelementptr <16 x float>, ptr %lsum, i64 %445
  %470 = icmp eq i64 %446, 0
  %471 = load <16 x float>, ptr %469, align 64
  %472 = select i1 %470, <16 x float> zeroinitializer, <16 x float> %471
  %473 = fadd <16 x float> %472, %exp299
  store <16 x float> %473, ptr %469, align 64
  %474 = add nsw i64 %pexp95, 1
  br label %pexp

lsum100:                                          ; preds = %pexp, %body101
  %lsum104 = phi i64 [ %483, %body101 ], [ 0, %pexp ]
  %475 = icmp slt i64 %lsum104, 4
  br i1 %475, label %body101, label %exit103

body101:                                          ; preds = %lsum100
  %476 = getelementptr float, ptr %ls, i64 %lsum104
  %477 = getelementptr float, ptr %alpha, i64 %lsum104
  %478 = load float, ptr %477, align 4
  %479 = getelementptr <16 x float>, ptr %lsum, i64 %lsum104
  %480 = load <16 x float>, ptr %479, align 64
  %481 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %480)
  %l = load float, ptr %476, align 4
  %482 = call float @llvm.fmuladd.f32(float %l, float %478, float %481)
  store float %482, ptr %476, align 4
  %483 = add nsw i64 %lsum104, 1
  br label %lsum100

exit103:                                          ; preds = %lsum100
  %484 = sub i32 %fact, %kblock14
  %485 = call i32 @llvm.smin.i32(i32 64, i32 %484)
  %486 = load float, ptr %alpha, align 4
  %487 = insertelement <16 x float> poison, float %486, i32 0
  %splat105 = shufflevector <16 x float> %487, <16 x float> poison, <16 x i32> zeroinitializer
  %488 = load <16 x float>, ptr %accs, align 64
  %489 = fmul <16 x float> %488, %splat105
  %490 = getelementptr float, ptr %accs, i64 16
  %491 = load <16 x float>, ptr %490, align 64
  %492 = fmul <16 x float> %491, %splat105
  %493 = getelementptr float, ptr %accs, i64 32
  %494 = load <16 x float>, ptr %493, align 64
  %495 = fmul <16 x float> %494, %splat105
  %496 = getelementptr float, ptr %accs, i64 48
  %497 = load <16 x float>, ptr %496, align 64
  %498 = fmul <16 x float> %497, %splat105
  %499 = getelementptr float, ptr %alpha, i64 1
  %500 = load float, ptr %499, align 4
  %501 = insertelement <16 x float> poison, float %500, i32 0
  %splat106 = shufflevector <16 x float> %501, <16 x float> poison, <16 x i32> zeroinitializer
  %502 = getelementptr float, ptr %accs, i64 128
  %503 = load <16 x float>, ptr %502, align 64
  %504 = fmul <16 x float> %503, %splat106
  %505 = getelementptr float, ptr %accs, i64 144
  %506 = load <16 x float>, ptr %505, align 64
  %507 = fmul <16 x float> %506, %splat106
  %508 = getelementptr float, ptr %accs, i64 160
  %509 = load <16 x float>, ptr %508, align 64
  %510 = fmul <16 x float> %509, %splat106
  %511 = getelementptr float, ptr %accs, i64 176
  %512 = load <16 x float>, ptr %511, align 64
  %513 = fmul <16 x float> %512, %splat106
  %514 = getelementptr float, ptr %alpha, i64 2
  %515 = load float, ptr %514, align 4
  %516 = insertelement <16 x float> poison, float %515, i32 0
  %splat107 = shufflevector <16 x float> %516, <16 x float> poison, <16 x i32> zeroinitializer
  %517 = getelementptr float, ptr %accs, i64 256
  %518 = load <16 x float>, ptr %517, align 64
  %519 = fmul <16 x float> %518, %splat107
  %520 = getelementptr float, ptr %accs, i64 272
  %521 = load <16 x float>, ptr %520, align 64
  %522 = fmul <16 x float> %521, %splat107
  %523 = getelementptr float, ptr %accs, i64 288
  %524 = load <16 x float>, ptr %523, align 64
  %525 = fmul <16 x float> %524, %splat107
  %526 = getelementptr float, ptr %accs, i64 304
  %527 = load <16 x float>, ptr %526, align 64
  %528 = fmul <16 x float> %527, %splat107
  %529 = getelementptr float, ptr %alpha, i64 3
  %530 = load float, ptr %529, align 4
  %531 = insertelement <16 x float> poison, float %530, i32 0
  %splat108 = shufflevector <16 x float> %531, <16 x float> poison, <16 x i32> zeroinitializer
  %532 = getelementptr float, ptr %accs, i64 384
  %533 = load <16 x float>, ptr %532, align 64
  %534 = fmul <16 x float> %533, %splat108
  %535 = getelementptr float, ptr %accs, i64 400
  %536 = load <16 x float>, ptr %535, align 64
  %537 = fmul <16 x float> %536, %splat108
  %538 = getelementptr float, ptr %accs, i64 416
  %539 = load <16 x float>, ptr %538, align 64
  %540 = fmul <16 x float> %539, %splat108
  %541 = getelementptr float, ptr %accs, i64 432
  %542 = load <16 x float>, ptr %541, align 64
  %543 = fmul <16 x float> %542, %splat108
  br label %kpv

kpv:                                              ; preds = %body109, %exit103
  %pacc.sroa.60.0 = phi <16 x float> [ %543, %exit103 ], [ %598, %body109 ]
  %pacc.sroa.56.0 = phi <16 x float> [ %540, %exit103 ], [ %592, %body109 ]
  %pacc.sroa.52.0 = phi <16 x float> [ %537, %exit103 ], [ %586, %body109 ]
  %pacc.sroa.48.0 = phi <16 x float> [ %534, %exit103 ], [ %580, %body109 ]
  %pacc.sroa.44.0 = phi <16 x float> [ %528, %exit103 ], [ %597, %body109 ]
  %pacc.sroa.40.0 = phi <16 x float> [ %525, %exit103 ], [ %591, %body109 ]
  %pacc.sroa.36.0 = phi <16 x float> [ %522, %exit103 ], [ %585, %body109 ]
  %pacc.sroa.32.0 = phi <16 x float> [ %519, %exit103 ], [ %579, %body109 ]
  %pacc.sroa.28.0 = phi <16 x float> [ %513, %exit103 ], [ %596, %body109 ]
  %pacc.sroa.24.0 = phi <16 x float> [ %510, %exit103 ], [ %590, %body109 ]
  %pacc.sroa.20.0 = phi <16 x float> [ %507, %exit103 ], [ %584, %body109 ]
  %pacc.sroa.16.0 = phi <16 x float> [ %504, %exit103 ], [ %578, %body109 ]
  %pacc.sroa.12.0 = phi <16 x float> [ %498, %exit103 ], [ %595, %body109 ]
  %pacc.sroa.8.0 = phi <16 x float> [ %495, %exit103 ], [ %589, %body109 ]
  %pacc.sroa.4.0 = phi <16 x float> [ %492, %exit103 ], [ %583, %body109 ]
  %pacc.sroa.0.0 = phi <16 x float> [ %489, %exit103 ], [ %577, %body109 ]
  %kpv112 = phi i32 [ 0, %exit103 ], [ %599, %body109 ]
  %544 = icmp slt i32 %kpv112, %485
  br i1 %544, label %body109, label %exit111

body109:                                          ; preds = %kpv
  %545 = add i32 %kblock14, %kpv112
  %546 = sext i32 %545 to i64
  %547 = mul i64 %546, 8
  %row113 = add i64 %23, %547
  %548 = mul i64 %row113, 256
  %549 = getelementptr i8, ptr %25, i64 %548
  %550 = add i32 %545, 16
  %551 = call i32 @llvm.smin.i32(i32 %550, i32 %k_last)
  %552 = sext i32 %551 to i64
  %553 = mul i64 %552, 8
  %row114 = add i64 %23, %553
  %554 = mul i64 %row114, 256
  %555 = getelementptr i8, ptr %25, i64 %554
  call void @llvm.prefetch.p0(ptr %555, i32 0, i32 3, i32 1)
  %556 = getelementptr i8, ptr %555, i64 64
  call void @llvm.prefetch.p0(ptr %556, i32 0, i32 3, i32 1)
  %557 = add i32 %86, %kpv112
  %558 = call i32 @llvm.smin.i32(i32 %557, i32 %k_last)
  %559 = sext i32 %558 to i64
  %560 = mul i64 %559, 8
  %row115 = add i64 %23, %560
  %561 = mul i64 %row115, 256
  %562 = getelementptr i8, ptr %25, i64 %561
  call void @llvm.prefetch.p0(ptr %562, i32 0, i32 2, i32 1)
  %563 = getelementptr i8, ptr %562, i64 64
  call void @llvm.prefetch.p0(ptr %563, i32 0, i32 2, i32 1)
  %564 = sext i32 %kpv112 to i64
  %565 = getelementptr float, ptr %pbuf, i64 %564
  %p = load float, ptr %565, align 4
  %566 = insertelement <16 x float> poison, float %p, i32 0
  %splat116 = shufflevector <16 x float> %566, <16 x float> poison, <16 x i32> zeroinitializer
  %567 = add i64 64, %564
  %568 = getelementptr float, ptr %pbuf, i64 %567
  %p117 = load float, ptr %568, align 4
  %569 = insertelement <16 x float> poison, float %p117, i32 0
  %splat118 = shufflevector <16 x float> %569, <16 x float> poison, <16 x i32> zeroinitializer
  %570 = add i64 128, %564
  %571 = getelementptr float, ptr %pbuf, i64 %570
  %p119 = load float, ptr %571, align 4
  %572 = insertelement <16 x float> poison, float %p119, i32 0
  %splat120 = shufflevector <16 x float> %572, <16 x float> poison, <16 x i32> zeroinitializer
  %573 = add i64 192, %564
  %574 = getelementptr float, ptr %pbuf, i64 %573
  %p121 = load float, ptr %574, align 4
  %575 = insertelement <16 x float> poison, float %p121, i32 0
  %splat122 = shufflevector <16 x float> %575, <16 x float> poison, <16 x i32> zeroinitializer
  %576 = load <16 x half>, ptr %549, align 2
  %f16123 = fpext <16 x half> %576 to <16 x float>
  %577 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat116, <16 x float> %f16123, <16 x float> %pacc.sroa.0.0)
  %578 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat118, <16 x float> %f16123, <16 x float> %pacc.sroa.16.0)
  %579 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat120, <16 x float> %f16123, <16 x float> %pacc.sroa.32.0)
  %580 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat122, <16 x float> %f16123, <16 x float> %pacc.sroa.48.0)
  %581 = getelementptr i8, ptr %549, i64 32
  %582 = load <16 x half>, ptr %581, align 2
  %f16124 = fpext <16 x half> %582 to <16 x float>
  %583 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat116, <16 x float> %f16124, <16 x float> %pacc.sroa.4.0)
  %584 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat118, <16 x float> %f16124, <16 x float> %pacc.sroa.20.0)
  %585 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat120, <16 x float> %f16124, <16 x float> %pacc.sroa.36.0)
  %586 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat122, <16 x float> %f16124, <16 x float> %pacc.sroa.52.0)
  %587 = getelementptr i8, ptr %549, i64 64
  %588 = load <16 x half>, ptr %587, align 2
  %f16125 = fpext <16 x half> %588 to <16 x float>
  %589 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat116, <16 x float> %f16125, <16 x float> %pacc.sroa.8.0)
  %590 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat118, <16 x float> %f16125, <16 x float> %pacc.sroa.24.0)
  %591 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat120, <16 x float> %f16125, <16 x float> %pacc.sroa.40.0)
  %592 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat122, <16 x float> %f16125, <16 x float> %pacc.sroa.56.0)
  %593 = getelementptr i8, ptr %549, i64 96
  %594 = load <16 x half>, ptr %593, align 2
  %f16126 = fpext <16 x half> %594 to <16 x float>
  %595 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat116, <16 x float> %f16126, <16 x float> %pacc.sroa.12.0)
  %596 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat118, <16 x float> %f16126, <16 x float> %pacc.sroa.28.0)
  %597 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat120, <16 x float> %f16126, <16 x float> %pacc.sroa.44.0)
  %598 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat122, <16 x float> %f16126, <16 x float> %pacc.sroa.60.0)
  %599 = add nsw i32 %kpv112, 1
  br label %kpv

exit111:                                          ; preds = %kpv
  store <16 x float> %pacc.sroa.0.0, ptr %accs, align 64
  store <16 x float> %pacc.sroa.4.0, ptr %490, align 64
  store <16 x float> %pacc.sroa.8.0, ptr %493, align 64
  store <16 x float> %pacc.sroa.12.0, ptr %496, align 64
  store <16 x float> %pacc.sroa.16.0, ptr %502, align 64
  store <16 x float> %pacc.sroa.20.0, ptr %505, align 64
  store <16 x float> %pacc.sroa.24.0, ptr %508, align 64
  store <16 x float> %pacc.sroa.28.0, ptr %511, align 64
  store <16 x float> %pacc.sroa.32.0, ptr %517, align 64
  store <16 x float> %pacc.sroa.36.0, ptr %520, align 64
  store <16 x float> %pacc.sroa.40.0, ptr %523, align 64
  store <16 x float> %pacc.sroa.44.0, ptr %526, align 64
  store <16 x float> %pacc.sroa.48.0, ptr %532, align 64
  store <16 x float> %pacc.sroa.52.0, ptr %535, align 64
  store <16 x float> %pacc.sroa.56.0, ptr %538, align 64
  store <16 x float> %pacc.sroa.60.0, ptr %541, align 64
  %600 = load float, ptr %alpha, align 4
  %601 = insertelement <16 x float> poison, float %600, i32 0
  %splat128 = shufflevector <16 x float> %601, <16 x float> poison, <16 x i32> zeroinitializer
  %602 = getelementptr float, ptr %accs, i64 64
  %603 = load <16 x float>, ptr %602, align 64
  %604 = fmul <16 x float> %603, %splat128
  %605 = getelementptr float, ptr %accs, i64 80
  %606 = load <16 x float>, ptr %605, align 64
  %607 = fmul <16 x float> %606, %splat128
  %608 = getelementptr float, ptr %accs, i64 96
  %609 = load <16 x float>, ptr %608, align 64
  %610 = fmul <16 x float> %609, %splat128
  %611 = getelementptr float, ptr %accs, i64 112
  %612 = load <16 x float>, ptr %611, align 64
  %613 = fmul <16 x float> %612, %splat128
  %614 = load float, ptr %499, align 4
  %615 = insertelement <16 x float> poison, float %614, i32 0
  %splat129 = shufflevector <16 x float> %615, <16 x float> poison, <16 x i32> zeroinitializer
  %616 = getelementptr float, ptr %accs, i64 192
  %617 = load <16 x float>, ptr %616, align 64
  %618 = fmul <16 x float> %617, %splat129
  %619 = getelementptr float, ptr %accs, i64 208
  %620 = load <16 x float>, ptr %619, align 64
  %621 = fmul <16 x float> %620, %splat129
  %622 = getelementptr float, ptr %accs, i64 224
  %623 = load <16 x float>, ptr %622, align 64
  %624 = fmul <16 x float> %623, %splat129
  %625 = getelementptr float, ptr %accs, i64 240
  %626 = load <16 x float>, ptr %625, align 64
  %627 = fmul <16 x float> %626, %splat129
  %628 = load float, ptr %514, align 4
  %629 = insertelement <16 x float> poison, float %628, i32 0
  %splat130 = shufflevector <16 x float> %629, <16 x float> poison, <16 x i32> zeroinitializer
  %630 = getelementptr float, ptr %accs, i64 320
  %631 = load <16 x float>, ptr %630, align 64
  %632 = fmul <16 x float> %631, %splat130
  %633 = getelementptr float, ptr %accs, i64 336
  %634 = load <16 x float>, ptr %633, align 64
  %635 = fmul <16 x float> %634, %splat130
  %636 = getelementptr float, ptr %accs, i64 352
  %637 = load <16 x float>, ptr %636, align 64
  %638 = fmul <16 x float> %637, %splat130
  %639 = getelementptr float, ptr %accs, i64 368
  %640 = load <16 x float>, ptr %639, align 64
  %641 = fmul <16 x float> %640, %splat130
  %642 = load float, ptr %529, align 4
  %643 = insertelement <16 x float> poison, float %642, i32 0
  %splat131 = shufflevector <16 x float> %643, <16 x float> poison, <16 x i32> zeroinitializer
  %644 = getelementptr float, ptr %accs, i64 448
  %645 = load <16 x float>, ptr %644, align 64
  %646 = fmul <16 x float> %645, %splat131
  %647 = getelementptr float, ptr %accs, i64 464
  %648 = load <16 x float>, ptr %647, align 64
  %649 = fmul <16 x float> %648, %splat131
  %650 = getelementptr float, ptr %accs, i64 480
  %651 = load <16 x float>, ptr %650, align 64
  %652 = fmul <16 x float> %651, %splat131
  %653 = getelementptr float, ptr %accs, i64 496
  %654 = load <16 x float>, ptr %653, align 64
  %655 = fmul <16 x float> %654, %splat131
  br label %kpv132

kpv132:                                           ; preds = %body133, %exit111
  %pacc127.sroa.60.0 = phi <16 x float> [ %655, %exit111 ], [ %713, %body133 ]
  %pacc127.sroa.56.0 = phi <16 x float> [ %652, %exit111 ], [ %707, %body133 ]
  %pacc127.sroa.52.0 = phi <16 x float> [ %649, %exit111 ], [ %701, %body133 ]
  %pacc127.sroa.48.0 = phi <16 x float> [ %646, %exit111 ], [ %695, %body133 ]
  %pacc127.sroa.44.0 = phi <16 x float> [ %641, %exit111 ], [ %712, %body133 ]
  %pacc127.sroa.40.0 = phi <16 x float> [ %638, %exit111 ], [ %706, %body133 ]
  %pacc127.sroa.36.0 = phi <16 x float> [ %635, %exit111 ], [ %700, %body133 ]
  %pacc127.sroa.32.0 = phi <16 x float> [ %632, %exit111 ], [ %694, %body133 ]
  %pacc127.sroa.28.0 = phi <16 x float> [ %627, %exit111 ], [ %711, %body133 ]
  %pacc127.sroa.24.0 = phi <16 x float> [ %624, %exit111 ], [ %705, %body133 ]
  %pacc127.sroa.20.0 = phi <16 x float> [ %621, %exit111 ], [ %699, %body133 ]
  %pacc127.sroa.16.0 = phi <16 x float> [ %618, %exit111 ], [ %693, %body133 ]
  %pacc127.sroa.12.0 = phi <16 x float> [ %613, %exit111 ], [ %710, %body133 ]
  %pacc127.sroa.8.0 = phi <16 x float> [ %610, %exit111 ], [ %704, %body133 ]
  %pacc127.sroa.4.0 = phi <16 x float> [ %607, %exit111 ], [ %698, %body133 ]
  %pacc127.sroa.0.0 = phi <16 x float> [ %604, %exit111 ], [ %692, %body133 ]
  %kpv136 = phi i32 [ 0, %exit111 ], [ %714, %body133 ]
  %656 = icmp slt i32 %kpv136, %485
  br i1 %656, label %body133, label %exit135

body133:                                          ; preds = %kpv132
  %657 = add i32 %kblock14, %kpv136
  %658 = sext i32 %657 to i64
  %659 = mul i64 %658, 8
  %row137 = add i64 %23, %659
  %660 = mul i64 %row137, 256
  %661 = getelementptr i8, ptr %25, i64 %660
  %662 = add i32 %657, 16
  %663 = call i32 @llvm.smin.i32(i32 %662, i32 %k_last)
  %664 = sext i32 %663 to i64
  %665 = mul i64 %664, 8
  %row138 = add i64 %23, %665
  %666 = mul i64 %row138, 256
  %667 = getelementptr i8, ptr %25, i64 %666
  %668 = getelementptr i8, ptr %667, i64 128
  call void @llvm.prefetch.p0(ptr %668, i32 0, i32 3, i32 1)
  %669 = getelementptr i8, ptr %668, i64 64
  call void @llvm.prefetch.p0(ptr %669, i32 0, i32 3, i32 1)
  %670 = add i32 %86, %kpv136
  %671 = call i32 @llvm.smin.i32(i32 %670, i32 %k_last)
  %672 = sext i32 %671 to i64
  %673 = mul i64 %672, 8
  %row139 = add i64 %23, %673
  %674 = mul i64 %row139, 256
  %675 = getelementptr i8, ptr %25, i64 %674
  %676 = getelementptr i8, ptr %675, i64 128
  call void @llvm.prefetch.p0(ptr %676, i32 0, i32 2, i32 1)
  %677 = getelementptr i8, ptr %676, i64 64
  call void @llvm.prefetch.p0(ptr %677, i32 0, i32 2, i32 1)
  %678 = sext i32 %kpv136 to i64
  %679 = getelementptr float, ptr %pbuf, i64 %678
  %p140 = load float, ptr %679, align 4
  %680 = insertelement <16 x float> poison, float %p140, i32 0
  %splat141 = shufflevector <16 x float> %680, <16 x float> poison, <16 x i32> zeroinitializer
  %681 = add i64 64, %678
  %682 = getelementptr float, ptr %pbuf, i64 %681
  %p142 = load float, ptr %682, align 4
  %683 = insertelement <16 x float> poison, float %p142, i32 0
  %splat143 = shufflevector <16 x float> %683, <16 x float> poison, <16 x i32> zeroinitializer
  %684 = add i64 128, %678
  %685 = getelementptr float, ptr %pbuf, i64 %684
  %p144 = load float, ptr %685, align 4
  %686 = insertelement <16 x float> poison, float %p144, i32 0
  %splat145 = shufflevector <16 x float> %686, <16 x float> poison, <16 x i32> zeroinitializer
  %687 = add i64 192, %678
  %688 = getelementptr float, ptr %pbuf, i64 %687
  %p146 = load float, ptr %688, align 4
  %689 = insertelement <16 x float> poison, float %p146, i32 0
  %splat147 = shufflevector <16 x float> %689, <16 x float> poison, <16 x i32> zeroinitializer
  %690 = getelementptr i8, ptr %661, i64 128
  %691 = load <16 x half>, ptr %690, align 2
  %f16148 = fpext <16 x half> %691 to <16 x float>
  %692 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat141, <16 x float> %f16148, <16 x float> %pacc127.sroa.0.0)
  %693 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat143, <16 x float> %f16148, <16 x float> %pacc127.sroa.16.0)
  %694 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat145, <16 x float> %f16148, <16 x float> %pacc127.sroa.32.0)
  %695 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat147, <16 x float> %f16148, <16 x float> %pacc127.sroa.48.0)
  %696 = getelementptr i8, ptr %661, i64 160
  %697 = load <16 x half>, ptr %696, align 2
  %f16149 = fpext <16 x half> %697 to <16 x float>
  %698 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat141, <16 x float> %f16149, <16 x float> %pacc127.sroa.4.0)
  %699 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat143, <16 x float> %f16149, <16 x float> %pacc127.sroa.20.0)
  %700 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat145, <16 x float> %f16149, <16 x float> %pacc127.sroa.36.0)
  %701 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat147, <16 x float> %f16149, <16 x float> %pacc127.sroa.52.0)
  %702 = getelementptr i8, ptr %661, i64 192
  %703 = load <16 x half>, ptr %702, align 2
  %f16150 = fpext <16 x half> %703 to <16 x float>
  %704 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat141, <16 x float> %f16150, <16 x float> %pacc127.sroa.8.0)
  %705 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat143, <16 x float> %f16150, <16 x float> %pacc127.sroa.24.0)
  %706 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat145, <16 x float> %f16150, <16 x float> %pacc127.sroa.40.0)
  %707 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat147, <16 x float> %f16150, <16 x float> %pacc127.sroa.56.0)
  %708 = getelementptr i8, ptr %661, i64 224
  %709 = load <16 x half>, ptr %708, align 2
  %f16151 = fpext <16 x half> %709 to <16 x float>
  %710 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat141, <16 x float> %f16151, <16 x float> %pacc127.sroa.12.0)
  %711 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat143, <16 x float> %f16151, <16 x float> %pacc127.sroa.28.0)
  %712 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat145, <16 x float> %f16151, <16 x float> %pacc127.sroa.44.0)
  %713 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat147, <16 x float> %f16151, <16 x float> %pacc127.sroa.60.0)
  %714 = add nsw i32 %kpv136, 1
  br label %kpv132

exit135:                                          ; preds = %kpv132
  store <16 x float> %pacc127.sroa.0.0, ptr %602, align 64
  store <16 x float> %pacc127.sroa.4.0, ptr %605, align 64
  store <16 x float> %pacc127.sroa.8.0, ptr %608, align 64
  store <16 x float> %pacc127.sroa.12.0, ptr %611, align 64
  store <16 x float> %pacc127.sroa.16.0, ptr %616, align 64
  store <16 x float> %pacc127.sroa.20.0, ptr %619, align 64
  store <16 x float> %pacc127.sroa.24.0, ptr %622, align 64
  store <16 x float> %pacc127.sroa.28.0, ptr %625, align 64
  store <16 x float> %pacc127.sroa.32.0, ptr %630, align 64
  store <16 x float> %pacc127.sroa.36.0, ptr %633, align 64
  store <16 x float> %pacc127.sroa.40.0, ptr %636, align 64
  store <16 x float> %pacc127.sroa.44.0, ptr %639, align 64
  store <16 x float> %pacc127.sroa.48.0, ptr %644, align 64
  store <16 x float> %pacc127.sroa.52.0, ptr %647, align 64
  store <16 x float> %pacc127.sroa.56.0, ptr %650, align 64
  store <16 x float> %pacc127.sroa.60.0, ptr %653, align 64
  %715 = add nsw i32 %kblock14, 64
  br label %kblock

orow152:                                          ; preds = %kblock, %written
  %orow156 = phi i32 [ %739, %written ], [ 0, %kblock ]
  %716 = icmp slt i32 %orow156, %nrows
  br i1 %716, label %body153, label %done

body153:                                          ; preds = %orow152
  %717 = sext i32 %orow156 to i64
  %718 = getelementptr float, ptr %ms, i64 %717
  %m157 = load float, ptr %718, align 4
  %719 = getelementptr float, ptr %ls, i64 %717
  %l158 = load float, ptr %719, align 4
  %720 = mul i64 %717, 128
  %721 = getelementptr float, ptr %accs, i64 %720
  %722 = icmp ne ptr %part, null
  br i1 %722, label %partial, label %final

partial:                                          ; preds = %body153
  %723 = sext i32 %nrows to i64
  %724 = getelementptr float, ptr %part, i64 %720
  br label %chunk159

final:                                            ; preds = %body153
  %725 = sdiv i32 %orow156, %nh
  %qi164 = add i32 %q_begin, %725
  %726 = srem i32 %orow156, %nh
  %727 = add i32 %h_begin, %726
  %728 = mul i32 %kv_head, 4
  %hq165 = add i32 %728, %727
  %729 = sext i32 %qi164 to i64
  %730 = add i64 %q_row0, %729
  %731 = mul i64 %730, 32
  %732 = sext i32 %hq165 to i64
  %orow166 = add i64 %731, %732
  %733 = fcmp oeq float %l158, 0.000000e+00
  %734 = fdiv float 1.000000e+00, %l158
  %735 = select i1 %733, float 0.000000e+00, float %734
  %736 = mul i64 %orow166, 512
  %737 = getelementptr i8, ptr %out, i64 %736
  %738 = insertelement <16 x float> poison, float %735, i32 0
  %splat167 = shufflevector <16 x float> %738, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk168

written:                                          ; preds = %chunk168, %exit162
  %739 = add nsw i32 %orow156, 1
  br label %orow152

chunk159:                                         ; preds = %body160, %partial
  %chunk163 = phi i64 [ 0, %partial ], [ %745, %body160 ]
  %740 = icmp slt i64 %chunk163, 8
  br i1 %740, label %body160, label %exit162

body160:                                          ; preds = %chunk159
  %741 = getelementptr <16 x float>, ptr %721, i64 %chunk163
  %742 = load <16 x float>, ptr %741, align 64
  %743 = mul i64 %chunk163, 64
  %744 = getelementptr i8, ptr %724, i64 %743
  store <16 x float> %742, ptr %744, align 4
  %745 = add nsw i64 %chunk163, 1
  br label %chunk159

exit162:                                          ; preds = %chunk159
  %746 = mul i64 %723, 128
  %747 = add i64 %746, %717
  %748 = getelementptr float, ptr %part, i64 %747
  store float %m157, ptr %748, align 4
  %749 = add i64 %747, %723
  %750 = getelementptr float, ptr %part, i64 %749
  store float %l158, ptr %750, align 4
  br label %written

chunk168:                                         ; preds = %body169, %final
  %chunk172 = phi i64 [ 0, %final ], [ %757, %body169 ]
  %751 = icmp slt i64 %chunk172, 8
  br i1 %751, label %body169, label %written

body169:                                          ; preds = %chunk168
  %752 = getelementptr <16 x float>, ptr %721, i64 %chunk172
  %753 = load <16 x float>, ptr %752, align 64
  %754 = fmul <16 x float> %753, %splat167
  %755 = mul i64 %chunk172, 64
  %756 = getelementptr i8, ptr %737, i64 %755
  store <16 x float> %754, ptr %756, align 4
  %757 = add nsw i64 %chunk172, 1
  br label %chunk168
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @llvm.prefetch.p0(ptr nocapture readonly, i32 immarg, i32 immarg, i32 immarg) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fmuladd.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x i32> @llvm.smin.v16i32(<16 x i32>, <16 x i32>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x i32> @llvm.smax.v16i32(<16 x i32>, <16 x i32>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.maxnum.v16f32(<16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.maxnum.v8f32(<8 x float>, <8 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x float> @llvm.maxnum.v4f32(<4 x float>, <4 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x float> @llvm.maxnum.v2f32(<2 x float>, <2 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <1 x float> @llvm.maxnum.v1f32(<1 x float>, <1 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maxnum.f32(float, float) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.minnum.v16f32(<16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.vector.reduce.fadd.v16f32(float, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: nounwind
define internal void @expr_prefix_lm_tile(ptr %0, ptr %1) #0 {
entry:
  %lv = alloca [8 x <16 x float>], align 64
  %mv = alloca [8 x <16 x float>], align 64
  %qpos = alloca [128 x i32], align 64
  %lims = alloca [128 x i32], align 64
  %rowbuf = alloca [8 x <16 x float>], align 64
  %ot = alloca [65536 x i8], align 64
  %st = alloca [7680 x i8], align 64
  %vbuf = alloca [24576 x i8], align 64
  %kbuf = alloca [30720 x i8], align 64
  %qt = alloca [65536 x i8], align 64
  %ls = alloca [128 x float], align 64
  %ms = alloca [128 x float], align 64
  %2 = getelementptr i8, ptr %0, i64 192
  %tensors = load ptr, ptr %2, align 8
  %prefix = load ptr, ptr %tensors, align 8
  %3 = getelementptr i8, ptr %0, i64 8
  %batch = load i32, ptr %3, align 4
  %q_row0 = load i64, ptr %1, align 4
  %4 = getelementptr i8, ptr %1, i64 8
  %seq = load i32, ptr %4, align 4
  %5 = getelementptr i8, ptr %1, i64 12
  %kv_head = load i32, ptr %5, align 4
  %6 = getelementptr i8, ptr %1, i64 16
  %h_begin = load i32, ptr %6, align 4
  %7 = getelementptr i8, ptr %1, i64 20
  %h_end = load i32, ptr %7, align 4
  %nh = sub i32 %h_end, %h_begin
  %8 = getelementptr i8, ptr %1, i64 24
  %q_begin = load i32, ptr %8, align 4
  %9 = getelementptr i8, ptr %1, i64 28
  %q_end = load i32, ptr %9, align 4
  %10 = sub i32 %q_end, %q_begin
  %one = icmp eq i32 %10, 1
  br i1 %one, label %one_query, label %rows

common.ret:                                       ; preds = %orow140, %rows, %one_query
  ret void

one_query:                                        ; preds = %entry
  call void @expr_prefix_lm_tile_one(ptr %0, ptr %1)
  br label %common.ret

rows:                                             ; preds = %entry
  %nrows = mul i32 %10, %nh
  %11 = getelementptr i8, ptr %1, i64 32
  %q_pos0 = load i32, ptr %11, align 4
  %12 = getelementptr i8, ptr %1, i64 36
  %k_begin = load i32, ptr %12, align 4
  %13 = getelementptr i8, ptr %1, i64 40
  %k_end = load i32, ptr %13, align 4
  %14 = getelementptr i8, ptr %1, i64 44
  %15 = getelementptr i8, ptr %1, i64 48
  %part = load ptr, ptr %15, align 8
  %16 = getelementptr i8, ptr %0, i64 32
  %q = load ptr, ptr %16, align 8
  %17 = getelementptr i8, ptr %0, i64 40
  %out = load ptr, ptr %17, align 8
  %18 = getelementptr i8, ptr %0, i64 48
  %19 = getelementptr i8, ptr %0, i64 56
  %k_cache = load ptr, ptr %19, align 8
  %20 = sext i32 %seq to i64
  %21 = mul i64 %20, 8388608
  %22 = getelementptr i8, ptr %k_cache, i64 %21
  %23 = sext i32 %kv_head to i64
  %24 = getelementptr i8, ptr %0, i64 64
  %v_cache = load ptr, ptr %24, align 8
  %25 = getelementptr i8, ptr %v_cache, i64 %21
  %26 = icmp sgt i32 %nrows, 0
  br i1 %26, label %qrow, label %common.ret

qrow:                                             ; preds = %rows, %exit9
  %qrow1 = phi i32 [ %67, %exit9 ], [ 0, %rows ]
  %27 = icmp slt i32 %qrow1, 128
  br i1 %27, label %body, label %otzero

body:                                             ; preds = %qrow
  %28 = icmp slt i32 %qrow1, %nrows
  %29 = sub i32 %nrows, 1
  %30 = call i32 @llvm.smin.i32(i32 %qrow1, i32 %29)
  %31 = sdiv i32 %30, %nh
  %qi = add i32 %q_begin, %31
  %32 = srem i32 %30, %nh
  %33 = add i32 %h_begin, %32
  %34 = mul i32 %kv_head, 4
  %hq = add i32 %34, %33
  %35 = sext i32 %qi to i64
  %36 = add i64 %q_row0, %35
  %37 = mul i64 %36, 32
  %38 = sext i32 %hq to i64
  %orow = add i64 %37, %38
  %39 = mul i64 %orow, 512
  %40 = getelementptr i8, ptr %q, i64 %39
  %41 = select i1 %28, float 0x3FC0527DC0000000, float 0.000000e+00
  %42 = insertelement <16 x float> poison, float %41, i32 0
  %splat = shufflevector <16 x float> %42, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %49, %body2 ]
  %43 = icmp slt i64 %chunk5, 8
  br i1 %43, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %44 = mul i64 %chunk5, 64
  %45 = getelementptr i8, ptr %40, i64 %44
  %46 = load <16 x float>, ptr %45, align 4
  %47 = fmul <16 x float> %46, %splat
  %48 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk5
  store <16 x float> %47, ptr %48, align 64
  %49 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %50 = sext i32 %qrow1 to i64
  %51 = getelementptr i32, ptr %lims, i64 %50
  store i32 %k_end, ptr %51, align 4
  %52 = getelementptr i32, ptr %qpos, i64 %50
  %qpos6 = add i32 %q_pos0, %qi
  store i32 %qpos6, ptr %52, align 4
  %53 = sdiv i32 %qrow1, 32
  %54 = sext i32 %53 to i64
  %55 = mul i64 %54, 4096
  %56 = getelementptr i32, ptr %qt, i64 %55
  %57 = srem i32 %qrow1, 32
  br label %qcol

qcol:                                             ; preds = %body7, %exit4
  %qcol10 = phi i32 [ 0, %exit4 ], [ %66, %body7 ]
  %58 = icmp slt i32 %qcol10, 128
  br i1 %58, label %body7, label %exit9

body7:                                            ; preds = %qcol
  %59 = sext i32 %qcol10 to i64
  %60 = getelementptr i32, ptr %rowbuf, i64 %59
  %61 = load float, ptr %60, align 4
  %62 = sext i32 %57 to i64
  %63 = mul i64 %59, 32
  %64 = add i64 %63, %62
  %65 = getelementptr i32, ptr %56, i64 %64
  store float %61, ptr %65, align 4
  %66 = add nsw i32 %qcol10, 1
  br label %qcol

exit9:                                            ; preds = %qcol
  %67 = add nsw i32 %qrow1, 1
  br label %qrow

otzero:                                           ; preds = %qrow, %body11
  %otzero14 = phi i32 [ %72, %body11 ], [ 0, %qrow ]
  %68 = icmp slt i32 %otzero14, 1024
  br i1 %68, label %body11, label %exit13

body11:                                           ; preds = %otzero
  %69 = sext i32 %otzero14 to i64
  %70 = mul i64 %69, 16
  %71 = getelementptr i32, ptr %ot, i64 %70
  store <16 x float> zeroinitializer, ptr %71, align 64
  %72 = add nsw i32 %otzero14, 1
  br label %otzero

exit13:                                           ; preds = %otzero
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %mv, align 64
  store <16 x float> zeroinitializer, ptr %lv, align 64
  %73 = getelementptr <16 x float>, ptr %mv, i64 1
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %73, align 64
  %74 = getelementptr <16 x float>, ptr %lv, i64 1
  store <16 x float> zeroinitializer, ptr %74, align 64
  %75 = getelementptr <16 x float>, ptr %mv, i64 2
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %75, align 64
  %76 = getelementptr <16 x float>, ptr %lv, i64 2
  store <16 x float> zeroinitializer, ptr %76, align 64
  %77 = getelementptr <16 x float>, ptr %mv, i64 3
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %77, align 64
  %78 = getelementptr <16 x float>, ptr %lv, i64 3
  store <16 x float> zeroinitializer, ptr %78, align 64
  %79 = getelementptr <16 x float>, ptr %mv, i64 4
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %79, align 64
  %80 = getelementptr <16 x float>, ptr %lv, i64 4
  store <16 x float> zeroinitializer, ptr %80, align 64
  %81 = getelementptr <16 x float>, ptr %mv, i64 5
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %81, align 64
  %82 = getelementptr <16 x float>, ptr %lv, i64 5
  store <16 x float> zeroinitializer, ptr %82, align 64
  %83 = getelementptr <16 x float>, ptr %mv, i64 6
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %83, align 64
  %84 = getelementptr <16 x float>, ptr %lv, i64 6
  store <16 x float> zeroinitializer, ptr %84, align 64
  %85 = getelementptr <16 x float>, ptr %mv, i64 7
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %85, align 64
  %86 = getelementptr <16 x float>, ptr %lv, i64 7
  store <16 x float> zeroinitializer, ptr %86, align 64
  %87 = sub i32 %nrows, 1
  %88 = sext i32 %87 to i64
  %89 = getelementptr i32, ptr %lims, i64 %88
  %fact = load i32, ptr %89, align 4
  %k_last = sub i32 %fact, 1
  br label %ktile

ktile:                                            ; preds = %exit48, %exit13
  %ktile18 = phi i32 [ %k_begin, %exit13 ], [ %219, %exit48 ]
  %90 = icmp slt i32 %ktile18, %fact
  br i1 %90, label %body15, label %exit17

body15:                                           ; preds = %ktile
  %91 = sub i32 %fact, %ktile18
  %92 = call i32 @llvm.smin.i32(i32 48, i32 %91)
  %93 = add i32 %ktile18, %92
  %94 = sub i32 %93, 1
  %95 = mul i32 %kv_head, 4
  %hq19 = add i32 %95, %h_begin
  %qpos20 = add i32 %q_pos0, %q_begin
  %96 = sub i32 %nh, 1
  %97 = sdiv i32 %87, %nh
  %98 = add i32 %q_begin, %97
  %qpos21 = add i32 %q_pos0, %98
  %99 = sext i32 %ktile18 to i64
  %100 = sext i32 %94 to i64
  %101 = icmp eq i64 %99, -2147483648
  %102 = icmp eq i64 %99, %100
  %103 = sext i32 %qpos20 to i64
  %104 = sext i32 %qpos21 to i64
  %105 = icmp sle i64 %103, %100
  %106 = icmp sle i64 %99, %104
  %107 = icmp eq i64 %99, %103
  %108 = icmp eq i64 %103, %104
  %109 = and i1 %102, %108
  %110 = icmp slt i64 %103, %100
  %111 = add i32 %92, 11
  %112 = sdiv i32 %111, 12
  %113 = mul i32 %112, 12
  br label %kpack

exit17:                                           ; preds = %ktile
  %114 = load <16 x float>, ptr %mv, align 64
  store <16 x float> %114, ptr %ms, align 64
  %115 = load <16 x float>, ptr %lv, align 64
  store <16 x float> %115, ptr %ls, align 64
  %116 = getelementptr float, ptr %ms, i64 16
  %117 = load <16 x float>, ptr %73, align 64
  store <16 x float> %117, ptr %116, align 64
  %118 = getelementptr float, ptr %ls, i64 16
  %119 = load <16 x float>, ptr %74, align 64
  store <16 x float> %119, ptr %118, align 64
  %120 = getelementptr float, ptr %ms, i64 32
  %121 = load <16 x float>, ptr %75, align 64
  store <16 x float> %121, ptr %120, align 64
  %122 = getelementptr float, ptr %ls, i64 32
  %123 = load <16 x float>, ptr %76, align 64
  store <16 x float> %123, ptr %122, align 64
  %124 = getelementptr float, ptr %ms, i64 48
  %125 = load <16 x float>, ptr %77, align 64
  store <16 x float> %125, ptr %124, align 64
  %126 = getelementptr float, ptr %ls, i64 48
  %127 = load <16 x float>, ptr %78, align 64
  store <16 x float> %127, ptr %126, align 64
  %128 = getelementptr float, ptr %ms, i64 64
  %129 = load <16 x float>, ptr %79, align 64
  store <16 x float> %129, ptr %128, align 64
  %130 = getelementptr float, ptr %ls, i64 64
  %131 = load <16 x float>, ptr %80, align 64
  store <16 x float> %131, ptr %130, align 64
  %132 = getelementptr float, ptr %ms, i64 80
  %133 = load <16 x float>, ptr %81, align 64
  store <16 x float> %133, ptr %132, align 64
  %134 = getelementptr float, ptr %ls, i64 80
  %135 = load <16 x float>, ptr %82, align 64
  store <16 x float> %135, ptr %134, align 64
  %136 = getelementptr float, ptr %ms, i64 96
  %137 = load <16 x float>, ptr %83, align 64
  store <16 x float> %137, ptr %136, align 64
  %138 = getelementptr float, ptr %ls, i64 96
  %139 = load <16 x float>, ptr %84, align 64
  store <16 x float> %139, ptr %138, align 64
  %140 = getelementptr float, ptr %ms, i64 112
  %141 = load <16 x float>, ptr %85, align 64
  store <16 x float> %141, ptr %140, align 64
  %142 = getelementptr float, ptr %ls, i64 112
  %143 = load <16 x float>, ptr %86, align 64
  store <16 x float> %143, ptr %142, align 64
  br label %orow140

kpack:                                            ; preds = %body22, %body15
  %kpack25 = phi i32 [ 0, %body15 ], [ %176, %body22 ]
  %144 = icmp slt i32 %kpack25, %113
  br i1 %144, label %body22, label %vpack

body22:                                           ; preds = %kpack
  %145 = add i32 %ktile18, %kpack25
  %146 = call i32 @llvm.smin.i32(i32 %145, i32 %k_last)
  %147 = sext i32 %146 to i64
  %148 = mul i64 %147, 8
  %row = add i64 %23, %148
  %149 = mul i64 %row, 256
  %150 = getelementptr i8, ptr %22, i64 %149
  %151 = sext i32 %kpack25 to i64
  %152 = mul i64 %151, 128
  %153 = getelementptr i32, ptr %kbuf, i64 %152
  %154 = load <16 x half>, ptr %150, align 2
  %f16 = fpext <16 x half> %154 to <16 x float>
  store <16 x float> %f16, ptr %153, align 64
  %155 = getelementptr i8, ptr %150, i64 32
  %156 = load <16 x half>, ptr %155, align 2
  %f1626 = fpext <16 x half> %156 to <16 x float>
  %157 = getelementptr i8, ptr %153, i64 64
  store <16 x float> %f1626, ptr %157, align 64
  %158 = getelementptr i8, ptr %150, i64 64
  %159 = load <16 x half>, ptr %158, align 2
  %f1627 = fpext <16 x half> %159 to <16 x float>
  %160 = getelementptr i8, ptr %153, i64 128
  store <16 x float> %f1627, ptr %160, align 64
  %161 = getelementptr i8, ptr %150, i64 96
  %162 = load <16 x half>, ptr %161, align 2
  %f1628 = fpext <16 x half> %162 to <16 x float>
  %163 = getelementptr i8, ptr %153, i64 192
  store <16 x float> %f1628, ptr %163, align 64
  %164 = getelementptr i8, ptr %150, i64 128
  %165 = load <16 x half>, ptr %164, align 2
  %f1629 = fpext <16 x half> %165 to <16 x float>
  %166 = getelementptr i8, ptr %153, i64 256
  store <16 x float> %f1629, ptr %166, align 64
  %167 = getelementptr i8, ptr %150, i64 160
  %168 = load <16 x half>, ptr %167, align 2
  %f1630 = fpext <16 x half> %168 to <16 x float>
  %169 = getelementptr i8, ptr %153, i64 320
  store <16 x float> %f1630, ptr %169, align 64
  %170 = getelementptr i8, ptr %150, i64 192
  %171 = load <16 x half>, ptr %170, align 2
  %f1631 = fpext <16 x half> %171 to <16 x float>
  %172 = getelementptr i8, ptr %153, i64 384
  store <16 x float> %f1631, ptr %172, align 64
  %173 = getelementptr i8, ptr %150, i64 224
  %174 = load <16 x half>, ptr %173, align 2
  %f1632 = fpext <16 x half> %174 to <16 x float>
  %175 = getelementptr i8, ptr %153, i64 448
  store <16 x float> %f1632, ptr %175, align 64
  %176 = add nsw i32 %kpack25, 1
  br label %kpack

vpack:                                            ; preds = %kpack, %body33
  %vpack36 = phi i32 [ %208, %body33 ], [ 0, %kpack ]
  %177 = icmp slt i32 %vpack36, %92
  br i1 %177, label %body33, label %exit35

body33:                                           ; preds = %vpack
  %178 = add i32 %ktile18, %vpack36
  %179 = sext i32 %178 to i64
  %180 = mul i64 %179, 8
  %row37 = add i64 %23, %180
  %181 = mul i64 %row37, 256
  %182 = getelementptr i8, ptr %25, i64 %181
  %183 = sext i32 %vpack36 to i64
  %184 = mul i64 %183, 128
  %185 = getelementptr i32, ptr %vbuf, i64 %184
  %186 = load <16 x half>, ptr %182, align 2
  %f1638 = fpext <16 x half> %186 to <16 x float>
  store <16 x float> %f1638, ptr %185, align 64
  %187 = getelementptr i8, ptr %182, i64 32
  %188 = load <16 x half>, ptr %187, align 2
  %f1639 = fpext <16 x half> %188 to <16 x float>
  %189 = getelementptr i8, ptr %185, i64 64
  store <16 x float> %f1639, ptr %189, align 64
  %190 = getelementptr i8, ptr %182, i64 64
  %191 = load <16 x half>, ptr %190, align 2
  %f1640 = fpext <16 x half> %191 to <16 x float>
  %192 = getelementptr i8, ptr %185, i64 128
  store <16 x float> %f1640, ptr %192, align 64
  %193 = getelementptr i8, ptr %182, i64 96
  %194 = load <16 x half>, ptr %193, align 2
  %f1641 = fpext <16 x half> %194 to <16 x float>
  %195 = getelementptr i8, ptr %185, i64 192
  store <16 x float> %f1641, ptr %195, align 64
  %196 = getelementptr i8, ptr %182, i64 128
  %197 = load <16 x half>, ptr %196, align 2
  %f1642 = fpext <16 x half> %197 to <16 x float>
  %198 = getelementptr i8, ptr %185, i64 256
  store <16 x float> %f1642, ptr %198, align 64
  %199 = getelementptr i8, ptr %182, i64 160
  %200 = load <16 x half>, ptr %199, align 2
  %f1643 = fpext <16 x half> %200 to <16 x float>
  %201 = getelementptr i8, ptr %185, i64 320
  store <16 x float> %f1643, ptr %201, align 64
  %202 = getelementptr i8, ptr %182, i64 192
  %203 = load <16 x half>, ptr %202, align 2
  %f1644 = fpext <16 x half> %203 to <16 x float>
  %204 = getelementptr i8, ptr %185, i64 384
  store <16 x float> %f1644, ptr %204, align 64
  %205 = getelementptr i8, ptr %182, i64 224
  %206 = load <16 x half>, ptr %205, align 2
  %f1645 = fpext <16 x half> %206 to <16 x float>
  %207 = getelementptr i8, ptr %185, i64 448
  store <16 x float> %f1645, ptr %207, align 64
  %208 = add nsw i32 %vpack36, 1
  br label %vpack

exit35:                                           ; preds = %vpack
  %209 = add i32 %nrows, 31
  %nblk = sdiv i32 %209, 32
  br label %rblock

rblock:                                           ; preds = %join51, %exit35
  %rblock49 = phi i32 [ 0, %exit35 ], [ %237, %join51 ]
  %210 = icmp slt i32 %rblock49, %nblk
  br i1 %210, label %body46, label %exit48

body46:                                           ; preds = %rblock
  %211 = sext i32 %rblock49 to i64
  %212 = mul i32 %rblock49, 32
  %213 = add i32 %212, 31
  %214 = sext i32 %213 to i64
  %215 = getelementptr i32, ptr %lims, i64 %214
  %fact50 = load i32, ptr %215, align 4
  %216 = sub i32 %fact50, %ktile18
  %217 = call i32 @llvm.smin.i32(i32 %92, i32 %216)
  %218 = icmp sgt i32 %217, 0
  br i1 %218, label %rvisit, label %join51

exit48:                                           ; preds = %rblock
  %219 = add nsw i32 %ktile18, 48
  br label %ktile

rvisit:                                           ; preds = %body46
  %220 = mul i64 %211, 4096
  %221 = getelementptr i32, ptr %qt, i64 %220
  %222 = getelementptr i32, ptr %ot, i64 %220
  %223 = mul i64 %211, 2
  %224 = getelementptr <16 x float>, ptr %mv, i64 %223
  %225 = getelementptr <16 x float>, ptr %lv, i64 %223
  %226 = mul i64 %211, 32
  %227 = getelementptr i32, ptr %lims, i64 %226
  %228 = load <16 x i32>, ptr %227, align 64
  %229 = getelementptr i32, ptr %qpos, i64 %226
  %230 = load <16 x i32>, ptr %229, align 64
  %231 = insertelement <16 x i32> poison, i32 %seq, i32 0
  %splat52 = shufflevector <16 x i32> %231, <16 x i32> poison, <16 x i32> zeroinitializer
  %232 = add i64 %226, 16
  %233 = getelementptr i32, ptr %lims, i64 %232
  %234 = load <16 x i32>, ptr %233, align 64
  %235 = getelementptr i32, ptr %qpos, i64 %232
  %236 = load <16 x i32>, ptr %235, align 64
  br label %sblock

join51:                                           ; preds = %pvblock, %body46
  %237 = add nsw i32 %rblock49, 1
  br label %rblock

sblock:                                           ; preds = %exit60, %rvisit
  %sblock57 = phi i32 [ 0, %rvisit ], [ %321, %exit60 ]
  %238 = icmp slt i32 %sblock57, %217
  br i1 %238, label %body54, label %smask

body54:                                           ; preds = %sblock
  %239 = sext i32 %sblock57 to i64
  %240 = mul i64 %239, 128
  %241 = getelementptr i32, ptr %kbuf, i64 %240
  br label %sdim

sdim:                                             ; preds = %body58, %body54
  %sacc.sroa.92.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %294, %body58 ]
  %sacc.sroa.88.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %293, %body58 ]
  %sacc.sroa.84.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %290, %body58 ]
  %sacc.sroa.80.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %289, %body58 ]
  %sacc.sroa.76.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %286, %body58 ]
  %sacc.sroa.72.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %285, %body58 ]
  %sacc.sroa.68.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %282, %body58 ]
  %sacc.sroa.64.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %281, %body58 ]
  %sacc.sroa.60.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %278, %body58 ]
  %sacc.sroa.56.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %277, %body58 ]
  %sacc.sroa.52.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %274, %body58 ]
  %sacc.sroa.48.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %273, %body58 ]
  %sacc.sroa.44.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %270, %body58 ]
  %sacc.sroa.40.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %269, %body58 ]
  %sacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %266, %body58 ]
  %sacc.sroa.32.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %265, %body58 ]
  %sacc.sroa.28.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %262, %body58 ]
  %sacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %261, %body58 ]
  %sacc.sroa.20.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %258, %body58 ]
  %sacc.sroa.16.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %257, %body58 ]
  %sacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %254, %body58 ]
  %sacc.sroa.8.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %253, %body58 ]
  %sacc.sroa.4.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %250, %body58 ]
  %sacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %249, %body58 ]
  %sdim61 = phi i32 [ 0, %body54 ], [ %295, %body58 ]
  %242 = icmp slt i32 %sdim61, 128
  br i1 %242, label %body58, label %exit60

body58:                                           ; preds = %sdim
  %243 = sext i32 %sdim61 to i64
  %244 = mul i64 %243, 32
  %245 = getelementptr i32, ptr %221, i64 %244
  %qt62 = load <16 x float>, ptr %245, align 64
  %246 = getelementptr i32, ptr %245, i64 16
  %qt63 = load <16 x float>, ptr %246, align 64
  %247 = getelementptr i32, ptr %241, i64 %243
  %k = load float, ptr %247, align 4
  %248 = insertelement <16 x float> poison, float %k, i32 0
  %splat64 = shufflevector <16 x float> %248, <16 x float> poison, <16 x i32> zeroinitializer
  %249 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat64, <16 x float> %sacc.sroa.0.0)
  %250 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt63, <16 x float> %splat64, <16 x float> %sacc.sroa.4.0)
  %251 = getelementptr i32, ptr %247, i64 128
  %k65 = load float, ptr %251, align 4
  %252 = insertelement <16 x float> poison, float %k65, i32 0
  %splat66 = shufflevector <16 x float> %252, <16 x float> poison, <16 x i32> zeroinitializer
  %253 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat66, <16 x float> %sacc.sroa.8.0)
  %254 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt63, <16 x float> %splat66, <16 x float> %sacc.sroa.12.0)
  %255 = getelementptr i32, ptr %247, i64 256
  %k67 = load float, ptr %255, align 4
  %256 = insertelement <16 x float> poison, float %k67, i32 0
  %splat68 = shufflevector <16 x float> %256, <16 x float> poison, <16 x i32> zeroinitializer
  %257 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat68, <16 x float> %sacc.sroa.16.0)
  %258 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt63, <16 x float> %splat68, <16 x float> %sacc.sroa.20.0)
  %259 = getelementptr i32, ptr %247, i64 384
  %k69 = load float, ptr %259, align 4
  %260 = insertelement <16 x float> poison, float %k69, i32 0
  %splat70 = shufflevector <16 x float> %260, <16 x float> poison, <16 x i32> zeroinitializer
  %261 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat70, <16 x float> %sacc.sroa.24.0)
  %262 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt63, <16 x float> %splat70, <16 x float> %sacc.sroa.28.0)
  %263 = getelementptr i32, ptr %247, i64 512
  %k71 = load float, ptr %263, align 4
  %264 = insertelement <16 x float> poison, float %k71, i32 0
  %splat72 = shufflevector <16 x float> %264, <16 x float> poison, <16 x i32> zeroinitializer
  %265 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat72, <16 x float> %sacc.sroa.32.0)
  %266 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt63, <16 x float> %splat72, <16 x float> %sacc.sroa.36.0)
  %267 = getelementptr i32, ptr %247, i64 640
  %k73 = load float, ptr %267, align 4
  %268 = insertelement <16 x float> poison, float %k73, i32 0
  %splat74 = shufflevector <16 x float> %268, <16 x float> poison, <16 x i32> zeroinitializer
  %269 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat74, <16 x float> %sacc.sroa.40.0)
  %270 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt63, <16 x float> %splat74, <16 x float> %sacc.sroa.44.0)
  %271 = getelementptr i32, ptr %247, i64 768
  %k75 = load float, ptr %271, align 4
  %272 = insertelement <16 x float> poison, float %k75, i32 0
  %splat76 = shufflevector <16 x float> %272, <16 x float> poison, <16 x i32> zeroinitializer
  %273 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat76, <16 x float> %sacc.sroa.48.0)
  %274 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt63, <16 x float> %splat76, <16 x float> %sacc.sroa.52.0)
  %275 = getelementptr i32, ptr %247, i64 896
  %k77 = load float, ptr %275, align 4
  %276 = insertelement <16 x float> poison, float %k77, i32 0
  %splat78 = shufflevector <16 x float> %276, <16 x float> poison, <16 x i32> zeroinitializer
  %277 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat78, <16 x float> %sacc.sroa.56.0)
  %278 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt63, <16 x float> %splat78, <16 x float> %sacc.sroa.60.0)
  %279 = getelementptr i32, ptr %247, i64 1024
  %k79 = load float, ptr %279, align 4
  %280 = insertelement <16 x float> poison, float %k79, i32 0
  %splat80 = shufflevector <16 x float> %280, <16 x float> poison, <16 x i32> zeroinitializer
  %281 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat80, <16 x float> %sacc.sroa.64.0)
  %282 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt63, <16 x float> %splat80, <16 x float> %sacc.sroa.68.0)
  %283 = getelementptr i32, ptr %247, i64 1152
  %k81 = load float, ptr %283, align 4
  %284 = insertelement <16 x float> poison, float %k81, i32 0
  %splat82 = shufflevector <16 x float> %284, <16 x float> poison, <16 x i32> zeroinitializer
  %285 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat82, <16 x float> %sacc.sroa.72.0)
  %286 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt63, <16 x float> %splat82, <16 x float> %sacc.sroa.76.0)
  %287 = getelementptr i32, ptr %247, i64 1280
  %k83 = load float, ptr %287, align 4
  %288 = insertelement <16 x float> poison, float %k83, i32 0
  %splat84 = shufflevector <16 x float> %288, <16 x float> poison, <16 x i32> zeroinitializer
  %289 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat84, <16 x float> %sacc.sroa.80.0)
  %290 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt63, <16 x float> %splat84, <16 x float> %sacc.sroa.84.0)
  %291 = getelementptr i32, ptr %247, i64 1408
  %k85 = load float, ptr %291, align 4
  %292 = insertelement <16 x float> poison, float %k85, i32 0
  %splat86 = shufflevector <16 x float> %292, <16 x float> poison, <16 x i32> zeroinitializer
  %293 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat86, <16 x float> %sacc.sroa.88.0)
  %294 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt63, <16 x float> %splat86, <16 x float> %sacc.sroa.92.0)
  %295 = add nsw i32 %sdim61, 1
  br label %sdim

exit60:                                           ; preds = %sdim
  %296 = mul i64 %239, 32
  %297 = getelementptr i32, ptr %st, i64 %296
  store <16 x float> %sacc.sroa.0.0, ptr %297, align 64
  %298 = getelementptr i32, ptr %297, i64 16
  store <16 x float> %sacc.sroa.4.0, ptr %298, align 64
  %299 = getelementptr i32, ptr %297, i64 32
  store <16 x float> %sacc.sroa.8.0, ptr %299, align 64
  %300 = getelementptr i32, ptr %297, i64 48
  store <16 x float> %sacc.sroa.12.0, ptr %300, align 64
  %301 = getelementptr i32, ptr %297, i64 64
  store <16 x float> %sacc.sroa.16.0, ptr %301, align 64
  %302 = getelementptr i32, ptr %297, i64 80
  store <16 x float> %sacc.sroa.20.0, ptr %302, align 64
  %303 = getelementptr i32, ptr %297, i64 96
  store <16 x float> %sacc.sroa.24.0, ptr %303, align 64
  %304 = getelementptr i32, ptr %297, i64 112
  store <16 x float> %sacc.sroa.28.0, ptr %304, align 64
  %305 = getelementptr i32, ptr %297, i64 128
  store <16 x float> %sacc.sroa.32.0, ptr %305, align 64
  %306 = getelementptr i32, ptr %297, i64 144
  store <16 x float> %sacc.sroa.36.0, ptr %306, align 64
  %307 = getelementptr i32, ptr %297, i64 160
  store <16 x float> %sacc.sroa.40.0, ptr %307, align 64
  %308 = getelementptr i32, ptr %297, i64 176
  store <16 x float> %sacc.sroa.44.0, ptr %308, align 64
  %309 = getelementptr i32, ptr %297, i64 192
  store <16 x float> %sacc.sroa.48.0, ptr %309, align 64
  %310 = getelementptr i32, ptr %297, i64 208
  store <16 x float> %sacc.sroa.52.0, ptr %310, align 64
  %311 = getelementptr i32, ptr %297, i64 224
  store <16 x float> %sacc.sroa.56.0, ptr %311, align 64
  %312 = getelementptr i32, ptr %297, i64 240
  store <16 x float> %sacc.sroa.60.0, ptr %312, align 64
  %313 = getelementptr i32, ptr %297, i64 256
  store <16 x float> %sacc.sroa.64.0, ptr %313, align 64
  %314 = getelementptr i32, ptr %297, i64 272
  store <16 x float> %sacc.sroa.68.0, ptr %314, align 64
  %315 = getelementptr i32, ptr %297, i64 288
  store <16 x float> %sacc.sroa.72.0, ptr %315, align 64
  %316 = getelementptr i32, ptr %297, i64 304
  store <16 x float> %sacc.sroa.76.0, ptr %316, align 64
  %317 = getelementptr i32, ptr %297, i64 320
  store <16 x float> %sacc.sroa.80.0, ptr %317, align 64
  %318 = getelementptr i32, ptr %297, i64 336
  store <16 x float> %sacc.sroa.84.0, ptr %318, align 64
  %319 = getelementptr i32, ptr %297, i64 352
  store <16 x float> %sacc.sroa.88.0, ptr %319, align 64
  %320 = getelementptr i32, ptr %297, i64 368
  store <16 x float> %sacc.sroa.92.0, ptr %320, align 64
  %321 = add nsw i32 %sblock57, 12
  br label %sblock

smask:                                            ; preds = %sblock, %body87
  %tmax.sroa.4.0 = phi <16 x float> [ %349, %body87 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %tmax.sroa.0.0 = phi <16 x float> [ %340, %body87 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %smask90 = phi i32 [ %350, %body87 ], [ 0, %sblock ]
  %322 = icmp slt i32 %smask90, %217
  br i1 %322, label %body87, label %exit89

body87:                                           ; preds = %smask
  %323 = add i32 %ktile18, %smask90
  %324 = insertelement <16 x i32> poison, i32 %323, i32 0
  %splat91 = shufflevector <16 x i32> %324, <16 x i32> poison, <16 x i32> zeroinitializer
  %325 = sext i32 %smask90 to i64
  %326 = mul i64 %325, 32
  %327 = getelementptr i32, ptr %st, i64 %326
  %s = load <16 x float>, ptr %327, align 64
  %328 = icmp slt <16 x i32> %splat91, %228
  %329 = insertelement <16 x i32> poison, i32 %batch, i32 0
  %splat92 = shufflevector <16 x i32> %329, <16 x i32> poison, <16 x i32> zeroinitializer
  %330 = sub <16 x i32> %splat92, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %331 = call <16 x i32> @llvm.smin.v16i32(<16 x i32> %splat52, <16 x i32> %330)
  %332 = call <16 x i32> @llvm.smax.v16i32(<16 x i32> %331, <16 x i32> zeroinitializer)
  %333 = extractelement <16 x i32> %332, i32 0
  %334 = getelementptr i32, ptr %prefix, i32 %333
  %prefix93 = load i32, ptr %334, align 4
  %335 = insertelement <16 x i32> poison, i32 %prefix93, i32 0
  %splat94 = shufflevector <16 x i32> %335, <16 x i32> poison, <16 x i32> zeroinitializer
  %336 = icmp slt <16 x i32> %splat91, %splat94
  %337 = icmp sle <16 x i32> %splat91, %230
  %338 = or <16 x i1> %336, %337
  %mask_expr = and <16 x i1> %328, %338
  %339 = select <16 x i1> %mask_expr, <16 x float> %s, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %339, ptr %327, align 64
  %340 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.0.0, <16 x float> %339)
  %341 = add i64 %326, 16
  %342 = getelementptr i32, ptr %st, i64 %341
  %s95 = load <16 x float>, ptr %342, align 64
  %343 = icmp slt <16 x i32> %splat91, %234
  %prefix97 = load i32, ptr %334, align 4
  %344 = insertelement <16 x i32> poison, i32 %prefix97, i32 0
  %splat98 = shufflevector <16 x i32> %344, <16 x i32> poison, <16 x i32> zeroinitializer
  %345 = icmp slt <16 x i32> %splat91, %splat98
  %346 = icmp sle <16 x i32> %splat91, %236
  %347 = or <16 x i1> %345, %346
  %mask_expr99 = and <16 x i1> %343, %347
  %348 = select <16 x i1> %mask_expr99, <16 x float> %s95, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %348, ptr %342, align 64
  %349 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.4.0, <16 x float> %348)
  %350 = add nsw i32 %smask90, 1
  br label %smask

exit89:                                           ; preds = %smask
  %m = load <16 x float>, ptr %224, align 64
  %351 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m, <16 x float> %tmax.sroa.0.0)
  %352 = fcmp oeq <16 x float> %351, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse100 = select <16 x i1> %352, <16 x float> zeroinitializer, <16 x float> %351
  %353 = fsub <16 x float> %m, %muse100
  %354 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %353, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %355 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %354, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %356 = fadd <16 x float> %355, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %356, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %355, %n
  %357 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %358 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %357, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %359 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %358, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %360 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %359, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %361 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %360, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %362 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %361, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %363 = fptosi <16 x float> %n to <16 x i32>
  %364 = add <16 x i32> %363, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %365 = shl <16 x i32> %364, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %366 = bitcast <16 x i32> %365 to <16 x float>
  %exp2 = fmul <16 x float> %362, %366
  store <16 x float> %351, ptr %224, align 64
  %367 = getelementptr <16 x float>, ptr %224, i64 1
  %m101 = load <16 x float>, ptr %367, align 64
  %368 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m101, <16 x float> %tmax.sroa.4.0)
  %369 = fcmp oeq <16 x float> %368, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse102 = select <16 x i1> %369, <16 x float> zeroinitializer, <16 x float> %368
  %370 = fsub <16 x float> %m101, %muse102
  %371 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %370, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %372 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %371, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %373 = fadd <16 x float> %372, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n103 = fsub <16 x float> %373, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f104 = fsub <16 x float> %372, %n103
  %374 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f104, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %375 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %374, <16 x float> %f104, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %376 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %375, <16 x float> %f104, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %377 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %376, <16 x float> %f104, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %378 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %377, <16 x float> %f104, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %379 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %378, <16 x float> %f104, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %380 = fptosi <16 x float> %n103 to <16 x i32>
  %381 = add <16 x i32> %380, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %382 = shl <16 x i32> %381, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %383 = bitcast <16 x i32> %382 to <16 x float>
  %exp2105 = fmul <16 x float> %379, %383
  store <16 x float> %368, ptr %367, align 64
  br label %sexp

sexp:                                             ; preds = %body106, %exit89
  %lsum.sroa.4.0 = phi <16 x float> [ zeroinitializer, %exit89 ], [ %421, %body106 ]
  %lsum.sroa.0.0 = phi <16 x float> [ zeroinitializer, %exit89 ], [ %403, %body106 ]
  %sexp109 = phi i32 [ 0, %exit89 ], [ %422, %body106 ]
  %384 = icmp slt i32 %sexp109, %217
  br i1 %384, label %body106, label %exit108

body106:                                          ; preds = %sexp
  %385 = sext i32 %sexp109 to i64
  %386 = mul i64 %385, 32
  %387 = getelementptr i32, ptr %st, i64 %386
  %388 = load <16 x float>, ptr %387, align 64
  %389 = fsub <16 x float> %388, %muse100
  %390 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %389, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %391 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %390, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %392 = fadd <16 x float> %391, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n110 = fsub <16 x float> %392, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f111 = fsub <16 x float> %391, %n110
  %393 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f111, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %394 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %393, <16 x float> %f111, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %395 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %394, <16 x float> %f111, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %396 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %395, <16 x float> %f111, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %397 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %396, <16 x float> %f111, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %398 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %397, <16 x float> %f111, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %399 = fptosi <16 x float> %n110 to <16 x i32>
  %400 = add <16 x i32> %399, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %401 = shl <16 x i32> %400, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %402 = bitcast <16 x i32> %401 to <16 x float>
  %exp2112 = fmul <16 x float> %398, %402
  store <16 x float> %exp2112, ptr %387, align 64
  %403 = fadd <16 x float> %lsum.sroa.0.0, %exp2112
  %404 = add i64 %386, 16
  %405 = getelementptr i32, ptr %st, i64 %404
  %406 = load <16 x float>, ptr %405, align 64
  %407 = fsub <16 x float> %406, %muse102
  %408 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %407, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %409 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %408, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %410 = fadd <16 x float> %409, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n113 = fsub <16 x float> %410, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f114 = fsub <16 x float> %409, %n113
  %411 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f114, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %412 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %411, <16 x float> %f114, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %413 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %412, <16 x float> %f114, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %414 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %413, <16 x float> %f114, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %415 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %414, <16 x float> %f114, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %416 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %415, <16 x float> %f114, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %417 = fptosi <16 x float> %n113 to <16 x i32>
  %418 = add <16 x i32> %417, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %419 = shl <16 x i32> %418, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %420 = bitcast <16 x i32> %419 to <16 x float>
  %exp2115 = fmul <16 x float> %416, %420
  store <16 x float> %exp2115, ptr %405, align 64
  %421 = fadd <16 x float> %lsum.sroa.4.0, %exp2115
  %422 = add nsw i32 %sexp109, 1
  br label %sexp

exit108:                                          ; preds = %sexp
  %423 = load <16 x float>, ptr %225, align 64
  %424 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %423, <16 x float> %exp2, <16 x float> %lsum.sroa.0.0)
  store <16 x float> %424, ptr %225, align 64
  %425 = getelementptr <16 x float>, ptr %225, i64 1
  %426 = load <16 x float>, ptr %425, align 64
  %427 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %426, <16 x float> %exp2105, <16 x float> %lsum.sroa.4.0)
  store <16 x float> %427, ptr %425, align 64
  br label %pvblock

pvblock:                                          ; preds = %exit122, %exit108
  %pvblock119 = phi i32 [ 0, %exit108 ], [ %521, %exit122 ]
  %428 = icmp slt i32 %pvblock119, 16
  br i1 %428, label %body116, label %join51

body116:                                          ; preds = %pvblock
  %429 = mul i32 %pvblock119, 8
  %430 = sext i32 %429 to i64
  %431 = mul i64 %430, 32
  %432 = getelementptr i32, ptr %222, i64 %431
  %433 = load <16 x float>, ptr %432, align 64
  %434 = fmul <16 x float> %433, %exp2
  %435 = getelementptr i32, ptr %432, i64 16
  %436 = load <16 x float>, ptr %435, align 64
  %437 = fmul <16 x float> %436, %exp2105
  %438 = getelementptr i32, ptr %432, i64 32
  %439 = load <16 x float>, ptr %438, align 64
  %440 = fmul <16 x float> %439, %exp2
  %441 = getelementptr i32, ptr %432, i64 48
  %442 = load <16 x float>, ptr %441, align 64
  %443 = fmul <16 x float> %442, %exp2105
  %444 = getelementptr i32, ptr %432, i64 64
  %445 = load <16 x float>, ptr %444, align 64
  %446 = fmul <16 x float> %445, %exp2
  %447 = getelementptr i32, ptr %432, i64 80
  %448 = load <16 x float>, ptr %447, align 64
  %449 = fmul <16 x float> %448, %exp2105
  %450 = getelementptr i32, ptr %432, i64 96
  %451 = load <16 x float>, ptr %450, align 64
  %452 = fmul <16 x float> %451, %exp2
  %453 = getelementptr i32, ptr %432, i64 112
  %454 = load <16 x float>, ptr %453, align 64
  %455 = fmul <16 x float> %454, %exp2105
  %456 = getelementptr i32, ptr %432, i64 128
  %457 = load <16 x float>, ptr %456, align 64
  %458 = fmul <16 x float> %457, %exp2
  %459 = getelementptr i32, ptr %432, i64 144
  %460 = load <16 x float>, ptr %459, align 64
  %461 = fmul <16 x float> %460, %exp2105
  %462 = getelementptr i32, ptr %432, i64 160
  %463 = load <16 x float>, ptr %462, align 64
  %464 = fmul <16 x float> %463, %exp2
  %465 = getelementptr i32, ptr %432, i64 176
  %466 = load <16 x float>, ptr %465, align 64
  %467 = fmul <16 x float> %466, %exp2105
  %468 = getelementptr i32, ptr %432, i64 192
  %469 = load <16 x float>, ptr %468, align 64
  %470 = fmul <16 x float> %469, %exp2
  %471 = getelementptr i32, ptr %432, i64 208
  %472 = load <16 x float>, ptr %471, align 64
  %473 = fmul <16 x float> %472, %exp2105
  %474 = getelementptr i32, ptr %432, i64 224
  %475 = load <16 x float>, ptr %474, align 64
  %476 = fmul <16 x float> %475, %exp2
  %477 = getelementptr i32, ptr %432, i64 240
  %478 = load <16 x float>, ptr %477, align 64
  %479 = fmul <16 x float> %478, %exp2105
  br label %kpv

kpv:                                              ; preds = %body120, %body116
  %o.sroa.44.0 = phi <16 x float> [ %467, %body116 ], [ %511, %body120 ]
  %o.sroa.40.0 = phi <16 x float> [ %464, %body116 ], [ %510, %body120 ]
  %o.sroa.36.0 = phi <16 x float> [ %461, %body116 ], [ %507, %body120 ]
  %o.sroa.32.0 = phi <16 x float> [ %458, %body116 ], [ %506, %body120 ]
  %o.sroa.28.0 = phi <16 x float> [ %455, %body116 ], [ %503, %body120 ]
  %o.sroa.24.0 = phi <16 x float> [ %452, %body116 ], [ %502, %body120 ]
  %o.sroa.20.0 = phi <16 x float> [ %449, %body116 ], [ %499, %body120 ]
  %o.sroa.16.0 = phi <16 x float> [ %446, %body116 ], [ %498, %body120 ]
  %o.sroa.12.0 = phi <16 x float> [ %443, %body116 ], [ %495, %body120 ]
  %o.sroa.8.0 = phi <16 x float> [ %440, %body116 ], [ %494, %body120 ]
  %o.sroa.4.0 = phi <16 x float> [ %437, %body116 ], [ %491, %body120 ]
  %o.sroa.0.0 = phi <16 x float> [ %434, %body116 ], [ %490, %body120 ]
  %o.sroa.48.0 = phi <16 x float> [ %470, %body116 ], [ %514, %body120 ]
  %o.sroa.52.0 = phi <16 x float> [ %473, %body116 ], [ %515, %body120 ]
  %o.sroa.56.0 = phi <16 x float> [ %476, %body116 ], [ %518, %body120 ]
  %o.sroa.60.0 = phi <16 x float> [ %479, %body116 ], [ %519, %body120 ]
  %kpv123 = phi i32 [ 0, %body116 ], [ %520, %body120 ]
  %480 = icmp slt i32 %kpv123, %217
  br i1 %480, label %body120, label %exit122

body120:                                          ; preds = %kpv
  %481 = sext i32 %kpv123 to i64
  %482 = mul i64 %481, 32
  %483 = getelementptr i32, ptr %st, i64 %482
  %p = load <16 x float>, ptr %483, align 64
  %484 = add i64 %482, 16
  %485 = getelementptr i32, ptr %st, i64 %484
  %p124 = load <16 x float>, ptr %485, align 64
  %486 = mul i64 %481, 512
  %487 = getelementptr i8, ptr %vbuf, i64 %486
  %488 = getelementptr i32, ptr %487, i64 %430
  %v = load float, ptr %488, align 4
  %489 = insertelement <16 x float> poison, float %v, i32 0
  %splat125 = shufflevector <16 x float> %489, <16 x float> poison, <16 x i32> zeroinitializer
  %490 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat125, <16 x float> %o.sroa.0.0)
  %491 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p124, <16 x float> %splat125, <16 x float> %o.sroa.4.0)
  %492 = getelementptr i32, ptr %488, i64 1
  %v126 = load float, ptr %492, align 4
  %493 = insertelement <16 x float> poison, float %v126, i32 0
  %splat127 = shufflevector <16 x float> %493, <16 x float> poison, <16 x i32> zeroinitializer
  %494 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat127, <16 x float> %o.sroa.8.0)
  %495 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p124, <16 x float> %splat127, <16 x float> %o.sroa.12.0)
  %496 = getelementptr i32, ptr %488, i64 2
  %v128 = load float, ptr %496, align 4
  %497 = insertelement <16 x float> poison, float %v128, i32 0
  %splat129 = shufflevector <16 x float> %497, <16 x float> poison, <16 x i32> zeroinitializer
  %498 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat129, <16 x float> %o.sroa.16.0)
  %499 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p124, <16 x float> %splat129, <16 x float> %o.sroa.20.0)
  %500 = getelementptr i32, ptr %488, i64 3
  %v130 = load float, ptr %500, align 4
  %501 = insertelement <16 x float> poison, float %v130, i32 0
  %splat131 = shufflevector <16 x float> %501, <16 x float> poison, <16 x i32> zeroinitializer
  %502 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat131, <16 x float> %o.sroa.24.0)
  %503 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p124, <16 x float> %splat131, <16 x float> %o.sroa.28.0)
  %504 = getelementptr i32, ptr %488, i64 4
  %v132 = load float, ptr %504, align 4
  %505 = insertelement <16 x float> poison, float %v132, i32 0
  %splat133 = shufflevector <16 x float> %505, <16 x float> poison, <16 x i32> zeroinitializer
  %506 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat133, <16 x float> %o.sroa.32.0)
  %507 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p124, <16 x float> %splat133, <16 x float> %o.sroa.36.0)
  %508 = getelementptr i32, ptr %488, i64 5
  %v134 = load float, ptr %508, align 4
  %509 = insertelement <16 x float> poison, float %v134, i32 0
  %splat135 = shufflevector <16 x float> %509, <16 x float> poison, <16 x i32> zeroinitializer
  %510 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat135, <16 x float> %o.sroa.40.0)
  %511 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p124, <16 x float> %splat135, <16 x float> %o.sroa.44.0)
  %512 = getelementptr i32, ptr %488, i64 6
  %v136 = load float, ptr %512, align 4
  %513 = insertelement <16 x float> poison, float %v136, i32 0
  %splat137 = shufflevector <16 x float> %513, <16 x float> poison, <16 x i32> zeroinitializer
  %514 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat137, <16 x float> %o.sroa.48.0)
  %515 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p124, <16 x float> %splat137, <16 x float> %o.sroa.52.0)
  %516 = getelementptr i32, ptr %488, i64 7
  %v138 = load float, ptr %516, align 4
  %517 = insertelement <16 x float> poison, float %v138, i32 0
  %splat139 = shufflevector <16 x float> %517, <16 x float> poison, <16 x i32> zeroinitializer
  %518 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat139, <16 x float> %o.sroa.56.0)
  %519 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p124, <16 x float> %splat139, <16 x float> %o.sroa.60.0)
  %520 = add nsw i32 %kpv123, 1
  br label %kpv

exit122:                                          ; preds = %kpv
  store <16 x float> %o.sroa.0.0, ptr %432, align 64
  store <16 x float> %o.sroa.4.0, ptr %435, align 64
  store <16 x float> %o.sroa.8.0, ptr %438, align 64
  store <16 x float> %o.sroa.12.0, ptr %441, align 64
  store <16 x float> %o.sroa.16.0, ptr %444, align 64
  store <16 x float> %o.sroa.20.0, ptr %447, align 64
  store <16 x float> %o.sroa.24.0, ptr %450, align 64
  store <16 x float> %o.sroa.28.0, ptr %453, align 64
  store <16 x float> %o.sroa.32.0, ptr %456, align 64
  store <16 x float> %o.sroa.36.0, ptr %459, align 64
  store <16 x float> %o.sroa.40.0, ptr %462, align 64
  store <16 x float> %o.sroa.44.0, ptr %465, align 64
  store <16 x float> %o.sroa.48.0, ptr %468, align 64
  store <16 x float> %o.sroa.52.0, ptr %471, align 64
  store <16 x float> %o.sroa.56.0, ptr %474, align 64
  store <16 x float> %o.sroa.60.0, ptr %477, align 64
  %521 = add nsw i32 %pvblock119, 1
  br label %pvblock

orow140:                                          ; preds = %written, %exit17
  %orow144 = phi i32 [ 0, %exit17 ], [ %558, %written ]
  %522 = icmp slt i32 %orow144, %nrows
  br i1 %522, label %body141, label %common.ret

body141:                                          ; preds = %orow140
  %523 = sext i32 %orow144 to i64
  %524 = getelementptr float, ptr %ms, i64 %523
  %m145 = load float, ptr %524, align 4
  %525 = getelementptr float, ptr %ls, i64 %523
  %l = load float, ptr %525, align 4
  %526 = sdiv i32 %orow144, 32
  %527 = srem i32 %orow144, 32
  %528 = sext i32 %526 to i64
  %529 = mul i64 %528, 4096
  %530 = getelementptr i32, ptr %ot, i64 %529
  br label %otrow

otrow:                                            ; preds = %body146, %body141
  %otrow149 = phi i32 [ 0, %body141 ], [ %539, %body146 ]
  %531 = icmp slt i32 %otrow149, 128
  br i1 %531, label %body146, label %exit148

body146:                                          ; preds = %otrow
  %532 = sext i32 %527 to i64
  %533 = sext i32 %otrow149 to i64
  %534 = mul i64 %533, 32
  %535 = add i64 %534, %532
  %536 = getelementptr i32, ptr %530, i64 %535
  %537 = load float, ptr %536, align 4
  %538 = getelementptr i32, ptr %rowbuf, i64 %533
  store float %537, ptr %538, align 4
  %539 = add nsw i32 %otrow149, 1
  br label %otrow

exit148:                                          ; preds = %otrow
  %540 = icmp ne ptr %part, null
  br i1 %540, label %partial, label %final

partial:                                          ; preds = %exit148
  %541 = sext i32 %nrows to i64
  %542 = mul i64 %523, 128
  %543 = getelementptr float, ptr %part, i64 %542
  br label %chunk150

final:                                            ; preds = %exit148
  %544 = sdiv i32 %orow144, %nh
  %qi155 = add i32 %q_begin, %544
  %545 = srem i32 %orow144, %nh
  %546 = add i32 %h_begin, %545
  %547 = mul i32 %kv_head, 4
  %hq156 = add i32 %547, %546
  %548 = sext i32 %qi155 to i64
  %549 = add i64 %q_row0, %548
  %550 = mul i64 %549, 32
  %551 = sext i32 %hq156 to i64
  %orow157 = add i64 %550, %551
  %552 = fcmp oeq float %l, 0.000000e+00
  %553 = fdiv float 1.000000e+00, %l
  %554 = select i1 %552, float 0.000000e+00, float %553
  %555 = mul i64 %orow157, 512
  %556 = getelementptr i8, ptr %out, i64 %555
  %557 = insertelement <16 x float> poison, float %554, i32 0
  %splat158 = shufflevector <16 x float> %557, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk159

written:                                          ; preds = %chunk159, %exit153
  %558 = add nsw i32 %orow144, 1
  br label %orow140

chunk150:                                         ; preds = %body151, %partial
  %chunk154 = phi i64 [ 0, %partial ], [ %564, %body151 ]
  %559 = icmp slt i64 %chunk154, 8
  br i1 %559, label %body151, label %exit153

body151:                                          ; preds = %chunk150
  %560 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk154
  %561 = load <16 x float>, ptr %560, align 64
  %562 = mul i64 %chunk154, 64
  %563 = getelementptr i8, ptr %543, i64 %562
  store <16 x float> %561, ptr %563, align 4
  %564 = add nsw i64 %chunk154, 1
  br label %chunk150

exit153:                                          ; preds = %chunk150
  %565 = mul i64 %541, 128
  %566 = add i64 %565, %523
  %567 = getelementptr float, ptr %part, i64 %566
  store float %m145, ptr %567, align 4
  %568 = add i64 %566, %541
  %569 = getelementptr float, ptr %part, i64 %568
  store float %l, ptr %569, align 4
  br label %written

chunk159:                                         ; preds = %body160, %final
  %chunk163 = phi i64 [ 0, %final ], [ %576, %body160 ]
  %570 = icmp slt i64 %chunk163, 8
  br i1 %570, label %body160, label %written

body160:                                          ; preds = %chunk159
  %571 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk163
  %572 = load <16 x float>, ptr %571, align 64
  %573 = fmul <16 x float> %572, %splat158
  %574 = mul i64 %chunk163, 64
  %575 = getelementptr i8, ptr %556, i64 %574
  store <16 x float> %573, ptr %575, align 4
  %576 = add nsw i64 %chunk163, 1
  br label %chunk159
}

declare i32 @attnrt_run(ptr, ptr)

; Function Attrs: nounwind
define i32 @expr_prefix_lm(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_run(ptr @expr_prefix_lm_kernel, ptr %0)
  ret i32 %1
}

declare i64 @attnrt_tasks(ptr, ptr)

; Function Attrs: nounwind
define i64 @expr_prefix_lm_tasks(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_tasks(ptr @expr_prefix_lm_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_task(ptr, ptr, i64)

; Function Attrs: nounwind
define i32 @expr_prefix_lm_task(ptr %0, i64 %1) #0 {
entry:
  %2 = call i32 @attnrt_task(ptr @expr_prefix_lm_kernel, ptr %0, i64 %1)
  ret i32 %2
}

declare i64 @attnrt_workspace(ptr, ptr)

; Function Attrs: nounwind
define i64 @expr_prefix_lm_workspace(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_workspace(ptr @expr_prefix_lm_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_append(ptr, ptr)

; Function Attrs: nounwind
define i32 @expr_prefix_lm_append(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_append(ptr @expr_prefix_lm_kernel, ptr %0)
  ret i32 %1
}

; Function Attrs: nounwind
define ptr @expr_prefix_lm_info() #0 {
entry:
  ret ptr @expr_prefix_lm_info_data
}

attributes #0 = { nounwind "target-cpu"="x86-64-v4" "target-features"="+avx512f,+evex512,+avx512bw,+avx512vl,+avx,+avx2,+fma,+f16c" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite) }
