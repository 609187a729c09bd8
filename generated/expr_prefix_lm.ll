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
  %rinit1 = phi i32 [ %63, %exit9 ], [ 0, %entry ]
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
  %k_last = sub i32 %k_end, 1
  br label %kblock

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %52, %body2 ]
  %46 = icmp slt i64 %chunk5, 8
  br i1 %46, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %47 = mul i64 %chunk5, 64
  %48 = getelementptr i8, ptr %43, i64 %47
  %49 = load <16 x float>, ptr %48, align 4
  %50 = fmul <16 x float> %49, %splat
  %51 = getelementptr <16 x float>, ptr %30, i64 %chunk5
  store <16 x float> %50, ptr %51, align 64
  %52 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %53 = getelementptr float, ptr %ms, i64 %28
  store float 0xFFF0000000000000, ptr %53, align 4
  %54 = getelementptr float, ptr %ls, i64 %28
  store float 0.000000e+00, ptr %54, align 4
  %55 = getelementptr i32, ptr %lims, i64 %28
  store i32 %k_end, ptr %55, align 4
  %56 = getelementptr i32, ptr %qpos, i64 %28
  %qpos6 = add i32 %q_pos0, %qi
  store i32 %qpos6, ptr %56, align 4
  br label %acczero

acczero:                                          ; preds = %body7, %exit4
  %acczero10 = phi i64 [ 0, %exit4 ], [ %62, %body7 ]
  %57 = icmp slt i64 %acczero10, 8
  br i1 %57, label %body7, label %exit9

body7:                                            ; preds = %acczero
  %58 = mul i64 %acczero10, 16
  %59 = mul i64 %28, 128
  %60 = add i64 %59, %58
  %61 = getelementptr float, ptr %accs, i64 %60
  store <16 x float> zeroinitializer, ptr %61, align 64
  %62 = add nsw i64 %acczero10, 1
  br label %acczero

exit9:                                            ; preds = %acczero
  %63 = add nsw i32 %rinit1, 1
  br label %rinit

kblock:                                           ; preds = %exit135, %exit
  %kblock14 = phi i32 [ %k_begin, %exit ], [ %713, %exit135 ]
  %64 = icmp slt i32 %kblock14, %k_end
  br i1 %64, label %body11, label %orow152

body11:                                           ; preds = %kblock
  %65 = add i32 %kblock14, 63
  %66 = call i32 @llvm.smin.i32(i32 %65, i32 %k_last)
  %67 = sub i32 %nrows, 1
  %68 = mul i32 %kv_head, 4
  %hq15 = add i32 %68, %h_begin
  %qpos16 = add i32 %q_pos0, %q_begin
  %69 = sub i32 %nh, 1
  %70 = sdiv i32 %67, %nh
  %71 = add i32 %q_begin, %70
  %qpos17 = add i32 %q_pos0, %71
  %72 = sext i32 %kblock14 to i64
  %73 = sext i32 %66 to i64
  %74 = icmp eq i64 %72, -2147483648
  %75 = icmp eq i64 %72, %73
  %76 = sext i32 %qpos16 to i64
  %77 = sext i32 %qpos17 to i64
  %78 = icmp sle i64 %76, %73
  %79 = icmp sle i64 %72, %77
  %80 = icmp eq i64 %72, %76
  %81 = icmp eq i64 %76, %77
  %82 = and i1 %75, %81
  %83 = icmp slt i64 %76, %73
  %84 = add i32 %kblock14, 64
  br label %kdot

kdot:                                             ; preds = %body18, %body11
  %kdot21 = phi i32 [ 0, %body11 ], [ %276, %body18 ]
  %85 = icmp slt i32 %kdot21, 64
  br i1 %85, label %body18, label %score

body18:                                           ; preds = %kdot
  %86 = add i32 %kblock14, %kdot21
  %87 = call i32 @llvm.smin.i32(i32 %86, i32 %k_last)
  %88 = sext i32 %87 to i64
  %89 = mul i64 %88, 8
  %row = add i64 %23, %89
  %90 = mul i64 %row, 256
  %91 = getelementptr i8, ptr %22, i64 %90
  %92 = add i32 %87, 16
  %93 = call i32 @llvm.smin.i32(i32 %92, i32 %k_last)
  %94 = sext i32 %93 to i64
  %95 = mul i64 %94, 8
  %row22 = add i64 %23, %95
  %96 = mul i64 %row22, 256
  %97 = getelementptr i8, ptr %22, i64 %96
  call void @llvm.prefetch.p0(ptr %97, i32 0, i32 3, i32 1)
  %98 = getelementptr i8, ptr %97, i64 64
  call void @llvm.prefetch.p0(ptr %98, i32 0, i32 3, i32 1)
  %99 = getelementptr i8, ptr %97, i64 128
  call void @llvm.prefetch.p0(ptr %99, i32 0, i32 3, i32 1)
  %100 = getelementptr i8, ptr %97, i64 192
  call void @llvm.prefetch.p0(ptr %100, i32 0, i32 3, i32 1)
  %101 = add i32 %84, %kdot21
  %102 = call i32 @llvm.smin.i32(i32 %101, i32 %k_last)
  %103 = sext i32 %102 to i64
  %104 = mul i64 %103, 8
  %row23 = add i64 %23, %104
  %105 = mul i64 %row23, 256
  %106 = getelementptr i8, ptr %22, i64 %105
  call void @llvm.prefetch.p0(ptr %106, i32 0, i32 2, i32 1)
  %107 = getelementptr i8, ptr %106, i64 64
  call void @llvm.prefetch.p0(ptr %107, i32 0, i32 2, i32 1)
  %108 = getelementptr i8, ptr %106, i64 128
  call void @llvm.prefetch.p0(ptr %108, i32 0, i32 2, i32 1)
  %109 = getelementptr i8, ptr %106, i64 192
  call void @llvm.prefetch.p0(ptr %109, i32 0, i32 2, i32 1)
  %110 = add i32 %kdot21, 1
  %111 = add i32 %kblock14, %110
  %112 = call i32 @llvm.smin.i32(i32 %111, i32 %k_last)
  %113 = sext i32 %112 to i64
  %114 = mul i64 %113, 8
  %row24 = add i64 %23, %114
  %115 = mul i64 %row24, 256
  %116 = getelementptr i8, ptr %22, i64 %115
  %117 = add i32 %112, 16
  %118 = call i32 @llvm.smin.i32(i32 %117, i32 %k_last)
  %119 = sext i32 %118 to i64
  %120 = mul i64 %119, 8
  %row25 = add i64 %23, %120
  %121 = mul i64 %row25, 256
  %122 = getelementptr i8, ptr %22, i64 %121
  call void @llvm.prefetch.p0(ptr %122, i32 0, i32 3, i32 1)
  %123 = getelementptr i8, ptr %122, i64 64
  call void @llvm.prefetch.p0(ptr %123, i32 0, i32 3, i32 1)
  %124 = getelementptr i8, ptr %122, i64 128
  call void @llvm.prefetch.p0(ptr %124, i32 0, i32 3, i32 1)
  %125 = getelementptr i8, ptr %122, i64 192
  call void @llvm.prefetch.p0(ptr %125, i32 0, i32 3, i32 1)
  %126 = add i32 %84, %110
  %127 = call i32 @llvm.smin.i32(i32 %126, i32 %k_last)
  %128 = sext i32 %127 to i64
  %129 = mul i64 %128, 8
  %row26 = add i64 %23, %129
  %130 = mul i64 %row26, 256
  %131 = getelementptr i8, ptr %22, i64 %130
  call void @llvm.prefetch.p0(ptr %131, i32 0, i32 2, i32 1)
  %132 = getelementptr i8, ptr %131, i64 64
  call void @llvm.prefetch.p0(ptr %132, i32 0, i32 2, i32 1)
  %133 = getelementptr i8, ptr %131, i64 128
  call void @llvm.prefetch.p0(ptr %133, i32 0, i32 2, i32 1)
  %134 = getelementptr i8, ptr %131, i64 192
  call void @llvm.prefetch.p0(ptr %134, i32 0, i32 2, i32 1)
  %q27 = load <16 x float>, ptr %qs, align 64
  %135 = load <16 x half>, ptr %91, align 2
  %f16 = fpext <16 x half> %135 to <16 x float>
  %136 = load <16 x half>, ptr %116, align 2
  %f1628 = fpext <16 x half> %136 to <16 x float>
  %137 = fmul <16 x float> %q27, %f16
  %138 = fmul <16 x float> %q27, %f1628
  %139 = getelementptr <16 x float>, ptr %qs, i64 8
  %q29 = load <16 x float>, ptr %139, align 64
  %140 = fmul <16 x float> %q29, %f16
  %141 = fmul <16 x float> %q29, %f1628
  %142 = getelementptr <16 x float>, ptr %qs, i64 16
  %q30 = load <16 x float>, ptr %142, align 64
  %143 = fmul <16 x float> %q30, %f16
  %144 = fmul <16 x float> %q30, %f1628
  %145 = getelementptr <16 x float>, ptr %qs, i64 24
  %q31 = load <16 x float>, ptr %145, align 64
  %146 = fmul <16 x float> %q31, %f16
  %147 = fmul <16 x float> %q31, %f1628
  %148 = getelementptr <16 x float>, ptr %qs, i64 1
  %q32 = load <16 x float>, ptr %148, align 64
  %149 = getelementptr i8, ptr %91, i64 32
  %150 = load <16 x half>, ptr %149, align 2
  %f1633 = fpext <16 x half> %150 to <16 x float>
  %151 = getelementptr i8, ptr %116, i64 32
  %152 = load <16 x half>, ptr %151, align 2
  %f1634 = fpext <16 x half> %152 to <16 x float>
  %153 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %f1633, <16 x float> %137)
  %154 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %f1634, <16 x float> %138)
  %155 = getelementptr <16 x float>, ptr %qs, i64 9
  %q35 = load <16 x float>, ptr %155, align 64
  %156 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %f1633, <16 x float> %140)
  %157 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %f1634, <16 x float> %141)
  %158 = getelementptr <16 x float>, ptr %qs, i64 17
  %q36 = load <16 x float>, ptr %158, align 64
  %159 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %f1633, <16 x float> %143)
  %160 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %f1634, <16 x float> %144)
  %161 = getelementptr <16 x float>, ptr %qs, i64 25
  %q37 = load <16 x float>, ptr %161, align 64
  %162 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %f1633, <16 x float> %146)
  %163 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %f1634, <16 x float> %147)
  %164 = getelementptr <16 x float>, ptr %qs, i64 2
  %q38 = load <16 x float>, ptr %164, align 64
  %165 = getelementptr i8, ptr %91, i64 64
  %166 = load <16 x half>, ptr %165, align 2
  %f1639 = fpext <16 x half> %166 to <16 x float>
  %167 = getelementptr i8, ptr %116, i64 64
  %168 = load <16 x half>, ptr %167, align 2
  %f1640 = fpext <16 x half> %168 to <16 x float>
  %169 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q38, <16 x float> %f1639, <16 x float> %153)
  %170 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q38, <16 x float> %f1640, <16 x float> %154)
  %171 = getelementptr <16 x float>, ptr %qs, i64 10
  %q41 = load <16 x float>, ptr %171, align 64
  %172 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q41, <16 x float> %f1639, <16 x float> %156)
  %173 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q41, <16 x float> %f1640, <16 x float> %157)
  %174 = getelementptr <16 x float>, ptr %qs, i64 18
  %q42 = load <16 x float>, ptr %174, align 64
  %175 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q42, <16 x float> %f1639, <16 x float> %159)
  %176 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q42, <16 x float> %f1640, <16 x float> %160)
  %177 = getelementptr <16 x float>, ptr %qs, i64 26
  %q43 = load <16 x float>, ptr %177, align 64
  %178 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q43, <16 x float> %f1639, <16 x float> %162)
  %179 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q43, <16 x float> %f1640, <16 x float> %163)
  %180 = getelementptr <16 x float>, ptr %qs, i64 3
  %q44 = load <16 x float>, ptr %180, align 64
  %181 = getelementptr i8, ptr %91, i64 96
  %182 = load <16 x half>, ptr %181, align 2
  %f1645 = fpext <16 x half> %182 to <16 x float>
  %183 = getelementptr i8, ptr %116, i64 96
  %184 = load <16 x half>, ptr %183, align 2
  %f1646 = fpext <16 x half> %184 to <16 x float>
  %185 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q44, <16 x float> %f1645, <16 x float> %169)
  %186 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q44, <16 x float> %f1646, <16 x float> %170)
  %187 = getelementptr <16 x float>, ptr %qs, i64 11
  %q47 = load <16 x float>, ptr %187, align 64
  %188 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q47, <16 x float> %f1645, <16 x float> %172)
  %189 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q47, <16 x float> %f1646, <16 x float> %173)
  %190 = getelementptr <16 x float>, ptr %qs, i64 19
  %q48 = load <16 x float>, ptr %190, align 64
  %191 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q48, <16 x float> %f1645, <16 x float> %175)
  %192 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q48, <16 x float> %f1646, <16 x float> %176)
  %193 = getelementptr <16 x float>, ptr %qs, i64 27
  %q49 = load <16 x float>, ptr %193, align 64
  %194 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q49, <16 x float> %f1645, <16 x float> %178)
  %195 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q49, <16 x float> %f1646, <16 x float> %179)
  %196 = getelementptr <16 x float>, ptr %qs, i64 4
  %q50 = load <16 x float>, ptr %196, align 64
  %197 = getelementptr i8, ptr %91, i64 128
  %198 = load <16 x half>, ptr %197, align 2
  %f1651 = fpext <16 x half> %198 to <16 x float>
  %199 = getelementptr i8, ptr %116, i64 128
  %200 = load <16 x half>, ptr %199, align 2
  %f1652 = fpext <16 x half> %200 to <16 x float>
  %201 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q50, <16 x float> %f1651, <16 x float> %185)
  %202 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q50, <16 x float> %f1652, <16 x float> %186)
  %203 = getelementptr <16 x float>, ptr %qs, i64 12
  %q53 = load <16 x float>, ptr %203, align 64
  %204 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q53, <16 x float> %f1651, <16 x float> %188)
  %205 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q53, <16 x float> %f1652, <16 x float> %189)
  %206 = getelementptr <16 x float>, ptr %qs, i64 20
  %q54 = load <16 x float>, ptr %206, align 64
  %207 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q54, <16 x float> %f1651, <16 x float> %191)
  %208 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q54, <16 x float> %f1652, <16 x float> %192)
  %209 = getelementptr <16 x float>, ptr %qs, i64 28
  %q55 = load <16 x float>, ptr %209, align 64
  %210 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q55, <16 x float> %f1651, <16 x float> %194)
  %211 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q55, <16 x float> %f1652, <16 x float> %195)
  %212 = getelementptr <16 x float>, ptr %qs, i64 5
  %q56 = load <16 x float>, ptr %212, align 64
  %213 = getelementptr i8, ptr %91, i64 160
  %214 = load <16 x half>, ptr %213, align 2
  %f1657 = fpext <16 x half> %214 to <16 x float>
  %215 = getelementptr i8, ptr %116, i64 160
  %216 = load <16 x half>, ptr %215, align 2
  %f1658 = fpext <16 x half> %216 to <16 x float>
  %217 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q56, <16 x float> %f1657, <16 x float> %201)
  %218 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q56, <16 x float> %f1658, <16 x float> %202)
  %219 = getelementptr <16 x float>, ptr %qs, i64 13
  %q59 = load <16 x float>, ptr %219, align 64
  %220 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q59, <16 x float> %f1657, <16 x float> %204)
  %221 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q59, <16 x float> %f1658, <16 x float> %205)
  %222 = getelementptr <16 x float>, ptr %qs, i64 21
  %q60 = load <16 x float>, ptr %222, align 64
  %223 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q60, <16 x float> %f1657, <16 x float> %207)
  %224 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q60, <16 x float> %f1658, <16 x float> %208)
  %225 = getelementptr <16 x float>, ptr %qs, i64 29
  %q61 = load <16 x float>, ptr %225, align 64
  %226 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q61, <16 x float> %f1657, <16 x float> %210)
  %227 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q61, <16 x float> %f1658, <16 x float> %211)
  %228 = getelementptr <16 x float>, ptr %qs, i64 6
  %q62 = load <16 x float>, ptr %228, align 64
  %229 = getelementptr i8, ptr %91, i64 192
  %230 = load <16 x half>, ptr %229, align 2
  %f1663 = fpext <16 x half> %230 to <16 x float>
  %231 = getelementptr i8, ptr %116, i64 192
  %232 = load <16 x half>, ptr %231, align 2
  %f1664 = fpext <16 x half> %232 to <16 x float>
  %233 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q62, <16 x float> %f1663, <16 x float> %217)
  %234 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q62, <16 x float> %f1664, <16 x float> %218)
  %235 = getelementptr <16 x float>, ptr %qs, i64 14
  %q65 = load <16 x float>, ptr %235, align 64
  %236 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q65, <16 x float> %f1663, <16 x float> %220)
  %237 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q65, <16 x float> %f1664, <16 x float> %221)
  %238 = getelementptr <16 x float>, ptr %qs, i64 22
  %q66 = load <16 x float>, ptr %238, align 64
  %239 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q66, <16 x float> %f1663, <16 x float> %223)
  %240 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q66, <16 x float> %f1664, <16 x float> %224)
  %241 = getelementptr <16 x float>, ptr %qs, i64 30
  %q67 = load <16 x float>, ptr %241, align 64
  %242 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q67, <16 x float> %f1663, <16 x float> %226)
  %243 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q67, <16 x float> %f1664, <16 x float> %227)
  %244 = getelementptr <16 x float>, ptr %qs, i64 7
  %q68 = load <16 x float>, ptr %244, align 64
  %245 = getelementptr i8, ptr %91, i64 224
  %246 = load <16 x half>, ptr %245, align 2
  %f1669 = fpext <16 x half> %246 to <16 x float>
  %247 = getelementptr i8, ptr %116, i64 224
  %248 = load <16 x half>, ptr %247, align 2
  %f1670 = fpext <16 x half> %248 to <16 x float>
  %249 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q68, <16 x float> %f1669, <16 x float> %233)
  %250 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q68, <16 x float> %f1670, <16 x float> %234)
  %251 = getelementptr <16 x float>, ptr %qs, i64 15
  %q71 = load <16 x float>, ptr %251, align 64
  %252 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q71, <16 x float> %f1669, <16 x float> %236)
  %253 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q71, <16 x float> %f1670, <16 x float> %237)
  %254 = getelementptr <16 x float>, ptr %qs, i64 23
  %q72 = load <16 x float>, ptr %254, align 64
  %255 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q72, <16 x float> %f1669, <16 x float> %239)
  %256 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q72, <16 x float> %f1670, <16 x float> %240)
  %257 = getelementptr <16 x float>, ptr %qs, i64 31
  %q73 = load <16 x float>, ptr %257, align 64
  %258 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q73, <16 x float> %f1669, <16 x float> %242)
  %259 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q73, <16 x float> %f1670, <16 x float> %243)
  %260 = sext i32 %kdot21 to i64
  %261 = getelementptr <16 x float>, ptr %dbuf, i64 %260
  store <16 x float> %249, ptr %261, align 64
  %262 = sext i32 %110 to i64
  %263 = getelementptr <16 x float>, ptr %dbuf, i64 %262
  store <16 x float> %250, ptr %263, align 64
  %264 = add i64 64, %260
  %265 = getelementptr <16 x float>, ptr %dbuf, i64 %264
  store <16 x float> %252, ptr %265, align 64
  %266 = add i64 64, %262
  %267 = getelementptr <16 x float>, ptr %dbuf, i64 %266
  store <16 x float> %253, ptr %267, align 64
  %268 = add i64 128, %260
  %269 = getelementptr <16 x float>, ptr %dbuf, i64 %268
  store <16 x float> %255, ptr %269, align 64
  %270 = add i64 128, %262
  %271 = getelementptr <16 x float>, ptr %dbuf, i64 %270
  store <16 x float> %256, ptr %271, align 64
  %272 = add i64 192, %260
  %273 = getelementptr <16 x float>, ptr %dbuf, i64 %272
  store <16 x float> %258, ptr %273, align 64
  %274 = add i64 192, %262
  %275 = getelementptr <16 x float>, ptr %dbuf, i64 %274
  store <16 x float> %259, ptr %275, align 64
  %276 = add nsw i32 %kdot21, 2
  br label %kdot

