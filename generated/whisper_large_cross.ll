; ModuleID = 'whisper_large_cross'
source_filename = "whisper_large_cross"
target triple = "x86_64-unknown-linux-gnu"

@whisper_large_cross.name = private unnamed_addr constant [20 x i8] c"whisper_large_cross\00"
@whisper_large_cross.spec = private unnamed_addr constant [384 x i8] c"attncc: 1\0Aname: whisper_large_cross\0Aphase: decode\0Akind: cross\0Aheads: {q: 20, kv: 20, dim: 64, v_dim: 64}\0Atypes: {q: f16, cache: f16, out: f16}\0Ascale: auto\0Acache: {store: x, layout: contiguous, order: token_major, capacity: 1500, latent_dim: 0, rope_dim: 0, shared_across_layers: true}\0Amask: {causal: false}\0Aoutput: {lse: false}\0Aslim: {order: auto}\0Amodel: {layers: 32, d_model: 1280}\0A\00"
@whisper_large_cross_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32, ptr, i32, i32, i32, i32, float, i32, i32, i32, i32, i32, ptr } { i32 7, i32 1, i64 6817037952159441191, ptr @whisper_large_cross.name, ptr @whisper_large_cross.spec, i32 20, i32 20, i32 64, i32 64, i32 1, i32 1, i32 1, i32 0, i32 0, i32 0, i32 1500, i32 0, i32 0, float 1.250000e-01, i32 2, i32 1280, i32 0, ptr null, i32 0, i32 0, i32 0, i32 0, float 0.000000e+00, i32 0, i32 0, i32 0, i32 0, i32 0, ptr null }, align 8
@whisper_large_cross_kernel = internal constant { ptr, ptr, i32, i32, i32, i32, i32, i32, ptr } { ptr @whisper_large_cross_info_data, ptr @whisper_large_cross_tile, i32 1, i32 20, i32 16, i32 256, i32 1, i32 1280, ptr @whisper_large_cross_project }, align 8

; Function Attrs: nounwind
define internal void @whisper_large_cross_project(ptr %0, ptr %1, i64 %2) #0 {
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
define internal void @whisper_large_cross_tile(ptr %0, ptr %1) #0 {
entry:
  %dots = alloca [16 x <16 x float>], align 64
  %qnope = alloca [4 x <16 x float>], align 64
  %lv = alloca [2 x <16 x float>], align 64
  %mv = alloca [2 x <16 x float>], align 64
  %lims = alloca [32 x i32], align 64
  %rowbuf = alloca [80 x <16 x float>], align 64
  %ot = alloca [163840 x i8], align 64
  %st = alloca [3072 x i8], align 64
  %vbuf = alloca [61440 x i8], align 64
  %kbuf = alloca [122880 x i8], align 64
  %qt = alloca [163840 x i8], align 64
  %ls = alloca [32 x float], align 64
  %ms = alloca [32 x float], align 64
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
  %19 = mul i64 %18, 3840000
  %20 = getelementptr i8, ptr %k_cache, i64 %19
  %21 = sext i32 %kv_head to i64
  %22 = icmp sgt i32 %nrows, 0
  br i1 %22, label %qrow, label %done

done:                                             ; preds = %orow135, %entry
  ret void

qrow:                                             ; preds = %entry, %exit17
  %qrow1 = phi i32 [ %176, %exit17 ], [ 0, %entry ]
  %23 = icmp slt i32 %qrow1, 32
  br i1 %23, label %body, label %otzero

body:                                             ; preds = %qrow
  %24 = icmp slt i32 %qrow1, %nrows
  %25 = sub i32 %nrows, 1
  %26 = call i32 @llvm.smin.i32(i32 %qrow1, i32 %25)
  %27 = sdiv i32 %26, %nh
  %qi = add i32 %q_begin, %27
  %28 = srem i32 %26, %nh
  %29 = add i32 %h_begin, %28
  %30 = mul i32 %kv_head, 20
  %hq = add i32 %30, %29
  %31 = sext i32 %qi to i64
  %32 = add i64 %q_row0, %31
  %33 = mul i64 %32, 20
  %34 = sext i32 %hq to i64
  %orow = add i64 %33, %34
  %35 = mul i64 %orow, 128
  %36 = getelementptr i8, ptr %q, i64 %35
  %37 = select i1 %24, float 0x3FC7154760000000, float 0.000000e+00
  %38 = insertelement <16 x float> poison, float %37, i32 0
  %splat = shufflevector <16 x float> %38, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %45, %body2 ]
  %39 = icmp slt i64 %chunk5, 4
  br i1 %39, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %40 = mul i64 %chunk5, 32
  %41 = getelementptr i8, ptr %36, i64 %40
  %42 = load <16 x half>, ptr %41, align 2
  %f16 = fpext <16 x half> %42 to <16 x float>
  %43 = fmul <16 x float> %f16, %splat
  %44 = getelementptr <16 x float>, ptr %qnope, i64 %chunk5
  store <16 x float> %43, ptr %44, align 64
  %45 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %46 = srem i64 %orow, 20
  %47 = getelementptr i8, ptr %0, i64 128
  %w_absorb = load ptr, ptr %47, align 8
  %48 = mul i64 %46, 64
  %49 = getelementptr float, ptr %w_absorb, i64 %48
  br label %absorb

absorb:                                           ; preds = %exit12, %exit4
  %absorb9 = phi i64 [ 0, %exit4 ], [ %166, %exit12 ]
  %50 = icmp slt i64 %absorb9, 80
  br i1 %50, label %body6, label %exit8

body6:                                            ; preds = %absorb
  %51 = mul i64 %absorb9, 16
  br label %absorb_out

exit8:                                            ; preds = %absorb
  %52 = sext i32 %qrow1 to i64
  %53 = getelementptr i32, ptr %lims, i64 %52
  store i32 %k_end, ptr %53, align 4
  %54 = sdiv i32 %qrow1, 32
  %55 = sext i32 %54 to i64
  %56 = mul i64 %55, 40960
  %57 = getelementptr i32, ptr %qt, i64 %56
  %58 = srem i32 %qrow1, 32
  br label %qcol

absorb_out:                                       ; preds = %body10, %body6
  %absorb_out13 = phi i64 [ 0, %body6 ], [ %83, %body10 ]
  %59 = icmp slt i64 %absorb_out13, 16
  br i1 %59, label %body10, label %exit12

body10:                                           ; preds = %absorb_out
  %60 = add i64 %51, %absorb_out13
  %61 = call i64 @llvm.smin.i64(i64 %60, i64 1279)
  %62 = mul i64 %61, 1280
  %63 = getelementptr float, ptr %49, i64 %62
  %64 = load <16 x float>, ptr %63, align 4
  %65 = load <16 x float>, ptr %qnope, align 64
  %66 = fmul <16 x float> %65, %64
  %67 = getelementptr float, ptr %63, i64 16
  %68 = load <16 x float>, ptr %67, align 4
  %69 = getelementptr <16 x float>, ptr %qnope, i64 1
  %70 = load <16 x float>, ptr %69, align 64
  %71 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %70, <16 x float> %68, <16 x float> %66)
  %72 = getelementptr float, ptr %63, i64 32
  %73 = load <16 x float>, ptr %72, align 4
  %74 = getelementptr <16 x float>, ptr %qnope, i64 2
  %75 = load <16 x float>, ptr %74, align 64
  %76 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %75, <16 x float> %73, <16 x float> %71)
  %77 = getelementptr float, ptr %63, i64 48
  %78 = load <16 x float>, ptr %77, align 4
  %79 = getelementptr <16 x float>, ptr %qnope, i64 3
  %80 = load <16 x float>, ptr %79, align 64
  %81 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %80, <16 x float> %78, <16 x float> %76)
  %82 = getelementptr <16 x float>, ptr %dots, i64 %absorb_out13
  store <16 x float> %81, ptr %82, align 64
  %83 = add nsw i64 %absorb_out13, 1
  br label %absorb_out

