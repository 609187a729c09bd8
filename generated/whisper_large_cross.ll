; ModuleID = 'whisper_large_cross'
source_filename = "whisper_large_cross"
target triple = "x86_64-unknown-linux-gnu"

@whisper_large_cross.name = private unnamed_addr constant [20 x i8] c"whisper_large_cross\00"
@whisper_large_cross.spec = private unnamed_addr constant [384 x i8] c"attncc: 1\0Aname: whisper_large_cross\0Aphase: decode\0Akind: cross\0Aheads: {q: 20, kv: 20, dim: 64, v_dim: 64}\0Atypes: {q: f16, cache: f16, out: f16}\0Ascale: auto\0Acache: {store: x, layout: contiguous, order: token_major, capacity: 1500, latent_dim: 0, rope_dim: 0, shared_across_layers: true}\0Amask: {causal: false}\0Aoutput: {lse: false}\0Aslim: {order: auto}\0Amodel: {layers: 32, d_model: 1280}\0A\00"
@whisper_large_cross_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32, ptr, i32, i32, i32, i32, float, i32 } { i32 6, i32 1, i64 6817037952159441191, ptr @whisper_large_cross.name, ptr @whisper_large_cross.spec, i32 20, i32 20, i32 64, i32 64, i32 1, i32 1, i32 1, i32 0, i32 0, i32 0, i32 1500, i32 0, i32 0, float 1.250000e-01, i32 2, i32 1280, i32 0, ptr null, i32 0, i32 0, i32 0, i32 0, float 0.000000e+00, i32 0 }, align 8
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
  %qrow1 = phi i32 [ %175, %exit17 ], [ 0, %entry ]
  %23 = icmp slt i32 %qrow1, 32
  br i1 %23, label %body, label %otzero

body:                                             ; preds = %qrow
  %24 = icmp slt i32 %qrow1, %nrows
  %25 = sub i32 %nrows, 1
  %26 = call i32 @llvm.smin.i32(i32 %qrow1, i32 %25)
  %27 = sdiv i32 %26, %nh
  %qi = add i32 %q_begin, %27
  %28 = srem i32 %26, %nh
  %h = add i32 %h_begin, %28
  %29 = mul i32 %kv_head, 20
  %hq = add i32 %29, %h
  %30 = sext i32 %qi to i64
  %31 = add i64 %q_row0, %30
  %32 = mul i64 %31, 20
  %33 = sext i32 %hq to i64
  %orow = add i64 %32, %33
  %34 = mul i64 %orow, 128
  %35 = getelementptr i8, ptr %q, i64 %34
  %36 = select i1 %24, float 0x3FC7154760000000, float 0.000000e+00
  %37 = insertelement <16 x float> poison, float %36, i32 0
  %splat = shufflevector <16 x float> %37, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %44, %body2 ]
  %38 = icmp slt i64 %chunk5, 4
  br i1 %38, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %39 = mul i64 %chunk5, 32
  %40 = getelementptr i8, ptr %35, i64 %39
  %41 = load <16 x half>, ptr %40, align 2
  %f16 = fpext <16 x half> %41 to <16 x float>
  %42 = fmul <16 x float> %f16, %splat
  %43 = getelementptr <16 x float>, ptr %qnope, i64 %chunk5
  store <16 x float> %42, ptr %43, align 64
  %44 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %45 = srem i64 %orow, 20
  %46 = getelementptr i8, ptr %0, i64 128
  %w_absorb = load ptr, ptr %46, align 8
  %47 = mul i64 %45, 64
  %48 = getelementptr float, ptr %w_absorb, i64 %47
  br label %absorb

absorb:                                           ; preds = %exit12, %exit4
  %absorb9 = phi i64 [ 0, %exit4 ], [ %165, %exit12 ]
  %49 = icmp slt i64 %absorb9, 80
  br i1 %49, label %body6, label %exit8

body6:                                            ; preds = %absorb
  %50 = mul i64 %absorb9, 16
  br label %absorb_out

exit8:                                            ; preds = %absorb
  %51 = sext i32 %qrow1 to i64
  %52 = getelementptr i32, ptr %lims, i64 %51
  store i32 %k_end, ptr %52, align 4
  %53 = sdiv i32 %qrow1, 32
  %54 = sext i32 %53 to i64
  %55 = mul i64 %54, 40960
  %56 = getelementptr i32, ptr %qt, i64 %55
  %57 = srem i32 %qrow1, 32
  br label %qcol

absorb_out:                                       ; preds = %body10, %body6
  %absorb_out13 = phi i64 [ 0, %body6 ], [ %82, %body10 ]
  %58 = icmp slt i64 %absorb_out13, 16
  br i1 %58, label %body10, label %exit12

body10:                                           ; preds = %absorb_out
  %59 = add i64 %50, %absorb_out13
  %60 = call i64 @llvm.smin.i64(i64 %59, i64 1279)
  %61 = mul i64 %60, 1280
  %62 = getelementptr float, ptr %48, i64 %61
  %63 = load <16 x float>, ptr %62, align 4
  %64 = load <16 x float>, ptr %qnope, align 64
  %65 = fmul <16 x float> %64, %63
  %66 = getelementptr float, ptr %62, i64 16
  %67 = load <16 x float>, ptr %66, align 4
  %68 = getelementptr <16 x float>, ptr %qnope, i64 1
  %69 = load <16 x float>, ptr %68, align 64
  %70 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %69, <16 x float> %67, <16 x float> %65)
  %71 = getelementptr float, ptr %62, i64 32
  %72 = load <16 x float>, ptr %71, align 4
  %73 = getelementptr <16 x float>, ptr %qnope, i64 2
  %74 = load <16 x float>, ptr %73, align 64
  %75 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %74, <16 x float> %72, <16 x float> %70)
  %76 = getelementptr float, ptr %62, i64 48
  %77 = load <16 x float>, ptr %76, align 4
  %78 = getelementptr <16 x float>, ptr %qnope, i64 3
  %79 = load <16 x float>, ptr %78, align 64
  %80 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %79, <16 x float> %77, <16 x float> %75)
  %81 = getelementptr <16 x float>, ptr %dots, i64 %absorb_out13
  store <16 x float> %80, ptr %81, align 64
  %82 = add nsw i64 %absorb_out13, 1
  br label %absorb_out

