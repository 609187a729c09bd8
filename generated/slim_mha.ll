; ModuleID = 'slim_mha'
source_filename = "slim_mha"
target triple = "x86_64-unknown-linux-gnu"

@slim_mha.name = private unnamed_addr constant [9 x i8] c"slim_mha\00"
@slim_mha.spec = private unnamed_addr constant [379 x i8] c"attncc: 1\0Aname: slim_mha\0Aphase: decode\0Akind: self\0Aheads: {q: 32, kv: 32, dim: 128, v_dim: 128}\0Atypes: {q: f16, cache: f16, out: f16}\0Ascale: auto\0Acache: {store: k_only, layout: contiguous, order: token_major, capacity: 4096, latent_dim: 0, rope_dim: 0, shared_across_layers: false}\0Amask: {causal: true}\0Aoutput: {lse: false}\0Aslim: {order: auto}\0Amodel: {layers: 32, d_model: 4096}\0A\00"
@slim_mha_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32, ptr, i32, i32 } { i32 5, i32 1, i64 -3213467963543886239, ptr @slim_mha.name, ptr @slim_mha.spec, i32 32, i32 32, i32 128, i32 128, i32 1, i32 1, i32 1, i32 0, i32 0, i32 0, i32 4096, i32 1, i32 0, float 0x3FB6A09E60000000, i32 1, i32 4096, i32 0, ptr null, i32 0, i32 0 }, align 8
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
  %12 = getelementptr i8, ptr %1, i64 48
  %part = load ptr, ptr %12, align 8
  %13 = getelementptr i8, ptr %0, i64 32
  %q = load ptr, ptr %13, align 8
  %14 = getelementptr i8, ptr %0, i64 40
  %15 = getelementptr i8, ptr %0, i64 48
  %16 = getelementptr i8, ptr %0, i64 56
  %k_cache = load ptr, ptr %16, align 8
  %17 = sext i32 %seq to i64
  %18 = sext i32 %kv_head to i64
  %19 = mul i64 %17, 4096
  %20 = add i64 %19, %18
  %21 = mul i64 %20, 8192
  %22 = getelementptr i8, ptr %k_cache, i64 %21
  %23 = icmp sgt i32 %nrows, 0
  br i1 %23, label %rinit, label %done

done:                                             ; preds = %orow166, %entry
  ret void

rinit:                                            ; preds = %entry, %exit8
  %rinit1 = phi i32 [ %67, %exit8 ], [ 0, %entry ]
  %24 = icmp slt i32 %rinit1, 4
  br i1 %24, label %body, label %exit

body:                                             ; preds = %rinit
  %25 = sext i32 %rinit1 to i64
  %26 = mul i64 %25, 8
  %27 = getelementptr <16 x float>, ptr %qs, i64 %26
  %28 = icmp slt i32 %rinit1, %nrows
  %29 = sub i32 %nrows, 1
  %30 = call i32 @llvm.smin.i32(i32 %rinit1, i32 %29)
  %31 = sdiv i32 %30, %nh
  %qi = add i32 %q_begin, %31
  %32 = srem i32 %30, %nh
  %h = add i32 %h_begin, %32
  %33 = mul i32 %kv_head, 32
  %hq = add i32 %33, %h
  %34 = sext i32 %qi to i64
  %35 = add i64 %q_row0, %34
  %36 = mul i64 %35, 32
  %37 = sext i32 %hq to i64
  %orow = add i64 %36, %37
  %38 = mul i64 %orow, 256
  %39 = getelementptr i8, ptr %q, i64 %38
  %40 = select i1 %28, float 0x3FC0527DC0000000, float 0.000000e+00
  %41 = insertelement <16 x float> poison, float %40, i32 0
  %splat = shufflevector <16 x float> %41, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

exit:                                             ; preds = %rinit
  %42 = sub i32 %nrows, 1
  %43 = sdiv i32 %42, %nh
  %44 = add i32 %q_begin, %43
  %45 = add i32 %q_pos0, %44
  %46 = add i32 %45, 1
  %47 = call i32 @llvm.smin.i32(i32 %46, i32 %k_end)
  %k_last = sub i32 %47, 1
  br label %kblock

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %54, %body2 ]
  %48 = icmp slt i64 %chunk5, 8
  br i1 %48, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %49 = mul i64 %chunk5, 32
  %50 = getelementptr i8, ptr %39, i64 %49
  %51 = load <16 x half>, ptr %50, align 2
  %f16 = fpext <16 x half> %51 to <16 x float>
  %52 = fmul <16 x float> %f16, %splat
  %53 = getelementptr <16 x float>, ptr %27, i64 %chunk5
  store <16 x float> %52, ptr %53, align 64
  %54 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %55 = getelementptr float, ptr %ms, i64 %25
  store float 0xFFF0000000000000, ptr %55, align 4
  %56 = getelementptr float, ptr %ls, i64 %25
  store float 0.000000e+00, ptr %56, align 4
  %57 = getelementptr i32, ptr %lims, i64 %25
  %58 = add i32 %q_pos0, %qi
  %59 = add i32 %58, 1
  %60 = call i32 @llvm.smin.i32(i32 %59, i32 %k_end)
  store i32 %60, ptr %57, align 4
  br label %acczero

acczero:                                          ; preds = %body6, %exit4
  %acczero9 = phi i64 [ 0, %exit4 ], [ %66, %body6 ]
  %61 = icmp slt i64 %acczero9, 256
  br i1 %61, label %body6, label %exit8

body6:                                            ; preds = %acczero
  %62 = mul i64 %acczero9, 16
  %63 = mul i64 %25, 4096
  %64 = add i64 %63, %62
  %65 = getelementptr float, ptr %accs, i64 %64
  store <16 x float> zeroinitializer, ptr %65, align 64
  %66 = add nsw i64 %acczero9, 1
  br label %acczero

exit8:                                            ; preds = %acczero
  %67 = add nsw i32 %rinit1, 1
  br label %rinit

kblock:                                           ; preds = %pvpass, %exit
  %kblock13 = phi i32 [ %k_begin, %exit ], [ %69, %pvpass ]
  %68 = icmp slt i32 %kblock13, %47
  br i1 %68, label %body10, label %orow166

body10:                                           ; preds = %kblock
  %69 = add i32 %kblock13, 64
  %70 = sext i32 %h_begin to i64
  %slice = mul i64 %70, 256
  %71 = add i32 %h_begin, 1
  %72 = sext i32 %71 to i64
  %slice14 = mul i64 %72, 256
  %73 = add i32 %h_begin, 2
  %74 = sext i32 %73 to i64
  %slice15 = mul i64 %74, 256
  %75 = add i32 %h_begin, 3
  %76 = sext i32 %75 to i64
  %slice16 = mul i64 %76, 256
  br label %kdot

kdot:                                             ; preds = %body17, %body10
  %kdot20 = phi i32 [ 0, %body10 ], [ %356, %body17 ]
  %77 = icmp slt i32 %kdot20, 64
  br i1 %77, label %body17, label %score

