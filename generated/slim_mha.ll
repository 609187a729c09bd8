; ModuleID = 'slim_mha'
source_filename = "slim_mha"
target triple = "x86_64-unknown-linux-gnu"

@slim_mha.name = private unnamed_addr constant [9 x i8] c"slim_mha\00"
@slim_mha.spec = private unnamed_addr constant [379 x i8] c"attncc: 1\0Aname: slim_mha\0Aphase: decode\0Akind: self\0Aheads: {q: 32, kv: 32, dim: 128, v_dim: 128}\0Atypes: {q: f16, cache: f16, out: f16}\0Ascale: auto\0Acache: {store: k_only, layout: contiguous, order: token_major, capacity: 4096, latent_dim: 0, rope_dim: 0, shared_across_layers: false}\0Amask: {causal: true}\0Aoutput: {lse: false}\0Aslim: {order: auto}\0Amodel: {layers: 32, d_model: 4096}\0A\00"
@slim_mha_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32, ptr } { i32 4, i32 1, i64 -3213467963543886239, ptr @slim_mha.name, ptr @slim_mha.spec, i32 32, i32 32, i32 128, i32 128, i32 1, i32 1, i32 1, i32 0, i32 0, i32 0, i32 4096, i32 1, i32 0, float 0x3FB6A09E60000000, i32 1, i32 4096, i32 0, ptr null }, align 8
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

kblock:                                           ; preds = %exit145, %exit
  %kblock13 = phi i32 [ %k_begin, %exit ], [ %623, %exit145 ]
  %68 = icmp slt i32 %kblock13, %47
  br i1 %68, label %body10, label %orow166

body10:                                           ; preds = %kblock
  %69 = sext i32 %h_begin to i64
  %slice = mul i64 %69, 256
  %70 = add i32 %h_begin, 1
  %71 = sext i32 %70 to i64
  %slice14 = mul i64 %71, 256
  %72 = add i32 %h_begin, 2
  %73 = sext i32 %72 to i64
  %slice15 = mul i64 %73, 256
  %74 = add i32 %h_begin, 3
  %75 = sext i32 %74 to i64
  %slice16 = mul i64 %75, 256
  br label %kdot

kdot:                                             ; preds = %body17, %body10
  %kdot20 = phi i32 [ 0, %body10 ], [ %355, %body17 ]
  %76 = icmp slt i32 %kdot20, 64
  br i1 %76, label %body17, label %score

