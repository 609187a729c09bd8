; ModuleID = 'whisper_large_self'
source_filename = "whisper_large_self"
target triple = "x86_64-unknown-linux-gnu"

@whisper_large_self.name = private unnamed_addr constant [19 x i8] c"whisper_large_self\00"
@whisper_large_self.spec = private unnamed_addr constant [386 x i8] c"attncc: 1\0Aname: whisper_large_self\0Aphase: decode\0Akind: self\0Aheads: {q: 20, kv: 20, dim: 64, v_dim: 64}\0Atypes: {q: f16, cache: f16, out: f16}\0Ascale: auto\0Acache: {store: k_only, layout: contiguous, order: token_major, capacity: 448, latent_dim: 0, rope_dim: 0, shared_across_layers: false}\0Amask: {causal: true}\0Aoutput: {lse: false}\0Aslim: {order: auto}\0Amodel: {layers: 32, d_model: 1280}\0A\00"
@whisper_large_self_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32, ptr, i32, i32, i32, i32, float, i32, i32, i32, i32, i32, ptr } { i32 7, i32 1, i64 -5420864161588737407, ptr @whisper_large_self.name, ptr @whisper_large_self.spec, i32 20, i32 20, i32 64, i32 64, i32 1, i32 1, i32 1, i32 0, i32 0, i32 0, i32 448, i32 1, i32 0, float 1.250000e-01, i32 1, i32 1280, i32 0, ptr null, i32 0, i32 0, i32 0, i32 0, float 0.000000e+00, i32 0, i32 0, i32 0, i32 0, i32 0, ptr null }, align 8
@whisper_large_self_kernel = internal constant { ptr, ptr, i32, i32, i32, i32, i32, i32, ptr } { ptr @whisper_large_self_info_data, ptr @whisper_large_self_tile, i32 1, i32 4, i32 16, i32 256, i32 1, i32 1280, ptr @whisper_large_self_project }, align 8

; Function Attrs: nounwind
define internal void @whisper_large_self_project(ptr %0, ptr %1, i64 %2) #0 {
entry:
  %head = srem i64 %2, 20
  %3 = getelementptr i8, ptr %0, i64 40
  %out = load ptr, ptr %3, align 8
  %4 = mul i64 %2, 128
  %5 = getelementptr i8, ptr %out, i64 %4
  %6 = getelementptr i8, ptr %0, i64 112
  %w_out = load ptr, ptr %6, align 8
  %7 = getelementptr i8, ptr %0, i64 120
  %out_bias = load ptr, ptr %7, align 8
  %8 = icmp ne ptr %1, null
  %nk = select i1 %8, i64 1280, i64 0
  %9 = icmp ne ptr %out_bias, null
  %10 = and i1 %8, %9
  %col = mul i64 %head, 64
  br label %proj_k

proj_k:                                           ; preds = %body, %entry
  %pacc.sroa.18.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %27, %body ]
  %pacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %24, %body ]
  %pacc.sroa.6.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %21, %body ]
  %pacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %18, %body ]
  %proj_k1 = phi i64 [ 0, %entry ], [ %28, %body ]
  %11 = icmp slt i64 %proj_k1, %nk
  br i1 %11, label %body, label %exit

body:                                             ; preds = %proj_k
  %12 = getelementptr float, ptr %1, i64 %proj_k1
  %uk = load float, ptr %12, align 4
  %13 = insertelement <16 x float> poison, float %uk, i32 0
  %splat = shufflevector <16 x float> %13, <16 x float> poison, <16 x i32> zeroinitializer
  %14 = mul i64 %proj_k1, 1280
  %15 = add i64 %14, %col
  %16 = getelementptr float, ptr %w_out, i64 %15
  %17 = load <16 x float>, ptr %16, align 4
  %18 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %17, <16 x float> %pacc.sroa.0.0)
  %19 = getelementptr float, ptr %16, i64 16
  %20 = load <16 x float>, ptr %19, align 4
  %21 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %20, <16 x float> %pacc.sroa.6.0)
  %22 = getelementptr float, ptr %16, i64 32
  %23 = load <16 x float>, ptr %22, align 4
  %24 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %23, <16 x float> %pacc.sroa.12.0)
  %25 = getelementptr float, ptr %16, i64 48
  %26 = load <16 x float>, ptr %25, align 4
  %27 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %26, <16 x float> %pacc.sroa.18.0)
  %28 = add nsw i64 %proj_k1, 1
  br label %proj_k

exit:                                             ; preds = %proj_k
  br i1 %10, label %bias, label %join

bias:                                             ; preds = %exit
  %29 = getelementptr float, ptr %out_bias, i64 %col
  %30 = load <16 x float>, ptr %29, align 4
  %31 = fadd <16 x float> %pacc.sroa.0.0, %30
  %32 = add i64 %col, 16
  %33 = getelementptr float, ptr %out_bias, i64 %32
  %34 = load <16 x float>, ptr %33, align 4
  %35 = fadd <16 x float> %pacc.sroa.6.0, %34
  %36 = add i64 %col, 32
  %37 = getelementptr float, ptr %out_bias, i64 %36
  %38 = load <16 x float>, ptr %37, align 4
  %39 = fadd <16 x float> %pacc.sroa.12.0, %38
  %40 = add i64 %col, 48
  %41 = getelementptr float, ptr %out_bias, i64 %40
  %42 = load <16 x float>, ptr %41, align 4
  %43 = fadd <16 x float> %pacc.sroa.18.0, %42
  br label %join

join:                                             ; preds = %bias, %exit
  %pacc.sroa.18.1 = phi <16 x float> [ %43, %bias ], [ %pacc.sroa.18.0, %exit ]
  %pacc.sroa.12.1 = phi <16 x float> [ %39, %bias ], [ %pacc.sroa.12.0, %exit ]
  %pacc.sroa.6.1 = phi <16 x float> [ %35, %bias ], [ %pacc.sroa.6.0, %exit ]
  %pacc.sroa.0.1 = phi <16 x float> [ %31, %bias ], [ %pacc.sroa.0.0, %exit ]
  %44 = fptrunc <16 x float> %pacc.sroa.0.1 to <16 x half>
  store <16 x half> %44, ptr %5, align 2
  %45 = getelementptr i8, ptr %5, i64 32
  %46 = fptrunc <16 x float> %pacc.sroa.6.1 to <16 x half>
  store <16 x half> %46, ptr %45, align 2
  %47 = getelementptr i8, ptr %5, i64 64
  %48 = fptrunc <16 x float> %pacc.sroa.12.1 to <16 x half>
  store <16 x half> %48, ptr %47, align 2
  %49 = getelementptr i8, ptr %5, i64 96
  %50 = fptrunc <16 x float> %pacc.sroa.18.1 to <16 x half>
  store <16 x half> %50, ptr %49, align 2
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fmuladd.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