body17:                                           ; preds = %kdot
  %78 = add i32 %kblock13, %kdot20
  %79 = call i32 @llvm.smin.i32(i32 %78, i32 %k_last)
  %80 = sext i32 %79 to i64
  %81 = mul i64 %80, 8192
  %82 = getelementptr i8, ptr %22, i64 %81
  %83 = add i32 %kdot20, 1
  %84 = add i32 %kblock13, %83
  %85 = call i32 @llvm.smin.i32(i32 %84, i32 %k_last)
  %86 = sext i32 %85 to i64
  %87 = mul i64 %86, 8192
  %88 = getelementptr i8, ptr %22, i64 %87
  %q21 = load <16 x float>, ptr %qs, align 64
  %89 = getelementptr i8, ptr %82, i64 %slice
  %90 = load <16 x half>, ptr %89, align 2
  %f1622 = fpext <16 x half> %90 to <16 x float>
  %91 = getelementptr i8, ptr %88, i64 %slice
  %92 = load <16 x half>, ptr %91, align 2
  %f1623 = fpext <16 x half> %92 to <16 x float>
  %93 = fmul <16 x float> %q21, %f1622
  %94 = fmul <16 x float> %q21, %f1623
  %95 = getelementptr <16 x float>, ptr %qs, i64 8
  %q24 = load <16 x float>, ptr %95, align 64
  %96 = getelementptr i8, ptr %82, i64 %slice14
  %97 = load <16 x half>, ptr %96, align 2
  %f1625 = fpext <16 x half> %97 to <16 x float>
  %98 = getelementptr i8, ptr %88, i64 %slice14
  %99 = load <16 x half>, ptr %98, align 2
  %f1626 = fpext <16 x half> %99 to <16 x float>
  %100 = fmul <16 x float> %q24, %f1625
  %101 = fmul <16 x float> %q24, %f1626
  %102 = getelementptr <16 x float>, ptr %qs, i64 16
  %q27 = load <16 x float>, ptr %102, align 64
  %103 = getelementptr i8, ptr %82, i64 %slice15
  %104 = load <16 x half>, ptr %103, align 2
  %f1628 = fpext <16 x half> %104 to <16 x float>
  %105 = getelementptr i8, ptr %88, i64 %slice15
  %106 = load <16 x half>, ptr %105, align 2
  %f1629 = fpext <16 x half> %106 to <16 x float>
  %107 = fmul <16 x float> %q27, %f1628
  %108 = fmul <16 x float> %q27, %f1629
  %109 = getelementptr <16 x float>, ptr %qs, i64 24
  %q30 = load <16 x float>, ptr %109, align 64
  %110 = getelementptr i8, ptr %82, i64 %slice16
  %111 = load <16 x half>, ptr %110, align 2
  %f1631 = fpext <16 x half> %111 to <16 x float>
  %112 = getelementptr i8, ptr %88, i64 %slice16
  %113 = load <16 x half>, ptr %112, align 2
  %f1632 = fpext <16 x half> %113 to <16 x float>
  %114 = fmul <16 x float> %q30, %f1631
  %115 = fmul <16 x float> %q30, %f1632
  %116 = getelementptr <16 x float>, ptr %qs, i64 1
  %q33 = load <16 x float>, ptr %116, align 64
  %117 = add i64 %slice, 32
  %118 = getelementptr i8, ptr %82, i64 %117
  %119 = load <16 x half>, ptr %118, align 2
  %f1634 = fpext <16 x half> %119 to <16 x float>
  %120 = getelementptr i8, ptr %88, i64 %117
  %121 = load <16 x half>, ptr %120, align 2
  %f1635 = fpext <16 x half> %121 to <16 x float>
  %122 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %f1634, <16 x float> %93)
  %123 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %f1635, <16 x float> %94)
  %124 = getelementptr <16 x float>, ptr %qs, i64 9
  %q36 = load <16 x float>, ptr %124, align 64
  %125 = add i64 %slice14, 32
  %126 = getelementptr i8, ptr %82, i64 %125
  %127 = load <16 x half>, ptr %126, align 2
  %f1637 = fpext <16 x half> %127 to <16 x float>
  %128 = getelementptr i8, ptr %88, i64 %125
  %129 = load <16 x half>, ptr %128, align 2
  %f1638 = fpext <16 x half> %129 to <16 x float>
  %130 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %f1637, <16 x float> %100)
  %131 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %f1638, <16 x float> %101)
  %132 = getelementptr <16 x float>, ptr %qs, i64 17
  %q39 = load <16 x float>, ptr %132, align 64
  %133 = add i64 %slice15, 32
  %134 = getelementptr i8, ptr %82, i64 %133
  %135 = load <16 x half>, ptr %134, align 2
  %f1640 = fpext <16 x half> %135 to <16 x float>
  %136 = getelementptr i8, ptr %88, i64 %133
  %137 = load <16 x half>, ptr %136, align 2
  %f1641 = fpext <16 x half> %137 to <16 x float>
  %138 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q39, <16 x float> %f1640, <16 x float> %107)
  %139 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q39, <16 x float> %f1641, <16 x float> %108)
  %140 = getelementptr <16 x float>, ptr %qs, i64 25
  %q42 = load <16 x float>, ptr %140, align 64
  %141 = add i64 %slice16, 32
  %142 = getelementptr i8, ptr %82, i64 %141
  %143 = load <16 x half>, ptr %142, align 2
  %f1643 = fpext <16 x half> %143 to <16 x float>
  %144 = getelementptr i8, ptr %88, i64 %141
  %145 = load <16 x half>, ptr %144, align 2
  %f1644 = fpext <16 x half> %145 to <16 x float>
  %146 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q42, <16 x float> %f1643, <16 x float> %114)
  %147 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q42, <16 x float> %f1644, <16 x float> %115)
  %148 = getelementptr <16 x float>, ptr %qs, i64 2
  %q45 = load <16 x float>, ptr %148, align 64
  %149 = add i64 %slice, 64
  %150 = getelementptr i8, ptr %82, i64 %149
  %151 = load <16 x half>, ptr %150, align 2
  %f1646 = fpext <16 x half> %151 to <16 x float>
  %152 = getelementptr i8, ptr %88, i64 %149
  %153 = load <16 x half>, ptr %152, align 2
  %f1647 = fpext <16 x half> %153 to <16 x float>
  %154 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q45, <16 x float> %f1646, <16 x float> %122)
  %155 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q45, <16 x float> %f1647, <16 x float> %123)
  %156 = getelementptr <16 x float>, ptr %qs, i64 10
  %q48 = load <16 x float>, ptr %156, align 64
  %157 = add i64 %slice14, 64
  %158 = getelementptr i8, ptr %82, i64 %157
  %159 = load <16 x half>, ptr %158, align 2
  %f1649 = fpext <16 x half> %159 to <16 x float>
  %160 = getelementptr i8, ptr %88, i64 %157
  %161 = load <16 x half>, ptr %160, align 2
  %f1650 = fpext <16 x half> %161 to <16 x float>
  %162 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q48, <16 x float> %f1649, <16 x float> %130)
  %163 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q48, <16 x float> %f1650, <16 x float> %131)
  %164 = getelementptr <16 x float>, ptr %qs, i64 18
  %q51 = load <16 x float>, ptr %164, align 64
  %165 = add i64 %slice15, 64
  %166 = getelementptr i8, ptr %82, i64 %165
  %167 = load <16 x half>, ptr %166, align 2
  %f1652 = fpext <16 x half> %167 to <16 x float>
  %168 = getelementptr i8, ptr %88, i64 %165
  %169 = load <16 x half>, ptr %168, align 2
  %f1653 = fpext <16 x half> %169 to <16 x float>
  %170 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q51, <16 x float> %f1652, <16 x float> %138)
  %171 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q51, <16 x float> %f1653, <16 x float> %139)
  %172 = getelementptr <16 x float>, ptr %qs, i64 26
  %q54 = load <16 x float>, ptr %172, align 64
  %173 = add i64 %slice16, 64
  %174 = getelementptr i8, ptr %82, i64 %173
  %175 = load <16 x half>, ptr %174, align 2
  %f1655 = fpext <16 x half> %175 to <16 x float>
  %176 = getelementptr i8, ptr %88, i64 %173
  %177 = load <16 x half>, ptr %176, align 2
  %f1656 = fpext <16 x half> %177 to <16 x float>
  %178 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q54, <16 x float> %f1655, <16 x float> %146)
  %179 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q54, <16 x float> %f1656, <16 x float> %147)
  %180 = getelementptr <16 x float>, ptr %qs, i64 3
  %q57 = load <16 x float>, ptr %180, align 64
  %181 = add i64 %slice, 96
  %182 = getelementptr i8, ptr %82, i64 %181
  %183 = load <16 x half>, ptr %182, align 2
  %f1658 = fpext <16 x half> %183 to <16 x float>
  %184 = getelementptr i8, ptr %88, i64 %181
  %185 = load <16 x half>, ptr %184, align 2
  %f1659 = fpext <16 x half> %185 to <16 x float>
  %186 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q57, <16 x float> %f1658, <16 x float> %154)
  %187 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q57, <16 x float> %f1659, <16 x float> %155)
  %188 = getelementptr <16 x float>, ptr %qs, i64 11
  %q60 = load <16 x float>, ptr %188, align 64
  %189 = add i64 %slice14, 96
  %190 = getelementptr i8, ptr %82, i64 %189
  %191 = load <16 x half>, ptr %190, align 2
  %f1661 = fpext <16 x half> %191 to <16 x float>
  %192 = getelementptr i8, ptr %88, i64 %189
  %193 = load <16 x half>, ptr %192, align 2
  %f1662 = fpext <16 x half> %193 to <16 x float>
  %194 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q60, <16 x float> %f1661, <16 x float> %162)
  %195 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q60, <16 x float> %f1662, <16 x float> %163)
  %196 = getelementptr <16 x float>, ptr %qs, i64 19
  %q63 = load <16 x float>, ptr %196, align 64
  %197 = add i64 %slice15, 96
  %198 = getelementptr i8, ptr %82, i64 %197
  %199 = load <16 x half>, ptr %198, align 2
  %f1664 = fpext <16 x half> %199 to <16 x float>
  %200 = getelementptr i8, ptr %88, i64 %197
  %201 = load <16 x half>, ptr %200, align 2
  %f1665 = fpext <16 x half> %201 to <16 x float>
  %202 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q63, <16 x float> %f1664, <16 x float> %170)
  %203 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q63, <16 x float> %f1665, <16 x float> %171)
  %204 = getelementptr <16 x float>, ptr %qs, i64 27
  %q66 = load <16 x float>, ptr %204, align 64
  %205 = add i64 %slice16, 96
  %206 = getelementptr i8, ptr %82, i64 %205
  %207 = load <16 x half>, ptr %206, align 2
  %f1667 = fpext <16 x half> %207 to <16 x float>
  %208 = getelementptr i8, ptr %88, i64 %205
  %209 = load <16 x half>, ptr %208, align 2
  %f1668 = fpext <16 x half> %209 to <16 x float>
  %210 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q66, <16 x float> %f1667, <16 x float> %178)
  %211 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q66, <16 x float> %f1668, <16 x float> %179)
  %212 = getelementptr <16 x float>, ptr %qs, i64 4
  %q69 = load <16 x float>, ptr %212, align 64
  %213 = add i64 %slice, 128
  %214 = getelementptr i8, ptr %82, i64 %213
  %215 = load <16 x half>, ptr %214, align 2
  %f1670 = fpext <16 x half> %215 to <16 x float>
  %216 = getelementptr i8, ptr %88, i64 %213
  %217 = load <16 x half>, ptr %216, align 2
  %f1671 = fpext <16 x half> %217 to <16 x float>
  %218 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q69, <16 x float> %f1670, <16 x float> %186)
  %219 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q69, <16 x float> %f1671, <16 x float> %187)
  %220 = getelementptr <16 x float>, ptr %qs, i64 12
  %q72 = load <16 x float>, ptr %220, align 64
  %221 = add i64 %slice14, 128
  %222 = getelementptr i8, ptr %82, i64 %221
  %223 = load <16 x half>, ptr %222, align 2
  %f1673 = fpext <16 x half> %223 to <16 x float>
  %224 = getelementptr i8, ptr %88, i64 %221
  %225 = load <16 x half>, ptr %224, align 2
  %f1674 = fpext <16 x half> %225 to <16 x float>
  %226 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q72, <16 x float> %f1673, <16 x float> %194)
  %227 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q72, <16 x float> %f1674, <16 x float> %195)
  %228 = getelementptr <16 x float>, ptr %qs, i64 20
  %q75 = load <16 x float>, ptr %228, align 64
  %229 = add i64 %slice15, 128
  %230 = getelementptr i8, ptr %82, i64 %229
  %231 = load <16 x half>, ptr %230, align 2
  %f1676 = fpext <16 x half> %231 to <16 x float>
  %232 = getelementptr i8, ptr %88, i64 %229
  %233 = load <16 x half>, ptr %232, align 2
  %f1677 = fpext <16 x half> %233 to <16 x float>
  %234 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q75, <16 x float> %f1676, <16 x float> %202)
  %235 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q75, <16 x float> %f1677, <16 x float> %203)
  %236 = getelementptr <16 x float>, ptr %qs, i64 28
  %q78 = load <16 x float>, ptr %236, align 64
  %237 = add i64 %slice16, 128
  %238 = getelementptr i8, ptr %82, i64 %237
  %239 = load <16 x half>, ptr %238, align 2
  %f1679 = fpext <16 x half> %239 to <16 x float>
  %240 = getelementptr i8, ptr %88, i64 %237
  %241 = load <16 x half>, ptr %240, align 2
  %f1680 = fpext <16 x half> %241 to <16 x float>
  %242 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q78, <16 x float> %f1679, <16 x float> %210)
  %243 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q78, <16 x float> %f1680, <16 x float> %211)
  %244 = getelementptr <16 x float>, ptr %qs, i64 5
  %q81 = load <16 x float>, ptr %244, align 64
  %245 = add i64 %slice, 160
  %246 = getelementptr i8, ptr %82, i64 %245
  %247 = load <16 x half>, ptr %246, align 2
  %f1682 = fpext <16 x half> %247 to <16 x float>
  %248 = getelementptr i8, ptr %88, i64 %245
  %249 = load <16 x half>, ptr %248, align 2
  %f1683 = fpext <16 x half> %249 to <16 x float>
  %250 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q81, <16 x float> %f1682, <16 x float> %218)
  %251 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q81, <16 x float> %f1683, <16 x float> %219)
  %252 = getelementptr <16 x float>, ptr %qs, i64 13
  %q84 = load <16 x float>, ptr %252, align 64
  %253 = add i64 %slice14, 160
  %254 = getelementptr i8, ptr %82, i64 %253
  %255 = load <16 x half>, ptr %254, align 2
  %f1685 = fpext <16 x half> %255 to <16 x float>
  %256 = getelementptr i8, ptr %88, i64 %253
  %257 = load <16 x half>, ptr %256, align 2
  %f1686 = fpext <16 x half> %257 to <16 x float>
  %258 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q84, <16 x float> %f1685, <16 x float> %226)
  %259 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q84, <16 x float> %f1686, <16 x float> %227)
  %260 = getelementptr <16 x float>, ptr %qs, i64 21
  %q87 = load <16 x float>, ptr %260, align 64
  %261 = add i64 %slice15, 160
  %262 = getelementptr i8, ptr %82, i64 %261
  %263 = load <16 x half>, ptr %262, align 2
  %f1688 = fpext <16 x half> %263 to <16 x float>
  %264 = getelementptr i8, ptr %88, i64 %261
  %265 = load <16 x half>, ptr %264, align 2
  %f1689 = fpext <16 x half> %265 to <16 x float>
  %266 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q87, <16 x float> %f1688, <16 x float> %234)
  %267 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q87, <16 x float> %f1689, <16 x float> %235)
  %268 = getelementptr <16 x float>, ptr %qs, i64 29
  %q90 = load <16 x float>, ptr %268, align 64
  %269 = add i64 %slice16, 160
  %270 = getelementptr i8, ptr %82, i64 %269
  %271 = load <16 x half>, ptr %270, align 2
  %f1691 = fpext <16 x half> %271 to <16 x float>
  %272 = getelementptr i8, ptr %88, i64 %269
  %273 = load <16 x half>, ptr %272, align 2
  %f1692 = fpext <16 x half> %273 to <16 x float>
  %274 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q90, <16 x float> %f1691, <16 x float> %242)
  %275 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q90, <16 x float> %f1692, <16 x float> %243)
  %276 = getelementptr <16 x float>, ptr %qs, i64 6
  %q93 = load <16 x float>, ptr %276, align 64
  %277 = add i64 %slice, 192
  %278 = getelementptr i8, ptr %82, i64 %277
  %279 = load <16 x half>, ptr %278, align 2
  %f1694 = fpext <16 x half> %279 to <16 x float>
  %280 = getelementptr i8, ptr %88, i64 %277
  %281 = load <16 x half>, ptr %280, align 2
  %f1695 = fpext <16 x half> %281 to <16 x float>
  %282 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q93, <16 x float> %f1694, <16 x float> %250)
  %283 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q93, <16 x float> %f1695, <16 x float> %251)
  %284 = getelementptr <16 x float>, ptr %qs, i64 14
  %q96 = load <16 x float>, ptr %284, align 64
  %285 = add i64 %slice14, 192
  %286 = getelementptr i8, ptr %82, i64 %285
  %287 = load <16 x half>, ptr %286, align 2
  %f1697 = fpext <16 x half> %287 to <16 x float>
  %288 = getelementptr i8, ptr %88, i64 %285
  %289 = load <16 x half>, ptr %288, align 2
  %f1698 = fpext <16 x half> %289 to <16 x float>
  %290 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q96, <16 x float> %f1697, <16 x float> %258)
  %291 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q96, <16 x float> %f1698, <16 x float> %259)
  %292 = getelementptr <16 x float>, ptr %qs, i64 22
  %q99 = load <16 x float>, ptr %292, align 64
  %293 = add i64 %slice15, 192
  %294 = getelementptr i8, ptr %82, i64 %293
  %295 = load <16 x half>, ptr %294, align 2
  %f16100 = fpext <16 x half> %295 to <16 x float>
  %296 = getelementptr i8, ptr %88, i64 %293
  %297 = load <16 x half>, ptr %296, align 2
  %f16101 = fpext <16 x half> %297 to <16 x float>
  %298 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q99, <16 x float> %f16100, <16 x float> %266)
  %299 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q99, <16 x float> %f16101, <16 x float> %267)
  %300 = getelementptr <16 x float>, ptr %qs, i64 30
  %q102 = load <16 x float>, ptr %300, align 64
  %301 = add i64 %slice16, 192
  %302 = getelementptr i8, ptr %82, i64 %301
  %303 = load <16 x half>, ptr %302, align 2
  %f16103 = fpext <16 x half> %303 to <16 x float>
  %304 = getelementptr i8, ptr %88, i64 %301
  %305 = load <16 x half>, ptr %304, align 2
  %f16104 = fpext <16 x half> %305 to <16 x float>
  %306 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q102, <16 x float> %f16103, <16 x float> %274)
  %307 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q102, <16 x float> %f16104, <16 x float> %275)
  %308 = getelementptr <16 x float>, ptr %qs, i64 7
  %q105 = load <16 x float>, ptr %308, align 64
  %309 = add i64 %slice, 224
  %310 = getelementptr i8, ptr %82, i64 %309
  %311 = load <16 x half>, ptr %310, align 2
  %f16106 = fpext <16 x half> %311 to <16 x float>
  %312 = getelementptr i8, ptr %88, i64 %309
  %313 = load <16 x half>, ptr %312, align 2
  %f16107 = fpext <16 x half> %313 to <16 x float>
  %314 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q105, <16 x float> %f16106, <16 x float> %282)
  %315 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q105, <16 x float> %f16107, <16 x float> %283)
  %316 = getelementptr <16 x float>, ptr %qs, i64 15
  %q108 = load <16 x float>, ptr %316, align 64
  %317 = add i64 %slice14, 224
  %318 = getelementptr i8, ptr %82, i64 %317
  %319 = load <16 x half>, ptr %318, align 2
  %f16109 = fpext <16 x half> %319 to <16 x float>
  %320 = getelementptr i8, ptr %88, i64 %317
  %321 = load <16 x half>, ptr %320, align 2
  %f16110 = fpext <16 x half> %321 to <16 x float>
  %322 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q108, <16 x float> %f16109, <16 x float> %290)
  %323 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q108, <16 x float> %f16110, <16 x float> %291)
  %324 = getelementptr <16 x float>, ptr %qs, i64 23
  %q111 = load <16 x float>, ptr %324, align 64
  %325 = add i64 %slice15, 224
  %326 = getelementptr i8, ptr %82, i64 %325
  %327 = load <16 x half>, ptr %326, align 2
  %f16112 = fpext <16 x half> %327 to <16 x float>
  %328 = getelementptr i8, ptr %88, i64 %325
  %329 = load <16 x half>, ptr %328, align 2
  %f16113 = fpext <16 x half> %329 to <16 x float>
  %330 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q111, <16 x float> %f16112, <16 x float> %298)
  %331 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q111, <16 x float> %f16113, <16 x float> %299)
  %332 = getelementptr <16 x float>, ptr %qs, i64 31
  %q114 = load <16 x float>, ptr %332, align 64
  %333 = add i64 %slice16, 224
  %334 = getelementptr i8, ptr %82, i64 %333
  %335 = load <16 x half>, ptr %334, align 2
  %f16115 = fpext <16 x half> %335 to <16 x float>
  %336 = getelementptr i8, ptr %88, i64 %333
  %337 = load <16 x half>, ptr %336, align 2
  %f16116 = fpext <16 x half> %337 to <16 x float>
  %338 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q114, <16 x float> %f16115, <16 x float> %306)
  %339 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q114, <16 x float> %f16116, <16 x float> %307)
  %340 = sext i32 %kdot20 to i64
  %341 = getelementptr <16 x float>, ptr %dbuf, i64 %340
  store <16 x float> %314, ptr %341, align 64
  %342 = sext i32 %83 to i64
  %343 = getelementptr <16 x float>, ptr %dbuf, i64 %342
  store <16 x float> %315, ptr %343, align 64
  %344 = add i64 64, %340
  %345 = getelementptr <16 x float>, ptr %dbuf, i64 %344
  store <16 x float> %322, ptr %345, align 64
  %346 = add i64 64, %342
  %347 = getelementptr <16 x float>, ptr %dbuf, i64 %346
  store <16 x float> %323, ptr %347, align 64
  %348 = add i64 128, %340
  %349 = getelementptr <16 x float>, ptr %dbuf, i64 %348
  store <16 x float> %330, ptr %349, align 64
  %350 = add i64 128, %342
  %351 = getelementptr <16 x float>, ptr %dbuf, i64 %350
  store <16 x float> %331, ptr %351, align 64
  %352 = add i64 192, %340
  %353 = getelementptr <16 x float>, ptr %dbuf, i64 %352
  store <16 x float> %338, ptr %353, align 64
  %354 = add i64 192, %342
  %355 = getelementptr <16 x float>, ptr %dbuf, i64 %354
  store <16 x float> %339, ptr %355, align 64
  %356 = add nsw i32 %kdot20, 2
  br label %kdot