score:                                            ; preds = %kdot, %body74
  %score77 = phi i64 [ %404, %body74 ], [ 0, %kdot ]
  %277 = icmp slt i64 %score77, 16
  br i1 %277, label %body74, label %rmax

body74:                                           ; preds = %score
  %278 = sdiv i64 %score77, 4
  %279 = srem i64 %score77, 4
  %280 = mul i64 %279, 16
  %281 = mul i64 %278, 64
  %282 = add i64 %281, %280
  %283 = getelementptr <16 x float>, ptr %dbuf, i64 %282
  %284 = load <16 x float>, ptr %283, align 64
  %285 = add i64 %282, 1
  %286 = getelementptr <16 x float>, ptr %dbuf, i64 %285
  %287 = load <16 x float>, ptr %286, align 64
  %288 = shufflevector <16 x float> %284, <16 x float> %287, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %289 = shufflevector <16 x float> %284, <16 x float> %287, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %290 = fadd <16 x float> %288, %289
  %291 = add i64 %282, 2
  %292 = getelementptr <16 x float>, ptr %dbuf, i64 %291
  %293 = load <16 x float>, ptr %292, align 64
  %294 = add i64 %282, 3
  %295 = getelementptr <16 x float>, ptr %dbuf, i64 %294
  %296 = load <16 x float>, ptr %295, align 64
  %297 = shufflevector <16 x float> %293, <16 x float> %296, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %298 = shufflevector <16 x float> %293, <16 x float> %296, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %299 = fadd <16 x float> %297, %298
  %300 = shufflevector <16 x float> %290, <16 x float> %299, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %301 = shufflevector <16 x float> %290, <16 x float> %299, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %302 = fadd <16 x float> %300, %301
  %303 = add i64 %282, 4
  %304 = getelementptr <16 x float>, ptr %dbuf, i64 %303
  %305 = load <16 x float>, ptr %304, align 64
  %306 = add i64 %282, 5
  %307 = getelementptr <16 x float>, ptr %dbuf, i64 %306
  %308 = load <16 x float>, ptr %307, align 64
  %309 = shufflevector <16 x float> %305, <16 x float> %308, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %310 = shufflevector <16 x float> %305, <16 x float> %308, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %311 = fadd <16 x float> %309, %310
  %312 = add i64 %282, 6
  %313 = getelementptr <16 x float>, ptr %dbuf, i64 %312
  %314 = load <16 x float>, ptr %313, align 64
  %315 = add i64 %282, 7
  %316 = getelementptr <16 x float>, ptr %dbuf, i64 %315
  %317 = load <16 x float>, ptr %316, align 64
  %318 = shufflevector <16 x float> %314, <16 x float> %317, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %319 = shufflevector <16 x float> %314, <16 x float> %317, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %320 = fadd <16 x float> %318, %319
  %321 = shufflevector <16 x float> %311, <16 x float> %320, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %322 = shufflevector <16 x float> %311, <16 x float> %320, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %323 = fadd <16 x float> %321, %322
  %324 = shufflevector <16 x float> %302, <16 x float> %323, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %325 = shufflevector <16 x float> %302, <16 x float> %323, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %326 = fadd <16 x float> %324, %325
  %327 = add i64 %282, 8
  %328 = getelementptr <16 x float>, ptr %dbuf, i64 %327
  %329 = load <16 x float>, ptr %328, align 64
  %330 = add i64 %282, 9
  %331 = getelementptr <16 x float>, ptr %dbuf, i64 %330
  %332 = load <16 x float>, ptr %331, align 64
  %333 = shufflevector <16 x float> %329, <16 x float> %332, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %334 = shufflevector <16 x float> %329, <16 x float> %332, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %335 = fadd <16 x float> %333, %334
  %336 = add i64 %282, 10
  %337 = getelementptr <16 x float>, ptr %dbuf, i64 %336
  %338 = load <16 x float>, ptr %337, align 64
  %339 = add i64 %282, 11
  %340 = getelementptr <16 x float>, ptr %dbuf, i64 %339
  %341 = load <16 x float>, ptr %340, align 64
  %342 = shufflevector <16 x float> %338, <16 x float> %341, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %343 = shufflevector <16 x float> %338, <16 x float> %341, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %344 = fadd <16 x float> %342, %343
  %345 = shufflevector <16 x float> %335, <16 x float> %344, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %346 = shufflevector <16 x float> %335, <16 x float> %344, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %347 = fadd <16 x float> %345, %346
  %348 = add i64 %282, 12
  %349 = getelementptr <16 x float>, ptr %dbuf, i64 %348
  %350 = load <16 x float>, ptr %349, align 64
  %351 = add i64 %282, 13
  %352 = getelementptr <16 x float>, ptr %dbuf, i64 %351
  %353 = load <16 x float>, ptr %352, align 64
  %354 = shufflevector <16 x float> %350, <16 x float> %353, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %355 = shufflevector <16 x float> %350, <16 x float> %353, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %356 = fadd <16 x float> %354, %355
  %357 = add i64 %282, 14
  %358 = getelementptr <16 x float>, ptr %dbuf, i64 %357
  %359 = load <16 x float>, ptr %358, align 64
  %360 = add i64 %282, 15
  %361 = getelementptr <16 x float>, ptr %dbuf, i64 %360
  %362 = load <16 x float>, ptr %361, align 64
  %363 = shufflevector <16 x float> %359, <16 x float> %362, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %364 = shufflevector <16 x float> %359, <16 x float> %362, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %365 = fadd <16 x float> %363, %364
  %366 = shufflevector <16 x float> %356, <16 x float> %365, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %367 = shufflevector <16 x float> %356, <16 x float> %365, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %368 = fadd <16 x float> %366, %367
  %369 = shufflevector <16 x float> %347, <16 x float> %368, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %370 = shufflevector <16 x float> %347, <16 x float> %368, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %371 = fadd <16 x float> %369, %370
  %372 = shufflevector <16 x float> %326, <16 x float> %371, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %373 = shufflevector <16 x float> %326, <16 x float> %371, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %374 = fadd <16 x float> %372, %373
  %375 = getelementptr i32, ptr %lims, i64 %278
  %376 = load i32, ptr %375, align 4
  %377 = insertelement <16 x i32> poison, i32 %376, i32 0
  %splat78 = shufflevector <16 x i32> %377, <16 x i32> poison, <16 x i32> zeroinitializer
  %378 = getelementptr i32, ptr %qpos, i64 %278
  %379 = load i32, ptr %378, align 4
  %380 = insertelement <16 x i32> poison, i32 %379, i32 0
  %splat79 = shufflevector <16 x i32> %380, <16 x i32> poison, <16 x i32> zeroinitializer
  %381 = insertelement <16 x i32> poison, i32 %seq, i32 0
  %splat80 = shufflevector <16 x i32> %381, <16 x i32> poison, <16 x i32> zeroinitializer
  %382 = trunc i64 %280 to i32
  %383 = add i32 %kblock14, %382
  %384 = insertelement <16 x i32> poison, i32 %383, i32 0
  %splat81 = shufflevector <16 x i32> %384, <16 x i32> poison, <16 x i32> zeroinitializer
  %385 = add <16 x i32> %splat81, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %386 = icmp slt <16 x i32> %385, %splat78
  %387 = insertelement <16 x i32> poison, i32 %batch, i32 0
  %splat82 = shufflevector <16 x i32> %387, <16 x i32> poison, <16 x i32> zeroinitializer
  %388 = sub <16 x i32> %splat82, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %389 = call <16 x i32> @llvm.smin.v16i32(<16 x i32> %splat80, <16 x i32> %388)
  %390 = call <16 x i32> @llvm.smax.v16i32(<16 x i32> %389, <16 x i32> zeroinitializer)
  %391 = extractelement <16 x i32> %390, i32 0
  %392 = getelementptr i32, ptr %prefix, i32 %391
  %prefix83 = load i32, ptr %392, align 4
  %393 = insertelement <16 x i32> poison, i32 %prefix83, i32 0
  %splat84 = shufflevector <16 x i32> %393, <16 x i32> poison, <16 x i32> zeroinitializer
  %394 = icmp slt <16 x i32> %385, %splat84
  %395 = icmp sle <16 x i32> %385, %splat79
  %396 = or <16 x i1> %394, %395
  %mask_expr = and <16 x i1> %386, %396
  %397 = select <16 x i1> %mask_expr, <16 x float> %374, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %398 = getelementptr float, ptr %pbuf, i64 %282
  store <16 x float> %397, ptr %398, align 64
  %399 = getelementptr <16 x float>, ptr %smax, i64 %278
  %400 = icmp eq i64 %279, 0
  %401 = load <16 x float>, ptr %399, align 64
  %402 = select i1 %400, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <16 x float> %401
  %403 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %402, <16 x float> %397)
  store <16 x float> %403, ptr %399, align 64
  %404 = add nsw i64 %score77, 1
  br label %score