; Function Attrs: nounwind
define internal void @whisper_large_self_tile(ptr %0, ptr %1) #0 {
entry:
  %muse = alloca [4 x float], align 64
  %lsum = alloca [4 x <16 x float>], align 64
  %smax = alloca [4 x <16 x float>], align 64
  %lims = alloca [4 x i32], align 64
  %alpha = alloca [4 x float], align 64
  %accs = alloca [5120 x float], align 64
  %pbuf = alloca [256 x float], align 64
  %dbuf = alloca [256 x <16 x float>], align 64
  %qs = alloca [16 x <16 x float>], align 64
  %ls = alloca [4 x float], align 64
  %ms = alloca [4 x float], align 64
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
  %12 = getelementptr i8, ptr %1, i64 44
  %13 = getelementptr i8, ptr %1, i64 48
  %part = load ptr, ptr %13, align 8
  %14 = getelementptr i8, ptr %0, i64 32
  %q = load ptr, ptr %14, align 8
  %15 = getelementptr i8, ptr %0, i64 40
  %16 = getelementptr i8, ptr %0, i64 48
  %17 = getelementptr i8, ptr %0, i64 56
  %k_cache = load ptr, ptr %17, align 8
  %18 = sext i32 %seq to i64
  %19 = mul i64 %18, 1146880
  %20 = getelementptr i8, ptr %k_cache, i64 %19
  %21 = sext i32 %kv_head to i64
  %22 = icmp sgt i32 %nrows, 0
  br i1 %22, label %rinit, label %done

done:                                             ; preds = %orow122, %entry
  ret void

rinit:                                            ; preds = %entry, %exit8
  %rinit1 = phi i32 [ %65, %exit8 ], [ 0, %entry ]
  %23 = icmp slt i32 %rinit1, 4
  br i1 %23, label %body, label %exit

body:                                             ; preds = %rinit
  %24 = sext i32 %rinit1 to i64
  %25 = mul i64 %24, 4
  %26 = getelementptr <16 x float>, ptr %qs, i64 %25
  %27 = icmp slt i32 %rinit1, %nrows
  %28 = sub i32 %nrows, 1
  %29 = call i32 @llvm.smin.i32(i32 %rinit1, i32 %28)
  %30 = sdiv i32 %29, %nh
  %qi = add i32 %q_begin, %30
  %31 = srem i32 %29, %nh
  %32 = add i32 %h_begin, %31
  %33 = mul i32 %kv_head, 20
  %hq = add i32 %33, %32
  %34 = sext i32 %qi to i64
  %35 = add i64 %q_row0, %34
  %36 = mul i64 %35, 20
  %37 = sext i32 %hq to i64
  %orow = add i64 %36, %37
  %38 = mul i64 %orow, 128
  %39 = getelementptr i8, ptr %q, i64 %38
  %40 = select i1 %27, float 0x3FC7154760000000, float 0.000000e+00
  %41 = insertelement <16 x float> poison, float %40, i32 0
  %splat = shufflevector <16 x float> %41, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

exit:                                             ; preds = %rinit
  %42 = sub i32 %nrows, 1
  %43 = sdiv i32 %42, %nh
  %44 = add i32 %q_begin, %43
  %qpos10 = add i32 %q_pos0, %44
  %45 = add i32 %qpos10, 1
  %46 = call i32 @llvm.smin.i32(i32 %45, i32 %k_end)
  %k_last = sub i32 %46, 1
  br label %kblock

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %53, %body2 ]
  %47 = icmp slt i64 %chunk5, 4
  br i1 %47, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %48 = mul i64 %chunk5, 32
  %49 = getelementptr i8, ptr %39, i64 %48
  %50 = load <16 x half>, ptr %49, align 2
  %f16 = fpext <16 x half> %50 to <16 x float>
  %51 = fmul <16 x float> %f16, %splat
  %52 = getelementptr <16 x float>, ptr %26, i64 %chunk5
  store <16 x float> %51, ptr %52, align 64
  %53 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %54 = getelementptr float, ptr %ms, i64 %24
  store float 0xFFF0000000000000, ptr %54, align 4
  %55 = getelementptr float, ptr %ls, i64 %24
  store float 0.000000e+00, ptr %55, align 4
  %56 = getelementptr i32, ptr %lims, i64 %24
  %qpos = add i32 %q_pos0, %qi
  %57 = add i32 %qpos, 1
  %58 = call i32 @llvm.smin.i32(i32 %57, i32 %k_end)
  store i32 %58, ptr %56, align 4
  br label %acczero

acczero:                                          ; preds = %body6, %exit4
  %acczero9 = phi i64 [ 0, %exit4 ], [ %64, %body6 ]
  %59 = icmp slt i64 %acczero9, 80
  br i1 %59, label %body6, label %exit8

body6:                                            ; preds = %acczero
  %60 = mul i64 %acczero9, 16
  %61 = mul i64 %24, 1280
  %62 = add i64 %61, %60
  %63 = getelementptr float, ptr %accs, i64 %62
  store <16 x float> zeroinitializer, ptr %63, align 64
  %64 = add nsw i64 %acczero9, 1
  br label %acczero

exit8:                                            ; preds = %acczero
  %65 = add nsw i32 %rinit1, 1
  br label %rinit

kblock:                                           ; preds = %pvpass, %exit
  %kblock14 = phi i32 [ %k_begin, %exit ], [ %67, %pvpass ]
  %66 = icmp slt i32 %kblock14, %46
  br i1 %66, label %body11, label %orow122

body11:                                           ; preds = %kblock
  %67 = add i32 %kblock14, 64
  %68 = sext i32 %h_begin to i64
  %slice = mul i64 %68, 64
  %69 = add i32 %h_begin, 1
  %70 = sext i32 %69 to i64
  %slice15 = mul i64 %70, 64
  %71 = add i32 %h_begin, 2
  %72 = sext i32 %71 to i64
  %slice16 = mul i64 %72, 64
  %73 = add i32 %h_begin, 3
  %74 = sext i32 %73 to i64
  %slice17 = mul i64 %74, 64
  br label %kdot

kdot:                                             ; preds = %body18, %body11
  %kdot21 = phi i32 [ 0, %body11 ], [ %242, %body18 ]
  %75 = icmp slt i32 %kdot21, 64
  br i1 %75, label %body18, label %score