body17:                                           ; preds = %kdot
  %77 = add i32 %kblock13, %kdot20
  %78 = call i32 @llvm.smin.i32(i32 %77, i32 %k_last)
  %79 = sext i32 %78 to i64
  %80 = mul i64 %79, 8192
  %81 = getelementptr i8, ptr %22, i64 %80
  %82 = add i32 %kdot20, 1
  %83 = add i32 %kblock13, %82
  %84 = call i32 @llvm.smin.i32(i32 %83, i32 %k_last)
  %85 = sext i32 %84 to i64
  %86 = mul i64 %85, 8192
  %87 = getelementptr i8, ptr %22, i64 %86
  %q21 = load <16 x float>, ptr %qs, align 64
  %88 = getelementptr i8, ptr %81, i64 %slice
  %89 = load <16 x half>, ptr %88, align 2
  %f1622 = fpext <16 x half> %89 to <16 x float>
  %90 = getelementptr i8, ptr %87, i64 %slice
  %91 = load <16 x half>, ptr %90, align 2
  %f1623 = fpext <16 x half> %91 to <16 x float>
  %92 = fmul <16 x float> %q21, %f1622
  %93 = fmul <16 x float> %q21, %f1623
  %94 = getelementptr <16 x float>, ptr %qs, i64 8
  %q24 = load <16 x float>, ptr %94, align 64
  %95 = getelementptr i8, ptr %81, i64 %slice14
  %96 = load <16 x half>, ptr %95, align 2
  %f1625 = fpext <16 x half> %96 to <16 x float>
  %97 = getelementptr i8, ptr %87, i64 %slice14
  %98 = load <16 x half>, ptr %97, align 2
  %f1626 = fpext <16 x half> %98 to <16 x float>
  %99 = fmul <16 x float> %q24, %f1625
  %100 = fmul <16 x float> %q24, %f1626
  %101 = getelementptr <16 x float>, ptr %qs, i64 16
  %q27 = load <16 x float>, ptr %101, align 64
  %102 = getelementptr i8, ptr %81, i64 %slice15
  %103 = load <16 x half>, ptr %102, align 2
  %f1628 = fpext <16 x half> %103 to <16 x float>
  %104 = getelementptr i8, ptr %87, i64 %slice15
  %105 = load <16 x half>, ptr %104, align 2
  %f1629 = fpext <16 x half> %105 to <16 x float>
  %106 = fmul <16 x float> %q27, %f1628
  %107 = fmul <16 x float> %q27, %f1629
  %108 = getelementptr <16 x float>, ptr %qs, i64 24
  %q30 = load <16 x float>, ptr %108, align 64
  %109 = getelementptr i8, ptr %81, i64 %slice16
  %110 = load <16 x half>, ptr %109, align 2
  %f1631 = fpext <16 x half> %110 to <16 x float>
  %111 = getelementptr i8, ptr %87, i64 %slice16
  %112 = load <16 x half>, ptr %111, align 2
  %f1632 = fpext <16 x half> %112 to <16 x float>
  %113 = fmul <16 x float> %q30, %f1631
  %114 = fmul <16 x float> %q30, %f1632
  %115 = getelementptr <16 x float>, ptr %qs, i64 1
  %q33 = load <16 x float>, ptr %115, align 64
  %116 = add i64 %slice, 32
  %117 = getelementptr i8, ptr %81, i64 %116
  %118 = load <16 x half>, ptr %117, align 2
  %f1634 = fpext <16 x half> %118 to <16 x float>
  %119 = getelementptr i8, ptr %87, i64 %116
  %120 = load <16 x half>, ptr %119, align 2
  %f1635 = fpext <16 x half> %120 to <16 x float>
  %121 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %f1634, <16 x float> %92)
  %122 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %f1635, <16 x float> %93)
  %123 = getelementptr <16 x float>, ptr %qs, i64 9
  %q36 = load <16 x float>, ptr %123, align 64
  %124 = add i64 %slice14, 32
  %125 = getelementptr i8, ptr %81, i64 %124
  %126 = load <16 x half>, ptr %125, align 2
  %f1637 = fpext <16 x half> %126 to <16 x float>
  %127 = getelementptr i8, ptr %87, i64 %124
  %128 = load <16 x half>, ptr %127, align 2
  %f1638 = fpext <16 x half> %128 to <16 x float>
  %129 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %f1637, <16 x float> %99)
  %130 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %f1638, <16 x float> %100)
  %131 = getelementptr <16 x float>, ptr %qs, i64 17
  %q39 = load <16 x float>, ptr %131, align 64
  %132 = add i64 %slice15, 32
  %133 = getelementptr i8, ptr %81, i64 %132
  %134 = load <16 x half>, ptr %133, align 2
  %f1640 = fpext <16 x half> %134 to <16 x float>
  %135 = getelementptr i8, ptr %87, i64 %132
  %136 = load <16 x half>, ptr %135, align 2
  %f1641 = fpext <16 x half> %136 to <16 x float>
  %137 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q39, <16 x float> %f1640, <16 x float> %106)
  %138 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q39, <16 x float> %f1641, <16 x float> %107)
  %139 = getelementptr <16 x float>, ptr %qs, i64 25
  %q42 = load <16 x float>, ptr %139, align 64
  %140 = add i64 %slice16, 32
  %141 = getelementptr i8, ptr %81, i64 %140
  %142 = load <16 x half>, ptr %141, align 2
  %f1643 = fpext <16 x half> %142 to <16 x float>
  %143 = getelementptr i8, ptr %87, i64 %140
  %144 = load <16 x half>, ptr %143, align 2
  %f1644 = fpext <16 x half> %144 to <16 x float>
  %145 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q42, <16 x float> %f1643, <16 x float> %113)
  %146 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q42, <16 x float> %f1644, <16 x float> %114)
  %147 = getelementptr <16 x float>, ptr %qs, i64 2
  %q45 = load <16 x float>, ptr %147, align 64
  %148 = add i64 %slice, 64
  %149 = getelementptr i8, ptr %81, i64 %148
  %150 = load <16 x half>, ptr %149, align 2
  %f1646 = fpext <16 x half> %150 to <16 x float>
  %151 = getelementptr i8, ptr %87, i64 %148
  %152 = load <16 x half>, ptr %151, align 2
  %f1647 = fpext <16 x half> %152 to <16 x float>
  %153 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q45, <16 x float> %f1646, <16 x float> %121)
  %154 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q45, <16 x float> %f1647, <16 x float> %122)
  %155 = getelementptr <16 x float>, ptr %qs, i64 10
  %q48 = load <16 x float>, ptr %155, align 64
  %156 = add i64 %slice14, 64
  %157 = getelementptr i8, ptr %81, i64 %156
  %158 = load <16 x half>, ptr %157, align 2
  %f1649 = fpext <16 x half> %158 to <16 x float>
  %159 = getelementptr i8, ptr %87, i64 %156
  %160 = load <16 x half>, ptr %159, align 2
  %f1650 = fpext <16 x half> %160 to <16 x float>
  %161 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q48, <16 x float> %f1649, <16 x float> %129)
  %162 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q48, <16 x float> %f1650, <16 x float> %130)
  %163 = getelementptr <16 x float>, ptr %qs, i64 18
  %q51 = load <16 x float>, ptr %163, align 64
  %164 = add i64 %slice15, 64
  %165 = getelementptr i8, ptr %81, i64 %164
  %166 = load <16 x half>, ptr %165, align 2
  %f1652 = fpext <16 x half> %166 to <16 x float>
  %167 = getelementptr i8, ptr %87, i64 %164
  %168 = load <16 x half>, ptr %167, align 2
  %f1653 = fpext <16 x half> %168 to <16 x float>
  %169 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q51, <16 x float> %f1652, <16 x float> %137)
  %170 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q51, <16 x float> %f1653, <16 x float> %138)
  %171 = getelementptr <16 x float>, ptr %qs, i64 26
  %q54 = load <16 x float>, ptr %171, align 64
  %172 = add i64 %slice16, 64
  %173 = getelementptr i8, ptr %81, i64 %172
  %174 = load <16 x half>, ptr %173, align 2
  %f1655 = fpext <16 x half> %174 to <16 x float>
  %175 = getelementptr i8, ptr %87, i64 %172
  %176 = load <16 x half>, ptr %175, align 2
  %f1656 = fpext <16 x half> %176 to <16 x float>
  %177 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q54, <16 x float> %f1655, <16 x float> %145)
  %178 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q54, <16 x float> %f1656, <16 x float> %146)
  %179 = getelementptr <16 x float>, ptr %qs, i64 3
  %q57 = load <16 x float>, ptr %179, align 64
  %180 = add i64 %slice, 96
  %181 = getelementptr i8, ptr %81, i64 %180
  %182 = load <16 x half>, ptr %181, align 2
  %f1658 = fpext <16 x half> %182 to <16 x float>
  %183 = getelementptr i8, ptr %87, i64 %180
  %184 = load <16 x half>, ptr %183, align 2
  %f1659 = fpext <16 x half> %184 to <16 x float>
  %185 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q57, <16 x float> %f1658, <16 x float> %153)
  %186 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q57, <16 x float> %f1659, <16 x float> %154)
  %187 = getelementptr <16 x float>, ptr %qs, i64 11
  %q60 = load <16 x float>, ptr %187, align 64
  %188 = add i64 %slice14, 96
  %189 = getelementptr i8, ptr %81, i64 %188
  %190 = load <16 x half>, ptr %189, align 2
  %f1661 = fpext <16 x half> %190 to <16 x float>
  %191 = getelementptr i8, ptr %87, i64 %188
  %192 = load <16 x half>, ptr %191, align 2
  %f1662 = fpext <16 x half> %192 to <16 x float>
  %193 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q60, <16 x float> %f1661, <16 x float> %161)
  %194 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q60, <16 x float> %f1662, <16 x float> %162)
  %195 = getelementptr <16 x float>, ptr %qs, i64 19
  %q63 = load <16 x float>, ptr %195, align 64
  %196 = add i64 %slice15, 96
  %197 = getelementptr i8, ptr %81, i64 %196
  %198 = load <16 x half>, ptr %197, align 2
  %f1664 = fpext <16 x half> %198 to <16 x float>
  %199 = getelementptr i8, ptr %87, i64 %196
  %200 = load <16 x half>, ptr %199, align 2
  %f1665 = fpext <16 x half> %200 to <16 x float>
  %201 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q63, <16 x float> %f1664, <16 x float> %169)
  %202 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q63, <16 x float> %f1665, <16 x float> %170)
  %203 = getelementptr <16 x float>, ptr %qs, i64 27
  %q66 = load <16 x float>, ptr %203, align 64
  %204 = add i64 %slice16, 96
  %205 = getelementptr i8, ptr %81, i64 %204
  %206 = load <16 x half>, ptr %205, align 2
  %f1667 = fpext <16 x half> %206 to <16 x float>
  %207 = getelementptr i8, ptr %87, i64 %204
  %208 = load <16 x half>, ptr %207, align 2
  %f1668 = fpext <16 x half> %208 to <16 x float>
  %209 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q66, <16 x float> %f1667, <16 x float> %177)
  %210 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q66, <16 x float> %f1668, <16 x float> %178)
  %211 = getelementptr <16 x float>, ptr %qs, i64 4
  %q69 = load <16 x float>, ptr %211, align 64
  %212 = add i64 %slice, 128
  %213 = getelementptr i8, ptr %81, i64 %212
  %214 = load <16 x half>, ptr %213, align 2
  %f1670 = fpext <16 x half> %214 to <16 x float>
  %215 = getelementptr i8, ptr %87, i64 %212
  %216 = load <16 x half>, ptr %215, align 2
  %f1671 = fpext <16 x half> %216 to <16 x float>
  %217 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q69, <16 x float> %f1670, <16 x float> %185)
  %218 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q69, <16 x float> %f1671, <16 x float> %186)
  %219 = getelementptr <16 x float>, ptr %qs, i64 12
  %q72 = load <16 x float>, ptr %219, align 64
  %220 = add i64 %slice14, 128
  %221 = getelementptr i8, ptr %81, i64 %220
  %222 = load <16 x half>, ptr %221, align 2
  %f1673 = fpext <16 x half> %222 to <16 x float>
  %223 = getelementptr i8, ptr %87, i64 %220
  %224 = load <16 x half>, ptr %223, align 2
  %f1674 = fpext <16 x half> %224 to <16 x float>
  %225 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q72, <16 x float> %f1673, <16 x float> %193)
  %226 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q72, <16 x float> %f1674, <16 x float> %194)
  %227 = getelementptr <16 x float>, ptr %qs, i64 20
  %q75 = load <16 x float>, ptr %227, align 64
  %228 = add i64 %slice15, 128
  %229 = getelementptr i8, ptr %81, i64 %228
  %230 = load <16 x half>, ptr %229, align 2
  %f1676 = fpext <16 x half> %230 to <16 x float>
  %231 = getelementptr i8, ptr %87, i64 %228
  %232 = load <16 x half>, ptr %231, align 2
  %f1677 = fpext <16 x half> %232 to <16 x float>
  %233 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q75, <16 x float> %f1676, <16 x float> %201)
  %234 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q75, <16 x float> %f1677, <16 x float> %202)
  %235 = getelementptr <16 x float>, ptr %qs, i64 28
  %q78 = load <16 x float>, ptr %235, align 64
  %236 = add i64 %slice16, 128
  %237 = getelementptr i8, ptr %81, i64 %236
  %238 = load <16 x half>, ptr %237, align 2
  %f1679 = fpext <16 x half> %238 to <16 x float>
  %239 = getelementptr i8, ptr %87, i64 %236
  %240 = load <16 x half>, ptr %239, align 2
  %f1680 = fpext <16 x half> %240 to <16 x float>
  %241 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q78, <16 x float> %f1679, <16 x float> %209)
  %242 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q78, <16 x float> %f1680, <16 x float> %210)
  %243 = getelementptr <16 x float>, ptr %qs, i64 5
  %q81 = load <16 x float>, ptr %243, align 64
  %244 = add i64 %slice, 160
  %245 = getelementptr i8, ptr %81, i64 %244
  %246 = load <16 x half>, ptr %245, align 2
  %f1682 = fpext <16 x half> %246 to <16 x float>
  %247 = getelementptr i8, ptr %87, i64 %244
  %248 = load <16 x half>, ptr %247, align 2
  %f1683 = fpext <16 x half> %248 to <16 x float>
  %249 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q81, <16 x float> %f1682, <16 x float> %217)
  %250 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q81, <16 x float> %f1683, <16 x float> %218)
  %251 = getelementptr <16 x float>, ptr %qs, i64 13
  %q84 = load <16 x float>, ptr %251, align 64
  %252 = add i64 %slice14, 160
  %253 = getelementptr i8, ptr %81, i64 %252
  %254 = load <16 x half>, ptr %253, align 2
  %f1685 = fpext <16 x half> %254 to <16 x float>
  %255 = getelementptr i8, ptr %87, i64 %252
  %256 = load <16 x half>, ptr %255, align 2
  %f1686 = fpext <16 x half> %256 to <16 x float>
  %257 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q84, <16 x float> %f1685, <16 x float> %225)
  %258 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q84, <16 x float> %f1686, <16 x float> %226)
  %259 = getelementptr <16 x float>, ptr %qs, i64 21
  %q87 = load <16 x float>, ptr %259, align 64
  %260 = add i64 %slice15, 160
  %261 = getelementptr i8, ptr %81, i64 %260
  %262 = load <16 x half>, ptr %261, align 2
  %f1688 = fpext <16 x half> %262 to <16 x float>
  %263 = getelementptr i8, ptr %87, i64 %260
  %264 = load <16 x half>, ptr %263, align 2
  %f1689 = fpext <16 x half> %264 to <16 x float>
  %265 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q87, <16 x float> %f1688, <16 x float> %233)
  %266 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q87, <16 x float> %f1689, <16 x float> %234)
  %267 = getelementptr <16 x float>, ptr %qs, i64 29
  %q90 = load <16 x float>, ptr %267, align 64
  %268 = add i64 %slice16, 160
  %269 = getelementptr i8, ptr %81, i64 %268
  %270 = load <16 x half>, ptr %269, align 2
  %f1691 = fpext <16 x half> %270 to <16 x float>
  %271 = getelementptr i8, ptr %87, i64 %268
  %272 = load <16 x half>, ptr %271, align 2
  %f1692 = fpext <16 x half> %272 to <16 x float>
  %273 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q90, <16 x float> %f1691, <16 x float> %241)
  %274 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q90, <16 x float> %f1692, <16 x float> %242)
  %275 = getelementptr <16 x float>, ptr %qs, i64 6
  %q93 = load <16 x float>, ptr %275, align 64
  %276 = add i64 %slice, 192
  %277 = getelementptr i8, ptr %81, i64 %276
  %278 = load <16 x half>, ptr %277, align 2
  %f1694 = fpext <16 x half> %278 to <16 x float>
  %279 = getelementptr i8, ptr %87, i64 %276
  %280 = load <16 x half>, ptr %279, align 2
  %f1695 = fpext <16 x half> %280 to <16 x float>
  %281 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q93, <16 x float> %f1694, <16 x float> %249)
  %282 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q93, <16 x float> %f1695, <16 x float> %250)
  %283 = getelementptr <16 x float>, ptr %qs, i64 14
  %q96 = load <16 x float>, ptr %283, align 64
  %284 = add i64 %slice14, 192
  %285 = getelementptr i8, ptr %81, i64 %284
  %286 = load <16 x half>, ptr %285, align 2
  %f1697 = fpext <16 x half> %286 to <16 x float>
  %287 = getelementptr i8, ptr %87, i64 %284
  %288 = load <16 x half>, ptr %287, align 2
  %f1698 = fpext <16 x half> %288 to <16 x float>
  %289 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q96, <16 x float> %f1697, <16 x float> %257)
  %290 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q96, <16 x float> %f1698, <16 x float> %258)
  %291 = getelementptr <16 x float>, ptr %qs, i64 22
  %q99 = load <16 x float>, ptr %291, align 64
  %292 = add i64 %slice15, 192
  %293 = getelementptr i8, ptr %81, i64 %292
  %294 = load <16 x half>, ptr %293, align 2
  %f16100 = fpext <16 x half> %294 to <16 x float>
  %295 = getelementptr i8, ptr %87, i64 %292
  %296 = load <16 x half>, ptr %295, align 2
  %f16101 = fpext <16 x half> %296 to <16 x float>
  %297 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q99, <16 x float> %f16100, <16 x float> %265)
  %298 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q99, <16 x float> %f16101, <16 x float> %266)
  %299 = getelementptr <16 x float>, ptr %qs, i64 30
  %q102 = load <16 x float>, ptr %299, align 64
  %300 = add i64 %slice16, 192
  %301 = getelementptr i8, ptr %81, i64 %300
  %302 = load <16 x half>, ptr %301, align 2
  %f16103 = fpext <16 x half> %302 to <16 x float>
  %303 = getelementptr i8, ptr %87, i64 %300
  %304 = load <16 x half>, ptr %303, align 2
  %f16104 = fpext <16 x half> %304 to <16 x float>
  %305 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q102, <16 x float> %f16103, <16 x float> %273)
  %306 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q102, <16 x float> %f16104, <16 x float> %274)
  %307 = getelementptr <16 x float>, ptr %qs, i64 7
  %q105 = load <16 x float>, ptr %307, align 64
  %308 = add i64 %slice, 224
  %309 = getelementptr i8, ptr %81, i64 %308
  %310 = load <16 x half>, ptr %309, align 2
  %f16106 = fpext <16 x half> %310 to <16 x float>
  %311 = getelementptr i8, ptr %87, i64 %308
  %312 = load <16 x half>, ptr %311, align 2
  %f16107 = fpext <16 x half> %312 to <16 x float>
  %313 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q105, <16 x float> %f16106, <16 x float> %281)
  %314 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q105, <16 x float> %f16107, <16 x float> %282)
  %315 = getelementptr <16 x float>, ptr %qs, i64 15
  %q108 = load <16 x float>, ptr %315, align 64
  %316 = add i64 %slice14, 224
  %317 = getelementptr i8, ptr %81, i64 %316
  %318 = load <16 x half>, ptr %317, align 2
  %f16109 = fpext <16 x half> %318 to <16 x float>
  %319 = getelementptr i8, ptr %87, i64 %316
  %320 = load <16 x half>, ptr %319, align 2
  %f16110 = fpext <16 x half> %320 to <16 x float>
  %321 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q108, <16 x float> %f16109, <16 x float> %289)
  %322 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q108, <16 x float> %f16110, <16 x float> %290)
  %323 = getelementptr <16 x float>, ptr %qs, i64 23
  %q111 = load <16 x float>, ptr %323, align 64
  %324 = add i64 %slice15, 224
  %325 = getelementptr i8, ptr %81, i64 %324
  %326 = load <16 x half>, ptr %325, align 2
  %f16112 = fpext <16 x half> %326 to <16 x float>
  %327 = getelementptr i8, ptr %87, i64 %324
  %328 = load <16 x half>, ptr %327, align 2
  %f16113 = fpext <16 x half> %328 to <16 x float>
  %329 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q111, <16 x float> %f16112, <16 x float> %297)
  %330 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q111, <16 x float> %f16113, <16 x float> %298)
  %331 = getelementptr <16 x float>, ptr %qs, i64 31
  %q114 = load <16 x float>, ptr %331, align 64
  %332 = add i64 %slice16, 224
  %333 = getelementptr i8, ptr %81, i64 %332
  %334 = load <16 x half>, ptr %333, align 2
  %f16115 = fpext <16 x half> %334 to <16 x float>
  %335 = getelementptr i8, ptr %87, i64 %332
  %336 = load <16 x half>, ptr %335, align 2
  %f16116 = fpext <16 x half> %336 to <16 x float>
  %337 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q114, <16 x float> %f16115, <16 x float> %305)
  %338 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q114, <16 x float> %f16116, <16 x float> %306)
  %339 = sext i32 %kdot20 to i64
  %340 = getelementptr <16 x float>, ptr %dbuf, i64 %339
  store <16 x float> %313, ptr %340, align 64
  %341 = sext i32 %82 to i64
  %342 = getelementptr <16 x float>, ptr %dbuf, i64 %341
  store <16 x float> %314, ptr %342, align 64
  %343 = add i64 64, %339
  %344 = getelementptr <16 x float>, ptr %dbuf, i64 %343
  store <16 x float> %321, ptr %344, align 64
  %345 = add i64 64, %341
  %346 = getelementptr <16 x float>, ptr %dbuf, i64 %345
  store <16 x float> %322, ptr %346, align 64
  %347 = add i64 128, %339
  %348 = getelementptr <16 x float>, ptr %dbuf, i64 %347
  store <16 x float> %329, ptr %348, align 64
  %349 = add i64 128, %341
  %350 = getelementptr <16 x float>, ptr %dbuf, i64 %349
  store <16 x float> %330, ptr %350, align 64
  %351 = add i64 192, %339
  %352 = getelementptr <16 x float>, ptr %dbuf, i64 %351
  store <16 x float> %337, ptr %352, align 64
  %353 = add i64 192, %341
  %354 = getelementptr <16 x float>, ptr %dbuf, i64 %353
  store <16 x float> %338, ptr %354, align 64
  %355 = add nsw i32 %kdot20, 2
  br label %kdot

