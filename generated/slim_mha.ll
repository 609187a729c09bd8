; ModuleID = 'slim_mha'
source_filename = "slim_mha"
target triple = "x86_64-unknown-linux-gnu"

@slim_mha.name = private unnamed_addr constant [9 x i8] c"slim_mha\00"
@slim_mha.spec = private unnamed_addr constant [379 x i8] c"attncc: 1\0Aname: slim_mha\0Aphase: decode\0Akind: self\0Aheads: {q: 32, kv: 32, dim: 128, v_dim: 128}\0Atypes: {q: f16, cache: f16, out: f16}\0Ascale: auto\0Acache: {store: k_only, layout: contiguous, order: token_major, capacity: 4096, latent_dim: 0, rope_dim: 0, shared_across_layers: false}\0Amask: {causal: true}\0Aoutput: {lse: false}\0Aslim: {order: auto}\0Amodel: {layers: 32, d_model: 4096}\0A\00"
@slim_mha_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32, ptr, i32, i32, i32, i32, float, i32 } { i32 6, i32 1, i64 -3213467963543886239, ptr @slim_mha.name, ptr @slim_mha.spec, i32 32, i32 32, i32 128, i32 128, i32 1, i32 1, i32 1, i32 0, i32 0, i32 0, i32 4096, i32 1, i32 0, float 0x3FB6A09E60000000, i32 1, i32 4096, i32 0, ptr null, i32 0, i32 0, i32 0, i32 0, float 0.000000e+00, i32 0 }, align 8
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
  %rinit1 = phi i32 [ %66, %exit8 ], [ 0, %entry ]
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
  %h = add i32 %h_begin, %31
  %32 = mul i32 %kv_head, 32
  %hq = add i32 %32, %h
  %33 = sext i32 %qi to i64
  %34 = add i64 %q_row0, %33
  %35 = mul i64 %34, 32
  %36 = sext i32 %hq to i64
  %orow = add i64 %35, %36
  %37 = mul i64 %orow, 256
  %38 = getelementptr i8, ptr %q, i64 %37
  %39 = select i1 %27, float 0x3FC0527DC0000000, float 0.000000e+00
  %40 = insertelement <16 x float> poison, float %39, i32 0
  %splat = shufflevector <16 x float> %40, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

exit:                                             ; preds = %rinit
  %41 = sub i32 %nrows, 1
  %42 = sdiv i32 %41, %nh
  %43 = add i32 %q_begin, %42
  %44 = add i32 %q_pos0, %43
  %45 = add i32 %44, 1
  %46 = call i32 @llvm.smin.i32(i32 %45, i32 %k_end)
  %k_last = sub i32 %46, 1
  br label %kblock

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %53, %body2 ]
  %47 = icmp slt i64 %chunk5, 8
  br i1 %47, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %48 = mul i64 %chunk5, 32
  %49 = getelementptr i8, ptr %38, i64 %48
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
  %57 = add i32 %q_pos0, %qi
  %58 = add i32 %57, 1
  %59 = call i32 @llvm.smin.i32(i32 %58, i32 %k_end)
  store i32 %59, ptr %56, align 4
  br label %acczero

acczero:                                          ; preds = %body6, %exit4
  %acczero9 = phi i64 [ 0, %exit4 ], [ %65, %body6 ]
  %60 = icmp slt i64 %acczero9, 256
  br i1 %60, label %body6, label %exit8

body6:                                            ; preds = %acczero
  %61 = mul i64 %acczero9, 16
  %62 = mul i64 %24, 4096
  %63 = add i64 %62, %61
  %64 = getelementptr float, ptr %accs, i64 %63
  store <16 x float> zeroinitializer, ptr %64, align 64
  %65 = add nsw i64 %acczero9, 1
  br label %acczero

exit8:                                            ; preds = %acczero
  %66 = add nsw i32 %rinit1, 1
  br label %rinit

kblock:                                           ; preds = %pvpass, %exit
  %kblock13 = phi i32 [ %k_begin, %exit ], [ %68, %pvpass ]
  %67 = icmp slt i32 %kblock13, %46
  br i1 %67, label %body10, label %orow168

body10:                                           ; preds = %kblock
  %68 = add i32 %kblock13, 64
  %69 = sext i32 %h_begin to i64
  %slice = mul i64 %69, 128
  %70 = add i32 %h_begin, 1
  %71 = sext i32 %70 to i64
  %slice14 = mul i64 %71, 128
  %72 = add i32 %h_begin, 2
  %73 = sext i32 %72 to i64
  %slice15 = mul i64 %73, 128
  %74 = add i32 %h_begin, 3
  %75 = sext i32 %74 to i64
  %slice16 = mul i64 %75, 128
  br label %kdot

kdot:                                             ; preds = %body17, %body10
  %kdot20 = phi i32 [ 0, %body10 ], [ %387, %body17 ]
  %76 = icmp slt i32 %kdot20, 64
  br i1 %76, label %body17, label %score