rmax:                                             ; preds = %score, %body85
  %rmax88 = phi i64 [ %441, %body85 ], [ 0, %score ]
  %405 = icmp slt i64 %rmax88, 4
  br i1 %405, label %body85, label %pexp

body85:                                           ; preds = %rmax
  %406 = getelementptr float, ptr %ms, i64 %rmax88
  %m = load float, ptr %406, align 4
  %407 = getelementptr <16 x float>, ptr %smax, i64 %rmax88
  %408 = load <16 x float>, ptr %407, align 64
  %409 = shufflevector <16 x float> %408, <16 x float> undef, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %410 = shufflevector <16 x float> %408, <16 x float> undef, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %411 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %409, <8 x float> %410)
  %412 = shufflevector <8 x float> %411, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %413 = shufflevector <8 x float> %411, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %414 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %412, <4 x float> %413)
  %415 = shufflevector <4 x float> %414, <4 x float> undef, <2 x i32> <i32 0, i32 1>
  %416 = shufflevector <4 x float> %414, <4 x float> undef, <2 x i32> <i32 2, i32 3>
  %417 = call <2 x float> @llvm.maxnum.v2f32(<2 x float> %415, <2 x float> %416)
  %418 = shufflevector <2 x float> %417, <2 x float> undef, <1 x i32> zeroinitializer
  %419 = shufflevector <2 x float> %417, <2 x float> undef, <1 x i32> <i32 1>
  %420 = call <1 x float> @llvm.maxnum.v1f32(<1 x float> %418, <1 x float> %419)
  %421 = extractelement <1 x float> %420, i32 0
  %422 = call float @llvm.maxnum.f32(float %m, float %421)
  %423 = fcmp oeq float %422, 0xFFF0000000000000
  %muse89 = select i1 %423, float 0.000000e+00, float %422
  %424 = fsub float %m, %muse89
  %425 = insertelement <16 x float> poison, float %424, i32 0
  %splat90 = shufflevector <16 x float> %425, <16 x float> poison, <16 x i32> zeroinitializer
  %426 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat90, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %427 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %426, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %428 = fadd <16 x float> %427, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %428, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %427, %n
  %429 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %430 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %429, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %431 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %430, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %432 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %431, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %433 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %432, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %434 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %433, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %435 = fptosi <16 x float> %n to <16 x i32>
  %436 = add <16 x i32> %435, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %437 = shl <16 x i32> %436, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %438 = bitcast <16 x i32> %437 to <16 x float>
  %exp2 = fmul <16 x float> %434, %438
  %alpha91 = extractelement <16 x float> %exp2, i32 0
  store float %422, ptr %406, align 4
  %439 = getelementptr float, ptr %muse, i64 %rmax88
  store float %muse89, ptr %439, align 4
  %440 = getelementptr float, ptr %alpha, i64 %rmax88
  store float %alpha91, ptr %440, align 4
  %441 = add nsw i64 %rmax88, 1
  br label %rmax

pexp:                                             ; preds = %rmax, %body92
  %pexp95 = phi i64 [ %472, %body92 ], [ 0, %rmax ]
  %442 = icmp slt i64 %pexp95, 16
  br i1 %442, label %body92, label %lsum100

body92:                                           ; preds = %pexp
  %443 = sdiv i64 %pexp95, 4
  %444 = srem i64 %pexp95, 4
  %445 = mul i64 %444, 16
  %446 = mul i64 %443, 64
  %447 = add i64 %446, %445
  %448 = getelementptr float, ptr %pbuf, i64 %447
  %449 = getelementptr float, ptr %muse, i64 %443
  %450 = load float, ptr %449, align 4
  %451 = insertelement <16 x float> poison, float %450, i32 0
  %splat96 = shufflevector <16 x float> %451, <16 x float> poison, <16 x i32> zeroinitializer
  %452 = load <16 x float>, ptr %448, align 64
  %453 = fsub <16 x float> %452, %splat96
  %454 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %453, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %455 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %454, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %456 = fadd <16 x float> %455, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n97 = fsub <16 x float> %456, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f98 = fsub <16 x float> %455, %n97
  %457 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f98, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %458 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %457, <16 x float> %f98, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %459 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %458, <16 x float> %f98, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %460 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %459, <16 x float> %f98, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %461 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %460, <16 x float> %f98, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %462 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %461, <16 x float> %f98, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %463 = fptosi <16 x float> %n97 to <16 x i32>
  %464 = add <16 x i32> %463, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %465 = shl <16 x i32> %464, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %466 = bitcast <16 x i32> %465 to <16 x float>
  %exp299 = fmul <16 x float> %462, %466
  store <16 x float> %exp299, ptr %448, align 64
  %467 = getelementptr <16 x float>, ptr %lsum, i64 %443
  %468 = icmp eq i64 %444, 0
  %469 = load <16 x float>, ptr %467, align 64
  %470 = select i1 %468, <16 x float> zeroinitializer, <16 x float> %469
  %471 = fadd <16 x float> %470, %exp299
  store <16 x float> %471, ptr %467, align 64
  %472 = add nsw i64 %pexp95, 1
  br label %pexp

lsum100:                                          ; preds = %pexp, %body101
  %lsum104 = phi i64 [ %481, %body101 ], [ 0, %pexp ]
  %473 = icmp slt i64 %lsum104, 4
  br i1 %473, label %body101, label %exit103

body101:                                          ; preds = %lsum100
  %474 = getelementptr float, ptr %ls, i64 %lsum104
  %475 = getelementptr float, ptr %alpha, i64 %lsum104
  %476 = load float, ptr %475, align 4
  %477 = getelementptr <16 x float>, ptr %lsum, i64 %lsum104
  %478 = load <16 x float>, ptr %477, align 64
  %479 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %478)
  %l = load float, ptr %474, align 4
  %480 = call float @llvm.fmuladd.f32(float %l, float %476, float %479)
  store float %480, ptr %474, align 4
  %481 = add nsw i64 %lsum104, 1
  br label %lsum100

exit103:                                          ; preds = %lsum100
  %482 = sub i32 %k_end, %kblock14
  %483 = call i32 @llvm.smin.i32(i32 64, i32 %482)
  %484 = load float, ptr %alpha, align 4
  %485 = insertelement <16 x float> poison, float %484, i32 0
  %splat105 = shufflevector <16 x float> %485, <16 x float> poison, <16 x i32> zeroinitializer
  %486 = load <16 x float>, ptr %accs, align 64
  %487 = fmul <16 x float> %486, %splat105
  %488 = getelementptr float, ptr %accs, i64 16
  %489 = load <16 x float>, ptr %488, align 64
  %490 = fmul <16 x float> %489, %splat105
  %491 = getelementptr float, ptr %accs, i64 32
  %492 = load <16 x float>, ptr %491, align 64
  %493 = fmul <16 x float> %492, %splat105
  %494 = getelementptr float, ptr %accs, i64 48
  %495 = load <16 x float>, ptr %494, align 64
  %496 = fmul <16 x float> %495, %splat105
  %497 = getelementptr float, ptr %alpha, i64 1
  %498 = load float, ptr %497, align 4
  %499 = insertelement <16 x float> poison, float %498, i32 0
  %splat106 = shufflevector <16 x float> %499, <16 x float> poison, <16 x i32> zeroinitializer
  %500 = getelementptr float, ptr %accs, i64 128
  %501 = load <16 x float>, ptr %500, align 64
  %502 = fmul <16 x float> %501, %splat106
  %503 = getelementptr float, ptr %accs, i64 144
  %504 = load <16 x float>, ptr %503, align 64
  %505 = fmul <16 x float> %504, %splat106
  %506 = getelementptr float, ptr %accs, i64 160
  %507 = load <16 x float>, ptr %506, align 64
  %508 = fmul <16 x float> %507, %splat106
  %509 = getelementptr float, ptr %accs, i64 176
  %510 = load <16 x float>, ptr %509, align 64
  %511 = fmul <16 x float> %510, %splat106
  %512 = getelementptr float, ptr %alpha, i64 2
  %513 = load float, ptr %512, align 4
  %514 = insertelement <16 x float> poison, float %513, i32 0
  %splat107 = shufflevector <16 x float> %514, <16 x float> poison, <16 x i32> zeroinitializer
  %515 = getelementptr float, ptr %accs, i64 256
  %516 = load <16 x float>, ptr %515, align 64
  %517 = fmul <16 x float> %516, %splat107
  %518 = getelementptr float, ptr %accs, i64 272
  %519 = load <16 x float>, ptr %518, align 64
  %520 = fmul <16 x float> %519, %splat107
  %521 = getelementptr float, ptr %accs, i64 288
  %522 = load <16 x float>, ptr %521, align 64
  %523 = fmul <16 x float> %522, %splat107
  %524 = getelementptr float, ptr %accs, i64 304
  %525 = load <16 x float>, ptr %524, align 64
  %526 = fmul <16 x float> %525, %splat107
  %527 = getelementptr float, ptr %alpha, i64 3
  %528 = load float, ptr %527, align 4
  %529 = insertelement <16 x float> poison, float %528, i32 0
  %splat108 = shufflevector <16 x float> %529, <16 x float> poison, <16 x i32> zeroinitializer
  %530 = getelementptr float, ptr %accs, i64 384
  %531 = load <16 x float>, ptr %530, align 64
  %532 = fmul <16 x float> %531, %splat108
  %533 = getelementptr float, ptr %accs, i64 400
  %534 = load <16 x float>, ptr %533, align 64
  %535 = fmul <16 x float> %534, %splat108
  %536 = getelementptr float, ptr %accs, i64 416
  %537 = load <16 x float>, ptr %536, align 64
  %538 = fmul <16 x float> %537, %splat108
  %539 = getelementptr float, ptr %accs, i64 432
  %540 = load <16 x float>, ptr %539, align 64
  %541 = fmul <16 x float> %540, %splat108
  br label %kpv

kpv:                                              ; preds = %body109, %exit103
  %pacc.sroa.60.0 = phi <16 x float> [ %541, %exit103 ], [ %596, %body109 ]
  %pacc.sroa.56.0 = phi <16 x float> [ %538, %exit103 ], [ %590, %body109 ]
  %pacc.sroa.52.0 = phi <16 x float> [ %535, %exit103 ], [ %584, %body109 ]
  %pacc.sroa.48.0 = phi <16 x float> [ %532, %exit103 ], [ %578, %body109 ]
  %pacc.sroa.44.0 = phi <16 x float> [ %526, %exit103 ], [ %595, %body109 ]
  %pacc.sroa.40.0 = phi <16 x float> [ %523, %exit103 ], [ %589, %body109 ]
  %pacc.sroa.36.0 = phi <16 x float> [ %520, %exit103 ], [ %583, %body109 ]
  %pacc.sroa.32.0 = phi <16 x float> [ %517, %exit103 ], [ %577, %body109 ]
  %pacc.sroa.28.0 = phi <16 x float> [ %511, %exit103 ], [ %594, %body109 ]
  %pacc.sroa.24.0 = phi <16 x float> [ %508, %exit103 ], [ %588, %body109 ]
  %pacc.sroa.20.0 = phi <16 x float> [ %505, %exit103 ], [ %582, %body109 ]
  %pacc.sroa.16.0 = phi <16 x float> [ %502, %exit103 ], [ %576, %body109 ]
  %pacc.sroa.12.0 = phi <16 x float> [ %496, %exit103 ], [ %593, %body109 ]
  %pacc.sroa.8.0 = phi <16 x float> [ %493, %exit103 ], [ %587, %body109 ]
  %pacc.sroa.4.0 = phi <16 x float> [ %490, %exit103 ], [ %581, %body109 ]
  %pacc.sroa.0.0 = phi <16 x float> [ %487, %exit103 ], [ %575, %body109 ]
  %kpv112 = phi i32 [ 0, %exit103 ], [ %597, %body109 ]
  %542 = icmp slt i32 %kpv112, %483
  br i1 %542, label %body109, label %exit111

