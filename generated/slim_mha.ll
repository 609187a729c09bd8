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

done:                                             ; preds = %orow168, %entry
  ret void

rinit:                                            ; preds = %entry, %exit8
  %rinit1 = phi i32 [ %63, %exit8 ], [ 0, %entry ]
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
  %43 = sext i32 %42 to i64
  %44 = getelementptr i32, ptr %lims, i64 %43
  %fact = load i32, ptr %44, align 4
  %k_last = sub i32 %fact, 1
  br label %kblock

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %51, %body2 ]
  %45 = icmp slt i64 %chunk5, 8
  br i1 %45, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %46 = mul i64 %chunk5, 32
  %47 = getelementptr i8, ptr %39, i64 %46
  %48 = load <16 x half>, ptr %47, align 2
  %f16 = fpext <16 x half> %48 to <16 x float>
  %49 = fmul <16 x float> %f16, %splat
  %50 = getelementptr <16 x float>, ptr %26, i64 %chunk5
  store <16 x float> %49, ptr %50, align 64
  %51 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %52 = getelementptr float, ptr %ms, i64 %24
  store float 0xFFF0000000000000, ptr %52, align 4
  %53 = getelementptr float, ptr %ls, i64 %24
  store float 0.000000e+00, ptr %53, align 4
  %54 = getelementptr i32, ptr %lims, i64 %24
  %qpos = add i32 %q_pos0, %qi
  %55 = add i32 %qpos, 1
  %56 = call i32 @llvm.smin.i32(i32 %55, i32 %k_end)
  store i32 %56, ptr %54, align 4
  br label %acczero

acczero:                                          ; preds = %body6, %exit4
  %acczero9 = phi i64 [ 0, %exit4 ], [ %62, %body6 ]
  %57 = icmp slt i64 %acczero9, 256
  br i1 %57, label %body6, label %exit8

body6:                                            ; preds = %acczero
  %58 = mul i64 %acczero9, 16
  %59 = mul i64 %24, 4096
  %60 = add i64 %59, %58
  %61 = getelementptr float, ptr %accs, i64 %60
  store <16 x float> zeroinitializer, ptr %61, align 64
  %62 = add nsw i64 %acczero9, 1
  br label %acczero

exit8:                                            ; preds = %acczero
  %63 = add nsw i32 %rinit1, 1
  br label %rinit

kblock:                                           ; preds = %pvpass, %exit
  %kblock13 = phi i32 [ %k_begin, %exit ], [ %65, %pvpass ]
  %64 = icmp slt i32 %kblock13, %fact
  br i1 %64, label %body10, label %orow168

body10:                                           ; preds = %kblock
  %65 = add i32 %kblock13, 64
  %66 = sext i32 %h_begin to i64
  %slice = mul i64 %66, 128
  %67 = add i32 %h_begin, 1
  %68 = sext i32 %67 to i64
  %slice14 = mul i64 %68, 128
  %69 = add i32 %h_begin, 2
  %70 = sext i32 %69 to i64
  %slice15 = mul i64 %70, 128
  %71 = add i32 %h_begin, 3
  %72 = sext i32 %71 to i64
  %slice16 = mul i64 %72, 128
  br label %kdot

kdot:                                             ; preds = %body17, %body10
  %kdot20 = phi i32 [ 0, %body10 ], [ %384, %body17 ]
  %73 = icmp slt i32 %kdot20, 64
  br i1 %73, label %body17, label %score

