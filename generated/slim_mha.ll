; ModuleID = 'slim_mha'
source_filename = "slim_mha"
target triple = "x86_64-unknown-linux-gnu"

@slim_mha.name = private unnamed_addr constant [9 x i8] c"slim_mha\00"
@slim_mha.spec = private unnamed_addr constant [379 x i8] c"attncc: 1\0Aname: slim_mha\0Aphase: decode\0Akind: self\0Aheads: {q: 32, kv: 32, dim: 128, v_dim: 128}\0Atypes: {q: f16, cache: f16, out: f16}\0Ascale: auto\0Acache: {store: k_only, layout: contiguous, order: token_major, capacity: 4096, latent_dim: 0, rope_dim: 0, shared_across_layers: false}\0Amask: {causal: true}\0Aoutput: {lse: false}\0Aslim: {order: auto}\0Amodel: {layers: 32, d_model: 4096}\0A\00"
@slim_mha_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32, ptr, i32, i32, i32, i32, float, i32, i32, i32, i32, i32, ptr } { i32 7, i32 1, i64 -3213467963543886239, ptr @slim_mha.name, ptr @slim_mha.spec, i32 32, i32 32, i32 128, i32 128, i32 1, i32 1, i32 1, i32 0, i32 0, i32 0, i32 4096, i32 1, i32 0, float 0x3FB6A09E60000000, i32 1, i32 4096, i32 0, ptr null, i32 0, i32 0, i32 0, i32 0, float 0.000000e+00, i32 0, i32 0, i32 0, i32 0, i32 0, ptr null }, align 8
@slim_mha_kernel = internal constant { ptr, ptr, i32, i32, i32, i32, i32, i32, ptr } { ptr @slim_mha_info_data, ptr @slim_mha_tile, i32 1, i32 4, i32 16, i32 256, i32 1, i32 4096, ptr @slim_mha_project }, align 8

; Function Attrs: nounwind
define internal void @slim_mha_project(ptr %0, ptr %1, i64 %2) #0 {
entry:
  %head = srem i64 %2, 32
  %3 = getelementptr i8, ptr %0, i64 40
  %out = load ptr, ptr %3, align 8
  %4 = mul i64 %2, 256
  %5 = getelementptr i8, ptr %out, i64 %4
  %6 = getelementptr i8, ptr %0, i64 112
  %w_out = load ptr, ptr %6, align 8
  %7 = getelementptr i8, ptr %0, i64 120
  %out_bias = load ptr, ptr %7, align 8
  %8 = icmp ne ptr %1, null
  %nk = select i1 %8, i64 4096, i64 0
  %9 = icmp ne ptr %out_bias, null
  %10 = and i1 %8, %9
  %col = mul i64 %head, 128
  br label %proj_k

proj_k:                                           ; preds = %body, %entry
  %pacc.sroa.42.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %39, %body ]
  %pacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %36, %body ]
  %pacc.sroa.30.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %33, %body ]
  %pacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %30, %body ]
  %pacc.sroa.18.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %27, %body ]
  %pacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %24, %body ]
  %pacc.sroa.6.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %21, %body ]
  %pacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %18, %body ]
  %proj_k1 = phi i64 [ 0, %entry ], [ %40, %body ]
  %11 = icmp slt i64 %proj_k1, %nk
  br i1 %11, label %body, label %exit

body:                                             ; preds = %proj_k
  %12 = getelementptr float, ptr %1, i64 %proj_k1
  %uk = load float, ptr %12, align 4
  %13 = insertelement <16 x float> poison, float %uk, i32 0
  %splat = shufflevector <16 x float> %13, <16 x float> poison, <16 x i32> zeroinitializer
  %14 = mul i64 %proj_k1, 4096
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
  %28 = getelementptr float, ptr %16, i64 64
  %29 = load <16 x float>, ptr %28, align 4
  %30 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %29, <16 x float> %pacc.sroa.24.0)
  %31 = getelementptr float, ptr %16, i64 80
  %32 = load <16 x float>, ptr %31, align 4
  %33 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %32, <16 x float> %pacc.sroa.30.0)
  %34 = getelementptr float, ptr %16, i64 96
  %35 = load <16 x float>, ptr %34, align 4
  %36 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %35, <16 x float> %pacc.sroa.36.0)
  %37 = getelementptr float, ptr %16, i64 112
  %38 = load <16 x float>, ptr %37, align 4
  %39 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %38, <16 x float> %pacc.sroa.42.0)
  %40 = add nsw i64 %proj_k1, 1
  br label %proj_k

exit:                                             ; preds = %proj_k
  br i1 %10, label %bias, label %join

bias:                                             ; preds = %exit
  %41 = getelementptr float, ptr %out_bias, i64 %col
  %42 = load <16 x float>, ptr %41, align 4
  %43 = fadd <16 x float> %pacc.sroa.0.0, %42
  %44 = add i64 %col, 16
  %45 = getelementptr float, ptr %out_bias, i64 %44
  %46 = load <16 x float>, ptr %45, align 4
  %47 = fadd <16 x float> %pacc.sroa.6.0, %46
  %48 = add i64 %col, 32
  %49 = getelementptr float, ptr %out_bias, i64 %48
  %50 = load <16 x float>, ptr %49, align 4
  %51 = fadd <16 x float> %pacc.sroa.12.0, %50
  %52 = add i64 %col, 48
  %53 = getelementptr float, ptr %out_bias, i64 %52
  %54 = load <16 x float>, ptr %53, align 4
  %55 = fadd <16 x float> %pacc.sroa.18.0, %54
  %56 = add i64 %col, 64
  %57 = getelementptr float, ptr %out_bias, i64 %56
  %58 = load <16 x float>, ptr %57, align 4
  %59 = fadd <16 x float> %pacc.sroa.24.0, %58
  %60 = add i64 %col, 80
  %61 = getelementptr float, ptr %out_bias, i64 %60
  %62 = load <16 x float>, ptr %61, align 4
  %63 = fadd <16 x float> %pacc.sroa.30.0, %62
  %64 = add i64 %col, 96
  %65 = getelementptr float, ptr %out_bias, i64 %64
  %66 = load <16 x float>, ptr %65, align 4
  %67 = fadd <16 x float> %pacc.sroa.36.0, %66
  %68 = add i64 %col, 112
  %69 = getelementptr float, ptr %out_bias, i64 %68
  %70 = load <16 x float>, ptr %69, align 4
  %71 = fadd <16 x float> %pacc.sroa.42.0, %70
  br label %join

