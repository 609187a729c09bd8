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

done:                                             ; preds = %orow136, %entry
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
  %184 = sub i32 %nrows, 1
  %185 = sext i32 %184 to i64
  %186 = getelementptr i32, ptr %lims, i64 %185
  %fact = load i32, ptr %186, align 4
  %k_last = sub i32 %fact, 1
  br label %ktile

ktile:                                            ; preds = %exit50, %exit21
  %ktile26 = phi i32 [ %k_begin, %exit21 ], [ %244, %exit50 ]
  %187 = icmp slt i32 %ktile26, %fact
  br i1 %187, label %body23, label %exit25

body23:                                           ; preds = %ktile
  %188 = sub i32 %fact, %ktile26
  %189 = call i32 @llvm.smin.i32(i32 12, i32 %188)
  %190 = add i32 %189, 11
  %191 = sdiv i32 %190, 12
  %192 = mul i32 %191, 12
  br label %kpack

exit25:                                           ; preds = %ktile
  %193 = load <16 x float>, ptr %mv, align 64
  store <16 x float> %193, ptr %ms, align 64
  %194 = load <16 x float>, ptr %lv, align 64
  store <16 x float> %194, ptr %ls, align 64
  %195 = getelementptr float, ptr %ms, i64 16
  %196 = load <16 x float>, ptr %182, align 64
  store <16 x float> %196, ptr %195, align 64
  %197 = getelementptr float, ptr %ls, i64 16
  %198 = load <16 x float>, ptr %183, align 64
  store <16 x float> %198, ptr %197, align 64
  br label %orow136

kpack:                                            ; preds = %exit34, %body23
  %kpack30 = phi i32 [ 0, %body23 ], [ %216, %exit34 ]
  %199 = icmp slt i32 %kpack30, %192
  br i1 %199, label %body27, label %vpack

body27:                                           ; preds = %kpack
  %200 = add i32 %ktile26, %kpack30
  %201 = call i32 @llvm.smin.i32(i32 %200, i32 %k_last)
  %202 = sext i32 %201 to i64
  %row = add i64 %21, %202
  %203 = mul i64 %row, 2560
  %204 = getelementptr i8, ptr %20, i64 %203
  %205 = sext i32 %kpack30 to i64
  %206 = mul i64 %205, 1280
  %207 = getelementptr i32, ptr %kbuf, i64 %206
  br label %chunk31

chunk31:                                          ; preds = %body32, %body27
  %chunk35 = phi i64 [ 0, %body27 ], [ %215, %body32 ]
  %208 = icmp slt i64 %chunk35, 80
  br i1 %208, label %body32, label %exit34

body32:                                           ; preds = %chunk31
  %209 = mul i64 %chunk35, 16
  %210 = mul i64 %209, 4
  %211 = mul i64 %209, 2
  %212 = getelementptr i8, ptr %204, i64 %211
  %213 = load <16 x half>, ptr %212, align 2
  %f1636 = fpext <16 x half> %213 to <16 x float>
  %214 = getelementptr i8, ptr %207, i64 %210
  store <16 x float> %f1636, ptr %214, align 64
  %215 = add nsw i64 %chunk35, 1
  br label %chunk31

exit34:                                           ; preds = %chunk31
  %216 = add nsw i32 %kpack30, 1
  br label %kpack

vpack:                                            ; preds = %kpack, %exit45
  %vpack40 = phi i32 [ %234, %exit45 ], [ 0, %kpack ]
  %217 = icmp slt i32 %vpack40, %189
  br i1 %217, label %body37, label %exit39

body37:                                           ; preds = %vpack
  %218 = add i32 %ktile26, %vpack40
  %219 = sext i32 %218 to i64
  %row41 = add i64 %21, %219
  %220 = mul i64 %row41, 2560
  %221 = getelementptr i8, ptr %20, i64 %220
  %222 = sext i32 %vpack40 to i64
  %223 = mul i64 %222, 1280
  %224 = getelementptr i32, ptr %vbuf, i64 %223
  br label %chunk42

exit39:                                           ; preds = %vpack
  %225 = add i32 %nrows, 31
  %nblk = sdiv i32 %225, 32
  br label %rblock

chunk42:                                          ; preds = %body43, %body37
  %chunk46 = phi i64 [ 0, %body37 ], [ %233, %body43 ]
  %226 = icmp slt i64 %chunk46, 80
  br i1 %226, label %body43, label %exit45

body43:                                           ; preds = %chunk42
  %227 = mul i64 %chunk46, 16
  %228 = mul i64 %227, 4
  %229 = mul i64 %227, 2
  %230 = getelementptr i8, ptr %221, i64 %229
  %231 = load <16 x half>, ptr %230, align 2
  %f1647 = fpext <16 x half> %231 to <16 x float>
  %232 = getelementptr i8, ptr %224, i64 %228
  store <16 x float> %f1647, ptr %232, align 64
  %233 = add nsw i64 %chunk46, 1
  br label %chunk42

exit45:                                           ; preds = %chunk42
  %234 = add nsw i32 %vpack40, 1
  br label %vpack

rblock:                                           ; preds = %join, %exit39
  %rblock51 = phi i32 [ 0, %exit39 ], [ %257, %join ]
  %235 = icmp slt i32 %rblock51, %nblk
  br i1 %235, label %body48, label %exit50