exit12:                                           ; preds = %absorb_out
  %83 = load <16 x float>, ptr %dots, align 64
  %84 = getelementptr <16 x float>, ptr %dots, i64 1
  %85 = load <16 x float>, ptr %84, align 64
  %86 = shufflevector <16 x float> %83, <16 x float> %85, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %87 = shufflevector <16 x float> %83, <16 x float> %85, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %88 = fadd <16 x float> %86, %87
  %89 = getelementptr <16 x float>, ptr %dots, i64 2
  %90 = load <16 x float>, ptr %89, align 64
  %91 = getelementptr <16 x float>, ptr %dots, i64 3
  %92 = load <16 x float>, ptr %91, align 64
  %93 = shufflevector <16 x float> %90, <16 x float> %92, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %94 = shufflevector <16 x float> %90, <16 x float> %92, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %95 = fadd <16 x float> %93, %94
  %96 = shufflevector <16 x float> %88, <16 x float> %95, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %97 = shufflevector <16 x float> %88, <16 x float> %95, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %98 = fadd <16 x float> %96, %97
  %99 = getelementptr <16 x float>, ptr %dots, i64 4
  %100 = load <16 x float>, ptr %99, align 64
  %101 = getelementptr <16 x float>, ptr %dots, i64 5
  %102 = load <16 x float>, ptr %101, align 64
  %103 = shufflevector <16 x float> %100, <16 x float> %102, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %104 = shufflevector <16 x float> %100, <16 x float> %102, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %105 = fadd <16 x float> %103, %104
  %106 = getelementptr <16 x float>, ptr %dots, i64 6
  %107 = load <16 x float>, ptr %106, align 64
  %108 = getelementptr <16 x float>, ptr %dots, i64 7
  %109 = load <16 x float>, ptr %108, align 64
  %110 = shufflevector <16 x float> %107, <16 x float> %109, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %111 = shufflevector <16 x float> %107, <16 x float> %109, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %112 = fadd <16 x float> %110, %111
  %113 = shufflevector <16 x float> %105, <16 x float> %112, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %114 = shufflevector <16 x float> %105, <16 x float> %112, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %115 = fadd <16 x float> %113, %114
  %116 = shufflevector <16 x float> %98, <16 x float> %115, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %117 = shufflevector <16 x float> %98, <16 x float> %115, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %118 = fadd <16 x float> %116, %117
  %119 = getelementptr <16 x float>, ptr %dots, i64 8
  %120 = load <16 x float>, ptr %119, align 64
  %121 = getelementptr <16 x float>, ptr %dots, i64 9
  %122 = load <16 x float>, ptr %121, align 64
  %123 = shufflevector <16 x float> %120, <16 x float> %122, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %124 = shufflevector <16 x float> %120, <16 x float> %122, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %125 = fadd <16 x float> %123, %124
  %126 = getelementptr <16 x float>, ptr %dots, i64 10
  %127 = load <16 x float>, ptr %126, align 64
  %128 = getelementptr <16 x float>, ptr %dots, i64 11
  %129 = load <16 x float>, ptr %128, align 64
  %130 = shufflevector <16 x float> %127, <16 x float> %129, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %131 = shufflevector <16 x float> %127, <16 x float> %129, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %132 = fadd <16 x float> %130, %131
  %133 = shufflevector <16 x float> %125, <16 x float> %132, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %134 = shufflevector <16 x float> %125, <16 x float> %132, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %135 = fadd <16 x float> %133, %134
  %136 = getelementptr <16 x float>, ptr %dots, i64 12
  %137 = load <16 x float>, ptr %136, align 64
  %138 = getelementptr <16 x float>, ptr %dots, i64 13
  %139 = load <16 x float>, ptr %138, align 64
  %140 = shufflevector <16 x float> %137, <16 x float> %139, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %141 = shufflevector <16 x float> %137, <16 x float> %139, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %142 = fadd <16 x float> %140, %141
  %143 = getelementptr <16 x float>, ptr %dots, i64 14
  %144 = load <16 x float>, ptr %143, align 64
  %145 = getelementptr <16 x float>, ptr %dots, i64 15
  %146 = load <16 x float>, ptr %145, align 64
  %147 = shufflevector <16 x float> %144, <16 x float> %146, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %148 = shufflevector <16 x float> %144, <16 x float> %146, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %149 = fadd <16 x float> %147, %148
  %150 = shufflevector <16 x float> %142, <16 x float> %149, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %151 = shufflevector <16 x float> %142, <16 x float> %149, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %152 = fadd <16 x float> %150, %151
  %153 = shufflevector <16 x float> %135, <16 x float> %152, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %154 = shufflevector <16 x float> %135, <16 x float> %152, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %155 = fadd <16 x float> %153, %154
  %156 = shufflevector <16 x float> %118, <16 x float> %155, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %157 = shufflevector <16 x float> %118, <16 x float> %155, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %158 = fadd <16 x float> %156, %157
  %159 = trunc i64 %50 to i32
  %160 = insertelement <16 x i32> poison, i32 %159, i32 0
  %splat14 = shufflevector <16 x i32> %160, <16 x i32> poison, <16 x i32> zeroinitializer
  %161 = add <16 x i32> %splat14, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %162 = icmp slt <16 x i32> %161, <i32 1280, i32 1280, i32 1280, i32 1280, i32 1280, i32 1280, i32 1280, i32 1280, i32 1280, i32 1280, i32 1280, i32 1280, i32 1280, i32 1280, i32 1280, i32 1280>
  %163 = getelementptr <16 x float>, ptr %rowbuf, i64 %absorb9
  %164 = select <16 x i1> %162, <16 x float> %158, <16 x float> zeroinitializer
  store <16 x float> %164, ptr %163, align 64
  %165 = add nsw i64 %absorb9, 1
  br label %absorb

qcol:                                             ; preds = %body15, %exit8
  %qcol18 = phi i32 [ 0, %exit8 ], [ %174, %body15 ]
  %166 = icmp slt i32 %qcol18, 1280
  br i1 %166, label %body15, label %exit17

body15:                                           ; preds = %qcol
  %167 = sext i32 %qcol18 to i64
  %168 = getelementptr i32, ptr %rowbuf, i64 %167
  %169 = load float, ptr %168, align 4
  %170 = sext i32 %57 to i64
  %171 = mul i64 %167, 32
  %172 = add i64 %171, %170
  %173 = getelementptr i32, ptr %56, i64 %172
  store float %169, ptr %173, align 4
  %174 = add nsw i32 %qcol18, 1
  br label %qcol

exit17:                                           ; preds = %qcol
  %175 = add nsw i32 %qrow1, 1
  br label %qrow

otzero:                                           ; preds = %qrow, %body19
  %otzero22 = phi i32 [ %180, %body19 ], [ 0, %qrow ]
  %176 = icmp slt i32 %otzero22, 2560
  br i1 %176, label %body19, label %exit21

body19:                                           ; preds = %otzero
  %177 = sext i32 %otzero22 to i64
  %178 = mul i64 %177, 16
  %179 = getelementptr i32, ptr %ot, i64 %178
  store <16 x float> zeroinitializer, ptr %179, align 64
  %180 = add nsw i32 %otzero22, 1
  br label %otzero

exit21:                                           ; preds = %otzero
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %mv, align 64
  store <16 x float> zeroinitializer, ptr %lv, align 64
  %181 = getelementptr <16 x float>, ptr %mv, i64 1
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %181, align 64
  %182 = getelementptr <16 x float>, ptr %lv, i64 1
  store <16 x float> zeroinitializer, ptr %182, align 64
  %k_last = sub i32 %k_end, 1
  br label %ktile