exit12:                                           ; preds = %absorb_out
  %84 = load <16 x float>, ptr %dots, align 64
  %85 = getelementptr <16 x float>, ptr %dots, i64 1
  %86 = load <16 x float>, ptr %85, align 64
  %87 = shufflevector <16 x float> %84, <16 x float> %86, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %88 = shufflevector <16 x float> %84, <16 x float> %86, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %89 = fadd <16 x float> %87, %88
  %90 = getelementptr <16 x float>, ptr %dots, i64 2
  %91 = load <16 x float>, ptr %90, align 64
  %92 = getelementptr <16 x float>, ptr %dots, i64 3
  %93 = load <16 x float>, ptr %92, align 64
  %94 = shufflevector <16 x float> %91, <16 x float> %93, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %95 = shufflevector <16 x float> %91, <16 x float> %93, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %96 = fadd <16 x float> %94, %95
  %97 = shufflevector <16 x float> %89, <16 x float> %96, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %98 = shufflevector <16 x float> %89, <16 x float> %96, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %99 = fadd <16 x float> %97, %98
  %100 = getelementptr <16 x float>, ptr %dots, i64 4
  %101 = load <16 x float>, ptr %100, align 64
  %102 = getelementptr <16 x float>, ptr %dots, i64 5
  %103 = load <16 x float>, ptr %102, align 64
  %104 = shufflevector <16 x float> %101, <16 x float> %103, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %105 = shufflevector <16 x float> %101, <16 x float> %103, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %106 = fadd <16 x float> %104, %105
  %107 = getelementptr <16 x float>, ptr %dots, i64 6
  %108 = load <16 x float>, ptr %107, align 64
  %109 = getelementptr <16 x float>, ptr %dots, i64 7
  %110 = load <16 x float>, ptr %109, align 64
  %111 = shufflevector <16 x float> %108, <16 x float> %110, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %112 = shufflevector <16 x float> %108, <16 x float> %110, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %113 = fadd <16 x float> %111, %112
  %114 = shufflevector <16 x float> %106, <16 x float> %113, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %115 = shufflevector <16 x float> %106, <16 x float> %113, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %116 = fadd <16 x float> %114, %115
  %117 = shufflevector <16 x float> %99, <16 x float> %116, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %118 = shufflevector <16 x float> %99, <16 x float> %116, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %119 = fadd <16 x float> %117, %118
  %120 = getelementptr <16 x float>, ptr %dots, i64 8
  %121 = load <16 x float>, ptr %120, align 64
  %122 = getelementptr <16 x float>, ptr %dots, i64 9
  %123 = load <16 x float>, ptr %122, align 64
  %124 = shufflevector <16 x float> %121, <16 x float> %123, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %125 = shufflevector <16 x float> %121, <16 x float> %123, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %126 = fadd <16 x float> %124, %125
  %127 = getelementptr <16 x float>, ptr %dots, i64 10
  %128 = load <16 x float>, ptr %127, align 64
  %129 = getelementptr <16 x float>, ptr %dots, i64 11
  %130 = load <16 x float>, ptr %129, align 64
  %131 = shufflevector <16 x float> %128, <16 x float> %130, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %132 = shufflevector <16 x float> %128, <16 x float> %130, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %133 = fadd <16 x float> %131, %132
  %134 = shufflevector <16 x float> %126, <16 x float> %133, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %135 = shufflevector <16 x float> %126, <16 x float> %133, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %136 = fadd <16 x float> %134, %135
  %137 = getelementptr <16 x float>, ptr %dots, i64 12
  %138 = load <16 x float>, ptr %137, align 64
  %139 = getelementptr <16 x float>, ptr %dots, i64 13
  %140 = load <16 x float>, ptr %139, align 64
  %141 = shufflevector <16 x float> %138, <16 x float> %140, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %142 = shufflevector <16 x float> %138, <16 x float> %140, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %143 = fadd <16 x float> %141, %142
  %144 = getelementptr <16 x float>, ptr %dots, i64 14
  %145 = load <16 x float>, ptr %144, align 64
  %146 = getelementptr <16 x float>, ptr %dots, i64 15
  %147 = load <16 x float>, ptr %146, align 64
  %148 = shufflevector <16 x float> %145, <16 x float> %147, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %149 = shufflevector <16 x float> %145, <16 x float> %147, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %150 = fadd <16 x float> %148, %149
  %151 = shufflevector <16 x float> %143, <16 x float> %150, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %152 = shufflevector <16 x float> %143, <16 x float> %150, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %153 = fadd <16 x float> %151, %152
  %154 = shufflevector <16 x float> %136, <16 x float> %153, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %155 = shufflevector <16 x float> %136, <16 x float> %153, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %156 = fadd <16 x float> %154, %155
  %157 = shufflevector <16 x float> %119, <16 x float> %156, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %158 = shufflevector <16 x float> %119, <16 x float> %156, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %159 = fadd <16 x float> %157, %158
  %160 = trunc i64 %51 to i32
  %161 = insertelement <16 x i32> poison, i32 %160, i32 0
  %splat14 = shufflevector <16 x i32> %161, <16 x i32> poison, <16 x i32> zeroinitializer
  %162 = add <16 x i32> %splat14, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %163 = icmp slt <16 x i32> %162, <i32 1280, i32 1280, i32 1280, i32 1280, i32 1280, i32 1280, i32 1280, i32 1280, i32 1280, i32 1280, i32 1280, i32 1280, i32 1280, i32 1280, i32 1280, i32 1280>
  %164 = getelementptr <16 x float>, ptr %rowbuf, i64 %absorb9
  %165 = select <16 x i1> %163, <16 x float> %159, <16 x float> zeroinitializer
  store <16 x float> %165, ptr %164, align 64
  %166 = add nsw i64 %absorb9, 1
  br label %absorb

qcol:                                             ; preds = %body15, %exit8
  %qcol18 = phi i32 [ 0, %exit8 ], [ %175, %body15 ]
  %167 = icmp slt i32 %qcol18, 1280
  br i1 %167, label %body15, label %exit17

body15:                                           ; preds = %qcol
  %168 = sext i32 %qcol18 to i64
  %169 = getelementptr i32, ptr %rowbuf, i64 %168
  %170 = load float, ptr %169, align 4
  %171 = sext i32 %58 to i64
  %172 = mul i64 %168, 32
  %173 = add i64 %172, %171
  %174 = getelementptr i32, ptr %57, i64 %173
  store float %170, ptr %174, align 4
  %175 = add nsw i32 %qcol18, 1
  br label %qcol

