; ModuleID = 'whisper_large_cross'
source_filename = "whisper_large_cross"
target triple = "x86_64-unknown-linux-gnu"

@whisper_large_cross.name = private unnamed_addr constant [20 x i8] c"whisper_large_cross\00"
@whisper_large_cross.spec = private unnamed_addr constant [384 x i8] c"attncc: 1\0Aname: whisper_large_cross\0Aphase: decode\0Akind: cross\0Aheads: {q: 20, kv: 20, dim: 64, v_dim: 64}\0Atypes: {q: f16, cache: f16, out: f16}\0Ascale: auto\0Acache: {store: x, layout: contiguous, order: token_major, capacity: 1500, latent_dim: 0, rope_dim: 0, shared_across_layers: true}\0Amask: {causal: false}\0Aoutput: {lse: false}\0Aslim: {order: auto}\0Amodel: {layers: 32, d_model: 1280}\0A\00"
@whisper_large_cross_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32, ptr, i32, i32 } { i32 5, i32 1, i64 6817037952159441191, ptr @whisper_large_cross.name, ptr @whisper_large_cross.spec, i32 20, i32 20, i32 64, i32 64, i32 1, i32 1, i32 1, i32 0, i32 0, i32 0, i32 1500, i32 0, i32 0, float 1.250000e-01, i32 2, i32 1280, i32 0, ptr null, i32 0, i32 0 }, align 8
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
  %12 = getelementptr i8, ptr %1, i64 48
  %part = load ptr, ptr %12, align 8
  %13 = getelementptr i8, ptr %0, i64 32
  %q = load ptr, ptr %13, align 8
  %14 = getelementptr i8, ptr %0, i64 40
  %15 = getelementptr i8, ptr %0, i64 48
  %16 = getelementptr i8, ptr %0, i64 56
  %k_cache = load ptr, ptr %16, align 8
  %17 = sext i32 %seq to i64
  %18 = mul i64 %17, 3840000
  %19 = getelementptr i8, ptr %k_cache, i64 %18
  %20 = sext i32 %kv_head to i64
  %21 = icmp sgt i32 %nrows, 0
  br i1 %21, label %qrow, label %done

done:                                             ; preds = %orow136, %entry
  ret void

qrow:                                             ; preds = %entry, %exit17
  %qrow1 = phi i32 [ %174, %exit17 ], [ 0, %entry ]
  %22 = icmp slt i32 %qrow1, 32
  br i1 %22, label %body, label %otzero

body:                                             ; preds = %qrow
  %23 = icmp slt i32 %qrow1, %nrows
  %24 = sub i32 %nrows, 1
  %25 = call i32 @llvm.smin.i32(i32 %qrow1, i32 %24)
  %26 = sdiv i32 %25, %nh
  %qi = add i32 %q_begin, %26
  %27 = srem i32 %25, %nh
  %h = add i32 %h_begin, %27
  %28 = mul i32 %kv_head, 20
  %hq = add i32 %28, %h
  %29 = sext i32 %qi to i64
  %30 = add i64 %q_row0, %29
  %31 = mul i64 %30, 20
  %32 = sext i32 %hq to i64
  %orow = add i64 %31, %32
  %33 = mul i64 %orow, 128
  %34 = getelementptr i8, ptr %q, i64 %33
  %35 = select i1 %23, float 0x3FC7154760000000, float 0.000000e+00
  %36 = insertelement <16 x float> poison, float %35, i32 0
  %splat = shufflevector <16 x float> %36, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %43, %body2 ]
  %37 = icmp slt i64 %chunk5, 4
  br i1 %37, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %38 = mul i64 %chunk5, 32
  %39 = getelementptr i8, ptr %34, i64 %38
  %40 = load <16 x half>, ptr %39, align 2
  %f16 = fpext <16 x half> %40 to <16 x float>
  %41 = fmul <16 x float> %f16, %splat
  %42 = getelementptr <16 x float>, ptr %qnope, i64 %chunk5
  store <16 x float> %41, ptr %42, align 64
  %43 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %44 = srem i64 %orow, 20
  %45 = getelementptr i8, ptr %0, i64 128
  %w_absorb = load ptr, ptr %45, align 8
  %46 = mul i64 %44, 64
  %47 = getelementptr float, ptr %w_absorb, i64 %46
  br label %absorb

absorb:                                           ; preds = %exit12, %exit4
  %absorb9 = phi i64 [ 0, %exit4 ], [ %164, %exit12 ]
  %48 = icmp slt i64 %absorb9, 80
  br i1 %48, label %body6, label %exit8

body6:                                            ; preds = %absorb
  %49 = mul i64 %absorb9, 16
  br label %absorb_out

exit8:                                            ; preds = %absorb
  %50 = sext i32 %qrow1 to i64
  %51 = getelementptr i32, ptr %lims, i64 %50
  store i32 %k_end, ptr %51, align 4
  %52 = sdiv i32 %qrow1, 32
  %53 = sext i32 %52 to i64
  %54 = mul i64 %53, 40960
  %55 = getelementptr i32, ptr %qt, i64 %54
  %56 = srem i32 %qrow1, 32
  br label %qcol

absorb_out:                                       ; preds = %body10, %body6
  %absorb_out13 = phi i64 [ 0, %body6 ], [ %81, %body10 ]
  %57 = icmp slt i64 %absorb_out13, 16
  br i1 %57, label %body10, label %exit12

body10:                                           ; preds = %absorb_out
  %58 = add i64 %49, %absorb_out13
  %59 = call i64 @llvm.smin.i64(i64 %58, i64 1279)
  %60 = mul i64 %59, 1280
  %61 = getelementptr float, ptr %47, i64 %60
  %62 = load <16 x float>, ptr %61, align 4
  %63 = load <16 x float>, ptr %qnope, align 64
  %64 = fmul <16 x float> %63, %62
  %65 = getelementptr float, ptr %61, i64 16
  %66 = load <16 x float>, ptr %65, align 4
  %67 = getelementptr <16 x float>, ptr %qnope, i64 1
  %68 = load <16 x float>, ptr %67, align 64
  %69 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %68, <16 x float> %66, <16 x float> %64)
  %70 = getelementptr float, ptr %61, i64 32
  %71 = load <16 x float>, ptr %70, align 4
  %72 = getelementptr <16 x float>, ptr %qnope, i64 2
  %73 = load <16 x float>, ptr %72, align 64
  %74 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %73, <16 x float> %71, <16 x float> %69)
  %75 = getelementptr float, ptr %61, i64 48
  %76 = load <16 x float>, ptr %75, align 4
  %77 = getelementptr <16 x float>, ptr %qnope, i64 3
  %78 = load <16 x float>, ptr %77, align 64
  %79 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %78, <16 x float> %76, <16 x float> %74)
  %80 = getelementptr <16 x float>, ptr %dots, i64 %absorb_out13
  store <16 x float> %79, ptr %80, align 64
  %81 = add nsw i64 %absorb_out13, 1
  br label %absorb_out