body17:                                           ; preds = %kdot
  %77 = add i32 %kblock13, %kdot20
  %78 = call i32 @llvm.smin.i32(i32 %77, i32 %k_last)
  %79 = sext i32 %78 to i64
  %row = add i64 %21, %79
  %80 = mul i64 %row, 8192
  %81 = getelementptr i8, ptr %20, i64 %80
  %82 = add i32 %kdot20, 1
  %83 = add i32 %kblock13, %82
  %84 = call i32 @llvm.smin.i32(i32 %83, i32 %k_last)
  %85 = sext i32 %84 to i64
  %row21 = add i64 %21, %85
  %86 = mul i64 %row21, 8192
  %87 = getelementptr i8, ptr %20, i64 %86
  %q22 = load <16 x float>, ptr %qs, align 64
  %88 = mul i64 %slice, 2
  %89 = getelementptr i8, ptr %81, i64 %88
  %90 = load <16 x half>, ptr %89, align 2
  %f1623 = fpext <16 x half> %90 to <16 x float>
  %91 = getelementptr i8, ptr %87, i64 %88
  %92 = load <16 x half>, ptr %91, align 2
  %f1624 = fpext <16 x half> %92 to <16 x float>
  %93 = fmul <16 x float> %q22, %f1623
  %94 = fmul <16 x float> %q22, %f1624
  %95 = getelementptr <16 x float>, ptr %qs, i64 8
  %q25 = load <16 x float>, ptr %95, align 64
  %96 = mul i64 %slice14, 2
  %97 = getelementptr i8, ptr %81, i64 %96
  %98 = load <16 x half>, ptr %97, align 2
  %f1626 = fpext <16 x half> %98 to <16 x float>
  %99 = getelementptr i8, ptr %87, i64 %96
  %100 = load <16 x half>, ptr %99, align 2
  %f1627 = fpext <16 x half> %100 to <16 x float>
  %101 = fmul <16 x float> %q25, %f1626
  %102 = fmul <16 x float> %q25, %f1627
  %103 = getelementptr <16 x float>, ptr %qs, i64 16
  %q28 = load <16 x float>, ptr %103, align 64
  %104 = mul i64 %slice15, 2
  %105 = getelementptr i8, ptr %81, i64 %104
  %106 = load <16 x half>, ptr %105, align 2
  %f1629 = fpext <16 x half> %106 to <16 x float>
  %107 = getelementptr i8, ptr %87, i64 %104
  %108 = load <16 x half>, ptr %107, align 2
  %f1630 = fpext <16 x half> %108 to <16 x float>
  %109 = fmul <16 x float> %q28, %f1629
  %110 = fmul <16 x float> %q28, %f1630
  %111 = getelementptr <16 x float>, ptr %qs, i64 24
  %q31 = load <16 x float>, ptr %111, align 64
  %112 = mul i64 %slice16, 2
  %113 = getelementptr i8, ptr %81, i64 %112
  %114 = load <16 x half>, ptr %113, align 2
  %f1632 = fpext <16 x half> %114 to <16 x float>
  %115 = getelementptr i8, ptr %87, i64 %112
  %116 = load <16 x half>, ptr %115, align 2
  %f1633 = fpext <16 x half> %116 to <16 x float>
  %117 = fmul <16 x float> %q31, %f1632
  %118 = fmul <16 x float> %q31, %f1633
  %119 = getelementptr <16 x float>, ptr %qs, i64 1
  %q34 = load <16 x float>, ptr %119, align 64
  %120 = add i64 %slice, 16
  %121 = mul i64 %120, 2
  %122 = getelementptr i8, ptr %81, i64 %121
  %123 = load <16 x half>, ptr %122, align 2
  %f1635 = fpext <16 x half> %123 to <16 x float>
  %124 = getelementptr i8, ptr %87, i64 %121
  %125 = load <16 x half>, ptr %124, align 2
  %f1636 = fpext <16 x half> %125 to <16 x float>
  %126 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %f1635, <16 x float> %93)
  %127 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %f1636, <16 x float> %94)
  %128 = getelementptr <16 x float>, ptr %qs, i64 9
  %q37 = load <16 x float>, ptr %128, align 64
  %129 = add i64 %slice14, 16
  %130 = mul i64 %129, 2
  %131 = getelementptr i8, ptr %81, i64 %130
  %132 = load <16 x half>, ptr %131, align 2
  %f1638 = fpext <16 x half> %132 to <16 x float>
  %133 = getelementptr i8, ptr %87, i64 %130
  %134 = load <16 x half>, ptr %133, align 2
  %f1639 = fpext <16 x half> %134 to <16 x float>
  %135 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %f1638, <16 x float> %101)
  %136 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %f1639, <16 x float> %102)
  %137 = getelementptr <16 x float>, ptr %qs, i64 17
  %q40 = load <16 x float>, ptr %137, align 64
  %138 = add i64 %slice15, 16
  %139 = mul i64 %138, 2
  %140 = getelementptr i8, ptr %81, i64 %139
  %141 = load <16 x half>, ptr %140, align 2
  %f1641 = fpext <16 x half> %141 to <16 x float>
  %142 = getelementptr i8, ptr %87, i64 %139
  %143 = load <16 x half>, ptr %142, align 2
  %f1642 = fpext <16 x half> %143 to <16 x float>
  %144 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q40, <16 x float> %f1641, <16 x float> %109)
  %145 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q40, <16 x float> %f1642, <16 x float> %110)
  %146 = getelementptr <16 x float>, ptr %qs, i64 25
  %q43 = load <16 x float>, ptr %146, align 64
  %147 = add i64 %slice16, 16
  %148 = mul i64 %147, 2
  %149 = getelementptr i8, ptr %81, i64 %148
  %150 = load <16 x half>, ptr %149, align 2
  %f1644 = fpext <16 x half> %150 to <16 x float>
  %151 = getelementptr i8, ptr %87, i64 %148
  %152 = load <16 x half>, ptr %151, align 2
  %f1645 = fpext <16 x half> %152 to <16 x float>
  %153 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q43, <16 x float> %f1644, <16 x float> %117)
  %154 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q43, <16 x float> %f1645, <16 x float> %118)
  %155 = getelementptr <16 x float>, ptr %qs, i64 2
  %q46 = load <16 x float>, ptr %155, align 64
  %156 = add i64 %slice, 32
  %157 = mul i64 %156, 2
  %158 = getelementptr i8, ptr %81, i64 %157
  %159 = load <16 x half>, ptr %158, align 2
  %f1647 = fpext <16 x half> %159 to <16 x float>
  %160 = getelementptr i8, ptr %87, i64 %157
  %161 = load <16 x half>, ptr %160, align 2
  %f1648 = fpext <16 x half> %161 to <16 x float>
  %162 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q46, <16 x float> %f1647, <16 x float> %126)
  %163 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q46, <16 x float> %f1648, <16 x float> %127)
  %164 = getelementptr <16 x float>, ptr %qs, i64 10
  %q49 = load <16 x float>, ptr %164, align 64
  %165 = add i64 %slice14, 32
  %166 = mul i64 %165, 2
  %167 = getelementptr i8, ptr %81, i64 %166
  %168 = load <16 x half>, ptr %167, align 2
  %f1650 = fpext <16 x half> %168 to <16 x float>
  %169 = getelementptr i8, ptr %87, i64 %166
  %170 = load <16 x half>, ptr %169, align 2
  %f1651 = fpext <16 x half> %170 to <16 x float>
  %171 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q49, <16 x float> %f1650, <16 x float> %135)
  %172 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q49, <16 x float> %f1651, <16 x float> %136)
  %173 = getelementptr <16 x float>, ptr %qs, i64 18
  %q52 = load <16 x float>, ptr %173, align 64
  %174 = add i64 %slice15, 32
  %175 = mul i64 %174, 2
  %176 = getelementptr i8, ptr %81, i64 %175
  %177 = load <16 x half>, ptr %176, align 2
  %f1653 = fpext <16 x half> %177 to <16 x float>
  %178 = getelementptr i8, ptr %87, i64 %175
  %179 = load <16 x half>, ptr %178, align 2
  %f1654 = fpext <16 x half> %179 to <16 x float>
  %180 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q52, <16 x float> %f1653, <16 x float> %144)
  %181 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q52, <16 x float> %f1654, <16 x float> %145)
  %182 = getelementptr <16 x float>, ptr %qs, i64 26
  %q55 = load <16 x float>, ptr %182, align 64
  %183 = add i64 %slice16, 32
  %184 = mul i64 %183, 2
  %185 = getelementptr i8, ptr %81, i64 %184
  %186 = load <16 x half>, ptr %185, align 2
  %f1656 = fpext <16 x half> %186 to <16 x float>
  %187 = getelementptr i8, ptr %87, i64 %184
  %188 = load <16 x half>, ptr %187, align 2
  %f1657 = fpext <16 x half> %188 to <16 x float>
  %189 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q55, <16 x float> %f1656, <16 x float> %153)
  %190 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q55, <16 x float> %f1657, <16 x float> %154)
  %191 = getelementptr <16 x float>, ptr %qs, i64 3
  %q58 = load <16 x float>, ptr %191, align 64
  %192 = add i64 %slice, 48
  %193 = mul i64 %192, 2
  %194 = getelementptr i8, ptr %81, i64 %193
  %195 = load <16 x half>, ptr %194, align 2
  %f1659 = fpext <16 x half> %195 to <16 x float>
  %196 = getelementptr i8, ptr %87, i64 %193
  %197 = load <16 x half>, ptr %196, align 2
  %f1660 = fpext <16 x half> %197 to <16 x float>
  %198 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q58, <16 x float> %f1659, <16 x float> %162)
  %199 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q58, <16 x float> %f1660, <16 x float> %163)
  %200 = getelementptr <16 x float>, ptr %qs, i64 11
  %q61 = load <16 x float>, ptr %200, align 64
  %201 = add i64 %slice14, 48
  %202 = mul i64 %201, 2
  %203 = getelementptr i8, ptr %81, i64 %202
  %204 = load <16 x half>, ptr %203, align 2
  %f1662 = fpext <16 x half> %204 to <16 x float>
  %205 = getelementptr i8, ptr %87, i64 %202
  %206 = load <16 x half>, ptr %205, align 2
  %f1663 = fpext <16 x half> %206 to <16 x float>
  %207 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q61, <16 x float> %f1662, <16 x float> %171)
  %208 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q61, <16 x float> %f1663, <16 x float> %172)
  %209 = getelementptr <16 x float>, ptr %qs, i64 19
  %q64 = load <16 x float>, ptr %209, align 64
  %210 = add i64 %slice15, 48
  %211 = mul i64 %210, 2
  %212 = getelementptr i8, ptr %81, i64 %211
  %213 = load <16 x half>, ptr %212, align 2
  %f1665 = fpext <16 x half> %213 to <16 x float>
  %214 = getelementptr i8, ptr %87, i64 %211
  %215 = load <16 x half>, ptr %214, align 2
  %f1666 = fpext <16 x half> %215 to <16 x float>
  %216 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q64, <16 x float> %f1665, <16 x float> %180)
  %217 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q64, <16 x float> %f1666, <16 x float> %181)
  %218 = getelementptr <16 x float>, ptr %qs, i64 27
  %q67 = load <16 x float>, ptr %218, align 64
  %219 = add i64 %slice16, 48
  %220 = mul i64 %219, 2
  %221 = getelementptr i8, ptr %81, i64 %220
  %222 = load <16 x half>, ptr %221, align 2
  %f1668 = fpext <16 x half> %222 to <16 x float>
  %223 = getelementptr i8, ptr %87, i64 %220
  %224 = load <16 x half>, ptr %223, align 2
  %f1669 = fpext <16 x half> %224 to <16 x float>
  %225 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q67, <16 x float> %f1668, <16 x float> %189)
  %226 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q67, <16 x float> %f1669, <16 x float> %190)
  %227 = getelementptr <16 x float>, ptr %qs, i64 4
  %q70 = load <16 x float>, ptr %227, align 64
  %228 = add i64 %slice, 64
  %229 = mul i64 %228, 2
  %230 = getelementptr i8, ptr %81, i64 %229
  %231 = load <16 x half>, ptr %230, align 2
  %f1671 = fpext <16 x half> %231 to <16 x float>
  %232 = getelementptr i8, ptr %87, i64 %229
  %233 = load <16 x half>, ptr %232, align 2
  %f1672 = fpext <16 x half> %233 to <16 x float>
  %234 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q70, <16 x float> %f1671, <16 x float> %198)
  %235 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q70, <16 x float> %f1672, <16 x float> %199)
  %236 = getelementptr <16 x float>, ptr %qs, i64 12
  %q73 = load <16 x float>, ptr %236, align 64
  %237 = add i64 %slice14, 64
  %238 = mul i64 %237, 2
  %239 = getelementptr i8, ptr %81, i64 %238
  %240 = load <16 x half>, ptr %239, align 2
  %f1674 = fpext <16 x half> %240 to <16 x float>
  %241 = getelementptr i8, ptr %87, i64 %238
  %242 = load <16 x half>, ptr %241, align 2
  %f1675 = fpext <16 x half> %242 to <16 x float>
  %243 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q73, <16 x float> %f1674, <16 x float> %207)
  %244 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q73, <16 x float> %f1675, <16 x float> %208)
  %245 = getelementptr <16 x float>, ptr %qs, i64 20
  %q76 = load <16 x float>, ptr %245, align 64
  %246 = add i64 %slice15, 64
  %247 = mul i64 %246, 2
  %248 = getelementptr i8, ptr %81, i64 %247
  %249 = load <16 x half>, ptr %248, align 2
  %f1677 = fpext <16 x half> %249 to <16 x float>
  %250 = getelementptr i8, ptr %87, i64 %247
  %251 = load <16 x half>, ptr %250, align 2
  %f1678 = fpext <16 x half> %251 to <16 x float>
  %252 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q76, <16 x float> %f1677, <16 x float> %216)
  %253 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q76, <16 x float> %f1678, <16 x float> %217)
  %254 = getelementptr <16 x float>, ptr %qs, i64 28
  %q79 = load <16 x float>, ptr %254, align 64
  %255 = add i64 %slice16, 64
  %256 = mul i64 %255, 2
  %257 = getelementptr i8, ptr %81, i64 %256
  %258 = load <16 x half>, ptr %257, align 2
  %f1680 = fpext <16 x half> %258 to <16 x float>
  %259 = getelementptr i8, ptr %87, i64 %256
  %260 = load <16 x half>, ptr %259, align 2
  %f1681 = fpext <16 x half> %260 to <16 x float>
  %261 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q79, <16 x float> %f1680, <16 x float> %225)
  %262 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q79, <16 x float> %f1681, <16 x float> %226)
  %263 = getelementptr <16 x float>, ptr %qs, i64 5
  %q82 = load <16 x float>, ptr %263, align 64
  %264 = add i64 %slice, 80
  %265 = mul i64 %264, 2
  %266 = getelementptr i8, ptr %81, i64 %265
  %267 = load <16 x half>, ptr %266, align 2
  %f1683 = fpext <16 x half> %267 to <16 x float>
  %268 = getelementptr i8, ptr %87, i64 %265
  %269 = load <16 x half>, ptr %268, align 2
  %f1684 = fpext <16 x half> %269 to <16 x float>
  %270 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q82, <16 x float> %f1683, <16 x float> %234)
  %271 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q82, <16 x float> %f1684, <16 x float> %235)
  %272 = getelementptr <16 x float>, ptr %qs, i64 13
  %q85 = load <16 x float>, ptr %272, align 64
  %273 = add i64 %slice14, 80
  %274 = mul i64 %273, 2
  %275 = getelementptr i8, ptr %81, i64 %274
  %276 = load <16 x half>, ptr %275, align 2
  %f1686 = fpext <16 x half> %276 to <16 x float>
  %277 = getelementptr i8, ptr %87, i64 %274
  %278 = load <16 x half>, ptr %277, align 2
  %f1687 = fpext <16 x half> %278 to <16 x float>
  %279 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q85, <16 x float> %f1686, <16 x float> %243)
  %280 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q85, <16 x float> %f1687, <16 x float> %244)
  %281 = getelementptr <16 x float>, ptr %qs, i64 21
  %q88 = load <16 x float>, ptr %281, align 64
  %282 = add i64 %slice15, 80
  %283 = mul i64 %282, 2
  %284 = getelementptr i8, ptr %81, i64 %283
  %285 = load <16 x half>, ptr %284, align 2
  %f1689 = fpext <16 x half> %285 to <16 x float>
  %286 = getelementptr i8, ptr %87, i64 %283
  %287 = load <16 x half>, ptr %286, align 2
  %f1690 = fpext <16 x half> %287 to <16 x float>
  %288 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q88, <16 x float> %f1689, <16 x float> %252)
  %289 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q88, <16 x float> %f1690, <16 x float> %253)
  %290 = getelementptr <16 x float>, ptr %qs, i64 29
  %q91 = load <16 x float>, ptr %290, align 64
  %291 = add i64 %slice16, 80
  %292 = mul i64 %291, 2
  %293 = getelementptr i8, ptr %81, i64 %292
  %294 = load <16 x half>, ptr %293, align 2
  %f1692 = fpext <16 x half> %294 to <16 x float>
  %295 = getelementptr i8, ptr %87, i64 %292
  %296 = load <16 x half>, ptr %295, align 2
  %f1693 = fpext <16 x half> %296 to <16 x float>
  %297 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q91, <16 x float> %f1692, <16 x float> %261)
  %298 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q91, <16 x float> %f1693, <16 x float> %262)
  %299 = getelementptr <16 x float>, ptr %qs, i64 6
  %q94 = load <16 x float>, ptr %299, align 64
  %300 = add i64 %slice, 96
  %301 = mul i64 %300, 2
  %302 = getelementptr i8, ptr %81, i64 %301
  %303 = load <16 x half>, ptr %302, align 2
  %f1695 = fpext <16 x half> %303 to <16 x float>
  %304 = getelementptr i8, ptr %87, i64 %301
  %305 = load <16 x half>, ptr %304, align 2
  %f1696 = fpext <16 x half> %305 to <16 x float>
  %306 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q94, <16 x float> %f1695, <16 x float> %270)
  %307 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q94, <16 x float> %f1696, <16 x float> %271)
  %308 = getelementptr <16 x float>, ptr %qs, i64 14
  %q97 = load <16 x float>, ptr %308, align 64
  %309 = add i64 %slice14, 96
  %310 = mul i64 %309, 2
  %311 = getelementptr i8, ptr %81, i64 %310
  %312 = load <16 x half>, ptr %311, align 2
  %f1698 = fpext <16 x half> %312 to <16 x float>
  %313 = getelementptr i8, ptr %87, i64 %310
  %314 = load <16 x half>, ptr %313, align 2
  %f1699 = fpext <16 x half> %314 to <16 x float>
  %315 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q97, <16 x float> %f1698, <16 x float> %279)
  %316 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q97, <16 x float> %f1699, <16 x float> %280)
  %317 = getelementptr <16 x float>, ptr %qs, i64 22
  %q100 = load <16 x float>, ptr %317, align 64
  %318 = add i64 %slice15, 96
  %319 = mul i64 %318, 2
  %320 = getelementptr i8, ptr %81, i64 %319
  %321 = load <16 x half>, ptr %320, align 2
  %f16101 = fpext <16 x half> %321 to <16 x float>
  %322 = getelementptr i8, ptr %87, i64 %319
  %323 = load <16 x half>, ptr %322, align 2
  %f16102 = fpext <16 x half> %323 to <16 x float>
  %324 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q100, <16 x float> %f16101, <16 x float> %288)
  %325 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q100, <16 x float> %f16102, <16 x float> %289)
  %326 = getelementptr <16 x float>, ptr %qs, i64 30
  %q103 = load <16 x float>, ptr %326, align 64
  %327 = add i64 %slice16, 96
  %328 = mul i64 %327, 2
  %329 = getelementptr i8, ptr %81, i64 %328
  %330 = load <16 x half>, ptr %329, align 2
  %f16104 = fpext <16 x half> %330 to <16 x float>
  %331 = getelementptr i8, ptr %87, i64 %328
  %332 = load <16 x half>, ptr %331, align 2
  %f16105 = fpext <16 x half> %332 to <16 x float>
  %333 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q103, <16 x float> %f16104, <16 x float> %297)
  %334 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q103, <16 x float> %f16105, <16 x float> %298)
  %335 = getelementptr <16 x float>, ptr %qs, i64 7
  %q106 = load <16 x float>, ptr %335, align 64
  %336 = add i64 %slice, 112
  %337 = mul i64 %336, 2
  %338 = getelementptr i8, ptr %81, i64 %337
  %339 = load <16 x half>, ptr %338, align 2
  %f16107 = fpext <16 x half> %339 to <16 x float>
  %340 = getelementptr i8, ptr %87, i64 %337
  %341 = load <16 x half>, ptr %340, align 2
  %f16108 = fpext <16 x half> %341 to <16 x float>
  %342 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q106, <16 x float> %f16107, <16 x float> %306)
  %343 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q106, <16 x float> %f16108, <16 x float> %307)
  %344 = getelementptr <16 x float>, ptr %qs, i64 15
  %q109 = load <16 x float>, ptr %344, align 64
  %345 = add i64 %slice14, 112
  %346 = mul i64 %345, 2
  %347 = getelementptr i8, ptr %81, i64 %346
  %348 = load <16 x half>, ptr %347, align 2
  %f16110 = fpext <16 x half> %348 to <16 x float>
  %349 = getelementptr i8, ptr %87, i64 %346
  %350 = load <16 x half>, ptr %349, align 2
  %f16111 = fpext <16 x half> %350 to <16 x float>
  %351 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q109, <16 x float> %f16110, <16 x float> %315)
  %352 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q109, <16 x float> %f16111, <16 x float> %316)
  %353 = getelementptr <16 x float>, ptr %qs, i64 23
  %q112 = load <16 x float>, ptr %353, align 64
  %354 = add i64 %slice15, 112
  %355 = mul i64 %354, 2
  %356 = getelementptr i8, ptr %81, i64 %355
  %357 = load <16 x half>, ptr %356, align 2
  %f16113 = fpext <16 x half> %357 to <16 x float>
  %358 = getelementptr i8, ptr %87, i64 %355
  %359 = load <16 x half>, ptr %358, align 2
  %f16114 = fpext <16 x half> %359 to <16 x float>
  %360 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q112, <16 x float> %f16113, <16 x float> %324)
  %361 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q112, <16 x float> %f16114, <16 x float> %325)
  %362 = getelementptr <16 x float>, ptr %qs, i64 31
  %q115 = load <16 x float>, ptr %362, align 64
  %363 = add i64 %slice16, 112
  %364 = mul i64 %363, 2
  %365 = getelementptr i8, ptr %81, i64 %364
  %366 = load <16 x half>, ptr %365, align 2
  %f16116 = fpext <16 x half> %366 to <16 x float>
  %367 = getelementptr i8, ptr %87, i64 %364
  %368 = load <16 x half>, ptr %367, align 2
  %f16117 = fpext <16 x half> %368 to <16 x float>
  %369 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q115, <16 x float> %f16116, <16 x float> %333)
  %370 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q115, <16 x float> %f16117, <16 x float> %334)
  %371 = sext i32 %kdot20 to i64
  %372 = getelementptr <16 x float>, ptr %dbuf, i64 %371
  store <16 x float> %342, ptr %372, align 64
  %373 = sext i32 %82 to i64
  %374 = getelementptr <16 x float>, ptr %dbuf, i64 %373
  store <16 x float> %343, ptr %374, align 64
  %375 = add i64 64, %371
  %376 = getelementptr <16 x float>, ptr %dbuf, i64 %375
  store <16 x float> %351, ptr %376, align 64
  %377 = add i64 64, %373
  %378 = getelementptr <16 x float>, ptr %dbuf, i64 %377
  store <16 x float> %352, ptr %378, align 64
  %379 = add i64 128, %371
  %380 = getelementptr <16 x float>, ptr %dbuf, i64 %379
  store <16 x float> %360, ptr %380, align 64
  %381 = add i64 128, %373
  %382 = getelementptr <16 x float>, ptr %dbuf, i64 %381
  store <16 x float> %361, ptr %382, align 64
  %383 = add i64 192, %371
  %384 = getelementptr <16 x float>, ptr %dbuf, i64 %383
  store <16 x float> %369, ptr %384, align 64
  %385 = add i64 192, %373
  %386 = getelementptr <16 x float>, ptr %dbuf, i64 %385
  store <16 x float> %370, ptr %386, align 64
  %387 = add nsw i32 %kdot20, 2
  br label %kdot