body18:                                           ; preds = %kdot
  %76 = add i32 %kblock14, %kdot21
  %77 = call i32 @llvm.smin.i32(i32 %76, i32 %k_last)
  %78 = sext i32 %77 to i64
  %row = add i64 %21, %78
  %79 = mul i64 %row, 2560
  %80 = getelementptr i8, ptr %20, i64 %79
  %81 = add i32 %kdot21, 1
  %82 = add i32 %kblock14, %81
  %83 = call i32 @llvm.smin.i32(i32 %82, i32 %k_last)
  %84 = sext i32 %83 to i64
  %row22 = add i64 %21, %84
  %85 = mul i64 %row22, 2560
  %86 = getelementptr i8, ptr %20, i64 %85
  %q23 = load <16 x float>, ptr %qs, align 64
  %87 = mul i64 %slice, 2
  %88 = getelementptr i8, ptr %80, i64 %87
  %89 = load <16 x half>, ptr %88, align 2
  %f1624 = fpext <16 x half> %89 to <16 x float>
  %90 = getelementptr i8, ptr %86, i64 %87
  %91 = load <16 x half>, ptr %90, align 2
  %f1625 = fpext <16 x half> %91 to <16 x float>
  %92 = fmul <16 x float> %q23, %f1624
  %93 = fmul <16 x float> %q23, %f1625
  %94 = getelementptr <16 x float>, ptr %qs, i64 4
  %q26 = load <16 x float>, ptr %94, align 64
  %95 = mul i64 %slice15, 2
  %96 = getelementptr i8, ptr %80, i64 %95
  %97 = load <16 x half>, ptr %96, align 2
  %f1627 = fpext <16 x half> %97 to <16 x float>
  %98 = getelementptr i8, ptr %86, i64 %95
  %99 = load <16 x half>, ptr %98, align 2
  %f1628 = fpext <16 x half> %99 to <16 x float>
  %100 = fmul <16 x float> %q26, %f1627
  %101 = fmul <16 x float> %q26, %f1628
  %102 = getelementptr <16 x float>, ptr %qs, i64 8
  %q29 = load <16 x float>, ptr %102, align 64
  %103 = mul i64 %slice16, 2
  %104 = getelementptr i8, ptr %80, i64 %103
  %105 = load <16 x half>, ptr %104, align 2
  %f1630 = fpext <16 x half> %105 to <16 x float>
  %106 = getelementptr i8, ptr %86, i64 %103
  %107 = load <16 x half>, ptr %106, align 2
  %f1631 = fpext <16 x half> %107 to <16 x float>
  %108 = fmul <16 x float> %q29, %f1630
  %109 = fmul <16 x float> %q29, %f1631
  %110 = getelementptr <16 x float>, ptr %qs, i64 12
  %q32 = load <16 x float>, ptr %110, align 64
  %111 = mul i64 %slice17, 2
  %112 = getelementptr i8, ptr %80, i64 %111
  %113 = load <16 x half>, ptr %112, align 2
  %f1633 = fpext <16 x half> %113 to <16 x float>
  %114 = getelementptr i8, ptr %86, i64 %111
  %115 = load <16 x half>, ptr %114, align 2
  %f1634 = fpext <16 x half> %115 to <16 x float>
  %116 = fmul <16 x float> %q32, %f1633
  %117 = fmul <16 x float> %q32, %f1634
  %118 = getelementptr <16 x float>, ptr %qs, i64 1
  %q35 = load <16 x float>, ptr %118, align 64
  %119 = add i64 %slice, 16
  %120 = mul i64 %119, 2
  %121 = getelementptr i8, ptr %80, i64 %120
  %122 = load <16 x half>, ptr %121, align 2
  %f1636 = fpext <16 x half> %122 to <16 x float>
  %123 = getelementptr i8, ptr %86, i64 %120
  %124 = load <16 x half>, ptr %123, align 2
  %f1637 = fpext <16 x half> %124 to <16 x float>
  %125 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %f1636, <16 x float> %92)
  %126 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %f1637, <16 x float> %93)
  %127 = getelementptr <16 x float>, ptr %qs, i64 5
  %q38 = load <16 x float>, ptr %127, align 64
  %128 = add i64 %slice15, 16
  %129 = mul i64 %128, 2
  %130 = getelementptr i8, ptr %80, i64 %129
  %131 = load <16 x half>, ptr %130, align 2
  %f1639 = fpext <16 x half> %131 to <16 x float>
  %132 = getelementptr i8, ptr %86, i64 %129
  %133 = load <16 x half>, ptr %132, align 2
  %f1640 = fpext <16 x half> %133 to <16 x float>
  %134 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q38, <16 x float> %f1639, <16 x float> %100)
  %135 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q38, <16 x float> %f1640, <16 x float> %101)
  %136 = getelementptr <16 x float>, ptr %qs, i64 9
  %q41 = load <16 x float>, ptr %136, align 64
  %137 = add i64 %slice16, 16
  %138 = mul i64 %137, 2
  %139 = getelementptr i8, ptr %80, i64 %138
  %140 = load <16 x half>, ptr %139, align 2
  %f1642 = fpext <16 x half> %140 to <16 x float>
  %141 = getelementptr i8, ptr %86, i64 %138
  %142 = load <16 x half>, ptr %141, align 2
  %f1643 = fpext <16 x half> %142 to <16 x float>
  %143 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q41, <16 x float> %f1642, <16 x float> %108)
  %144 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q41, <16 x float> %f1643, <16 x float> %109)
  %145 = getelementptr <16 x float>, ptr %qs, i64 13
  %q44 = load <16 x float>, ptr %145, align 64
  %146 = add i64 %slice17, 16
  %147 = mul i64 %146, 2
  %148 = getelementptr i8, ptr %80, i64 %147
  %149 = load <16 x half>, ptr %148, align 2
  %f1645 = fpext <16 x half> %149 to <16 x float>
  %150 = getelementptr i8, ptr %86, i64 %147
  %151 = load <16 x half>, ptr %150, align 2
  %f1646 = fpext <16 x half> %151 to <16 x float>
  %152 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q44, <16 x float> %f1645, <16 x float> %116)
  %153 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q44, <16 x float> %f1646, <16 x float> %117)
  %154 = getelementptr <16 x float>, ptr %qs, i64 2
  %q47 = load <16 x float>, ptr %154, align 64
  %155 = add i64 %slice, 32
  %156 = mul i64 %155, 2
  %157 = getelementptr i8, ptr %80, i64 %156
  %158 = load <16 x half>, ptr %157, align 2
  %f1648 = fpext <16 x half> %158 to <16 x float>
  %159 = getelementptr i8, ptr %86, i64 %156
  %160 = load <16 x half>, ptr %159, align 2
  %f1649 = fpext <16 x half> %160 to <16 x float>
  %161 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q47, <16 x float> %f1648, <16 x float> %125)
  %162 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q47, <16 x float> %f1649, <16 x float> %126)
  %163 = getelementptr <16 x float>, ptr %qs, i64 6
  %q50 = load <16 x float>, ptr %163, align 64
  %164 = add i64 %slice15, 32
  %165 = mul i64 %164, 2
  %166 = getelementptr i8, ptr %80, i64 %165
  %167 = load <16 x half>, ptr %166, align 2
  %f1651 = fpext <16 x half> %167 to <16 x float>
  %168 = getelementptr i8, ptr %86, i64 %165
  %169 = load <16 x half>, ptr %168, align 2
  %f1652 = fpext <16 x half> %169 to <16 x float>
  %170 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q50, <16 x float> %f1651, <16 x float> %134)
  %171 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q50, <16 x float> %f1652, <16 x float> %135)
  %172 = getelementptr <16 x float>, ptr %qs, i64 10
  %q53 = load <16 x float>, ptr %172, align 64
  %173 = add i64 %slice16, 32
  %174 = mul i64 %173, 2
  %175 = getelementptr i8, ptr %80, i64 %174
  %176 = load <16 x half>, ptr %175, align 2
  %f1654 = fpext <16 x half> %176 to <16 x float>
  %177 = getelementptr i8, ptr %86, i64 %174
  %178 = load <16 x half>, ptr %177, align 2
  %f1655 = fpext <16 x half> %178 to <16 x float>
  %179 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q53, <16 x float> %f1654, <16 x float> %143)
  %180 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q53, <16 x float> %f1655, <16 x float> %144)
  %181 = getelementptr <16 x float>, ptr %qs, i64 14
  %q56 = load <16 x float>, ptr %181, align 64
  %182 = add i64 %slice17, 32
  %183 = mul i64 %182, 2
  %184 = getelementptr i8, ptr %80, i64 %183
  %185 = load <16 x half>, ptr %184, align 2
  %f1657 = fpext <16 x half> %185 to <16 x float>
  %186 = getelementptr i8, ptr %86, i64 %183
  %187 = load <16 x half>, ptr %186, align 2
  %f1658 = fpext <16 x half> %187 to <16 x float>
  %188 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q56, <16 x float> %f1657, <16 x float> %152)
  %189 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q56, <16 x float> %f1658, <16 x float> %153)
  %190 = getelementptr <16 x float>, ptr %qs, i64 3
  %q59 = load <16 x float>, ptr %190, align 64
  %191 = add i64 %slice, 48
  %192 = mul i64 %191, 2
  %193 = getelementptr i8, ptr %80, i64 %192
  %194 = load <16 x half>, ptr %193, align 2
  %f1660 = fpext <16 x half> %194 to <16 x float>
  %195 = getelementptr i8, ptr %86, i64 %192
  %196 = load <16 x half>, ptr %195, align 2
  %f1661 = fpext <16 x half> %196 to <16 x float>
  %197 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q59, <16 x float> %f1660, <16 x float> %161)
  %198 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q59, <16 x float> %f1661, <16 x float> %162)
  %199 = getelementptr <16 x float>, ptr %qs, i64 7
  %q62 = load <16 x float>, ptr %199, align 64
  %200 = add i64 %slice15, 48
  %201 = mul i64 %200, 2
  %202 = getelementptr i8, ptr %80, i64 %201
  %203 = load <16 x half>, ptr %202, align 2
  %f1663 = fpext <16 x half> %203 to <16 x float>
  %204 = getelementptr i8, ptr %86, i64 %201
  %205 = load <16 x half>, ptr %204, align 2
  %f1664 = fpext <16 x half> %205 to <16 x float>
  %206 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q62, <16 x float> %f1663, <16 x float> %170)
  %207 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q62, <16 x float> %f1664, <16 x float> %171)
  %208 = getelementptr <16 x float>, ptr %qs, i64 11
  %q65 = load <16 x float>, ptr %208, align 64
  %209 = add i64 %slice16, 48
  %210 = mul i64 %209, 2
  %211 = getelementptr i8, ptr %80, i64 %210
  %212 = load <16 x half>, ptr %211, align 2
  %f1666 = fpext <16 x half> %212 to <16 x float>
  %213 = getelementptr i8, ptr %86, i64 %210
  %214 = load <16 x half>, ptr %213, align 2
  %f1667 = fpext <16 x half> %214 to <16 x float>
  %215 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q65, <16 x float> %f1666, <16 x float> %179)
  %216 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q65, <16 x float> %f1667, <16 x float> %180)
  %217 = getelementptr <16 x float>, ptr %qs, i64 15
  %q68 = load <16 x float>, ptr %217, align 64
  %218 = add i64 %slice17, 48
  %219 = mul i64 %218, 2
  %220 = getelementptr i8, ptr %80, i64 %219
  %221 = load <16 x half>, ptr %220, align 2
  %f1669 = fpext <16 x half> %221 to <16 x float>
  %222 = getelementptr i8, ptr %86, i64 %219
  %223 = load <16 x half>, ptr %222, align 2
  %f1670 = fpext <16 x half> %223 to <16 x float>
  %224 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q68, <16 x float> %f1669, <16 x float> %188)
  %225 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q68, <16 x float> %f1670, <16 x float> %189)
  %226 = sext i32 %kdot21 to i64
  %227 = getelementptr <16 x float>, ptr %dbuf, i64 %226
  store <16 x float> %197, ptr %227, align 64
  %228 = sext i32 %81 to i64
  %229 = getelementptr <16 x float>, ptr %dbuf, i64 %228
  store <16 x float> %198, ptr %229, align 64
  %230 = add i64 64, %226
  %231 = getelementptr <16 x float>, ptr %dbuf, i64 %230
  store <16 x float> %206, ptr %231, align 64
  %232 = add i64 64, %228
  %233 = getelementptr <16 x float>, ptr %dbuf, i64 %232
  store <16 x float> %207, ptr %233, align 64
  %234 = add i64 128, %226
  %235 = getelementptr <16 x float>, ptr %dbuf, i64 %234
  store <16 x float> %215, ptr %235, align 64
  %236 = add i64 128, %228
  %237 = getelementptr <16 x float>, ptr %dbuf, i64 %236
  store <16 x float> %216, ptr %237, align 64
  %238 = add i64 192, %226
  %239 = getelementptr <16 x float>, ptr %dbuf, i64 %238
  store <16 x float> %224, ptr %239, align 64
  %240 = add i64 192, %228
  %241 = getelementptr <16 x float>, ptr %dbuf, i64 %240
  store <16 x float> %225, ptr %241, align 64
  %242 = add nsw i32 %kdot21, 2
  br label %kdot