exit17:                                           ; preds = %qcol
  %176 = add nsw i32 %qrow1, 1
  br label %qrow

otzero:                                           ; preds = %qrow, %body19
  %otzero22 = phi i32 [ %181, %body19 ], [ 0, %qrow ]
  %177 = icmp slt i32 %otzero22, 2560
  br i1 %177, label %body19, label %exit21

body19:                                           ; preds = %otzero
  %178 = sext i32 %otzero22 to i64
  %179 = mul i64 %178, 16
  %180 = getelementptr i32, ptr %ot, i64 %179
  store <16 x float> zeroinitializer, ptr %180, align 64
  %181 = add nsw i32 %otzero22, 1
  br label %otzero

exit21:                                           ; preds = %otzero
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %mv, align 64
  store <16 x float> zeroinitializer, ptr %lv, align 64
  %182 = getelementptr <16 x float>, ptr %mv, i64 1
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %182, align 64
  %183 = getelementptr <16 x float>, ptr %lv, i64 1
  store <16 x float> zeroinitializer, ptr %183, align 64
  %k_last = sub i32 %k_end, 1
  br label %ktile

ktile:                                            ; preds = %exit50, %exit21
  %ktile26 = phi i32 [ %k_begin, %exit21 ], [ %238, %exit50 ]
  %184 = icmp slt i32 %ktile26, %k_end
  br i1 %184, label %body23, label %exit25

body23:                                           ; preds = %ktile
  %185 = sub i32 %k_end, %ktile26
  %186 = call i32 @llvm.smin.i32(i32 12, i32 %185)
  %187 = add i32 %186, 11
  %188 = sdiv i32 %187, 12
  %189 = mul i32 %188, 12
  br label %kpack

exit25:                                           ; preds = %ktile
  %190 = load <16 x float>, ptr %mv, align 64
  store <16 x float> %190, ptr %ms, align 64
  %191 = load <16 x float>, ptr %lv, align 64
  store <16 x float> %191, ptr %ls, align 64
  %192 = getelementptr float, ptr %ms, i64 16
  %193 = load <16 x float>, ptr %182, align 64
  store <16 x float> %193, ptr %192, align 64
  %194 = getelementptr float, ptr %ls, i64 16
  %195 = load <16 x float>, ptr %183, align 64
  store <16 x float> %195, ptr %194, align 64
  br label %orow135

kpack:                                            ; preds = %exit34, %body23
  %kpack30 = phi i32 [ 0, %body23 ], [ %213, %exit34 ]
  %196 = icmp slt i32 %kpack30, %189
  br i1 %196, label %body27, label %vpack

body27:                                           ; preds = %kpack
  %197 = add i32 %ktile26, %kpack30
  %198 = call i32 @llvm.smin.i32(i32 %197, i32 %k_last)
  %199 = sext i32 %198 to i64
  %row = add i64 %21, %199
  %200 = mul i64 %row, 2560
  %201 = getelementptr i8, ptr %20, i64 %200
  %202 = sext i32 %kpack30 to i64
  %203 = mul i64 %202, 1280
  %204 = getelementptr i32, ptr %kbuf, i64 %203
  br label %chunk31

chunk31:                                          ; preds = %body32, %body27
  %chunk35 = phi i64 [ 0, %body27 ], [ %212, %body32 ]
  %205 = icmp slt i64 %chunk35, 80
  br i1 %205, label %body32, label %exit34

body32:                                           ; preds = %chunk31
  %206 = mul i64 %chunk35, 16
  %207 = mul i64 %206, 4
  %208 = mul i64 %206, 2
  %209 = getelementptr i8, ptr %201, i64 %208
  %210 = load <16 x half>, ptr %209, align 2
  %f1636 = fpext <16 x half> %210 to <16 x float>
  %211 = getelementptr i8, ptr %204, i64 %207
  store <16 x float> %f1636, ptr %211, align 64
  %212 = add nsw i64 %chunk35, 1
  br label %chunk31

exit34:                                           ; preds = %chunk31
  %213 = add nsw i32 %kpack30, 1
  br label %kpack

vpack:                                            ; preds = %kpack, %exit45
  %vpack40 = phi i32 [ %231, %exit45 ], [ 0, %kpack ]
  %214 = icmp slt i32 %vpack40, %186
  br i1 %214, label %body37, label %exit39

body37:                                           ; preds = %vpack
  %215 = add i32 %ktile26, %vpack40
  %216 = sext i32 %215 to i64
  %row41 = add i64 %21, %216
  %217 = mul i64 %row41, 2560
  %218 = getelementptr i8, ptr %20, i64 %217
  %219 = sext i32 %vpack40 to i64
  %220 = mul i64 %219, 1280
  %221 = getelementptr i32, ptr %vbuf, i64 %220
  br label %chunk42

exit39:                                           ; preds = %vpack
  %222 = add i32 %nrows, 31
  %nblk = sdiv i32 %222, 32
  br label %rblock

chunk42:                                          ; preds = %body43, %body37
  %chunk46 = phi i64 [ 0, %body37 ], [ %230, %body43 ]
  %223 = icmp slt i64 %chunk46, 80
  br i1 %223, label %body43, label %exit45

body43:                                           ; preds = %chunk42
  %224 = mul i64 %chunk46, 16
  %225 = mul i64 %224, 4
  %226 = mul i64 %224, 2
  %227 = getelementptr i8, ptr %218, i64 %226
  %228 = load <16 x half>, ptr %227, align 2
  %f1647 = fpext <16 x half> %228 to <16 x float>
  %229 = getelementptr i8, ptr %221, i64 %225
  store <16 x float> %f1647, ptr %229, align 64
  %230 = add nsw i64 %chunk46, 1
  br label %chunk42

exit45:                                           ; preds = %chunk42
  %231 = add nsw i32 %vpack40, 1
  br label %vpack

rblock:                                           ; preds = %join, %exit39
  %rblock51 = phi i32 [ 0, %exit39 ], [ %251, %join ]
  %232 = icmp slt i32 %rblock51, %nblk
  br i1 %232, label %body48, label %exit50

body48:                                           ; preds = %rblock
  %233 = sext i32 %rblock51 to i64
  %234 = mul i32 %rblock51, 32
  %235 = add i32 %234, 31
  %236 = sub i32 %nrows, 1
  %237 = icmp sgt i32 %186, 0
  br i1 %237, label %rvisit, label %join

exit50:                                           ; preds = %rblock
  %238 = add nsw i32 %ktile26, 12
  br label %ktile

rvisit:                                           ; preds = %body48
  %239 = mul i64 %233, 40960
  %240 = getelementptr i32, ptr %qt, i64 %239
  %241 = getelementptr i32, ptr %ot, i64 %239
  %242 = mul i64 %233, 2
  %243 = getelementptr <16 x float>, ptr %mv, i64 %242
  %244 = getelementptr <16 x float>, ptr %lv, i64 %242
  %245 = mul i64 %233, 32
  %246 = getelementptr i32, ptr %lims, i64 %245
  %247 = load <16 x i32>, ptr %246, align 64
  %248 = add i64 %245, 16
  %249 = getelementptr i32, ptr %lims, i64 %248
  %250 = load <16 x i32>, ptr %249, align 64
  br label %sblock