score:                                            ; preds = %kdot, %body117
  %score120 = phi i64 [ %469, %body117 ], [ 0, %kdot ]
  %357 = icmp slt i64 %score120, 16
  br i1 %357, label %body117, label %rmax

body117:                                          ; preds = %score
  %358 = sdiv i64 %score120, 4
  %359 = srem i64 %score120, 4
  %360 = mul i64 %359, 16
  %361 = mul i64 %358, 64
  %362 = add i64 %361, %360
  %363 = getelementptr <16 x float>, ptr %dbuf, i64 %362
  %364 = load <16 x float>, ptr %363, align 64
  %365 = add i64 %362, 1
  %366 = getelementptr <16 x float>, ptr %dbuf, i64 %365
  %367 = load <16 x float>, ptr %366, align 64
  %368 = shufflevector <16 x float> %364, <16 x float> %367, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %369 = shufflevector <16 x float> %364, <16 x float> %367, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %370 = fadd <16 x float> %368, %369
  %371 = add i64 %362, 2
  %372 = getelementptr <16 x float>, ptr %dbuf, i64 %371
  %373 = load <16 x float>, ptr %372, align 64
  %374 = add i64 %362, 3
  %375 = getelementptr <16 x float>, ptr %dbuf, i64 %374
  %376 = load <16 x float>, ptr %375, align 64
  %377 = shufflevector <16 x float> %373, <16 x float> %376, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %378 = shufflevector <16 x float> %373, <16 x float> %376, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %379 = fadd <16 x float> %377, %378
  %380 = shufflevector <16 x float> %370, <16 x float> %379, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %381 = shufflevector <16 x float> %370, <16 x float> %379, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %382 = fadd <16 x float> %380, %381
  %383 = add i64 %362, 4
  %384 = getelementptr <16 x float>, ptr %dbuf, i64 %383
  %385 = load <16 x float>, ptr %384, align 64
  %386 = add i64 %362, 5
  %387 = getelementptr <16 x float>, ptr %dbuf, i64 %386
  %388 = load <16 x float>, ptr %387, align 64
  %389 = shufflevector <16 x float> %385, <16 x float> %388, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %390 = shufflevector <16 x float> %385, <16 x float> %388, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %391 = fadd <16 x float> %389, %390
  %392 = add i64 %362, 6
  %393 = getelementptr <16 x float>, ptr %dbuf, i64 %392
  %394 = load <16 x float>, ptr %393, align 64
  %395 = add i64 %362, 7
  %396 = getelementptr <16 x float>, ptr %dbuf, i64 %395
  %397 = load <16 x float>, ptr %396, align 64
  %398 = shufflevector <16 x float> %394, <16 x float> %397, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %399 = shufflevector <16 x float> %394, <16 x float> %397, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %400 = fadd <16 x float> %398, %399
  %401 = shufflevector <16 x float> %391, <16 x float> %400, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %402 = shufflevector <16 x float> %391, <16 x float> %400, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %403 = fadd <16 x float> %401, %402
  %404 = shufflevector <16 x float> %382, <16 x float> %403, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %405 = shufflevector <16 x float> %382, <16 x float> %403, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %406 = fadd <16 x float> %404, %405
  %407 = add i64 %362, 8
  %408 = getelementptr <16 x float>, ptr %dbuf, i64 %407
  %409 = load <16 x float>, ptr %408, align 64
  %410 = add i64 %362, 9
  %411 = getelementptr <16 x float>, ptr %dbuf, i64 %410
  %412 = load <16 x float>, ptr %411, align 64
  %413 = shufflevector <16 x float> %409, <16 x float> %412, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %414 = shufflevector <16 x float> %409, <16 x float> %412, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %415 = fadd <16 x float> %413, %414
  %416 = add i64 %362, 10
  %417 = getelementptr <16 x float>, ptr %dbuf, i64 %416
  %418 = load <16 x float>, ptr %417, align 64
  %419 = add i64 %362, 11
  %420 = getelementptr <16 x float>, ptr %dbuf, i64 %419
  %421 = load <16 x float>, ptr %420, align 64
  %422 = shufflevector <16 x float> %418, <16 x float> %421, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %423 = shufflevector <16 x float> %418, <16 x float> %421, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %424 = fadd <16 x float> %422, %423
  %425 = shufflevector <16 x float> %415, <16 x float> %424, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %426 = shufflevector <16 x float> %415, <16 x float> %424, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %427 = fadd <16 x float> %425, %426
  %428 = add i64 %362, 12
  %429 = getelementptr <16 x float>, ptr %dbuf, i64 %428
  %430 = load <16 x float>, ptr %429, align 64
  %431 = add i64 %362, 13
  %432 = getelementptr <16 x float>, ptr %dbuf, i64 %431
  %433 = load <16 x float>, ptr %432, align 64
  %434 = shufflevector <16 x float> %430, <16 x float> %433, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %435 = shufflevector <16 x float> %430, <16 x float> %433, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %436 = fadd <16 x float> %434, %435
  %437 = add i64 %362, 14
  %438 = getelementptr <16 x float>, ptr %dbuf, i64 %437
  %439 = load <16 x float>, ptr %438, align 64
  %440 = add i64 %362, 15
  %441 = getelementptr <16 x float>, ptr %dbuf, i64 %440
  %442 = load <16 x float>, ptr %441, align 64
  %443 = shufflevector <16 x float> %439, <16 x float> %442, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %444 = shufflevector <16 x float> %439, <16 x float> %442, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %445 = fadd <16 x float> %443, %444
  %446 = shufflevector <16 x float> %436, <16 x float> %445, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %447 = shufflevector <16 x float> %436, <16 x float> %445, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %448 = fadd <16 x float> %446, %447
  %449 = shufflevector <16 x float> %427, <16 x float> %448, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %450 = shufflevector <16 x float> %427, <16 x float> %448, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %451 = fadd <16 x float> %449, %450
  %452 = shufflevector <16 x float> %406, <16 x float> %451, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %453 = shufflevector <16 x float> %406, <16 x float> %451, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %454 = fadd <16 x float> %452, %453
  %455 = getelementptr i32, ptr %lims, i64 %358
  %lim = load i32, ptr %455, align 4
  %456 = insertelement <16 x i32> poison, i32 %lim, i32 0
  %splat121 = shufflevector <16 x i32> %456, <16 x i32> poison, <16 x i32> zeroinitializer
  %457 = trunc i64 %360 to i32
  %458 = add i32 %kblock13, %457
  %459 = insertelement <16 x i32> poison, i32 %458, i32 0
  %splat122 = shufflevector <16 x i32> %459, <16 x i32> poison, <16 x i32> zeroinitializer
  %460 = add <16 x i32> %splat122, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %461 = icmp slt <16 x i32> %460, %splat121
  %462 = select <16 x i1> %461, <16 x float> %454, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %463 = getelementptr float, ptr %pbuf, i64 %362
  store <16 x float> %462, ptr %463, align 64
  %464 = getelementptr <16 x float>, ptr %smax, i64 %358
  %465 = icmp eq i64 %359, 0
  %466 = load <16 x float>, ptr %464, align 64
  %467 = select i1 %465, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <16 x float> %466
  %468 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %467, <16 x float> %462)
  store <16 x float> %468, ptr %464, align 64
  %469 = add nsw i64 %score120, 1
  br label %score