score:                                            ; preds = %kdot, %body71
  %score74 = phi i64 [ %356, %body71 ], [ 0, %kdot ]
  %243 = icmp slt i64 %score74, 16
  br i1 %243, label %body71, label %rmax

body71:                                           ; preds = %score
  %244 = sdiv i64 %score74, 4
  %245 = srem i64 %score74, 4
  %246 = mul i64 %245, 16
  %247 = mul i64 %244, 64
  %248 = add i64 %247, %246
  %249 = getelementptr <16 x float>, ptr %dbuf, i64 %248
  %250 = load <16 x float>, ptr %249, align 64
  %251 = add i64 %248, 1
  %252 = getelementptr <16 x float>, ptr %dbuf, i64 %251
  %253 = load <16 x float>, ptr %252, align 64
  %254 = shufflevector <16 x float> %250, <16 x float> %253, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %255 = shufflevector <16 x float> %250, <16 x float> %253, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %256 = fadd <16 x float> %254, %255
  %257 = add i64 %248, 2
  %258 = getelementptr <16 x float>, ptr %dbuf, i64 %257
  %259 = load <16 x float>, ptr %258, align 64
  %260 = add i64 %248, 3
  %261 = getelementptr <16 x float>, ptr %dbuf, i64 %260
  %262 = load <16 x float>, ptr %261, align 64
  %263 = shufflevector <16 x float> %259, <16 x float> %262, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %264 = shufflevector <16 x float> %259, <16 x float> %262, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %265 = fadd <16 x float> %263, %264
  %266 = shufflevector <16 x float> %256, <16 x float> %265, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %267 = shufflevector <16 x float> %256, <16 x float> %265, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %268 = fadd <16 x float> %266, %267
  %269 = add i64 %248, 4
  %270 = getelementptr <16 x float>, ptr %dbuf, i64 %269
  %271 = load <16 x float>, ptr %270, align 64
  %272 = add i64 %248, 5
  %273 = getelementptr <16 x float>, ptr %dbuf, i64 %272
  %274 = load <16 x float>, ptr %273, align 64
  %275 = shufflevector <16 x float> %271, <16 x float> %274, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %276 = shufflevector <16 x float> %271, <16 x float> %274, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %277 = fadd <16 x float> %275, %276
  %278 = add i64 %248, 6
  %279 = getelementptr <16 x float>, ptr %dbuf, i64 %278
  %280 = load <16 x float>, ptr %279, align 64
  %281 = add i64 %248, 7
  %282 = getelementptr <16 x float>, ptr %dbuf, i64 %281
  %283 = load <16 x float>, ptr %282, align 64
  %284 = shufflevector <16 x float> %280, <16 x float> %283, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %285 = shufflevector <16 x float> %280, <16 x float> %283, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %286 = fadd <16 x float> %284, %285
  %287 = shufflevector <16 x float> %277, <16 x float> %286, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %288 = shufflevector <16 x float> %277, <16 x float> %286, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %289 = fadd <16 x float> %287, %288
  %290 = shufflevector <16 x float> %268, <16 x float> %289, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %291 = shufflevector <16 x float> %268, <16 x float> %289, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %292 = fadd <16 x float> %290, %291
  %293 = add i64 %248, 8
  %294 = getelementptr <16 x float>, ptr %dbuf, i64 %293
  %295 = load <16 x float>, ptr %294, align 64
  %296 = add i64 %248, 9
  %297 = getelementptr <16 x float>, ptr %dbuf, i64 %296
  %298 = load <16 x float>, ptr %297, align 64
  %299 = shufflevector <16 x float> %295, <16 x float> %298, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %300 = shufflevector <16 x float> %295, <16 x float> %298, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %301 = fadd <16 x float> %299, %300
  %302 = add i64 %248, 10
  %303 = getelementptr <16 x float>, ptr %dbuf, i64 %302
  %304 = load <16 x float>, ptr %303, align 64
  %305 = add i64 %248, 11
  %306 = getelementptr <16 x float>, ptr %dbuf, i64 %305
  %307 = load <16 x float>, ptr %306, align 64
  %308 = shufflevector <16 x float> %304, <16 x float> %307, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %309 = shufflevector <16 x float> %304, <16 x float> %307, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %310 = fadd <16 x float> %308, %309
  %311 = shufflevector <16 x float> %301, <16 x float> %310, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %312 = shufflevector <16 x float> %301, <16 x float> %310, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %313 = fadd <16 x float> %311, %312
  %314 = add i64 %248, 12
  %315 = getelementptr <16 x float>, ptr %dbuf, i64 %314
  %316 = load <16 x float>, ptr %315, align 64
  %317 = add i64 %248, 13
  %318 = getelementptr <16 x float>, ptr %dbuf, i64 %317
  %319 = load <16 x float>, ptr %318, align 64
  %320 = shufflevector <16 x float> %316, <16 x float> %319, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %321 = shufflevector <16 x float> %316, <16 x float> %319, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %322 = fadd <16 x float> %320, %321
  %323 = add i64 %248, 14
  %324 = getelementptr <16 x float>, ptr %dbuf, i64 %323
  %325 = load <16 x float>, ptr %324, align 64
  %326 = add i64 %248, 15
  %327 = getelementptr <16 x float>, ptr %dbuf, i64 %326
  %328 = load <16 x float>, ptr %327, align 64
  %329 = shufflevector <16 x float> %325, <16 x float> %328, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %330 = shufflevector <16 x float> %325, <16 x float> %328, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %331 = fadd <16 x float> %329, %330
  %332 = shufflevector <16 x float> %322, <16 x float> %331, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %333 = shufflevector <16 x float> %322, <16 x float> %331, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %334 = fadd <16 x float> %332, %333
  %335 = shufflevector <16 x float> %313, <16 x float> %334, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %336 = shufflevector <16 x float> %313, <16 x float> %334, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %337 = fadd <16 x float> %335, %336
  %338 = shufflevector <16 x float> %292, <16 x float> %337, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %339 = shufflevector <16 x float> %292, <16 x float> %337, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %340 = fadd <16 x float> %338, %339
  %341 = getelementptr i32, ptr %lims, i64 %244
  %342 = load i32, ptr %341, align 4
  %343 = insertelement <16 x i32> poison, i32 %342, i32 0
  %splat75 = shufflevector <16 x i32> %343, <16 x i32> poison, <16 x i32> zeroinitializer
  %344 = trunc i64 %246 to i32
  %345 = add i32 %kblock14, %344
  %346 = insertelement <16 x i32> poison, i32 %345, i32 0
  %splat76 = shufflevector <16 x i32> %346, <16 x i32> poison, <16 x i32> zeroinitializer
  %347 = add <16 x i32> %splat76, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %348 = icmp slt <16 x i32> %347, %splat75
  %349 = select <16 x i1> %348, <16 x float> %340, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %350 = getelementptr float, ptr %pbuf, i64 %248
  store <16 x float> %349, ptr %350, align 64
  %351 = getelementptr <16 x float>, ptr %smax, i64 %244
  %352 = icmp eq i64 %245, 0
  %353 = load <16 x float>, ptr %351, align 64
  %354 = select i1 %352, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <16 x float> %353
  %355 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %354, <16 x float> %349)
  store <16 x float> %355, ptr %351, align 64
  %356 = add nsw i64 %score74, 1
  br label %score