score:                                            ; preds = %kdot, %body117
  %score120 = phi i64 [ %468, %body117 ], [ 0, %kdot ]
  %356 = icmp slt i64 %score120, 16
  br i1 %356, label %body117, label %rmax

body117:                                          ; preds = %score
  %357 = sdiv i64 %score120, 4
  %358 = srem i64 %score120, 4
  %359 = mul i64 %358, 16
  %360 = mul i64 %357, 64
  %361 = add i64 %360, %359
  %362 = getelementptr <16 x float>, ptr %dbuf, i64 %361
  %363 = load <16 x float>, ptr %362, align 64
  %364 = add i64 %361, 1
  %365 = getelementptr <16 x float>, ptr %dbuf, i64 %364
  %366 = load <16 x float>, ptr %365, align 64
  %367 = shufflevector <16 x float> %363, <16 x float> %366, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %368 = shufflevector <16 x float> %363, <16 x float> %366, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %369 = fadd <16 x float> %367, %368
  %370 = add i64 %361, 2
  %371 = getelementptr <16 x float>, ptr %dbuf, i64 %370
  %372 = load <16 x float>, ptr %371, align 64
  %373 = add i64 %361, 3
  %374 = getelementptr <16 x float>, ptr %dbuf, i64 %373
  %375 = load <16 x float>, ptr %374, align 64
  %376 = shufflevector <16 x float> %372, <16 x float> %375, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %377 = shufflevector <16 x float> %372, <16 x float> %375, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %378 = fadd <16 x float> %376, %377
  %379 = shufflevector <16 x float> %369, <16 x float> %378, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %380 = shufflevector <16 x float> %369, <16 x float> %378, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %381 = fadd <16 x float> %379, %380
  %382 = add i64 %361, 4
  %383 = getelementptr <16 x float>, ptr %dbuf, i64 %382
  %384 = load <16 x float>, ptr %383, align 64
  %385 = add i64 %361, 5
  %386 = getelementptr <16 x float>, ptr %dbuf, i64 %385
  %387 = load <16 x float>, ptr %386, align 64
  %388 = shufflevector <16 x float> %384, <16 x float> %387, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %389 = shufflevector <16 x float> %384, <16 x float> %387, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %390 = fadd <16 x float> %388, %389
  %391 = add i64 %361, 6
  %392 = getelementptr <16 x float>, ptr %dbuf, i64 %391
  %393 = load <16 x float>, ptr %392, align 64
  %394 = add i64 %361, 7
  %395 = getelementptr <16 x float>, ptr %dbuf, i64 %394
  %396 = load <16 x float>, ptr %395, align 64
  %397 = shufflevector <16 x float> %393, <16 x float> %396, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %398 = shufflevector <16 x float> %393, <16 x float> %396, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %399 = fadd <16 x float> %397, %398
  %400 = shufflevector <16 x float> %390, <16 x float> %399, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %401 = shufflevector <16 x float> %390, <16 x float> %399, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %402 = fadd <16 x float> %400, %401
  %403 = shufflevector <16 x float> %381, <16 x float> %402, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %404 = shufflevector <16 x float> %381, <16 x float> %402, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %405 = fadd <16 x float> %403, %404
  %406 = add i64 %361, 8
  %407 = getelementptr <16 x float>, ptr %dbuf, i64 %406
  %408 = load <16 x float>, ptr %407, align 64
  %409 = add i64 %361, 9
  %410 = getelementptr <16 x float>, ptr %dbuf, i64 %409
  %411 = load <16 x float>, ptr %410, align 64
  %412 = shufflevector <16 x float> %408, <16 x float> %411, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %413 = shufflevector <16 x float> %408, <16 x float> %411, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %414 = fadd <16 x float> %412, %413
  %415 = add i64 %361, 10
  %416 = getelementptr <16 x float>, ptr %dbuf, i64 %415
  %417 = load <16 x float>, ptr %416, align 64
  %418 = add i64 %361, 11
  %419 = getelementptr <16 x float>, ptr %dbuf, i64 %418
  %420 = load <16 x float>, ptr %419, align 64
  %421 = shufflevector <16 x float> %417, <16 x float> %420, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %422 = shufflevector <16 x float> %417, <16 x float> %420, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %423 = fadd <16 x float> %421, %422
  %424 = shufflevector <16 x float> %414, <16 x float> %423, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %425 = shufflevector <16 x float> %414, <16 x float> %423, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %426 = fadd <16 x float> %424, %425
  %427 = add i64 %361, 12
  %428 = getelementptr <16 x float>, ptr %dbuf, i64 %427
  %429 = load <16 x float>, ptr %428, align 64
  %430 = add i64 %361, 13
  %431 = getelementptr <16 x float>, ptr %dbuf, i64 %430
  %432 = load <16 x float>, ptr %431, align 64
  %433 = shufflevector <16 x float> %429, <16 x float> %432, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %434 = shufflevector <16 x float> %429, <16 x float> %432, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %435 = fadd <16 x float> %433, %434
  %436 = add i64 %361, 14
  %437 = getelementptr <16 x float>, ptr %dbuf, i64 %436
  %438 = load <16 x float>, ptr %437, align 64
  %439 = add i64 %361, 15
  %440 = getelementptr <16 x float>, ptr %dbuf, i64 %439
  %441 = load <16 x float>, ptr %440, align 64
  %442 = shufflevector <16 x float> %438, <16 x float> %441, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %443 = shufflevector <16 x float> %438, <16 x float> %441, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %444 = fadd <16 x float> %442, %443
  %445 = shufflevector <16 x float> %435, <16 x float> %444, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %446 = shufflevector <16 x float> %435, <16 x float> %444, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %447 = fadd <16 x float> %445, %446
  %448 = shufflevector <16 x float> %426, <16 x float> %447, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %449 = shufflevector <16 x float> %426, <16 x float> %447, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %450 = fadd <16 x float> %448, %449
  %451 = shufflevector <16 x float> %405, <16 x float> %450, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %452 = shufflevector <16 x float> %405, <16 x float> %450, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %453 = fadd <16 x float> %451, %452
  %454 = getelementptr i32, ptr %lims, i64 %357
  %lim = load i32, ptr %454, align 4
  %455 = insertelement <16 x i32> poison, i32 %lim, i32 0
  %splat121 = shufflevector <16 x i32> %455, <16 x i32> poison, <16 x i32> zeroinitializer
  %456 = trunc i64 %359 to i32
  %457 = add i32 %kblock13, %456
  %458 = insertelement <16 x i32> poison, i32 %457, i32 0
  %splat122 = shufflevector <16 x i32> %458, <16 x i32> poison, <16 x i32> zeroinitializer
  %459 = add <16 x i32> %splat122, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %460 = icmp slt <16 x i32> %459, %splat121
  %461 = select <16 x i1> %460, <16 x float> %453, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %462 = getelementptr float, ptr %pbuf, i64 %361
  store <16 x float> %461, ptr %462, align 64
  %463 = getelementptr <16 x float>, ptr %smax, i64 %357
  %464 = icmp eq i64 %358, 0
  %465 = load <16 x float>, ptr %463, align 64
  %466 = select i1 %464, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <16 x float> %465
  %467 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %466, <16 x float> %461)
  store <16 x float> %467, ptr %463, align 64
  %468 = add nsw i64 %score120, 1
  br label %score