body109:                                          ; preds = %kpv
  %543 = add i32 %kblock14, %kpv112
  %544 = sext i32 %543 to i64
  %545 = mul i64 %544, 8
  %row113 = add i64 %23, %545
  %546 = mul i64 %row113, 256
  %547 = getelementptr i8, ptr %25, i64 %546
  %548 = add i32 %543, 16
  %549 = call i32 @llvm.smin.i32(i32 %548, i32 %k_last)
  %550 = sext i32 %549 to i64
  %551 = mul i64 %550, 8
  %row114 = add i64 %23, %551
  %552 = mul i64 %row114, 256
  %553 = getelementptr i8, ptr %25, i64 %552
  call void @llvm.prefetch.p0(ptr %553, i32 0, i32 3, i32 1)
  %554 = getelementptr i8, ptr %553, i64 64
  call void @llvm.prefetch.p0(ptr %554, i32 0, i32 3, i32 1)
  %555 = add i32 %84, %kpv112
  %556 = call i32 @llvm.smin.i32(i32 %555, i32 %k_last)
  %557 = sext i32 %556 to i64
  %558 = mul i64 %557, 8
  %row115 = add i64 %23, %558
  %559 = mul i64 %row115, 256
  %560 = getelementptr i8, ptr %25, i64 %559
  call void @llvm.prefetch.p0(ptr %560, i32 0, i32 2, i32 1)
  %561 = getelementptr i8, ptr %560, i64 64
  call void @llvm.prefetch.p0(ptr %561, i32 0, i32 2, i32 1)
  %562 = sext i32 %kpv112 to i64
  %563 = getelementptr float, ptr %pbuf, i64 %562
  %p = load float, ptr %563, align 4
  %564 = insertelement <16 x float> poison, float %p, i32 0
  %splat116 = shufflevector <16 x float> %564, <16 x float> poison, <16 x i32> zeroinitializer
  %565 = add i64 64, %562
  %566 = getelementptr float, ptr %pbuf, i64 %565
  %p117 = load float, ptr %566, align 4
  %567 = insertelement <16 x float> poison, float %p117, i32 0
  %splat118 = shufflevector <16 x float> %567, <16 x float> poison, <16 x i32> zeroinitializer
  %568 = add i64 128, %562
  %569 = getelementptr float, ptr %pbuf, i64 %568
  %p119 = load float, ptr %569, align 4
  %570 = insertelement <16 x float> poison, float %p119, i32 0
  %splat120 = shufflevector <16 x float> %570, <16 x float> poison, <16 x i32> zeroinitializer
  %571 = add i64 192, %562
  %572 = getelementptr float, ptr %pbuf, i64 %571
  %p121 = load float, ptr %572, align 4
  %573 = insertelement <16 x float> poison, float %p121, i32 0
  %splat122 = shufflevector <16 x float> %573, <16 x float> poison, <16 x i32> zeroinitializer
  %574 = load <16 x half>, ptr %547, align 2
  %f16123 = fpext <16 x half> %574 to <16 x float>
  %575 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat116, <16 x float> %f16123, <16 x float> %pacc.sroa.0.0)
  %576 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat118, <16 x float> %f16123, <16 x float> %pacc.sroa.16.0)
  %577 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat120, <16 x float> %f16123, <16 x float> %pacc.sroa.32.0)
  %578 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat122, <16 x float> %f16123, <16 x float> %pacc.sroa.48.0)
  %579 = getelementptr i8, ptr %547, i64 32
  %580 = load <16 x half>, ptr %579, align 2
  %f16124 = fpext <16 x half> %580 to <16 x float>
  %581 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat116, <16 x float> %f16124, <16 x float> %pacc.sroa.4.0)
  %582 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat118, <16 x float> %f16124, <16 x float> %pacc.sroa.20.0)
  %583 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat120, <16 x float> %f16124, <16 x float> %pacc.sroa.36.0)
  %584 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat122, <16 x float> %f16124, <16 x float> %pacc.sroa.52.0)
  %585 = getelementptr i8, ptr %547, i64 64
  %586 = load <16 x half>, ptr %585, align 2
  %f16125 = fpext <16 x half> %586 to <16 x float>
  %587 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat116, <16 x float> %f16125, <16 x float> %pacc.sroa.8.0)
  %588 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat118, <16 x float> %f16125, <16 x float> %pacc.sroa.24.0)
  %589 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat120, <16 x float> %f16125, <16 x float> %pacc.sroa.40.0)
  %590 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat122, <16 x float> %f16125, <16 x float> %pacc.sroa.56.0)
  %591 = getelementptr i8, ptr %547, i64 96
  %592 = load <16 x half>, ptr %591, align 2
  %f16126 = fpext <16 x half> %592 to <16 x float>
  %593 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat116, <16 x float> %f16126, <16 x float> %pacc.sroa.12.0)
  %594 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat118, <16 x float> %f16126, <16 x float> %pacc.sroa.28.0)
  %595 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat120, <16 x float> %f16126, <16 x float> %pacc.sroa.44.0)
  %596 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat122, <16 x float> %f16126, <16 x float> %pacc.sroa.60.0)
  %597 = add nsw i32 %kpv112, 1
  br label %kpv

exit111:                                          ; preds = %kpv
  store <16 x float> %pacc.sroa.0.0, ptr %accs, align 64
  store <16 x float> %pacc.sroa.4.0, ptr %488, align 64
  store <16 x float> %pacc.sroa.8.0, ptr %491, align 64
  store <16 x float> %pacc.sroa.12.0, ptr %494, align 64
  store <16 x float> %pacc.sroa.16.0, ptr %500, align 64
  store <16 x float> %pacc.sroa.20.0, ptr %503, align 64
  store <16 x float> %pacc.sroa.24.0, ptr %506, align 64
  store <16 x float> %pacc.sroa.28.0, ptr %509, align 64
  store <16 x float> %pacc.sroa.32.0, ptr %515, align 64
  store <16 x float> %pacc.sroa.36.0, ptr %518, align 64
  store <16 x float> %pacc.sroa.40.0, ptr %521, align 64
  store <16 x float> %pacc.sroa.44.0, ptr %524, align 64
  store <16 x float> %pacc.sroa.48.0, ptr %530, align 64
  store <16 x float> %pacc.sroa.52.0, ptr %533, align 64
  store <16 x float> %pacc.sroa.56.0, ptr %536, align 64
  store <16 x float> %pacc.sroa.60.0, ptr %539, align 64
  %598 = load float, ptr %alpha, align 4
  %599 = insertelement <16 x float> poison, float %598, i32 0
  %splat128 = shufflevector <16 x float> %599, <16 x float> poison, <16 x i32> zeroinitializer
  %600 = getelementptr float, ptr %accs, i64 64
  %601 = load <16 x float>, ptr %600, align 64
  %602 = fmul <16 x float> %601, %splat128
  %603 = getelementptr float, ptr %accs, i64 80
  %604 = load <16 x float>, ptr %603, align 64
  %605 = fmul <16 x float> %604, %splat128
  %606 = getelementptr float, ptr %accs, i64 96
  %607 = load <16 x float>, ptr %606, align 64
  %608 = fmul <16 x float> %607, %splat128
  %609 = getelementptr float, ptr %accs, i64 112
  %610 = load <16 x float>, ptr %609, align 64
  %611 = fmul <16 x float> %610, %splat128
  %612 = load float, ptr %497, align 4
  %613 = insertelement <16 x float> poison, float %612, i32 0
  %splat129 = shufflevector <16 x float> %613, <16 x float> poison, <16 x i32> zeroinitializer
  %614 = getelementptr float, ptr %accs, i64 192
  %615 = load <16 x float>, ptr %614, align 64
  %616 = fmul <16 x float> %615, %splat129
  %617 = getelementptr float, ptr %accs, i64 208
  %618 = load <16 x float>, ptr %617, align 64
  %619 = fmul <16 x float> %618, %splat129
  %620 = getelementptr float, ptr %accs, i64 224
  %621 = load <16 x float>, ptr %620, align 64
  %622 = fmul <16 x float> %621, %splat129
  %623 = getelementptr float, ptr %accs, i64 240
  %624 = load <16 x float>, ptr %623, align 64
  %625 = fmul <16 x float> %624, %splat129
  %626 = load float, ptr %512, align 4
  %627 = insertelement <16 x float> poison, float %626, i32 0
  %splat130 = shufflevector <16 x float> %627, <16 x float> poison, <16 x i32> zeroinitializer
  %628 = getelementptr float, ptr %accs, i64 320
  %629 = load <16 x float>, ptr %628, align 64
  %630 = fmul <16 x float> %629, %splat130
  %631 = getelementptr float, ptr %accs, i64 336
  %632 = load <16 x float>, ptr %631, align 64
  %633 = fmul <16 x float> %632, %splat130
  %634 = getelementptr float, ptr %accs, i64 352
  %635 = load <16 x float>, ptr %634, align 64
  %636 = fmul <16 x float> %635, %splat130
  %637 = getelementptr float, ptr %accs, i64 368
  %638 = load <16 x float>, ptr %637, align 64
  %639 = fmul <16 x float> %638, %splat130
  %640 = load float, ptr %527, align 4
  %641 = insertelement <16 x float> poison, float %640, i32 0
  %splat131 = shufflevector <16 x float> %641, <16 x float> poison, <16 x i32> zeroinitializer
  %642 = getelementptr float, ptr %accs, i64 448
  %643 = load <16 x float>, ptr %642, align 64
  %644 = fmul <16 x float> %643, %splat131
  %645 = getelementptr float, ptr %accs, i64 464
  %646 = load <16 x float>, ptr %645, align 64
  %647 = fmul <16 x float> %646, %splat131
  %648 = getelementptr float, ptr %accs, i64 480
  %649 = load <16 x float>, ptr %648, align 64
  %650 = fmul <16 x float> %649, %splat131
  %651 = getelementptr float, ptr %accs, i64 496
  %652 = load <16 x float>, ptr %651, align 64
  %653 = fmul <16 x float> %652, %splat131
  br label %kpv132

kpv132:                                           ; preds = %body133, %exit111
  %pacc127.sroa.60.0 = phi <16 x float> [ %653, %exit111 ], [ %711, %body133 ]
  %pacc127.sroa.56.0 = phi <16 x float> [ %650, %exit111 ], [ %705, %body133 ]
  %pacc127.sroa.52.0 = phi <16 x float> [ %647, %exit111 ], [ %699, %body133 ]
  %pacc127.sroa.48.0 = phi <16 x float> [ %644, %exit111 ], [ %693, %body133 ]
  %pacc127.sroa.44.0 = phi <16 x float> [ %639, %exit111 ], [ %710, %body133 ]
  %pacc127.sroa.40.0 = phi <16 x float> [ %636, %exit111 ], [ %704, %body133 ]
  %pacc127.sroa.36.0 = phi <16 x float> [ %633, %exit111 ], [ %698, %body133 ]
  %pacc127.sroa.32.0 = phi <16 x float> [ %630, %exit111 ], [ %692, %body133 ]
  %pacc127.sroa.28.0 = phi <16 x float> [ %625, %exit111 ], [ %709, %body133 ]
  %pacc127.sroa.24.0 = phi <16 x float> [ %622, %exit111 ], [ %703, %body133 ]
  %pacc127.sroa.20.0 = phi <16 x float> [ %619, %exit111 ], [ %697, %body133 ]
  %pacc127.sroa.16.0 = phi <16 x float> [ %616, %exit111 ], [ %691, %body133 ]
  %pacc127.sroa.12.0 = phi <16 x float> [ %611, %exit111 ], [ %708, %body133 ]
  %pacc127.sroa.8.0 = phi <16 x float> [ %608, %exit111 ], [ %702, %body133 ]
  %pacc127.sroa.4.0 = phi <16 x float> [ %605, %exit111 ], [ %696, %body133 ]
  %pacc127.sroa.0.0 = phi <16 x float> [ %602, %exit111 ], [ %690, %body133 ]
  %kpv136 = phi i32 [ 0, %exit111 ], [ %712, %body133 ]
  %654 = icmp slt i32 %kpv136, %483
  br i1 %654, label %body133, label %exit135