join:                                             ; preds = %bias, %exit
  %pacc.sroa.42.1 = phi <16 x float> [ %71, %bias ], [ %pacc.sroa.42.0, %exit ]
  %pacc.sroa.36.1 = phi <16 x float> [ %67, %bias ], [ %pacc.sroa.36.0, %exit ]
  %pacc.sroa.30.1 = phi <16 x float> [ %63, %bias ], [ %pacc.sroa.30.0, %exit ]
  %pacc.sroa.24.1 = phi <16 x float> [ %59, %bias ], [ %pacc.sroa.24.0, %exit ]
  %pacc.sroa.18.1 = phi <16 x float> [ %55, %bias ], [ %pacc.sroa.18.0, %exit ]
  %pacc.sroa.12.1 = phi <16 x float> [ %51, %bias ], [ %pacc.sroa.12.0, %exit ]
  %pacc.sroa.6.1 = phi <16 x float> [ %47, %bias ], [ %pacc.sroa.6.0, %exit ]
  %pacc.sroa.0.1 = phi <16 x float> [ %43, %bias ], [ %pacc.sroa.0.0, %exit ]
  %72 = fptrunc <16 x float> %pacc.sroa.0.1 to <16 x half>
  store <16 x half> %72, ptr %5, align 2
  %73 = getelementptr i8, ptr %5, i64 32
  %74 = fptrunc <16 x float> %pacc.sroa.6.1 to <16 x half>
  store <16 x half> %74, ptr %73, align 2
  %75 = getelementptr i8, ptr %5, i64 64
  %76 = fptrunc <16 x float> %pacc.sroa.12.1 to <16 x half>
  store <16 x half> %76, ptr %75, align 2
  %77 = getelementptr i8, ptr %5, i64 96
  %78 = fptrunc <16 x float> %pacc.sroa.18.1 to <16 x half>
  store <16 x half> %78, ptr %77, align 2
  %79 = getelementptr i8, ptr %5, i64 128
  %80 = fptrunc <16 x float> %pacc.sroa.24.1 to <16 x half>
  store <16 x half> %80, ptr %79, align 2
  %81 = getelementptr i8, ptr %5, i64 160
  %82 = fptrunc <16 x float> %pacc.sroa.30.1 to <16 x half>
  store <16 x half> %82, ptr %81, align 2
  %83 = getelementptr i8, ptr %5, i64 192
  %84 = fptrunc <16 x float> %pacc.sroa.36.1 to <16 x half>
  store <16 x half> %84, ptr %83, align 2
  %85 = getelementptr i8, ptr %5, i64 224
  %86 = fptrunc <16 x float> %pacc.sroa.42.1 to <16 x half>
  store <16 x half> %86, ptr %85, align 2
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fmuladd.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

; Function Attrs: nounwind
define internal void @slim_mha_tile(ptr %0, ptr %1) #0 {
entry:
  %muse = alloca [4 x float], align 64
  %lsum = alloca [4 x <16 x float>], align 64
  %smax = alloca [4 x <16 x float>], align 64
  %lims = alloca [4 x i32], align 64
  %alpha = alloca [4 x float], align 64
  %accs = alloca [16384 x float], align 64
  %pbuf = alloca [256 x float], align 64
  %dbuf = alloca [256 x <16 x float>], align 64
  %qs = alloca [32 x <16 x float>], align 64
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
  %19 = mul i64 %18, 33554432
  %20 = getelementptr i8, ptr %k_cache, i64 %19
  %21 = sext i32 %kv_head to i64
  %22 = icmp sgt i32 %nrows, 0
  br i1 %22, label %rinit, label %done

done:                                             ; preds = %orow169, %entry
  ret void

rinit:                                            ; preds = %entry, %exit8
  %rinit1 = phi i32 [ %65, %exit8 ], [ 0, %entry ]
  %23 = icmp slt i32 %rinit1, 4
  br i1 %23, label %body, label %exit

body:                                             ; preds = %rinit
  %24 = sext i32 %rinit1 to i64
  %25 = mul i64 %24, 8
  %26 = getelementptr <16 x float>, ptr %qs, i64 %25
  %27 = icmp slt i32 %rinit1, %nrows
  %28 = sub i32 %nrows, 1
  %29 = call i32 @llvm.smin.i32(i32 %rinit1, i32 %28)
  %30 = sdiv i32 %29, %nh
  %qi = add i32 %q_begin, %30
  %31 = srem i32 %29, %nh
  %32 = add i32 %h_begin, %31
  %33 = mul i32 %kv_head, 32
  %hq = add i32 %33, %32
  %34 = sext i32 %qi to i64
  %35 = add i64 %q_row0, %34
  %36 = mul i64 %35, 32
  %37 = sext i32 %hq to i64
  %orow = add i64 %36, %37
  %38 = mul i64 %orow, 256
  %39 = getelementptr i8, ptr %q, i64 %38
  %40 = select i1 %27, float 0x3FC0527DC0000000, float 0.000000e+00
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
  %47 = icmp slt i64 %chunk5, 8
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
  %59 = icmp slt i64 %acczero9, 256
  br i1 %59, label %body6, label %exit8

body6:                                            ; preds = %acczero
  %60 = mul i64 %acczero9, 16
  %61 = mul i64 %24, 4096
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
  br i1 %66, label %body11, label %orow169

body11:                                           ; preds = %kblock
  %67 = add i32 %kblock14, 64
  %68 = sext i32 %h_begin to i64
  %slice = mul i64 %68, 128
  %69 = add i32 %h_begin, 1
  %70 = sext i32 %69 to i64
  %slice15 = mul i64 %70, 128
  %71 = add i32 %h_begin, 2
  %72 = sext i32 %71 to i64
  %slice16 = mul i64 %72, 128
  %73 = add i32 %h_begin, 3
  %74 = sext i32 %73 to i64
  %slice17 = mul i64 %74, 128
  br label %kdot

kdot:                                             ; preds = %body18, %body11
  %kdot21 = phi i32 [ 0, %body11 ], [ %386, %body18 ]
  %75 = icmp slt i32 %kdot21, 64
  br i1 %75, label %body18, label %score