body17:                                           ; preds = %kdot
  %74 = add i32 %kblock13, %kdot20
  %75 = call i32 @llvm.smin.i32(i32 %74, i32 %k_last)
  %76 = sext i32 %75 to i64
  %row = add i64 %21, %76
  %77 = mul i64 %row, 8192
  %78 = getelementptr i8, ptr %20, i64 %77
  %79 = add i32 %kdot20, 1
  %80 = add i32 %kblock13, %79
  %81 = call i32 @llvm.smin.i32(i32 %80, i32 %k_last)
  %82 = sext i32 %81 to i64
  %row21 = add i64 %21, %82
  %83 = mul i64 %row21, 8192
  %84 = getelementptr i8, ptr %20, i64 %83
  %q22 = load <16 x float>, ptr %qs, align 64
  %85 = mul i64 %slice, 2
  %86 = getelementptr i8, ptr %78, i64 %85
  %87 = load <16 x half>, ptr %86, align 2
  %f1623 = fpext <16 x half> %87 to <16 x float>
  %88 = getelementptr i8, ptr %84, i64 %85
  %89 = load <16 x half>, ptr %88, align 2
  %f1624 = fpext <16 x half> %89 to <16 x float>
  %90 = fmul <16 x float> %q22, %f1623
  %91 = fmul <16 x float> %q22, %f1624
  %92 = getelementptr <16 x float>, ptr %qs, i64 8
  %q25 = load <16 x float>, ptr %92, align 64
  %93 = mul i64 %slice14, 2
  %94 = getelementptr i8, ptr %78, i64 %93
  %95 = load <16 x half>, ptr %94, align 2
  %f1626 = fpext <16 x half> %95 to <16 x float>
  %96 = getelementptr i8, ptr %84, i64 %93
  %97 = load <16 x half>, ptr %96, align 2
  %f1627 = fpext <16 x half> %97 to <16 x float>
  %98 = fmul <16 x float> %q25, %f1626
  %99 = fmul <16 x float> %q25, %f1627
  %100 = getelementptr <16 x float>, ptr %qs, i64 16
  %q28 = load <16 x float>, ptr %100, align 64
  %101 = mul i64 %slice15, 2
  %102 = getelementptr i8, ptr %78, i64 %101
  %103 = load <16 x half>, ptr %102, align 2
  %f1629 = fpext <16 x half> %103 to <16 x float>
  %104 = getelementptr i8, ptr %84, i64 %101
  %105 = load <16 x half>, ptr %104, align 2
  %f1630 = fpext <16 x half> %105 to <16 x float>
  %106 = fmul <16 x float> %q28, %f1629
  %107 = fmul <16 x float> %q28, %f1630
  %108 = getelementptr <16 x float>, ptr %qs, i64 24
  %q31 = load <16 x float>, ptr %108, align 64
  %109 = mul i64 %slice16, 2
  %110 = getelementptr i8, ptr %78, i64 %109
  %111 = load <16 x half>, ptr %110, align 2
  %f1632 = fpext <16 x half> %111 to <16 x float>
  %112 = getelementptr i8, ptr %84, i64 %109
  %113 = load <16 x half>, ptr %112, align 2
  %f1633 = fpext <16 x half> %113 to <16 x float>
  %114 = fmul <16 x float> %q31, %f1632
  %115 = fmul <16 x float> %q31, %f1633
  %116 = getelementptr <16 x float>, ptr %qs, i64 1
  %q34 = load <16 x float>, ptr %116, align 64
  %117 = add i64 %slice, 16
  %118 = mul i64 %117, 2
  %119 = getelementptr i8, ptr %78, i64 %118
  %120 = load <16 x half>, ptr %119, align 2
  %f1635 = fpext <16 x half> %120 to <16 x float>
  %121 = getelementptr i8, ptr %84, i64 %118
  %122 = load <16 x half>, ptr %121, align 2
  %f1636 = fpext <16 x half> %122 to <16 x float>
  %123 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %f1635, <16 x float> %90)
  %124 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %f1636, <16 x float> %91)
  %125 = getelementptr <16 x float>, ptr %qs, i64 9
  %q37 = load <16 x float>, ptr %125, align 64
  %126 = add i64 %slice14, 16
  %127 = mul i64 %126, 2
  %128 = getelementptr i8, ptr %78, i64 %127
  %129 = load <16 x half>, ptr %128, align 2
  %f1638 = fpext <16 x half> %129 to <16 x float>
  %130 = getelementptr i8, ptr %84, i64 %127
  %131 = load <16 x half>, ptr %130, align 2
  %f1639 = fpext <16 x half> %131 to <16 x float>
  %132 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %f1638, <16 x float> %98)
  %133 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %f1639, <16 x float> %99)
  %134 = getelementptr <16 x float>, ptr %qs, i64 17
  %q40 = load <16 x float>, ptr %134, align 64
  %135 = add i64 %slice15, 16
  %136 = mul i64 %135, 2
  %137 = getelementptr i8, ptr %78, i64 %136
  %138 = load <16 x half>, ptr %137, align 2
  %f1641 = fpext <16 x half> %138 to <16 x float>
  %139 = getelementptr i8, ptr %84, i64 %136
  %140 = load <16 x half>, ptr %139, align 2
  %f1642 = fpext <16 x half> %140 to <16 x float>
  %141 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q40, <16 x float> %f1641, <16 x float> %106)
  %142 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q40, <16 x float> %f1642, <16 x float> %107)
  %143 = getelementptr <16 x float>, ptr %qs, i64 25
  %q43 = load <16 x float>, ptr %143, align 64
  %144 = add i64 %slice16, 16
  %145 = mul i64 %144, 2
  %146 = getelementptr i8, ptr %78, i64 %145
  %147 = load <16 x half>, ptr %146, align 2
  %f1644 = fpext <16 x half> %147 to <16 x float>
  %148 = getelementptr i8, ptr %84, i64 %145
  %149 = load <16 x half>, ptr %148, align 2
  %f1645 = fpext <16 x half> %149 to <16 x float>
  %150 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q43, <16 x float> %f1644, <16 x float> %114)
  %151 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q43, <16 x float> %f1645, <16 x float> %115)
  %152 = getelementptr <16 x float>, ptr %qs, i64 2
  %q46 = load <16 x float>, ptr %152, align 64
  %153 = add i64 %slice, 32
  %154 = mul i64 %153, 2
  %155 = getelementptr i8, ptr %78, i64 %154
  %156 = load <16 x half>, ptr %155, align 2
  %f1647 = fpext <16 x half> %156 to <16 x float>
  %157 = getelementptr i8, ptr %84, i64 %154
  %158 = load <16 x half>, ptr %157, align 2
  %f1648 = fpext <16 x half> %158 to <16 x float>
  %159 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q46, <16 x float> %f1647, <16 x float> %123)
  %160 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q46, <16 x float> %f1648, <16 x float> %124)
  %161 = getelementptr <16 x float>, ptr %qs, i64 10
  %q49 = load <16 x float>, ptr %161, align 64
  %162 = add i64 %slice14, 32
  %163 = mul i64 %162, 2
  %164 = getelementptr i8, ptr %78, i64 %163
  %165 = load <16 x half>, ptr %164, align 2
  %f1650 = fpext <16 x half> %165 to <16 x float>
  %166 = getelementptr i8, ptr %84, i64 %163
  %167 = load <16 x half>, ptr %166, align 2
  %f1651 = fpext <16 x half> %167 to <16 x float>
  %168 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q49, <16 x float> %f1650, <16 x float> %132)
  %169 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q49, <16 x float> %f1651, <16 x float> %133)
  %170 = getelementptr <16 x float>, ptr %qs, i64 18
  %q52 = load <16 x float>, ptr %170, align 64
  %171 = add i64 %slice15, 32
  %172 = mul i64 %171, 2
  %173 = getelementptr i8, ptr %78, i64 %172
  %174 = load <16 x half>, ptr %173, align 2
  %f1653 = fpext <16 x half> %174 to <16 x float>
  %175 = getelementptr i8, ptr %84, i64 %172
  %176 = load <16 x half>, ptr %175, align 2
  %f1654 = fpext <16 x half> %176 to <16 x float>
  %177 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q52, <16 x float> %f1653, <16 x float> %141)
  %178 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q52, <16 x float> %f1654, <16 x float> %142)
  %179 = getelementptr <16 x float>, ptr %qs, i64 26
  %q55 = load <16 x float>, ptr %179, align 64
  %180 = add i64 %slice16, 32
  %181 = mul i64 %180, 2
  %182 = getelementptr i8, ptr %78, i64 %181
  %183 = load <16 x half>, ptr %182, align 2
  %f1656 = fpext <16 x half> %183 to <16 x float>
  %184 = getelementptr i8, ptr %84, i64 %181
  %185 = load <16 x half>, ptr %184, align 2
  %f1657 = fpext <16 x half> %185 to <16 x float>
  %186 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q55, <16 x float> %f1656, <16 x float> %150)
  %187 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q55, <16 x float> %f1657, <16 x float> %151)
  %188 = getelementptr <16 x float>, ptr %qs, i64 3
  %q58 = load <16 x float>, ptr %188, align 64
  %189 = add i64 %slice, 48
  %190 = mul i64 %189, 2
  %191 = getelementptr i8, ptr %78, i64 %190
  %192 = load <16 x half>, ptr %191, align 2
  %f1659 = fpext <16 x half> %192 to <16 x float>
  %193 = getelementptr i8, ptr %84, i64 %190
  %194 = load <16 x half>, ptr %193, align 2
  %f1660 = fpext <16 x half> %194 to <16 x float>
  %195 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q58, <16 x float> %f1659, <16 x float> %159)
  %196 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q58, <16 x float> %f1660, <16 x float> %160)
  %197 = getelementptr <16 x float>, ptr %qs, i64 11
  %q61 = load <16 x float>, ptr %197, align 64
  %198 = add i64 %slice14, 48
  %199 = mul i64 %198, 2
  %200 = getelementptr i8, ptr %78, i64 %199
  %201 = load <16 x half>, ptr %200, align 2
  %f1662 = fpext <16 x half> %201 to <16 x float>
  %202 = getelementptr i8, ptr %84, i64 %199
  %203 = load <16 x half>, ptr %202, align 2
  %f1663 = fpext <16 x half> %203 to <16 x float>
  %204 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q61, <16 x float> %f1662, <16 x float> %168)
  %205 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q61, <16 x float> %f1663, <16 x float> %169)
  %206 = getelementptr <16 x float>, ptr %qs, i64 19
  %q64 = load <16 x float>, ptr %206, align 64
  %207 = add i64 %slice15, 48
  %208 = mul i64 %207, 2
  %209 = getelementptr i8, ptr %78, i64 %208
  %210 = load <16 x half>, ptr %209, align 2
  %f1665 = fpext <16 x half> %210 to <16 x float>
  %211 = getelementptr i8, ptr %84, i64 %208
  %212 = load <16 x half>, ptr %211, align 2
  %f1666 = fpext <16 x half> %212 to <16 x float>
  %213 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q64, <16 x float> %f1665, <16 x float> %177)
  %214 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q64, <16 x float> %f1666, <16 x float> %178)
  %215 = getelementptr <16 x float>, ptr %qs, i64 27
  %q67 = load <16 x float>, ptr %215, align 64
  %216 = add i64 %slice16, 48
  %217 = mul i64 %216, 2
  %218 = getelementptr i8, ptr %78, i64 %217
  %219 = load <16 x half>, ptr %218, align 2
  %f1668 = fpext <16 x half> %219 to <16 x float>
  %220 = getelementptr i8, ptr %84, i64 %217
  %221 = load <16 x half>, ptr %220, align 2
  %f1669 = fpext <16 x half> %221 to <16 x float>
  %222 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q67, <16 x float> %f1668, <16 x float> %186)
  %223 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q67, <16 x float> %f1669, <16 x float> %187)
  %224 = getelementptr <16 x float>, ptr %qs, i64 4
  %q70 = load <16 x float>, ptr %224, align 64
  %225 = add i64 %slice, 64
  %226 = mul i64 %225, 2
  %227 = getelementptr i8, ptr %78, i64 %226
  %228 = load <16 x half>, ptr %227, align 2
  %f1671 = fpext <16 x half> %228 to <16 x float>
  %229 = getelementptr i8, ptr %84, i64 %226
  %230 = load <16 x half>, ptr %229, align 2
  %f1672 = fpext <16 x half> %230 to <16 x float>
  %231 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q70, <16 x float> %f1671, <16 x float> %195)
  %232 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q70, <16 x float> %f1672, <16 x float> %196)
  %233 = getelementptr <16 x float>, ptr %qs, i64 12
  %q73 = load <16 x float>, ptr %233, align 64
  %234 = add i64 %slice14, 64
  %235 = mul i64 %234, 2
  %236 = getelementptr i8, ptr %78, i64 %235
  %237 = load <16 x half>, ptr %236, align 2
  %f1674 = fpext <16 x half> %237 to <16 x float>
  %238 = getelementptr i8, ptr %84, i64 %235
  %239 = load <16 x half>, ptr %238, align 2
  %f1675 = fpext <16 x half> %239 to <16 x float>
  %240 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q73, <16 x float> %f1674, <16 x float> %204)
  %241 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q73, <16 x float> %f1675, <16 x float> %205)
  %242 = getelementptr <16 x float>, ptr %qs, i64 20
  %q76 = load <16 x float>, ptr %242, align 64
  %243 = add i64 %slice15, 64
  %244 = mul i64 %243, 2
  %245 = getelementptr i8, ptr %78, i64 %244
  %246 = load <16 x half>, ptr %245, align 2
  %f1677 = fpext <16 x half> %246 to <16 x float>
  %247 = getelementptr i8, ptr %84, i64 %244
  %248 = load <16 x half>, ptr %247, align 2
  %f1678 = fpext <16 x half> %248 to <16 x float>
  %249 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q76, <16 x float> %f1677, <16 x float> %213)
  %250 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q76, <16 x float> %f1678, <16 x float> %214)
  %251 = getelementptr <16 x float>, ptr %qs, i64 28
  %q79 = load <16 x float>, ptr %251, align 64
  %252 = add i64 %slice16, 64
  %253 = mul i64 %252, 2
  %254 = getelementptr i8, ptr %78, i64 %253
  %255 = load <16 x half>, ptr %254, align 2
  %f1680 = fpext <16 x half> %255 to <16 x float>
  %256 = getelementptr i8, ptr %84, i64 %253
  %257 = load <16 x half>, ptr %256, align 2
  %f1681 = fpext <16 x half> %257 to <16 x float>
  %258 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q79, <16 x float> %f1680, <16 x float> %222)
  %259 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q79, <16 x float> %f1681, <16 x float> %223)
  %260 = getelementptr <16 x float>, ptr %qs, i64 5
  %q82 = load <16 x float>, ptr %260, align 64
  %261 = add i64 %slice, 80
  %262 = mul i64 %261, 2
  %263 = getelementptr i8, ptr %78, i64 %262
  %264 = load <16 x half>, ptr %263, align 2
  %f1683 = fpext <16 x half> %264 to <16 x float>
  %265 = getelementptr i8, ptr %84, i64 %262
  %266 = load <16 x half>, ptr %265, align 2
  %f1684 = fpext <16 x half> %266 to <16 x float>
  %267 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q82, <16 x float> %f1683, <16 x float> %231)
  %268 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q82, <16 x float> %f1684, <16 x float> %232)
  %269 = getelementptr <16 x float>, ptr %qs, i64 13
  %q85 = load <16 x float>, ptr %269, align 64
  %270 = add i64 %slice14, 80
  %271 = mul i64 %270, 2
  %272 = getelementptr i8, ptr %78, i64 %271
  %273 = load <16 x half>, ptr %272, align 2
  %f1686 = fpext <16 x half> %273 to <16 x float>
  %274 = getelementptr i8, ptr %84, i64 %271
  %275 = load <16 x half>, ptr %274, align 2
  %f1687 = fpext <16 x half> %275 to <16 x float>
  %276 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q85, <16 x float> %f1686, <16 x float> %240)
  %277 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q85, <16 x float> %f1687, <16 x float> %241)
  %278 = getelementptr <16 x float>, ptr %qs, i64 21
  %q88 = load <16 x float>, ptr %278, align 64
  %279 = add i64 %slice15, 80
  %280 = mul i64 %279, 2
  %281 = getelementptr i8, ptr %78, i64 %280
  %282 = load <16 x half>, ptr %281, align 2
  %f1689 = fpext <16 x half> %282 to <16 x float>
  %283 = getelementptr i8, ptr %84, i64 %280
  %284 = load <16 x half>, ptr %283, align 2
  %f1690 = fpext <16 x half> %284 to <16 x float>
  %285 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q88, <16 x float> %f1689, <16 x float> %249)
  %286 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q88, <16 x float> %f1690, <16 x float> %250)
  %287 = getelementptr <16 x float>, ptr %qs, i64 29
  %q91 = load <16 x float>, ptr %287, align 64
  %288 = add i64 %slice16, 80
  %289 = mul i64 %288, 2
  %290 = getelementptr i8, ptr %78, i64 %289
  %291 = load <16 x half>, ptr %290, align 2
  %f1692 = fpext <16 x half> %291 to <16 x float>
  %292 = getelementptr i8, ptr %84, i64 %289
  %293 = load <16 x half>, ptr %292, align 2
  %f1693 = fpext <16 x half> %293 to <16 x float>
  %294 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q91, <16 x float> %f1692, <16 x float> %258)
  %295 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q91, <16 x float> %f1693, <16 x float> %259)
  %296 = getelementptr <16 x float>, ptr %qs, i64 6
  %q94 = load <16 x float>, ptr %296, align 64
  %297 = add i64 %slice, 96
  %298 = mul i64 %297, 2
  %299 = getelementptr i8, ptr %78, i64 %298
  %300 = load <16 x half>, ptr %299, align 2
  %f1695 = fpext <16 x half> %300 to <16 x float>
  %301 = getelementptr i8, ptr %84, i64 %298
  %302 = load <16 x half>, ptr %301, align 2
  %f1696 = fpext <16 x half> %302 to <16 x float>
  %303 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q94, <16 x float> %f1695, <16 x float> %267)
  %304 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q94, <16 x float> %f1696, <16 x float> %268)
  %305 = getelementptr <16 x float>, ptr %qs, i64 14
  %q97 = load <16 x float>, ptr %305, align 64
  %306 = add i64 %slice14, 96
  %307 = mul i64 %306, 2
  %308 = getelementptr i8, ptr %78, i64 %307
  %309 = load <16 x half>, ptr %308, align 2
  %f1698 = fpext <16 x half> %309 to <16 x float>
  %310 = getelementptr i8, ptr %84, i64 %307
  %311 = load <16 x half>, ptr %310, align 2
  %f1699 = fpext <16 x half> %311 to <16 x float>
  %312 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q97, <16 x float> %f1698, <16 x float> %276)
  %313 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q97, <16 x float> %f1699, <16 x float> %277)
  %314 = getelementptr <16 x float>, ptr %qs, i64 22
  %q100 = load <16 x float>, ptr %314, align 64
  %315 = add i64 %slice15, 96
  %316 = mul i64 %315, 2
  %317 = getelementptr i8, ptr %78, i64 %316
  %318 = load <16 x half>, ptr %317, align 2
  %f16101 = fpext <16 x half> %318 to <16 x float>
  %319 = getelementptr i8, ptr %84, i64 %316
  %320 = load <16 x half>, ptr %319, align 2
  %f16102 = fpext <16 x half> %320 to <16 x float>
  %321 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q100, <16 x float> %f16101, <16 x float> %285)
  %322 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q100, <16 x float> %f16102, <16 x float> %286)
  %323 = getelementptr <16 x float>, ptr %qs, i64 30
  %q103 = load <16 x float>, ptr %323, align 64
  %324 = add i64 %slice16, 96
  %325 = mul i64 %324, 2
  %326 = getelementptr i8, ptr %78, i64 %325
  %327 = load <16 x half>, ptr %326, align 2
  %f16104 = fpext <16 x half> %327 to <16 x float>
  %328 = getelementptr i8, ptr %84, i64 %325
  %329 = load <16 x half>, ptr %328, align 2
  %f16105 = fpext <16 x half> %329 to <16 x float>
  %330 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q103, <16 x float> %f16104, <16 x float> %294)
  %331 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q103, <16 x float> %f16105, <16 x float> %295)
  %332 = getelementptr <16 x float>, ptr %qs, i64 7
  %q106 = load <16 x float>, ptr %332, align 64
  %333 = add i64 %slice, 112
  %334 = mul i64 %333, 2
  %335 = getelementptr i8, ptr %78, i64 %334
  %336 = load <16 x half>, ptr %335, align 2
  %f16107 = fpext <16 x half> %336 to <16 x float>
  %337 = getelementptr i8, ptr %84, i64 %334
  %338 = load <16 x half>, ptr %337, align 2
  %f16108 = fpext <16 x half> %338 to <16 x float>
  %339 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q106, <16 x float> %f16107, <16 x float> %303)
  %340 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q106, <16 x float> %f16108, <16 x float> %304)
  %341 = getelementptr <16 x float>, ptr %qs, i64 15
  %q109 = load <16 x float>, ptr %341, align 64
  %342 = add i64 %slice14, 112
  %343 = mul i64 %342, 2
  %344 = getelementptr i8, ptr %78, i64 %343
  %345 = load <16 x half>, ptr %344, align 2
  %f16110 = fpext <16 x half> %345 to <16 x float>
  %346 = getelementptr i8, ptr %84, i64 %343
  %347 = load <16 x half>, ptr %346, align 2
  %f16111 = fpext <16 x half> %347 to <16 x float>
  %348 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q109, <16 x float> %f16110, <16 x float> %312)
  %349 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q109, <16 x float> %f16111, <16 x float> %313)
  %350 = getelementptr <16 x float>, ptr %qs, i64 23
  %q112 = load <16 x float>, ptr %350, align 64
  %351 = add i64 %slice15, 112
  %352 = mul i64 %351, 2
  %353 = getelementptr i8, ptr %78, i64 %352
  %354 = load <16 x half>, ptr %353, align 2
  %f16113 = fpext <16 x half> %354 to <16 x float>
  %355 = getelementptr i8, ptr %84, i64 %352
  %356 = load <16 x half>, ptr %355, align 2
  %f16114 = fpext <16 x half> %356 to <16 x float>
  %357 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q112, <16 x float> %f16113, <16 x float> %321)
  %358 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q112, <16 x float> %f16114, <16 x float> %322)
  %359 = getelementptr <16 x float>, ptr %qs, i64 31
  %q115 = load <16 x float>, ptr %359, align 64
  %360 = add i64 %slice16, 112
  %361 = mul i64 %360, 2
  %362 = getelementptr i8, ptr %78, i64 %361
  %363 = load <16 x half>, ptr %362, align 2
  %f16116 = fpext <16 x half> %363 to <16 x float>
  %364 = getelementptr i8, ptr %84, i64 %361
  %365 = load <16 x half>, ptr %364, align 2
  %f16117 = fpext <16 x half> %365 to <16 x float>
  %366 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q115, <16 x float> %f16116, <16 x float> %330)
  %367 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q115, <16 x float> %f16117, <16 x float> %331)
  %368 = sext i32 %kdot20 to i64
  %369 = getelementptr <16 x float>, ptr %dbuf, i64 %368
  store <16 x float> %339, ptr %369, align 64
  %370 = sext i32 %79 to i64
  %371 = getelementptr <16 x float>, ptr %dbuf, i64 %370
  store <16 x float> %340, ptr %371, align 64
  %372 = add i64 64, %368
  %373 = getelementptr <16 x float>, ptr %dbuf, i64 %372
  store <16 x float> %348, ptr %373, align 64
  %374 = add i64 64, %370
  %375 = getelementptr <16 x float>, ptr %dbuf, i64 %374
  store <16 x float> %349, ptr %375, align 64
  %376 = add i64 128, %368
  %377 = getelementptr <16 x float>, ptr %dbuf, i64 %376
  store <16 x float> %357, ptr %377, align 64
  %378 = add i64 128, %370
  %379 = getelementptr <16 x float>, ptr %dbuf, i64 %378
  store <16 x float> %358, ptr %379, align 64
  %380 = add i64 192, %368
  %381 = getelementptr <16 x float>, ptr %dbuf, i64 %380
  store <16 x float> %366, ptr %381, align 64
  %382 = add i64 192, %370
  %383 = getelementptr <16 x float>, ptr %dbuf, i64 %382
  store <16 x float> %367, ptr %383, align 64
  %384 = add nsw i32 %kdot20, 2
  br label %kdot