score:                                            ; preds = %kdot, %body118
  %score121 = phi i64 [ %500, %body118 ], [ 0, %kdot ]
  %388 = icmp slt i64 %score121, 16
  br i1 %388, label %body118, label %rmax

body118:                                          ; preds = %score
  %389 = sdiv i64 %score121, 4
  %390 = srem i64 %score121, 4
  %391 = mul i64 %390, 16
  %392 = mul i64 %389, 64
  %393 = add i64 %392, %391
  %394 = getelementptr <16 x float>, ptr %dbuf, i64 %393
  %395 = load <16 x float>, ptr %394, align 64
  %396 = add i64 %393, 1
  %397 = getelementptr <16 x float>, ptr %dbuf, i64 %396
  %398 = load <16 x float>, ptr %397, align 64
  %399 = shufflevector <16 x float> %395, <16 x float> %398, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %400 = shufflevector <16 x float> %395, <16 x float> %398, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %401 = fadd <16 x float> %399, %400
  %402 = add i64 %393, 2
  %403 = getelementptr <16 x float>, ptr %dbuf, i64 %402
  %404 = load <16 x float>, ptr %403, align 64
  %405 = add i64 %393, 3
  %406 = getelementptr <16 x float>, ptr %dbuf, i64 %405
  %407 = load <16 x float>, ptr %406, align 64
  %408 = shufflevector <16 x float> %404, <16 x float> %407, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %409 = shufflevector <16 x float> %404, <16 x float> %407, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %410 = fadd <16 x float> %408, %409
  %411 = shufflevector <16 x float> %401, <16 x float> %410, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %412 = shufflevector <16 x float> %401, <16 x float> %410, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %413 = fadd <16 x float> %411, %412
  %414 = add i64 %393, 4
  %415 = getelementptr <16 x float>, ptr %dbuf, i64 %414
  %416 = load <16 x float>, ptr %415, align 64
  %417 = add i64 %393, 5
  %418 = getelementptr <16 x float>, ptr %dbuf, i64 %417
  %419 = load <16 x float>, ptr %418, align 64
  %420 = shufflevector <16 x float> %416, <16 x float> %419, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %421 = shufflevector <16 x float> %416, <16 x float> %419, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %422 = fadd <16 x float> %420, %421
  %423 = add i64 %393, 6
  %424 = getelementptr <16 x float>, ptr %dbuf, i64 %423
  %425 = load <16 x float>, ptr %424, align 64
  %426 = add i64 %393, 7
  %427 = getelementptr <16 x float>, ptr %dbuf, i64 %426
  %428 = load <16 x float>, ptr %427, align 64
  %429 = shufflevector <16 x float> %425, <16 x float> %428, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %430 = shufflevector <16 x float> %425, <16 x float> %428, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %431 = fadd <16 x float> %429, %430
  %432 = shufflevector <16 x float> %422, <16 x float> %431, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %433 = shufflevector <16 x float> %422, <16 x float> %431, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %434 = fadd <16 x float> %432, %433
  %435 = shufflevector <16 x float> %413, <16 x float> %434, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %436 = shufflevector <16 x float> %413, <16 x float> %434, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %437 = fadd <16 x float> %435, %436
  %438 = add i64 %393, 8
  %439 = getelementptr <16 x float>, ptr %dbuf, i64 %438
  %440 = load <16 x float>, ptr %439, align 64
  %441 = add i64 %393, 9
  %442 = getelementptr <16 x float>, ptr %dbuf, i64 %441
  %443 = load <16 x float>, ptr %442, align 64
  %444 = shufflevector <16 x float> %440, <16 x float> %443, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %445 = shufflevector <16 x float> %440, <16 x float> %443, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %446 = fadd <16 x float> %444, %445
  %447 = add i64 %393, 10
  %448 = getelementptr <16 x float>, ptr %dbuf, i64 %447
  %449 = load <16 x float>, ptr %448, align 64
  %450 = add i64 %393, 11
  %451 = getelementptr <16 x float>, ptr %dbuf, i64 %450
  %452 = load <16 x float>, ptr %451, align 64
  %453 = shufflevector <16 x float> %449, <16 x float> %452, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %454 = shufflevector <16 x float> %449, <16 x float> %452, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %455 = fadd <16 x float> %453, %454
  %456 = shufflevector <16 x float> %446, <16 x float> %455, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %457 = shufflevector <16 x float> %446, <16 x float> %455, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %458 = fadd <16 x float> %456, %457
  %459 = add i64 %393, 12
  %460 = getelementptr <16 x float>, ptr %dbuf, i64 %459
  %461 = load <16 x float>, ptr %460, align 64
  %462 = add i64 %393, 13
  %463 = getelementptr <16 x float>, ptr %dbuf, i64 %462
  %464 = load <16 x float>, ptr %463, align 64
  %465 = shufflevector <16 x float> %461, <16 x float> %464, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %466 = shufflevector <16 x float> %461, <16 x float> %464, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %467 = fadd <16 x float> %465, %466
  %468 = add i64 %393, 14
  %469 = getelementptr <16 x float>, ptr %dbuf, i64 %468
  %470 = load <16 x float>, ptr %469, align 64
  %471 = add i64 %393, 15
  %472 = getelementptr <16 x float>, ptr %dbuf, i64 %471
  %473 = load <16 x float>, ptr %472, align 64
  %474 = shufflevector <16 x float> %470, <16 x float> %473, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %475 = shufflevector <16 x float> %470, <16 x float> %473, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %476 = fadd <16 x float> %474, %475
  %477 = shufflevector <16 x float> %467, <16 x float> %476, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %478 = shufflevector <16 x float> %467, <16 x float> %476, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %479 = fadd <16 x float> %477, %478
  %480 = shufflevector <16 x float> %458, <16 x float> %479, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %481 = shufflevector <16 x float> %458, <16 x float> %479, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %482 = fadd <16 x float> %480, %481
  %483 = shufflevector <16 x float> %437, <16 x float> %482, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %484 = shufflevector <16 x float> %437, <16 x float> %482, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %485 = fadd <16 x float> %483, %484
  %486 = getelementptr i32, ptr %lims, i64 %389
  %lim = load i32, ptr %486, align 4
  %487 = insertelement <16 x i32> poison, i32 %lim, i32 0
  %splat122 = shufflevector <16 x i32> %487, <16 x i32> poison, <16 x i32> zeroinitializer
  %488 = trunc i64 %391 to i32
  %489 = add i32 %kblock13, %488
  %490 = insertelement <16 x i32> poison, i32 %489, i32 0
  %splat123 = shufflevector <16 x i32> %490, <16 x i32> poison, <16 x i32> zeroinitializer
  %491 = add <16 x i32> %splat123, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %492 = icmp slt <16 x i32> %491, %splat122
  %493 = select <16 x i1> %492, <16 x float> %485, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %494 = getelementptr float, ptr %pbuf, i64 %393
  store <16 x float> %493, ptr %494, align 64
  %495 = getelementptr <16 x float>, ptr %smax, i64 %389
  %496 = icmp eq i64 %390, 0
  %497 = load <16 x float>, ptr %495, align 64
  %498 = select i1 %496, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <16 x float> %497
  %499 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %498, <16 x float> %493)
  store <16 x float> %499, ptr %495, align 64
  %500 = add nsw i64 %score121, 1
  br label %score