ktile:                                            ; preds = %exit50, %exit21
  %ktile26 = phi i32 [ %k_begin, %exit21 ], [ %237, %exit50 ]
  %183 = icmp slt i32 %ktile26, %k_end
  br i1 %183, label %body23, label %exit25

body23:                                           ; preds = %ktile
  %184 = sub i32 %k_end, %ktile26
  %185 = call i32 @llvm.smin.i32(i32 12, i32 %184)
  %186 = add i32 %185, 11
  %187 = sdiv i32 %186, 12
  %188 = mul i32 %187, 12
  br label %kpack

exit25:                                           ; preds = %ktile
  %189 = load <16 x float>, ptr %mv, align 64
  store <16 x float> %189, ptr %ms, align 64
  %190 = load <16 x float>, ptr %lv, align 64
  store <16 x float> %190, ptr %ls, align 64
  %191 = getelementptr float, ptr %ms, i64 16
  %192 = load <16 x float>, ptr %181, align 64
  store <16 x float> %192, ptr %191, align 64
  %193 = getelementptr float, ptr %ls, i64 16
  %194 = load <16 x float>, ptr %182, align 64
  store <16 x float> %194, ptr %193, align 64
  br label %orow136

kpack:                                            ; preds = %exit34, %body23
  %kpack30 = phi i32 [ 0, %body23 ], [ %212, %exit34 ]
  %195 = icmp slt i32 %kpack30, %188
  br i1 %195, label %body27, label %vpack

body27:                                           ; preds = %kpack
  %196 = add i32 %ktile26, %kpack30
  %197 = call i32 @llvm.smin.i32(i32 %196, i32 %k_last)
  %198 = sext i32 %197 to i64
  %row = add i64 %21, %198
  %199 = mul i64 %row, 2560
  %200 = getelementptr i8, ptr %20, i64 %199
  %201 = sext i32 %kpack30 to i64
  %202 = mul i64 %201, 1280
  %203 = getelementptr i32, ptr %kbuf, i64 %202
  br label %chunk31

chunk31:                                          ; preds = %body32, %body27
  %chunk35 = phi i64 [ 0, %body27 ], [ %211, %body32 ]
  %204 = icmp slt i64 %chunk35, 80
  br i1 %204, label %body32, label %exit34

body32:                                           ; preds = %chunk31
  %205 = mul i64 %chunk35, 16
  %206 = mul i64 %205, 4
  %207 = mul i64 %205, 2
  %208 = getelementptr i8, ptr %200, i64 %207
  %209 = load <16 x half>, ptr %208, align 2
  %f1636 = fpext <16 x half> %209 to <16 x float>
  %210 = getelementptr i8, ptr %203, i64 %206
  store <16 x float> %f1636, ptr %210, align 64
  %211 = add nsw i64 %chunk35, 1
  br label %chunk31

exit34:                                           ; preds = %chunk31
  %212 = add nsw i32 %kpack30, 1
  br label %kpack

vpack:                                            ; preds = %kpack, %exit45
  %vpack40 = phi i32 [ %230, %exit45 ], [ 0, %kpack ]
  %213 = icmp slt i32 %vpack40, %185
  br i1 %213, label %body37, label %exit39

body37:                                           ; preds = %vpack
  %214 = add i32 %ktile26, %vpack40
  %215 = sext i32 %214 to i64
  %row41 = add i64 %21, %215
  %216 = mul i64 %row41, 2560
  %217 = getelementptr i8, ptr %20, i64 %216
  %218 = sext i32 %vpack40 to i64
  %219 = mul i64 %218, 1280
  %220 = getelementptr i32, ptr %vbuf, i64 %219
  br label %chunk42

exit39:                                           ; preds = %vpack
  %221 = add i32 %nrows, 31
  %nblk = sdiv i32 %221, 32
  br label %rblock

chunk42:                                          ; preds = %body43, %body37
  %chunk46 = phi i64 [ 0, %body37 ], [ %229, %body43 ]
  %222 = icmp slt i64 %chunk46, 80
  br i1 %222, label %body43, label %exit45

body43:                                           ; preds = %chunk42
  %223 = mul i64 %chunk46, 16
  %224 = mul i64 %223, 4
  %225 = mul i64 %223, 2
  %226 = getelementptr i8, ptr %217, i64 %225
  %227 = load <16 x half>, ptr %226, align 2
  %f1647 = fpext <16 x half> %227 to <16 x float>
  %228 = getelementptr i8, ptr %220, i64 %224
  store <16 x float> %f1647, ptr %228, align 64
  %229 = add nsw i64 %chunk46, 1
  br label %chunk42

exit45:                                           ; preds = %chunk42
  %230 = add nsw i32 %vpack40, 1
  br label %vpack

rblock:                                           ; preds = %join, %exit39
  %rblock51 = phi i32 [ 0, %exit39 ], [ %248, %join ]
  %231 = icmp slt i32 %rblock51, %nblk
  br i1 %231, label %body48, label %exit50

body48:                                           ; preds = %rblock
  %232 = sext i32 %rblock51 to i64
  %233 = mul i32 %rblock51, 32
  %234 = add i32 %233, 31
  %235 = sub i32 %nrows, 1
  %236 = icmp sgt i32 %185, 0
  br i1 %236, label %rvisit, label %join

exit50:                                           ; preds = %rblock
  %237 = add nsw i32 %ktile26, 12
  br label %ktile

rvisit:                                           ; preds = %body48
  %238 = mul i64 %232, 40960
  %239 = getelementptr i32, ptr %qt, i64 %238
  %240 = getelementptr i32, ptr %ot, i64 %238
  %241 = mul i64 %232, 2
  %242 = getelementptr <16 x float>, ptr %mv, i64 %241
  %243 = getelementptr <16 x float>, ptr %lv, i64 %241
  %244 = mul i64 %232, 32
  %245 = getelementptr i32, ptr %lims, i64 %244
  %limv = load <16 x i32>, ptr %245, align 64
  %246 = add i64 %244, 16
  %247 = getelementptr i32, ptr %lims, i64 %246
  %limv52 = load <16 x i32>, ptr %247, align 64
  br label %sblock

join:                                             ; preds = %pvblock, %body48
  %248 = add nsw i32 %rblock51, 1
  br label %rblock

sblock:                                           ; preds = %exit59, %rvisit
  %sblock56 = phi i32 [ 0, %rvisit ], [ %332, %exit59 ]
  %249 = icmp slt i32 %sblock56, %185
  br i1 %249, label %body53, label %smask

body53:                                           ; preds = %sblock
  %250 = sext i32 %sblock56 to i64
  %251 = mul i64 %250, 1280
  %252 = getelementptr i32, ptr %kbuf, i64 %251
  br label %sdim