body48:                                           ; preds = %rblock
  %236 = sext i32 %rblock51 to i64
  %237 = mul i32 %rblock51, 32
  %238 = add i32 %237, 31
  %239 = sext i32 %238 to i64
  %240 = getelementptr i32, ptr %lims, i64 %239
  %fact52 = load i32, ptr %240, align 4
  %241 = sub i32 %fact52, %ktile26
  %242 = call i32 @llvm.smin.i32(i32 %189, i32 %241)
  %243 = icmp sgt i32 %242, 0
  br i1 %243, label %rvisit, label %join

exit50:                                           ; preds = %rblock
  %244 = add nsw i32 %ktile26, 12
  br label %ktile

rvisit:                                           ; preds = %body48
  %245 = mul i64 %236, 40960
  %246 = getelementptr i32, ptr %qt, i64 %245
  %247 = getelementptr i32, ptr %ot, i64 %245
  %248 = mul i64 %236, 2
  %249 = getelementptr <16 x float>, ptr %mv, i64 %248
  %250 = getelementptr <16 x float>, ptr %lv, i64 %248
  %251 = mul i64 %236, 32
  %252 = getelementptr i32, ptr %lims, i64 %251
  %253 = load <16 x i32>, ptr %252, align 64
  %254 = add i64 %251, 16
  %255 = getelementptr i32, ptr %lims, i64 %254
  %256 = load <16 x i32>, ptr %255, align 64
  br label %sblock

join:                                             ; preds = %pvblock, %body48
  %257 = add nsw i32 %rblock51, 1
  br label %rblock

sblock:                                           ; preds = %exit59, %rvisit
  %sblock56 = phi i32 [ 0, %rvisit ], [ %341, %exit59 ]
  %258 = icmp slt i32 %sblock56, %242
  br i1 %258, label %body53, label %smask

body53:                                           ; preds = %sblock
  %259 = sext i32 %sblock56 to i64
  %260 = mul i64 %259, 1280
  %261 = getelementptr i32, ptr %kbuf, i64 %260
  br label %sdim

sdim:                                             ; preds = %body57, %body53
  %sacc.sroa.92.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %314, %body57 ]
  %sacc.sroa.88.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %313, %body57 ]
  %sacc.sroa.84.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %310, %body57 ]
  %sacc.sroa.80.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %309, %body57 ]
  %sacc.sroa.76.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %306, %body57 ]
  %sacc.sroa.72.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %305, %body57 ]
  %sacc.sroa.68.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %302, %body57 ]
  %sacc.sroa.64.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %301, %body57 ]
  %sacc.sroa.60.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %298, %body57 ]
  %sacc.sroa.56.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %297, %body57 ]
  %sacc.sroa.52.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %294, %body57 ]
  %sacc.sroa.48.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %293, %body57 ]
  %sacc.sroa.44.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %290, %body57 ]
  %sacc.sroa.40.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %289, %body57 ]
  %sacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %286, %body57 ]
  %sacc.sroa.32.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %285, %body57 ]
  %sacc.sroa.28.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %282, %body57 ]
  %sacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %281, %body57 ]
  %sacc.sroa.20.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %278, %body57 ]
  %sacc.sroa.16.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %277, %body57 ]
  %sacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %274, %body57 ]
  %sacc.sroa.8.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %273, %body57 ]
  %sacc.sroa.4.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %270, %body57 ]
  %sacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %269, %body57 ]
  %sdim60 = phi i32 [ 0, %body53 ], [ %315, %body57 ]
  %262 = icmp slt i32 %sdim60, 1280
  br i1 %262, label %body57, label %exit59