score:                                            ; preds = %kdot, %body118
  %score121 = phi i64 [ %498, %body118 ], [ 0, %kdot ]
  %385 = icmp slt i64 %score121, 16
  br i1 %385, label %body118, label %rmax

body118:                                          ; preds = %score
  %386 = sdiv i64 %score121, 4
  %387 = srem i64 %score121, 4
  %388 = mul i64 %387, 16
  %389 = mul i64 %386, 64
  %390 = add i64 %389, %388
  %391 = getelementptr <16 x float>, ptr %dbuf, i64 %390
  %392 = load <16 x float>, ptr %391, align 64
  %393 = add i64 %390, 1
  %394 = getelementptr <16 x float>, ptr %dbuf, i64 %393
  %395 = load <16 x float>, ptr %394, align 64
  %396 = shufflevector <16 x float> %392, <16 x float> %395, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %397 = shufflevector <16 x float> %392, <16 x float> %395, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %398 = fadd <16 x float> %396, %397
  %399 = add i64 %390, 2
  %400 = getelementptr <16 x float>, ptr %dbuf, i64 %399
  %401 = load <16 x float>, ptr %400, align 64
  %402 = add i64 %390, 3
  %403 = getelementptr <16 x float>, ptr %dbuf, i64 %402
  %404 = load <16 x float>, ptr %403, align 64
  %405 = shufflevector <16 x float> %401, <16 x float> %404, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %406 = shufflevector <16 x float> %401, <16 x float> %404, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %407 = fadd <16 x float> %405, %406
  %408 = shufflevector <16 x float> %398, <16 x float> %407, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %409 = shufflevector <16 x float> %398, <16 x float> %407, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %410 = fadd <16 x float> %408, %409
  %411 = add i64 %390, 4
  %412 = getelementptr <16 x float>, ptr %dbuf, i64 %411
  %413 = load <16 x float>, ptr %412, align 64
  %414 = add i64 %390, 5
  %415 = getelementptr <16 x float>, ptr %dbuf, i64 %414
  %416 = load <16 x float>, ptr %415, align 64
  %417 = shufflevector <16 x float> %413, <16 x float> %416, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %418 = shufflevector <16 x float> %413, <16 x float> %416, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %419 = fadd <16 x float> %417, %418
  %420 = add i64 %390, 6
  %421 = getelementptr <16 x float>, ptr %dbuf, i64 %420
  %422 = load <16 x float>, ptr %421, align 64
  %423 = add i64 %390, 7
  %424 = getelementptr <16 x float>, ptr %dbuf, i64 %423
  %425 = load <16 x float>, ptr %424, align 64
  %426 = shufflevector <16 x float> %422, <16 x float> %425, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %427 = shufflevector <16 x float> %422, <16 x float> %425, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %428 = fadd <16 x float> %426, %427
  %429 = shufflevector <16 x float> %419, <16 x float> %428, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %430 = shufflevector <16 x float> %419, <16 x float> %428, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %431 = fadd <16 x float> %429, %430
  %432 = shufflevector <16 x float> %410, <16 x float> %431, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %433 = shufflevector <16 x float> %410, <16 x float> %431, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %434 = fadd <16 x float> %432, %433
  %435 = add i64 %390, 8
  %436 = getelementptr <16 x float>, ptr %dbuf, i64 %435
  %437 = load <16 x float>, ptr %436, align 64
  %438 = add i64 %390, 9
  %439 = getelementptr <16 x float>, ptr %dbuf, i64 %438
  %440 = load <16 x float>, ptr %439, align 64
  %441 = shufflevector <16 x float> %437, <16 x float> %440, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %442 = shufflevector <16 x float> %437, <16 x float> %440, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %443 = fadd <16 x float> %441, %442
  %444 = add i64 %390, 10
  %445 = getelementptr <16 x float>, ptr %dbuf, i64 %444
  %446 = load <16 x float>, ptr %445, align 64
  %447 = add i64 %390, 11
  %448 = getelementptr <16 x float>, ptr %dbuf, i64 %447
  %449 = load <16 x float>, ptr %448, align 64
  %450 = shufflevector <16 x float> %446, <16 x float> %449, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %451 = shufflevector <16 x float> %446, <16 x float> %449, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %452 = fadd <16 x float> %450, %451
  %453 = shufflevector <16 x float> %443, <16 x float> %452, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %454 = shufflevector <16 x float> %443, <16 x float> %452, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %455 = fadd <16 x float> %453, %454
  %456 = add i64 %390, 12
  %457 = getelementptr <16 x float>, ptr %dbuf, i64 %456
  %458 = load <16 x float>, ptr %457, align 64
  %459 = add i64 %390, 13
  %460 = getelementptr <16 x float>, ptr %dbuf, i64 %459
  %461 = load <16 x float>, ptr %460, align 64
  %462 = shufflevector <16 x float> %458, <16 x float> %461, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %463 = shufflevector <16 x float> %458, <16 x float> %461, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %464 = fadd <16 x float> %462, %463
  %465 = add i64 %390, 14
  %466 = getelementptr <16 x float>, ptr %dbuf, i64 %465
  %467 = load <16 x float>, ptr %466, align 64
  %468 = add i64 %390, 15
  %469 = getelementptr <16 x float>, ptr %dbuf, i64 %468
  %470 = load <16 x float>, ptr %469, align 64
  %471 = shufflevector <16 x float> %467, <16 x float> %470, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %472 = shufflevector <16 x float> %467, <16 x float> %470, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %473 = fadd <16 x float> %471, %472
  %474 = shufflevector <16 x float> %464, <16 x float> %473, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %475 = shufflevector <16 x float> %464, <16 x float> %473, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %476 = fadd <16 x float> %474, %475
  %477 = shufflevector <16 x float> %455, <16 x float> %476, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %478 = shufflevector <16 x float> %455, <16 x float> %476, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %479 = fadd <16 x float> %477, %478
  %480 = shufflevector <16 x float> %434, <16 x float> %479, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %481 = shufflevector <16 x float> %434, <16 x float> %479, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %482 = fadd <16 x float> %480, %481
  %483 = getelementptr i32, ptr %lims, i64 %386
  %484 = load i32, ptr %483, align 4
  %485 = insertelement <16 x i32> poison, i32 %484, i32 0
  %splat122 = shufflevector <16 x i32> %485, <16 x i32> poison, <16 x i32> zeroinitializer
  %486 = trunc i64 %388 to i32
  %487 = add i32 %kblock13, %486
  %488 = insertelement <16 x i32> poison, i32 %487, i32 0
  %splat123 = shufflevector <16 x i32> %488, <16 x i32> poison, <16 x i32> zeroinitializer
  %489 = add <16 x i32> %splat123, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %490 = icmp slt <16 x i32> %489, %splat122
  %491 = select <16 x i1> %490, <16 x float> %482, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %492 = getelementptr float, ptr %pbuf, i64 %390
  store <16 x float> %491, ptr %492, align 64
  %493 = getelementptr <16 x float>, ptr %smax, i64 %386
  %494 = icmp eq i64 %387, 0
  %495 = load <16 x float>, ptr %493, align 64
  %496 = select i1 %494, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <16 x float> %495
  %497 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %496, <16 x float> %491)
  store <16 x float> %497, ptr %493, align 64
  %498 = add nsw i64 %score121, 1
  br label %score