body18:                                           ; preds = %kdot
  %76 = add i32 %kblock14, %kdot21
  %77 = call i32 @llvm.smin.i32(i32 %76, i32 %k_last)
  %78 = sext i32 %77 to i64
  %row = add i64 %21, %78
  %79 = mul i64 %row, 8192
  %80 = getelementptr i8, ptr %20, i64 %79
  %81 = add i32 %kdot21, 1
  %82 = add i32 %kblock14, %81
  %83 = call i32 @llvm.smin.i32(i32 %82, i32 %k_last)
  %84 = sext i32 %83 to i64
  %row22 = add i64 %21, %84
  %85 = mul i64 %row22, 8192
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
  %94 = getelementptr <16 x float>, ptr %qs, i64 8
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
  %102 = getelementptr <16 x float>, ptr %qs, i64 16
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
  %110 = getelementptr <16 x float>, ptr %qs, i64 24
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
  %127 = getelementptr <16 x float>, ptr %qs, i64 9
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
  %136 = getelementptr <16 x float>, ptr %qs, i64 17
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
  %145 = getelementptr <16 x float>, ptr %qs, i64 25
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
  %163 = getelementptr <16 x float>, ptr %qs, i64 10
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
  %172 = getelementptr <16 x float>, ptr %qs, i64 18
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
  %181 = getelementptr <16 x float>, ptr %qs, i64 26
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
  %199 = getelementptr <16 x float>, ptr %qs, i64 11
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
  %208 = getelementptr <16 x float>, ptr %qs, i64 19
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
  %217 = getelementptr <16 x float>, ptr %qs, i64 27
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
  %226 = getelementptr <16 x float>, ptr %qs, i64 4
  %q71 = load <16 x float>, ptr %226, align 64
  %227 = add i64 %slice, 64
  %228 = mul i64 %227, 2
  %229 = getelementptr i8, ptr %80, i64 %228
  %230 = load <16 x half>, ptr %229, align 2
  %f1672 = fpext <16 x half> %230 to <16 x float>
  %231 = getelementptr i8, ptr %86, i64 %228
  %232 = load <16 x half>, ptr %231, align 2
  %f1673 = fpext <16 x half> %232 to <16 x float>
  %233 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q71, <16 x float> %f1672, <16 x float> %197)
  %234 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q71, <16 x float> %f1673, <16 x float> %198)
  %235 = getelementptr <16 x float>, ptr %qs, i64 12
  %q74 = load <16 x float>, ptr %235, align 64
  %236 = add i64 %slice15, 64
  %237 = mul i64 %236, 2
  %238 = getelementptr i8, ptr %80, i64 %237
  %239 = load <16 x half>, ptr %238, align 2
  %f1675 = fpext <16 x half> %239 to <16 x float>
  %240 = getelementptr i8, ptr %86, i64 %237
  %241 = load <16 x half>, ptr %240, align 2
  %f1676 = fpext <16 x half> %241 to <16 x float>
  %242 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q74, <16 x float> %f1675, <16 x float> %206)
  %243 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q74, <16 x float> %f1676, <16 x float> %207)
  %244 = getelementptr <16 x float>, ptr %qs, i64 20
  %q77 = load <16 x float>, ptr %244, align 64
  %245 = add i64 %slice16, 64
  %246 = mul i64 %245, 2
  %247 = getelementptr i8, ptr %80, i64 %246
  %248 = load <16 x half>, ptr %247, align 2
  %f1678 = fpext <16 x half> %248 to <16 x float>
  %249 = getelementptr i8, ptr %86, i64 %246
  %250 = load <16 x half>, ptr %249, align 2
  %f1679 = fpext <16 x half> %250 to <16 x float>
  %251 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q77, <16 x float> %f1678, <16 x float> %215)
  %252 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q77, <16 x float> %f1679, <16 x float> %216)
  %253 = getelementptr <16 x float>, ptr %qs, i64 28
  %q80 = load <16 x float>, ptr %253, align 64
  %254 = add i64 %slice17, 64
  %255 = mul i64 %254, 2
  %256 = getelementptr i8, ptr %80, i64 %255
  %257 = load <16 x half>, ptr %256, align 2
  %f1681 = fpext <16 x half> %257 to <16 x float>
  %258 = getelementptr i8, ptr %86, i64 %255
  %259 = load <16 x half>, ptr %258, align 2
  %f1682 = fpext <16 x half> %259 to <16 x float>
  %260 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q80, <16 x float> %f1681, <16 x float> %224)
  %261 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q80, <16 x float> %f1682, <16 x float> %225)
  %262 = getelementptr <16 x float>, ptr %qs, i64 5
  %q83 = load <16 x float>, ptr %262, align 64
  %263 = add i64 %slice, 80
  %264 = mul i64 %263, 2
  %265 = getelementptr i8, ptr %80, i64 %264
  %266 = load <16 x half>, ptr %265, align 2
  %f1684 = fpext <16 x half> %266 to <16 x float>
  %267 = getelementptr i8, ptr %86, i64 %264
  %268 = load <16 x half>, ptr %267, align 2
  %f1685 = fpext <16 x half> %268 to <16 x float>
  %269 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q83, <16 x float> %f1684, <16 x float> %233)
  %270 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q83, <16 x float> %f1685, <16 x float> %234)
  %271 = getelementptr <16 x float>, ptr %qs, i64 13
  %q86 = load <16 x float>, ptr %271, align 64
  %272 = add i64 %slice15, 80
  %273 = mul i64 %272, 2
  %274 = getelementptr i8, ptr %80, i64 %273
  %275 = load <16 x half>, ptr %274, align 2
  %f1687 = fpext <16 x half> %275 to <16 x float>
  %276 = getelementptr i8, ptr %86, i64 %273
  %277 = load <16 x half>, ptr %276, align 2
  %f1688 = fpext <16 x half> %277 to <16 x float>
  %278 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q86, <16 x float> %f1687, <16 x float> %242)
  %279 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q86, <16 x float> %f1688, <16 x float> %243)
  %280 = getelementptr <16 x float>, ptr %qs, i64 21
  %q89 = load <16 x float>, ptr %280, align 64
  %281 = add i64 %slice16, 80
  %282 = mul i64 %281, 2
  %283 = getelementptr i8, ptr %80, i64 %282
  %284 = load <16 x half>, ptr %283, align 2
  %f1690 = fpext <16 x half> %284 to <16 x float>
  %285 = getelementptr i8, ptr %86, i64 %282
  %286 = load <16 x half>, ptr %285, align 2
  %f1691 = fpext <16 x half> %286 to <16 x float>
  %287 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q89, <16 x float> %f1690, <16 x float> %251)
  %288 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q89, <16 x float> %f1691, <16 x float> %252)
  %289 = getelementptr <16 x float>, ptr %qs, i64 29
  %q92 = load <16 x float>, ptr %289, align 64
  %290 = add i64 %slice17, 80
  %291 = mul i64 %290, 2
  %292 = getelementptr i8, ptr %80, i64 %291
  %293 = load <16 x half>, ptr %292, align 2
  %f1693 = fpext <16 x half> %293 to <16 x float>
  %294 = getelementptr i8, ptr %86, i64 %291
  %295 = load <16 x half>, ptr %294, align 2
  %f1694 = fpext <16 x half> %295 to <16 x float>
  %296 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q92, <16 x float> %f1693, <16 x float> %260)
  %297 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q92, <16 x float> %f1694, <16 x float> %261)
  %298 = getelementptr <16 x float>, ptr %qs, i64 6
  %q95 = load <16 x float>, ptr %298, align 64
  %299 = add i64 %slice, 96
  %300 = mul i64 %299, 2
  %301 = getelementptr i8, ptr %80, i64 %300
  %302 = load <16 x half>, ptr %301, align 2
  %f1696 = fpext <16 x half> %302 to <16 x float>
  %303 = getelementptr i8, ptr %86, i64 %300
  %304 = load <16 x half>, ptr %303, align 2
  %f1697 = fpext <16 x half> %304 to <16 x float>
  %305 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q95, <16 x float> %f1696, <16 x float> %269)
  %306 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q95, <16 x float> %f1697, <16 x float> %270)
  %307 = getelementptr <16 x float>, ptr %qs, i64 14
  %q98 = load <16 x float>, ptr %307, align 64
  %308 = add i64 %slice15, 96
  %309 = mul i64 %308, 2
  %310 = getelementptr i8, ptr %80, i64 %309
  %311 = load <16 x half>, ptr %310, align 2
  %f1699 = fpext <16 x half> %311 to <16 x float>
  %312 = getelementptr i8, ptr %86, i64 %309
  %313 = load <16 x half>, ptr %312, align 2
  %f16100 = fpext <16 x half> %313 to <16 x float>
  %314 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q98, <16 x float> %f1699, <16 x float> %278)
  %315 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q98, <16 x float> %f16100, <16 x float> %279)
  %316 = getelementptr <16 x float>, ptr %qs, i64 22
  %q101 = load <16 x float>, ptr %316, align 64
  %317 = add i64 %slice16, 96
  %318 = mul i64 %317, 2
  %319 = getelementptr i8, ptr %80, i64 %318
  %320 = load <16 x half>, ptr %319, align 2
  %f16102 = fpext <16 x half> %320 to <16 x float>
  %321 = getelementptr i8, ptr %86, i64 %318
  %322 = load <16 x half>, ptr %321, align 2
  %f16103 = fpext <16 x half> %322 to <16 x float>
  %323 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q101, <16 x float> %f16102, <16 x float> %287)
  %324 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q101, <16 x float> %f16103, <16 x float> %288)
  %325 = getelementptr <16 x float>, ptr %qs, i64 30
  %q104 = load <16 x float>, ptr %325, align 64
  %326 = add i64 %slice17, 96
  %327 = mul i64 %326, 2
  %328 = getelementptr i8, ptr %80, i64 %327
  %329 = load <16 x half>, ptr %328, align 2
  %f16105 = fpext <16 x half> %329 to <16 x float>
  %330 = getelementptr i8, ptr %86, i64 %327
  %331 = load <16 x half>, ptr %330, align 2
  %f16106 = fpext <16 x half> %331 to <16 x float>
  %332 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q104, <16 x float> %f16105, <16 x float> %296)
  %333 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q104, <16 x float> %f16106, <16 x float> %297)
  %334 = getelementptr <16 x float>, ptr %qs, i64 7
  %q107 = load <16 x float>, ptr %334, align 64
  %335 = add i64 %slice, 112
  %336 = mul i64 %335, 2
  %337 = getelementptr i8, ptr %80, i64 %336
  %338 = load <16 x half>, ptr %337, align 2
  %f16108 = fpext <16 x half> %338 to <16 x float>
  %339 = getelementptr i8, ptr %86, i64 %336
  %340 = load <16 x half>, ptr %339, align 2
  %f16109 = fpext <16 x half> %340 to <16 x float>
  %341 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q107, <16 x float> %f16108, <16 x float> %305)
  %342 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q107, <16 x float> %f16109, <16 x float> %306)
  %343 = getelementptr <16 x float>, ptr %qs, i64 15
  %q110 = load <16 x float>, ptr %343, align 64
  %344 = add i64 %slice15, 112
  %345 = mul i64 %344, 2
  %346 = getelementptr i8, ptr %80, i64 %345
  %347 = load <16 x half>, ptr %346, align 2
  %f16111 = fpext <16 x half> %347 to <16 x float>
  %348 = getelementptr i8, ptr %86, i64 %345
  %349 = load <16 x half>, ptr %348, align 2
  %f16112 = fpext <16 x half> %349 to <16 x float>
  %350 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q110, <16 x float> %f16111, <16 x float> %314)
  %351 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q110, <16 x float> %f16112, <16 x float> %315)
  %352 = getelementptr <16 x float>, ptr %qs, i64 23
  %q113 = load <16 x float>, ptr %352, align 64
  %353 = add i64 %slice16, 112
  %354 = mul i64 %353, 2
  %355 = getelementptr i8, ptr %80, i64 %354
  %356 = load <16 x half>, ptr %355, align 2
  %f16114 = fpext <16 x half> %356 to <16 x float>
  %357 = getelementptr i8, ptr %86, i64 %354
  %358 = load <16 x half>, ptr %357, align 2
  %f16115 = fpext <16 x half> %358 to <16 x float>
  %359 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q113, <16 x float> %f16114, <16 x float> %323)
  %360 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q113, <16 x float> %f16115, <16 x float> %324)
  %361 = getelementptr <16 x float>, ptr %qs, i64 31
  %q116 = load <16 x float>, ptr %361, align 64
  %362 = add i64 %slice17, 112
  %363 = mul i64 %362, 2
  %364 = getelementptr i8, ptr %80, i64 %363
  %365 = load <16 x half>, ptr %364, align 2
  %f16117 = fpext <16 x half> %365 to <16 x float>
  %366 = getelementptr i8, ptr %86, i64 %363
  %367 = load <16 x half>, ptr %366, align 2
  %f16118 = fpext <16 x half> %367 to <16 x float>
  %368 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q116, <16 x float> %f16117, <16 x float> %332)
  %369 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q116, <16 x float> %f16118, <16 x float> %333)
  %370 = sext i32 %kdot21 to i64
  %371 = getelementptr <16 x float>, ptr %dbuf, i64 %370
  store <16 x float> %341, ptr %371, align 64
  %372 = sext i32 %81 to i64
  %373 = getelementptr <16 x float>, ptr %dbuf, i64 %372
  store <16 x float> %342, ptr %373, align 64
  %374 = add i64 64, %370
  %375 = getelementptr <16 x float>, ptr %dbuf, i64 %374
  store <16 x float> %350, ptr %375, align 64
  %376 = add i64 64, %372
  %377 = getelementptr <16 x float>, ptr %dbuf, i64 %376
  store <16 x float> %351, ptr %377, align 64
  %378 = add i64 128, %370
  %379 = getelementptr <16 x float>, ptr %dbuf, i64 %378
  store <16 x float> %359, ptr %379, align 64
  %380 = add i64 128, %372
  %381 = getelementptr <16 x float>, ptr %dbuf, i64 %380
  store <16 x float> %360, ptr %381, align 64
  %382 = add i64 192, %370
  %383 = getelementptr <16 x float>, ptr %dbuf, i64 %382
  store <16 x float> %368, ptr %383, align 64
  %384 = add i64 192, %372
  %385 = getelementptr <16 x float>, ptr %dbuf, i64 %384
  store <16 x float> %369, ptr %385, align 64
  %386 = add nsw i32 %kdot21, 2
  br label %kdot