exit12:                                           ; preds = %absorb_out
  %82 = load <16 x float>, ptr %dots, align 64
  %83 = getelementptr <16 x float>, ptr %dots, i64 1
  %84 = load <16 x float>, ptr %83, align 64
  %85 = shufflevector <16 x float> %82, <16 x float> %84, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %86 = shufflevector <16 x float> %82, <16 x float> %84, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %87 = fadd <16 x float> %85, %86
  %88 = getelementptr <16 x float>, ptr %dots, i64 2
  %89 = load <16 x float>, ptr %88, align 64
  %90 = getelementptr <16 x float>, ptr %dots, i64 3
  %91 = load <16 x float>, ptr %90, align 64
  %92 = shufflevector <16 x float> %89, <16 x float> %91, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %93 = shufflevector <16 x float> %89, <16 x float> %91, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %94 = fadd <16 x float> %92, %93
  %95 = shufflevector <16 x float> %87, <16 x float> %94, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %96 = shufflevector <16 x float> %87, <16 x float> %94, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %97 = fadd <16 x float> %95, %96
  %98 = getelementptr <16 x float>, ptr %dots, i64 4
  %99 = load <16 x float>, ptr %98, align 64
  %100 = getelementptr <16 x float>, ptr %dots, i64 5
  %101 = load <16 x float>, ptr %100, align 64
  %102 = shufflevector <16 x float> %99, <16 x float> %101, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %103 = shufflevector <16 x float> %99, <16 x float> %101, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %104 = fadd <16 x float> %102, %103
  %105 = getelementptr <16 x float>, ptr %dots, i64 6
  %106 = load <16 x float>, ptr %105, align 64
  %107 = getelementptr <16 x float>, ptr %dots, i64 7
  %108 = load <16 x float>, ptr %107, align 64
  %109 = shufflevector <16 x float> %106, <16 x float> %108, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %110 = shufflevector <16 x float> %106, <16 x float> %108, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %111 = fadd <16 x float> %109, %110
  %112 = shufflevector <16 x float> %104, <16 x float> %111, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %113 = shufflevector <16 x float> %104, <16 x float> %111, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %114 = fadd <16 x float> %112, %113
  %115 = shufflevector <16 x float> %97, <16 x float> %114, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %116 = shufflevector <16 x float> %97, <16 x float> %114, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %117 = fadd <16 x float> %115, %116
  %118 = getelementptr <16 x float>, ptr %dots, i64 8
  %119 = load <16 x float>, ptr %118, align 64
  %120 = getelementptr <16 x float>, ptr %dots, i64 9
  %121 = load <16 x float>, ptr %120, align 64
  %122 = shufflevector <16 x float> %119, <16 x float> %121, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %123 = shufflevector <16 x float> %119, <16 x float> %121, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %124 = fadd <16 x float> %122, %123
  %125 = getelementptr <16 x float>, ptr %dots, i64 10
  %126 = load <16 x float>, ptr %125, align 64
  %127 = getelementptr <16 x float>, ptr %dots, i64 11
  %128 = load <16 x float>, ptr %127, align 64
  %129 = shufflevector <16 x float> %126, <16 x float> %128, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %130 = shufflevector <16 x float> %126, <16 x float> %128, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %131 = fadd <16 x float> %129, %130
  %132 = shufflevector <16 x float> %124, <16 x float> %131, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %133 = shufflevector <16 x float> %124, <16 x float> %131, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %134 = fadd <16 x float> %132, %133
  %135 = getelementptr <16 x float>, ptr %dots, i64 12
  %136 = load <16 x float>, ptr %135, align 64
  %137 = getelementptr <16 x float>, ptr %dots, i64 13
  %138 = load <16 x float>, ptr %137, align 64
  %139 = shufflevector <16 x float> %136, <16 x float> %138, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %140 = shufflevector <16 x float> %136, <16 x float> %138, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %141 = fadd <16 x float> %139, %140
  %142 = getelementptr <16 x float>, ptr %dots, i64 14
  %143 = load <16 x float>, ptr %142, align 64
  %144 = getelementptr <16 x float>, ptr %dots, i64 15
  %145 = load <16 x float>, ptr %144, align 64
  %146 = shufflevector <16 x float> %143, <16 x float> %145, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %147 = shufflevector <16 x float> %143, <16 x float> %145, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %148 = fadd <16 x float> %146, %147
  %149 = shufflevector <16 x float> %141, <16 x float> %148, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %150 = shufflevector <16 x float> %141, <16 x float> %148, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %151 = fadd <16 x float> %149, %150
  %152 = shufflevector <16 x float> %134, <16 x float> %151, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %153 = shufflevector <16 x float> %134, <16 x float> %151, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %154 = fadd <16 x float> %152, %153
  %155 = shufflevector <16 x float> %117, <16 x float> %154, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %156 = shufflevector <16 x float> %117, <16 x float> %154, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %157 = fadd <16 x float> %155, %156
  %158 = trunc i64 %49 to i32
  %159 = insertelement <16 x i32> poison, i32 %158, i32 0
  %splat14 = shufflevector <16 x i32> %159, <16 x i32> poison, <16 x i32> zeroinitializer
  %160 = add <16 x i32> %splat14, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %161 = icmp slt <16 x i32> %160, <i32 1280, i32 1280, i32 1280, i32 1280, i32 1280, i32 1280, i32 1280, i32 1280, i32 1280, i32 1280, i32 1280, i32 1280, i32 1280, i32 1280, i32 1280, i32 1280>
  %162 = getelementptr <16 x float>, ptr %rowbuf, i64 %absorb9
  %163 = select <16 x i1> %161, <16 x float> %157, <16 x float> zeroinitializer
  store <16 x float> %163, ptr %162, align 64
  %164 = add nsw i64 %absorb9, 1
  br label %absorb

qcol:                                             ; preds = %body15, %exit8
  %qcol18 = phi i32 [ 0, %exit8 ], [ %173, %body15 ]
  %165 = icmp slt i32 %qcol18, 1280
  br i1 %165, label %body15, label %exit17

body15:                                           ; preds = %qcol
  %166 = sext i32 %qcol18 to i64
  %167 = getelementptr i32, ptr %rowbuf, i64 %166
  %168 = load float, ptr %167, align 4
  %169 = sext i32 %56 to i64
  %170 = mul i64 %166, 32
  %171 = add i64 %170, %169
  %172 = getelementptr i32, ptr %55, i64 %171
  store float %168, ptr %172, align 4
  %173 = add nsw i32 %qcol18, 1
  br label %qcol

exit17:                                           ; preds = %qcol
  %174 = add nsw i32 %qrow1, 1
  br label %qrow

otzero:                                           ; preds = %qrow, %body19
  %otzero22 = phi i32 [ %179, %body19 ], [ 0, %qrow ]
  %175 = icmp slt i32 %otzero22, 2560
  br i1 %175, label %body19, label %exit21

body19:                                           ; preds = %otzero
  %176 = sext i32 %otzero22 to i64
  %177 = mul i64 %176, 16
  %178 = getelementptr i32, ptr %ot, i64 %177
  store <16 x float> zeroinitializer, ptr %178, align 64
  %179 = add nsw i32 %otzero22, 1
  br label %otzero