rmax:                                             ; preds = %score, %body124
  %rmax127 = phi i64 [ %535, %body124 ], [ 0, %score ]
  %499 = icmp slt i64 %rmax127, 4
  br i1 %499, label %body124, label %pexp

body124:                                          ; preds = %rmax
  %500 = getelementptr float, ptr %ms, i64 %rmax127
  %m = load float, ptr %500, align 4
  %501 = getelementptr <16 x float>, ptr %smax, i64 %rmax127
  %502 = load <16 x float>, ptr %501, align 64
  %503 = shufflevector <16 x float> %502, <16 x float> undef, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %504 = shufflevector <16 x float> %502, <16 x float> undef, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %505 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %503, <8 x float> %504)
  %506 = shufflevector <8 x float> %505, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %507 = shufflevector <8 x float> %505, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %508 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %506, <4 x float> %507)
  %509 = shufflevector <4 x float> %508, <4 x float> undef, <2 x i32> <i32 0, i32 1>
  %510 = shufflevector <4 x float> %508, <4 x float> undef, <2 x i32> <i32 2, i32 3>
  %511 = call <2 x float> @llvm.maxnum.v2f32(<2 x float> %509, <2 x float> %510)
  %512 = shufflevector <2 x float> %511, <2 x float> undef, <1 x i32> zeroinitializer
  %513 = shufflevector <2 x float> %511, <2 x float> undef, <1 x i32> <i32 1>
  %514 = call <1 x float> @llvm.maxnum.v1f32(<1 x float> %512, <1 x float> %513)
  %515 = extractelement <1 x float> %514, i32 0
  %516 = call float @llvm.maxnum.f32(float %m, float %515)
  %517 = fcmp oeq float %516, 0xFFF0000000000000
  %muse128 = select i1 %517, float 0.000000e+00, float %516
  %518 = fsub float %m, %muse128
  %519 = insertelement <16 x float> poison, float %518, i32 0
  %splat129 = shufflevector <16 x float> %519, <16 x float> poison, <16 x i32> zeroinitializer
  %520 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat129, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %521 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %520, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %522 = fadd <16 x float> %521, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %522, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %521, %n
  %523 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %524 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %523, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %525 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %524, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %526 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %525, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %527 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %526, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %528 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %527, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %529 = fptosi <16 x float> %n to <16 x i32>
  %530 = add <16 x i32> %529, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %531 = shl <16 x i32> %530, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %532 = bitcast <16 x i32> %531 to <16 x float>
  %exp2 = fmul <16 x float> %528, %532
  %alpha130 = extractelement <16 x float> %exp2, i32 0
  store float %516, ptr %500, align 4
  %533 = getelementptr float, ptr %muse, i64 %rmax127
  store float %muse128, ptr %533, align 4
  %534 = getelementptr float, ptr %alpha, i64 %rmax127
  store float %alpha130, ptr %534, align 4
  %535 = add nsw i64 %rmax127, 1
  br label %rmax