rmax:                                             ; preds = %score, %body123
  %rmax126 = phi i64 [ %506, %body123 ], [ 0, %score ]
  %470 = icmp slt i64 %rmax126, 4
  br i1 %470, label %body123, label %pexp

body123:                                          ; preds = %rmax
  %471 = getelementptr float, ptr %ms, i64 %rmax126
  %m = load float, ptr %471, align 4
  %472 = getelementptr <16 x float>, ptr %smax, i64 %rmax126
  %473 = load <16 x float>, ptr %472, align 64
  %474 = shufflevector <16 x float> %473, <16 x float> undef, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %475 = shufflevector <16 x float> %473, <16 x float> undef, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %476 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %474, <8 x float> %475)
  %477 = shufflevector <8 x float> %476, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %478 = shufflevector <8 x float> %476, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %479 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %477, <4 x float> %478)
  %480 = shufflevector <4 x float> %479, <4 x float> undef, <2 x i32> <i32 0, i32 1>
  %481 = shufflevector <4 x float> %479, <4 x float> undef, <2 x i32> <i32 2, i32 3>
  %482 = call <2 x float> @llvm.maxnum.v2f32(<2 x float> %480, <2 x float> %481)
  %483 = shufflevector <2 x float> %482, <2 x float> undef, <1 x i32> zeroinitializer
  %484 = shufflevector <2 x float> %482, <2 x float> undef, <1 x i32> <i32 1>
  %485 = call <1 x float> @llvm.maxnum.v1f32(<1 x float> %483, <1 x float> %484)
  %486 = extractelement <1 x float> %485, i32 0
  %487 = call float @llvm.maxnum.f32(float %m, float %486)
  %488 = fcmp oeq float %487, 0xFFF0000000000000
  %muse127 = select i1 %488, float 0.000000e+00, float %487
  %489 = fsub float %m, %muse127
  %490 = insertelement <16 x float> poison, float %489, i32 0
  %splat128 = shufflevector <16 x float> %490, <16 x float> poison, <16 x i32> zeroinitializer
  %491 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat128, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %492 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %491, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %493 = fadd <16 x float> %492, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %493, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %492, %n
  %494 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %495 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %494, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %496 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %495, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %497 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %496, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %498 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %497, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %499 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %498, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %500 = fptosi <16 x float> %n to <16 x i32>
  %501 = add <16 x i32> %500, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %502 = shl <16 x i32> %501, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %503 = bitcast <16 x i32> %502 to <16 x float>
  %exp2 = fmul <16 x float> %499, %503
  %alpha129 = extractelement <16 x float> %exp2, i32 0
  store float %487, ptr %471, align 4
  %504 = getelementptr float, ptr %muse, i64 %rmax126
  store float %muse127, ptr %504, align 4
  %505 = getelementptr float, ptr %alpha, i64 %rmax126
  store float %alpha129, ptr %505, align 4
  %506 = add nsw i64 %rmax126, 1
  br label %rmax