rmax:                                             ; preds = %score, %body123
  %rmax126 = phi i64 [ %505, %body123 ], [ 0, %score ]
  %469 = icmp slt i64 %rmax126, 4
  br i1 %469, label %body123, label %pexp

body123:                                          ; preds = %rmax
  %470 = getelementptr float, ptr %ms, i64 %rmax126
  %m = load float, ptr %470, align 4
  %471 = getelementptr <16 x float>, ptr %smax, i64 %rmax126
  %472 = load <16 x float>, ptr %471, align 64
  %473 = shufflevector <16 x float> %472, <16 x float> undef, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %474 = shufflevector <16 x float> %472, <16 x float> undef, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %475 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %473, <8 x float> %474)
  %476 = shufflevector <8 x float> %475, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %477 = shufflevector <8 x float> %475, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %478 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %476, <4 x float> %477)
  %479 = shufflevector <4 x float> %478, <4 x float> undef, <2 x i32> <i32 0, i32 1>
  %480 = shufflevector <4 x float> %478, <4 x float> undef, <2 x i32> <i32 2, i32 3>
  %481 = call <2 x float> @llvm.maxnum.v2f32(<2 x float> %479, <2 x float> %480)
  %482 = shufflevector <2 x float> %481, <2 x float> undef, <1 x i32> zeroinitializer
  %483 = shufflevector <2 x float> %481, <2 x float> undef, <1 x i32> <i32 1>
  %484 = call <1 x float> @llvm.maxnum.v1f32(<1 x float> %482, <1 x float> %483)
  %485 = extractelement <1 x float> %484, i32 0
  %486 = call float @llvm.maxnum.f32(float %m, float %485)
  %487 = fcmp oeq float %486, 0xFFF0000000000000
  %muse127 = select i1 %487, float 0.000000e+00, float %486
  %488 = fsub float %m, %muse127
  %489 = insertelement <16 x float> poison, float %488, i32 0
  %splat128 = shufflevector <16 x float> %489, <16 x float> poison, <16 x i32> zeroinitializer
  %490 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat128, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %491 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %490, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %492 = fadd <16 x float> %491, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %492, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %491, %n
  %493 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %494 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %493, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %495 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %494, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %496 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %495, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %497 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %496, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %498 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %497, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %499 = fptosi <16 x float> %n to <16 x i32>
  %500 = add <16 x i32> %499, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %501 = shl <16 x i32> %500, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %502 = bitcast <16 x i32> %501 to <16 x float>
  %exp2 = fmul <16 x float> %498, %502
  %alpha129 = extractelement <16 x float> %exp2, i32 0
  store float %486, ptr %470, align 4
  %503 = getelementptr float, ptr %muse, i64 %rmax126
  store float %muse127, ptr %503, align 4
  %504 = getelementptr float, ptr %alpha, i64 %rmax126
  store float %alpha129, ptr %504, align 4
  %505 = add nsw i64 %rmax126, 1
  br label %rmax