body57:                                           ; preds = %sdim
  %263 = sext i32 %sdim60 to i64
  %264 = mul i64 %263, 32
  %265 = getelementptr i32, ptr %246, i64 %264
  %qt61 = load <16 x float>, ptr %265, align 64
  %266 = getelementptr i32, ptr %265, i64 16
  %qt62 = load <16 x float>, ptr %266, align 64
  %267 = getelementptr i32, ptr %261, i64 %263
  %k = load float, ptr %267, align 4
  %268 = insertelement <16 x float> poison, float %k, i32 0
  %splat63 = shufflevector <16 x float> %268, <16 x float> poison, <16 x i32> zeroinitializer
  %269 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat63, <16 x float> %sacc.sroa.0.0)
  %270 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat63, <16 x float> %sacc.sroa.4.0)
  %271 = getelementptr i32, ptr %267, i64 1280
  %k64 = load float, ptr %271, align 4
  %272 = insertelement <16 x float> poison, float %k64, i32 0
  %splat65 = shufflevector <16 x float> %272, <16 x float> poison, <16 x i32> zeroinitializer
  %273 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat65, <16 x float> %sacc.sroa.8.0)
  %274 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat65, <16 x float> %sacc.sroa.12.0)
  %275 = getelementptr i32, ptr %267, i64 2560
  %k66 = load float, ptr %275, align 4
  %276 = insertelement <16 x float> poison, float %k66, i32 0
  %splat67 = shufflevector <16 x float> %276, <16 x float> poison, <16 x i32> zeroinitializer
  %277 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat67, <16 x float> %sacc.sroa.16.0)
  %278 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat67, <16 x float> %sacc.sroa.20.0)
  %279 = getelementptr i32, ptr %267, i64 3840
  %k68 = load float, ptr %279, align 4
  %280 = insertelement <16 x float> poison, float %k68, i32 0
  %splat69 = shufflevector <16 x float> %280, <16 x float> poison, <16 x i32> zeroinitializer
  %281 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat69, <16 x float> %sacc.sroa.24.0)
  %282 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat69, <16 x float> %sacc.sroa.28.0)
  %283 = getelementptr i32, ptr %267, i64 5120
  %k70 = load float, ptr %283, align 4
  %284 = insertelement <16 x float> poison, float %k70, i32 0
  %splat71 = shufflevector <16 x float> %284, <16 x float> poison, <16 x i32> zeroinitializer
  %285 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat71, <16 x float> %sacc.sroa.32.0)
  %286 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat71, <16 x float> %sacc.sroa.36.0)
  %287 = getelementptr i32, ptr %267, i64 6400
  %k72 = load float, ptr %287, align 4
  %288 = insertelement <16 x float> poison, float %k72, i32 0
  %splat73 = shufflevector <16 x float> %288, <16 x float> poison, <16 x i32> zeroinitializer
  %289 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat73, <16 x float> %sacc.sroa.40.0)
  %290 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat73, <16 x float> %sacc.sroa.44.0)
  %291 = getelementptr i32, ptr %267, i64 7680
  %k74 = load float, ptr %291, align 4
  %292 = insertelement <16 x float> poison, float %k74, i32 0
  %splat75 = shufflevector <16 x float> %292, <16 x float> poison, <16 x i32> zeroinitializer
  %293 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat75, <16 x float> %sacc.sroa.48.0)
  %294 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat75, <16 x float> %sacc.sroa.52.0)
  %295 = getelementptr i32, ptr %267, i64 8960
  %k76 = load float, ptr %295, align 4
  %296 = insertelement <16 x float> poison, float %k76, i32 0
  %splat77 = shufflevector <16 x float> %296, <16 x float> poison, <16 x i32> zeroinitializer
  %297 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat77, <16 x float> %sacc.sroa.56.0)
  %298 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat77, <16 x float> %sacc.sroa.60.0)
  %299 = getelementptr i32, ptr %267, i64 10240
  %k78 = load float, ptr %299, align 4
  %300 = insertelement <16 x float> poison, float %k78, i32 0
  %splat79 = shufflevector <16 x float> %300, <16 x float> poison, <16 x i32> zeroinitializer
  %301 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat79, <16 x float> %sacc.sroa.64.0)
  %302 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat79, <16 x float> %sacc.sroa.68.0)
  %303 = getelementptr i32, ptr %267, i64 11520
  %k80 = load float, ptr %303, align 4
  %304 = insertelement <16 x float> poison, float %k80, i32 0
  %splat81 = shufflevector <16 x float> %304, <16 x float> poison, <16 x i32> zeroinitializer
  %305 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat81, <16 x float> %sacc.sroa.72.0)
  %306 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat81, <16 x float> %sacc.sroa.76.0)
  %307 = getelementptr i32, ptr %267, i64 12800
  %k82 = load float, ptr %307, align 4
  %308 = insertelement <16 x float> poison, float %k82, i32 0
  %splat83 = shufflevector <16 x float> %308, <16 x float> poison, <16 x i32> zeroinitializer
  %309 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat83, <16 x float> %sacc.sroa.80.0)
  %310 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat83, <16 x float> %sacc.sroa.84.0)
  %311 = getelementptr i32, ptr %267, i64 14080
  %k84 = load float, ptr %311, align 4
  %312 = insertelement <16 x float> poison, float %k84, i32 0
  %splat85 = shufflevector <16 x float> %312, <16 x float> poison, <16 x i32> zeroinitializer
  %313 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat85, <16 x float> %sacc.sroa.88.0)
  %314 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat85, <16 x float> %sacc.sroa.92.0)
  %315 = add nsw i32 %sdim60, 1
  br label %sdim