join:                                             ; preds = %pvblock, %body48
  %251 = add nsw i32 %rblock51, 1
  br label %rblock

sblock:                                           ; preds = %exit58, %rvisit
  %sblock55 = phi i32 [ 0, %rvisit ], [ %335, %exit58 ]
  %252 = icmp slt i32 %sblock55, %186
  br i1 %252, label %body52, label %smask

body52:                                           ; preds = %sblock
  %253 = sext i32 %sblock55 to i64
  %254 = mul i64 %253, 1280
  %255 = getelementptr i32, ptr %kbuf, i64 %254
  br label %sdim

sdim:                                             ; preds = %body56, %body52
  %sacc.sroa.92.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %308, %body56 ]
  %sacc.sroa.88.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %307, %body56 ]
  %sacc.sroa.84.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %304, %body56 ]
  %sacc.sroa.80.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %303, %body56 ]
  %sacc.sroa.76.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %300, %body56 ]
  %sacc.sroa.72.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %299, %body56 ]
  %sacc.sroa.68.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %296, %body56 ]
  %sacc.sroa.64.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %295, %body56 ]
  %sacc.sroa.60.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %292, %body56 ]
  %sacc.sroa.56.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %291, %body56 ]
  %sacc.sroa.52.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %288, %body56 ]
  %sacc.sroa.48.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %287, %body56 ]
  %sacc.sroa.44.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %284, %body56 ]
  %sacc.sroa.40.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %283, %body56 ]
  %sacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %280, %body56 ]
  %sacc.sroa.32.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %279, %body56 ]
  %sacc.sroa.28.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %276, %body56 ]
  %sacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %275, %body56 ]
  %sacc.sroa.20.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %272, %body56 ]
  %sacc.sroa.16.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %271, %body56 ]
  %sacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %268, %body56 ]
  %sacc.sroa.8.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %267, %body56 ]
  %sacc.sroa.4.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %264, %body56 ]
  %sacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %263, %body56 ]
  %sdim59 = phi i32 [ 0, %body52 ], [ %309, %body56 ]
  %256 = icmp slt i32 %sdim59, 1280
  br i1 %256, label %body56, label %exit58

body56:                                           ; preds = %sdim
  %257 = sext i32 %sdim59 to i64
  %258 = mul i64 %257, 32
  %259 = getelementptr i32, ptr %240, i64 %258
  %qt60 = load <16 x float>, ptr %259, align 64
  %260 = getelementptr i32, ptr %259, i64 16
  %qt61 = load <16 x float>, ptr %260, align 64
  %261 = getelementptr i32, ptr %255, i64 %257
  %k = load float, ptr %261, align 4
  %262 = insertelement <16 x float> poison, float %k, i32 0
  %splat62 = shufflevector <16 x float> %262, <16 x float> poison, <16 x i32> zeroinitializer
  %263 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt60, <16 x float> %splat62, <16 x float> %sacc.sroa.0.0)
  %264 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat62, <16 x float> %sacc.sroa.4.0)
  %265 = getelementptr i32, ptr %261, i64 1280
  %k63 = load float, ptr %265, align 4
  %266 = insertelement <16 x float> poison, float %k63, i32 0
  %splat64 = shufflevector <16 x float> %266, <16 x float> poison, <16 x i32> zeroinitializer
  %267 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt60, <16 x float> %splat64, <16 x float> %sacc.sroa.8.0)
  %268 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat64, <16 x float> %sacc.sroa.12.0)
  %269 = getelementptr i32, ptr %261, i64 2560
  %k65 = load float, ptr %269, align 4
  %270 = insertelement <16 x float> poison, float %k65, i32 0
  %splat66 = shufflevector <16 x float> %270, <16 x float> poison, <16 x i32> zeroinitializer
  %271 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt60, <16 x float> %splat66, <16 x float> %sacc.sroa.16.0)
  %272 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat66, <16 x float> %sacc.sroa.20.0)
  %273 = getelementptr i32, ptr %261, i64 3840
  %k67 = load float, ptr %273, align 4
  %274 = insertelement <16 x float> poison, float %k67, i32 0
  %splat68 = shufflevector <16 x float> %274, <16 x float> poison, <16 x i32> zeroinitializer
  %275 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt60, <16 x float> %splat68, <16 x float> %sacc.sroa.24.0)
  %276 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat68, <16 x float> %sacc.sroa.28.0)
  %277 = getelementptr i32, ptr %261, i64 5120
  %k69 = load float, ptr %277, align 4
  %278 = insertelement <16 x float> poison, float %k69, i32 0
  %splat70 = shufflevector <16 x float> %278, <16 x float> poison, <16 x i32> zeroinitializer
  %279 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt60, <16 x float> %splat70, <16 x float> %sacc.sroa.32.0)
  %280 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat70, <16 x float> %sacc.sroa.36.0)
  %281 = getelementptr i32, ptr %261, i64 6400
  %k71 = load float, ptr %281, align 4
  %282 = insertelement <16 x float> poison, float %k71, i32 0
  %splat72 = shufflevector <16 x float> %282, <16 x float> poison, <16 x i32> zeroinitializer
  %283 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt60, <16 x float> %splat72, <16 x float> %sacc.sroa.40.0)
  %284 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat72, <16 x float> %sacc.sroa.44.0)
  %285 = getelementptr i32, ptr %261, i64 7680
  %k73 = load float, ptr %285, align 4
  %286 = insertelement <16 x float> poison, float %k73, i32 0
  %splat74 = shufflevector <16 x float> %286, <16 x float> poison, <16 x i32> zeroinitializer
  %287 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt60, <16 x float> %splat74, <16 x float> %sacc.sroa.48.0)
  %288 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat74, <16 x float> %sacc.sroa.52.0)
  %289 = getelementptr i32, ptr %261, i64 8960
  %k75 = load float, ptr %289, align 4
  %290 = insertelement <16 x float> poison, float %k75, i32 0
  %splat76 = shufflevector <16 x float> %290, <16 x float> poison, <16 x i32> zeroinitializer
  %291 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt60, <16 x float> %splat76, <16 x float> %sacc.sroa.56.0)
  %292 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat76, <16 x float> %sacc.sroa.60.0)
  %293 = getelementptr i32, ptr %261, i64 10240
  %k77 = load float, ptr %293, align 4
  %294 = insertelement <16 x float> poison, float %k77, i32 0
  %splat78 = shufflevector <16 x float> %294, <16 x float> poison, <16 x i32> zeroinitializer
  %295 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt60, <16 x float> %splat78, <16 x float> %sacc.sroa.64.0)
  %296 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat78, <16 x float> %sacc.sroa.68.0)
  %297 = getelementptr i32, ptr %261, i64 11520
  %k79 = load float, ptr %297, align 4
  %298 = insertelement <16 x float> poison, float %k79, i32 0
  %splat80 = shufflevector <16 x float> %298, <16 x float> poison, <16 x i32> zeroinitializer
  %299 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt60, <16 x float> %splat80, <16 x float> %sacc.sroa.72.0)
  %300 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat80, <16 x float> %sacc.sroa.76.0)
  %301 = getelementptr i32, ptr %261, i64 12800
  %k81 = load float, ptr %301, align 4
  %302 = insertelement <16 x float> poison, float %k81, i32 0
  %splat82 = shufflevector <16 x float> %302, <16 x float> poison, <16 x i32> zeroinitializer
  %303 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt60, <16 x float> %splat82, <16 x float> %sacc.sroa.80.0)
  %304 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat82, <16 x float> %sacc.sroa.84.0)
  %305 = getelementptr i32, ptr %261, i64 14080
  %k83 = load float, ptr %305, align 4
  %306 = insertelement <16 x float> poison, float %k83, i32 0
  %splat84 = shufflevector <16 x float> %306, <16 x float> poison, <16 x i32> zeroinitializer
  %307 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt60, <16 x float> %splat84, <16 x float> %sacc.sroa.88.0)
  %308 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat84, <16 x float> %sacc.sroa.92.0)
  %309 = add nsw i32 %sdim59, 1
  br label %sdim