pexp:                                             ; preds = %rmax, %body131
  %pexp134 = phi i64 [ %566, %body131 ], [ 0, %rmax ]
  %536 = icmp slt i64 %pexp134, 16
  br i1 %536, label %body131, label %lsum139

body131:                                          ; preds = %pexp
  %537 = sdiv i64 %pexp134, 4
  %538 = srem i64 %pexp134, 4
  %539 = mul i64 %538, 16
  %540 = mul i64 %537, 64
  %541 = add i64 %540, %539
  %542 = getelementptr float, ptr %pbuf, i64 %541
  %543 = getelementptr float, ptr %muse, i64 %537
  %544 = load float, ptr %543, align 4
  %545 = insertelement <16 x float> poison, float %544, i32 0
  %splat135 = shufflevector <16 x float> %545, <16 x float> poison, <16 x i32> zeroinitializer
  %546 = load <16 x float>, ptr %542, align 64
  %547 = fsub <16 x float> %546, %splat135
  %548 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %547, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %549 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %548, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %550 = fadd <16 x float> %549, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n136 = fsub <16 x float> %550, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f137 = fsub <16 x float> %549, %n136
  %551 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f137, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %552 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %551, <16 x float> %f137, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %553 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %552, <16 x float> %f137, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %554 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %553, <16 x float> %f137, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %555 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %554, <16 x float> %f137, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %556 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %555, <16 x float> %f137, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %557 = fptosi <16 x float> %n136 to <16 x i32>
  %558 = add <16 x i32> %557, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %559 = shl <16 x i32> %558, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %560 = bitcast <16 x i32> %559 to <16 x float>
  %exp2138 = fmul <16 x float> %556, %560
  store <16 x float> %exp2138, ptr %542, align 64
  %561 = getelementptr <16 x float>, ptr %lsum, i64 %537
  %562 = icmp eq i64 %538, 0
  %563 = load <16 x float>, ptr %561, align 64
  %564 = select i1 %562, <16 x float> zeroinitializer, <16 x float> %563
  %565 = fadd <16 x float> %564, %exp2138
  store <16 x float> %565, ptr %561, align 64
  %566 = add nsw i64 %pexp134, 1
  br label %pexp