exit59:                                           ; preds = %sdim
  %316 = mul i64 %259, 32
  %317 = getelementptr i32, ptr %st, i64 %316
  store <16 x float> %sacc.sroa.0.0, ptr %317, align 64
  %318 = getelementptr i32, ptr %317, i64 16
  store <16 x float> %sacc.sroa.4.0, ptr %318, align 64
  %319 = getelementptr i32, ptr %317, i64 32
  store <16 x float> %sacc.sroa.8.0, ptr %319, align 64
  %320 = getelementptr i32, ptr %317, i64 48
  store <16 x float> %sacc.sroa.12.0, ptr %320, align 64
  %321 = getelementptr i32, ptr %317, i64 64
  store <16 x float> %sacc.sroa.16.0, ptr %321, align 64
  %322 = getelementptr i32, ptr %317, i64 80
  store <16 x float> %sacc.sroa.20.0, ptr %322, align 64
  %323 = getelementptr i32, ptr %317, i64 96
  store <16 x float> %sacc.sroa.24.0, ptr %323, align 64
  %324 = getelementptr i32, ptr %317, i64 112
  store <16 x float> %sacc.sroa.28.0, ptr %324, align 64
  %325 = getelementptr i32, ptr %317, i64 128
  store <16 x float> %sacc.sroa.32.0, ptr %325, align 64
  %326 = getelementptr i32, ptr %317, i64 144
  store <16 x float> %sacc.sroa.36.0, ptr %326, align 64
  %327 = getelementptr i32, ptr %317, i64 160
  store <16 x float> %sacc.sroa.40.0, ptr %327, align 64
  %328 = getelementptr i32, ptr %317, i64 176
  store <16 x float> %sacc.sroa.44.0, ptr %328, align 64
  %329 = getelementptr i32, ptr %317, i64 192
  store <16 x float> %sacc.sroa.48.0, ptr %329, align 64
  %330 = getelementptr i32, ptr %317, i64 208
  store <16 x float> %sacc.sroa.52.0, ptr %330, align 64
  %331 = getelementptr i32, ptr %317, i64 224
  store <16 x float> %sacc.sroa.56.0, ptr %331, align 64
  %332 = getelementptr i32, ptr %317, i64 240
  store <16 x float> %sacc.sroa.60.0, ptr %332, align 64
  %333 = getelementptr i32, ptr %317, i64 256
  store <16 x float> %sacc.sroa.64.0, ptr %333, align 64
  %334 = getelementptr i32, ptr %317, i64 272
  store <16 x float> %sacc.sroa.68.0, ptr %334, align 64
  %335 = getelementptr i32, ptr %317, i64 288
  store <16 x float> %sacc.sroa.72.0, ptr %335, align 64
  %336 = getelementptr i32, ptr %317, i64 304
  store <16 x float> %sacc.sroa.76.0, ptr %336, align 64
  %337 = getelementptr i32, ptr %317, i64 320
  store <16 x float> %sacc.sroa.80.0, ptr %337, align 64
  %338 = getelementptr i32, ptr %317, i64 336
  store <16 x float> %sacc.sroa.84.0, ptr %338, align 64
  %339 = getelementptr i32, ptr %317, i64 352
  store <16 x float> %sacc.sroa.88.0, ptr %339, align 64
  %340 = getelementptr i32, ptr %317, i64 368
  store <16 x float> %sacc.sroa.92.0, ptr %340, align 64
  %341 = add nsw i32 %sblock56, 12
  br label %sblock

smask:                                            ; preds = %sblock, %body86
  %tmax.sroa.4.0 = phi <16 x float> [ %355, %body86 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %tmax.sroa.0.0 = phi <16 x float> [ %350, %body86 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %smask89 = phi i32 [ %356, %body86 ], [ 0, %sblock ]
  %342 = icmp slt i32 %smask89, %242
  br i1 %342, label %body86, label %exit88

body86:                                           ; preds = %smask
  %343 = add i32 %ktile26, %smask89
  %344 = insertelement <16 x i32> poison, i32 %343, i32 0
  %splat90 = shufflevector <16 x i32> %344, <16 x i32> poison, <16 x i32> zeroinitializer
  %345 = sext i32 %smask89 to i64
  %346 = mul i64 %345, 32
  %347 = getelementptr i32, ptr %st, i64 %346
  %s = load <16 x float>, ptr %347, align 64
  %348 = icmp slt <16 x i32> %splat90, %253
  %349 = select <16 x i1> %348, <16 x float> %s, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %349, ptr %347, align 64
  %350 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.0.0, <16 x float> %349)
  %351 = add i64 %346, 16
  %352 = getelementptr i32, ptr %st, i64 %351
  %s91 = load <16 x float>, ptr %352, align 64
  %353 = icmp slt <16 x i32> %splat90, %256
  %354 = select <16 x i1> %353, <16 x float> %s91, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %354, ptr %352, align 64
  %355 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.4.0, <16 x float> %354)
  %356 = add nsw i32 %smask89, 1
  br label %smask

exit88:                                           ; preds = %smask
  %m = load <16 x float>, ptr %249, align 64
  %357 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m, <16 x float> %tmax.sroa.0.0)
  %358 = fcmp oeq <16 x float> %357, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse92 = select <16 x i1> %358, <16 x float> zeroinitializer, <16 x float> %357
  %359 = fsub <16 x float> %m, %muse92
  %360 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %359, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %361 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %360, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %362 = fadd <16 x float> %361, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %362, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %361, %n
  %363 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %364 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %363, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %365 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %364, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %366 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %365, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %367 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %366, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %368 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %367, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %369 = fptosi <16 x float> %n to <16 x i32>
  %370 = add <16 x i32> %369, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %371 = shl <16 x i32> %370, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %372 = bitcast <16 x i32> %371 to <16 x float>
  %exp2 = fmul <16 x float> %368, %372
  store <16 x float> %357, ptr %249, align 64
  %373 = getelementptr <16 x float>, ptr %249, i64 1
  %m93 = load <16 x float>, ptr %373, align 64
  %374 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m93, <16 x float> %tmax.sroa.4.0)
  %375 = fcmp oeq <16 x float> %374, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse94 = select <16 x i1> %375, <16 x float> zeroinitializer, <16 x float> %374
  %376 = fsub <16 x float> %m93, %muse94
  %377 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %376, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %378 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %377, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %379 = fadd <16 x float> %378, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n95 = fsub <16 x float> %379, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f96 = fsub <16 x float> %378, %n95
  %380 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f96, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %381 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %380, <16 x float> %f96, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %382 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %381, <16 x float> %f96, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %383 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %382, <16 x float> %f96, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %384 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %383, <16 x float> %f96, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %385 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %384, <16 x float> %f96, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %386 = fptosi <16 x float> %n95 to <16 x i32>
  %387 = add <16 x i32> %386, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %388 = shl <16 x i32> %387, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %389 = bitcast <16 x i32> %388 to <16 x float>
  %exp297 = fmul <16 x float> %385, %389
  store <16 x float> %374, ptr %373, align 64
  br label %sexp