exit58:                                           ; preds = %sdim
  %310 = mul i64 %253, 32
  %311 = getelementptr i32, ptr %st, i64 %310
  store <16 x float> %sacc.sroa.0.0, ptr %311, align 64
  %312 = getelementptr i32, ptr %311, i64 16
  store <16 x float> %sacc.sroa.4.0, ptr %312, align 64
  %313 = getelementptr i32, ptr %311, i64 32
  store <16 x float> %sacc.sroa.8.0, ptr %313, align 64
  %314 = getelementptr i32, ptr %311, i64 48
  store <16 x float> %sacc.sroa.12.0, ptr %314, align 64
  %315 = getelementptr i32, ptr %311, i64 64
  store <16 x float> %sacc.sroa.16.0, ptr %315, align 64
  %316 = getelementptr i32, ptr %311, i64 80
  store <16 x float> %sacc.sroa.20.0, ptr %316, align 64
  %317 = getelementptr i32, ptr %311, i64 96
  store <16 x float> %sacc.sroa.24.0, ptr %317, align 64
  %318 = getelementptr i32, ptr %311, i64 112
  store <16 x float> %sacc.sroa.28.0, ptr %318, align 64
  %319 = getelementptr i32, ptr %311, i64 128
  store <16 x float> %sacc.sroa.32.0, ptr %319, align 64
  %320 = getelementptr i32, ptr %311, i64 144
  store <16 x float> %sacc.sroa.36.0, ptr %320, align 64
  %321 = getelementptr i32, ptr %311, i64 160
  store <16 x float> %sacc.sroa.40.0, ptr %321, align 64
  %322 = getelementptr i32, ptr %311, i64 176
  store <16 x float> %sacc.sroa.44.0, ptr %322, align 64
  %323 = getelementptr i32, ptr %311, i64 192
  store <16 x float> %sacc.sroa.48.0, ptr %323, align 64
  %324 = getelementptr i32, ptr %311, i64 208
  store <16 x float> %sacc.sroa.52.0, ptr %324, align 64
  %325 = getelementptr i32, ptr %311, i64 224
  store <16 x float> %sacc.sroa.56.0, ptr %325, align 64
  %326 = getelementptr i32, ptr %311, i64 240
  store <16 x float> %sacc.sroa.60.0, ptr %326, align 64
  %327 = getelementptr i32, ptr %311, i64 256
  store <16 x float> %sacc.sroa.64.0, ptr %327, align 64
  %328 = getelementptr i32, ptr %311, i64 272
  store <16 x float> %sacc.sroa.68.0, ptr %328, align 64
  %329 = getelementptr i32, ptr %311, i64 288
  store <16 x float> %sacc.sroa.72.0, ptr %329, align 64
  %330 = getelementptr i32, ptr %311, i64 304
  store <16 x float> %sacc.sroa.76.0, ptr %330, align 64
  %331 = getelementptr i32, ptr %311, i64 320
  store <16 x float> %sacc.sroa.80.0, ptr %331, align 64
  %332 = getelementptr i32, ptr %311, i64 336
  store <16 x float> %sacc.sroa.84.0, ptr %332, align 64
  %333 = getelementptr i32, ptr %311, i64 352
  store <16 x float> %sacc.sroa.88.0, ptr %333, align 64
  %334 = getelementptr i32, ptr %311, i64 368
  store <16 x float> %sacc.sroa.92.0, ptr %334, align 64
  %335 = add nsw i32 %sblock55, 12
  br label %sblock

smask:                                            ; preds = %sblock, %body85
  %tmax.sroa.4.0 = phi <16 x float> [ %349, %body85 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %tmax.sroa.0.0 = phi <16 x float> [ %344, %body85 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %smask88 = phi i32 [ %350, %body85 ], [ 0, %sblock ]
  %336 = icmp slt i32 %smask88, %186
  br i1 %336, label %body85, label %exit87

body85:                                           ; preds = %smask
  %337 = add i32 %ktile26, %smask88
  %338 = insertelement <16 x i32> poison, i32 %337, i32 0
  %splat89 = shufflevector <16 x i32> %338, <16 x i32> poison, <16 x i32> zeroinitializer
  %339 = sext i32 %smask88 to i64
  %340 = mul i64 %339, 32
  %341 = getelementptr i32, ptr %st, i64 %340
  %s = load <16 x float>, ptr %341, align 64
  %342 = icmp slt <16 x i32> %splat89, %247
  %343 = select <16 x i1> %342, <16 x float> %s, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %343, ptr %341, align 64
  %344 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.0.0, <16 x float> %343)
  %345 = add i64 %340, 16
  %346 = getelementptr i32, ptr %st, i64 %345
  %s90 = load <16 x float>, ptr %346, align 64
  %347 = icmp slt <16 x i32> %splat89, %250
  %348 = select <16 x i1> %347, <16 x float> %s90, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %348, ptr %346, align 64
  %349 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.4.0, <16 x float> %348)
  %350 = add nsw i32 %smask88, 1
  br label %smask

exit87:                                           ; preds = %smask
  %m = load <16 x float>, ptr %243, align 64
  %351 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m, <16 x float> %tmax.sroa.0.0)
  %352 = fcmp oeq <16 x float> %351, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse91 = select <16 x i1> %352, <16 x float> zeroinitializer, <16 x float> %351
  %353 = fsub <16 x float> %m, %muse91
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
  store <16 x float> %351, ptr %243, align 64
  %367 = getelementptr <16 x float>, ptr %243, i64 1
  %m92 = load <16 x float>, ptr %367, align 64
  %368 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m92, <16 x float> %tmax.sroa.4.0)
  %369 = fcmp oeq <16 x float> %368, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse93 = select <16 x i1> %369, <16 x float> zeroinitializer, <16 x float> %368
  %370 = fsub <16 x float> %m92, %muse93
  %371 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %370, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %372 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %371, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %373 = fadd <16 x float> %372, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n94 = fsub <16 x float> %373, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f95 = fsub <16 x float> %372, %n94
  %374 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f95, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %375 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %374, <16 x float> %f95, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %376 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %375, <16 x float> %f95, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %377 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %376, <16 x float> %f95, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %378 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %377, <16 x float> %f95, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %379 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %378, <16 x float> %f95, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %380 = fptosi <16 x float> %n94 to <16 x i32>
  %381 = add <16 x i32> %380, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %382 = shl <16 x i32> %381, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %383 = bitcast <16 x i32> %382 to <16 x float>
  %exp296 = fmul <16 x float> %379, %383
  store <16 x float> %368, ptr %367, align 64
  br label %sexp