pexp:                                             ; preds = %rmax, %body130
  %pexp133 = phi i64 [ %536, %body130 ], [ 0, %rmax ]
  %506 = icmp slt i64 %pexp133, 16
  br i1 %506, label %body130, label %lsum138

body130:                                          ; preds = %pexp
  %507 = sdiv i64 %pexp133, 4
  %508 = srem i64 %pexp133, 4
  %509 = mul i64 %508, 16
  %510 = mul i64 %507, 64
  %511 = add i64 %510, %509
  %512 = getelementptr float, ptr %pbuf, i64 %511
  %513 = getelementptr float, ptr %muse, i64 %507
  %514 = load float, ptr %513, align 4
  %515 = insertelement <16 x float> poison, float %514, i32 0
  %splat134 = shufflevector <16 x float> %515, <16 x float> poison, <16 x i32> zeroinitializer
  %516 = load <16 x float>, ptr %512, align 64
  %517 = fsub <16 x float> %516, %splat134
  %518 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %517, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %519 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %518, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %520 = fadd <16 x float> %519, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n135 = fsub <16 x float> %520, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f136 = fsub <16 x float> %519, %n135
  %521 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f136, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %522 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %521, <16 x float> %f136, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %523 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %522, <16 x float> %f136, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %524 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %523, <16 x float> %f136, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %525 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %524, <16 x float> %f136, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %526 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %525, <16 x float> %f136, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %527 = fptosi <16 x float> %n135 to <16 x i32>
  %528 = add <16 x i32> %527, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %529 = shl <16 x i32> %528, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %530 = bitcast <16 x i32> %529 to <16 x float>
  %exp2137 = fmul <16 x float> %526, %530
  store <16 x float> %exp2137, ptr %512, align 64
  %531 = getelementptr <16 x float>, ptr %lsum, i64 %507
  %532 = icmp eq i64 %508, 0
  %533 = load <16 x float>, ptr %531, align 64
  %534 = select i1 %532, <16 x float> zeroinitializer, <16 x float> %533
  %535 = fadd <16 x float> %534, %exp2137
  store <16 x float> %535, ptr %531, align 64
  %536 = add nsw i64 %pexp133, 1
  br label %pexp