rmax:                                             ; preds = %score, %body77
  %rmax80 = phi i64 [ %393, %body77 ], [ 0, %score ]
  %357 = icmp slt i64 %rmax80, 4
  br i1 %357, label %body77, label %pexp

body77:                                           ; preds = %rmax
  %358 = getelementptr float, ptr %ms, i64 %rmax80
  %m = load float, ptr %358, align 4
  %359 = getelementptr <16 x float>, ptr %smax, i64 %rmax80
  %360 = load <16 x float>, ptr %359, align 64
  %361 = shufflevector <16 x float> %360, <16 x float> undef, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %362 = shufflevector <16 x float> %360, <16 x float> undef, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %363 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %361, <8 x float> %362)
  %364 = shufflevector <8 x float> %363, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %365 = shufflevector <8 x float> %363, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %366 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %364, <4 x float> %365)
  %367 = shufflevector <4 x float> %366, <4 x float> undef, <2 x i32> <i32 0, i32 1>
  %368 = shufflevector <4 x float> %366, <4 x float> undef, <2 x i32> <i32 2, i32 3>
  %369 = call <2 x float> @llvm.maxnum.v2f32(<2 x float> %367, <2 x float> %368)
  %370 = shufflevector <2 x float> %369, <2 x float> undef, <1 x i32> zeroinitializer
  %371 = shufflevector <2 x float> %369, <2 x float> undef, <1 x i32> <i32 1>
  %372 = call <1 x float> @llvm.maxnum.v1f32(<1 x float> %370, <1 x float> %371)
  %373 = extractelement <1 x float> %372, i32 0
  %374 = call float @llvm.maxnum.f32(float %m, float %373)
  %375 = fcmp oeq float %374, 0xFFF0000000000000
  %muse81 = select i1 %375, float 0.000000e+00, float %374
  %376 = fsub float %m, %muse81
  %377 = insertelement <16 x float> poison, float %376, i32 0
  %splat82 = shufflevector <16 x float> %377, <16 x float> poison, <16 x i32> zeroinitializer
  %378 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat82, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %379 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %378, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %380 = fadd <16 x float> %379, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %380, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %379, %n
  %381 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %382 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %381, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %383 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %382, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %384 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %383, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %385 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %384, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %386 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %385, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %387 = fptosi <16 x float> %n to <16 x i32>
  %388 = add <16 x i32> %387, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %389 = shl <16 x i32> %388, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %390 = bitcast <16 x i32> %389 to <16 x float>
  %exp2 = fmul <16 x float> %386, %390
  %alpha83 = extractelement <16 x float> %exp2, i32 0
  store float %374, ptr %358, align 4
  %391 = getelementptr float, ptr %muse, i64 %rmax80
  store float %muse81, ptr %391, align 4
  %392 = getelementptr float, ptr %alpha, i64 %rmax80
  store float %alpha83, ptr %392, align 4
  %393 = add nsw i64 %rmax80, 1
  br label %rmax

pexp:                                             ; preds = %rmax, %body84
  %pexp87 = phi i64 [ %424, %body84 ], [ 0, %rmax ]
  %394 = icmp slt i64 %pexp87, 16
  br i1 %394, label %body84, label %lsum92