exit21:                                           ; preds = %otzero
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %mv, align 64
  store <16 x float> zeroinitializer, ptr %lv, align 64
  %180 = getelementptr <16 x float>, ptr %mv, i64 1
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %180, align 64
  %181 = getelementptr <16 x float>, ptr %lv, i64 1
  store <16 x float> zeroinitializer, ptr %181, align 64
  %k_last = sub i32 %k_end, 1
  br label %ktile

ktile:                                            ; preds = %exit50, %exit21
  %ktile26 = phi i32 [ %k_begin, %exit21 ], [ %236, %exit50 ]
  %182 = icmp slt i32 %ktile26, %k_end
  br i1 %182, label %body23, label %exit25

body23:                                           ; preds = %ktile
  %183 = sub i32 %k_end, %ktile26
  %184 = call i32 @llvm.smin.i32(i32 12, i32 %183)
  %185 = add i32 %184, 11
  %186 = sdiv i32 %185, 12
  %187 = mul i32 %186, 12
  br label %kpack

exit25:                                           ; preds = %ktile
  %188 = load <16 x float>, ptr %mv, align 64
  store <16 x float> %188, ptr %ms, align 64
  %189 = load <16 x float>, ptr %lv, align 64
  store <16 x float> %189, ptr %ls, align 64
  %190 = getelementptr float, ptr %ms, i64 16
  %191 = load <16 x float>, ptr %180, align 64
  store <16 x float> %191, ptr %190, align 64
  %192 = getelementptr float, ptr %ls, i64 16
  %193 = load <16 x float>, ptr %181, align 64
  store <16 x float> %193, ptr %192, align 64
  br label %orow136

kpack:                                            ; preds = %exit34, %body23
  %kpack30 = phi i32 [ 0, %body23 ], [ %211, %exit34 ]
  %194 = icmp slt i32 %kpack30, %187
  br i1 %194, label %body27, label %vpack

body27:                                           ; preds = %kpack
  %195 = add i32 %ktile26, %kpack30
  %196 = call i32 @llvm.smin.i32(i32 %195, i32 %k_last)
  %197 = sext i32 %196 to i64
  %row = add i64 %20, %197
  %198 = mul i64 %row, 2560
  %199 = getelementptr i8, ptr %19, i64 %198
  %200 = sext i32 %kpack30 to i64
  %201 = mul i64 %200, 1280
  %202 = getelementptr i32, ptr %kbuf, i64 %201
  br label %chunk31

chunk31:                                          ; preds = %body32, %body27
  %chunk35 = phi i64 [ 0, %body27 ], [ %210, %body32 ]
  %203 = icmp slt i64 %chunk35, 80
  br i1 %203, label %body32, label %exit34

body32:                                           ; preds = %chunk31
  %204 = mul i64 %chunk35, 16
  %205 = mul i64 %204, 4
  %206 = mul i64 %204, 2
  %207 = getelementptr i8, ptr %199, i64 %206
  %208 = load <16 x half>, ptr %207, align 2
  %f1636 = fpext <16 x half> %208 to <16 x float>
  %209 = getelementptr i8, ptr %202, i64 %205
  store <16 x float> %f1636, ptr %209, align 64
  %210 = add nsw i64 %chunk35, 1
  br label %chunk31

exit34:                                           ; preds = %chunk31
  %211 = add nsw i32 %kpack30, 1
  br label %kpack

vpack:                                            ; preds = %kpack, %exit45
  %vpack40 = phi i32 [ %229, %exit45 ], [ 0, %kpack ]
  %212 = icmp slt i32 %vpack40, %184
  br i1 %212, label %body37, label %exit39

body37:                                           ; preds = %vpack
  %213 = add i32 %ktile26, %vpack40
  %214 = sext i32 %213 to i64
  %row41 = add i64 %20, %214
  %215 = mul i64 %row41, 2560
  %216 = getelementptr i8, ptr %19, i64 %215
  %217 = sext i32 %vpack40 to i64
  %218 = mul i64 %217, 1280
  %219 = getelementptr i32, ptr %vbuf, i64 %218
  br label %chunk42

exit39:                                           ; preds = %vpack
  %220 = add i32 %nrows, 31
  %nblk = sdiv i32 %220, 32
  br label %rblock

chunk42:                                          ; preds = %body43, %body37
  %chunk46 = phi i64 [ 0, %body37 ], [ %228, %body43 ]
  %221 = icmp slt i64 %chunk46, 80
  br i1 %221, label %body43, label %exit45

body43:                                           ; preds = %chunk42
  %222 = mul i64 %chunk46, 16
  %223 = mul i64 %222, 4
  %224 = mul i64 %222, 2
  %225 = getelementptr i8, ptr %216, i64 %224
  %226 = load <16 x half>, ptr %225, align 2
  %f1647 = fpext <16 x half> %226 to <16 x float>
  %227 = getelementptr i8, ptr %219, i64 %223
  store <16 x float> %f1647, ptr %227, align 64
  %228 = add nsw i64 %chunk46, 1
  br label %chunk42

exit45:                                           ; preds = %chunk42
  %229 = add nsw i32 %vpack40, 1
  br label %vpack

rblock:                                           ; preds = %join, %exit39
  %rblock51 = phi i32 [ 0, %exit39 ], [ %247, %join ]
  %230 = icmp slt i32 %rblock51, %nblk
  br i1 %230, label %body48, label %exit50

body48:                                           ; preds = %rblock
  %231 = sext i32 %rblock51 to i64
  %232 = mul i32 %rblock51, 32
  %233 = add i32 %232, 31
  %234 = sub i32 %nrows, 1
  %235 = icmp sgt i32 %184, 0
  br i1 %235, label %rvisit, label %join

exit50:                                           ; preds = %rblock
  %236 = add nsw i32 %ktile26, 12
  br label %ktile

rvisit:                                           ; preds = %body48
  %237 = mul i64 %231, 40960
  %238 = getelementptr i32, ptr %qt, i64 %237
  %239 = getelementptr i32, ptr %ot, i64 %237
  %240 = mul i64 %231, 2
  %241 = getelementptr <16 x float>, ptr %mv, i64 %240
  %242 = getelementptr <16 x float>, ptr %lv, i64 %240
  %243 = mul i64 %231, 32
  %244 = getelementptr i32, ptr %lims, i64 %243
  %limv = load <16 x i32>, ptr %244, align 64
  %245 = add i64 %243, 16
  %246 = getelementptr i32, ptr %lims, i64 %245
  %limv52 = load <16 x i32>, ptr %246, align 64
  br label %sblock

join:                                             ; preds = %pvblock, %body48
  %247 = add nsw i32 %rblock51, 1
  br label %rblock

sblock:                                           ; preds = %exit59, %rvisit
  %sblock56 = phi i32 [ 0, %rvisit ], [ %331, %exit59 ]
  %248 = icmp slt i32 %sblock56, %184
  br i1 %248, label %body53, label %smask