score:                                            ; preds = %kdot, %body119
  %score122 = phi i64 [ %500, %body119 ], [ 0, %kdot ]
  %387 = icmp slt i64 %score122, 16
  br i1 %387, label %body119, label %rmax

body119:                                          ; preds = %score
  %388 = sdiv i64 %score122, 4
  %389 = srem i64 %score122, 4
  %390 = mul i64 %389, 16
  %391 = mul i64 %388, 64
  %392 = add i64 %391, %390
  %393 = getelementptr <16 x float>, ptr %dbuf, i64 %392
  %394 = load <16 x float>, ptr %393, align 64
  %395 = add i64 %392, 1
  %396 = getelementptr <16 x float>, ptr %dbuf, i64 %395
  %397 = load <16 x float>, ptr %396, align 64
  %398 = shufflevector <16 x float> %394, <16 x float> %397, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %399 = shufflevector <16 x float> %394, <16 x float> %397, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %400 = fadd <16 x float> %398, %399
  %401 = add i64 %392, 2
  %402 = getelementptr <16 x float>, ptr %dbuf, i64 %401
  %403 = load <16 x float>, ptr %402, align 64
  %404 = add i64 %392, 3
  %405 = getelementptr <16 x float>, ptr %dbuf, i64 %404
  %406 = load <16 x float>, ptr %405, align 64
  %407 = shufflevector <16 x float> %403, <16 x float> %406, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %408 = shufflevector <16 x float> %403, <16 x float> %406, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %409 = fadd <16 x float> %407, %408
  %410 = shufflevector <16 x float> %400, <16 x float> %409, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %411 = shufflevector <16 x float> %400, <16 x float> %409, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %412 = fadd <16 x float> %410, %411
  %413 = add i64 %392, 4
  %414 = getelementptr <16 x float>, ptr %dbuf, i64 %413
  %415 = load <16 x float>, ptr %414, align 64
  %416 = add i64 %392, 5
  %417 = getelementptr <16 x float>, ptr %dbuf, i64 %416
  %418 = load <16 x float>, ptr %417, align 64
  %419 = shufflevector <16 x float> %415, <16 x float> %418, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %420 = shufflevector <16 x float> %415, <16 x float> %418, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %421 = fadd <16 x float> %419, %420
  %422 = add i64 %392, 6
  %423 = getelementptr <16 x float>, ptr %dbuf, i64 %422
  %424 = load <16 x float>, ptr %423, align 64
  %425 = add i64 %392, 7
  %426 = getelementptr <16 x float>, ptr %dbuf, i64 %425
  %427 = load <16 x float>, ptr %426, align 64
  %428 = shufflevector <16 x float> %424, <16 x float> %427, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %429 = shufflevector <16 x float> %424, <16 x float> %427, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %430 = fadd <16 x float> %428, %429
  %431 = shufflevector <16 x float> %421, <16 x float> %430, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %432 = shufflevector <16 x float> %421, <16 x float> %430, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %433 = fadd <16 x float> %431, %432
  %434 = shufflevector <16 x float> %412, <16 x float> %433, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %435 = shufflevector <16 x float> %412, <16 x float> %433, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %436 = fadd <16 x float> %434, %435
  %437 = add i64 %392, 8
  %438 = getelementptr <16 x float>, ptr %dbuf, i64 %437
  %439 = load <16 x float>, ptr %438, align 64
  %440 = add i64 %392, 9
  %441 = getelementptr <16 x float>, ptr %dbuf, i64 %440
  %442 = load <16 x float>, ptr %441, align 64
  %443 = shufflevector <16 x float> %439, <16 x float> %442, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %444 = shufflevector <16 x float> %439, <16 x float> %442, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %445 = fadd <16 x float> %443, %444
  %446 = add i64 %392, 10
  %447 = getelementptr <16 x float>, ptr %dbuf, i64 %446
  %448 = load <16 x float>, ptr %447, align 64
  %449 = add i64 %392, 11
  %450 = getelementptr <16 x float>, ptr %dbuf, i64 %449
  %451 = load <16 x float>, ptr %450, align 64
  %452 = shufflevector <16 x float> %448, <16 x float> %451, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %453 = shufflevector <16 x float> %448, <16 x float> %451, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %454 = fadd <16 x float> %452, %453
  %455 = shufflevector <16 x float> %445, <16 x float> %454, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %456 = shufflevector <16 x float> %445, <16 x float> %454, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %457 = fadd <16 x float> %455, %456
  %458 = add i64 %392, 12
  %459 = getelementptr <16 x float>, ptr %dbuf, i64 %458
  %460 = load <16 x float>, ptr %459, align 64
  %461 = add i64 %392, 13
  %462 = getelementptr <16 x float>, ptr %dbuf, i64 %461
  %463 = load <16 x float>, ptr %462, align 64
  %464 = shufflevector <16 x float> %460, <16 x float> %463, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %465 = shufflevector <16 x float> %460, <16 x float> %463, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %466 = fadd <16 x float> %464, %465
  %467 = add i64 %392, 14
  %468 = getelementptr <16 x float>, ptr %dbuf, i64 %467
  %469 = load <16 x float>, ptr %468, align 64
  %470 = add i64 %392, 15
  %471 = getelementptr <16 x float>, ptr %dbuf, i64 %470
  %472 = load <16 x float>, ptr %471, align 64
  %473 = shufflevector <16 x float> %469, <16 x float> %472, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %474 = shufflevector <16 x float> %469, <16 x float> %472, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %475 = fadd <16 x float> %473, %474
  %476 = shufflevector <16 x float> %466, <16 x float> %475, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %477 = shufflevector <16 x float> %466, <16 x float> %475, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %478 = fadd <16 x float> %476, %477
  %479 = shufflevector <16 x float> %457, <16 x float> %478, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %480 = shufflevector <16 x float> %457, <16 x float> %478, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %481 = fadd <16 x float> %479, %480
  %482 = shufflevector <16 x float> %436, <16 x float> %481, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %483 = shufflevector <16 x float> %436, <16 x float> %481, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %484 = fadd <16 x float> %482, %483
  %485 = getelementptr i32, ptr %lims, i64 %388
  %486 = load i32, ptr %485, align 4
  %487 = insertelement <16 x i32> poison, i32 %486, i32 0
  %splat123 = shufflevector <16 x i32> %487, <16 x i32> poison, <16 x i32> zeroinitializer
  %488 = trunc i64 %390 to i32
  %489 = add i32 %kblock14, %488
  %490 = insertelement <16 x i32> poison, i32 %489, i32 0
  %splat124 = shufflevector <16 x i32> %490, <16 x i32> poison, <16 x i32> zeroinitializer
  %491 = add <16 x i32> %splat124, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %492 = icmp slt <16 x i32> %491, %splat123
  %493 = select <16 x i1> %492, <16 x float> %484, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %494 = getelementptr float, ptr %pbuf, i64 %392
  store <16 x float> %493, ptr %494, align 64
  %495 = getelementptr <16 x float>, ptr %smax, i64 %388
  %496 = icmp eq i64 %389, 0
  %497 = load <16 x float>, ptr %495, align 64
  %498 = select i1 %496, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <16 x float> %497
  %499 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %498, <16 x float> %493)
  store <16 x float> %499, ptr %495, align 64
  %500 = add nsw i64 %score122, 1
  br label %score