lsum138:                                          ; preds = %pexp, %body139
  %lsum142 = phi i64 [ %545, %body139 ], [ 0, %pexp ]
  %537 = icmp slt i64 %lsum142, 4
  br i1 %537, label %body139, label %exit141

body139:                                          ; preds = %lsum138
  %538 = getelementptr float, ptr %ls, i64 %lsum142
  %539 = getelementptr float, ptr %alpha, i64 %lsum142
  %540 = load float, ptr %539, align 4
  %541 = getelementptr <16 x float>, ptr %lsum, i64 %lsum142
  %542 = load <16 x float>, ptr %541, align 64
  %543 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %542)
  %l = load float, ptr %538, align 4
  %544 = call float @llvm.fmuladd.f32(float %l, float %540, float %543)
  store float %544, ptr %538, align 4
  %545 = add nsw i64 %lsum142, 1
  br label %lsum138

exit141:                                          ; preds = %lsum138
  %546 = sub i32 %47, %kblock13
  %547 = call i32 @llvm.smin.i32(i32 64, i32 %546)
  br label %pvpass

pvpass:                                           ; preds = %exit153, %exit141
  %pvpass146 = phi i64 [ 0, %exit141 ], [ %666, %exit153 ]
  %548 = icmp slt i64 %pvpass146, 64
  br i1 %548, label %body143, label %exit145