pexp:                                             ; preds = %rmax, %body130
  %pexp133 = phi i64 [ %537, %body130 ], [ 0, %rmax ]
  %507 = icmp slt i64 %pexp133, 16
  br i1 %507, label %body130, label %lsum138

body130:                                          ; preds = %pexp
  %508 = sdiv i64 %pexp133, 4
  %509 = srem i64 %pexp133, 4
  %510 = mul i64 %509, 16
  %511 = mul i64 %508, 64
  %512 = add i64 %511, %510
  %513 = getelementptr float, ptr %pbuf, i64 %512
  %514 = getelementptr float, ptr %muse, i64 %508
  %515 = load float, ptr %514, align 4
  %516 = insertelement <16 x float> poison, float %515, i32 0
  %splat134 = shufflevector <16 x float> %516, <16 x float> poison, <16 x i32> zeroinitializer
  %517 = load <16 x float>, ptr %513, align 64
  %518 = fsub <16 x float> %517, %splat134
  %519 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %518, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %520 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %519, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %521 = fadd <16 x float> %520, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n135 = fsub <16 x float> %521, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f136 = fsub <16 x float> %520, %n135
  %522 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f136, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %523 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %522, <16 x float> %f136, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %524 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %523, <16 x float> %f136, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %525 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %524, <16 x float> %f136, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %526 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %525, <16 x float> %f136, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %527 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %526, <16 x float> %f136, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %528 = fptosi <16 x float> %n135 to <16 x i32>
  %529 = add <16 x i32> %528, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %530 = shl <16 x i32> %529, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %531 = bitcast <16 x i32> %530 to <16 x float>
  %exp2137 = fmul <16 x float> %527, %531
  store <16 x float> %exp2137, ptr %513, align 64
  %532 = getelementptr <16 x float>, ptr %lsum, i64 %508
  %533 = icmp eq i64 %509, 0
  %534 = load <16 x float>, ptr %532, align 64
  %535 = select i1 %533, <16 x float> zeroinitializer, <16 x float> %534
  %536 = fadd <16 x float> %535, %exp2137
  store <16 x float> %536, ptr %532, align 64
  %537 = add nsw i64 %pexp133, 1
  br label %pexp