lsum139:                                          ; preds = %pexp, %body140
  %lsum143 = phi i64 [ %575, %body140 ], [ 0, %pexp ]
  %567 = icmp slt i64 %lsum143, 4
  br i1 %567, label %body140, label %exit142

body140:                                          ; preds = %lsum139
  %568 = getelementptr float, ptr %ls, i64 %lsum143
  %569 = getelementptr float, ptr %alpha, i64 %lsum143
  %570 = load float, ptr %569, align 4
  %571 = getelementptr <16 x float>, ptr %lsum, i64 %lsum143
  %572 = load <16 x float>, ptr %571, align 64
  %573 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %572)
  %l = load float, ptr %568, align 4
  %574 = call float @llvm.fmuladd.f32(float %l, float %570, float %573)
  store float %574, ptr %568, align 4
  %575 = add nsw i64 %lsum143, 1
  br label %lsum139

exit142:                                          ; preds = %lsum139
  %576 = sub i32 %fact, %kblock13
  %577 = call i32 @llvm.smin.i32(i32 64, i32 %576)
  br label %pvpass

pvpass:                                           ; preds = %exit154, %exit142
  %pvpass147 = phi i64 [ 0, %exit142 ], [ %700, %exit154 ]
  %578 = icmp slt i64 %pvpass147, 64
  br i1 %578, label %body144, label %kblock