sdim:                                             ; preds = %body57, %body53
  %sacc.sroa.92.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %305, %body57 ]
  %sacc.sroa.88.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %304, %body57 ]
  %sacc.sroa.84.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %301, %body57 ]
  %sacc.sroa.80.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %300, %body57 ]
  %sacc.sroa.76.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %297, %body57 ]
  %sacc.sroa.72.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %296, %body57 ]
  %sacc.sroa.68.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %293, %body57 ]
  %sacc.sroa.64.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %292, %body57 ]
  %sacc.sroa.60.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %289, %body57 ]
  %sacc.sroa.56.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %288, %body57 ]
  %sacc.sroa.52.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %285, %body57 ]
  %sacc.sroa.48.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %284, %body57 ]
  %sacc.sroa.44.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %281, %body57 ]
  %sacc.sroa.40.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %280, %body57 ]
  %sacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %277, %body57 ]
  %sacc.sroa.32.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %276, %body57 ]
  %sacc.sroa.28.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %273, %body57 ]
  %sacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %272, %body57 ]
  %sacc.sroa.20.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %269, %body57 ]
  %sacc.sroa.16.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %268, %body57 ]
  %sacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %265, %body57 ]
  %sacc.sroa.8.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %264, %body57 ]
  %sacc.sroa.4.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %261, %body57 ]
  %sacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %260, %body57 ]
  %sdim60 = phi i32 [ 0, %body53 ], [ %306, %body57 ]
  %253 = icmp slt i32 %sdim60, 1280
  br i1 %253, label %body57, label %exit59

body57:                                           ; preds = %sdim
  %254 = sext i32 %sdim60 to i64
  %255 = mul i64 %254, 32
  %256 = getelementptr i32, ptr %239, i64 %255
  %qt61 = load <16 x float>, ptr %256, align 64
  %257 = getelementptr i32, ptr %256, i64 16
  %qt62 = load <16 x float>, ptr %257, align 64
  %258 = getelementptr i32, ptr %252, i64 %254
  %k = load float, ptr %258, align 4
  %259 = insertelement <16 x float> poison, float %k, i32 0
  %splat63 = shufflevector <16 x float> %259, <16 x float> poison, <16 x i32> zeroinitializer
  %260 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat63, <16 x float> %sacc.sroa.0.0)
  %261 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat63, <16 x float> %sacc.sroa.4.0)
  %262 = getelementptr i32, ptr %258, i64 1280
  %k64 = load float, ptr %262, align 4
  %263 = insertelement <16 x float> poison, float %k64, i32 0
  %splat65 = shufflevector <16 x float> %263, <16 x float> poison, <16 x i32> zeroinitializer
  %264 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat65, <16 x float> %sacc.sroa.8.0)
  %265 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat65, <16 x float> %sacc.sroa.12.0)
  %266 = getelementptr i32, ptr %258, i64 2560
  %k66 = load float, ptr %266, align 4
  %267 = insertelement <16 x float> poison, float %k66, i32 0
  %splat67 = shufflevector <16 x float> %267, <16 x float> poison, <16 x i32> zeroinitializer
  %268 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat67, <16 x float> %sacc.sroa.16.0)
  %269 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat67, <16 x float> %sacc.sroa.20.0)
  %270 = getelementptr i32, ptr %258, i64 3840
  %k68 = load float, ptr %270, align 4
  %271 = insertelement <16 x float> poison, float %k68, i32 0
  %splat69 = shufflevector <16 x float> %271, <16 x float> poison, <16 x i32> zeroinitializer
  %272 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat69, <16 x float> %sacc.sroa.24.0)
  %273 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat69, <16 x float> %sacc.sroa.28.0)
  %274 = getelementptr i32, ptr %258, i64 5120
  %k70 = load float, ptr %274, align 4
  %275 = insertelement <16 x float> poison, float %k70, i32 0
  %splat71 = shufflevector <16 x float> %275, <16 x float> poison, <16 x i32> zeroinitializer
  %276 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat71, <16 x float> %sacc.sroa.32.0)
  %277 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat71, <16 x float> %sacc.sroa.36.0)
  %278 = getelementptr i32, ptr %258, i64 6400
  %k72 = load float, ptr %278, align 4
  %279 = insertelement <16 x float> poison, float %k72, i32 0
  %splat73 = shufflevector <16 x float> %279, <16 x float> poison, <16 x i32> zeroinitializer
  %280 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat73, <16 x float> %sacc.sroa.40.0)
  %281 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat73, <16 x float> %sacc.sroa.44.0)
  %282 = getelementptr i32, ptr %258, i64 7680
  %k74 = load float, ptr %282, align 4
  %283 = insertelement <16 x float> poison, float %k74, i32 0
  %splat75 = shufflevector <16 x float> %283, <16 x float> poison, <16 x i32> zeroinitializer
  %284 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat75, <16 x float> %sacc.sroa.48.0)
  %285 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat75, <16 x float> %sacc.sroa.52.0)
  %286 = getelementptr i32, ptr %258, i64 8960
  %k76 = load float, ptr %286, align 4
  %287 = insertelement <16 x float> poison, float %k76, i32 0
  %splat77 = shufflevector <16 x float> %287, <16 x float> poison, <16 x i32> zeroinitializer
  %288 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat77, <16 x float> %sacc.sroa.56.0)
  %289 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat77, <16 x float> %sacc.sroa.60.0)
  %290 = getelementptr i32, ptr %258, i64 10240
  %k78 = load float, ptr %290, align 4
  %291 = insertelement <16 x float> poison, float %k78, i32 0
  %splat79 = shufflevector <16 x float> %291, <16 x float> poison, <16 x i32> zeroinitializer
  %292 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat79, <16 x float> %sacc.sroa.64.0)
  %293 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat79, <16 x float> %sacc.sroa.68.0)
  %294 = getelementptr i32, ptr %258, i64 11520
  %k80 = load float, ptr %294, align 4
  %295 = insertelement <16 x float> poison, float %k80, i32 0
  %splat81 = shufflevector <16 x float> %295, <16 x float> poison, <16 x i32> zeroinitializer
  %296 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat81, <16 x float> %sacc.sroa.72.0)
  %297 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat81, <16 x float> %sacc.sroa.76.0)
  %298 = getelementptr i32, ptr %258, i64 12800
  %k82 = load float, ptr %298, align 4
  %299 = insertelement <16 x float> poison, float %k82, i32 0
  %splat83 = shufflevector <16 x float> %299, <16 x float> poison, <16 x i32> zeroinitializer
  %300 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat83, <16 x float> %sacc.sroa.80.0)
  %301 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat83, <16 x float> %sacc.sroa.84.0)
  %302 = getelementptr i32, ptr %258, i64 14080
  %k84 = load float, ptr %302, align 4
  %303 = insertelement <16 x float> poison, float %k84, i32 0
  %splat85 = shufflevector <16 x float> %303, <16 x float> poison, <16 x i32> zeroinitializer
  %304 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat85, <16 x float> %sacc.sroa.88.0)
  %305 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat85, <16 x float> %sacc.sroa.92.0)
  %306 = add nsw i32 %sdim60, 1
  br label %sdim