lsum138:                                          ; preds = %pexp, %body139
  %lsum142 = phi i64 [ %546, %body139 ], [ 0, %pexp ]
  %538 = icmp slt i64 %lsum142, 4
  br i1 %538, label %body139, label %exit141

body139:                                          ; preds = %lsum138
  %539 = getelementptr float, ptr %ls, i64 %lsum142
  %540 = getelementptr float, ptr %alpha, i64 %lsum142
  %541 = load float, ptr %540, align 4
  %542 = getelementptr <16 x float>, ptr %lsum, i64 %lsum142
  %543 = load <16 x float>, ptr %542, align 64
  %544 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %543)
  %l = load float, ptr %539, align 4
  %545 = call float @llvm.fmuladd.f32(float %l, float %541, float %544)
  store float %545, ptr %539, align 4
  %546 = add nsw i64 %lsum142, 1
  br label %lsum138

exit141:                                          ; preds = %lsum138
  %547 = sub i32 %47, %kblock13
  %548 = call i32 @llvm.smin.i32(i32 64, i32 %547)
  br label %pvpass

pvpass:                                           ; preds = %exit153, %exit141
  %pvpass146 = phi i64 [ 0, %exit141 ], [ %666, %exit153 ]
  %549 = icmp slt i64 %pvpass146, 64
  br i1 %549, label %body143, label %kblock