body133:                                          ; preds = %kpv132
  %655 = add i32 %kblock14, %kpv136
  %656 = sext i32 %655 to i64
  %657 = mul i64 %656, 8
  %row137 = add i64 %23, %657
  %658 = mul i64 %row137, 256
  %659 = getelementptr i8, ptr %25, i64 %658
  %660 = add i32 %655, 16
  %661 = call i32 @llvm.smin.i32(i32 %660, i32 %k_last)
  %662 = sext i32 %661 to i64
  %663 = mul i64 %662, 8
  %row138 = add i64 %23, %663
  %664 = mul i64 %row138, 256
  %665 = getelementptr i8, ptr %25, i64 %664
  %666 = getelementptr i8, ptr %665, i64 128
  call void @llvm.prefetch.p0(ptr %666, i32 0, i32 3, i32 1)
  %667 = getelementptr i8, ptr %666, i64 64
  call void @llvm.prefetch.p0(ptr %667, i32 0, i32 3, i32 1)
  %668 = add i32 %84, %kpv136
  %669 = call i32 @llvm.smin.i32(i32 %668, i32 %k_last)
  %670 = sext i32 %669 to i64
  %671 = mul i64 %670, 8
  %row139 = add i64 %23, %671
  %672 = mul i64 %row139, 256
  %673 = getelementptr i8, ptr %25, i64 %672
  %674 = getelementptr i8, ptr %673, i64 128
  call void @llvm.prefetch.p0(ptr %674, i32 0, i32 2, i32 1)
  %675 = getelementptr i8, ptr %674, i64 64
  call void @llvm.prefetch.p0(ptr %675, i32 0, i32 2, i32 1)
  %676 = sext i32 %kpv136 to i64
  %677 = getelementptr float, ptr %pbuf, i64 %676
  %p140 = load float, ptr %677, align 4
  %678 = insertelement <16 x float> poison, float %p140, i32 0
  %splat141 = shufflevector <16 x float> %678, <16 x float> poison, <16 x i32> zeroinitializer
  %679 = add i64 64, %676
  %680 = getelementptr float, ptr %pbuf, i64 %679
  %p142 = load float, ptr %680, align 4
  %681 = insertelement <16 x float> poison, float %p142, i32 0
  %splat143 = shufflevector <16 x float> %681, <16 x float> poison, <16 x i32> zeroinitializer
  %682 = add i64 128, %676
  %683 = getelementptr float, ptr %pbuf, i64 %682
  %p144 = load float, ptr %683, align 4
  %684 = insertelement <16 x float> poison, float %p144, i32 0
  %splat145 = shufflevector <16 x float> %684, <16 x float> poison, <16 x i32> zeroinitializer
  %685 = add i64 192, %676
  %686 = getelementptr float, ptr %pbuf, i64 %685
  %p146 = load float, ptr %686, align 4
  %687 = insertelement <16 x float> poison, float %p146, i32 0
  %splat147 = shufflevector <16 x float> %687, <16 x float> poison, <16 x i32> zeroinitializer
  %688 = getelementptr i8, ptr %659, i64 128
  %689 = load <16 x half>, ptr %688, align 2
  %f16148 = fpext <16 x half> %689 to <16 x float>
  %690 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat141, <16 x float> %f16148, <16 x float> %pacc127.sroa.0.0)
  %691 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat143, <16 x float> %f16148, <16 x float> %pacc127.sroa.16.0)
  %692 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat145, <16 x float> %f16148, <16 x float> %pacc127.sroa.32.0)
  %693 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat147, <16 x float> %f16148, <16 x float> %pacc127.sroa.48.0)
  %694 = getelementptr i8, ptr %659, i64 160
  %695 = load <16 x half>, ptr %694, align 2
  %f16149 = fpext <16 x half> %695 to <16 x float>
  %696 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat141, <16 x float> %f16149, <16 x float> %pacc127.sroa.4.0)
  %697 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat143, <16 x float> %f16149, <16 x float> %pacc127.sroa.20.0)
  %698 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat145, <16 x float> %f16149, <16 x float> %pacc127.sroa.36.0)
  %699 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat147, <16 x float> %f16149, <16 x float> %pacc127.sroa.52.0)
  %700 = getelementptr i8, ptr %659, i64 192
  %701 = load <16 x half>, ptr %700, align 2
  %f16150 = fpext <16 x half> %701 to <16 x float>
  %702 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat141, <16 x float> %f16150, <16 x float> %pacc127.sroa.8.0)
  %703 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat143, <16 x float> %f16150, <16 x float> %pacc127.sroa.24.0)
  %704 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat145, <16 x float> %f16150, <16 x float> %pacc127.sroa.40.0)
  %705 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat147, <16 x float> %f16150, <16 x float> %pacc127.sroa.56.0)
  %706 = getelementptr i8, ptr %659, i64 224
  %707 = load <16 x half>, ptr %706, align 2
  %f16151 = fpext <16 x half> %707 to <16 x float>
  %708 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat141, <16 x float> %f16151, <16 x float> %pacc127.sroa.12.0)
  %709 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat143, <16 x float> %f16151, <16 x float> %pacc127.sroa.28.0)
  %710 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat145, <16 x float> %f16151, <16 x float> %pacc127.sroa.44.0)
  %711 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat147, <16 x float> %f16151, <16 x float> %pacc127.sroa.60.0)
  %712 = add nsw i32 %kpv136, 1
  br label %kpv132

exit135:                                          ; preds = %kpv132
  store <16 x float> %pacc127.sroa.0.0, ptr %600, align 64
  store <16 x float> %pacc127.sroa.4.0, ptr %603, align 64
  store <16 x float> %pacc127.sroa.8.0, ptr %606, align 64
  store <16 x float> %pacc127.sroa.12.0, ptr %609, align 64
  store <16 x float> %pacc127.sroa.16.0, ptr %614, align 64
  store <16 x float> %pacc127.sroa.20.0, ptr %617, align 64
  store <16 x float> %pacc127.sroa.24.0, ptr %620, align 64
  store <16 x float> %pacc127.sroa.28.0, ptr %623, align 64
  store <16 x float> %pacc127.sroa.32.0, ptr %628, align 64
  store <16 x float> %pacc127.sroa.36.0, ptr %631, align 64
  store <16 x float> %pacc127.sroa.40.0, ptr %634, align 64
  store <16 x float> %pacc127.sroa.44.0, ptr %637, align 64
  store <16 x float> %pacc127.sroa.48.0, ptr %642, align 64
  store <16 x float> %pacc127.sroa.52.0, ptr %645, align 64
  store <16 x float> %pacc127.sroa.56.0, ptr %648, align 64
  store <16 x float> %pacc127.sroa.60.0, ptr %651, align 64
  %713 = add nsw i32 %kblock14, 64
  br label %kblock

orow152:                                          ; preds = %kblock, %written
  %orow156 = phi i32 [ %737, %written ], [ 0, %kblock ]
  %714 = icmp slt i32 %orow156, %nrows
  br i1 %714, label %body153, label %done

body153:                                          ; preds = %orow152
  %715 = sext i32 %orow156 to i64
  %716 = getelementptr float, ptr %ms, i64 %715
  %m157 = load float, ptr %716, align 4
  %717 = getelementptr float, ptr %ls, i64 %715
  %l158 = load float, ptr %717, align 4
  %718 = mul i64 %715, 128
  %719 = getelementptr float, ptr %accs, i64 %718
  %720 = icmp ne ptr %part, null
  br i1 %720, label %partial, label %final

partial:                                          ; preds = %body153
  %721 = sext i32 %nrows to i64
  %722 = getelementptr float, ptr %part, i64 %718
  br label %chunk159

final:                                            ; preds = %body153
  %723 = sdiv i32 %orow156, %nh
  %qi164 = add i32 %q_begin, %723
  %724 = srem i32 %orow156, %nh
  %725 = add i32 %h_begin, %724
  %726 = mul i32 %kv_head, 4
  %hq165 = add i32 %726, %725
  %727 = sext i32 %qi164 to i64
  %728 = add i64 %q_row0, %727
  %729 = mul i64 %728, 32
  %730 = sext i32 %hq165 to i64
  %orow166 = add i64 %729, %730
  %731 = fcmp oeq float %l158, 0.000000e+00
  %732 = fdiv float 1.000000e+00, %l158
  %733 = select i1 %731, float 0.000000e+00, float %732
  %734 = mul i64 %orow166, 512
  %735 = getelementptr i8, ptr %out, i64 %734
  %736 = insertelement <16 x float> poison, float %733, i32 0
  %splat167 = shufflevector <16 x float> %736, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk168

written:                                          ; preds = %chunk168, %exit162
  %737 = add nsw i32 %orow156, 1
  br label %orow152

chunk159:                                         ; preds = %body160, %partial
  %chunk163 = phi i64 [ 0, %partial ], [ %743, %body160 ]
  %738 = icmp slt i64 %chunk163, 8
  br i1 %738, label %body160, label %exit162

body160:                                          ; preds = %chunk159
  %739 = getelementptr <16 x float>, ptr %719, i64 %chunk163
  %740 = load <16 x float>, ptr %739, align 64
  %741 = mul i64 %chunk163, 64
  %742 = getelementptr i8, ptr %722, i64 %741
  store <16 x float> %740, ptr %742, align 4
  %743 = add nsw i64 %chunk163, 1
  br label %chunk159

exit162:                                          ; preds = %chunk159
  %744 = mul i64 %721, 128
  %745 = add i64 %744, %715
  %746 = getelementptr float, ptr %part, i64 %745
  store float %m157, ptr %746, align 4
  %747 = add i64 %745, %721
  %748 = getelementptr float, ptr %part, i64 %747
  store float %l158, ptr %748, align 4
  br label %written

chunk168:                                         ; preds = %body169, %final
  %chunk172 = phi i64 [ 0, %final ], [ %755, %body169 ]
  %749 = icmp slt i64 %chunk172, 8
  br i1 %749, label %body169, label %written

body169:                                          ; preds = %chunk168
  %750 = getelementptr <16 x float>, ptr %719, i64 %chunk172
  %751 = load <16 x float>, ptr %750, align 64
  %752 = fmul <16 x float> %751, %splat167
  %753 = mul i64 %chunk172, 64
  %754 = getelementptr i8, ptr %735, i64 %753
  store <16 x float> %752, ptr %754, align 4
  %755 = add nsw i64 %chunk172, 1
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

common.ret:                                       ; preds = %orow139, %rows, %one_query
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
  %k_last = sub i32 %k_end, 1
  br label %ktile

ktile:                                            ; preds = %exit48, %exit13
  %ktile18 = phi i32 [ %k_begin, %exit13 ], [ %213, %exit48 ]
  %87 = icmp slt i32 %ktile18, %k_end
  br i1 %87, label %body15, label %exit17

body15:                                           ; preds = %ktile
  %88 = sub i32 %k_end, %ktile18
  %89 = call i32 @llvm.smin.i32(i32 48, i32 %88)
  %90 = add i32 %ktile18, %89
  %91 = sub i32 %90, 1
  %92 = sub i32 %nrows, 1
  %93 = mul i32 %kv_head, 4
  %hq19 = add i32 %93, %h_begin
  %qpos20 = add i32 %q_pos0, %q_begin
  %94 = sub i32 %nh, 1
  %95 = sdiv i32 %92, %nh
  %96 = add i32 %q_begin, %95
  %qpos21 = add i32 %q_pos0, %96
  %97 = sext i32 %ktile18 to i64
  %98 = sext i32 %91 to i64
  %99 = icmp eq i64 %97, -2147483648
  %100 = icmp eq i64 %97, %98
  %101 = sext i32 %qpos20 to i64
  %102 = sext i32 %qpos21 to i64
  %103 = icmp sle i64 %101, %98
  %104 = icmp sle i64 %97, %102
  %105 = icmp eq i64 %97, %101
  %106 = icmp eq i64 %101, %102
  %107 = and i1 %100, %106
  %108 = icmp slt i64 %101, %98
  %109 = add i32 %89, 11
  %110 = sdiv i32 %109, 12
  %111 = mul i32 %110, 12
  br label %kpack

exit17:                                           ; preds = %ktile
  %112 = load <16 x float>, ptr %mv, align 64
  store <16 x float> %112, ptr %ms, align 64
  %113 = load <16 x float>, ptr %lv, align 64
  store <16 x float> %113, ptr %ls, align 64
  %114 = getelementptr float, ptr %ms, i64 16
  %115 = load <16 x float>, ptr %73, align 64
  store <16 x float> %115, ptr %114, align 64
  %116 = getelementptr float, ptr %ls, i64 16
  %117 = load <16 x float>, ptr %74, align 64
  store <16 x float> %117, ptr %116, align 64
  %118 = getelementptr float, ptr %ms, i64 32
  %119 = load <16 x float>, ptr %75, align 64
  store <16 x float> %119, ptr %118, align 64
  %120 = getelementptr float, ptr %ls, i64 32
  %121 = load <16 x float>, ptr %76, align 64
  store <16 x float> %121, ptr %120, align 64
  %122 = getelementptr float, ptr %ms, i64 48
  %123 = load <16 x float>, ptr %77, align 64
  store <16 x float> %123, ptr %122, align 64
  %124 = getelementptr float, ptr %ls, i64 48
  %125 = load <16 x float>, ptr %78, align 64
  store <16 x float> %125, ptr %124, align 64
  %126 = getelementptr float, ptr %ms, i64 64
  %127 = load <16 x float>, ptr %79, align 64
  store <16 x float> %127, ptr %126, align 64
  %128 = getelementptr float, ptr %ls, i64 64
  %129 = load <16 x float>, ptr %80, align 64
  store <16 x float> %129, ptr %128, align 64
  %130 = getelementptr float, ptr %ms, i64 80
  %131 = load <16 x float>, ptr %81, align 64
  store <16 x float> %131, ptr %130, align 64
  %132 = getelementptr float, ptr %ls, i64 80
  %133 = load <16 x float>, ptr %82, align 64
  store <16 x float> %133, ptr %132, align 64
  %134 = getelementptr float, ptr %ms, i64 96
  %135 = load <16 x float>, ptr %83, align 64
  store <16 x float> %135, ptr %134, align 64
  %136 = getelementptr float, ptr %ls, i64 96
  %137 = load <16 x float>, ptr %84, align 64
  store <16 x float> %137, ptr %136, align 64
  %138 = getelementptr float, ptr %ms, i64 112
  %139 = load <16 x float>, ptr %85, align 64
  store <16 x float> %139, ptr %138, align 64
  %140 = getelementptr float, ptr %ls, i64 112
  %141 = load <16 x float>, ptr %86, align 64
  store <16 x float> %141, ptr %140, align 64
  br label %orow139

kpack:                                            ; preds = %body22, %body15
  %kpack25 = phi i32 [ 0, %body15 ], [ %174, %body22 ]
  %142 = icmp slt i32 %kpack25, %111
  br i1 %142, label %body22, label %vpack