body144:                                          ; preds = %pvpass
  %c0 = mul i64 %pvpass147, 4
  %c0e = mul i64 %c0, 16
  %579 = mul i64 %c0e, 16
  %580 = load float, ptr %alpha, align 4
  %581 = insertelement <16 x float> poison, float %580, i32 0
  %splat148 = shufflevector <16 x float> %581, <16 x float> poison, <16 x i32> zeroinitializer
  %582 = getelementptr float, ptr %accs, i64 %c0e
  %583 = load <16 x float>, ptr %582, align 64
  %584 = fmul <16 x float> %583, %splat148
  %585 = add i64 %c0e, 16
  %586 = getelementptr float, ptr %accs, i64 %585
  %587 = load <16 x float>, ptr %586, align 64
  %588 = fmul <16 x float> %587, %splat148
  %589 = add i64 %c0e, 32
  %590 = getelementptr float, ptr %accs, i64 %589
  %591 = load <16 x float>, ptr %590, align 64
  %592 = fmul <16 x float> %591, %splat148
  %593 = add i64 %c0e, 48
  %594 = getelementptr float, ptr %accs, i64 %593
  %595 = load <16 x float>, ptr %594, align 64
  %596 = fmul <16 x float> %595, %splat148
  %597 = getelementptr float, ptr %alpha, i64 1
  %598 = load float, ptr %597, align 4
  %599 = insertelement <16 x float> poison, float %598, i32 0
  %splat149 = shufflevector <16 x float> %599, <16 x float> poison, <16 x i32> zeroinitializer
  %600 = add i64 %c0e, 4096
  %601 = getelementptr float, ptr %accs, i64 %600
  %602 = load <16 x float>, ptr %601, align 64
  %603 = fmul <16 x float> %602, %splat149
  %604 = add i64 %c0e, 4112
  %605 = getelementptr float, ptr %accs, i64 %604
  %606 = load <16 x float>, ptr %605, align 64
  %607 = fmul <16 x float> %606, %splat149
  %608 = add i64 %c0e, 4128
  %609 = getelementptr float, ptr %accs, i64 %608
  %610 = load <16 x float>, ptr %609, align 64
  %611 = fmul <16 x float> %610, %splat149
  %612 = add i64 %c0e, 4144
  %613 = getelementptr float, ptr %accs, i64 %612
  %614 = load <16 x float>, ptr %613, align 64
  %615 = fmul <16 x float> %614, %splat149
  %616 = getelementptr float, ptr %alpha, i64 2
  %617 = load float, ptr %616, align 4
  %618 = insertelement <16 x float> poison, float %617, i32 0
  %splat150 = shufflevector <16 x float> %618, <16 x float> poison, <16 x i32> zeroinitializer
  %619 = add i64 %c0e, 8192
  %620 = getelementptr float, ptr %accs, i64 %619
  %621 = load <16 x float>, ptr %620, align 64
  %622 = fmul <16 x float> %621, %splat150
  %623 = add i64 %c0e, 8208
  %624 = getelementptr float, ptr %accs, i64 %623
  %625 = load <16 x float>, ptr %624, align 64
  %626 = fmul <16 x float> %625, %splat150
  %627 = add i64 %c0e, 8224
  %628 = getelementptr float, ptr %accs, i64 %627
  %629 = load <16 x float>, ptr %628, align 64
  %630 = fmul <16 x float> %629, %splat150
  %631 = add i64 %c0e, 8240
  %632 = getelementptr float, ptr %accs, i64 %631
  %633 = load <16 x float>, ptr %632, align 64
  %634 = fmul <16 x float> %633, %splat150
  %635 = getelementptr float, ptr %alpha, i64 3
  %636 = load float, ptr %635, align 4
  %637 = insertelement <16 x float> poison, float %636, i32 0
  %splat151 = shufflevector <16 x float> %637, <16 x float> poison, <16 x i32> zeroinitializer
  %638 = add i64 %c0e, 12288
  %639 = getelementptr float, ptr %accs, i64 %638
  %640 = load <16 x float>, ptr %639, align 64
  %641 = fmul <16 x float> %640, %splat151
  %642 = add i64 %c0e, 12304
  %643 = getelementptr float, ptr %accs, i64 %642
  %644 = load <16 x float>, ptr %643, align 64
  %645 = fmul <16 x float> %644, %splat151
  %646 = add i64 %c0e, 12320
  %647 = getelementptr float, ptr %accs, i64 %646
  %648 = load <16 x float>, ptr %647, align 64
  %649 = fmul <16 x float> %648, %splat151
  %650 = add i64 %c0e, 12336
  %651 = getelementptr float, ptr %accs, i64 %650
  %652 = load <16 x float>, ptr %651, align 64
  %653 = fmul <16 x float> %652, %splat151
  br label %kpv

kpv:                                              ; preds = %body152, %body144
  %pacc.sroa.60.0 = phi <16 x float> [ %653, %body144 ], [ %698, %body152 ]
  %pacc.sroa.56.0 = phi <16 x float> [ %649, %body144 ], [ %691, %body152 ]
  %pacc.sroa.52.0 = phi <16 x float> [ %645, %body144 ], [ %684, %body152 ]
  %pacc.sroa.48.0 = phi <16 x float> [ %641, %body144 ], [ %677, %body152 ]
  %pacc.sroa.44.0 = phi <16 x float> [ %634, %body144 ], [ %697, %body152 ]
  %pacc.sroa.40.0 = phi <16 x float> [ %630, %body144 ], [ %690, %body152 ]
  %pacc.sroa.36.0 = phi <16 x float> [ %626, %body144 ], [ %683, %body152 ]
  %pacc.sroa.32.0 = phi <16 x float> [ %622, %body144 ], [ %676, %body152 ]
  %pacc.sroa.28.0 = phi <16 x float> [ %615, %body144 ], [ %696, %body152 ]
  %pacc.sroa.24.0 = phi <16 x float> [ %611, %body144 ], [ %689, %body152 ]
  %pacc.sroa.20.0 = phi <16 x float> [ %607, %body144 ], [ %682, %body152 ]
  %pacc.sroa.16.0 = phi <16 x float> [ %603, %body144 ], [ %675, %body152 ]
  %pacc.sroa.12.0 = phi <16 x float> [ %596, %body144 ], [ %695, %body152 ]
  %pacc.sroa.8.0 = phi <16 x float> [ %592, %body144 ], [ %688, %body152 ]
  %pacc.sroa.4.0 = phi <16 x float> [ %588, %body144 ], [ %681, %body152 ]
  %pacc.sroa.0.0 = phi <16 x float> [ %584, %body144 ], [ %674, %body152 ]
  %kpv155 = phi i32 [ 0, %body144 ], [ %699, %body152 ]
  %654 = icmp slt i32 %kpv155, %577
  br i1 %654, label %body152, label %exit154