body143:                                          ; preds = %pvpass
  %c0 = mul i64 %pvpass146, 4
  %c0e = mul i64 %c0, 16
  %c0b = mul i64 %c0e, 2
  %550 = load float, ptr %alpha, align 4
  %551 = insertelement <16 x float> poison, float %550, i32 0
  %splat147 = shufflevector <16 x float> %551, <16 x float> poison, <16 x i32> zeroinitializer
  %552 = getelementptr float, ptr %accs, i64 %c0e
  %553 = load <16 x float>, ptr %552, align 64
  %554 = fmul <16 x float> %553, %splat147
  %555 = add i64 %c0e, 16
  %556 = getelementptr float, ptr %accs, i64 %555
  %557 = load <16 x float>, ptr %556, align 64
  %558 = fmul <16 x float> %557, %splat147
  %559 = add i64 %c0e, 32
  %560 = getelementptr float, ptr %accs, i64 %559
  %561 = load <16 x float>, ptr %560, align 64
  %562 = fmul <16 x float> %561, %splat147
  %563 = add i64 %c0e, 48
  %564 = getelementptr float, ptr %accs, i64 %563
  %565 = load <16 x float>, ptr %564, align 64
  %566 = fmul <16 x float> %565, %splat147
  %567 = getelementptr float, ptr %alpha, i64 1
  %568 = load float, ptr %567, align 4
  %569 = insertelement <16 x float> poison, float %568, i32 0
  %splat148 = shufflevector <16 x float> %569, <16 x float> poison, <16 x i32> zeroinitializer
  %570 = add i64 %c0e, 4096
  %571 = getelementptr float, ptr %accs, i64 %570
  %572 = load <16 x float>, ptr %571, align 64
  %573 = fmul <16 x float> %572, %splat148
  %574 = add i64 %c0e, 4112
  %575 = getelementptr float, ptr %accs, i64 %574
  %576 = load <16 x float>, ptr %575, align 64
  %577 = fmul <16 x float> %576, %splat148
  %578 = add i64 %c0e, 4128
  %579 = getelementptr float, ptr %accs, i64 %578
  %580 = load <16 x float>, ptr %579, align 64
  %581 = fmul <16 x float> %580, %splat148
  %582 = add i64 %c0e, 4144
  %583 = getelementptr float, ptr %accs, i64 %582
  %584 = load <16 x float>, ptr %583, align 64
  %585 = fmul <16 x float> %584, %splat148
  %586 = getelementptr float, ptr %alpha, i64 2
  %587 = load float, ptr %586, align 4
  %588 = insertelement <16 x float> poison, float %587, i32 0
  %splat149 = shufflevector <16 x float> %588, <16 x float> poison, <16 x i32> zeroinitializer
  %589 = add i64 %c0e, 8192
  %590 = getelementptr float, ptr %accs, i64 %589
  %591 = load <16 x float>, ptr %590, align 64
  %592 = fmul <16 x float> %591, %splat149
  %593 = add i64 %c0e, 8208
  %594 = getelementptr float, ptr %accs, i64 %593
  %595 = load <16 x float>, ptr %594, align 64
  %596 = fmul <16 x float> %595, %splat149
  %597 = add i64 %c0e, 8224
  %598 = getelementptr float, ptr %accs, i64 %597
  %599 = load <16 x float>, ptr %598, align 64
  %600 = fmul <16 x float> %599, %splat149
  %601 = add i64 %c0e, 8240
  %602 = getelementptr float, ptr %accs, i64 %601
  %603 = load <16 x float>, ptr %602, align 64
  %604 = fmul <16 x float> %603, %splat149
  %605 = getelementptr float, ptr %alpha, i64 3
  %606 = load float, ptr %605, align 4
  %607 = insertelement <16 x float> poison, float %606, i32 0
  %splat150 = shufflevector <16 x float> %607, <16 x float> poison, <16 x i32> zeroinitializer
  %608 = add i64 %c0e, 12288
  %609 = getelementptr float, ptr %accs, i64 %608
  %610 = load <16 x float>, ptr %609, align 64
  %611 = fmul <16 x float> %610, %splat150
  %612 = add i64 %c0e, 12304
  %613 = getelementptr float, ptr %accs, i64 %612
  %614 = load <16 x float>, ptr %613, align 64
  %615 = fmul <16 x float> %614, %splat150
  %616 = add i64 %c0e, 12320
  %617 = getelementptr float, ptr %accs, i64 %616
  %618 = load <16 x float>, ptr %617, align 64
  %619 = fmul <16 x float> %618, %splat150
  %620 = add i64 %c0e, 12336
  %621 = getelementptr float, ptr %accs, i64 %620
  %622 = load <16 x float>, ptr %621, align 64
  %623 = fmul <16 x float> %622, %splat150
  br label %kpv

kpv:                                              ; preds = %body151, %body143
  %pacc.sroa.60.0 = phi <16 x float> [ %623, %body143 ], [ %664, %body151 ]
  %pacc.sroa.56.0 = phi <16 x float> [ %619, %body143 ], [ %658, %body151 ]
  %pacc.sroa.52.0 = phi <16 x float> [ %615, %body143 ], [ %652, %body151 ]
  %pacc.sroa.48.0 = phi <16 x float> [ %611, %body143 ], [ %646, %body151 ]
  %pacc.sroa.44.0 = phi <16 x float> [ %604, %body143 ], [ %663, %body151 ]
  %pacc.sroa.40.0 = phi <16 x float> [ %600, %body143 ], [ %657, %body151 ]
  %pacc.sroa.36.0 = phi <16 x float> [ %596, %body143 ], [ %651, %body151 ]
  %pacc.sroa.32.0 = phi <16 x float> [ %592, %body143 ], [ %645, %body151 ]
  %pacc.sroa.28.0 = phi <16 x float> [ %585, %body143 ], [ %662, %body151 ]
  %pacc.sroa.24.0 = phi <16 x float> [ %581, %body143 ], [ %656, %body151 ]
  %pacc.sroa.20.0 = phi <16 x float> [ %577, %body143 ], [ %650, %body151 ]
  %pacc.sroa.16.0 = phi <16 x float> [ %573, %body143 ], [ %644, %body151 ]
  %pacc.sroa.12.0 = phi <16 x float> [ %566, %body143 ], [ %661, %body151 ]
  %pacc.sroa.8.0 = phi <16 x float> [ %562, %body143 ], [ %655, %body151 ]
  %pacc.sroa.4.0 = phi <16 x float> [ %558, %body143 ], [ %649, %body151 ]
  %pacc.sroa.0.0 = phi <16 x float> [ %554, %body143 ], [ %643, %body151 ]
  %kpv154 = phi i32 [ 0, %body143 ], [ %665, %body151 ]
  %624 = icmp slt i32 %kpv154, %548
  br i1 %624, label %body151, label %exit153