rmax:                                             ; preds = %score, %body124
  %rmax127 = phi i64 [ %537, %body124 ], [ 0, %score ]
  %501 = icmp slt i64 %rmax127, 4
  br i1 %501, label %body124, label %pexp

body124:                                          ; preds = %rmax
  %502 = getelementptr float, ptr %ms, i64 %rmax127
  %m = load float, ptr %502, align 4
  %503 = getelementptr <16 x float>, ptr %smax, i64 %rmax127
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
  %muse128 = select i1 %519, float 0.000000e+00, float %518
  %520 = fsub float %m, %muse128
  %521 = insertelement <16 x float> poison, float %520, i32 0
  %splat129 = shufflevector <16 x float> %521, <16 x float> poison, <16 x i32> zeroinitializer
  %522 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat129, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
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
  %alpha130 = extractelement <16 x float> %exp2, i32 0
  store float %518, ptr %502, align 4
  %535 = getelementptr float, ptr %muse, i64 %rmax127
  store float %muse128, ptr %535, align 4
  %536 = getelementptr float, ptr %alpha, i64 %rmax127
  store float %alpha130, ptr %536, align 4
  %537 = add nsw i64 %rmax127, 1
  br label %rmax

pexp:                                             ; preds = %rmax, %body131
  %pexp134 = phi i64 [ %568, %body131 ], [ 0, %rmax ]
  %538 = icmp slt i64 %pexp134, 16
  br i1 %538, label %body131, label %lsum139