rmax:                                             ; preds = %score, %body125
  %rmax128 = phi i64 [ %537, %body125 ], [ 0, %score ]
  %501 = icmp slt i64 %rmax128, 4
  br i1 %501, label %body125, label %pexp

body125:                                          ; preds = %rmax
  %502 = getelementptr float, ptr %ms, i64 %rmax128
  %m = load float, ptr %502, align 4
  %503 = getelementptr <16 x float>, ptr %smax, i64 %rmax128
  %504 = load <16 x float>, ptr %503, align 64
  %505 = shufflevector <16 x float> %504, <16 x float> undef, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %506 = shufflevector <16 x float> %504, <16 x float> undef, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %507 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %505, <8 x float> %506)
  %508 = shufflevector <8 x float> %507, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %509 = shufflevector <8 x float> %507, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %510 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %508, <4 x float> %509)
  %511 = shufflevector <4 x float> %510, <4 x float> undef, <2 x i32> <i32 0, i32 1>
  %512 = shufflevector <4 x float> %510, <4 x float> undef, <2 x i32> <i32 2, i32 3>
  %513 = call <2 x float> @llvm.maxnum.v2f32(<2 x float> %511, <2 x float> %512)
  %514 = shufflevector <2 x float> %513, <2 x float> undef, <1 x i32> zeroinitializer
  %515 = shufflevector <2 x float> %513, <2 x float> undef, <1 x i32> <i32 1>
  %516 = call <1 x float> @llvm.maxnum.v1f32(<1 x float> %514, <1 x float> %515)
  %517 = extractelement <1 x float> %516, i32 0
  %518 = call float @llvm.maxnum.f32(float %m, float %517)
  %519 = fcmp oeq float %518, 0xFFF0000000000000
  %muse129 = select i1 %519, float 0.000000e+00, float %518
  %520 = fsub float %m, %muse129
  %521 = insertelement <16 x float> poison, float %520, i32 0
  %splat130 = shufflevector <16 x float> %521, <16 x float> poison, <16 x i32> zeroinitializer
  %522 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat130, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %523 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %522, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %524 = fadd <16 x float> %523, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %524, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %523, %n
  %525 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %526 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %525, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %527 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %526, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %528 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %527, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %529 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %528, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %530 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %529, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %531 = fptosi <16 x float> %n to <16 x i32>
  %532 = add <16 x i32> %531, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %533 = shl <16 x i32> %532, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %534 = bitcast <16 x i32> %533 to <16 x float>
  %exp2 = fmul <16 x float> %530, %534
  %alpha131 = extractelement <16 x float> %exp2, i32 0
  store float %518, ptr %502, align 4
  %535 = getelementptr float, ptr %muse, i64 %rmax128
  store float %muse129, ptr %535, align 4
  %536 = getelementptr float, ptr %alpha, i64 %rmax128
  store float %alpha131, ptr %536, align 4
  %537 = add nsw i64 %rmax128, 1
  br label %rmax