body53:                                           ; preds = %sblock
  %249 = sext i32 %sblock56 to i64
  %250 = mul i64 %249, 1280
  %251 = getelementptr i32, ptr %kbuf, i64 %250
  br label %sdim

sdim:                                             ; preds = %body57, %body53
  %sacc.sroa.92.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %304, %body57 ]
  %sacc.sroa.88.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %303, %body57 ]
  %sacc.sroa.84.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %300, %body57 ]
  %sacc.sroa.80.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %299, %body57 ]
  %sacc.sroa.76.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %296, %body57 ]
  %sacc.sroa.72.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %295, %body57 ]
  %sacc.sroa.68.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %292, %body57 ]
  %sacc.sroa.64.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %291, %body57 ]
  %sacc.sroa.60.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %288, %body57 ]
  %sacc.sroa.56.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %287, %body57 ]
  %sacc.sroa.52.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %284, %body57 ]
  %sacc.sroa.48.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %283, %body57 ]
  %sacc.sroa.44.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %280, %body57 ]
  %sacc.sroa.40.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %279, %body57 ]
  %sacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %276, %body57 ]
  %sacc.sroa.32.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %275, %body57 ]
  %sacc.sroa.28.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %272, %body57 ]
  %sacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %271, %body57 ]
  %sacc.sroa.20.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %268, %body57 ]
  %sacc.sroa.16.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %267, %body57 ]
  %sacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %264, %body57 ]
  %sacc.sroa.8.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %263, %body57 ]
  %sacc.sroa.4.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %260, %body57 ]
  %sacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %259, %body57 ]
  %sdim60 = phi i32 [ 0, %body53 ], [ %305, %body57 ]
  %252 = icmp slt i32 %sdim60, 1280
  br i1 %252, label %body57, label %exit59

body57:                                           ; preds = %sdim
  %253 = sext i32 %sdim60 to i64
  %254 = mul i64 %253, 32
  %255 = getelementptr i32, ptr %238, i64 %254
  %qt61 = load <16 x float>, ptr %255, align 64
  %256 = getelementptr i32, ptr %255, i64 16
  %qt62 = load <16 x float>, ptr %256, align 64
  %257 = getelementptr i32, ptr %251, i64 %253
  %k = load float, ptr %257, align 4
  %258 = insertelement <16 x float> poison, float %k, i32 0
  %splat63 = shufflevector <16 x float> %258, <16 x float> poison, <16 x i32> zeroinitializer
  %259 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat63, <16 x float> %sacc.sroa.0.0)
  %260 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat63, <16 x float> %sacc.sroa.4.0)
  %261 = getelementptr i32, ptr %257, i64 1280
  %k64 = load float, ptr %261, align 4
  %262 = insertelement <16 x float> poison, float %k64, i32 0
  %splat65 = shufflevector <16 x float> %262, <16 x float> poison, <16 x i32> zeroinitializer
  %263 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat65, <16 x float> %sacc.sroa.8.0)
  %264 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat65, <16 x float> %sacc.sroa.12.0)
  %265 = getelementptr i32, ptr %257, i64 2560
  %k66 = load float, ptr %265, align 4
  %266 = insertelement <16 x float> poison, float %k66, i32 0
  %splat67 = shufflevector <16 x float> %266, <16 x float> poison, <16 x i32> zeroinitializer
  %267 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat67, <16 x float> %sacc.sroa.16.0)
  %268 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat67, <16 x float> %sacc.sroa.20.0)
  %269 = getelementptr i32, ptr %257, i64 3840
  %k68 = load float, ptr %269, align 4
  %270 = insertelement <16 x float> poison, float %k68, i32 0
  %splat69 = shufflevector <16 x float> %270, <16 x float> poison, <16 x i32> zeroinitializer
  %271 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat69, <16 x float> %sacc.sroa.24.0)
  %272 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat69, <16 x float> %sacc.sroa.28.0)
  %273 = getelementptr i32, ptr %257, i64 5120
  %k70 = load float, ptr %273, align 4
  %274 = insertelement <16 x float> poison, float %k70, i32 0
  %splat71 = shufflevector <16 x float> %274, <16 x float> poison, <16 x i32> zeroinitializer
  %275 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat71, <16 x float> %sacc.sroa.32.0)
  %276 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat71, <16 x float> %sacc.sroa.36.0)
  %277 = getelementptr i32, ptr %257, i64 6400
  %k72 = load float, ptr %277, align 4
  %278 = insertelement <16 x float> poison, float %k72, i32 0
  %splat73 = shufflevector <16 x float> %278, <16 x float> poison, <16 x i32> zeroinitializer
  %279 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat73, <16 x float> %sacc.sroa.40.0)
  %280 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat73, <16 x float> %sacc.sroa.44.0)
  %281 = getelementptr i32, ptr %257, i64 7680
  %k74 = load float, ptr %281, align 4
  %282 = insertelement <16 x float> poison, float %k74, i32 0
  %splat75 = shufflevector <16 x float> %282, <16 x float> poison, <16 x i32> zeroinitializer
  %283 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat75, <16 x float> %sacc.sroa.48.0)
  %284 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat75, <16 x float> %sacc.sroa.52.0)
  %285 = getelementptr i32, ptr %257, i64 8960
  %k76 = load float, ptr %285, align 4
  %286 = insertelement <16 x float> poison, float %k76, i32 0
  %splat77 = shufflevector <16 x float> %286, <16 x float> poison, <16 x i32> zeroinitializer
  %287 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat77, <16 x float> %sacc.sroa.56.0)
  %288 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat77, <16 x float> %sacc.sroa.60.0)
  %289 = getelementptr i32, ptr %257, i64 10240
  %k78 = load float, ptr %289, align 4
  %290 = insertelement <16 x float> poison, float %k78, i32 0
  %splat79 = shufflevector <16 x float> %290, <16 x float> poison, <16 x i32> zeroinitializer
  %291 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat79, <16 x float> %sacc.sroa.64.0)
  %292 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat79, <16 x float> %sacc.sroa.68.0)
  %293 = getelementptr i32, ptr %257, i64 11520
  %k80 = load float, ptr %293, align 4
  %294 = insertelement <16 x float> poison, float %k80, i32 0
  %splat81 = shufflevector <16 x float> %294, <16 x float> poison, <16 x i32> zeroinitializer
  %295 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat81, <16 x float> %sacc.sroa.72.0)
  %296 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat81, <16 x float> %sacc.sroa.76.0)
  %297 = getelementptr i32, ptr %257, i64 12800
  %k82 = load float, ptr %297, align 4
  %298 = insertelement <16 x float> poison, float %k82, i32 0
  %splat83 = shufflevector <16 x float> %298, <16 x float> poison, <16 x i32> zeroinitializer
  %299 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat83, <16 x float> %sacc.sroa.80.0)
  %300 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat83, <16 x float> %sacc.sroa.84.0)
  %301 = getelementptr i32, ptr %257, i64 14080
  %k84 = load float, ptr %301, align 4
  %302 = insertelement <16 x float> poison, float %k84, i32 0
  %splat85 = shufflevector <16 x float> %302, <16 x float> poison, <16 x i32> zeroinitializer
  %303 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat85, <16 x float> %sacc.sroa.88.0)
  %304 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat85, <16 x float> %sacc.sroa.92.0)
  %305 = add nsw i32 %sdim60, 1
  br label %sdim