sexp:                                             ; preds = %body98, %exit88
  %lsum.sroa.4.0 = phi <16 x float> [ zeroinitializer, %exit88 ], [ %427, %body98 ]
  %lsum.sroa.0.0 = phi <16 x float> [ zeroinitializer, %exit88 ], [ %409, %body98 ]
  %sexp101 = phi i32 [ 0, %exit88 ], [ %428, %body98 ]
  %390 = icmp slt i32 %sexp101, %242
  br i1 %390, label %body98, label %exit100

body98:                                           ; preds = %sexp
  %391 = sext i32 %sexp101 to i64
  %392 = mul i64 %391, 32
  %393 = getelementptr i32, ptr %st, i64 %392
  %394 = load <16 x float>, ptr %393, align 64
  %395 = fsub <16 x float> %394, %muse92
  %396 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %395, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %397 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %396, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %398 = fadd <16 x float> %397, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n102 = fsub <16 x float> %398, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f103 = fsub <16 x float> %397, %n102
  %399 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f103, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %400 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %399, <16 x float> %f103, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %401 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %400, <16 x float> %f103, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %402 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %401, <16 x float> %f103, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %403 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %402, <16 x float> %f103, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %404 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %403, <16 x float> %f103, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %405 = fptosi <16 x float> %n102 to <16 x i32>
  %406 = add <16 x i32> %405, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %407 = shl <16 x i32> %406, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %408 = bitcast <16 x i32> %407 to <16 x float>
  %exp2104 = fmul <16 x float> %404, %408
  store <16 x float> %exp2104, ptr %393, align 64
  %409 = fadd <16 x float> %lsum.sroa.0.0, %exp2104
  %410 = add i64 %392, 16
  %411 = getelementptr i32, ptr %st, i64 %410
  %412 = load <16 x float>, ptr %411, align 64
  %413 = fsub <16 x float> %412, %muse94
  %414 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %413, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %415 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %414, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %416 = fadd <16 x float> %415, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n105 = fsub <16 x float> %416, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f106 = fsub <16 x float> %415, %n105
  %417 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f106, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %418 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %417, <16 x float> %f106, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %419 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %418, <16 x float> %f106, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %420 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %419, <16 x float> %f106, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %421 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %420, <16 x float> %f106, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %422 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %421, <16 x float> %f106, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %423 = fptosi <16 x float> %n105 to <16 x i32>
  %424 = add <16 x i32> %423, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %425 = shl <16 x i32> %424, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %426 = bitcast <16 x i32> %425 to <16 x float>
  %exp2107 = fmul <16 x float> %422, %426
  store <16 x float> %exp2107, ptr %411, align 64
  %427 = fadd <16 x float> %lsum.sroa.4.0, %exp2107
  %428 = add nsw i32 %sexp101, 1
  br label %sexp

exit100:                                          ; preds = %sexp
  %429 = load <16 x float>, ptr %250, align 64
  %430 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %429, <16 x float> %exp2, <16 x float> %lsum.sroa.0.0)
  store <16 x float> %430, ptr %250, align 64
  %431 = getelementptr <16 x float>, ptr %250, i64 1
  %432 = load <16 x float>, ptr %431, align 64
  %433 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %432, <16 x float> %exp297, <16 x float> %lsum.sroa.4.0)
  store <16 x float> %433, ptr %431, align 64
  br label %pvblock

pvblock:                                          ; preds = %exit114, %exit100
  %pvblock111 = phi i32 [ 0, %exit100 ], [ %547, %exit114 ]
  %434 = icmp slt i32 %pvblock111, 128
  br i1 %434, label %body108, label %join