exit59:                                           ; preds = %sdim
  %307 = mul i64 %250, 32
  %308 = getelementptr i32, ptr %st, i64 %307
  store <16 x float> %sacc.sroa.0.0, ptr %308, align 64
  %309 = getelementptr i32, ptr %308, i64 16
  store <16 x float> %sacc.sroa.4.0, ptr %309, align 64
  %310 = getelementptr i32, ptr %308, i64 32
  store <16 x float> %sacc.sroa.8.0, ptr %310, align 64
  %311 = getelementptr i32, ptr %308, i64 48
  store <16 x float> %sacc.sroa.12.0, ptr %311, align 64
  %312 = getelementptr i32, ptr %308, i64 64
  store <16 x float> %sacc.sroa.16.0, ptr %312, align 64
  %313 = getelementptr i32, ptr %308, i64 80
  store <16 x float> %sacc.sroa.20.0, ptr %313, align 64
  %314 = getelementptr i32, ptr %308, i64 96
  store <16 x float> %sacc.sroa.24.0, ptr %314, align 64
  %315 = getelementptr i32, ptr %308, i64 112
  store <16 x float> %sacc.sroa.28.0, ptr %315, align 64
  %316 = getelementptr i32, ptr %308, i64 128
  store <16 x float> %sacc.sroa.32.0, ptr %316, align 64
  %317 = getelementptr i32, ptr %308, i64 144
  store <16 x float> %sacc.sroa.36.0, ptr %317, align 64
  %318 = getelementptr i32, ptr %308, i64 160
  store <16 x float> %sacc.sroa.40.0, ptr %318, align 64
  %319 = getelementptr i32, ptr %308, i64 176
  store <16 x float> %sacc.sroa.44.0, ptr %319, align 64
  %320 = getelementptr i32, ptr %308, i64 192
  store <16 x float> %sacc.sroa.48.0, ptr %320, align 64
  %321 = getelementptr i32, ptr %308, i64 208
  store <16 x float> %sacc.sroa.52.0, ptr %321, align 64
  %322 = getelementptr i32, ptr %308, i64 224
  store <16 x float> %sacc.sroa.56.0, ptr %322, align 64
  %323 = getelementptr i32, ptr %308, i64 240
  store <16 x float> %sacc.sroa.60.0, ptr %323, align 64
  %324 = getelementptr i32, ptr %308, i64 256
  store <16 x float> %sacc.sroa.64.0, ptr %324, align 64
  %325 = getelementptr i32, ptr %308, i64 272
  store <16 x float> %sacc.sroa.68.0, ptr %325, align 64
  %326 = getelementptr i32, ptr %308, i64 288
  store <16 x float> %sacc.sroa.72.0, ptr %326, align 64
  %327 = getelementptr i32, ptr %308, i64 304
  store <16 x float> %sacc.sroa.76.0, ptr %327, align 64
  %328 = getelementptr i32, ptr %308, i64 320
  store <16 x float> %sacc.sroa.80.0, ptr %328, align 64
  %329 = getelementptr i32, ptr %308, i64 336
  store <16 x float> %sacc.sroa.84.0, ptr %329, align 64
  %330 = getelementptr i32, ptr %308, i64 352
  store <16 x float> %sacc.sroa.88.0, ptr %330, align 64
  %331 = getelementptr i32, ptr %308, i64 368
  store <16 x float> %sacc.sroa.92.0, ptr %331, align 64
  %332 = add nsw i32 %sblock56, 12
  br label %sblock

smask:                                            ; preds = %sblock, %body86
  %tmax.sroa.4.0 = phi <16 x float> [ %346, %body86 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %tmax.sroa.0.0 = phi <16 x float> [ %341, %body86 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %smask89 = phi i32 [ %347, %body86 ], [ 0, %sblock ]
  %333 = icmp slt i32 %smask89, %185
  br i1 %333, label %body86, label %exit88

body86:                                           ; preds = %smask
  %334 = add i32 %ktile26, %smask89
  %335 = insertelement <16 x i32> poison, i32 %334, i32 0
  %splat90 = shufflevector <16 x i32> %335, <16 x i32> poison, <16 x i32> zeroinitializer
  %336 = sext i32 %smask89 to i64
  %337 = mul i64 %336, 32
  %338 = getelementptr i32, ptr %st, i64 %337
  %s = load <16 x float>, ptr %338, align 64
  %339 = icmp slt <16 x i32> %splat90, %limv
  %340 = select <16 x i1> %339, <16 x float> %s, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %340, ptr %338, align 64
  %341 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.0.0, <16 x float> %340)
  %342 = add i64 %337, 16
  %343 = getelementptr i32, ptr %st, i64 %342
  %s91 = load <16 x float>, ptr %343, align 64
  %344 = icmp slt <16 x i32> %splat90, %limv52
  %345 = select <16 x i1> %344, <16 x float> %s91, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %345, ptr %343, align 64
  %346 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.4.0, <16 x float> %345)
  %347 = add nsw i32 %smask89, 1
  br label %smask

exit88:                                           ; preds = %smask
  %m = load <16 x float>, ptr %242, align 64
  %348 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m, <16 x float> %tmax.sroa.0.0)
  %349 = fcmp oeq <16 x float> %348, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse92 = select <16 x i1> %349, <16 x float> zeroinitializer, <16 x float> %348
  %350 = fsub <16 x float> %m, %muse92
  %351 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %350, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %352 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %351, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %353 = fadd <16 x float> %352, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %353, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %352, %n
  %354 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %355 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %354, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %356 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %355, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %357 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %356, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %358 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %357, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %359 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %358, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %360 = fptosi <16 x float> %n to <16 x i32>
  %361 = add <16 x i32> %360, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %362 = shl <16 x i32> %361, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %363 = bitcast <16 x i32> %362 to <16 x float>
  %exp2 = fmul <16 x float> %359, %363
  store <16 x float> %348, ptr %242, align 64
  %364 = getelementptr <16 x float>, ptr %242, i64 1
  %m93 = load <16 x float>, ptr %364, align 64
  %365 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m93, <16 x float> %tmax.sroa.4.0)
  %366 = fcmp oeq <16 x float> %365, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse94 = select <16 x i1> %366, <16 x float> zeroinitializer, <16 x float> %365
  %367 = fsub <16 x float> %m93, %muse94
  %368 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %367, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %369 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %368, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %370 = fadd <16 x float> %369, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n95 = fsub <16 x float> %370, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f96 = fsub <16 x float> %369, %n95
  %371 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f96, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %372 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %371, <16 x float> %f96, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %373 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %372, <16 x float> %f96, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %374 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %373, <16 x float> %f96, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %375 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %374, <16 x float> %f96, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %376 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %375, <16 x float> %f96, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %377 = fptosi <16 x float> %n95 to <16 x i32>
  %378 = add <16 x i32> %377, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %379 = shl <16 x i32> %378, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %380 = bitcast <16 x i32> %379 to <16 x float>
  %exp297 = fmul <16 x float> %376, %380
  store <16 x float> %365, ptr %364, align 64
  br label %sexp