exit59:                                           ; preds = %sdim
  %306 = mul i64 %249, 32
  %307 = getelementptr i32, ptr %st, i64 %306
  store <16 x float> %sacc.sroa.0.0, ptr %307, align 64
  %308 = getelementptr i32, ptr %307, i64 16
  store <16 x float> %sacc.sroa.4.0, ptr %308, align 64
  %309 = getelementptr i32, ptr %307, i64 32
  store <16 x float> %sacc.sroa.8.0, ptr %309, align 64
  %310 = getelementptr i32, ptr %307, i64 48
  store <16 x float> %sacc.sroa.12.0, ptr %310, align 64
  %311 = getelementptr i32, ptr %307, i64 64
  store <16 x float> %sacc.sroa.16.0, ptr %311, align 64
  %312 = getelementptr i32, ptr %307, i64 80
  store <16 x float> %sacc.sroa.20.0, ptr %312, align 64
  %313 = getelementptr i32, ptr %307, i64 96
  store <16 x float> %sacc.sroa.24.0, ptr %313, align 64
  %314 = getelementptr i32, ptr %307, i64 112
  store <16 x float> %sacc.sroa.28.0, ptr %314, align 64
  %315 = getelementptr i32, ptr %307, i64 128
  store <16 x float> %sacc.sroa.32.0, ptr %315, align 64
  %316 = getelementptr i32, ptr %307, i64 144
  store <16 x float> %sacc.sroa.36.0, ptr %316, align 64
  %317 = getelementptr i32, ptr %307, i64 160
  store <16 x float> %sacc.sroa.40.0, ptr %317, align 64
  %318 = getelementptr i32, ptr %307, i64 176
  store <16 x float> %sacc.sroa.44.0, ptr %318, align 64
  %319 = getelementptr i32, ptr %307, i64 192
  store <16 x float> %sacc.sroa.48.0, ptr %319, align 64
  %320 = getelementptr i32, ptr %307, i64 208
  store <16 x float> %sacc.sroa.52.0, ptr %320, align 64
  %321 = getelementptr i32, ptr %307, i64 224
  store <16 x float> %sacc.sroa.56.0, ptr %321, align 64
  %322 = getelementptr i32, ptr %307, i64 240
  store <16 x float> %sacc.sroa.60.0, ptr %322, align 64
  %323 = getelementptr i32, ptr %307, i64 256
  store <16 x float> %sacc.sroa.64.0, ptr %323, align 64
  %324 = getelementptr i32, ptr %307, i64 272
  store <16 x float> %sacc.sroa.68.0, ptr %324, align 64
  %325 = getelementptr i32, ptr %307, i64 288
  store <16 x float> %sacc.sroa.72.0, ptr %325, align 64
  %326 = getelementptr i32, ptr %307, i64 304
  store <16 x float> %sacc.sroa.76.0, ptr %326, align 64
  %327 = getelementptr i32, ptr %307, i64 320
  store <16 x float> %sacc.sroa.80.0, ptr %327, align 64
  %328 = getelementptr i32, ptr %307, i64 336
  store <16 x float> %sacc.sroa.84.0, ptr %328, align 64
  %329 = getelementptr i32, ptr %307, i64 352
  store <16 x float> %sacc.sroa.88.0, ptr %329, align 64
  %330 = getelementptr i32, ptr %307, i64 368
  store <16 x float> %sacc.sroa.92.0, ptr %330, align 64
  %331 = add nsw i32 %sblock56, 12
  br label %sblock

smask:                                            ; preds = %sblock, %body86
  %tmax.sroa.4.0 = phi <16 x float> [ %345, %body86 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %tmax.sroa.0.0 = phi <16 x float> [ %340, %body86 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %smask89 = phi i32 [ %346, %body86 ], [ 0, %sblock ]
  %332 = icmp slt i32 %smask89, %184
  br i1 %332, label %body86, label %exit88

body86:                                           ; preds = %smask
  %333 = add i32 %ktile26, %smask89
  %334 = insertelement <16 x i32> poison, i32 %333, i32 0
  %splat90 = shufflevector <16 x i32> %334, <16 x i32> poison, <16 x i32> zeroinitializer
  %335 = sext i32 %smask89 to i64
  %336 = mul i64 %335, 32
  %337 = getelementptr i32, ptr %st, i64 %336
  %s = load <16 x float>, ptr %337, align 64
  %338 = icmp slt <16 x i32> %splat90, %limv
  %339 = select <16 x i1> %338, <16 x float> %s, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %339, ptr %337, align 64
  %340 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.0.0, <16 x float> %339)
  %341 = add i64 %336, 16
  %342 = getelementptr i32, ptr %st, i64 %341
  %s91 = load <16 x float>, ptr %342, align 64
  %343 = icmp slt <16 x i32> %splat90, %limv52
  %344 = select <16 x i1> %343, <16 x float> %s91, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %344, ptr %342, align 64
  %345 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.4.0, <16 x float> %344)
  %346 = add nsw i32 %smask89, 1
  br label %smask

exit88:                                           ; preds = %smask
  %m = load <16 x float>, ptr %241, align 64
  %347 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m, <16 x float> %tmax.sroa.0.0)
  %348 = fcmp oeq <16 x float> %347, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse92 = select <16 x i1> %348, <16 x float> zeroinitializer, <16 x float> %347
  %349 = fsub <16 x float> %m, %muse92
  %350 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %349, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %351 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %350, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %352 = fadd <16 x float> %351, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %352, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %351, %n
  %353 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %354 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %353, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %355 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %354, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %356 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %355, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %357 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %356, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %358 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %357, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %359 = fptosi <16 x float> %n to <16 x i32>
  %360 = add <16 x i32> %359, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %361 = shl <16 x i32> %360, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %362 = bitcast <16 x i32> %361 to <16 x float>
  %exp2 = fmul <16 x float> %358, %362
  store <16 x float> %347, ptr %241, align 64
  %363 = getelementptr <16 x float>, ptr %241, i64 1
  %m93 = load <16 x float>, ptr %363, align 64
  %364 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m93, <16 x float> %tmax.sroa.4.0)
  %365 = fcmp oeq <16 x float> %364, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse94 = select <16 x i1> %365, <16 x float> zeroinitializer, <16 x float> %364
  %366 = fsub <16 x float> %m93, %muse94
  %367 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %366, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %368 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %367, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %369 = fadd <16 x float> %368, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n95 = fsub <16 x float> %369, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f96 = fsub <16 x float> %368, %n95
  %370 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f96, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %371 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %370, <16 x float> %f96, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %372 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %371, <16 x float> %f96, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %373 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %372, <16 x float> %f96, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %374 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %373, <16 x float> %f96, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %375 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %374, <16 x float> %f96, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %376 = fptosi <16 x float> %n95 to <16 x i32>
  %377 = add <16 x i32> %376, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %378 = shl <16 x i32> %377, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %379 = bitcast <16 x i32> %378 to <16 x float>
  %exp297 = fmul <16 x float> %375, %379
  store <16 x float> %364, ptr %363, align 64
  br label %sexp