pexp:                                             ; preds = %rmax, %body132
  %pexp135 = phi i64 [ %568, %body132 ], [ 0, %rmax ]
  %538 = icmp slt i64 %pexp135, 16
  br i1 %538, label %body132, label %lsum140

body132:                                          ; preds = %pexp
  %539 = sdiv i64 %pexp135, 4
  %540 = srem i64 %pexp135, 4
  %541 = mul i64 %540, 16
  %542 = mul i64 %539, 64
  %543 = add i64 %542, %541
  %544 = getelementptr float, ptr %pbuf, i64 %543
  %545 = getelementptr float, ptr %muse, i64 %539
  %546 = load float, ptr %545, align 4
  %547 = insertelement <16 x float> poison, float %546, i32 0
  %splat136 = shufflevector <16 x float> %547, <16 x float> poison, <16 x i32> zeroinitializer
  %548 = load <16 x float>, ptr %544, align 64
  %549 = fsub <16 x float> %548, %splat136
  %550 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %549, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %551 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %550, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %552 = fadd <16 x float> %551, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n137 = fsub <16 x float> %552, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f138 = fsub <16 x float> %551, %n137
  %553 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f138, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %554 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %553, <16 x float> %f138, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %555 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %554, <16 x float> %f138, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %556 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %555, <16 x float> %f138, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %557 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %556, <16 x float> %f138, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %558 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %557, <16 x float> %f138, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %559 = fptosi <16 x float> %n137 to <16 x i32>
  %560 = add <16 x i32> %559, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %561 = shl <16 x i32> %560, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %562 = bitcast <16 x i32> %561 to <16 x float>
  %exp2139 = fmul <16 x float> %558, %562
  store <16 x float> %exp2139, ptr %544, align 64
  %563 = getelementptr <16 x float>, ptr %lsum, i64 %539
  %564 = icmp eq i64 %540, 0
  %565 = load <16 x float>, ptr %563, align 64
  %566 = select i1 %564, <16 x float> zeroinitializer, <16 x float> %565
  %567 = fadd <16 x float> %566, %exp2139
  store <16 x float> %567, ptr %563, align 64
  %568 = add nsw i64 %pexp135, 1
  br label %pexp

lsum140:                                          ; preds = %pexp, %body141
  %lsum144 = phi i64 [ %577, %body141 ], [ 0, %pexp ]
  %569 = icmp slt i64 %lsum144, 4
  br i1 %569, label %body141, label %exit143

body141:                                          ; preds = %lsum140
  %570 = getelementptr float, ptr %ls, i64 %lsum144
  %571 = getelementptr float, ptr %alpha, i64 %lsum144
  %572 = load float, ptr %571, align 4
  %573 = getelementptr <16 x float>, ptr %lsum, i64 %lsum144
  %574 = load <16 x float>, ptr %573, align 64
  %575 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %574)
  %l = load float, ptr %570, align 4
  %576 = call float @llvm.fmuladd.f32(float %l, float %572, float %575)
  store float %576, ptr %570, align 4
  %577 = add nsw i64 %lsum144, 1
  br label %lsum140

exit143:                                          ; preds = %lsum140
  %578 = sub i32 %46, %kblock14
  %579 = call i32 @llvm.smin.i32(i32 64, i32 %578)
  br label %pvpass

pvpass:                                           ; preds = %exit155, %exit143
  %pvpass148 = phi i64 [ 0, %exit143 ], [ %702, %exit155 ]
  %580 = icmp slt i64 %pvpass148, 64
  br i1 %580, label %body145, label %kblock

body145:                                          ; preds = %pvpass
  %c0 = mul i64 %pvpass148, 4
  %c0e = mul i64 %c0, 16
  %581 = mul i64 %c0e, 16
  %582 = load float, ptr %alpha, align 4
  %583 = insertelement <16 x float> poison, float %582, i32 0
  %splat149 = shufflevector <16 x float> %583, <16 x float> poison, <16 x i32> zeroinitializer
  %584 = getelementptr float, ptr %accs, i64 %c0e
  %585 = load <16 x float>, ptr %584, align 64
  %586 = fmul <16 x float> %585, %splat149
  %587 = add i64 %c0e, 16
  %588 = getelementptr float, ptr %accs, i64 %587
  %589 = load <16 x float>, ptr %588, align 64
  %590 = fmul <16 x float> %589, %splat149
  %591 = add i64 %c0e, 32
  %592 = getelementptr float, ptr %accs, i64 %591
  %593 = load <16 x float>, ptr %592, align 64
  %594 = fmul <16 x float> %593, %splat149
  %595 = add i64 %c0e, 48
  %596 = getelementptr float, ptr %accs, i64 %595
  %597 = load <16 x float>, ptr %596, align 64
  %598 = fmul <16 x float> %597, %splat149
  %599 = getelementptr float, ptr %alpha, i64 1
  %600 = load float, ptr %599, align 4
  %601 = insertelement <16 x float> poison, float %600, i32 0
  %splat150 = shufflevector <16 x float> %601, <16 x float> poison, <16 x i32> zeroinitializer
  %602 = add i64 %c0e, 4096
  %603 = getelementptr float, ptr %accs, i64 %602
  %604 = load <16 x float>, ptr %603, align 64
  %605 = fmul <16 x float> %604, %splat150
  %606 = add i64 %c0e, 4112
  %607 = getelementptr float, ptr %accs, i64 %606
  %608 = load <16 x float>, ptr %607, align 64
  %609 = fmul <16 x float> %608, %splat150
  %610 = add i64 %c0e, 4128
  %611 = getelementptr float, ptr %accs, i64 %610
  %612 = load <16 x float>, ptr %611, align 64
  %613 = fmul <16 x float> %612, %splat150
  %614 = add i64 %c0e, 4144
  %615 = getelementptr float, ptr %accs, i64 %614
  %616 = load <16 x float>, ptr %615, align 64
  %617 = fmul <16 x float> %616, %splat150
  %618 = getelementptr float, ptr %alpha, i64 2
  %619 = load float, ptr %618, align 4
  %620 = insertelement <16 x float> poison, float %619, i32 0
  %splat151 = shufflevector <16 x float> %620, <16 x float> poison, <16 x i32> zeroinitializer
  %621 = add i64 %c0e, 8192
  %622 = getelementptr float, ptr %accs, i64 %621
  %623 = load <16 x float>, ptr %622, align 64
  %624 = fmul <16 x float> %623, %splat151
  %625 = add i64 %c0e, 8208
  %626 = getelementptr float, ptr %accs, i64 %625
  %627 = load <16 x float>, ptr %626, align 64
  %628 = fmul <16 x float> %627, %splat151
  %629 = add i64 %c0e, 8224
  %630 = getelementptr float, ptr %accs, i64 %629
  %631 = load <16 x float>, ptr %630, align 64
  %632 = fmul <16 x float> %631, %splat151
  %633 = add i64 %c0e, 8240
  %634 = getelementptr float, ptr %accs, i64 %633
  %635 = load <16 x float>, ptr %634, align 64
  %636 = fmul <16 x float> %635, %splat151
  %637 = getelementptr float, ptr %alpha, i64 3
  %638 = load float, ptr %637, align 4
  %639 = insertelement <16 x float> poison, float %638, i32 0
  %splat152 = shufflevector <16 x float> %639, <16 x float> poison, <16 x i32> zeroinitializer
  %640 = add i64 %c0e, 12288
  %641 = getelementptr float, ptr %accs, i64 %640
  %642 = load <16 x float>, ptr %641, align 64
  %643 = fmul <16 x float> %642, %splat152
  %644 = add i64 %c0e, 12304
  %645 = getelementptr float, ptr %accs, i64 %644
  %646 = load <16 x float>, ptr %645, align 64
  %647 = fmul <16 x float> %646, %splat152
  %648 = add i64 %c0e, 12320
  %649 = getelementptr float, ptr %accs, i64 %648
  %650 = load <16 x float>, ptr %649, align 64
  %651 = fmul <16 x float> %650, %splat152
  %652 = add i64 %c0e, 12336
  %653 = getelementptr float, ptr %accs, i64 %652
  %654 = load <16 x float>, ptr %653, align 64
  %655 = fmul <16 x float> %654, %splat152
  br label %kpv