sexp:                                             ; preds = %body98, %exit88
  %lsum.sroa.4.0 = phi <16 x float> [ zeroinitializer, %exit88 ], [ %418, %body98 ]
  %lsum.sroa.0.0 = phi <16 x float> [ zeroinitializer, %exit88 ], [ %400, %body98 ]
  %sexp101 = phi i32 [ 0, %exit88 ], [ %419, %body98 ]
  %381 = icmp slt i32 %sexp101, %185
  br i1 %381, label %body98, label %exit100

body98:                                           ; preds = %sexp
  %382 = sext i32 %sexp101 to i64
  %383 = mul i64 %382, 32
  %384 = getelementptr i32, ptr %st, i64 %383
  %385 = load <16 x float>, ptr %384, align 64
  %386 = fsub <16 x float> %385, %muse92
  %387 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %386, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %388 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %387, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %389 = fadd <16 x float> %388, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n102 = fsub <16 x float> %389, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f103 = fsub <16 x float> %388, %n102
  %390 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f103, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %391 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %390, <16 x float> %f103, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %392 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %391, <16 x float> %f103, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %393 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %392, <16 x float> %f103, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %394 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %393, <16 x float> %f103, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %395 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %394, <16 x float> %f103, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %396 = fptosi <16 x float> %n102 to <16 x i32>
  %397 = add <16 x i32> %396, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %398 = shl <16 x i32> %397, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %399 = bitcast <16 x i32> %398 to <16 x float>
  %exp2104 = fmul <16 x float> %395, %399
  store <16 x float> %exp2104, ptr %384, align 64
  %400 = fadd <16 x float> %lsum.sroa.0.0, %exp2104
  %401 = add i64 %383, 16
  %402 = getelementptr i32, ptr %st, i64 %401
  %403 = load <16 x float>, ptr %402, align 64
  %404 = fsub <16 x float> %403, %muse94
  %405 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %404, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %406 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %405, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %407 = fadd <16 x float> %406, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n105 = fsub <16 x float> %407, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f106 = fsub <16 x float> %406, %n105
  %408 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f106, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %409 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %408, <16 x float> %f106, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %410 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %409, <16 x float> %f106, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %411 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %410, <16 x float> %f106, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %412 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %411, <16 x float> %f106, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %413 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %412, <16 x float> %f106, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %414 = fptosi <16 x float> %n105 to <16 x i32>
  %415 = add <16 x i32> %414, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %416 = shl <16 x i32> %415, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %417 = bitcast <16 x i32> %416 to <16 x float>
  %exp2107 = fmul <16 x float> %413, %417
  store <16 x float> %exp2107, ptr %402, align 64
  %418 = fadd <16 x float> %lsum.sroa.4.0, %exp2107
  %419 = add nsw i32 %sexp101, 1
  br label %sexp

exit100:                                          ; preds = %sexp
  %420 = load <16 x float>, ptr %243, align 64
  %421 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %420, <16 x float> %exp2, <16 x float> %lsum.sroa.0.0)
  store <16 x float> %421, ptr %243, align 64
  %422 = getelementptr <16 x float>, ptr %243, i64 1
  %423 = load <16 x float>, ptr %422, align 64
  %424 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %423, <16 x float> %exp297, <16 x float> %lsum.sroa.4.0)
  store <16 x float> %424, ptr %422, align 64
  br label %pvblock

pvblock:                                          ; preds = %exit114, %exit100
  %pvblock111 = phi i32 [ 0, %exit100 ], [ %538, %exit114 ]
  %425 = icmp slt i32 %pvblock111, 128
  br i1 %425, label %body108, label %join

body108:                                          ; preds = %pvblock
  %426 = mul i32 %pvblock111, 10
  %427 = sext i32 %426 to i64
  %428 = mul i64 %427, 32
  %429 = getelementptr i32, ptr %240, i64 %428
  %430 = load <16 x float>, ptr %429, align 64
  %431 = fmul <16 x float> %430, %exp2
  %432 = getelementptr i32, ptr %429, i64 16
  %433 = load <16 x float>, ptr %432, align 64
  %434 = fmul <16 x float> %433, %exp297
  %435 = getelementptr i32, ptr %429, i64 32
  %436 = load <16 x float>, ptr %435, align 64
  %437 = fmul <16 x float> %436, %exp2
  %438 = getelementptr i32, ptr %429, i64 48
  %439 = load <16 x float>, ptr %438, align 64
  %440 = fmul <16 x float> %439, %exp297
  %441 = getelementptr i32, ptr %429, i64 64
  %442 = load <16 x float>, ptr %441, align 64
  %443 = fmul <16 x float> %442, %exp2
  %444 = getelementptr i32, ptr %429, i64 80
  %445 = load <16 x float>, ptr %444, align 64
  %446 = fmul <16 x float> %445, %exp297
  %447 = getelementptr i32, ptr %429, i64 96
  %448 = load <16 x float>, ptr %447, align 64
  %449 = fmul <16 x float> %448, %exp2
  %450 = getelementptr i32, ptr %429, i64 112
  %451 = load <16 x float>, ptr %450, align 64
  %452 = fmul <16 x float> %451, %exp297
  %453 = getelementptr i32, ptr %429, i64 128
  %454 = load <16 x float>, ptr %453, align 64
  %455 = fmul <16 x float> %454, %exp2
  %456 = getelementptr i32, ptr %429, i64 144
  %457 = load <16 x float>, ptr %456, align 64
  %458 = fmul <16 x float> %457, %exp297
  %459 = getelementptr i32, ptr %429, i64 160
  %460 = load <16 x float>, ptr %459, align 64
  %461 = fmul <16 x float> %460, %exp2
  %462 = getelementptr i32, ptr %429, i64 176
  %463 = load <16 x float>, ptr %462, align 64
  %464 = fmul <16 x float> %463, %exp297
  %465 = getelementptr i32, ptr %429, i64 192
  %466 = load <16 x float>, ptr %465, align 64
  %467 = fmul <16 x float> %466, %exp2
  %468 = getelementptr i32, ptr %429, i64 208
  %469 = load <16 x float>, ptr %468, align 64
  %470 = fmul <16 x float> %469, %exp297
  %471 = getelementptr i32, ptr %429, i64 224
  %472 = load <16 x float>, ptr %471, align 64
  %473 = fmul <16 x float> %472, %exp2
  %474 = getelementptr i32, ptr %429, i64 240
  %475 = load <16 x float>, ptr %474, align 64
  %476 = fmul <16 x float> %475, %exp297
  %477 = getelementptr i32, ptr %429, i64 256
  %478 = load <16 x float>, ptr %477, align 64
  %479 = fmul <16 x float> %478, %exp2
  %480 = getelementptr i32, ptr %429, i64 272
  %481 = load <16 x float>, ptr %480, align 64
  %482 = fmul <16 x float> %481, %exp297
  %483 = getelementptr i32, ptr %429, i64 288
  %484 = load <16 x float>, ptr %483, align 64
  %485 = fmul <16 x float> %484, %exp2
  %486 = getelementptr i32, ptr %429, i64 304
  %487 = load <16 x float>, ptr %486, align 64
  %488 = fmul <16 x float> %487, %exp297
  br label %kpv