body143:                                          ; preds = %pvpass
  %c0 = mul i64 %pvpass146, 4
  %c0e = mul i64 %c0, 16
  %c0b = mul i64 %c0e, 2
  %549 = load float, ptr %alpha, align 4
  %550 = insertelement <16 x float> poison, float %549, i32 0
  %splat147 = shufflevector <16 x float> %550, <16 x float> poison, <16 x i32> zeroinitializer
  %551 = getelementptr float, ptr %accs, i64 %c0e
  %552 = load <16 x float>, ptr %551, align 64
  %553 = fmul <16 x float> %552, %splat147
  %554 = add i64 %c0e, 16
  %555 = getelementptr float, ptr %accs, i64 %554
  %556 = load <16 x float>, ptr %555, align 64
  %557 = fmul <16 x float> %556, %splat147
  %558 = add i64 %c0e, 32
  %559 = getelementptr float, ptr %accs, i64 %558
  %560 = load <16 x float>, ptr %559, align 64
  %561 = fmul <16 x float> %560, %splat147
  %562 = add i64 %c0e, 48
  %563 = getelementptr float, ptr %accs, i64 %562
  %564 = load <16 x float>, ptr %563, align 64
  %565 = fmul <16 x float> %564, %splat147
  %566 = getelementptr float, ptr %alpha, i64 1
  %567 = load float, ptr %566, align 4
  %568 = insertelement <16 x float> poison, float %567, i32 0
  %splat148 = shufflevector <16 x float> %568, <16 x float> poison, <16 x i32> zeroinitializer
  %569 = add i64 %c0e, 4096
  %570 = getelementptr float, ptr %accs, i64 %569
  %571 = load <16 x float>, ptr %570, align 64
  %572 = fmul <16 x float> %571, %splat148
  %573 = add i64 %c0e, 4112
  %574 = getelementptr float, ptr %accs, i64 %573
  %575 = load <16 x float>, ptr %574, align 64
  %576 = fmul <16 x float> %575, %splat148
  %577 = add i64 %c0e, 4128
  %578 = getelementptr float, ptr %accs, i64 %577
  %579 = load <16 x float>, ptr %578, align 64
  %580 = fmul <16 x float> %579, %splat148
  %581 = add i64 %c0e, 4144
  %582 = getelementptr float, ptr %accs, i64 %581
  %583 = load <16 x float>, ptr %582, align 64
  %584 = fmul <16 x float> %583, %splat148
  %585 = getelementptr float, ptr %alpha, i64 2
  %586 = load float, ptr %585, align 4
  %587 = insertelement <16 x float> poison, float %586, i32 0
  %splat149 = shufflevector <16 x float> %587, <16 x float> poison, <16 x i32> zeroinitializer
  %588 = add i64 %c0e, 8192
  %589 = getelementptr float, ptr %accs, i64 %588
  %590 = load <16 x float>, ptr %589, align 64
  %591 = fmul <16 x float> %590, %splat149
  %592 = add i64 %c0e, 8208
  %593 = getelementptr float, ptr %accs, i64 %592
  %594 = load <16 x float>, ptr %593, align 64
  %595 = fmul <16 x float> %594, %splat149
  %596 = add i64 %c0e, 8224
  %597 = getelementptr float, ptr %accs, i64 %596
  %598 = load <16 x float>, ptr %597, align 64
  %599 = fmul <16 x float> %598, %splat149
  %600 = add i64 %c0e, 8240
  %601 = getelementptr float, ptr %accs, i64 %600
  %602 = load <16 x float>, ptr %601, align 64
  %603 = fmul <16 x float> %602, %splat149
  %604 = getelementptr float, ptr %alpha, i64 3
  %605 = load float, ptr %604, align 4
  %606 = insertelement <16 x float> poison, float %605, i32 0
  %splat150 = shufflevector <16 x float> %606, <16 x float> poison, <16 x i32> zeroinitializer
  %607 = add i64 %c0e, 12288
  %608 = getelementptr float, ptr %accs, i64 %607
  %609 = load <16 x float>, ptr %608, align 64
  %610 = fmul <16 x float> %609, %splat150
  %611 = add i64 %c0e, 12304
  %612 = getelementptr float, ptr %accs, i64 %611
  %613 = load <16 x float>, ptr %612, align 64
  %614 = fmul <16 x float> %613, %splat150
  %615 = add i64 %c0e, 12320
  %616 = getelementptr float, ptr %accs, i64 %615
  %617 = load <16 x float>, ptr %616, align 64
  %618 = fmul <16 x float> %617, %splat150
  %619 = add i64 %c0e, 12336
  %620 = getelementptr float, ptr %accs, i64 %619
  %621 = load <16 x float>, ptr %620, align 64
  %622 = fmul <16 x float> %621, %splat150
  br label %kpv