body131:                                          ; preds = %pexp
  %539 = sdiv i64 %pexp134, 4
  %540 = srem i64 %pexp134, 4
  %541 = mul i64 %540, 16
  %542 = mul i64 %539, 64
  %543 = add i64 %542, %541
  %544 = getelementptr float, ptr %pbuf, i64 %543
  %545 = getelementptr float, ptr %muse, i64 %539
  %546 = load float, ptr %545, align 4
  %547 = insertelement <16 x float> poison, float %546, i32 0
  %splat135 = shufflevector <16 x float> %547, <16 x float> poison, <16 x i32> zeroinitializer
  %548 = load <16 x float>, ptr %544, align 64
  %549 = fsub <16 x float> %548, %splat135
  %550 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %549, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %551 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %550, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %552 = fadd <16 x float> %551, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n136 = fsub <16 x float> %552, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f137 = fsub <16 x float> %551, %n136
  %553 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f137, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %554 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %553, <16 x float> %f137, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %555 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %554, <16 x float> %f137, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %556 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %555, <16 x float> %f137, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %557 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %556, <16 x float> %f137, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %558 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %557, <16 x float> %f137, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %559 = fptosi <16 x float> %n136 to <16 x i32>
  %560 = add <16 x i32> %559, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %561 = shl <16 x i32> %560, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %562 = bitcast <16 x i32> %561 to <16 x float>
  %exp2138 = fmul <16 x float> %558, %562
  store <16 x float> %exp2138, ptr %544, align 64
  %563 = getelementptr <16 x float>, ptr %lsum, i64 %539
  %564 = icmp eq i64 %540, 0
  %565 = load <16 x float>, ptr %563, align 64
  %566 = select i1 %564, <16 x float> zeroinitializer, <16 x float> %565
  %567 = fadd <16 x float> %566, %exp2138
  store <16 x float> %567, ptr %563, align 64
  %568 = add nsw i64 %pexp134, 1
  br label %pexp