body108:                                          ; preds = %pvblock
  %435 = mul i32 %pvblock111, 10
  %436 = sext i32 %435 to i64
  %437 = mul i64 %436, 32
  %438 = getelementptr i32, ptr %247, i64 %437
  %439 = load <16 x float>, ptr %438, align 64
  %440 = fmul <16 x float> %439, %exp2
  %441 = getelementptr i32, ptr %438, i64 16
  %442 = load <16 x float>, ptr %441, align 64
  %443 = fmul <16 x float> %442, %exp297
  %444 = getelementptr i32, ptr %438, i64 32
  %445 = load <16 x float>, ptr %444, align 64
  %446 = fmul <16 x float> %445, %exp2
  %447 = getelementptr i32, ptr %438, i64 48
  %448 = load <16 x float>, ptr %447, align 64
  %449 = fmul <16 x float> %448, %exp297
  %450 = getelementptr i32, ptr %438, i64 64
  %451 = load <16 x float>, ptr %450, align 64
  %452 = fmul <16 x float> %451, %exp2
  %453 = getelementptr i32, ptr %438, i64 80
  %454 = load <16 x float>, ptr %453, align 64
  %455 = fmul <16 x float> %454, %exp297
  %456 = getelementptr i32, ptr %438, i64 96
  %457 = load <16 x float>, ptr %456, align 64
  %458 = fmul <16 x float> %457, %exp2
  %459 = getelementptr i32, ptr %438, i64 112
  %460 = load <16 x float>, ptr %459, align 64
  %461 = fmul <16 x float> %460, %exp297
  %462 = getelementptr i32, ptr %438, i64 128
  %463 = load <16 x float>, ptr %462, align 64
  %464 = fmul <16 x float> %463, %exp2
  %465 = getelementptr i32, ptr %438, i64 144
  %466 = load <16 x float>, ptr %465, align 64
  %467 = fmul <16 x float> %466, %exp297
  %468 = getelementptr i32, ptr %438, i64 160
  %469 = load <16 x float>, ptr %468, align 64
  %470 = fmul <16 x float> %469, %exp2
  %471 = getelementptr i32, ptr %438, i64 176
  %472 = load <16 x float>, ptr %471, align 64
  %473 = fmul <16 x float> %472, %exp297
  %474 = getelementptr i32, ptr %438, i64 192
  %475 = load <16 x float>, ptr %474, align 64
  %476 = fmul <16 x float> %475, %exp2
  %477 = getelementptr i32, ptr %438, i64 208
  %478 = load <16 x float>, ptr %477, align 64
  %479 = fmul <16 x float> %478, %exp297
  %480 = getelementptr i32, ptr %438, i64 224
  %481 = load <16 x float>, ptr %480, align 64
  %482 = fmul <16 x float> %481, %exp2
  %483 = getelementptr i32, ptr %438, i64 240
  %484 = load <16 x float>, ptr %483, align 64
  %485 = fmul <16 x float> %484, %exp297
  %486 = getelementptr i32, ptr %438, i64 256
  %487 = load <16 x float>, ptr %486, align 64
  %488 = fmul <16 x float> %487, %exp2
  %489 = getelementptr i32, ptr %438, i64 272
  %490 = load <16 x float>, ptr %489, align 64
  %491 = fmul <16 x float> %490, %exp297
  %492 = getelementptr i32, ptr %438, i64 288
  %493 = load <16 x float>, ptr %492, align 64
  %494 = fmul <16 x float> %493, %exp2
  %495 = getelementptr i32, ptr %438, i64 304
  %496 = load <16 x float>, ptr %495, align 64
  %497 = fmul <16 x float> %496, %exp297
  br label %kpv

kpv:                                              ; preds = %body112, %body108
  %o.sroa.60.0 = phi <16 x float> [ %485, %body108 ], [ %537, %body112 ]
  %o.sroa.56.0 = phi <16 x float> [ %482, %body108 ], [ %536, %body112 ]
  %o.sroa.52.0 = phi <16 x float> [ %479, %body108 ], [ %533, %body112 ]
  %o.sroa.48.0 = phi <16 x float> [ %476, %body108 ], [ %532, %body112 ]
  %o.sroa.44.0 = phi <16 x float> [ %473, %body108 ], [ %529, %body112 ]
  %o.sroa.40.0 = phi <16 x float> [ %470, %body108 ], [ %528, %body112 ]
  %o.sroa.36.0 = phi <16 x float> [ %467, %body108 ], [ %525, %body112 ]
  %o.sroa.32.0 = phi <16 x float> [ %464, %body108 ], [ %524, %body112 ]
  %o.sroa.28.0 = phi <16 x float> [ %461, %body108 ], [ %521, %body112 ]
  %o.sroa.24.0 = phi <16 x float> [ %458, %body108 ], [ %520, %body112 ]
  %o.sroa.20.0 = phi <16 x float> [ %455, %body108 ], [ %517, %body112 ]
  %o.sroa.16.0 = phi <16 x float> [ %452, %body108 ], [ %516, %body112 ]
  %o.sroa.12.0 = phi <16 x float> [ %449, %body108 ], [ %513, %body112 ]
  %o.sroa.8.0 = phi <16 x float> [ %446, %body108 ], [ %512, %body112 ]
  %o.sroa.4.0 = phi <16 x float> [ %443, %body108 ], [ %509, %body112 ]
  %o.sroa.0.0 = phi <16 x float> [ %440, %body108 ], [ %508, %body112 ]
  %o.sroa.64.0 = phi <16 x float> [ %488, %body108 ], [ %540, %body112 ]
  %o.sroa.68.0 = phi <16 x float> [ %491, %body108 ], [ %541, %body112 ]
  %o.sroa.72.0 = phi <16 x float> [ %494, %body108 ], [ %544, %body112 ]
  %o.sroa.76.0 = phi <16 x float> [ %497, %body108 ], [ %545, %body112 ]
  %kpv115 = phi i32 [ 0, %body108 ], [ %546, %body112 ]
  %498 = icmp slt i32 %kpv115, %242
  br i1 %498, label %body112, label %exit114