sexp:                                             ; preds = %body98, %exit88
  %lsum.sroa.4.0 = phi <16 x float> [ zeroinitializer, %exit88 ], [ %417, %body98 ]
  %lsum.sroa.0.0 = phi <16 x float> [ zeroinitializer, %exit88 ], [ %399, %body98 ]
  %sexp101 = phi i32 [ 0, %exit88 ], [ %418, %body98 ]
  %380 = icmp slt i32 %sexp101, %184
  br i1 %380, label %body98, label %exit100

body98:                                           ; preds = %sexp
  %381 = sext i32 %sexp101 to i64
  %382 = mul i64 %381, 32
  %383 = getelementptr i32, ptr %st, i64 %382
  %384 = load <16 x float>, ptr %383, align 64
  %385 = fsub <16 x float> %384, %muse92
  %386 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %385, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %387 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %386, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %388 = fadd <16 x float> %387, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n102 = fsub <16 x float> %388, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f103 = fsub <16 x float> %387, %n102
  %389 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f103, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %390 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %389, <16 x float> %f103, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %391 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %390, <16 x float> %f103, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %392 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %391, <16 x float> %f103, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %393 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %392, <16 x float> %f103, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %394 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %393, <16 x float> %f103, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %395 = fptosi <16 x float> %n102 to <16 x i32>
  %396 = add <16 x i32> %395, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %397 = shl <16 x i32> %396, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %398 = bitcast <16 x i32> %397 to <16 x float>
  %exp2104 = fmul <16 x float> %394, %398
  store <16 x float> %exp2104, ptr %383, align 64
  %399 = fadd <16 x float> %lsum.sroa.0.0, %exp2104
  %400 = add i64 %382, 16
  %401 = getelementptr i32, ptr %st, i64 %400
  %402 = load <16 x float>, ptr %401, align 64
  %403 = fsub <16 x float> %402, %muse94
  %404 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %403, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %405 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %404, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %406 = fadd <16 x float> %405, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n105 = fsub <16 x float> %406, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f106 = fsub <16 x float> %405, %n105
  %407 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f106, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %408 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %407, <16 x float> %f106, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %409 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %408, <16 x float> %f106, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %410 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %409, <16 x float> %f106, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %411 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %410, <16 x float> %f106, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %412 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %411, <16 x float> %f106, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %413 = fptosi <16 x float> %n105 to <16 x i32>
  %414 = add <16 x i32> %413, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %415 = shl <16 x i32> %414, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %416 = bitcast <16 x i32> %415 to <16 x float>
  %exp2107 = fmul <16 x float> %412, %416
  store <16 x float> %exp2107, ptr %401, align 64
  %417 = fadd <16 x float> %lsum.sroa.4.0, %exp2107
  %418 = add nsw i32 %sexp101, 1
  br label %sexp

exit100:                                          ; preds = %sexp
  %419 = load <16 x float>, ptr %242, align 64
  %420 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %419, <16 x float> %exp2, <16 x float> %lsum.sroa.0.0)
  store <16 x float> %420, ptr %242, align 64
  %421 = getelementptr <16 x float>, ptr %242, i64 1
  %422 = load <16 x float>, ptr %421, align 64
  %423 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %422, <16 x float> %exp297, <16 x float> %lsum.sroa.4.0)
  store <16 x float> %423, ptr %421, align 64
  br label %pvblock

pvblock:                                          ; preds = %exit114, %exit100
  %pvblock111 = phi i32 [ 0, %exit100 ], [ %537, %exit114 ]
  %424 = icmp slt i32 %pvblock111, 128
  br i1 %424, label %body108, label %join

body108:                                          ; preds = %pvblock
  %425 = mul i32 %pvblock111, 10
  %426 = sext i32 %425 to i64
  %427 = mul i64 %426, 32
  %428 = getelementptr i32, ptr %239, i64 %427
  %429 = load <16 x float>, ptr %428, align 64
  %430 = fmul <16 x float> %429, %exp2
  %431 = getelementptr i32, ptr %428, i64 16
  %432 = load <16 x float>, ptr %431, align 64
  %433 = fmul <16 x float> %432, %exp297
  %434 = getelementptr i32, ptr %428, i64 32
  %435 = load <16 x float>, ptr %434, align 64
  %436 = fmul <16 x float> %435, %exp2
  %437 = getelementptr i32, ptr %428, i64 48
  %438 = load <16 x float>, ptr %437, align 64
  %439 = fmul <16 x float> %438, %exp297
  %440 = getelementptr i32, ptr %428, i64 64
  %441 = load <16 x float>, ptr %440, align 64
  %442 = fmul <16 x float> %441, %exp2
  %443 = getelementptr i32, ptr %428, i64 80
  %444 = load <16 x float>, ptr %443, align 64
  %445 = fmul <16 x float> %444, %exp297
  %446 = getelementptr i32, ptr %428, i64 96
  %447 = load <16 x float>, ptr %446, align 64
  %448 = fmul <16 x float> %447, %exp2
  %449 = getelementptr i32, ptr %428, i64 112
  %450 = load <16 x float>, ptr %449, align 64
  %451 = fmul <16 x float> %450, %exp297
  %452 = getelementptr i32, ptr %428, i64 128
  %453 = load <16 x float>, ptr %452, align 64
  %454 = fmul <16 x float> %453, %exp2
  %455 = getelementptr i32, ptr %428, i64 144
  %456 = load <16 x float>, ptr %455, align 64
  %457 = fmul <16 x float> %456, %exp297
  %458 = getelementptr i32, ptr %428, i64 160
  %459 = load <16 x float>, ptr %458, align 64
  %460 = fmul <16 x float> %459, %exp2
  %461 = getelementptr i32, ptr %428, i64 176
  %462 = load <16 x float>, ptr %461, align 64
  %463 = fmul <16 x float> %462, %exp297
  %464 = getelementptr i32, ptr %428, i64 192
  %465 = load <16 x float>, ptr %464, align 64
  %466 = fmul <16 x float> %465, %exp2
  %467 = getelementptr i32, ptr %428, i64 208
  %468 = load <16 x float>, ptr %467, align 64
  %469 = fmul <16 x float> %468, %exp297
  %470 = getelementptr i32, ptr %428, i64 224
  %471 = load <16 x float>, ptr %470, align 64
  %472 = fmul <16 x float> %471, %exp2
  %473 = getelementptr i32, ptr %428, i64 240
  %474 = load <16 x float>, ptr %473, align 64
  %475 = fmul <16 x float> %474, %exp297
  %476 = getelementptr i32, ptr %428, i64 256
  %477 = load <16 x float>, ptr %476, align 64
  %478 = fmul <16 x float> %477, %exp2
  %479 = getelementptr i32, ptr %428, i64 272
  %480 = load <16 x float>, ptr %479, align 64
  %481 = fmul <16 x float> %480, %exp297
  %482 = getelementptr i32, ptr %428, i64 288
  %483 = load <16 x float>, ptr %482, align 64
  %484 = fmul <16 x float> %483, %exp2
  %485 = getelementptr i32, ptr %428, i64 304
  %486 = load <16 x float>, ptr %485, align 64
  %487 = fmul <16 x float> %486, %exp297
  br label %kpv