exit145:                                          ; preds = %pvpass
  %623 = add nsw i32 %kblock13, 64
  br label %kblock

kpv:                                              ; preds = %body151, %body143
  %pacc.sroa.60.0 = phi <16 x float> [ %622, %body143 ], [ %664, %body151 ]
  %pacc.sroa.56.0 = phi <16 x float> [ %618, %body143 ], [ %658, %body151 ]
  %pacc.sroa.52.0 = phi <16 x float> [ %614, %body143 ], [ %652, %body151 ]
  %pacc.sroa.48.0 = phi <16 x float> [ %610, %body143 ], [ %646, %body151 ]
  %pacc.sroa.44.0 = phi <16 x float> [ %603, %body143 ], [ %663, %body151 ]
  %pacc.sroa.40.0 = phi <16 x float> [ %599, %body143 ], [ %657, %body151 ]
  %pacc.sroa.36.0 = phi <16 x float> [ %595, %body143 ], [ %651, %body151 ]
  %pacc.sroa.32.0 = phi <16 x float> [ %591, %body143 ], [ %645, %body151 ]
  %pacc.sroa.28.0 = phi <16 x float> [ %584, %body143 ], [ %662, %body151 ]
  %pacc.sroa.24.0 = phi <16 x float> [ %580, %body143 ], [ %656, %body151 ]
  %pacc.sroa.20.0 = phi <16 x float> [ %576, %body143 ], [ %650, %body151 ]
  %pacc.sroa.16.0 = phi <16 x float> [ %572, %body143 ], [ %644, %body151 ]
  %pacc.sroa.12.0 = phi <16 x float> [ %565, %body143 ], [ %661, %body151 ]
  %pacc.sroa.8.0 = phi <16 x float> [ %561, %body143 ], [ %655, %body151 ]
  %pacc.sroa.4.0 = phi <16 x float> [ %557, %body143 ], [ %649, %body151 ]
  %pacc.sroa.0.0 = phi <16 x float> [ %553, %body143 ], [ %643, %body151 ]
  %kpv154 = phi i32 [ 0, %body143 ], [ %665, %body151 ]
  %624 = icmp slt i32 %kpv154, %547
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
  store <16 x float> %pacc.sroa.0.0, ptr %551, align 64
  store <16 x float> %pacc.sroa.4.0, ptr %555, align 64
  store <16 x float> %pacc.sroa.8.0, ptr %559, align 64
  store <16 x float> %pacc.sroa.12.0, ptr %563, align 64
  store <16 x float> %pacc.sroa.16.0, ptr %570, align 64
  store <16 x float> %pacc.sroa.20.0, ptr %574, align 64
  store <16 x float> %pacc.sroa.24.0, ptr %578, align 64
  store <16 x float> %pacc.sroa.28.0, ptr %582, align 64
  store <16 x float> %pacc.sroa.32.0, ptr %589, align 64
  store <16 x float> %pacc.sroa.36.0, ptr %593, align 64
  store <16 x float> %pacc.sroa.40.0, ptr %597, align 64
  store <16 x float> %pacc.sroa.44.0, ptr %601, align 64
  store <16 x float> %pacc.sroa.48.0, ptr %608, align 64
  store <16 x float> %pacc.sroa.52.0, ptr %612, align 64
  store <16 x float> %pacc.sroa.56.0, ptr %616, align 64
  store <16 x float> %pacc.sroa.60.0, ptr %620, align 64
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