body112:                                          ; preds = %kpv
  %499 = sext i32 %kpv115 to i64
  %500 = mul i64 %499, 32
  %501 = getelementptr i32, ptr %st, i64 %500
  %p = load <16 x float>, ptr %501, align 64
  %502 = add i64 %500, 16
  %503 = getelementptr i32, ptr %st, i64 %502
  %p116 = load <16 x float>, ptr %503, align 64
  %504 = mul i64 %499, 5120
  %505 = getelementptr i8, ptr %vbuf, i64 %504
  %506 = getelementptr i32, ptr %505, i64 %436
  %v = load float, ptr %506, align 4
  %507 = insertelement <16 x float> poison, float %v, i32 0
  %splat117 = shufflevector <16 x float> %507, <16 x float> poison, <16 x i32> zeroinitializer
  %508 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat117, <16 x float> %o.sroa.0.0)
  %509 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p116, <16 x float> %splat117, <16 x float> %o.sroa.4.0)
  %510 = getelementptr i32, ptr %506, i64 1
  %v118 = load float, ptr %510, align 4
  %511 = insertelement <16 x float> poison, float %v118, i32 0
  %splat119 = shufflevector <16 x float> %511, <16 x float> poison, <16 x i32> zeroinitializer
  %512 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat119, <16 x float> %o.sroa.8.0)
  %513 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p116, <16 x float> %splat119, <16 x float> %o.sroa.12.0)
  %514 = getelementptr i32, ptr %506, i64 2
  %v120 = load float, ptr %514, align 4
  %515 = insertelement <16 x float> poison, float %v120, i32 0
  %splat121 = shufflevector <16 x float> %515, <16 x float> poison, <16 x i32> zeroinitializer
  %516 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat121, <16 x float> %o.sroa.16.0)
  %517 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p116, <16 x float> %splat121, <16 x float> %o.sroa.20.0)
  %518 = getelementptr i32, ptr %506, i64 3
  %v122 = load float, ptr %518, align 4
  %519 = insertelement <16 x float> poison, float %v122, i32 0
  %splat123 = shufflevector <16 x float> %519, <16 x float> poison, <16 x i32> zeroinitializer
  %520 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat123, <16 x float> %o.sroa.24.0)
  %521 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p116, <16 x float> %splat123, <16 x float> %o.sroa.28.0)
  %522 = getelementptr i32, ptr %506, i64 4
  %v124 = load float, ptr %522, align 4
  %523 = insertelement <16 x float> poison, float %v124, i32 0
  %splat125 = shufflevector <16 x float> %523, <16 x float> poison, <16 x i32> zeroinitializer
  %524 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat125, <16 x float> %o.sroa.32.0)
  %525 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p116, <16 x float> %splat125, <16 x float> %o.sroa.36.0)
  %526 = getelementptr i32, ptr %506, i64 5
  %v126 = load float, ptr %526, align 4
  %527 = insertelement <16 x float> poison, float %v126, i32 0
  %splat127 = shufflevector <16 x float> %527, <16 x float> poison, <16 x i32> zeroinitializer
  %528 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat127, <16 x float> %o.sroa.40.0)
  %529 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p116, <16 x float> %splat127, <16 x float> %o.sroa.44.0)
  %530 = getelementptr i32, ptr %506, i64 6
  %v128 = load float, ptr %530, align 4
  %531 = insertelement <16 x float> poison, float %v128, i32 0
  %splat129 = shufflevector <16 x float> %531, <16 x float> poison, <16 x i32> zeroinitializer
  %532 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat129, <16 x float> %o.sroa.48.0)
  %533 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p116, <16 x float> %splat129, <16 x float> %o.sroa.52.0)
  %534 = getelementptr i32, ptr %506, i64 7
  %v130 = load float, ptr %534, align 4
  %535 = insertelement <16 x float> poison, float %v130, i32 0
  %splat131 = shufflevector <16 x float> %535, <16 x float> poison, <16 x i32> zeroinitializer
  %536 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat131, <16 x float> %o.sroa.56.0)
  %537 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p116, <16 x float> %splat131, <16 x float> %o.sroa.60.0)
  %538 = getelementptr i32, ptr %506, i64 8
  %v132 = load float, ptr %538, align 4
  %539 = insertelement <16 x float> poison, float %v132, i32 0
  %splat133 = shufflevector <16 x float> %539, <16 x float> poison, <16 x i32> zeroinitializer
  %540 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat133, <16 x float> %o.sroa.64.0)
  %541 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p116, <16 x float> %splat133, <16 x float> %o.sroa.68.0)
  %542 = getelementptr i32, ptr %506, i64 9
  %v134 = load float, ptr %542, align 4
  %543 = insertelement <16 x float> poison, float %v134, i32 0
  %splat135 = shufflevector <16 x float> %543, <16 x float> poison, <16 x i32> zeroinitializer
  %544 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat135, <16 x float> %o.sroa.72.0)
  %545 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p116, <16 x float> %splat135, <16 x float> %o.sroa.76.0)
  %546 = add nsw i32 %kpv115, 1
  br label %kpv

exit114:                                          ; preds = %kpv
  store <16 x float> %o.sroa.0.0, ptr %438, align 64
  store <16 x float> %o.sroa.4.0, ptr %441, align 64
  store <16 x float> %o.sroa.8.0, ptr %444, align 64
  store <16 x float> %o.sroa.12.0, ptr %447, align 64
  store <16 x float> %o.sroa.16.0, ptr %450, align 64
  store <16 x float> %o.sroa.20.0, ptr %453, align 64
  store <16 x float> %o.sroa.24.0, ptr %456, align 64
  store <16 x float> %o.sroa.28.0, ptr %459, align 64
  store <16 x float> %o.sroa.32.0, ptr %462, align 64
  store <16 x float> %o.sroa.36.0, ptr %465, align 64
  store <16 x float> %o.sroa.40.0, ptr %468, align 64
  store <16 x float> %o.sroa.44.0, ptr %471, align 64
  store <16 x float> %o.sroa.48.0, ptr %474, align 64
  store <16 x float> %o.sroa.52.0, ptr %477, align 64
  store <16 x float> %o.sroa.56.0, ptr %480, align 64
  store <16 x float> %o.sroa.60.0, ptr %483, align 64
  store <16 x float> %o.sroa.64.0, ptr %486, align 64
  store <16 x float> %o.sroa.68.0, ptr %489, align 64
  store <16 x float> %o.sroa.72.0, ptr %492, align 64
  store <16 x float> %o.sroa.76.0, ptr %495, align 64
  %547 = add nsw i32 %pvblock111, 1
  br label %pvblock