kpv:                                              ; preds = %body112, %body108
  %o.sroa.60.0 = phi <16 x float> [ %475, %body108 ], [ %527, %body112 ]
  %o.sroa.56.0 = phi <16 x float> [ %472, %body108 ], [ %526, %body112 ]
  %o.sroa.52.0 = phi <16 x float> [ %469, %body108 ], [ %523, %body112 ]
  %o.sroa.48.0 = phi <16 x float> [ %466, %body108 ], [ %522, %body112 ]
  %o.sroa.44.0 = phi <16 x float> [ %463, %body108 ], [ %519, %body112 ]
  %o.sroa.40.0 = phi <16 x float> [ %460, %body108 ], [ %518, %body112 ]
  %o.sroa.36.0 = phi <16 x float> [ %457, %body108 ], [ %515, %body112 ]
  %o.sroa.32.0 = phi <16 x float> [ %454, %body108 ], [ %514, %body112 ]
  %o.sroa.28.0 = phi <16 x float> [ %451, %body108 ], [ %511, %body112 ]
  %o.sroa.24.0 = phi <16 x float> [ %448, %body108 ], [ %510, %body112 ]
  %o.sroa.20.0 = phi <16 x float> [ %445, %body108 ], [ %507, %body112 ]
  %o.sroa.16.0 = phi <16 x float> [ %442, %body108 ], [ %506, %body112 ]
  %o.sroa.12.0 = phi <16 x float> [ %439, %body108 ], [ %503, %body112 ]
  %o.sroa.8.0 = phi <16 x float> [ %436, %body108 ], [ %502, %body112 ]
  %o.sroa.4.0 = phi <16 x float> [ %433, %body108 ], [ %499, %body112 ]
  %o.sroa.0.0 = phi <16 x float> [ %430, %body108 ], [ %498, %body112 ]
  %o.sroa.64.0 = phi <16 x float> [ %478, %body108 ], [ %530, %body112 ]
  %o.sroa.68.0 = phi <16 x float> [ %481, %body108 ], [ %531, %body112 ]
  %o.sroa.72.0 = phi <16 x float> [ %484, %body108 ], [ %534, %body112 ]
  %o.sroa.76.0 = phi <16 x float> [ %487, %body108 ], [ %535, %body112 ]
  %kpv115 = phi i32 [ 0, %body108 ], [ %536, %body112 ]
  %488 = icmp slt i32 %kpv115, %184
  br i1 %488, label %body112, label %exit114

body112:                                          ; preds = %kpv
  %489 = sext i32 %kpv115 to i64
  %490 = mul i64 %489, 32
  %491 = getelementptr i32, ptr %st, i64 %490
  %p = load <16 x float>, ptr %491, align 64
  %492 = add i64 %490, 16
  %493 = getelementptr i32, ptr %st, i64 %492
  %p116 = load <16 x float>, ptr %493, align 64
  %494 = mul i64 %489, 5120
  %495 = getelementptr i8, ptr %vbuf, i64 %494
  %496 = getelementptr i32, ptr %495, i64 %426
  %v = load float, ptr %496, align 4
  %497 = insertelement <16 x float> poison, float %v, i32 0
  %splat117 = shufflevector <16 x float> %497, <16 x float> poison, <16 x i32> zeroinitializer
  %498 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat117, <16 x float> %o.sroa.0.0)
  %499 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p116, <16 x float> %splat117, <16 x float> %o.sroa.4.0)
  %500 = getelementptr i32, ptr %496, i64 1
  %v118 = load float, ptr %500, align 4
  %501 = insertelement <16 x float> poison, float %v118, i32 0
  %splat119 = shufflevector <16 x float> %501, <16 x float> poison, <16 x i32> zeroinitializer
  %502 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat119, <16 x float> %o.sroa.8.0)
  %503 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p116, <16 x float> %splat119, <16 x float> %o.sroa.12.0)
  %504 = getelementptr i32, ptr %496, i64 2
  %v120 = load float, ptr %504, align 4
  %505 = insertelement <16 x float> poison, float %v120, i32 0
  %splat121 = shufflevector <16 x float> %505, <16 x float> poison, <16 x i32> zeroinitializer
  %506 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat121, <16 x float> %o.sroa.16.0)
  %507 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p116, <16 x float> %splat121, <16 x float> %o.sroa.20.0)
  %508 = getelementptr i32, ptr %496, i64 3
  %v122 = load float, ptr %508, align 4
  %509 = insertelement <16 x float> poison, float %v122, i32 0
  %splat123 = shufflevector <16 x float> %509, <16 x float> poison, <16 x i32> zeroinitializer
  %510 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat123, <16 x float> %o.sroa.24.0)
  %511 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p116, <16 x float> %splat123, <16 x float> %o.sroa.28.0)
  %512 = getelementptr i32, ptr %496, i64 4
  %v124 = load float, ptr %512, align 4
  %513 = insertelement <16 x float> poison, float %v124, i32 0
  %splat125 = shufflevector <16 x float> %513, <16 x float> poison, <16 x i32> zeroinitializer
  %514 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat125, <16 x float> %o.sroa.32.0)
  %515 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p116, <16 x float> %splat125, <16 x float> %o.sroa.36.0)
  %516 = getelementptr i32, ptr %496, i64 5
  %v126 = load float, ptr %516, align 4
  %517 = insertelement <16 x float> poison, float %v126, i32 0
  %splat127 = shufflevector <16 x float> %517, <16 x float> poison, <16 x i32> zeroinitializer
  %518 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat127, <16 x float> %o.sroa.40.0)
  %519 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p116, <16 x float> %splat127, <16 x float> %o.sroa.44.0)
  %520 = getelementptr i32, ptr %496, i64 6
  %v128 = load float, ptr %520, align 4
  %521 = insertelement <16 x float> poison, float %v128, i32 0
  %splat129 = shufflevector <16 x float> %521, <16 x float> poison, <16 x i32> zeroinitializer
  %522 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat129, <16 x float> %o.sroa.48.0)
  %523 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p116, <16 x float> %splat129, <16 x float> %o.sroa.52.0)
  %524 = getelementptr i32, ptr %496, i64 7
  %v130 = load float, ptr %524, align 4
  %525 = insertelement <16 x float> poison, float %v130, i32 0
  %splat131 = shufflevector <16 x float> %525, <16 x float> poison, <16 x i32> zeroinitializer
  %526 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat131, <16 x float> %o.sroa.56.0)
  %527 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p116, <16 x float> %splat131, <16 x float> %o.sroa.60.0)
  %528 = getelementptr i32, ptr %496, i64 8
  %v132 = load float, ptr %528, align 4
  %529 = insertelement <16 x float> poison, float %v132, i32 0
  %splat133 = shufflevector <16 x float> %529, <16 x float> poison, <16 x i32> zeroinitializer
  %530 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat133, <16 x float> %o.sroa.64.0)
  %531 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p116, <16 x float> %splat133, <16 x float> %o.sroa.68.0)
  %532 = getelementptr i32, ptr %496, i64 9
  %v134 = load float, ptr %532, align 4
  %533 = insertelement <16 x float> poison, float %v134, i32 0
  %splat135 = shufflevector <16 x float> %533, <16 x float> poison, <16 x i32> zeroinitializer
  %534 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat135, <16 x float> %o.sroa.72.0)
  %535 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p116, <16 x float> %splat135, <16 x float> %o.sroa.76.0)
  %536 = add nsw i32 %kpv115, 1
  br label %kpv