body22:                                           ; preds = %kpack
  %143 = add i32 %ktile18, %kpack25
  %144 = call i32 @llvm.smin.i32(i32 %143, i32 %k_last)
  %145 = sext i32 %144 to i64
  %146 = mul i64 %145, 8
  %row = add i64 %23, %146
  %147 = mul i64 %row, 256
  %148 = getelementptr i8, ptr %22, i64 %147
  %149 = sext i32 %kpack25 to i64
  %150 = mul i64 %149, 128
  %151 = getelementptr i32, ptr %kbuf, i64 %150
  %152 = load <16 x half>, ptr %148, align 2
  %f16 = fpext <16 x half> %152 to <16 x float>
  store <16 x float> %f16, ptr %151, align 64
  %153 = getelementptr i8, ptr %148, i64 32
  %154 = load <16 x half>, ptr %153, align 2
  %f1626 = fpext <16 x half> %154 to <16 x float>
  %155 = getelementptr i8, ptr %151, i64 64
  store <16 x float> %f1626, ptr %155, align 64
  %156 = getelementptr i8, ptr %148, i64 64
  %157 = load <16 x half>, ptr %156, align 2
  %f1627 = fpext <16 x half> %157 to <16 x float>
  %158 = getelementptr i8, ptr %151, i64 128
  store <16 x float> %f1627, ptr %158, align 64
  %159 = getelementptr i8, ptr %148, i64 96
  %160 = load <16 x half>, ptr %159, align 2
  %f1628 = fpext <16 x half> %160 to <16 x float>
  %161 = getelementptr i8, ptr %151, i64 192
  store <16 x float> %f1628, ptr %161, align 64
  %162 = getelementptr i8, ptr %148, i64 128
  %163 = load <16 x half>, ptr %162, align 2
  %f1629 = fpext <16 x half> %163 to <16 x float>
  %164 = getelementptr i8, ptr %151, i64 256
  store <16 x float> %f1629, ptr %164, align 64
  %165 = getelementptr i8, ptr %148, i64 160
  %166 = load <16 x half>, ptr %165, align 2
  %f1630 = fpext <16 x half> %166 to <16 x float>
  %167 = getelementptr i8, ptr %151, i64 320
  store <16 x float> %f1630, ptr %167, align 64
  %168 = getelementptr i8, ptr %148, i64 192
  %169 = load <16 x half>, ptr %168, align 2
  %f1631 = fpext <16 x half> %169 to <16 x float>
  %170 = getelementptr i8, ptr %151, i64 384
  store <16 x float> %f1631, ptr %170, align 64
  %171 = getelementptr i8, ptr %148, i64 224
  %172 = load <16 x half>, ptr %171, align 2
  %f1632 = fpext <16 x half> %172 to <16 x float>
  %173 = getelementptr i8, ptr %151, i64 448
  store <16 x float> %f1632, ptr %173, align 64
  %174 = add nsw i32 %kpack25, 1
  br label %kpack

vpack:                                            ; preds = %kpack, %body33
  %vpack36 = phi i32 [ %206, %body33 ], [ 0, %kpack ]
  %175 = icmp slt i32 %vpack36, %89
  br i1 %175, label %body33, label %exit35

body33:                                           ; preds = %vpack
  %176 = add i32 %ktile18, %vpack36
  %177 = sext i32 %176 to i64
  %178 = mul i64 %177, 8
  %row37 = add i64 %23, %178
  %179 = mul i64 %row37, 256
  %180 = getelementptr i8, ptr %25, i64 %179
  %181 = sext i32 %vpack36 to i64
  %182 = mul i64 %181, 128
  %183 = getelementptr i32, ptr %vbuf, i64 %182
  %184 = load <16 x half>, ptr %180, align 2
  %f1638 = fpext <16 x half> %184 to <16 x float>
  store <16 x float> %f1638, ptr %183, align 64
  %185 = getelementptr i8, ptr %180, i64 32
  %186 = load <16 x half>, ptr %185, align 2
  %f1639 = fpext <16 x half> %186 to <16 x float>
  %187 = getelementptr i8, ptr %183, i64 64
  store <16 x float> %f1639, ptr %187, align 64
  %188 = getelementptr i8, ptr %180, i64 64
  %189 = load <16 x half>, ptr %188, align 2
  %f1640 = fpext <16 x half> %189 to <16 x float>
  %190 = getelementptr i8, ptr %183, i64 128
  store <16 x float> %f1640, ptr %190, align 64
  %191 = getelementptr i8, ptr %180, i64 96
  %192 = load <16 x half>, ptr %191, align 2
  %f1641 = fpext <16 x half> %192 to <16 x float>
  %193 = getelementptr i8, ptr %183, i64 192
  store <16 x float> %f1641, ptr %193, align 64
  %194 = getelementptr i8, ptr %180, i64 128
  %195 = load <16 x half>, ptr %194, align 2
  %f1642 = fpext <16 x half> %195 to <16 x float>
  %196 = getelementptr i8, ptr %183, i64 256
  store <16 x float> %f1642, ptr %196, align 64
  %197 = getelementptr i8, ptr %180, i64 160
  %198 = load <16 x half>, ptr %197, align 2
  %f1643 = fpext <16 x half> %198 to <16 x float>
  %199 = getelementptr i8, ptr %183, i64 320
  store <16 x float> %f1643, ptr %199, align 64
  %200 = getelementptr i8, ptr %180, i64 192
  %201 = load <16 x half>, ptr %200, align 2
  %f1644 = fpext <16 x half> %201 to <16 x float>
  %202 = getelementptr i8, ptr %183, i64 384
  store <16 x float> %f1644, ptr %202, align 64
  %203 = getelementptr i8, ptr %180, i64 224
  %204 = load <16 x half>, ptr %203, align 2
  %f1645 = fpext <16 x half> %204 to <16 x float>
  %205 = getelementptr i8, ptr %183, i64 448
  store <16 x float> %f1645, ptr %205, align 64
  %206 = add nsw i32 %vpack36, 1
  br label %vpack

exit35:                                           ; preds = %vpack
  %207 = add i32 %nrows, 31
  %nblk = sdiv i32 %207, 32
  br label %rblock

rblock:                                           ; preds = %join50, %exit35
  %rblock49 = phi i32 [ 0, %exit35 ], [ %231, %join50 ]
  %208 = icmp slt i32 %rblock49, %nblk
  br i1 %208, label %body46, label %exit48

body46:                                           ; preds = %rblock
  %209 = sext i32 %rblock49 to i64
  %210 = mul i32 %rblock49, 32
  %211 = add i32 %210, 31
  %212 = icmp sgt i32 %89, 0
  br i1 %212, label %rvisit, label %join50

exit48:                                           ; preds = %rblock
  %213 = add nsw i32 %ktile18, 48
  br label %ktile

rvisit:                                           ; preds = %body46
  %214 = mul i64 %209, 4096
  %215 = getelementptr i32, ptr %qt, i64 %214
  %216 = getelementptr i32, ptr %ot, i64 %214
  %217 = mul i64 %209, 2
  %218 = getelementptr <16 x float>, ptr %mv, i64 %217
  %219 = getelementptr <16 x float>, ptr %lv, i64 %217
  %220 = mul i64 %209, 32
  %221 = getelementptr i32, ptr %lims, i64 %220
  %222 = load <16 x i32>, ptr %221, align 64
  %223 = getelementptr i32, ptr %qpos, i64 %220
  %224 = load <16 x i32>, ptr %223, align 64
  %225 = insertelement <16 x i32> poison, i32 %seq, i32 0
  %splat51 = shufflevector <16 x i32> %225, <16 x i32> poison, <16 x i32> zeroinitializer
  %226 = add i64 %220, 16
  %227 = getelementptr i32, ptr %lims, i64 %226
  %228 = load <16 x i32>, ptr %227, align 64
  %229 = getelementptr i32, ptr %qpos, i64 %226
  %230 = load <16 x i32>, ptr %229, align 64
  br label %sblock

join50:                                           ; preds = %pvblock, %body46
  %231 = add nsw i32 %rblock49, 1
  br label %rblock

sblock:                                           ; preds = %exit59, %rvisit
  %sblock56 = phi i32 [ 0, %rvisit ], [ %315, %exit59 ]
  %232 = icmp slt i32 %sblock56, %89
  br i1 %232, label %body53, label %smask

body53:                                           ; preds = %sblock
  %233 = sext i32 %sblock56 to i64
  %234 = mul i64 %233, 128
  %235 = getelementptr i32, ptr %kbuf, i64 %234
  br label %sdim

sdim:                                             ; preds = %body57, %body53
  %sacc.sroa.92.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %288, %body57 ]
  %sacc.sroa.88.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %287, %body57 ]
  %sacc.sroa.84.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %284, %body57 ]
  %sacc.sroa.80.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %283, %body57 ]
  %sacc.sroa.76.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %280, %body57 ]
  %sacc.sroa.72.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %279, %body57 ]
  %sacc.sroa.68.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %276, %body57 ]
  %sacc.sroa.64.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %275, %body57 ]
  %sacc.sroa.60.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %272, %body57 ]
  %sacc.sroa.56.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %271, %body57 ]
  %sacc.sroa.52.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %268, %body57 ]
  %sacc.sroa.48.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %267, %body57 ]
  %sacc.sroa.44.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %264, %body57 ]
  %sacc.sroa.40.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %263, %body57 ]
  %sacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %260, %body57 ]
  %sacc.sroa.32.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %259, %body57 ]
  %sacc.sroa.28.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %256, %body57 ]
  %sacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %255, %body57 ]
  %sacc.sroa.20.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %252, %body57 ]
  %sacc.sroa.16.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %251, %body57 ]
  %sacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %248, %body57 ]
  %sacc.sroa.8.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %247, %body57 ]
  %sacc.sroa.4.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %244, %body57 ]
  %sacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %243, %body57 ]
  %sdim60 = phi i32 [ 0, %body53 ], [ %289, %body57 ]
  %236 = icmp slt i32 %sdim60, 128
  br i1 %236, label %body57, label %exit59

body57:                                           ; preds = %sdim
  %237 = sext i32 %sdim60 to i64
  %238 = mul i64 %237, 32
  %239 = getelementptr i32, ptr %215, i64 %238
  %qt61 = load <16 x float>, ptr %239, align 64
  %240 = getelementptr i32, ptr %239, i64 16
  %qt62 = load <16 x float>, ptr %240, align 64
  %241 = getelementptr i32, ptr %235, i64 %237
  %k = load float, ptr %241, align 4
  %242 = insertelement <16 x float> poison, float %k, i32 0
  %splat63 = shufflevector <16 x float> %242, <16 x float> poison, <16 x i32> zeroinitializer
  %243 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat63, <16 x float> %sacc.sroa.0.0)
  %244 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat63, <16 x float> %sacc.sroa.4.0)
  %245 = getelementptr i32, ptr %241, i64 128
  %k64 = load float, ptr %245, align 4
  %246 = insertelement <16 x float> poison, float %k64, i32 0
  %splat65 = shufflevector <16 x float> %246, <16 x float> poison, <16 x i32> zeroinitializer
  %247 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat65, <16 x float> %sacc.sroa.8.0)
  %248 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat65, <16 x float> %sacc.sroa.12.0)
  %249 = getelementptr i32, ptr %241, i64 256
  %k66 = load float, ptr %249, align 4
  %250 = insertelement <16 x float> poison, float %k66, i32 0
  %splat67 = shufflevector <16 x float> %250, <16 x float> poison, <16 x i32> zeroinitializer
  %251 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat67, <16 x float> %sacc.sroa.16.0)
  %252 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat67, <16 x float> %sacc.sroa.20.0)
  %253 = getelementptr i32, ptr %241, i64 384
  %k68 = load float, ptr %253, align 4
  %254 = insertelement <16 x float> poison, float %k68, i32 0
  %splat69 = shufflevector <16 x float> %254, <16 x float> poison, <16 x i32> zeroinitializer
  %255 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat69, <16 x float> %sacc.sroa.24.0)
  %256 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat69, <16 x float> %sacc.sroa.28.0)
  %257 = getelementptr i32, ptr %241, i64 512
  %k70 = load float, ptr %257, align 4
  %258 = insertelement <16 x float> poison, float %k70, i32 0
  %splat71 = shufflevector <16 x float> %258, <16 x float> poison, <16 x i32> zeroinitializer
  %259 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat71, <16 x float> %sacc.sroa.32.0)
  %260 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat71, <16 x float> %sacc.sroa.36.0)
  %261 = getelementptr i32, ptr %241, i64 640
  %k72 = load float, ptr %261, align 4
  %262 = insertelement <16 x float> poison, float %k72, i32 0
  %splat73 = shufflevector <16 x float> %262, <16 x float> poison, <16 x i32> zeroinitializer
  %263 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat73, <16 x float> %sacc.sroa.40.0)
  %264 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat73, <16 x float> %sacc.sroa.44.0)
  %265 = getelementptr i32, ptr %241, i64 768
  %k74 = load float, ptr %265, align 4
  %266 = insertelement <16 x float> poison, float %k74, i32 0
  %splat75 = shufflevector <16 x float> %266, <16 x float> poison, <16 x i32> zeroinitializer
  %267 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat75, <16 x float> %sacc.sroa.48.0)
  %268 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat75, <16 x float> %sacc.sroa.52.0)
  %269 = getelementptr i32, ptr %241, i64 896
  %k76 = load float, ptr %269, align 4
  %270 = insertelement <16 x float> poison, float %k76, i32 0
  %splat77 = shufflevector <16 x float> %270, <16 x float> poison, <16 x i32> zeroinitializer
  %271 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat77, <16 x float> %sacc.sroa.56.0)
  %272 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat77, <16 x float> %sacc.sroa.60.0)
  %273 = getelementptr i32, ptr %241, i64 1024
  %k78 = load float, ptr %273, align 4
  %274 = insertelement <16 x float> poison, float %k78, i32 0
  %splat79 = shufflevector <16 x float> %274, <16 x float> poison, <16 x i32> zeroinitializer
  %275 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat79, <16 x float> %sacc.sroa.64.0)
  %276 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat79, <16 x float> %sacc.sroa.68.0)
  %277 = getelementptr i32, ptr %241, i64 1152
  %k80 = load float, ptr %277, align 4
  %278 = insertelement <16 x float> poison, float %k80, i32 0
  %splat81 = shufflevector <16 x float> %278, <16 x float> poison, <16 x i32> zeroinitializer
  %279 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat81, <16 x float> %sacc.sroa.72.0)
  %280 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat81, <16 x float> %sacc.sroa.76.0)
  %281 = getelementptr i32, ptr %241, i64 1280
  %k82 = load float, ptr %281, align 4
  %282 = insertelement <16 x float> poison, float %k82, i32 0
  %splat83 = shufflevector <16 x float> %282, <16 x float> poison, <16 x i32> zeroinitializer
  %283 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat83, <16 x float> %sacc.sroa.80.0)
  %284 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat83, <16 x float> %sacc.sroa.84.0)
  %285 = getelementptr i32, ptr %241, i64 1408
  %k84 = load float, ptr %285, align 4
  %286 = insertelement <16 x float> poison, float %k84, i32 0
  %splat85 = shufflevector <16 x float> %286, <16 x float> poison, <16 x i32> zeroinitializer
  %287 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat85, <16 x float> %sacc.sroa.88.0)
  %288 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat85, <16 x float> %sacc.sroa.92.0)
  %289 = add nsw i32 %sdim60, 1
  br label %sdim