body84:                                           ; preds = %pexp
  %395 = sdiv i64 %pexp87, 4
  %396 = srem i64 %pexp87, 4
  %397 = mul i64 %396, 16
  %398 = mul i64 %395, 64
  %399 = add i64 %398, %397
  %400 = getelementptr float, ptr %pbuf, i64 %399
  %401 = getelementptr float, ptr %muse, i64 %395
  %402 = load float, ptr %401, align 4
  %403 = insertelement <16 x float> poison, float %402, i32 0
  %splat88 = shufflevector <16 x float> %403, <16 x float> poison, <16 x i32> zeroinitializer
  %404 = load <16 x float>, ptr %400, align 64
  %405 = fsub <16 x float> %404, %splat88
  %406 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %405, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %407 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %406, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %408 = fadd <16 x float> %407, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n89 = fsub <16 x float> %408, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f90 = fsub <16 x float> %407, %n89
  %409 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f90, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %410 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %409, <16 x float> %f90, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %411 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %410, <16 x float> %f90, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %412 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %411, <16 x float> %f90, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %413 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %412, <16 x float> %f90, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %414 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %413, <16 x float> %f90, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %415 = fptosi <16 x float> %n89 to <16 x i32>
  %416 = add <16 x i32> %415, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %417 = shl <16 x i32> %416, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %418 = bitcast <16 x i32> %417 to <16 x float>
  %exp291 = fmul <16 x float> %414, %418
  store <16 x float> %exp291, ptr %400, align 64
  %419 = getelementptr <16 x float>, ptr %lsum, i64 %395
  %420 = icmp eq i64 %396, 0
  %421 = load <16 x float>, ptr %419, align 64
  %422 = select i1 %420, <16 x float> zeroinitializer, <16 x float> %421
  %423 = fadd <16 x float> %422, %exp291
  store <16 x float> %423, ptr %419, align 64
  %424 = add nsw i64 %pexp87, 1
  br label %pexp

lsum92:                                           ; preds = %pexp, %body93
  %lsum96 = phi i64 [ %433, %body93 ], [ 0, %pexp ]
  %425 = icmp slt i64 %lsum96, 4
  br i1 %425, label %body93, label %exit95

body93:                                           ; preds = %lsum92
  %426 = getelementptr float, ptr %ls, i64 %lsum96
  %427 = getelementptr float, ptr %alpha, i64 %lsum96
  %428 = load float, ptr %427, align 4
  %429 = getelementptr <16 x float>, ptr %lsum, i64 %lsum96
  %430 = load <16 x float>, ptr %429, align 64
  %431 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %430)
  %l = load float, ptr %426, align 4
  %432 = call float @llvm.fmuladd.f32(float %l, float %428, float %431)
  store float %432, ptr %426, align 4
  %433 = add nsw i64 %lsum96, 1
  br label %lsum92

exit95:                                           ; preds = %lsum92
  %434 = sub i32 %46, %kblock14
  %435 = call i32 @llvm.smin.i32(i32 64, i32 %434)
  br label %pvpass

pvpass:                                           ; preds = %exit107, %exit95
  %pvpass100 = phi i64 [ 0, %exit95 ], [ %581, %exit107 ]
  %436 = icmp slt i64 %pvpass100, 16
  br i1 %436, label %body97, label %kblock

body97:                                           ; preds = %pvpass
  %c0 = mul i64 %pvpass100, 5
  %c0e = mul i64 %c0, 16
  %437 = mul i64 %c0e, 16
  %438 = load float, ptr %alpha, align 4
  %439 = insertelement <16 x float> poison, float %438, i32 0
  %splat101 = shufflevector <16 x float> %439, <16 x float> poison, <16 x i32> zeroinitializer
  %440 = getelementptr float, ptr %accs, i64 %c0e
  %441 = load <16 x float>, ptr %440, align 64
  %442 = fmul <16 x float> %441, %splat101
  %443 = add i64 %c0e, 16
  %444 = getelementptr float, ptr %accs, i64 %443
  %445 = load <16 x float>, ptr %444, align 64
  %446 = fmul <16 x float> %445, %splat101
  %447 = add i64 %c0e, 32
  %448 = getelementptr float, ptr %accs, i64 %447
  %449 = load <16 x float>, ptr %448, align 64
  %450 = fmul <16 x float> %449, %splat101
  %451 = add i64 %c0e, 48
  %452 = getelementptr float, ptr %accs, i64 %451
  %453 = load <16 x float>, ptr %452, align 64
  %454 = fmul <16 x float> %453, %splat101
  %455 = add i64 %c0e, 64
  %456 = getelementptr float, ptr %accs, i64 %455
  %457 = load <16 x float>, ptr %456, align 64
  %458 = fmul <16 x float> %457, %splat101
  %459 = getelementptr float, ptr %alpha, i64 1
  %460 = load float, ptr %459, align 4
  %461 = insertelement <16 x float> poison, float %460, i32 0
  %splat102 = shufflevector <16 x float> %461, <16 x float> poison, <16 x i32> zeroinitializer
  %462 = add i64 %c0e, 1280
  %463 = getelementptr float, ptr %accs, i64 %462
  %464 = load <16 x float>, ptr %463, align 64
  %465 = fmul <16 x float> %464, %splat102
  %466 = add i64 %c0e, 1296
  %467 = getelementptr float, ptr %accs, i64 %466
  %468 = load <16 x float>, ptr %467, align 64
  %469 = fmul <16 x float> %468, %splat102
  %470 = add i64 %c0e, 1312
  %471 = getelementptr float, ptr %accs, i64 %470
  %472 = load <16 x float>, ptr %471, align 64
  %473 = fmul <16 x float> %472, %splat102
  %474 = add i64 %c0e, 1328
  %475 = getelementptr float, ptr %accs, i64 %474
  %476 = load <16 x float>, ptr %475, align 64
  %477 = fmul <16 x float> %476, %splat102
  %478 = add i64 %c0e, 1344
  %479 = getelementptr float, ptr %accs, i64 %478
  %480 = load <16 x float>, ptr %479, align 64
  %481 = fmul <16 x float> %480, %splat102
  %482 = getelementptr float, ptr %alpha, i64 2
  %483 = load float, ptr %482, align 4
  %484 = insertelement <16 x float> poison, float %483, i32 0
  %splat103 = shufflevector <16 x float> %484, <16 x float> poison, <16 x i32> zeroinitializer
  %485 = add i64 %c0e, 2560
  %486 = getelementptr float, ptr %accs, i64 %485
  %487 = load <16 x float>, ptr %486, align 64
  %488 = fmul <16 x float> %487, %splat103
  %489 = add i64 %c0e, 2576
  %490 = getelementptr float, ptr %accs, i64 %489
  %491 = load <16 x float>, ptr %490, align 64
  %492 = fmul <16 x float> %491, %splat103
  %493 = add i64 %c0e, 2592
  %494 = getelementptr float, ptr %accs, i64 %493
  %495 = load <16 x float>, ptr %494, align 64
  %496 = fmul <16 x float> %495, %splat103
  %497 = add i64 %c0e, 2608
  %498 = getelementptr float, ptr %accs, i64 %497
  %499 = load <16 x float>, ptr %498, align 64
  %500 = fmul <16 x float> %499, %splat103
  %501 = add i64 %c0e, 2624
  %502 = getelementptr float, ptr %accs, i64 %501
  %503 = load <16 x float>, ptr %502, align 64
  %504 = fmul <16 x float> %503, %splat103
  %505 = getelementptr float, ptr %alpha, i64 3
  %506 = load float, ptr %505, align 4
  %507 = insertelement <16 x float> poison, float %506, i32 0
  %splat104 = shufflevector <16 x float> %507, <16 x float> poison, <16 x i32> zeroinitializer
  %508 = add i64 %c0e, 3840
  %509 = getelementptr float, ptr %accs, i64 %508
  %510 = load <16 x float>, ptr %509, align 64
  %511 = fmul <16 x float> %510, %splat104
  %512 = add i64 %c0e, 3856
  %513 = getelementptr float, ptr %accs, i64 %512
  %514 = load <16 x float>, ptr %513, align 64
  %515 = fmul <16 x float> %514, %splat104
  %516 = add i64 %c0e, 3872
  %517 = getelementptr float, ptr %accs, i64 %516
  %518 = load <16 x float>, ptr %517, align 64
  %519 = fmul <16 x float> %518, %splat104
  %520 = add i64 %c0e, 3888
  %521 = getelementptr float, ptr %accs, i64 %520
  %522 = load <16 x float>, ptr %521, align 64
  %523 = fmul <16 x float> %522, %splat104
  %524 = add i64 %c0e, 3904
  %525 = getelementptr float, ptr %accs, i64 %524
  %526 = load <16 x float>, ptr %525, align 64
  %527 = fmul <16 x float> %526, %splat104
  br label %kpv