kpv:                                              ; preds = %body112, %body108
  %o.sroa.60.0 = phi <16 x float> [ %476, %body108 ], [ %528, %body112 ]
  %o.sroa.56.0 = phi <16 x float> [ %473, %body108 ], [ %527, %body112 ]
  %o.sroa.52.0 = phi <16 x float> [ %470, %body108 ], [ %524, %body112 ]
  %o.sroa.48.0 = phi <16 x float> [ %467, %body108 ], [ %523, %body112 ]
  %o.sroa.44.0 = phi <16 x float> [ %464, %body108 ], [ %520, %body112 ]
  %o.sroa.40.0 = phi <16 x float> [ %461, %body108 ], [ %519, %body112 ]
  %o.sroa.36.0 = phi <16 x float> [ %458, %body108 ], [ %516, %body112 ]
  %o.sroa.32.0 = phi <16 x float> [ %455, %body108 ], [ %515, %body112 ]
  %o.sroa.28.0 = phi <16 x float> [ %452, %body108 ], [ %512, %body112 ]
  %o.sroa.24.0 = phi <16 x float> [ %449, %body108 ], [ %511, %body112 ]
  %o.sroa.20.0 = phi <16 x float> [ %446, %body108 ], [ %508, %body112 ]
  %o.sroa.16.0 = phi <16 x float> [ %443, %body108 ], [ %507, %body112 ]
  %o.sroa.12.0 = phi <16 x float> [ %440, %body108 ], [ %504, %body112 ]
  %o.sroa.8.0 = phi <16 x float> [ %437, %body108 ], [ %503, %body112 ]
  %o.sroa.4.0 = phi <16 x float> [ %434, %body108 ], [ %500, %body112 ]
  %o.sroa.0.0 = phi <16 x float> [ %431, %body108 ], [ %499, %body112 ]
  %o.sroa.64.0 = phi <16 x float> [ %479, %body108 ], [ %531, %body112 ]
  %o.sroa.68.0 = phi <16 x float> [ %482, %body108 ], [ %532, %body112 ]
  %o.sroa.72.0 = phi <16 x float> [ %485, %body108 ], [ %535, %body112 ]
  %o.sroa.76.0 = phi <16 x float> [ %488, %body108 ], [ %536, %body112 ]
  %kpv115 = phi i32 [ 0, %body108 ], [ %537, %body112 ]
  %489 = icmp slt i32 %kpv115, %185
  br i1 %489, label %body112, label %exit114

body112:                                          ; preds = %kpv
  %490 = sext i32 %kpv115 to i64
  %491 = mul i64 %490, 32
  %492 = getelementptr i32, ptr %st, i64 %491
  %p = load <16 x float>, ptr %492, align 64
  %493 = add i64 %491, 16
  %494 = getelementptr i32, ptr %st, i64 %493
  %p116 = load <16 x float>, ptr %494, align 64
  %495 = mul i64 %490, 5120
  %496 = getelementptr i8, ptr %vbuf, i64 %495
  %497 = getelementptr i32, ptr %496, i64 %427
  %v = load float, ptr %497, align 4
  %498 = insertelement <16 x float> poison, float %v, i32 0
  %splat117 = shufflevector <16 x float> %498, <16 x float> poison, <16 x i32> zeroinitializer
  %499 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat117, <16 x float> %o.sroa.0.0)
  %500 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p116, <16 x float> %splat117, <16 x float> %o.sroa.4.0)
  %501 = getelementptr i32, ptr %497, i64 1
  %v118 = load float, ptr %501, align 4
  %502 = insertelement <16 x float> poison, float %v118, i32 0
  %splat119 = shufflevector <16 x float> %502, <16 x float> poison, <16 x i32> zeroinitializer
  %503 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat119, <16 x float> %o.sroa.8.0)
  %504 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p116, <16 x float> %splat119, <16 x float> %o.sroa.12.0)
  %505 = getelementptr i32, ptr %497, i64 2
  %v120 = load float, ptr %505, align 4
  %506 = insertelement <16 x float> poison, float %v120, i32 0
  %splat121 = shufflevector <16 x float> %506, <16 x float> poison, <16 x i32> zeroinitializer
  %507 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat121, <16 x float> %o.sroa.16.0)
  %508 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p116, <16 x float> %splat121, <16 x float> %o.sroa.20.0)
  %509 = getelementptr i32, ptr %497, i64 3
  %v122 = load float, ptr %509, align 4
  %510 = insertelement <16 x float> poison, float %v122, i32 0
  %splat123 = shufflevector <16 x float> %510, <16 x float> poison, <16 x i32> zeroinitializer
  %511 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat123, <16 x float> %o.sroa.24.0)
  %512 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p116, <16 x float> %splat123, <16 x float> %o.sroa.28.0)
  %513 = getelementptr i32, ptr %497, i64 4
  %v124 = load float, ptr %513, align 4
  %514 = insertelement <16 x float> poison, float %v124, i32 0
  %splat125 = shufflevector <16 x float> %514, <16 x float> poison, <16 x i32> zeroinitializer
  %515 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat125, <16 x float> %o.sroa.32.0)
  %516 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p116, <16 x float> %splat125, <16 x float> %o.sroa.36.0)
  %517 = getelementptr i32, ptr %497, i64 5
  %v126 = load float, ptr %517, align 4
  %518 = insertelement <16 x float> poison, float %v126, i32 0
  %splat127 = shufflevector <16 x float> %518, <16 x float> poison, <16 x i32> zeroinitializer
  %519 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat127, <16 x float> %o.sroa.40.0)
  %520 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p116, <16 x float> %splat127, <16 x float> %o.sroa.44.0)
  %521 = getelementptr i32, ptr %497, i64 6
  %v128 = load float, ptr %521, align 4
  %522 = insertelement <16 x float> poison, float %v128, i32 0
  %splat129 = shufflevector <16 x float> %522, <16 x float> poison, <16 x i32> zeroinitializer
  %523 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat129, <16 x float> %o.sroa.48.0)
  %524 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p116, <16 x float> %splat129, <16 x float> %o.sroa.52.0)
  %525 = getelementptr i32, ptr %497, i64 7
  %v130 = load float, ptr %525, align 4
  %526 = insertelement <16 x float> poison, float %v130, i32 0
  %splat131 = shufflevector <16 x float> %526, <16 x float> poison, <16 x i32> zeroinitializer
  %527 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat131, <16 x float> %o.sroa.56.0)
  %528 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p116, <16 x float> %splat131, <16 x float> %o.sroa.60.0)
  %529 = getelementptr i32, ptr %497, i64 8
  %v132 = load float, ptr %529, align 4
  %530 = insertelement <16 x float> poison, float %v132, i32 0
  %splat133 = shufflevector <16 x float> %530, <16 x float> poison, <16 x i32> zeroinitializer
  %531 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat133, <16 x float> %o.sroa.64.0)
  %532 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p116, <16 x float> %splat133, <16 x float> %o.sroa.68.0)
  %533 = getelementptr i32, ptr %497, i64 9
  %v134 = load float, ptr %533, align 4
  %534 = insertelement <16 x float> poison, float %v134, i32 0
  %splat135 = shufflevector <16 x float> %534, <16 x float> poison, <16 x i32> zeroinitializer
  %535 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat135, <16 x float> %o.sroa.72.0)
  %536 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p116, <16 x float> %splat135, <16 x float> %o.sroa.76.0)
  %537 = add nsw i32 %kpv115, 1
  br label %kpv