lsum139:                                          ; preds = %pexp, %body140
  %lsum143 = phi i64 [ %577, %body140 ], [ 0, %pexp ]
  %569 = icmp slt i64 %lsum143, 4
  br i1 %569, label %body140, label %exit142

body140:                                          ; preds = %lsum139
  %570 = getelementptr float, ptr %ls, i64 %lsum143
  %571 = getelementptr float, ptr %alpha, i64 %lsum143
  %572 = load float, ptr %571, align 4
  %573 = getelementptr <16 x float>, ptr %lsum, i64 %lsum143
  %574 = load <16 x float>, ptr %573, align 64
  %575 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %574)
  %l = load float, ptr %570, align 4
  %576 = call float @llvm.fmuladd.f32(float %l, float %572, float %575)
  store float %576, ptr %570, align 4
  %577 = add nsw i64 %lsum143, 1
  br label %lsum139

exit142:                                          ; preds = %lsum139
  %578 = sub i32 %46, %kblock13
  %579 = call i32 @llvm.smin.i32(i32 64, i32 %578)
  br label %pvpass

pvpass:                                           ; preds = %exit154, %exit142
  %pvpass147 = phi i64 [ 0, %exit142 ], [ %702, %exit154 ]
  %580 = icmp slt i64 %pvpass147, 64
  br i1 %580, label %body144, label %kblock