kpv:                                              ; preds = %body105, %body97
  %pacc.sroa.76.0 = phi <16 x float> [ %527, %body97 ], [ %579, %body105 ]
  %pacc.sroa.72.0 = phi <16 x float> [ %523, %body97 ], [ %572, %body105 ]
  %pacc.sroa.68.0 = phi <16 x float> [ %519, %body97 ], [ %565, %body105 ]
  %pacc.sroa.64.0 = phi <16 x float> [ %515, %body97 ], [ %558, %body105 ]
  %pacc.sroa.60.0 = phi <16 x float> [ %511, %body97 ], [ %551, %body105 ]
  %pacc.sroa.56.0 = phi <16 x float> [ %504, %body97 ], [ %578, %body105 ]
  %pacc.sroa.52.0 = phi <16 x float> [ %500, %body97 ], [ %571, %body105 ]
  %pacc.sroa.48.0 = phi <16 x float> [ %496, %body97 ], [ %564, %body105 ]
  %pacc.sroa.44.0 = phi <16 x float> [ %492, %body97 ], [ %557, %body105 ]
  %pacc.sroa.40.0 = phi <16 x float> [ %488, %body97 ], [ %550, %body105 ]
  %pacc.sroa.36.0 = phi <16 x float> [ %481, %body97 ], [ %577, %body105 ]
  %pacc.sroa.32.0 = phi <16 x float> [ %477, %body97 ], [ %570, %body105 ]
  %pacc.sroa.28.0 = phi <16 x float> [ %473, %body97 ], [ %563, %body105 ]
  %pacc.sroa.24.0 = phi <16 x float> [ %469, %body97 ], [ %556, %body105 ]
  %pacc.sroa.20.0 = phi <16 x float> [ %465, %body97 ], [ %549, %body105 ]
  %pacc.sroa.16.0 = phi <16 x float> [ %458, %body97 ], [ %576, %body105 ]
  %pacc.sroa.12.0 = phi <16 x float> [ %454, %body97 ], [ %569, %body105 ]
  %pacc.sroa.8.0 = phi <16 x float> [ %450, %body97 ], [ %562, %body105 ]
  %pacc.sroa.4.0 = phi <16 x float> [ %446, %body97 ], [ %555, %body105 ]
  %pacc.sroa.0.0 = phi <16 x float> [ %442, %body97 ], [ %548, %body105 ]
  %kpv108 = phi i32 [ 0, %body97 ], [ %580, %body105 ]
  %528 = icmp slt i32 %kpv108, %435
  br i1 %528, label %body105, label %exit107

body105:                                          ; preds = %kpv
  %529 = add i32 %kblock14, %kpv108
  %530 = sext i32 %529 to i64
  %row109 = add i64 %21, %530
  %531 = mul i64 %row109, 2560
  %532 = getelementptr i8, ptr %20, i64 %531
  %533 = sext i32 %kpv108 to i64
  %534 = getelementptr float, ptr %pbuf, i64 %533
  %p = load float, ptr %534, align 4
  %535 = insertelement <16 x float> poison, float %p, i32 0
  %splat110 = shufflevector <16 x float> %535, <16 x float> poison, <16 x i32> zeroinitializer
  %536 = add i64 64, %533
  %537 = getelementptr float, ptr %pbuf, i64 %536
  %p111 = load float, ptr %537, align 4
  %538 = insertelement <16 x float> poison, float %p111, i32 0
  %splat112 = shufflevector <16 x float> %538, <16 x float> poison, <16 x i32> zeroinitializer
  %539 = add i64 128, %533
  %540 = getelementptr float, ptr %pbuf, i64 %539
  %p113 = load float, ptr %540, align 4
  %541 = insertelement <16 x float> poison, float %p113, i32 0
  %splat114 = shufflevector <16 x float> %541, <16 x float> poison, <16 x i32> zeroinitializer
  %542 = add i64 192, %533
  %543 = getelementptr float, ptr %pbuf, i64 %542
  %p115 = load float, ptr %543, align 4
  %544 = insertelement <16 x float> poison, float %p115, i32 0
  %splat116 = shufflevector <16 x float> %544, <16 x float> poison, <16 x i32> zeroinitializer
  %545 = mul i64 %c0e, 2
  %546 = getelementptr i8, ptr %532, i64 %545
  %547 = load <16 x half>, ptr %546, align 2
  %f16117 = fpext <16 x half> %547 to <16 x float>
  %548 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat110, <16 x float> %f16117, <16 x float> %pacc.sroa.0.0)
  %549 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat112, <16 x float> %f16117, <16 x float> %pacc.sroa.20.0)
  %550 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat114, <16 x float> %f16117, <16 x float> %pacc.sroa.40.0)
  %551 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat116, <16 x float> %f16117, <16 x float> %pacc.sroa.60.0)
  %552 = mul i64 %443, 2
  %553 = getelementptr i8, ptr %532, i64 %552
  %554 = load <16 x half>, ptr %553, align 2
  %f16118 = fpext <16 x half> %554 to <16 x float>
  %555 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat110, <16 x float> %f16118, <16 x float> %pacc.sroa.4.0)
  %556 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat112, <16 x float> %f16118, <16 x float> %pacc.sroa.24.0)
  %557 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat114, <16 x float> %f16118, <16 x float> %pacc.sroa.44.0)
  %558 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat116, <16 x float> %f16118, <16 x float> %pacc.sroa.64.0)
  %559 = mul i64 %447, 2
  %560 = getelementptr i8, ptr %532, i64 %559
  %561 = load <16 x half>, ptr %560, align 2
  %f16119 = fpext <16 x half> %561 to <16 x float>
  %562 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat110, <16 x float> %f16119, <16 x float> %pacc.sroa.8.0)
  %563 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat112, <16 x float> %f16119, <16 x float> %pacc.sroa.28.0)
  %564 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat114, <16 x float> %f16119, <16 x float> %pacc.sroa.48.0)
  %565 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat116, <16 x float> %f16119, <16 x float> %pacc.sroa.68.0)
  %566 = mul i64 %451, 2
  %567 = getelementptr i8, ptr %532, i64 %566
  %568 = load <16 x half>, ptr %567, align 2
  %f16120 = fpext <16 x half> %568 to <16 x float>
  %569 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat110, <16 x float> %f16120, <16 x float> %pacc.sroa.12.0)
  %570 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat112, <16 x float> %f16120, <16 x float> %pacc.sroa.32.0)
  %571 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat114, <16 x float> %f16120, <16 x float> %pacc.sroa.52.0)
  %572 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat116, <16 x float> %f16120, <16 x float> %pacc.sroa.72.0)
  %573 = mul i64 %455, 2
  %574 = getelementptr i8, ptr %532, i64 %573
  %575 = load <16 x half>, ptr %574, align 2
  %f16121 = fpext <16 x half> %575 to <16 x float>
  %576 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat110, <16 x float> %f16121, <16 x float> %pacc.sroa.16.0)
  %577 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat112, <16 x float> %f16121, <16 x float> %pacc.sroa.36.0)
  %578 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat114, <16 x float> %f16121, <16 x float> %pacc.sroa.56.0)
  %579 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat116, <16 x float> %f16121, <16 x float> %pacc.sroa.76.0)
  %580 = add nsw i32 %kpv108, 1
  br label %kpv