body151:                                          ; preds = %kpv
  %625 = add i32 %kblock13, %kpv154
  %626 = sext i32 %625 to i64
  %627 = mul i64 %626, 8192
  %628 = getelementptr i8, ptr %22, i64 %627
  %629 = getelementptr i8, ptr %628, i64 %c0b
  %630 = sext i32 %kpv154 to i64
  %631 = getelementptr float, ptr %pbuf, i64 %630
  %p = load float, ptr %631, align 4
  %632 = insertelement <16 x float> poison, float %p, i32 0
  %splat155 = shufflevector <16 x float> %632, <16 x float> poison, <16 x i32> zeroinitializer
  %633 = add i64 64, %630
  %634 = getelementptr float, ptr %pbuf, i64 %633
  %p156 = load float, ptr %634, align 4
  %635 = insertelement <16 x float> poison, float %p156, i32 0
  %splat157 = shufflevector <16 x float> %635, <16 x float> poison, <16 x i32> zeroinitializer
  %636 = add i64 128, %630
  %637 = getelementptr float, ptr %pbuf, i64 %636
  %p158 = load float, ptr %637, align 4
  %638 = insertelement <16 x float> poison, float %p158, i32 0
  %splat159 = shufflevector <16 x float> %638, <16 x float> poison, <16 x i32> zeroinitializer
  %639 = add i64 192, %630
  %640 = getelementptr float, ptr %pbuf, i64 %639
  %p160 = load float, ptr %640, align 4
  %641 = insertelement <16 x float> poison, float %p160, i32 0
  %splat161 = shufflevector <16 x float> %641, <16 x float> poison, <16 x i32> zeroinitializer
  %642 = load <16 x half>, ptr %629, align 2
  %f16162 = fpext <16 x half> %642 to <16 x float>
  %643 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat155, <16 x float> %f16162, <16 x float> %pacc.sroa.0.0)
  %644 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat157, <16 x float> %f16162, <16 x float> %pacc.sroa.16.0)
  %645 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat159, <16 x float> %f16162, <16 x float> %pacc.sroa.32.0)
  %646 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat161, <16 x float> %f16162, <16 x float> %pacc.sroa.48.0)
  %647 = getelementptr i8, ptr %629, i64 32
  %648 = load <16 x half>, ptr %647, align 2
  %f16163 = fpext <16 x half> %648 to <16 x float>
  %649 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat155, <16 x float> %f16163, <16 x float> %pacc.sroa.4.0)
  %650 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat157, <16 x float> %f16163, <16 x float> %pacc.sroa.20.0)
  %651 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat159, <16 x float> %f16163, <16 x float> %pacc.sroa.36.0)
  %652 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat161, <16 x float> %f16163, <16 x float> %pacc.sroa.52.0)
  %653 = getelementptr i8, ptr %629, i64 64
  %654 = load <16 x half>, ptr %653, align 2
  %f16164 = fpext <16 x half> %654 to <16 x float>
  %655 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat155, <16 x float> %f16164, <16 x float> %pacc.sroa.8.0)
  %656 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat157, <16 x float> %f16164, <16 x float> %pacc.sroa.24.0)
  %657 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat159, <16 x float> %f16164, <16 x float> %pacc.sroa.40.0)
  %658 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat161, <16 x float> %f16164, <16 x float> %pacc.sroa.56.0)
  %659 = getelementptr i8, ptr %629, i64 96
  %660 = load <16 x half>, ptr %659, align 2
  %f16165 = fpext <16 x half> %660 to <16 x float>
  %661 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat155, <16 x float> %f16165, <16 x float> %pacc.sroa.12.0)
  %662 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat157, <16 x float> %f16165, <16 x float> %pacc.sroa.28.0)
  %663 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat159, <16 x float> %f16165, <16 x float> %pacc.sroa.44.0)
  %664 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat161, <16 x float> %f16165, <16 x float> %pacc.sroa.60.0)
  %665 = add nsw i32 %kpv154, 1
  br label %kpv

exit153:                                          ; preds = %kpv
  store <16 x float> %pacc.sroa.0.0, ptr %552, align 64
  store <16 x float> %pacc.sroa.4.0, ptr %556, align 64
  store <16 x float> %pacc.sroa.8.0, ptr %560, align 64
  store <16 x float> %pacc.sroa.12.0, ptr %564, align 64
  store <16 x float> %pacc.sroa.16.0, ptr %571, align 64
  store <16 x float> %pacc.sroa.20.0, ptr %575, align 64
  store <16 x float> %pacc.sroa.24.0, ptr %579, align 64
  store <16 x float> %pacc.sroa.28.0, ptr %583, align 64
  store <16 x float> %pacc.sroa.32.0, ptr %590, align 64
  store <16 x float> %pacc.sroa.36.0, ptr %594, align 64
  store <16 x float> %pacc.sroa.40.0, ptr %598, align 64
  store <16 x float> %pacc.sroa.44.0, ptr %602, align 64
  store <16 x float> %pacc.sroa.48.0, ptr %609, align 64
  store <16 x float> %pacc.sroa.52.0, ptr %613, align 64
  store <16 x float> %pacc.sroa.56.0, ptr %617, align 64
  store <16 x float> %pacc.sroa.60.0, ptr %621, align 64
  %666 = add nsw i64 %pvpass146, 1
  br label %pvpass

orow166:                                          ; preds = %kblock, %written
  %orow170 = phi i32 [ %687, %written ], [ 0, %kblock ]
  %667 = icmp slt i32 %orow170, %nrows
  br i1 %667, label %body167, label %done

body167:                                          ; preds = %orow166
  %668 = sext i32 %orow170 to i64
  %669 = getelementptr float, ptr %ms, i64 %668
  %m171 = load float, ptr %669, align 4
  %670 = getelementptr float, ptr %ls, i64 %668
  %l172 = load float, ptr %670, align 4
  %671 = mul i64 %668, 4096
  %672 = getelementptr float, ptr %accs, i64 %671
  %673 = icmp ne ptr %part, null
  br i1 %673, label %partial, label %final

partial:                                          ; preds = %body167
  %674 = sext i32 %nrows to i64
  %675 = getelementptr float, ptr %part, i64 %671
  br label %chunk173

final:                                            ; preds = %body167
  %676 = sdiv i32 %orow170, %nh
  %qi178 = add i32 %q_begin, %676
  %677 = srem i32 %orow170, %nh
  %h179 = add i32 %h_begin, %677
  %678 = mul i32 %kv_head, 32
  %hq180 = add i32 %678, %h179
  %679 = sext i32 %qi178 to i64
  %680 = add i64 %q_row0, %679
  %681 = mul i64 %680, 32
  %682 = sext i32 %hq180 to i64
  %orow181 = add i64 %681, %682
  %683 = fcmp oeq float %l172, 0.000000e+00
  %684 = fdiv float 1.000000e+00, %l172
  %685 = select i1 %683, float 0.000000e+00, float %684
  %686 = insertelement <16 x float> poison, float %685, i32 0
  %splat182 = shufflevector <16 x float> %686, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk183

written:                                          ; preds = %exit186, %exit176
  %687 = add nsw i32 %orow170, 1
  br label %orow166

chunk173:                                         ; preds = %body174, %partial
  %chunk177 = phi i64 [ 0, %partial ], [ %693, %body174 ]
  %688 = icmp slt i64 %chunk177, 256
  br i1 %688, label %body174, label %exit176

body174:                                          ; preds = %chunk173
  %689 = getelementptr <16 x float>, ptr %672, i64 %chunk177
  %690 = load <16 x float>, ptr %689, align 64
  %691 = mul i64 %chunk177, 64
  %692 = getelementptr i8, ptr %675, i64 %691
  store <16 x float> %690, ptr %692, align 4
  %693 = add nsw i64 %chunk177, 1
  br label %chunk173

exit176:                                          ; preds = %chunk173
  %694 = mul i64 %674, 4096
  %695 = add i64 %694, %668
  %696 = getelementptr float, ptr %part, i64 %695
  store float %m171, ptr %696, align 4
  %697 = add i64 %695, %674
  %698 = getelementptr float, ptr %part, i64 %697
  store float %l172, ptr %698, align 4
  br label %written

chunk183:                                         ; preds = %body184, %final
  %chunk187 = phi i64 [ 0, %final ], [ %705, %body184 ]
  %699 = icmp slt i64 %chunk187, 256
  br i1 %699, label %body184, label %exit186

body184:                                          ; preds = %chunk183
  %700 = getelementptr <16 x float>, ptr %672, i64 %chunk187
  %701 = load <16 x float>, ptr %700, align 64
  %702 = fmul <16 x float> %701, %splat182
  %703 = mul i64 %chunk187, 64
  %704 = getelementptr i8, ptr %672, i64 %703
  store <16 x float> %702, ptr %704, align 4
  %705 = add nsw i64 %chunk187, 1
  br label %chunk183

exit186:                                          ; preds = %chunk183
  %u = select i1 %683, ptr null, ptr %672
  call void @slim_mha_project(ptr %0, ptr %u, i64 %orow181)
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

attributes #0 = { nounwind "target-cpu"="x86-64-v4" "target-features"="+avx512f,+evex512,+avx512bw,+avx512vl,+avx2,+fma,+f16c" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