body144:                                          ; preds = %pvpass
  %c0 = mul i64 %pvpass147, 4
  %c0e = mul i64 %c0, 16
  %581 = mul i64 %c0e, 16
  %582 = load float, ptr %alpha, align 4
  %583 = insertelement <16 x float> poison, float %582, i32 0
  %splat148 = shufflevector <16 x float> %583, <16 x float> poison, <16 x i32> zeroinitializer
  %584 = getelementptr float, ptr %accs, i64 %c0e
  %585 = load <16 x float>, ptr %584, align 64
  %586 = fmul <16 x float> %585, %splat148
  %587 = add i64 %c0e, 16
  %588 = getelementptr float, ptr %accs, i64 %587
  %589 = load <16 x float>, ptr %588, align 64
  %590 = fmul <16 x float> %589, %splat148
  %591 = add i64 %c0e, 32
  %592 = getelementptr float, ptr %accs, i64 %591
  %593 = load <16 x float>, ptr %592, align 64
  %594 = fmul <16 x float> %593, %splat148
  %595 = add i64 %c0e, 48
  %596 = getelementptr float, ptr %accs, i64 %595
  %597 = load <16 x float>, ptr %596, align 64
  %598 = fmul <16 x float> %597, %splat148
  %599 = getelementptr float, ptr %alpha, i64 1
  %600 = load float, ptr %599, align 4
  %601 = insertelement <16 x float> poison, float %600, i32 0
  %splat149 = shufflevector <16 x float> %601, <16 x float> poison, <16 x i32> zeroinitializer
  %602 = add i64 %c0e, 4096
  %603 = getelementptr float, ptr %accs, i64 %602
  %604 = load <16 x float>, ptr %603, align 64
  %605 = fmul <16 x float> %604, %splat149
  %606 = add i64 %c0e, 4112
  %607 = getelementptr float, ptr %accs, i64 %606
  %608 = load <16 x float>, ptr %607, align 64
  %609 = fmul <16 x float> %608, %splat149
  %610 = add i64 %c0e, 4128
  %611 = getelementptr float, ptr %accs, i64 %610
  %612 = load <16 x float>, ptr %611, align 64
  %613 = fmul <16 x float> %612, %splat149
  %614 = add i64 %c0e, 4144
  %615 = getelementptr float, ptr %accs, i64 %614
  %616 = load <16 x float>, ptr %615, align 64
  %617 = fmul <16 x float> %616, %splat149
  %618 = getelementptr float, ptr %alpha, i64 2
  %619 = load float, ptr %618, align 4
  %620 = insertelement <16 x float> poison, float %619, i32 0
  %splat150 = shufflevector <16 x float> %620, <16 x float> poison, <16 x i32> zeroinitializer
  %621 = add i64 %c0e, 8192
  %622 = getelementptr float, ptr %accs, i64 %621
  %623 = load <16 x float>, ptr %622, align 64
  %624 = fmul <16 x float> %623, %splat150
  %625 = add i64 %c0e, 8208
  %626 = getelementptr float, ptr %accs, i64 %625
  %627 = load <16 x float>, ptr %626, align 64
  %628 = fmul <16 x float> %627, %splat150
  %629 = add i64 %c0e, 8224
  %630 = getelementptr float, ptr %accs, i64 %629
  %631 = load <16 x float>, ptr %630, align 64
  %632 = fmul <16 x float> %631, %splat150
  %633 = add i64 %c0e, 8240
  %634 = getelementptr float, ptr %accs, i64 %633
  %635 = load <16 x float>, ptr %634, align 64
  %636 = fmul <16 x float> %635, %splat150
  %637 = getelementptr float, ptr %alpha, i64 3
  %638 = load float, ptr %637, align 4
  %639 = insertelement <16 x float> poison, float %638, i32 0
  %splat151 = shufflevector <16 x float> %639, <16 x float> poison, <16 x i32> zeroinitializer
  %640 = add i64 %c0e, 12288
  %641 = getelementptr float, ptr %accs, i64 %640
  %642 = load <16 x float>, ptr %641, align 64
  %643 = fmul <16 x float> %642, %splat151
  %644 = add i64 %c0e, 12304
  %645 = getelementptr float, ptr %accs, i64 %644
  %646 = load <16 x float>, ptr %645, align 64
  %647 = fmul <16 x float> %646, %splat151
  %648 = add i64 %c0e, 12320
  %649 = getelementptr float, ptr %accs, i64 %648
  %650 = load <16 x float>, ptr %649, align 64
  %651 = fmul <16 x float> %650, %splat151
  %652 = add i64 %c0e, 12336
  %653 = getelementptr float, ptr %accs, i64 %652
  %654 = load <16 x float>, ptr %653, align 64
  %655 = fmul <16 x float> %654, %splat151
  br label %kpv

kpv:                                              ; preds = %body152, %body144
  %pacc.sroa.60.0 = phi <16 x float> [ %655, %body144 ], [ %700, %body152 ]
  %pacc.sroa.56.0 = phi <16 x float> [ %651, %body144 ], [ %693, %body152 ]
  %pacc.sroa.52.0 = phi <16 x float> [ %647, %body144 ], [ %686, %body152 ]
  %pacc.sroa.48.0 = phi <16 x float> [ %643, %body144 ], [ %679, %body152 ]
  %pacc.sroa.44.0 = phi <16 x float> [ %636, %body144 ], [ %699, %body152 ]
  %pacc.sroa.40.0 = phi <16 x float> [ %632, %body144 ], [ %692, %body152 ]
  %pacc.sroa.36.0 = phi <16 x float> [ %628, %body144 ], [ %685, %body152 ]
  %pacc.sroa.32.0 = phi <16 x float> [ %624, %body144 ], [ %678, %body152 ]
  %pacc.sroa.28.0 = phi <16 x float> [ %617, %body144 ], [ %698, %body152 ]
  %pacc.sroa.24.0 = phi <16 x float> [ %613, %body144 ], [ %691, %body152 ]
  %pacc.sroa.20.0 = phi <16 x float> [ %609, %body144 ], [ %684, %body152 ]
  %pacc.sroa.16.0 = phi <16 x float> [ %605, %body144 ], [ %677, %body152 ]
  %pacc.sroa.12.0 = phi <16 x float> [ %598, %body144 ], [ %697, %body152 ]
  %pacc.sroa.8.0 = phi <16 x float> [ %594, %body144 ], [ %690, %body152 ]
  %pacc.sroa.4.0 = phi <16 x float> [ %590, %body144 ], [ %683, %body152 ]
  %pacc.sroa.0.0 = phi <16 x float> [ %586, %body144 ], [ %676, %body152 ]
  %kpv155 = phi i32 [ 0, %body144 ], [ %701, %body152 ]
  %656 = icmp slt i32 %kpv155, %579
  br i1 %656, label %body152, label %exit154