kpv:                                              ; preds = %body153, %body145
  %pacc.sroa.60.0 = phi <16 x float> [ %655, %body145 ], [ %700, %body153 ]
  %pacc.sroa.56.0 = phi <16 x float> [ %651, %body145 ], [ %693, %body153 ]
  %pacc.sroa.52.0 = phi <16 x float> [ %647, %body145 ], [ %686, %body153 ]
  %pacc.sroa.48.0 = phi <16 x float> [ %643, %body145 ], [ %679, %body153 ]
  %pacc.sroa.44.0 = phi <16 x float> [ %636, %body145 ], [ %699, %body153 ]
  %pacc.sroa.40.0 = phi <16 x float> [ %632, %body145 ], [ %692, %body153 ]
  %pacc.sroa.36.0 = phi <16 x float> [ %628, %body145 ], [ %685, %body153 ]
  %pacc.sroa.32.0 = phi <16 x float> [ %624, %body145 ], [ %678, %body153 ]
  %pacc.sroa.28.0 = phi <16 x float> [ %617, %body145 ], [ %698, %body153 ]
  %pacc.sroa.24.0 = phi <16 x float> [ %613, %body145 ], [ %691, %body153 ]
  %pacc.sroa.20.0 = phi <16 x float> [ %609, %body145 ], [ %684, %body153 ]
  %pacc.sroa.16.0 = phi <16 x float> [ %605, %body145 ], [ %677, %body153 ]
  %pacc.sroa.12.0 = phi <16 x float> [ %598, %body145 ], [ %697, %body153 ]
  %pacc.sroa.8.0 = phi <16 x float> [ %594, %body145 ], [ %690, %body153 ]
  %pacc.sroa.4.0 = phi <16 x float> [ %590, %body145 ], [ %683, %body153 ]
  %pacc.sroa.0.0 = phi <16 x float> [ %586, %body145 ], [ %676, %body153 ]
  %kpv156 = phi i32 [ 0, %body145 ], [ %701, %body153 ]
  %656 = icmp slt i32 %kpv156, %579
  br i1 %656, label %body153, label %exit155

body153:                                          ; preds = %kpv
  %657 = add i32 %kblock14, %kpv156
  %658 = sext i32 %657 to i64
  %row157 = add i64 %21, %658
  %659 = mul i64 %row157, 8192
  %660 = getelementptr i8, ptr %20, i64 %659
  %661 = sext i32 %kpv156 to i64
  %662 = getelementptr float, ptr %pbuf, i64 %661
  %p = load float, ptr %662, align 4
  %663 = insertelement <16 x float> poison, float %p, i32 0
  %splat158 = shufflevector <16 x float> %663, <16 x float> poison, <16 x i32> zeroinitializer
  %664 = add i64 64, %661
  %665 = getelementptr float, ptr %pbuf, i64 %664
  %p159 = load float, ptr %665, align 4
  %666 = insertelement <16 x float> poison, float %p159, i32 0
  %splat160 = shufflevector <16 x float> %666, <16 x float> poison, <16 x i32> zeroinitializer
  %667 = add i64 128, %661
  %668 = getelementptr float, ptr %pbuf, i64 %667
  %p161 = load float, ptr %668, align 4
  %669 = insertelement <16 x float> poison, float %p161, i32 0
  %splat162 = shufflevector <16 x float> %669, <16 x float> poison, <16 x i32> zeroinitializer
  %670 = add i64 192, %661
  %671 = getelementptr float, ptr %pbuf, i64 %670
  %p163 = load float, ptr %671, align 4
  %672 = insertelement <16 x float> poison, float %p163, i32 0
  %splat164 = shufflevector <16 x float> %672, <16 x float> poison, <16 x i32> zeroinitializer
  %673 = mul i64 %c0e, 2
  %674 = getelementptr i8, ptr %660, i64 %673
  %675 = load <16 x half>, ptr %674, align 2
  %f16165 = fpext <16 x half> %675 to <16 x float>
  %676 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat158, <16 x float> %f16165, <16 x float> %pacc.sroa.0.0)
  %677 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat160, <16 x float> %f16165, <16 x float> %pacc.sroa.16.0)
  %678 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat162, <16 x float> %f16165, <16 x float> %pacc.sroa.32.0)
  %679 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat164, <16 x float> %f16165, <16 x float> %pacc.sroa.48.0)
  %680 = mul i64 %587, 2
  %681 = getelementptr i8, ptr %660, i64 %680
  %682 = load <16 x half>, ptr %681, align 2
  %f16166 = fpext <16 x half> %682 to <16 x float>
  %683 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat158, <16 x float> %f16166, <16 x float> %pacc.sroa.4.0)
  %684 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat160, <16 x float> %f16166, <16 x float> %pacc.sroa.20.0)
  %685 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat162, <16 x float> %f16166, <16 x float> %pacc.sroa.36.0)
  %686 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat164, <16 x float> %f16166, <16 x float> %pacc.sroa.52.0)
  %687 = mul i64 %591, 2
  %688 = getelementptr i8, ptr %660, i64 %687
  %689 = load <16 x half>, ptr %688, align 2
  %f16167 = fpext <16 x half> %689 to <16 x float>
  %690 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat158, <16 x float> %f16167, <16 x float> %pacc.sroa.8.0)
  %691 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat160, <16 x float> %f16167, <16 x float> %pacc.sroa.24.0)
  %692 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat162, <16 x float> %f16167, <16 x float> %pacc.sroa.40.0)
  %693 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat164, <16 x float> %f16167, <16 x float> %pacc.sroa.56.0)
  %694 = mul i64 %595, 2
  %695 = getelementptr i8, ptr %660, i64 %694
  %696 = load <16 x half>, ptr %695, align 2
  %f16168 = fpext <16 x half> %696 to <16 x float>
  %697 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat158, <16 x float> %f16168, <16 x float> %pacc.sroa.12.0)
  %698 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat160, <16 x float> %f16168, <16 x float> %pacc.sroa.28.0)
  %699 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat162, <16 x float> %f16168, <16 x float> %pacc.sroa.44.0)
  %700 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat164, <16 x float> %f16168, <16 x float> %pacc.sroa.60.0)
  %701 = add nsw i32 %kpv156, 1
  br label %kpv