sexp:                                             ; preds = %body97, %exit87
  %lsum.sroa.4.0 = phi <16 x float> [ zeroinitializer, %exit87 ], [ %421, %body97 ]
  %lsum.sroa.0.0 = phi <16 x float> [ zeroinitializer, %exit87 ], [ %403, %body97 ]
  %sexp100 = phi i32 [ 0, %exit87 ], [ %422, %body97 ]
  %384 = icmp slt i32 %sexp100, %186
  br i1 %384, label %body97, label %exit99

body97:                                           ; preds = %sexp
  %385 = sext i32 %sexp100 to i64
  %386 = mul i64 %385, 32
  %387 = getelementptr i32, ptr %st, i64 %386
  %388 = load <16 x float>, ptr %387, align 64
  %389 = fsub <16 x float> %388, %muse91
  %390 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %389, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %391 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %390, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %392 = fadd <16 x float> %391, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n101 = fsub <16 x float> %392, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f102 = fsub <16 x float> %391, %n101
  %393 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f102, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %394 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %393, <16 x float> %f102, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %395 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %394, <16 x float> %f102, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %396 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %395, <16 x float> %f102, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %397 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %396, <16 x float> %f102, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %398 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %397, <16 x float> %f102, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %399 = fptosi <16 x float> %n101 to <16 x i32>
  %400 = add <16 x i32> %399, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %401 = shl <16 x i32> %400, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %402 = bitcast <16 x i32> %401 to <16 x float>
  %exp2103 = fmul <16 x float> %398, %402
  store <16 x float> %exp2103, ptr %387, align 64
  %403 = fadd <16 x float> %lsum.sroa.0.0, %exp2103
  %404 = add i64 %386, 16
  %405 = getelementptr i32, ptr %st, i64 %404
  %406 = load <16 x float>, ptr %405, align 64
  %407 = fsub <16 x float> %406, %muse93
  %408 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %407, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %409 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %408, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %410 = fadd <16 x float> %409, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n104 = fsub <16 x float> %410, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f105 = fsub <16 x float> %409, %n104
  %411 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f105, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %412 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %411, <16 x float> %f105, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %413 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %412, <16 x float> %f105, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %414 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %413, <16 x float> %f105, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %415 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %414, <16 x float> %f105, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %416 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %415, <16 x float> %f105, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %417 = fptosi <16 x float> %n104 to <16 x i32>
  %418 = add <16 x i32> %417, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %419 = shl <16 x i32> %418, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %420 = bitcast <16 x i32> %419 to <16 x float>
  %exp2106 = fmul <16 x float> %416, %420
  store <16 x float> %exp2106, ptr %405, align 64
  %421 = fadd <16 x float> %lsum.sroa.4.0, %exp2106
  %422 = add nsw i32 %sexp100, 1
  br label %sexp

exit99:                                           ; preds = %sexp
  %423 = load <16 x float>, ptr %244, align 64
  %424 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %423, <16 x float> %exp2, <16 x float> %lsum.sroa.0.0)
  store <16 x float> %424, ptr %244, align 64
  %425 = getelementptr <16 x float>, ptr %244, i64 1
  %426 = load <16 x float>, ptr %425, align 64
  %427 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %426, <16 x float> %exp296, <16 x float> %lsum.sroa.4.0)
  store <16 x float> %427, ptr %425, align 64
  br label %pvblock

pvblock:                                          ; preds = %exit113, %exit99
  %pvblock110 = phi i32 [ 0, %exit99 ], [ %541, %exit113 ]
  %428 = icmp slt i32 %pvblock110, 128
  br i1 %428, label %body107, label %join

body107:                                          ; preds = %pvblock
  %429 = mul i32 %pvblock110, 10
  %430 = sext i32 %429 to i64
  %431 = mul i64 %430, 32
  %432 = getelementptr i32, ptr %241, i64 %431
  %433 = load <16 x float>, ptr %432, align 64
  %434 = fmul <16 x float> %433, %exp2
  %435 = getelementptr i32, ptr %432, i64 16
  %436 = load <16 x float>, ptr %435, align 64
  %437 = fmul <16 x float> %436, %exp296
  %438 = getelementptr i32, ptr %432, i64 32
  %439 = load <16 x float>, ptr %438, align 64
  %440 = fmul <16 x float> %439, %exp2
  %441 = getelementptr i32, ptr %432, i64 48
  %442 = load <16 x float>, ptr %441, align 64
  %443 = fmul <16 x float> %442, %exp296
  %444 = getelementptr i32, ptr %432, i64 64
  %445 = load <16 x float>, ptr %444, align 64
  %446 = fmul <16 x float> %445, %exp2
  %447 = getelementptr i32, ptr %432, i64 80
  %448 = load <16 x float>, ptr %447, align 64
  %449 = fmul <16 x float> %448, %exp296
  %450 = getelementptr i32, ptr %432, i64 96
  %451 = load <16 x float>, ptr %450, align 64
  %452 = fmul <16 x float> %451, %exp2
  %453 = getelementptr i32, ptr %432, i64 112
  %454 = load <16 x float>, ptr %453, align 64
  %455 = fmul <16 x float> %454, %exp296
  %456 = getelementptr i32, ptr %432, i64 128
  %457 = load <16 x float>, ptr %456, align 64
  %458 = fmul <16 x float> %457, %exp2
  %459 = getelementptr i32, ptr %432, i64 144
  %460 = load <16 x float>, ptr %459, align 64
  %461 = fmul <16 x float> %460, %exp296
  %462 = getelementptr i32, ptr %432, i64 160
  %463 = load <16 x float>, ptr %462, align 64
  %464 = fmul <16 x float> %463, %exp2
  %465 = getelementptr i32, ptr %432, i64 176
  %466 = load <16 x float>, ptr %465, align 64
  %467 = fmul <16 x float> %466, %exp296
  %468 = getelementptr i32, ptr %432, i64 192
  %469 = load <16 x float>, ptr %468, align 64
  %470 = fmul <16 x float> %469, %exp2
  %471 = getelementptr i32, ptr %432, i64 208
  %472 = load <16 x float>, ptr %471, align 64
  %473 = fmul <16 x float> %472, %exp296
  %474 = getelementptr i32, ptr %432, i64 224
  %475 = load <16 x float>, ptr %474, align 64
  %476 = fmul <16 x float> %475, %exp2
  %477 = getelementptr i32, ptr %432, i64 240
  %478 = load <16 x float>, ptr %477, align 64
  %479 = fmul <16 x float> %478, %exp296
  %480 = getelementptr i32, ptr %432, i64 256
  %481 = load <16 x float>, ptr %480, align 64
  %482 = fmul <16 x float> %481, %exp2
  %483 = getelementptr i32, ptr %432, i64 272
  %484 = load <16 x float>, ptr %483, align 64
  %485 = fmul <16 x float> %484, %exp296
  %486 = getelementptr i32, ptr %432, i64 288
  %487 = load <16 x float>, ptr %486, align 64
  %488 = fmul <16 x float> %487, %exp2
  %489 = getelementptr i32, ptr %432, i64 304
  %490 = load <16 x float>, ptr %489, align 64
  %491 = fmul <16 x float> %490, %exp296
  br label %kpv