exit59:                                           ; preds = %sdim
  %290 = mul i64 %233, 32
  %291 = getelementptr i32, ptr %st, i64 %290
  store <16 x float> %sacc.sroa.0.0, ptr %291, align 64
  %292 = getelementptr i32, ptr %291, i64 16
  store <16 x float> %sacc.sroa.4.0, ptr %292, align 64
  %293 = getelementptr i32, ptr %291, i64 32
  store <16 x float> %sacc.sroa.8.0, ptr %293, align 64
  %294 = getelementptr i32, ptr %291, i64 48
  store <16 x float> %sacc.sroa.12.0, ptr %294, align 64
  %295 = getelementptr i32, ptr %291, i64 64
  store <16 x float> %sacc.sroa.16.0, ptr %295, align 64
  %296 = getelementptr i32, ptr %291, i64 80
  store <16 x float> %sacc.sroa.20.0, ptr %296, align 64
  %297 = getelementptr i32, ptr %291, i64 96
  store <16 x float> %sacc.sroa.24.0, ptr %297, align 64
  %298 = getelementptr i32, ptr %291, i64 112
  store <16 x float> %sacc.sroa.28.0, ptr %298, align 64
  %299 = getelementptr i32, ptr %291, i64 128
  store <16 x float> %sacc.sroa.32.0, ptr %299, align 64
  %300 = getelementptr i32, ptr %291, i64 144
  store <16 x float> %sacc.sroa.36.0, ptr %300, align 64
  %301 = getelementptr i32, ptr %291, i64 160
  store <16 x float> %sacc.sroa.40.0, ptr %301, align 64
  %302 = getelementptr i32, ptr %291, i64 176
  store <16 x float> %sacc.sroa.44.0, ptr %302, align 64
  %303 = getelementptr i32, ptr %291, i64 192
  store <16 x float> %sacc.sroa.48.0, ptr %303, align 64
  %304 = getelementptr i32, ptr %291, i64 208
  store <16 x float> %sacc.sroa.52.0, ptr %304, align 64
  %305 = getelementptr i32, ptr %291, i64 224
  store <16 x float> %sacc.sroa.56.0, ptr %305, align 64
  %306 = getelementptr i32, ptr %291, i64 240
  store <16 x float> %sacc.sroa.60.0, ptr %306, align 64
  %307 = getelementptr i32, ptr %291, i64 256
  store <16 x float> %sacc.sroa.64.0, ptr %307, align 64
  %308 = getelementptr i32, ptr %291, i64 272
  store <16 x float> %sacc.sroa.68.0, ptr %308, align 64
  %309 = getelementptr i32, ptr %291, i64 288
  store <16 x float> %sacc.sroa.72.0, ptr %309, align 64
  %310 = getelementptr i32, ptr %291, i64 304
  store <16 x float> %sacc.sroa.76.0, ptr %310, align 64
  %311 = getelementptr i32, ptr %291, i64 320
  store <16 x float> %sacc.sroa.80.0, ptr %311, align 64
  %312 = getelementptr i32, ptr %291, i64 336
  store <16 x float> %sacc.sroa.84.0, ptr %312, align 64
  %313 = getelementptr i32, ptr %291, i64 352
  store <16 x float> %sacc.sroa.88.0, ptr %313, align 64
  %314 = getelementptr i32, ptr %291, i64 368
  store <16 x float> %sacc.sroa.92.0, ptr %314, align 64
  %315 = add nsw i32 %sblock56, 12
  br label %sblock

smask:                                            ; preds = %sblock, %body86
  %tmax.sroa.4.0 = phi <16 x float> [ %343, %body86 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %tmax.sroa.0.0 = phi <16 x float> [ %334, %body86 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %smask89 = phi i32 [ %344, %body86 ], [ 0, %sblock ]
  %316 = icmp slt i32 %smask89, %89
  br i1 %316, label %body86, label %exit88

body86:                                           ; preds = %smask
  %317 = add i32 %ktile18, %smask89
  %318 = insertelement <16 x i32> poison, i32 %317, i32 0
  %splat90 = shufflevector <16 x i32> %318, <16 x i32> poison, <16 x i32> zeroinitializer
  %319 = sext i32 %smask89 to i64
  %320 = mul i64 %319, 32
  %321 = getelementptr i32, ptr %st, i64 %320
  %s = load <16 x float>, ptr %321, align 64
  %322 = icmp slt <16 x i32> %splat90, %222
  %323 = insertelement <16 x i32> poison, i32 %batch, i32 0
  %splat91 = shufflevector <16 x i32> %323, <16 x i32> poison, <16 x i32> zeroinitializer
  %324 = sub <16 x i32> %splat91, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %325 = call <16 x i32> @llvm.smin.v16i32(<16 x i32> %splat51, <16 x i32> %324)
  %326 = call <16 x i32> @llvm.smax.v16i32(<16 x i32> %325, <16 x i32> zeroinitializer)
  %327 = extractelement <16 x i32> %326, i32 0
  %328 = getelementptr i32, ptr %prefix, i32 %327
  %prefix92 = load i32, ptr %328, align 4
  %329 = insertelement <16 x i32> poison, i32 %prefix92, i32 0
  %splat93 = shufflevector <16 x i32> %329, <16 x i32> poison, <16 x i32> zeroinitializer
  %330 = icmp slt <16 x i32> %splat90, %splat93
  %331 = icmp sle <16 x i32> %splat90, %224
  %332 = or <16 x i1> %330, %331
  %mask_expr = and <16 x i1> %322, %332
  %333 = select <16 x i1> %mask_expr, <16 x float> %s, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %333, ptr %321, align 64
  %334 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.0.0, <16 x float> %333)
  %335 = add i64 %320, 16
  %336 = getelementptr i32, ptr %st, i64 %335
  %s94 = load <16 x float>, ptr %336, align 64
  %337 = icmp slt <16 x i32> %splat90, %228
  %prefix96 = load i32, ptr %328, align 4
  %338 = insertelement <16 x i32> poison, i32 %prefix96, i32 0
  %splat97 = shufflevector <16 x i32> %338, <16 x i32> poison, <16 x i32> zeroinitializer
  %339 = icmp slt <16 x i32> %splat90, %splat97
  %340 = icmp sle <16 x i32> %splat90, %230
  %341 = or <16 x i1> %339, %340
  %mask_expr98 = and <16 x i1> %337, %341
  %342 = select <16 x i1> %mask_expr98, <16 x float> %s94, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %342, ptr %336, align 64
  %343 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.4.0, <16 x float> %342)
  %344 = add nsw i32 %smask89, 1
  br label %smask

exit88:                                           ; preds = %smask
  %m = load <16 x float>, ptr %218, align 64
  %345 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m, <16 x float> %tmax.sroa.0.0)
  %346 = fcmp oeq <16 x float> %345, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse99 = select <16 x i1> %346, <16 x float> zeroinitializer, <16 x float> %345
  %347 = fsub <16 x float> %m, %muse99
  %348 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %347, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %349 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %348, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %350 = fadd <16 x float> %349, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %350, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %349, %n
  %351 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %352 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %351, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %353 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %352, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %354 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %353, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %355 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %354, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %356 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %355, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %357 = fptosi <16 x float> %n to <16 x i32>
  %358 = add <16 x i32> %357, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %359 = shl <16 x i32> %358, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %360 = bitcast <16 x i32> %359 to <16 x float>
  %exp2 = fmul <16 x float> %356, %360
  store <16 x float> %345, ptr %218, align 64
  %361 = getelementptr <16 x float>, ptr %218, i64 1
  %m100 = load <16 x float>, ptr %361, align 64
  %362 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m100, <16 x float> %tmax.sroa.4.0)
  %363 = fcmp oeq <16 x float> %362, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse101 = select <16 x i1> %363, <16 x float> zeroinitializer, <16 x float> %362
  %364 = fsub <16 x float> %m100, %muse101
  %365 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %364, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %366 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %365, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %367 = fadd <16 x float> %366, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n102 = fsub <16 x float> %367, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f103 = fsub <16 x float> %366, %n102
  %368 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f103, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %369 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %368, <16 x float> %f103, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %370 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %369, <16 x float> %f103, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %371 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %370, <16 x float> %f103, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %372 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %371, <16 x float> %f103, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %373 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %372, <16 x float> %f103, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %374 = fptosi <16 x float> %n102 to <16 x i32>
  %375 = add <16 x i32> %374, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %376 = shl <16 x i32> %375, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %377 = bitcast <16 x i32> %376 to <16 x float>
  %exp2104 = fmul <16 x float> %373, %377
  store <16 x float> %362, ptr %361, align 64
  br label %sexp

sexp:                                             ; preds = %body105, %exit88
  %lsum.sroa.4.0 = phi <16 x float> [ zeroinitializer, %exit88 ], [ %415, %body105 ]
  %lsum.sroa.0.0 = phi <16 x float> [ zeroinitializer, %exit88 ], [ %397, %body105 ]
  %sexp108 = phi i32 [ 0, %exit88 ], [ %416, %body105 ]
  %378 = icmp slt i32 %sexp108, %89
  br i1 %378, label %body105, label %exit107

body105:                                          ; preds = %sexp
  %379 = sext i32 %sexp108 to i64
  %380 = mul i64 %379, 32
  %381 = getelementptr i32, ptr %st, i64 %380
  %382 = load <16 x float>, ptr %381, align 64
  %383 = fsub <16 x float> %382, %muse99
  %384 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %383, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %385 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %384, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %386 = fadd <16 x float> %385, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n109 = fsub <16 x float> %386, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f110 = fsub <16 x float> %385, %n109
  %387 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f110, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %388 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %387, <16 x float> %f110, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %389 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %388, <16 x float> %f110, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %390 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %389, <16 x float> %f110, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %391 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %390, <16 x float> %f110, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %392 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %391, <16 x float> %f110, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %393 = fptosi <16 x float> %n109 to <16 x i32>
  %394 = add <16 x i32> %393, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %395 = shl <16 x i32> %394, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %396 = bitcast <16 x i32> %395 to <16 x float>
  %exp2111 = fmul <16 x float> %392, %396
  store <16 x float> %exp2111, ptr %381, align 64
  %397 = fadd <16 x float> %lsum.sroa.0.0, %exp2111
  %398 = add i64 %380, 16
  %399 = getelementptr i32, ptr %st, i64 %398
  %400 = load <16 x float>, ptr %399, align 64
  %401 = fsub <16 x float> %400, %muse101
  %402 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %401, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %403 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %402, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %404 = fadd <16 x float> %403, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n112 = fsub <16 x float> %404, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f113 = fsub <16 x float> %403, %n112
  %405 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f113, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %406 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %405, <16 x float> %f113, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %407 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %406, <16 x float> %f113, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %408 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %407, <16 x float> %f113, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %409 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %408, <16 x float> %f113, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %410 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %409, <16 x float> %f113, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %411 = fptosi <16 x float> %n112 to <16 x i32>
  %412 = add <16 x i32> %411, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %413 = shl <16 x i32> %412, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %414 = bitcast <16 x i32> %413 to <16 x float>
  %exp2114 = fmul <16 x float> %410, %414
  store <16 x float> %exp2114, ptr %399, align 64
  %415 = fadd <16 x float> %lsum.sroa.4.0, %exp2114
  %416 = add nsw i32 %sexp108, 1
  br label %sexp

exit107:                                          ; preds = %sexp
  %417 = load <16 x float>, ptr %219, align 64
  %418 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %417, <16 x float> %exp2, <16 x float> %lsum.sroa.0.0)
  store <16 x float> %418, ptr %219, align 64
  %419 = getelementptr <16 x float>, ptr %219, i64 1
  %420 = load <16 x float>, ptr %419, align 64
  %421 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %420, <16 x float> %exp2104, <16 x float> %lsum.sroa.4.0)
  store <16 x float> %421, ptr %419, align 64
  br label %pvblock

pvblock:                                          ; preds = %exit121, %exit107
  %pvblock118 = phi i32 [ 0, %exit107 ], [ %515, %exit121 ]
  %422 = icmp slt i32 %pvblock118, 16
  br i1 %422, label %body115, label %join50