exit114:                                          ; preds = %kpv
  store <16 x float> %o.sroa.0.0, ptr %428, align 64
  store <16 x float> %o.sroa.4.0, ptr %431, align 64
  store <16 x float> %o.sroa.8.0, ptr %434, align 64
  store <16 x float> %o.sroa.12.0, ptr %437, align 64
  store <16 x float> %o.sroa.16.0, ptr %440, align 64
  store <16 x float> %o.sroa.20.0, ptr %443, align 64
  store <16 x float> %o.sroa.24.0, ptr %446, align 64
  store <16 x float> %o.sroa.28.0, ptr %449, align 64
  store <16 x float> %o.sroa.32.0, ptr %452, align 64
  store <16 x float> %o.sroa.36.0, ptr %455, align 64
  store <16 x float> %o.sroa.40.0, ptr %458, align 64
  store <16 x float> %o.sroa.44.0, ptr %461, align 64
  store <16 x float> %o.sroa.48.0, ptr %464, align 64
  store <16 x float> %o.sroa.52.0, ptr %467, align 64
  store <16 x float> %o.sroa.56.0, ptr %470, align 64
  store <16 x float> %o.sroa.60.0, ptr %473, align 64
  store <16 x float> %o.sroa.64.0, ptr %476, align 64
  store <16 x float> %o.sroa.68.0, ptr %479, align 64
  store <16 x float> %o.sroa.72.0, ptr %482, align 64
  store <16 x float> %o.sroa.76.0, ptr %485, align 64
  %537 = add nsw i32 %pvblock111, 1
  br label %pvblock

orow136:                                          ; preds = %written, %exit25
  %orow140 = phi i32 [ 0, %exit25 ], [ %571, %written ]
  %538 = icmp slt i32 %orow140, %nrows
  br i1 %538, label %body137, label %done

body137:                                          ; preds = %orow136
  %539 = sext i32 %orow140 to i64
  %540 = getelementptr float, ptr %ms, i64 %539
  %m141 = load float, ptr %540, align 4
  %541 = getelementptr float, ptr %ls, i64 %539
  %l = load float, ptr %541, align 4
  %542 = sdiv i32 %orow140, 32
  %543 = srem i32 %orow140, 32
  %544 = sext i32 %542 to i64
  %545 = mul i64 %544, 40960
  %546 = getelementptr i32, ptr %ot, i64 %545
  br label %otrow

otrow:                                            ; preds = %body142, %body137
  %otrow145 = phi i32 [ 0, %body137 ], [ %555, %body142 ]
  %547 = icmp slt i32 %otrow145, 1280
  br i1 %547, label %body142, label %exit144

body142:                                          ; preds = %otrow
  %548 = sext i32 %543 to i64
  %549 = sext i32 %otrow145 to i64
  %550 = mul i64 %549, 32
  %551 = add i64 %550, %548
  %552 = getelementptr i32, ptr %546, i64 %551
  %553 = load float, ptr %552, align 4
  %554 = getelementptr i32, ptr %rowbuf, i64 %549
  store float %553, ptr %554, align 4
  %555 = add nsw i32 %otrow145, 1
  br label %otrow

exit144:                                          ; preds = %otrow
  %556 = icmp ne ptr %part, null
  br i1 %556, label %partial, label %final

partial:                                          ; preds = %exit144
  %557 = sext i32 %nrows to i64
  %558 = mul i64 %539, 1280
  %559 = getelementptr float, ptr %part, i64 %558
  br label %chunk146

final:                                            ; preds = %exit144
  %560 = sdiv i32 %orow140, %nh
  %qi151 = add i32 %q_begin, %560
  %561 = srem i32 %orow140, %nh
  %h152 = add i32 %h_begin, %561
  %562 = mul i32 %kv_head, 20
  %hq153 = add i32 %562, %h152
  %563 = sext i32 %qi151 to i64
  %564 = add i64 %q_row0, %563
  %565 = mul i64 %564, 20
  %566 = sext i32 %hq153 to i64
  %orow154 = add i64 %565, %566
  %567 = fcmp oeq float %l, 0.000000e+00
  %568 = fdiv float 1.000000e+00, %l
  %569 = select i1 %567, float 0.000000e+00, float %568
  %570 = insertelement <16 x float> poison, float %569, i32 0
  %splat155 = shufflevector <16 x float> %570, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk156

written:                                          ; preds = %exit159, %exit149
  %571 = add nsw i32 %orow140, 1
  br label %orow136

chunk146:                                         ; preds = %body147, %partial
  %chunk150 = phi i64 [ 0, %partial ], [ %577, %body147 ]
  %572 = icmp slt i64 %chunk150, 80
  br i1 %572, label %body147, label %exit149

body147:                                          ; preds = %chunk146
  %573 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk150
  %574 = load <16 x float>, ptr %573, align 64
  %575 = mul i64 %chunk150, 64
  %576 = getelementptr i8, ptr %559, i64 %575
  store <16 x float> %574, ptr %576, align 4
  %577 = add nsw i64 %chunk150, 1
  br label %chunk146

exit149:                                          ; preds = %chunk146
  %578 = mul i64 %557, 1280
  %579 = add i64 %578, %539
  %580 = getelementptr float, ptr %part, i64 %579
  store float %m141, ptr %580, align 4
  %581 = add i64 %579, %557
  %582 = getelementptr float, ptr %part, i64 %581
  store float %l, ptr %582, align 4
  br label %written

chunk156:                                         ; preds = %body157, %final
  %chunk160 = phi i64 [ 0, %final ], [ %589, %body157 ]
  %583 = icmp slt i64 %chunk160, 80
  br i1 %583, label %body157, label %exit159

body157:                                          ; preds = %chunk156
  %584 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk160
  %585 = load <16 x float>, ptr %584, align 64
  %586 = fmul <16 x float> %585, %splat155
  %587 = mul i64 %chunk160, 64
  %588 = getelementptr i8, ptr %rowbuf, i64 %587
  store <16 x float> %586, ptr %588, align 4
  %589 = add nsw i64 %chunk160, 1
  br label %chunk156

exit159:                                          ; preds = %chunk156
  %u = select i1 %567, ptr null, ptr %rowbuf
  call void @whisper_large_cross_project(ptr %0, ptr %u, i64 %orow154)
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