kpv:                                              ; preds = %body111, %body107
  %o.sroa.60.0 = phi <16 x float> [ %479, %body107 ], [ %531, %body111 ]
  %o.sroa.56.0 = phi <16 x float> [ %476, %body107 ], [ %530, %body111 ]
  %o.sroa.52.0 = phi <16 x float> [ %473, %body107 ], [ %527, %body111 ]
  %o.sroa.48.0 = phi <16 x float> [ %470, %body107 ], [ %526, %body111 ]
  %o.sroa.44.0 = phi <16 x float> [ %467, %body107 ], [ %523, %body111 ]
  %o.sroa.40.0 = phi <16 x float> [ %464, %body107 ], [ %522, %body111 ]
  %o.sroa.36.0 = phi <16 x float> [ %461, %body107 ], [ %519, %body111 ]
  %o.sroa.32.0 = phi <16 x float> [ %458, %body107 ], [ %518, %body111 ]
  %o.sroa.28.0 = phi <16 x float> [ %455, %body107 ], [ %515, %body111 ]
  %o.sroa.24.0 = phi <16 x float> [ %452, %body107 ], [ %514, %body111 ]
  %o.sroa.20.0 = phi <16 x float> [ %449, %body107 ], [ %511, %body111 ]
  %o.sroa.16.0 = phi <16 x float> [ %446, %body107 ], [ %510, %body111 ]
  %o.sroa.12.0 = phi <16 x float> [ %443, %body107 ], [ %507, %body111 ]
  %o.sroa.8.0 = phi <16 x float> [ %440, %body107 ], [ %506, %body111 ]
  %o.sroa.4.0 = phi <16 x float> [ %437, %body107 ], [ %503, %body111 ]
  %o.sroa.0.0 = phi <16 x float> [ %434, %body107 ], [ %502, %body111 ]
  %o.sroa.64.0 = phi <16 x float> [ %482, %body107 ], [ %534, %body111 ]
  %o.sroa.68.0 = phi <16 x float> [ %485, %body107 ], [ %535, %body111 ]
  %o.sroa.72.0 = phi <16 x float> [ %488, %body107 ], [ %538, %body111 ]
  %o.sroa.76.0 = phi <16 x float> [ %491, %body107 ], [ %539, %body111 ]
  %kpv114 = phi i32 [ 0, %body107 ], [ %540, %body111 ]
  %492 = icmp slt i32 %kpv114, %186
  br i1 %492, label %body111, label %exit113

body111:                                          ; preds = %kpv
  %493 = sext i32 %kpv114 to i64
  %494 = mul i64 %493, 32
  %495 = getelementptr i32, ptr %st, i64 %494
  %p = load <16 x float>, ptr %495, align 64
  %496 = add i64 %494, 16
  %497 = getelementptr i32, ptr %st, i64 %496
  %p115 = load <16 x float>, ptr %497, align 64
  %498 = mul i64 %493, 5120
  %499 = getelementptr i8, ptr %vbuf, i64 %498
  %500 = getelementptr i32, ptr %499, i64 %430
  %v = load float, ptr %500, align 4
  %501 = insertelement <16 x float> poison, float %v, i32 0
  %splat116 = shufflevector <16 x float> %501, <16 x float> poison, <16 x i32> zeroinitializer
  %502 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat116, <16 x float> %o.sroa.0.0)
  %503 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p115, <16 x float> %splat116, <16 x float> %o.sroa.4.0)
  %504 = getelementptr i32, ptr %500, i64 1
  %v117 = load float, ptr %504, align 4
  %505 = insertelement <16 x float> poison, float %v117, i32 0
  %splat118 = shufflevector <16 x float> %505, <16 x float> poison, <16 x i32> zeroinitializer
  %506 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat118, <16 x float> %o.sroa.8.0)
  %507 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p115, <16 x float> %splat118, <16 x float> %o.sroa.12.0)
  %508 = getelementptr i32, ptr %500, i64 2
  %v119 = load float, ptr %508, align 4
  %509 = insertelement <16 x float> poison, float %v119, i32 0
  %splat120 = shufflevector <16 x float> %509, <16 x float> poison, <16 x i32> zeroinitializer
  %510 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat120, <16 x float> %o.sroa.16.0)
  %511 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p115, <16 x float> %splat120, <16 x float> %o.sroa.20.0)
  %512 = getelementptr i32, ptr %500, i64 3
  %v121 = load float, ptr %512, align 4
  %513 = insertelement <16 x float> poison, float %v121, i32 0
  %splat122 = shufflevector <16 x float> %513, <16 x float> poison, <16 x i32> zeroinitializer
  %514 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat122, <16 x float> %o.sroa.24.0)
  %515 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p115, <16 x float> %splat122, <16 x float> %o.sroa.28.0)
  %516 = getelementptr i32, ptr %500, i64 4
  %v123 = load float, ptr %516, align 4
  %517 = insertelement <16 x float> poison, float %v123, i32 0
  %splat124 = shufflevector <16 x float> %517, <16 x float> poison, <16 x i32> zeroinitializer
  %518 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat124, <16 x float> %o.sroa.32.0)
  %519 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p115, <16 x float> %splat124, <16 x float> %o.sroa.36.0)
  %520 = getelementptr i32, ptr %500, i64 5
  %v125 = load float, ptr %520, align 4
  %521 = insertelement <16 x float> poison, float %v125, i32 0
  %splat126 = shufflevector <16 x float> %521, <16 x float> poison, <16 x i32> zeroinitializer
  %522 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat126, <16 x float> %o.sroa.40.0)
  %523 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p115, <16 x float> %splat126, <16 x float> %o.sroa.44.0)
  %524 = getelementptr i32, ptr %500, i64 6
  %v127 = load float, ptr %524, align 4
  %525 = insertelement <16 x float> poison, float %v127, i32 0
  %splat128 = shufflevector <16 x float> %525, <16 x float> poison, <16 x i32> zeroinitializer
  %526 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat128, <16 x float> %o.sroa.48.0)
  %527 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p115, <16 x float> %splat128, <16 x float> %o.sroa.52.0)
  %528 = getelementptr i32, ptr %500, i64 7
  %v129 = load float, ptr %528, align 4
  %529 = insertelement <16 x float> poison, float %v129, i32 0
  %splat130 = shufflevector <16 x float> %529, <16 x float> poison, <16 x i32> zeroinitializer
  %530 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat130, <16 x float> %o.sroa.56.0)
  %531 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p115, <16 x float> %splat130, <16 x float> %o.sroa.60.0)
  %532 = getelementptr i32, ptr %500, i64 8
  %v131 = load float, ptr %532, align 4
  %533 = insertelement <16 x float> poison, float %v131, i32 0
  %splat132 = shufflevector <16 x float> %533, <16 x float> poison, <16 x i32> zeroinitializer
  %534 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat132, <16 x float> %o.sroa.64.0)
  %535 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p115, <16 x float> %splat132, <16 x float> %o.sroa.68.0)
  %536 = getelementptr i32, ptr %500, i64 9
  %v133 = load float, ptr %536, align 4
  %537 = insertelement <16 x float> poison, float %v133, i32 0
  %splat134 = shufflevector <16 x float> %537, <16 x float> poison, <16 x i32> zeroinitializer
  %538 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat134, <16 x float> %o.sroa.72.0)
  %539 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p115, <16 x float> %splat134, <16 x float> %o.sroa.76.0)
  %540 = add nsw i32 %kpv114, 1
  br label %kpv