exit114:                                          ; preds = %kpv
  store <16 x float> %o.sroa.0.0, ptr %429, align 64
  store <16 x float> %o.sroa.4.0, ptr %432, align 64
  store <16 x float> %o.sroa.8.0, ptr %435, align 64
  store <16 x float> %o.sroa.12.0, ptr %438, align 64
  store <16 x float> %o.sroa.16.0, ptr %441, align 64
  store <16 x float> %o.sroa.20.0, ptr %444, align 64
  store <16 x float> %o.sroa.24.0, ptr %447, align 64
  store <16 x float> %o.sroa.28.0, ptr %450, align 64
  store <16 x float> %o.sroa.32.0, ptr %453, align 64
  store <16 x float> %o.sroa.36.0, ptr %456, align 64
  store <16 x float> %o.sroa.40.0, ptr %459, align 64
  store <16 x float> %o.sroa.44.0, ptr %462, align 64
  store <16 x float> %o.sroa.48.0, ptr %465, align 64
  store <16 x float> %o.sroa.52.0, ptr %468, align 64
  store <16 x float> %o.sroa.56.0, ptr %471, align 64
  store <16 x float> %o.sroa.60.0, ptr %474, align 64
  store <16 x float> %o.sroa.64.0, ptr %477, align 64
  store <16 x float> %o.sroa.68.0, ptr %480, align 64
  store <16 x float> %o.sroa.72.0, ptr %483, align 64
  store <16 x float> %o.sroa.76.0, ptr %486, align 64
  %538 = add nsw i32 %pvblock111, 1
  br label %pvblock

orow136:                                          ; preds = %written, %exit25
  %orow140 = phi i32 [ 0, %exit25 ], [ %572, %written ]
  %539 = icmp slt i32 %orow140, %nrows
  br i1 %539, label %body137, label %done

body137:                                          ; preds = %orow136
  %540 = sext i32 %orow140 to i64
  %541 = getelementptr float, ptr %ms, i64 %540
  %m141 = load float, ptr %541, align 4
  %542 = getelementptr float, ptr %ls, i64 %540
  %l = load float, ptr %542, align 4
  %543 = sdiv i32 %orow140, 32
  %544 = srem i32 %orow140, 32
  %545 = sext i32 %543 to i64
  %546 = mul i64 %545, 40960
  %547 = getelementptr i32, ptr %ot, i64 %546
  br label %otrow

otrow:                                            ; preds = %body142, %body137
  %otrow145 = phi i32 [ 0, %body137 ], [ %556, %body142 ]
  %548 = icmp slt i32 %otrow145, 1280
  br i1 %548, label %body142, label %exit144

body142:                                          ; preds = %otrow
  %549 = sext i32 %544 to i64
  %550 = sext i32 %otrow145 to i64
  %551 = mul i64 %550, 32
  %552 = add i64 %551, %549
  %553 = getelementptr i32, ptr %547, i64 %552
  %554 = load float, ptr %553, align 4
  %555 = getelementptr i32, ptr %rowbuf, i64 %550
  store float %554, ptr %555, align 4
  %556 = add nsw i32 %otrow145, 1
  br label %otrow

exit144:                                          ; preds = %otrow
  %557 = icmp ne ptr %part, null
  br i1 %557, label %partial, label %final

partial:                                          ; preds = %exit144
  %558 = sext i32 %nrows to i64
  %559 = mul i64 %540, 1280
  %560 = getelementptr float, ptr %part, i64 %559
  br label %chunk146

final:                                            ; preds = %exit144
  %561 = sdiv i32 %orow140, %nh
  %qi151 = add i32 %q_begin, %561
  %562 = srem i32 %orow140, %nh
  %h152 = add i32 %h_begin, %562
  %563 = mul i32 %kv_head, 20
  %hq153 = add i32 %563, %h152
  %564 = sext i32 %qi151 to i64
  %565 = add i64 %q_row0, %564
  %566 = mul i64 %565, 20
  %567 = sext i32 %hq153 to i64
  %orow154 = add i64 %566, %567
  %568 = fcmp oeq float %l, 0.000000e+00
  %569 = fdiv float 1.000000e+00, %l
  %570 = select i1 %568, float 0.000000e+00, float %569
  %571 = insertelement <16 x float> poison, float %570, i32 0
  %splat155 = shufflevector <16 x float> %571, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk156

written:                                          ; preds = %exit159, %exit149
  %572 = add nsw i32 %orow140, 1
  br label %orow136

chunk146:                                         ; preds = %body147, %partial
  %chunk150 = phi i64 [ 0, %partial ], [ %578, %body147 ]
  %573 = icmp slt i64 %chunk150, 80
  br i1 %573, label %body147, label %exit149

body147:                                          ; preds = %chunk146
  %574 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk150
  %575 = load <16 x float>, ptr %574, align 64
  %576 = mul i64 %chunk150, 64
  %577 = getelementptr i8, ptr %560, i64 %576
  store <16 x float> %575, ptr %577, align 4
  %578 = add nsw i64 %chunk150, 1
  br label %chunk146

exit149:                                          ; preds = %chunk146
  %579 = mul i64 %558, 1280
  %580 = add i64 %579, %540
  %581 = getelementptr float, ptr %part, i64 %580
  store float %m141, ptr %581, align 4
  %582 = add i64 %580, %558
  %583 = getelementptr float, ptr %part, i64 %582
  store float %l, ptr %583, align 4
  br label %written

chunk156:                                         ; preds = %body157, %final
  %chunk160 = phi i64 [ 0, %final ], [ %590, %body157 ]
  %584 = icmp slt i64 %chunk160, 80
  br i1 %584, label %body157, label %exit159

body157:                                          ; preds = %chunk156
  %585 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk160
  %586 = load <16 x float>, ptr %585, align 64
  %587 = fmul <16 x float> %586, %splat155
  %588 = mul i64 %chunk160, 64
  %589 = getelementptr i8, ptr %rowbuf, i64 %588
  store <16 x float> %587, ptr %589, align 4
  %590 = add nsw i64 %chunk160, 1
  br label %chunk156

exit159:                                          ; preds = %chunk156
  %u = select i1 %568, ptr null, ptr %rowbuf
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