body152:                                          ; preds = %kpv
  %657 = add i32 %kblock13, %kpv155
  %658 = sext i32 %657 to i64
  %row156 = add i64 %21, %658
  %659 = mul i64 %row156, 8192
  %660 = getelementptr i8, ptr %20, i64 %659
  %661 = sext i32 %kpv155 to i64
  %662 = getelementptr float, ptr %pbuf, i64 %661
  %p = load float, ptr %662, align 4
  %663 = insertelement <16 x float> poison, float %p, i32 0
  %splat157 = shufflevector <16 x float> %663, <16 x float> poison, <16 x i32> zeroinitializer
  %664 = add i64 64, %661
  %665 = getelementptr float, ptr %pbuf, i64 %664
  %p158 = load float, ptr %665, align 4
  %666 = insertelement <16 x float> poison, float %p158, i32 0
  %splat159 = shufflevector <16 x float> %666, <16 x float> poison, <16 x i32> zeroinitializer
  %667 = add i64 128, %661
  %668 = getelementptr float, ptr %pbuf, i64 %667
  %p160 = load float, ptr %668, align 4
  %669 = insertelement <16 x float> poison, float %p160, i32 0
  %splat161 = shufflevector <16 x float> %669, <16 x float> poison, <16 x i32> zeroinitializer
  %670 = add i64 192, %661
  %671 = getelementptr float, ptr %pbuf, i64 %670
  %p162 = load float, ptr %671, align 4
  %672 = insertelement <16 x float> poison, float %p162, i32 0
  %splat163 = shufflevector <16 x float> %672, <16 x float> poison, <16 x i32> zeroinitializer
  %673 = mul i64 %c0e, 2
  %674 = getelementptr i8, ptr %660, i64 %673
  %675 = load <16 x half>, ptr %674, align 2
  %f16164 = fpext <16 x half> %675 to <16 x float>
  %676 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat157, <16 x float> %f16164, <16 x float> %pacc.sroa.0.0)
  %677 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat159, <16 x float> %f16164, <16 x float> %pacc.sroa.16.0)
  %678 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat161, <16 x float> %f16164, <16 x float> %pacc.sroa.32.0)
  %679 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat163, <16 x float> %f16164, <16 x float> %pacc.sroa.48.0)
  %680 = mul i64 %587, 2
  %681 = getelementptr i8, ptr %660, i64 %680
  %682 = load <16 x half>, ptr %681, align 2
  %f16165 = fpext <16 x half> %682 to <16 x float>
  %683 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat157, <16 x float> %f16165, <16 x float> %pacc.sroa.4.0)
  %684 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat159, <16 x float> %f16165, <16 x float> %pacc.sroa.20.0)
  %685 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat161, <16 x float> %f16165, <16 x float> %pacc.sroa.36.0)
  %686 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat163, <16 x float> %f16165, <16 x float> %pacc.sroa.52.0)
  %687 = mul i64 %591, 2
  %688 = getelementptr i8, ptr %660, i64 %687
  %689 = load <16 x half>, ptr %688, align 2
  %f16166 = fpext <16 x half> %689 to <16 x float>
  %690 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat157, <16 x float> %f16166, <16 x float> %pacc.sroa.8.0)
  %691 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat159, <16 x float> %f16166, <16 x float> %pacc.sroa.24.0)
  %692 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat161, <16 x float> %f16166, <16 x float> %pacc.sroa.40.0)
  %693 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat163, <16 x float> %f16166, <16 x float> %pacc.sroa.56.0)
  %694 = mul i64 %595, 2
  %695 = getelementptr i8, ptr %660, i64 %694
  %696 = load <16 x half>, ptr %695, align 2
  %f16167 = fpext <16 x half> %696 to <16 x float>
  %697 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat157, <16 x float> %f16167, <16 x float> %pacc.sroa.12.0)
  %698 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat159, <16 x float> %f16167, <16 x float> %pacc.sroa.28.0)
  %699 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat161, <16 x float> %f16167, <16 x float> %pacc.sroa.44.0)
  %700 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat163, <16 x float> %f16167, <16 x float> %pacc.sroa.60.0)
  %701 = add nsw i32 %kpv155, 1
  br label %kpv

exit154:                                          ; preds = %kpv
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
  %702 = add nsw i64 %pvpass147, 1
  br label %pvpass

orow168:                                          ; preds = %kblock, %written
  %orow172 = phi i32 [ %723, %written ], [ 0, %kblock ]
  %703 = icmp slt i32 %orow172, %nrows
  br i1 %703, label %body169, label %done

body169:                                          ; preds = %orow168
  %704 = sext i32 %orow172 to i64
  %705 = getelementptr float, ptr %ms, i64 %704
  %m173 = load float, ptr %705, align 4
  %706 = getelementptr float, ptr %ls, i64 %704
  %l174 = load float, ptr %706, align 4
  %707 = mul i64 %704, 4096
  %708 = getelementptr float, ptr %accs, i64 %707
  %709 = icmp ne ptr %part, null
  br i1 %709, label %partial, label %final

partial:                                          ; preds = %body169
  %710 = sext i32 %nrows to i64
  %711 = getelementptr float, ptr %part, i64 %707
  br label %chunk175

final:                                            ; preds = %body169
  %712 = sdiv i32 %orow172, %nh
  %qi180 = add i32 %q_begin, %712
  %713 = srem i32 %orow172, %nh
  %h181 = add i32 %h_begin, %713
  %714 = mul i32 %kv_head, 32
  %hq182 = add i32 %714, %h181
  %715 = sext i32 %qi180 to i64
  %716 = add i64 %q_row0, %715
  %717 = mul i64 %716, 32
  %718 = sext i32 %hq182 to i64
  %orow183 = add i64 %717, %718
  %719 = fcmp oeq float %l174, 0.000000e+00
  %720 = fdiv float 1.000000e+00, %l174
  %721 = select i1 %719, float 0.000000e+00, float %720
  %722 = insertelement <16 x float> poison, float %721, i32 0
  %splat184 = shufflevector <16 x float> %722, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk185

written:                                          ; preds = %exit188, %exit178
  %723 = add nsw i32 %orow172, 1
  br label %orow168

chunk175:                                         ; preds = %body176, %partial
  %chunk179 = phi i64 [ 0, %partial ], [ %729, %body176 ]
  %724 = icmp slt i64 %chunk179, 256
  br i1 %724, label %body176, label %exit178

body176:                                          ; preds = %chunk175
  %725 = getelementptr <16 x float>, ptr %708, i64 %chunk179
  %726 = load <16 x float>, ptr %725, align 64
  %727 = mul i64 %chunk179, 64
  %728 = getelementptr i8, ptr %711, i64 %727
  store <16 x float> %726, ptr %728, align 4
  %729 = add nsw i64 %chunk179, 1
  br label %chunk175

exit178:                                          ; preds = %chunk175
  %730 = mul i64 %710, 4096
  %731 = add i64 %730, %704
  %732 = getelementptr float, ptr %part, i64 %731
  store float %m173, ptr %732, align 4
  %733 = add i64 %731, %710
  %734 = getelementptr float, ptr %part, i64 %733
  store float %l174, ptr %734, align 4
  br label %written

chunk185:                                         ; preds = %body186, %final
  %chunk189 = phi i64 [ 0, %final ], [ %741, %body186 ]
  %735 = icmp slt i64 %chunk189, 256
  br i1 %735, label %body186, label %exit188

body186:                                          ; preds = %chunk185
  %736 = getelementptr <16 x float>, ptr %708, i64 %chunk189
  %737 = load <16 x float>, ptr %736, align 64
  %738 = fmul <16 x float> %737, %splat184
  %739 = mul i64 %chunk189, 64
  %740 = getelementptr i8, ptr %708, i64 %739
  store <16 x float> %738, ptr %740, align 4
  %741 = add nsw i64 %chunk189, 1
  br label %chunk185

exit188:                                          ; preds = %chunk185
  %u = select i1 %719, ptr null, ptr %708
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