exit113:                                          ; preds = %kpv
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
  store <16 x float> %o.sroa.64.0, ptr %480, align 64
  store <16 x float> %o.sroa.68.0, ptr %483, align 64
  store <16 x float> %o.sroa.72.0, ptr %486, align 64
  store <16 x float> %o.sroa.76.0, ptr %489, align 64
  %541 = add nsw i32 %pvblock110, 1
  br label %pvblock

orow135:                                          ; preds = %written, %exit25
  %orow139 = phi i32 [ 0, %exit25 ], [ %576, %written ]
  %542 = icmp slt i32 %orow139, %nrows
  br i1 %542, label %body136, label %done

body136:                                          ; preds = %orow135
  %543 = sext i32 %orow139 to i64
  %544 = getelementptr float, ptr %ms, i64 %543
  %m140 = load float, ptr %544, align 4
  %545 = getelementptr float, ptr %ls, i64 %543
  %l = load float, ptr %545, align 4
  %546 = sdiv i32 %orow139, 32
  %547 = srem i32 %orow139, 32
  %548 = sext i32 %546 to i64
  %549 = mul i64 %548, 40960
  %550 = getelementptr i32, ptr %ot, i64 %549
  br label %otrow

otrow:                                            ; preds = %body141, %body136
  %otrow144 = phi i32 [ 0, %body136 ], [ %559, %body141 ]
  %551 = icmp slt i32 %otrow144, 1280
  br i1 %551, label %body141, label %exit143

body141:                                          ; preds = %otrow
  %552 = sext i32 %547 to i64
  %553 = sext i32 %otrow144 to i64
  %554 = mul i64 %553, 32
  %555 = add i64 %554, %552
  %556 = getelementptr i32, ptr %550, i64 %555
  %557 = load float, ptr %556, align 4
  %558 = getelementptr i32, ptr %rowbuf, i64 %553
  store float %557, ptr %558, align 4
  %559 = add nsw i32 %otrow144, 1
  br label %otrow

exit143:                                          ; preds = %otrow
  %560 = icmp ne ptr %part, null
  br i1 %560, label %partial, label %final

partial:                                          ; preds = %exit143
  %561 = sext i32 %nrows to i64
  %562 = mul i64 %543, 1280
  %563 = getelementptr float, ptr %part, i64 %562
  br label %chunk145

final:                                            ; preds = %exit143
  %564 = sdiv i32 %orow139, %nh
  %qi150 = add i32 %q_begin, %564
  %565 = srem i32 %orow139, %nh
  %566 = add i32 %h_begin, %565
  %567 = mul i32 %kv_head, 20
  %hq151 = add i32 %567, %566
  %568 = sext i32 %qi150 to i64
  %569 = add i64 %q_row0, %568
  %570 = mul i64 %569, 20
  %571 = sext i32 %hq151 to i64
  %orow152 = add i64 %570, %571
  %572 = fcmp oeq float %l, 0.000000e+00
  %573 = fdiv float 1.000000e+00, %l
  %574 = select i1 %572, float 0.000000e+00, float %573
  %575 = insertelement <16 x float> poison, float %574, i32 0
  %splat153 = shufflevector <16 x float> %575, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk154

written:                                          ; preds = %exit157, %exit148
  %576 = add nsw i32 %orow139, 1
  br label %orow135

chunk145:                                         ; preds = %body146, %partial
  %chunk149 = phi i64 [ 0, %partial ], [ %582, %body146 ]
  %577 = icmp slt i64 %chunk149, 80
  br i1 %577, label %body146, label %exit148

body146:                                          ; preds = %chunk145
  %578 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk149
  %579 = load <16 x float>, ptr %578, align 64
  %580 = mul i64 %chunk149, 64
  %581 = getelementptr i8, ptr %563, i64 %580
  store <16 x float> %579, ptr %581, align 4
  %582 = add nsw i64 %chunk149, 1
  br label %chunk145

exit148:                                          ; preds = %chunk145
  %583 = mul i64 %561, 1280
  %584 = add i64 %583, %543
  %585 = getelementptr float, ptr %part, i64 %584
  store float %m140, ptr %585, align 4
  %586 = add i64 %584, %561
  %587 = getelementptr float, ptr %part, i64 %586
  store float %l, ptr %587, align 4
  br label %written

chunk154:                                         ; preds = %body155, %final
  %chunk158 = phi i64 [ 0, %final ], [ %594, %body155 ]
  %588 = icmp slt i64 %chunk158, 80
  br i1 %588, label %body155, label %exit157

body155:                                          ; preds = %chunk154
  %589 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk158
  %590 = load <16 x float>, ptr %589, align 64
  %591 = fmul <16 x float> %590, %splat153
  %592 = mul i64 %chunk158, 64
  %593 = getelementptr i8, ptr %rowbuf, i64 %592
  store <16 x float> %591, ptr %593, align 4
  %594 = add nsw i64 %chunk158, 1
  br label %chunk154

exit157:                                          ; preds = %chunk154
  %u = select i1 %572, ptr null, ptr %rowbuf
  call void @whisper_large_cross_project(ptr %0, ptr %u, i64 %orow152)
  br label %written
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smin.i64(i64, i64) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.maxnum.v16f32(<16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.minnum.v16f32(<16 x float>, <16 x float>) #1

declare i32 @attnrt_run(ptr, ptr)

; Function Attrs: nounwind
define i32 @whisper_large_cross(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_run(ptr @whisper_large_cross_kernel, ptr %0)
  ret i32 %1
}

declare i64 @attnrt_tasks(ptr, ptr)

; Function Attrs: nounwind
define i64 @whisper_large_cross_tasks(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_tasks(ptr @whisper_large_cross_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_task(ptr, ptr, i64)

; Function Attrs: nounwind
define i32 @whisper_large_cross_task(ptr %0, i64 %1) #0 {
entry:
  %2 = call i32 @attnrt_task(ptr @whisper_large_cross_kernel, ptr %0, i64 %1)
  ret i32 %2
}

declare i64 @attnrt_workspace(ptr, ptr)

; Function Attrs: nounwind
define i64 @whisper_large_cross_workspace(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_workspace(ptr @whisper_large_cross_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_append(ptr, ptr)

; Function Attrs: nounwind
define i32 @whisper_large_cross_append(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_append(ptr @whisper_large_cross_kernel, ptr %0)
  ret i32 %1
}

; Function Attrs: nounwind
define ptr @whisper_large_cross_info() #0 {
entry:
  ret ptr @whisper_large_cross_info_data
}

attributes #0 = { nounwind "target-cpu"="x86-64-v4" "target-features"="+avx512f,+evex512,+avx512bw,+avx512vl,+avx,+avx2,+fma,+f16c" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