orow136:                                          ; preds = %written, %exit25
  %orow140 = phi i32 [ 0, %exit25 ], [ %582, %written ]
  %548 = icmp slt i32 %orow140, %nrows
  br i1 %548, label %body137, label %done

body137:                                          ; preds = %orow136
  %549 = sext i32 %orow140 to i64
  %550 = getelementptr float, ptr %ms, i64 %549
  %m141 = load float, ptr %550, align 4
  %551 = getelementptr float, ptr %ls, i64 %549
  %l = load float, ptr %551, align 4
  %552 = sdiv i32 %orow140, 32
  %553 = srem i32 %orow140, 32
  %554 = sext i32 %552 to i64
  %555 = mul i64 %554, 40960
  %556 = getelementptr i32, ptr %ot, i64 %555
  br label %otrow

otrow:                                            ; preds = %body142, %body137
  %otrow145 = phi i32 [ 0, %body137 ], [ %565, %body142 ]
  %557 = icmp slt i32 %otrow145, 1280
  br i1 %557, label %body142, label %exit144

body142:                                          ; preds = %otrow
  %558 = sext i32 %553 to i64
  %559 = sext i32 %otrow145 to i64
  %560 = mul i64 %559, 32
  %561 = add i64 %560, %558
  %562 = getelementptr i32, ptr %556, i64 %561
  %563 = load float, ptr %562, align 4
  %564 = getelementptr i32, ptr %rowbuf, i64 %559
  store float %563, ptr %564, align 4
  %565 = add nsw i32 %otrow145, 1
  br label %otrow

exit144:                                          ; preds = %otrow
  %566 = icmp ne ptr %part, null
  br i1 %566, label %partial, label %final

partial:                                          ; preds = %exit144
  %567 = sext i32 %nrows to i64
  %568 = mul i64 %549, 1280
  %569 = getelementptr float, ptr %part, i64 %568
  br label %chunk146

final:                                            ; preds = %exit144
  %570 = sdiv i32 %orow140, %nh
  %qi151 = add i32 %q_begin, %570
  %571 = srem i32 %orow140, %nh
  %572 = add i32 %h_begin, %571
  %573 = mul i32 %kv_head, 20
  %hq152 = add i32 %573, %572
  %574 = sext i32 %qi151 to i64
  %575 = add i64 %q_row0, %574
  %576 = mul i64 %575, 20
  %577 = sext i32 %hq152 to i64
  %orow153 = add i64 %576, %577
  %578 = fcmp oeq float %l, 0.000000e+00
  %579 = fdiv float 1.000000e+00, %l
  %580 = select i1 %578, float 0.000000e+00, float %579
  %581 = insertelement <16 x float> poison, float %580, i32 0
  %splat154 = shufflevector <16 x float> %581, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk155

written:                                          ; preds = %exit158, %exit149
  %582 = add nsw i32 %orow140, 1
  br label %orow136

chunk146:                                         ; preds = %body147, %partial
  %chunk150 = phi i64 [ 0, %partial ], [ %588, %body147 ]
  %583 = icmp slt i64 %chunk150, 80
  br i1 %583, label %body147, label %exit149

body147:                                          ; preds = %chunk146
  %584 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk150
  %585 = load <16 x float>, ptr %584, align 64
  %586 = mul i64 %chunk150, 64
  %587 = getelementptr i8, ptr %569, i64 %586
  store <16 x float> %585, ptr %587, align 4
  %588 = add nsw i64 %chunk150, 1
  br label %chunk146

exit149:                                          ; preds = %chunk146
  %589 = mul i64 %567, 1280
  %590 = add i64 %589, %549
  %591 = getelementptr float, ptr %part, i64 %590
  store float %m141, ptr %591, align 4
  %592 = add i64 %590, %567
  %593 = getelementptr float, ptr %part, i64 %592
  store float %l, ptr %593, align 4
  br label %written

chunk155:                                         ; preds = %body156, %final
  %chunk159 = phi i64 [ 0, %final ], [ %600, %body156 ]
  %594 = icmp slt i64 %chunk159, 80
  br i1 %594, label %body156, label %exit158

body156:                                          ; preds = %chunk155
  %595 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk159
  %596 = load <16 x float>, ptr %595, align 64
  %597 = fmul <16 x float> %596, %splat154
  %598 = mul i64 %chunk159, 64
  %599 = getelementptr i8, ptr %rowbuf, i64 %598
  store <16 x float> %597, ptr %599, align 4
  %600 = add nsw i64 %chunk159, 1
  br label %chunk155

exit158:                                          ; preds = %chunk155
  %u = select i1 %578, ptr null, ptr %rowbuf
  call void @whisper_large_cross_project(ptr %0, ptr %u, i64 %orow153)
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