exit107:                                          ; preds = %kpv
  store <16 x float> %pacc.sroa.0.0, ptr %440, align 64
  store <16 x float> %pacc.sroa.4.0, ptr %444, align 64
  store <16 x float> %pacc.sroa.8.0, ptr %448, align 64
  store <16 x float> %pacc.sroa.12.0, ptr %452, align 64
  store <16 x float> %pacc.sroa.16.0, ptr %456, align 64
  store <16 x float> %pacc.sroa.20.0, ptr %463, align 64
  store <16 x float> %pacc.sroa.24.0, ptr %467, align 64
  store <16 x float> %pacc.sroa.28.0, ptr %471, align 64
  store <16 x float> %pacc.sroa.32.0, ptr %475, align 64
  store <16 x float> %pacc.sroa.36.0, ptr %479, align 64
  store <16 x float> %pacc.sroa.40.0, ptr %486, align 64
  store <16 x float> %pacc.sroa.44.0, ptr %490, align 64
  store <16 x float> %pacc.sroa.48.0, ptr %494, align 64
  store <16 x float> %pacc.sroa.52.0, ptr %498, align 64
  store <16 x float> %pacc.sroa.56.0, ptr %502, align 64
  store <16 x float> %pacc.sroa.60.0, ptr %509, align 64
  store <16 x float> %pacc.sroa.64.0, ptr %513, align 64
  store <16 x float> %pacc.sroa.68.0, ptr %517, align 64
  store <16 x float> %pacc.sroa.72.0, ptr %521, align 64
  store <16 x float> %pacc.sroa.76.0, ptr %525, align 64
  %581 = add nsw i64 %pvpass100, 1
  br label %pvpass

orow122:                                          ; preds = %kblock, %written
  %orow126 = phi i32 [ %603, %written ], [ 0, %kblock ]
  %582 = icmp slt i32 %orow126, %nrows
  br i1 %582, label %body123, label %done

body123:                                          ; preds = %orow122
  %583 = sext i32 %orow126 to i64
  %584 = getelementptr float, ptr %ms, i64 %583
  %m127 = load float, ptr %584, align 4
  %585 = getelementptr float, ptr %ls, i64 %583
  %l128 = load float, ptr %585, align 4
  %586 = mul i64 %583, 1280
  %587 = getelementptr float, ptr %accs, i64 %586
  %588 = icmp ne ptr %part, null
  br i1 %588, label %partial, label %final

partial:                                          ; preds = %body123
  %589 = sext i32 %nrows to i64
  %590 = getelementptr float, ptr %part, i64 %586
  br label %chunk129

final:                                            ; preds = %body123
  %591 = sdiv i32 %orow126, %nh
  %qi134 = add i32 %q_begin, %591
  %592 = srem i32 %orow126, %nh
  %593 = add i32 %h_begin, %592
  %594 = mul i32 %kv_head, 20
  %hq135 = add i32 %594, %593
  %595 = sext i32 %qi134 to i64
  %596 = add i64 %q_row0, %595
  %597 = mul i64 %596, 20
  %598 = sext i32 %hq135 to i64
  %orow136 = add i64 %597, %598
  %599 = fcmp oeq float %l128, 0.000000e+00
  %600 = fdiv float 1.000000e+00, %l128
  %601 = select i1 %599, float 0.000000e+00, float %600
  %602 = insertelement <16 x float> poison, float %601, i32 0
  %splat137 = shufflevector <16 x float> %602, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk138

written:                                          ; preds = %exit141, %exit132
  %603 = add nsw i32 %orow126, 1
  br label %orow122

chunk129:                                         ; preds = %body130, %partial
  %chunk133 = phi i64 [ 0, %partial ], [ %609, %body130 ]
  %604 = icmp slt i64 %chunk133, 80
  br i1 %604, label %body130, label %exit132

body130:                                          ; preds = %chunk129
  %605 = getelementptr <16 x float>, ptr %587, i64 %chunk133
  %606 = load <16 x float>, ptr %605, align 64
  %607 = mul i64 %chunk133, 64
  %608 = getelementptr i8, ptr %590, i64 %607
  store <16 x float> %606, ptr %608, align 4
  %609 = add nsw i64 %chunk133, 1
  br label %chunk129

exit132:                                          ; preds = %chunk129
  %610 = mul i64 %589, 1280
  %611 = add i64 %610, %583
  %612 = getelementptr float, ptr %part, i64 %611
  store float %m127, ptr %612, align 4
  %613 = add i64 %611, %589
  %614 = getelementptr float, ptr %part, i64 %613
  store float %l128, ptr %614, align 4
  br label %written

chunk138:                                         ; preds = %body139, %final
  %chunk142 = phi i64 [ 0, %final ], [ %621, %body139 ]
  %615 = icmp slt i64 %chunk142, 80
  br i1 %615, label %body139, label %exit141

body139:                                          ; preds = %chunk138
  %616 = getelementptr <16 x float>, ptr %587, i64 %chunk142
  %617 = load <16 x float>, ptr %616, align 64
  %618 = fmul <16 x float> %617, %splat137
  %619 = mul i64 %chunk142, 64
  %620 = getelementptr i8, ptr %587, i64 %619
  store <16 x float> %618, ptr %620, align 4
  %621 = add nsw i64 %chunk142, 1
  br label %chunk138

exit141:                                          ; preds = %chunk138
  %u = select i1 %599, ptr null, ptr %587
  call void @whisper_large_self_project(ptr %0, ptr %u, i64 %orow136)
  br label %written
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #1

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

declare i32 @attnrt_run(ptr, ptr)

; Function Attrs: nounwind
define i32 @whisper_large_self(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_run(ptr @whisper_large_self_kernel, ptr %0)
  ret i32 %1
}

declare i64 @attnrt_tasks(ptr, ptr)

; Function Attrs: nounwind
define i64 @whisper_large_self_tasks(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_tasks(ptr @whisper_large_self_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_task(ptr, ptr, i64)

; Function Attrs: nounwind
define i32 @whisper_large_self_task(ptr %0, i64 %1) #0 {
entry:
  %2 = call i32 @attnrt_task(ptr @whisper_large_self_kernel, ptr %0, i64 %1)
  ret i32 %2
}

declare i64 @attnrt_workspace(ptr, ptr)

; Function Attrs: nounwind
define i64 @whisper_large_self_workspace(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_workspace(ptr @whisper_large_self_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_append(ptr, ptr)

; Function Attrs: nounwind
define i32 @whisper_large_self_append(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_append(ptr @whisper_large_self_kernel, ptr %0)
  ret i32 %1
}

; Function Attrs: nounwind
define ptr @whisper_large_self_info() #0 {
entry:
  ret ptr @whisper_large_self_info_data
}

attributes #0 = { nounwind "target-cpu"="x86-64-v4" "target-features"="+avx512f,+evex512,+avx512bw,+avx512vl,+avx,+avx2,+fma,+f16c" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