body115:                                          ; preds = %pvblock
  %423 = mul i32 %pvblock118, 8
  %424 = sext i32 %423 to i64
  %425 = mul i64 %424, 32
  %426 = getelementptr i32, ptr %216, i64 %425
  %427 = load <16 x float>, ptr %426, align 64
  %428 = fmul <16 x float> %427, %exp2
  %429 = getelementptr i32, ptr %426, i64 16
  %430 = load <16 x float>, ptr %429, align 64
  %431 = fmul <16 x float> %430, %exp2104
  %432 = getelementptr i32, ptr %426, i64 32
  %433 = load <16 x float>, ptr %432, align 64
  %434 = fmul <16 x float> %433, %exp2
  %435 = getelementptr i32, ptr %426, i64 48
  %436 = load <16 x float>, ptr %435, align 64
  %437 = fmul <16 x float> %436, %exp2104
  %438 = getelementptr i32, ptr %426, i64 64
  %439 = load <16 x float>, ptr %438, align 64
  %440 = fmul <16 x float> %439, %exp2
  %441 = getelementptr i32, ptr %426, i64 80
  %442 = load <16 x float>, ptr %441, align 64
  %443 = fmul <16 x float> %442, %exp2104
  %444 = getelementptr i32, ptr %426, i64 96
  %445 = load <16 x float>, ptr %444, align 64
  %446 = fmul <16 x float> %445, %exp2
  %447 = getelementptr i32, ptr %426, i64 112
  %448 = load <16 x float>, ptr %447, align 64
  %449 = fmul <16 x float> %448, %exp2104
  %450 = getelementptr i32, ptr %426, i64 128
  %451 = load <16 x float>, ptr %450, align 64
  %452 = fmul <16 x float> %451, %exp2
  %453 = getelementptr i32, ptr %426, i64 144
  %454 = load <16 x float>, ptr %453, align 64
  %455 = fmul <16 x float> %454, %exp2104
  %456 = getelementptr i32, ptr %426, i64 160
  %457 = load <16 x float>, ptr %456, align 64
  %458 = fmul <16 x float> %457, %exp2
  %459 = getelementptr i32, ptr %426, i64 176
  %460 = load <16 x float>, ptr %459, align 64
  %461 = fmul <16 x float> %460, %exp2104
  %462 = getelementptr i32, ptr %426, i64 192
  %463 = load <16 x float>, ptr %462, align 64
  %464 = fmul <16 x float> %463, %exp2
  %465 = getelementptr i32, ptr %426, i64 208
  %466 = load <16 x float>, ptr %465, align 64
  %467 = fmul <16 x float> %466, %exp2104
  %468 = getelementptr i32, ptr %426, i64 224
  %469 = load <16 x float>, ptr %468, align 64
  %470 = fmul <16 x float> %469, %exp2
  %471 = getelementptr i32, ptr %426, i64 240
  %472 = load <16 x float>, ptr %471, align 64
  %473 = fmul <16 x float> %472, %exp2104
  br label %kpv

kpv:                                              ; preds = %body119, %body115
  %o.sroa.44.0 = phi <16 x float> [ %461, %body115 ], [ %505, %body119 ]
  %o.sroa.40.0 = phi <16 x float> [ %458, %body115 ], [ %504, %body119 ]
  %o.sroa.36.0 = phi <16 x float> [ %455, %body115 ], [ %501, %body119 ]
  %o.sroa.32.0 = phi <16 x float> [ %452, %body115 ], [ %500, %body119 ]
  %o.sroa.28.0 = phi <16 x float> [ %449, %body115 ], [ %497, %body119 ]
  %o.sroa.24.0 = phi <16 x float> [ %446, %body115 ], [ %496, %body119 ]
  %o.sroa.20.0 = phi <16 x float> [ %443, %body115 ], [ %493, %body119 ]
  %o.sroa.16.0 = phi <16 x float> [ %440, %body115 ], [ %492, %body119 ]
  %o.sroa.12.0 = phi <16 x float> [ %437, %body115 ], [ %489, %body119 ]
  %o.sroa.8.0 = phi <16 x float> [ %434, %body115 ], [ %488, %body119 ]
  %o.sroa.4.0 = phi <16 x float> [ %431, %body115 ], [ %485, %body119 ]
  %o.sroa.0.0 = phi <16 x float> [ %428, %body115 ], [ %484, %body119 ]
  %o.sroa.48.0 = phi <16 x float> [ %464, %body115 ], [ %508, %body119 ]
  %o.sroa.52.0 = phi <16 x float> [ %467, %body115 ], [ %509, %body119 ]
  %o.sroa.56.0 = phi <16 x float> [ %470, %body115 ], [ %512, %body119 ]
  %o.sroa.60.0 = phi <16 x float> [ %473, %body115 ], [ %513, %body119 ]
  %kpv122 = phi i32 [ 0, %body115 ], [ %514, %body119 ]
  %474 = icmp slt i32 %kpv122, %89
  br i1 %474, label %body119, label %exit121

body119:                                          ; preds = %kpv
  %475 = sext i32 %kpv122 to i64
  %476 = mul i64 %475, 32
  %477 = getelementptr i32, ptr %st, i64 %476
  %p = load <16 x float>, ptr %477, align 64
  %478 = add i64 %476, 16
  %479 = getelementptr i32, ptr %st, i64 %478
  %p123 = load <16 x float>, ptr %479, align 64
  %480 = mul i64 %475, 512
  %481 = getelementptr i8, ptr %vbuf, i64 %480
  %482 = getelementptr i32, ptr %481, i64 %424
  %v = load float, ptr %482, align 4
  %483 = insertelement <16 x float> poison, float %v, i32 0
  %splat124 = shufflevector <16 x float> %483, <16 x float> poison, <16 x i32> zeroinitializer
  %484 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat124, <16 x float> %o.sroa.0.0)
  %485 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p123, <16 x float> %splat124, <16 x float> %o.sroa.4.0)
  %486 = getelementptr i32, ptr %482, i64 1
  %v125 = load float, ptr %486, align 4
  %487 = insertelement <16 x float> poison, float %v125, i32 0
  %splat126 = shufflevector <16 x float> %487, <16 x float> poison, <16 x i32> zeroinitializer
  %488 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat126, <16 x float> %o.sroa.8.0)
  %489 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p123, <16 x float> %splat126, <16 x float> %o.sroa.12.0)
  %490 = getelementptr i32, ptr %482, i64 2
  %v127 = load float, ptr %490, align 4
  %491 = insertelement <16 x float> poison, float %v127, i32 0
  %splat128 = shufflevector <16 x float> %491, <16 x float> poison, <16 x i32> zeroinitializer
  %492 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat128, <16 x float> %o.sroa.16.0)
  %493 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p123, <16 x float> %splat128, <16 x float> %o.sroa.20.0)
  %494 = getelementptr i32, ptr %482, i64 3
  %v129 = load float, ptr %494, align 4
  %495 = insertelement <16 x float> poison, float %v129, i32 0
  %splat130 = shufflevector <16 x float> %495, <16 x float> poison, <16 x i32> zeroinitializer
  %496 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat130, <16 x float> %o.sroa.24.0)
  %497 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p123, <16 x float> %splat130, <16 x float> %o.sroa.28.0)
  %498 = getelementptr i32, ptr %482, i64 4
  %v131 = load float, ptr %498, align 4
  %499 = insertelement <16 x float> poison, float %v131, i32 0
  %splat132 = shufflevector <16 x float> %499, <16 x float> poison, <16 x i32> zeroinitializer
  %500 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat132, <16 x float> %o.sroa.32.0)
  %501 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p123, <16 x float> %splat132, <16 x float> %o.sroa.36.0)
  %502 = getelementptr i32, ptr %482, i64 5
  %v133 = load float, ptr %502, align 4
  %503 = insertelement <16 x float> poison, float %v133, i32 0
  %splat134 = shufflevector <16 x float> %503, <16 x float> poison, <16 x i32> zeroinitializer
  %504 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat134, <16 x float> %o.sroa.40.0)
  %505 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p123, <16 x float> %splat134, <16 x float> %o.sroa.44.0)
  %506 = getelementptr i32, ptr %482, i64 6
  %v135 = load float, ptr %506, align 4
  %507 = insertelement <16 x float> poison, float %v135, i32 0
  %splat136 = shufflevector <16 x float> %507, <16 x float> poison, <16 x i32> zeroinitializer
  %508 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat136, <16 x float> %o.sroa.48.0)
  %509 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p123, <16 x float> %splat136, <16 x float> %o.sroa.52.0)
  %510 = getelementptr i32, ptr %482, i64 7
  %v137 = load float, ptr %510, align 4
  %511 = insertelement <16 x float> poison, float %v137, i32 0
  %splat138 = shufflevector <16 x float> %511, <16 x float> poison, <16 x i32> zeroinitializer
  %512 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat138, <16 x float> %o.sroa.56.0)
  %513 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p123, <16 x float> %splat138, <16 x float> %o.sroa.60.0)
  %514 = add nsw i32 %kpv122, 1
  br label %kpv

exit121:                                          ; preds = %kpv
  store <16 x float> %o.sroa.0.0, ptr %426, align 64
  store <16 x float> %o.sroa.4.0, ptr %429, align 64
  store <16 x float> %o.sroa.8.0, ptr %432, align 64
  store <16 x float> %o.sroa.12.0, ptr %435, align 64
  store <16 x float> %o.sroa.16.0, ptr %438, align 64
  store <16 x float> %o.sroa.20.0, ptr %441, align 64
  store <16 x float> %o.sroa.24.0, ptr %444, align 64
  store <16 x float> %o.sroa.28.0, ptr %447, align 64
  store <16 x float> %o.sroa.32.0, ptr %450, align 64
  store <16 x float> %o.sroa.36.0, ptr %453, align 64
  store <16 x float> %o.sroa.40.0, ptr %456, align 64
  store <16 x float> %o.sroa.44.0, ptr %459, align 64
  store <16 x float> %o.sroa.48.0, ptr %462, align 64
  store <16 x float> %o.sroa.52.0, ptr %465, align 64
  store <16 x float> %o.sroa.56.0, ptr %468, align 64
  store <16 x float> %o.sroa.60.0, ptr %471, align 64
  %515 = add nsw i32 %pvblock118, 1
  br label %pvblock

orow139:                                          ; preds = %written, %exit17
  %orow143 = phi i32 [ 0, %exit17 ], [ %552, %written ]
  %516 = icmp slt i32 %orow143, %nrows
  br i1 %516, label %body140, label %common.ret

body140:                                          ; preds = %orow139
  %517 = sext i32 %orow143 to i64
  %518 = getelementptr float, ptr %ms, i64 %517
  %m144 = load float, ptr %518, align 4
  %519 = getelementptr float, ptr %ls, i64 %517
  %l = load float, ptr %519, align 4
  %520 = sdiv i32 %orow143, 32
  %521 = srem i32 %orow143, 32
  %522 = sext i32 %520 to i64
  %523 = mul i64 %522, 4096
  %524 = getelementptr i32, ptr %ot, i64 %523
  br label %otrow

otrow:                                            ; preds = %body145, %body140
  %otrow148 = phi i32 [ 0, %body140 ], [ %533, %body145 ]
  %525 = icmp slt i32 %otrow148, 128
  br i1 %525, label %body145, label %exit147

body145:                                          ; preds = %otrow
  %526 = sext i32 %521 to i64
  %527 = sext i32 %otrow148 to i64
  %528 = mul i64 %527, 32
  %529 = add i64 %528, %526
  %530 = getelementptr i32, ptr %524, i64 %529
  %531 = load float, ptr %530, align 4
  %532 = getelementptr i32, ptr %rowbuf, i64 %527
  store float %531, ptr %532, align 4
  %533 = add nsw i32 %otrow148, 1
  br label %otrow

exit147:                                          ; preds = %otrow
  %534 = icmp ne ptr %part, null
  br i1 %534, label %partial, label %final

partial:                                          ; preds = %exit147
  %535 = sext i32 %nrows to i64
  %536 = mul i64 %517, 128
  %537 = getelementptr float, ptr %part, i64 %536
  br label %chunk149

final:                                            ; preds = %exit147
  %538 = sdiv i32 %orow143, %nh
  %qi154 = add i32 %q_begin, %538
  %539 = srem i32 %orow143, %nh
  %540 = add i32 %h_begin, %539
  %541 = mul i32 %kv_head, 4
  %hq155 = add i32 %541, %540
  %542 = sext i32 %qi154 to i64
  %543 = add i64 %q_row0, %542
  %544 = mul i64 %543, 32
  %545 = sext i32 %hq155 to i64
  %orow156 = add i64 %544, %545
  %546 = fcmp oeq float %l, 0.000000e+00
  %547 = fdiv float 1.000000e+00, %l
  %548 = select i1 %546, float 0.000000e+00, float %547
  %549 = mul i64 %orow156, 512
  %550 = getelementptr i8, ptr %out, i64 %549
  %551 = insertelement <16 x float> poison, float %548, i32 0
  %splat157 = shufflevector <16 x float> %551, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk158

written:                                          ; preds = %chunk158, %exit152
  %552 = add nsw i32 %orow143, 1
  br label %orow139

chunk149:                                         ; preds = %body150, %partial
  %chunk153 = phi i64 [ 0, %partial ], [ %558, %body150 ]
  %553 = icmp slt i64 %chunk153, 8
  br i1 %553, label %body150, label %exit152

body150:                                          ; preds = %chunk149
  %554 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk153
  %555 = load <16 x float>, ptr %554, align 64
  %556 = mul i64 %chunk153, 64
  %557 = getelementptr i8, ptr %537, i64 %556
  store <16 x float> %555, ptr %557, align 4
  %558 = add nsw i64 %chunk153, 1
  br label %chunk149

exit152:                                          ; preds = %chunk149
  %559 = mul i64 %535, 128
  %560 = add i64 %559, %517
  %561 = getelementptr float, ptr %part, i64 %560
  store float %m144, ptr %561, align 4
  %562 = add i64 %560, %535
  %563 = getelementptr float, ptr %part, i64 %562
  store float %l, ptr %563, align 4
  br label %written

chunk158:                                         ; preds = %body159, %final
  %chunk162 = phi i64 [ 0, %final ], [ %570, %body159 ]
  %564 = icmp slt i64 %chunk162, 8
  br i1 %564, label %body159, label %written

body159:                                          ; preds = %chunk158
  %565 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk162
  %566 = load <16 x float>, ptr %565, align 64
  %567 = fmul <16 x float> %566, %splat157
  %568 = mul i64 %chunk162, 64
  %569 = getelementptr i8, ptr %550, i64 %568
  store <16 x float> %567, ptr %569, align 4
  %570 = add nsw i64 %chunk162, 1
  br label %chunk158
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