exit155:                                          ; preds = %kpv
  store <16 x float> %pacc.sroa.0.0, ptr %584, align 64
  store <16 x float> %pacc.sroa.4.0, ptr %588, align 64
  store <16 x float> %pacc.sroa.8.0, ptr %592, align 64
  store <16 x float> %pacc.sroa.12.0, ptr %596, align 64
  store <16 x float> %pacc.sroa.16.0, ptr %603, align 64
  store <16 x float> %pacc.sroa.20.0, ptr %607, align 64
  store <16 x float> %pacc.sroa.24.0, ptr %611, align 64
  store <16 x float> %pacc.sroa.28.0, ptr %615, align 64
  store <16 x float> %pacc.sroa.32.0, ptr %622, align 64
  store <16 x float> %pacc.sroa.36.0, ptr %626, align 64
  store <16 x float> %pacc.sroa.40.0, ptr %630, align 64
  store <16 x float> %pacc.sroa.44.0, ptr %634, align 64
  store <16 x float> %pacc.sroa.48.0, ptr %641, align 64
  store <16 x float> %pacc.sroa.52.0, ptr %645, align 64
  store <16 x float> %pacc.sroa.56.0, ptr %649, align 64
  store <16 x float> %pacc.sroa.60.0, ptr %653, align 64
  %702 = add nsw i64 %pvpass148, 1
  br label %pvpass

orow169:                                          ; preds = %kblock, %written
  %orow173 = phi i32 [ %724, %written ], [ 0, %kblock ]
  %703 = icmp slt i32 %orow173, %nrows
  br i1 %703, label %body170, label %done

body170:                                          ; preds = %orow169
  %704 = sext i32 %orow173 to i64
  %705 = getelementptr float, ptr %ms, i64 %704
  %m174 = load float, ptr %705, align 4
  %706 = getelementptr float, ptr %ls, i64 %704
  %l175 = load float, ptr %706, align 4
  %707 = mul i64 %704, 4096
  %708 = getelementptr float, ptr %accs, i64 %707
  %709 = icmp ne ptr %part, null
  br i1 %709, label %partial, label %final

partial:                                          ; preds = %body170
  %710 = sext i32 %nrows to i64
  %711 = getelementptr float, ptr %part, i64 %707
  br label %chunk176

final:                                            ; preds = %body170
  %712 = sdiv i32 %orow173, %nh
  %qi181 = add i32 %q_begin, %712
  %713 = srem i32 %orow173, %nh
  %714 = add i32 %h_begin, %713
  %715 = mul i32 %kv_head, 32
  %hq182 = add i32 %715, %714
  %716 = sext i32 %qi181 to i64
  %717 = add i64 %q_row0, %716
  %718 = mul i64 %717, 32
  %719 = sext i32 %hq182 to i64
  %orow183 = add i64 %718, %719
  %720 = fcmp oeq float %l175, 0.000000e+00
  %721 = fdiv float 1.000000e+00, %l175
  %722 = select i1 %720, float 0.000000e+00, float %721
  %723 = insertelement <16 x float> poison, float %722, i32 0
  %splat184 = shufflevector <16 x float> %723, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk185

written:                                          ; preds = %exit188, %exit179
  %724 = add nsw i32 %orow173, 1
  br label %orow169

chunk176:                                         ; preds = %body177, %partial
  %chunk180 = phi i64 [ 0, %partial ], [ %730, %body177 ]
  %725 = icmp slt i64 %chunk180, 256
  br i1 %725, label %body177, label %exit179

body177:                                          ; preds = %chunk176
  %726 = getelementptr <16 x float>, ptr %708, i64 %chunk180
  %727 = load <16 x float>, ptr %726, align 64
  %728 = mul i64 %chunk180, 64
  %729 = getelementptr i8, ptr %711, i64 %728
  store <16 x float> %727, ptr %729, align 4
  %730 = add nsw i64 %chunk180, 1
  br label %chunk176

exit179:                                          ; preds = %chunk176
  %731 = mul i64 %710, 4096
  %732 = add i64 %731, %704
  %733 = getelementptr float, ptr %part, i64 %732
  store float %m174, ptr %733, align 4
  %734 = add i64 %732, %710
  %735 = getelementptr float, ptr %part, i64 %734
  store float %l175, ptr %735, align 4
  br label %written

chunk185:                                         ; preds = %body186, %final
  %chunk189 = phi i64 [ 0, %final ], [ %742, %body186 ]
  %736 = icmp slt i64 %chunk189, 256
  br i1 %736, label %body186, label %exit188

body186:                                          ; preds = %chunk185
  %737 = getelementptr <16 x float>, ptr %708, i64 %chunk189
  %738 = load <16 x float>, ptr %737, align 64
  %739 = fmul <16 x float> %738, %splat184
  %740 = mul i64 %chunk189, 64
  %741 = getelementptr i8, ptr %708, i64 %740
  store <16 x float> %739, ptr %741, align 4
  %742 = add nsw i64 %chunk189, 1
  br label %chunk185

exit188:                                          ; preds = %chunk185
  %u = select i1 %720, ptr null, ptr %708
  call void @slim_mha_project(ptr %0, ptr %u, i64 %orow183)
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
define i32 @slim_mha(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_run(ptr @slim_mha_kernel, ptr %0)
  ret i32 %1
}

declare i64 @attnrt_tasks(ptr, ptr)

; Function Attrs: nounwind
define i64 @slim_mha_tasks(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_tasks(ptr @slim_mha_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_task(ptr, ptr, i64)

; Function Attrs: nounwind
define i32 @slim_mha_task(ptr %0, i64 %1) #0 {
entry:
  %2 = call i32 @attnrt_task(ptr @slim_mha_kernel, ptr %0, i64 %1)
  ret i32 %2
}

declare i64 @attnrt_workspace(ptr, ptr)

; Function Attrs: nounwind
define i64 @slim_mha_workspace(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_workspace(ptr @slim_mha_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_append(ptr, ptr)

; Function Attrs: nounwind
define i32 @slim_mha_append(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_append(ptr @slim_mha_kernel, ptr %0)
  ret i32 %1
}

; Function Attrs: nounwind
define ptr @slim_mha_info() #0 {
entry:
  ret ptr @slim_mha_info_data
}

attributes #0 = { nounwind "target-cpu"="x86-64-v4" "target-features"="+avx512f,+evex512,+avx512bw,+avx512vl,+avx,+avx2,+fma,+f16c" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