body152:                                          ; preds = %kpv
  %655 = add i32 %kblock13, %kpv155
  %656 = sext i32 %655 to i64
  %row156 = add i64 %21, %656
  %657 = mul i64 %row156, 8192
  %658 = getelementptr i8, ptr %20, i64 %657
  %659 = sext i32 %kpv155 to i64
  %660 = getelementptr float, ptr %pbuf, i64 %659
  %p = load float, ptr %660, align 4
  %661 = insertelement <16 x float> poison, float %p, i32 0
  %splat157 = shufflevector <16 x float> %661, <16 x float> poison, <16 x i32> zeroinitializer
  %662 = add i64 64, %659
  %663 = getelementptr float, ptr %pbuf, i64 %662
  %p158 = load float, ptr %663, align 4
  %664 = insertelement <16 x float> poison, float %p158, i32 0
  %splat159 = shufflevector <16 x float> %664, <16 x float> poison, <16 x i32> zeroinitializer
  %665 = add i64 128, %659
  %666 = getelementptr float, ptr %pbuf, i64 %665
  %p160 = load float, ptr %666, align 4
  %667 = insertelement <16 x float> poison, float %p160, i32 0
  %splat161 = shufflevector <16 x float> %667, <16 x float> poison, <16 x i32> zeroinitializer
  %668 = add i64 192, %659
  %669 = getelementptr float, ptr %pbuf, i64 %668
  %p162 = load float, ptr %669, align 4
  %670 = insertelement <16 x float> poison, float %p162, i32 0
  %splat163 = shufflevector <16 x float> %670, <16 x float> poison, <16 x i32> zeroinitializer
  %671 = mul i64 %c0e, 2
  %672 = getelementptr i8, ptr %658, i64 %671
  %673 = load <16 x half>, ptr %672, align 2
  %f16164 = fpext <16 x half> %673 to <16 x float>
  %674 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat157, <16 x float> %f16164, <16 x float> %pacc.sroa.0.0)
  %675 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat159, <16 x float> %f16164, <16 x float> %pacc.sroa.16.0)
  %676 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat161, <16 x float> %f16164, <16 x float> %pacc.sroa.32.0)
  %677 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat163, <16 x float> %f16164, <16 x float> %pacc.sroa.48.0)
  %678 = mul i64 %585, 2
  %679 = getelementptr i8, ptr %658, i64 %678
  %680 = load <16 x half>, ptr %679, align 2
  %f16165 = fpext <16 x half> %680 to <16 x float>
  %681 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat157, <16 x float> %f16165, <16 x float> %pacc.sroa.4.0)
  %682 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat159, <16 x float> %f16165, <16 x float> %pacc.sroa.20.0)
  %683 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat161, <16 x float> %f16165, <16 x float> %pacc.sroa.36.0)
  %684 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat163, <16 x float> %f16165, <16 x float> %pacc.sroa.52.0)
  %685 = mul i64 %589, 2
  %686 = getelementptr i8, ptr %658, i64 %685
  %687 = load <16 x half>, ptr %686, align 2
  %f16166 = fpext <16 x half> %687 to <16 x float>
  %688 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat157, <16 x float> %f16166, <16 x float> %pacc.sroa.8.0)
  %689 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat159, <16 x float> %f16166, <16 x float> %pacc.sroa.24.0)
  %690 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat161, <16 x float> %f16166, <16 x float> %pacc.sroa.40.0)
  %691 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat163, <16 x float> %f16166, <16 x float> %pacc.sroa.56.0)
  %692 = mul i64 %593, 2
  %693 = getelementptr i8, ptr %658, i64 %692
  %694 = load <16 x half>, ptr %693, align 2
  %f16167 = fpext <16 x half> %694 to <16 x float>
  %695 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat157, <16 x float> %f16167, <16 x float> %pacc.sroa.12.0)
  %696 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat159, <16 x float> %f16167, <16 x float> %pacc.sroa.28.0)
  %697 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat161, <16 x float> %f16167, <16 x float> %pacc.sroa.44.0)
  %698 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat163, <16 x float> %f16167, <16 x float> %pacc.sroa.60.0)
  %699 = add nsw i32 %kpv155, 1
  br label %kpv

exit154:                                          ; preds = %kpv
  store <16 x float> %pacc.sroa.0.0, ptr %582, align 64
  store <16 x float> %pacc.sroa.4.0, ptr %586, align 64
  store <16 x float> %pacc.sroa.8.0, ptr %590, align 64
  store <16 x float> %pacc.sroa.12.0, ptr %594, align 64
  store <16 x float> %pacc.sroa.16.0, ptr %601, align 64
  store <16 x float> %pacc.sroa.20.0, ptr %605, align 64
  store <16 x float> %pacc.sroa.24.0, ptr %609, align 64
  store <16 x float> %pacc.sroa.28.0, ptr %613, align 64
  store <16 x float> %pacc.sroa.32.0, ptr %620, align 64
  store <16 x float> %pacc.sroa.36.0, ptr %624, align 64
  store <16 x float> %pacc.sroa.40.0, ptr %628, align 64
  store <16 x float> %pacc.sroa.44.0, ptr %632, align 64
  store <16 x float> %pacc.sroa.48.0, ptr %639, align 64
  store <16 x float> %pacc.sroa.52.0, ptr %643, align 64
  store <16 x float> %pacc.sroa.56.0, ptr %647, align 64
  store <16 x float> %pacc.sroa.60.0, ptr %651, align 64
  %700 = add nsw i64 %pvpass147, 1
  br label %pvpass

orow168:                                          ; preds = %kblock, %written
  %orow172 = phi i32 [ %722, %written ], [ 0, %kblock ]
  %701 = icmp slt i32 %orow172, %nrows
  br i1 %701, label %body169, label %done

body169:                                          ; preds = %orow168
  %702 = sext i32 %orow172 to i64
  %703 = getelementptr float, ptr %ms, i64 %702
  %m173 = load float, ptr %703, align 4
  %704 = getelementptr float, ptr %ls, i64 %702
  %l174 = load float, ptr %704, align 4
  %705 = mul i64 %702, 4096
  %706 = getelementptr float, ptr %accs, i64 %705
  %707 = icmp ne ptr %part, null
  br i1 %707, label %partial, label %final

partial:                                          ; preds = %body169
  %708 = sext i32 %nrows to i64
  %709 = getelementptr float, ptr %part, i64 %705
  br label %chunk175

final:                                            ; preds = %body169
  %710 = sdiv i32 %orow172, %nh
  %qi180 = add i32 %q_begin, %710
  %711 = srem i32 %orow172, %nh
  %712 = add i32 %h_begin, %711
  %713 = mul i32 %kv_head, 32
  %hq181 = add i32 %713, %712
  %714 = sext i32 %qi180 to i64
  %715 = add i64 %q_row0, %714
  %716 = mul i64 %715, 32
  %717 = sext i32 %hq181 to i64
  %orow182 = add i64 %716, %717
  %718 = fcmp oeq float %l174, 0.000000e+00
  %719 = fdiv float 1.000000e+00, %l174
  %720 = select i1 %718, float 0.000000e+00, float %719
  %721 = insertelement <16 x float> poison, float %720, i32 0
  %splat183 = shufflevector <16 x float> %721, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk184

written:                                          ; preds = %exit187, %exit178
  %722 = add nsw i32 %orow172, 1
  br label %orow168

chunk175:                                         ; preds = %body176, %partial
  %chunk179 = phi i64 [ 0, %partial ], [ %728, %body176 ]
  %723 = icmp slt i64 %chunk179, 256
  br i1 %723, label %body176, label %exit178

body176:                                          ; preds = %chunk175
  %724 = getelementptr <16 x float>, ptr %706, i64 %chunk179
  %725 = load <16 x float>, ptr %724, align 64
  %726 = mul i64 %chunk179, 64
  %727 = getelementptr i8, ptr %709, i64 %726
  store <16 x float> %725, ptr %727, align 4
  %728 = add nsw i64 %chunk179, 1
  br label %chunk175

exit178:                                          ; preds = %chunk175
  %729 = mul i64 %708, 4096
  %730 = add i64 %729, %702
  %731 = getelementptr float, ptr %part, i64 %730
  store float %m173, ptr %731, align 4
  %732 = add i64 %730, %708
  %733 = getelementptr float, ptr %part, i64 %732
  store float %l174, ptr %733, align 4
  br label %written

chunk184:                                         ; preds = %body185, %final
  %chunk188 = phi i64 [ 0, %final ], [ %740, %body185 ]
  %734 = icmp slt i64 %chunk188, 256
  br i1 %734, label %body185, label %exit187

body185:                                          ; preds = %chunk184
  %735 = getelementptr <16 x float>, ptr %706, i64 %chunk188
  %736 = load <16 x float>, ptr %735, align 64
  %737 = fmul <16 x float> %736, %splat183
  %738 = mul i64 %chunk188, 64
  %739 = getelementptr i8, ptr %706, i64 %738
  store <16 x float> %737, ptr %739, align 4
  %740 = add nsw i64 %chunk188, 1
  br label %chunk184

exit187:                                          ; preds = %chunk184
  %u = select i1 %718, ptr null, ptr %706
  call void @slim_mha_project(ptr %0, ptr %u, i64 %orow182)
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
