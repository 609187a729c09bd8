; ModuleID = 'whisper_large_cross'
source_filename = "whisper_large_cross"
target triple = "x86_64-unknown-linux-gnu"

@whisper_large_cross.name = private unnamed_addr constant [20 x i8] c"whisper_large_cross\00"
@whisper_large_cross.spec = private unnamed_addr constant [384 x i8] c"attncc: 1\0Aname: whisper_large_cross\0Aphase: decode\0Akind: cross\0Aheads: {q: 20, kv: 20, dim: 64, v_dim: 64}\0Atypes: {q: f16, cache: f16, out: f16}\0Ascale: auto\0Acache: {store: x, layout: contiguous, order: token_major, capacity: 1500, latent_dim: 0, rope_dim: 0, shared_across_layers: true}\0Amask: {causal: false}\0Aoutput: {lse: false}\0Aslim: {order: auto}\0Amodel: {layers: 32, d_model: 1280}\0A\00"
@whisper_large_cross_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32 } { i32 3, i32 1, i64 6817037952159441191, ptr @whisper_large_cross.name, ptr @whisper_large_cross.spec, i32 20, i32 20, i32 64, i32 64, i32 1, i32 1, i32 1, i32 0, i32 0, i32 0, i32 1500, i32 0, i32 0, float 1.250000e-01, i32 2, i32 1280, i32 0 }, align 8
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
  %18 = sext i32 %kv_head to i64
  %19 = mul i64 %17, 1500
  %20 = add i64 %19, %18
  %21 = mul i64 %20, 2560
  %22 = getelementptr i8, ptr %k_cache, i64 %21
  %23 = icmp sgt i32 %nrows, 0
  br i1 %23, label %qrow, label %done

done:                                             ; preds = %orow135, %entry
  ret void

qrow:                                             ; preds = %entry, %exit17
  %qrow1 = phi i32 [ %255, %exit17 ], [ 0, %entry ]
  %24 = icmp slt i32 %qrow1, 32
  br i1 %24, label %body, label %otzero

body:                                             ; preds = %qrow
  %25 = icmp slt i32 %qrow1, %nrows
  %26 = sub i32 %nrows, 1
  %27 = call i32 @llvm.smin.i32(i32 %qrow1, i32 %26)
  %28 = sdiv i32 %27, %nh
  %qi = add i32 %q_begin, %28
  %29 = srem i32 %27, %nh
  %h = add i32 %h_begin, %29
  %30 = mul i32 %kv_head, 20
  %hq = add i32 %30, %h
  %31 = sext i32 %qi to i64
  %32 = add i64 %q_row0, %31
  %33 = mul i64 %32, 20
  %34 = sext i32 %hq to i64
  %orow = add i64 %33, %34
  %35 = mul i64 %orow, 128
  %36 = getelementptr i8, ptr %q, i64 %35
  %37 = select i1 %25, float 0x3FC7154760000000, float 0.000000e+00
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
  store <16 x float> zeroinitializer, ptr %rowbuf, align 64
  %46 = getelementptr <16 x float>, ptr %rowbuf, i64 1
  store <16 x float> zeroinitializer, ptr %46, align 64
  %47 = getelementptr <16 x float>, ptr %rowbuf, i64 2
  store <16 x float> zeroinitializer, ptr %47, align 64
  %48 = getelementptr <16 x float>, ptr %rowbuf, i64 3
  store <16 x float> zeroinitializer, ptr %48, align 64
  %49 = getelementptr <16 x float>, ptr %rowbuf, i64 4
  store <16 x float> zeroinitializer, ptr %49, align 64
  %50 = getelementptr <16 x float>, ptr %rowbuf, i64 5
  store <16 x float> zeroinitializer, ptr %50, align 64
  %51 = getelementptr <16 x float>, ptr %rowbuf, i64 6
  store <16 x float> zeroinitializer, ptr %51, align 64
  %52 = getelementptr <16 x float>, ptr %rowbuf, i64 7
  store <16 x float> zeroinitializer, ptr %52, align 64
  %53 = getelementptr <16 x float>, ptr %rowbuf, i64 8
  store <16 x float> zeroinitializer, ptr %53, align 64
  %54 = getelementptr <16 x float>, ptr %rowbuf, i64 9
  store <16 x float> zeroinitializer, ptr %54, align 64
  %55 = getelementptr <16 x float>, ptr %rowbuf, i64 10
  store <16 x float> zeroinitializer, ptr %55, align 64
  %56 = getelementptr <16 x float>, ptr %rowbuf, i64 11
  store <16 x float> zeroinitializer, ptr %56, align 64
  %57 = getelementptr <16 x float>, ptr %rowbuf, i64 12
  store <16 x float> zeroinitializer, ptr %57, align 64
  %58 = getelementptr <16 x float>, ptr %rowbuf, i64 13
  store <16 x float> zeroinitializer, ptr %58, align 64
  %59 = getelementptr <16 x float>, ptr %rowbuf, i64 14
  store <16 x float> zeroinitializer, ptr %59, align 64
  %60 = getelementptr <16 x float>, ptr %rowbuf, i64 15
  store <16 x float> zeroinitializer, ptr %60, align 64
  %61 = getelementptr <16 x float>, ptr %rowbuf, i64 16
  store <16 x float> zeroinitializer, ptr %61, align 64
  %62 = getelementptr <16 x float>, ptr %rowbuf, i64 17
  store <16 x float> zeroinitializer, ptr %62, align 64
  %63 = getelementptr <16 x float>, ptr %rowbuf, i64 18
  store <16 x float> zeroinitializer, ptr %63, align 64
  %64 = getelementptr <16 x float>, ptr %rowbuf, i64 19
  store <16 x float> zeroinitializer, ptr %64, align 64
  %65 = getelementptr <16 x float>, ptr %rowbuf, i64 20
  store <16 x float> zeroinitializer, ptr %65, align 64
  %66 = getelementptr <16 x float>, ptr %rowbuf, i64 21
  store <16 x float> zeroinitializer, ptr %66, align 64
  %67 = getelementptr <16 x float>, ptr %rowbuf, i64 22
  store <16 x float> zeroinitializer, ptr %67, align 64
  %68 = getelementptr <16 x float>, ptr %rowbuf, i64 23
  store <16 x float> zeroinitializer, ptr %68, align 64
  %69 = getelementptr <16 x float>, ptr %rowbuf, i64 24
  store <16 x float> zeroinitializer, ptr %69, align 64
  %70 = getelementptr <16 x float>, ptr %rowbuf, i64 25
  store <16 x float> zeroinitializer, ptr %70, align 64
  %71 = getelementptr <16 x float>, ptr %rowbuf, i64 26
  store <16 x float> zeroinitializer, ptr %71, align 64
  %72 = getelementptr <16 x float>, ptr %rowbuf, i64 27
  store <16 x float> zeroinitializer, ptr %72, align 64
  %73 = getelementptr <16 x float>, ptr %rowbuf, i64 28
  store <16 x float> zeroinitializer, ptr %73, align 64
  %74 = getelementptr <16 x float>, ptr %rowbuf, i64 29
  store <16 x float> zeroinitializer, ptr %74, align 64
  %75 = getelementptr <16 x float>, ptr %rowbuf, i64 30
  store <16 x float> zeroinitializer, ptr %75, align 64
  %76 = getelementptr <16 x float>, ptr %rowbuf, i64 31
  store <16 x float> zeroinitializer, ptr %76, align 64
  %77 = getelementptr <16 x float>, ptr %rowbuf, i64 32
  store <16 x float> zeroinitializer, ptr %77, align 64
  %78 = getelementptr <16 x float>, ptr %rowbuf, i64 33
  store <16 x float> zeroinitializer, ptr %78, align 64
  %79 = getelementptr <16 x float>, ptr %rowbuf, i64 34
  store <16 x float> zeroinitializer, ptr %79, align 64
  %80 = getelementptr <16 x float>, ptr %rowbuf, i64 35
  store <16 x float> zeroinitializer, ptr %80, align 64
  %81 = getelementptr <16 x float>, ptr %rowbuf, i64 36
  store <16 x float> zeroinitializer, ptr %81, align 64
  %82 = getelementptr <16 x float>, ptr %rowbuf, i64 37
  store <16 x float> zeroinitializer, ptr %82, align 64
  %83 = getelementptr <16 x float>, ptr %rowbuf, i64 38
  store <16 x float> zeroinitializer, ptr %83, align 64
  %84 = getelementptr <16 x float>, ptr %rowbuf, i64 39
  store <16 x float> zeroinitializer, ptr %84, align 64
  %85 = getelementptr <16 x float>, ptr %rowbuf, i64 40
  store <16 x float> zeroinitializer, ptr %85, align 64
  %86 = getelementptr <16 x float>, ptr %rowbuf, i64 41
  store <16 x float> zeroinitializer, ptr %86, align 64
  %87 = getelementptr <16 x float>, ptr %rowbuf, i64 42
  store <16 x float> zeroinitializer, ptr %87, align 64
  %88 = getelementptr <16 x float>, ptr %rowbuf, i64 43
  store <16 x float> zeroinitializer, ptr %88, align 64
  %89 = getelementptr <16 x float>, ptr %rowbuf, i64 44
  store <16 x float> zeroinitializer, ptr %89, align 64
  %90 = getelementptr <16 x float>, ptr %rowbuf, i64 45
  store <16 x float> zeroinitializer, ptr %90, align 64
  %91 = getelementptr <16 x float>, ptr %rowbuf, i64 46
  store <16 x float> zeroinitializer, ptr %91, align 64
  %92 = getelementptr <16 x float>, ptr %rowbuf, i64 47
  store <16 x float> zeroinitializer, ptr %92, align 64
  %93 = getelementptr <16 x float>, ptr %rowbuf, i64 48
  store <16 x float> zeroinitializer, ptr %93, align 64
  %94 = getelementptr <16 x float>, ptr %rowbuf, i64 49
  store <16 x float> zeroinitializer, ptr %94, align 64
  %95 = getelementptr <16 x float>, ptr %rowbuf, i64 50
  store <16 x float> zeroinitializer, ptr %95, align 64
  %96 = getelementptr <16 x float>, ptr %rowbuf, i64 51
  store <16 x float> zeroinitializer, ptr %96, align 64
  %97 = getelementptr <16 x float>, ptr %rowbuf, i64 52
  store <16 x float> zeroinitializer, ptr %97, align 64
  %98 = getelementptr <16 x float>, ptr %rowbuf, i64 53
  store <16 x float> zeroinitializer, ptr %98, align 64
  %99 = getelementptr <16 x float>, ptr %rowbuf, i64 54
  store <16 x float> zeroinitializer, ptr %99, align 64
  %100 = getelementptr <16 x float>, ptr %rowbuf, i64 55
  store <16 x float> zeroinitializer, ptr %100, align 64
  %101 = getelementptr <16 x float>, ptr %rowbuf, i64 56
  store <16 x float> zeroinitializer, ptr %101, align 64
  %102 = getelementptr <16 x float>, ptr %rowbuf, i64 57
  store <16 x float> zeroinitializer, ptr %102, align 64
  %103 = getelementptr <16 x float>, ptr %rowbuf, i64 58
  store <16 x float> zeroinitializer, ptr %103, align 64
  %104 = getelementptr <16 x float>, ptr %rowbuf, i64 59
  store <16 x float> zeroinitializer, ptr %104, align 64
  %105 = getelementptr <16 x float>, ptr %rowbuf, i64 60
  store <16 x float> zeroinitializer, ptr %105, align 64
  %106 = getelementptr <16 x float>, ptr %rowbuf, i64 61
  store <16 x float> zeroinitializer, ptr %106, align 64
  %107 = getelementptr <16 x float>, ptr %rowbuf, i64 62
  store <16 x float> zeroinitializer, ptr %107, align 64
  %108 = getelementptr <16 x float>, ptr %rowbuf, i64 63
  store <16 x float> zeroinitializer, ptr %108, align 64
  %109 = getelementptr <16 x float>, ptr %rowbuf, i64 64
  store <16 x float> zeroinitializer, ptr %109, align 64
  %110 = getelementptr <16 x float>, ptr %rowbuf, i64 65
  store <16 x float> zeroinitializer, ptr %110, align 64
  %111 = getelementptr <16 x float>, ptr %rowbuf, i64 66
  store <16 x float> zeroinitializer, ptr %111, align 64
  %112 = getelementptr <16 x float>, ptr %rowbuf, i64 67
  store <16 x float> zeroinitializer, ptr %112, align 64
  %113 = getelementptr <16 x float>, ptr %rowbuf, i64 68
  store <16 x float> zeroinitializer, ptr %113, align 64
  %114 = getelementptr <16 x float>, ptr %rowbuf, i64 69
  store <16 x float> zeroinitializer, ptr %114, align 64
  %115 = getelementptr <16 x float>, ptr %rowbuf, i64 70
  store <16 x float> zeroinitializer, ptr %115, align 64
  %116 = getelementptr <16 x float>, ptr %rowbuf, i64 71
  store <16 x float> zeroinitializer, ptr %116, align 64
  %117 = getelementptr <16 x float>, ptr %rowbuf, i64 72
  store <16 x float> zeroinitializer, ptr %117, align 64
  %118 = getelementptr <16 x float>, ptr %rowbuf, i64 73
  store <16 x float> zeroinitializer, ptr %118, align 64
  %119 = getelementptr <16 x float>, ptr %rowbuf, i64 74
  store <16 x float> zeroinitializer, ptr %119, align 64
  %120 = getelementptr <16 x float>, ptr %rowbuf, i64 75
  store <16 x float> zeroinitializer, ptr %120, align 64
  %121 = getelementptr <16 x float>, ptr %rowbuf, i64 76
  store <16 x float> zeroinitializer, ptr %121, align 64
  %122 = getelementptr <16 x float>, ptr %rowbuf, i64 77
  store <16 x float> zeroinitializer, ptr %122, align 64
  %123 = getelementptr <16 x float>, ptr %rowbuf, i64 78
  store <16 x float> zeroinitializer, ptr %123, align 64
  %124 = getelementptr <16 x float>, ptr %rowbuf, i64 79
  store <16 x float> zeroinitializer, ptr %124, align 64
  %125 = srem i64 %orow, 20
  %126 = getelementptr i8, ptr %0, i64 128
  %w_absorb = load ptr, ptr %126, align 8
  %127 = mul i64 %125, 64
  %128 = getelementptr float, ptr %w_absorb, i64 %127
  br label %absorb

absorb:                                           ; preds = %exit12, %exit4
  %absorb9 = phi i64 [ 0, %exit4 ], [ %245, %exit12 ]
  %129 = icmp slt i64 %absorb9, 80
  br i1 %129, label %body6, label %exit8

body6:                                            ; preds = %absorb
  %130 = mul i64 %absorb9, 16
  br label %absorb_out

exit8:                                            ; preds = %absorb
  %131 = sext i32 %qrow1 to i64
  %132 = getelementptr i32, ptr %lims, i64 %131
  store i32 %k_end, ptr %132, align 4
  %133 = sdiv i32 %qrow1, 32
  %134 = sext i32 %133 to i64
  %135 = mul i64 %134, 40960
  %136 = getelementptr i32, ptr %qt, i64 %135
  %137 = srem i32 %qrow1, 32
  br label %qcol

absorb_out:                                       ; preds = %body10, %body6
  %absorb_out13 = phi i64 [ 0, %body6 ], [ %162, %body10 ]
  %138 = icmp slt i64 %absorb_out13, 16
  br i1 %138, label %body10, label %exit12

body10:                                           ; preds = %absorb_out
  %139 = add i64 %130, %absorb_out13
  %140 = call i64 @llvm.smin.i64(i64 %139, i64 1279)
  %141 = mul i64 %140, 1280
  %142 = getelementptr float, ptr %128, i64 %141
  %143 = load <16 x float>, ptr %142, align 4
  %144 = load <16 x float>, ptr %qnope, align 64
  %145 = fmul <16 x float> %144, %143
  %146 = getelementptr float, ptr %142, i64 16
  %147 = load <16 x float>, ptr %146, align 4
  %148 = getelementptr <16 x float>, ptr %qnope, i64 1
  %149 = load <16 x float>, ptr %148, align 64
  %150 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %149, <16 x float> %147, <16 x float> %145)
  %151 = getelementptr float, ptr %142, i64 32
  %152 = load <16 x float>, ptr %151, align 4
  %153 = getelementptr <16 x float>, ptr %qnope, i64 2
  %154 = load <16 x float>, ptr %153, align 64
  %155 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %154, <16 x float> %152, <16 x float> %150)
  %156 = getelementptr float, ptr %142, i64 48
  %157 = load <16 x float>, ptr %156, align 4
  %158 = getelementptr <16 x float>, ptr %qnope, i64 3
  %159 = load <16 x float>, ptr %158, align 64
  %160 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %159, <16 x float> %157, <16 x float> %155)
  %161 = getelementptr <16 x float>, ptr %dots, i64 %absorb_out13
  store <16 x float> %160, ptr %161, align 64
  %162 = add nsw i64 %absorb_out13, 1
  br label %absorb_out

exit12:                                           ; preds = %absorb_out
  %163 = load <16 x float>, ptr %dots, align 64
  %164 = getelementptr <16 x float>, ptr %dots, i64 1
  %165 = load <16 x float>, ptr %164, align 64
  %166 = shufflevector <16 x float> %163, <16 x float> %165, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %167 = shufflevector <16 x float> %163, <16 x float> %165, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %168 = fadd <16 x float> %166, %167
  %169 = getelementptr <16 x float>, ptr %dots, i64 2
  %170 = load <16 x float>, ptr %169, align 64
  %171 = getelementptr <16 x float>, ptr %dots, i64 3
  %172 = load <16 x float>, ptr %171, align 64
  %173 = shufflevector <16 x float> %170, <16 x float> %172, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %174 = shufflevector <16 x float> %170, <16 x float> %172, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %175 = fadd <16 x float> %173, %174
  %176 = shufflevector <16 x float> %168, <16 x float> %175, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %177 = shufflevector <16 x float> %168, <16 x float> %175, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %178 = fadd <16 x float> %176, %177
  %179 = getelementptr <16 x float>, ptr %dots, i64 4
  %180 = load <16 x float>, ptr %179, align 64
  %181 = getelementptr <16 x float>, ptr %dots, i64 5
  %182 = load <16 x float>, ptr %181, align 64
  %183 = shufflevector <16 x float> %180, <16 x float> %182, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %184 = shufflevector <16 x float> %180, <16 x float> %182, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %185 = fadd <16 x float> %183, %184
  %186 = getelementptr <16 x float>, ptr %dots, i64 6
  %187 = load <16 x float>, ptr %186, align 64
  %188 = getelementptr <16 x float>, ptr %dots, i64 7
  %189 = load <16 x float>, ptr %188, align 64
  %190 = shufflevector <16 x float> %187, <16 x float> %189, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %191 = shufflevector <16 x float> %187, <16 x float> %189, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %192 = fadd <16 x float> %190, %191
  %193 = shufflevector <16 x float> %185, <16 x float> %192, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %194 = shufflevector <16 x float> %185, <16 x float> %192, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %195 = fadd <16 x float> %193, %194
  %196 = shufflevector <16 x float> %178, <16 x float> %195, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %197 = shufflevector <16 x float> %178, <16 x float> %195, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %198 = fadd <16 x float> %196, %197
  %199 = getelementptr <16 x float>, ptr %dots, i64 8
  %200 = load <16 x float>, ptr %199, align 64
  %201 = getelementptr <16 x float>, ptr %dots, i64 9
  %202 = load <16 x float>, ptr %201, align 64
  %203 = shufflevector <16 x float> %200, <16 x float> %202, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %204 = shufflevector <16 x float> %200, <16 x float> %202, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %205 = fadd <16 x float> %203, %204
  %206 = getelementptr <16 x float>, ptr %dots, i64 10
  %207 = load <16 x float>, ptr %206, align 64
  %208 = getelementptr <16 x float>, ptr %dots, i64 11
  %209 = load <16 x float>, ptr %208, align 64
  %210 = shufflevector <16 x float> %207, <16 x float> %209, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %211 = shufflevector <16 x float> %207, <16 x float> %209, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %212 = fadd <16 x float> %210, %211
  %213 = shufflevector <16 x float> %205, <16 x float> %212, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %214 = shufflevector <16 x float> %205, <16 x float> %212, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %215 = fadd <16 x float> %213, %214
  %216 = getelementptr <16 x float>, ptr %dots, i64 12
  %217 = load <16 x float>, ptr %216, align 64
  %218 = getelementptr <16 x float>, ptr %dots, i64 13
  %219 = load <16 x float>, ptr %218, align 64
  %220 = shufflevector <16 x float> %217, <16 x float> %219, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %221 = shufflevector <16 x float> %217, <16 x float> %219, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %222 = fadd <16 x float> %220, %221
  %223 = getelementptr <16 x float>, ptr %dots, i64 14
  %224 = load <16 x float>, ptr %223, align 64
  %225 = getelementptr <16 x float>, ptr %dots, i64 15
  %226 = load <16 x float>, ptr %225, align 64
  %227 = shufflevector <16 x float> %224, <16 x float> %226, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %228 = shufflevector <16 x float> %224, <16 x float> %226, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %229 = fadd <16 x float> %227, %228
  %230 = shufflevector <16 x float> %222, <16 x float> %229, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %231 = shufflevector <16 x float> %222, <16 x float> %229, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %232 = fadd <16 x float> %230, %231
  %233 = shufflevector <16 x float> %215, <16 x float> %232, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %234 = shufflevector <16 x float> %215, <16 x float> %232, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %235 = fadd <16 x float> %233, %234
  %236 = shufflevector <16 x float> %198, <16 x float> %235, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %237 = shufflevector <16 x float> %198, <16 x float> %235, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %238 = fadd <16 x float> %236, %237
  %239 = trunc i64 %130 to i32
  %240 = insertelement <16 x i32> poison, i32 %239, i32 0
  %splat14 = shufflevector <16 x i32> %240, <16 x i32> poison, <16 x i32> zeroinitializer
  %241 = add <16 x i32> %splat14, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %242 = icmp slt <16 x i32> %241, <i32 1280, i32 1280, i32 1280, i32 1280, i32 1280, i32 1280, i32 1280, i32 1280, i32 1280, i32 1280, i32 1280, i32 1280, i32 1280, i32 1280, i32 1280, i32 1280>
  %243 = getelementptr <16 x float>, ptr %rowbuf, i64 %absorb9
  %244 = select <16 x i1> %242, <16 x float> %238, <16 x float> zeroinitializer
  store <16 x float> %244, ptr %243, align 64
  %245 = add nsw i64 %absorb9, 1
  br label %absorb

qcol:                                             ; preds = %body15, %exit8
  %qcol18 = phi i32 [ 0, %exit8 ], [ %254, %body15 ]
  %246 = icmp slt i32 %qcol18, 1280
  br i1 %246, label %body15, label %exit17

body15:                                           ; preds = %qcol
  %247 = sext i32 %qcol18 to i64
  %248 = getelementptr i32, ptr %rowbuf, i64 %247
  %249 = load float, ptr %248, align 4
  %250 = sext i32 %137 to i64
  %251 = mul i64 %247, 32
  %252 = add i64 %251, %250
  %253 = getelementptr i32, ptr %136, i64 %252
  store float %249, ptr %253, align 4
  %254 = add nsw i32 %qcol18, 1
  br label %qcol

exit17:                                           ; preds = %qcol
  %255 = add nsw i32 %qrow1, 1
  br label %qrow

otzero:                                           ; preds = %qrow, %body19
  %otzero22 = phi i32 [ %260, %body19 ], [ 0, %qrow ]
  %256 = icmp slt i32 %otzero22, 2560
  br i1 %256, label %body19, label %exit21

body19:                                           ; preds = %otzero
  %257 = sext i32 %otzero22 to i64
  %258 = mul i64 %257, 16
  %259 = getelementptr i32, ptr %ot, i64 %258
  store <16 x float> zeroinitializer, ptr %259, align 64
  %260 = add nsw i32 %otzero22, 1
  br label %otzero

exit21:                                           ; preds = %otzero
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %mv, align 64
  store <16 x float> zeroinitializer, ptr %lv, align 64
  %261 = getelementptr <16 x float>, ptr %mv, i64 1
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %261, align 64
  %262 = getelementptr <16 x float>, ptr %lv, i64 1
  store <16 x float> zeroinitializer, ptr %262, align 64
  %k_last = sub i32 %k_end, 1
  br label %ktile

ktile:                                            ; preds = %exit49, %exit21
  %ktile26 = phi i32 [ %k_begin, %exit21 ], [ %317, %exit49 ]
  %263 = icmp slt i32 %ktile26, %k_end
  br i1 %263, label %body23, label %exit25

body23:                                           ; preds = %ktile
  %264 = sub i32 %k_end, %ktile26
  %265 = call i32 @llvm.smin.i32(i32 12, i32 %264)
  %266 = add i32 %265, 11
  %267 = sdiv i32 %266, 12
  %268 = mul i32 %267, 12
  br label %kpack

exit25:                                           ; preds = %ktile
  %269 = load <16 x float>, ptr %mv, align 64
  store <16 x float> %269, ptr %ms, align 64
  %270 = load <16 x float>, ptr %lv, align 64
  store <16 x float> %270, ptr %ls, align 64
  %271 = getelementptr float, ptr %ms, i64 16
  %272 = load <16 x float>, ptr %261, align 64
  store <16 x float> %272, ptr %271, align 64
  %273 = getelementptr float, ptr %ls, i64 16
  %274 = load <16 x float>, ptr %262, align 64
  store <16 x float> %274, ptr %273, align 64
  br label %orow135

kpack:                                            ; preds = %exit34, %body23
  %kpack30 = phi i32 [ 0, %body23 ], [ %292, %exit34 ]
  %275 = icmp slt i32 %kpack30, %268
  br i1 %275, label %body27, label %vpack

body27:                                           ; preds = %kpack
  %276 = add i32 %ktile26, %kpack30
  %277 = call i32 @llvm.smin.i32(i32 %276, i32 %k_last)
  %278 = sext i32 %277 to i64
  %279 = mul i64 %278, 2560
  %280 = getelementptr i8, ptr %22, i64 %279
  %281 = sext i32 %kpack30 to i64
  %282 = mul i64 %281, 1280
  %283 = getelementptr i32, ptr %kbuf, i64 %282
  br label %chunk31

chunk31:                                          ; preds = %body32, %body27
  %chunk35 = phi i64 [ 0, %body27 ], [ %291, %body32 ]
  %284 = icmp slt i64 %chunk35, 80
  br i1 %284, label %body32, label %exit34

body32:                                           ; preds = %chunk31
  %285 = mul i64 %chunk35, 16
  %286 = mul i64 %285, 2
  %287 = mul i64 %285, 4
  %288 = getelementptr i8, ptr %280, i64 %286
  %289 = load <16 x half>, ptr %288, align 2
  %f1636 = fpext <16 x half> %289 to <16 x float>
  %290 = getelementptr i8, ptr %283, i64 %287
  store <16 x float> %f1636, ptr %290, align 64
  %291 = add nsw i64 %chunk35, 1
  br label %chunk31

exit34:                                           ; preds = %chunk31
  %292 = add nsw i32 %kpack30, 1
  br label %kpack

vpack:                                            ; preds = %kpack, %exit44
  %vpack40 = phi i32 [ %310, %exit44 ], [ 0, %kpack ]
  %293 = icmp slt i32 %vpack40, %265
  br i1 %293, label %body37, label %exit39

body37:                                           ; preds = %vpack
  %294 = add i32 %ktile26, %vpack40
  %295 = sext i32 %294 to i64
  %296 = mul i64 %295, 2560
  %297 = getelementptr i8, ptr %22, i64 %296
  %298 = sext i32 %vpack40 to i64
  %299 = mul i64 %298, 1280
  %300 = getelementptr i32, ptr %vbuf, i64 %299
  br label %chunk41

exit39:                                           ; preds = %vpack
  %301 = add i32 %nrows, 31
  %nblk = sdiv i32 %301, 32
  br label %rblock

chunk41:                                          ; preds = %body42, %body37
  %chunk45 = phi i64 [ 0, %body37 ], [ %309, %body42 ]
  %302 = icmp slt i64 %chunk45, 80
  br i1 %302, label %body42, label %exit44

body42:                                           ; preds = %chunk41
  %303 = mul i64 %chunk45, 16
  %304 = mul i64 %303, 2
  %305 = mul i64 %303, 4
  %306 = getelementptr i8, ptr %297, i64 %304
  %307 = load <16 x half>, ptr %306, align 2
  %f1646 = fpext <16 x half> %307 to <16 x float>
  %308 = getelementptr i8, ptr %300, i64 %305
  store <16 x float> %f1646, ptr %308, align 64
  %309 = add nsw i64 %chunk45, 1
  br label %chunk41

exit44:                                           ; preds = %chunk41
  %310 = add nsw i32 %vpack40, 1
  br label %vpack

rblock:                                           ; preds = %join, %exit39
  %rblock50 = phi i32 [ 0, %exit39 ], [ %328, %join ]
  %311 = icmp slt i32 %rblock50, %nblk
  br i1 %311, label %body47, label %exit49

body47:                                           ; preds = %rblock
  %312 = sext i32 %rblock50 to i64
  %313 = mul i32 %rblock50, 32
  %314 = add i32 %313, 31
  %315 = sub i32 %nrows, 1
  %316 = icmp sgt i32 %265, 0
  br i1 %316, label %rvisit, label %join

exit49:                                           ; preds = %rblock
  %317 = add nsw i32 %ktile26, 12
  br label %ktile

rvisit:                                           ; preds = %body47
  %318 = mul i64 %312, 40960
  %319 = getelementptr i32, ptr %qt, i64 %318
  %320 = getelementptr i32, ptr %ot, i64 %318
  %321 = mul i64 %312, 2
  %322 = getelementptr <16 x float>, ptr %mv, i64 %321
  %323 = getelementptr <16 x float>, ptr %lv, i64 %321
  %324 = mul i64 %312, 32
  %325 = getelementptr i32, ptr %lims, i64 %324
  %limv = load <16 x i32>, ptr %325, align 64
  %326 = add i64 %324, 16
  %327 = getelementptr i32, ptr %lims, i64 %326
  %limv51 = load <16 x i32>, ptr %327, align 64
  br label %sblock

join:                                             ; preds = %pvblock, %body47
  %328 = add nsw i32 %rblock50, 1
  br label %rblock

sblock:                                           ; preds = %exit58, %rvisit
  %sblock55 = phi i32 [ 0, %rvisit ], [ %412, %exit58 ]
  %329 = icmp slt i32 %sblock55, %265
  br i1 %329, label %body52, label %smask

body52:                                           ; preds = %sblock
  %330 = sext i32 %sblock55 to i64
  %331 = mul i64 %330, 1280
  %332 = getelementptr i32, ptr %kbuf, i64 %331
  br label %sdim

sdim:                                             ; preds = %body56, %body52
  %sacc.sroa.92.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %385, %body56 ]
  %sacc.sroa.88.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %384, %body56 ]
  %sacc.sroa.84.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %381, %body56 ]
  %sacc.sroa.80.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %380, %body56 ]
  %sacc.sroa.76.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %377, %body56 ]
  %sacc.sroa.72.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %376, %body56 ]
  %sacc.sroa.68.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %373, %body56 ]
  %sacc.sroa.64.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %372, %body56 ]
  %sacc.sroa.60.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %369, %body56 ]
  %sacc.sroa.56.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %368, %body56 ]
  %sacc.sroa.52.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %365, %body56 ]
  %sacc.sroa.48.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %364, %body56 ]
  %sacc.sroa.44.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %361, %body56 ]
  %sacc.sroa.40.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %360, %body56 ]
  %sacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %357, %body56 ]
  %sacc.sroa.32.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %356, %body56 ]
  %sacc.sroa.28.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %353, %body56 ]
  %sacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %352, %body56 ]
  %sacc.sroa.20.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %349, %body56 ]
  %sacc.sroa.16.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %348, %body56 ]
  %sacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %345, %body56 ]
  %sacc.sroa.8.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %344, %body56 ]
  %sacc.sroa.4.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %341, %body56 ]
  %sacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %340, %body56 ]
  %sdim59 = phi i32 [ 0, %body52 ], [ %386, %body56 ]
  %333 = icmp slt i32 %sdim59, 1280
  br i1 %333, label %body56, label %exit58

body56:                                           ; preds = %sdim
  %334 = sext i32 %sdim59 to i64
  %335 = mul i64 %334, 32
  %336 = getelementptr i32, ptr %319, i64 %335
  %qt60 = load <16 x float>, ptr %336, align 64
  %337 = getelementptr i32, ptr %336, i64 16
  %qt61 = load <16 x float>, ptr %337, align 64
  %338 = getelementptr i32, ptr %332, i64 %334
  %k = load float, ptr %338, align 4
  %339 = insertelement <16 x float> poison, float %k, i32 0
  %splat62 = shufflevector <16 x float> %339, <16 x float> poison, <16 x i32> zeroinitializer
  %340 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt60, <16 x float> %splat62, <16 x float> %sacc.sroa.0.0)
  %341 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat62, <16 x float> %sacc.sroa.4.0)
  %342 = getelementptr i32, ptr %338, i64 1280
  %k63 = load float, ptr %342, align 4
  %343 = insertelement <16 x float> poison, float %k63, i32 0
  %splat64 = shufflevector <16 x float> %343, <16 x float> poison, <16 x i32> zeroinitializer
  %344 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt60, <16 x float> %splat64, <16 x float> %sacc.sroa.8.0)
  %345 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat64, <16 x float> %sacc.sroa.12.0)
  %346 = getelementptr i32, ptr %338, i64 2560
  %k65 = load float, ptr %346, align 4
  %347 = insertelement <16 x float> poison, float %k65, i32 0
  %splat66 = shufflevector <16 x float> %347, <16 x float> poison, <16 x i32> zeroinitializer
  %348 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt60, <16 x float> %splat66, <16 x float> %sacc.sroa.16.0)
  %349 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat66, <16 x float> %sacc.sroa.20.0)
  %350 = getelementptr i32, ptr %338, i64 3840
  %k67 = load float, ptr %350, align 4
  %351 = insertelement <16 x float> poison, float %k67, i32 0
  %splat68 = shufflevector <16 x float> %351, <16 x float> poison, <16 x i32> zeroinitializer
  %352 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt60, <16 x float> %splat68, <16 x float> %sacc.sroa.24.0)
  %353 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat68, <16 x float> %sacc.sroa.28.0)
  %354 = getelementptr i32, ptr %338, i64 5120
  %k69 = load float, ptr %354, align 4
  %355 = insertelement <16 x float> poison, float %k69, i32 0
  %splat70 = shufflevector <16 x float> %355, <16 x float> poison, <16 x i32> zeroinitializer
  %356 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt60, <16 x float> %splat70, <16 x float> %sacc.sroa.32.0)
  %357 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat70, <16 x float> %sacc.sroa.36.0)
  %358 = getelementptr i32, ptr %338, i64 6400
  %k71 = load float, ptr %358, align 4
  %359 = insertelement <16 x float> poison, float %k71, i32 0
  %splat72 = shufflevector <16 x float> %359, <16 x float> poison, <16 x i32> zeroinitializer
  %360 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt60, <16 x float> %splat72, <16 x float> %sacc.sroa.40.0)
  %361 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat72, <16 x float> %sacc.sroa.44.0)
  %362 = getelementptr i32, ptr %338, i64 7680
  %k73 = load float, ptr %362, align 4
  %363 = insertelement <16 x float> poison, float %k73, i32 0
  %splat74 = shufflevector <16 x float> %363, <16 x float> poison, <16 x i32> zeroinitializer
  %364 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt60, <16 x float> %splat74, <16 x float> %sacc.sroa.48.0)
  %365 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat74, <16 x float> %sacc.sroa.52.0)
  %366 = getelementptr i32, ptr %338, i64 8960
  %k75 = load float, ptr %366, align 4
  %367 = insertelement <16 x float> poison, float %k75, i32 0
  %splat76 = shufflevector <16 x float> %367, <16 x float> poison, <16 x i32> zeroinitializer
  %368 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt60, <16 x float> %splat76, <16 x float> %sacc.sroa.56.0)
  %369 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat76, <16 x float> %sacc.sroa.60.0)
  %370 = getelementptr i32, ptr %338, i64 10240
  %k77 = load float, ptr %370, align 4
  %371 = insertelement <16 x float> poison, float %k77, i32 0
  %splat78 = shufflevector <16 x float> %371, <16 x float> poison, <16 x i32> zeroinitializer
  %372 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt60, <16 x float> %splat78, <16 x float> %sacc.sroa.64.0)
  %373 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat78, <16 x float> %sacc.sroa.68.0)
  %374 = getelementptr i32, ptr %338, i64 11520
  %k79 = load float, ptr %374, align 4
  %375 = insertelement <16 x float> poison, float %k79, i32 0
  %splat80 = shufflevector <16 x float> %375, <16 x float> poison, <16 x i32> zeroinitializer
  %376 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt60, <16 x float> %splat80, <16 x float> %sacc.sroa.72.0)
  %377 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat80, <16 x float> %sacc.sroa.76.0)
  %378 = getelementptr i32, ptr %338, i64 12800
  %k81 = load float, ptr %378, align 4
  %379 = insertelement <16 x float> poison, float %k81, i32 0
  %splat82 = shufflevector <16 x float> %379, <16 x float> poison, <16 x i32> zeroinitializer
  %380 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt60, <16 x float> %splat82, <16 x float> %sacc.sroa.80.0)
  %381 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat82, <16 x float> %sacc.sroa.84.0)
  %382 = getelementptr i32, ptr %338, i64 14080
  %k83 = load float, ptr %382, align 4
  %383 = insertelement <16 x float> poison, float %k83, i32 0
  %splat84 = shufflevector <16 x float> %383, <16 x float> poison, <16 x i32> zeroinitializer
  %384 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt60, <16 x float> %splat84, <16 x float> %sacc.sroa.88.0)
  %385 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat84, <16 x float> %sacc.sroa.92.0)
  %386 = add nsw i32 %sdim59, 1
  br label %sdim

exit58:                                           ; preds = %sdim
  %387 = mul i64 %330, 32
  %388 = getelementptr i32, ptr %st, i64 %387
  store <16 x float> %sacc.sroa.0.0, ptr %388, align 64
  %389 = getelementptr i32, ptr %388, i64 16
  store <16 x float> %sacc.sroa.4.0, ptr %389, align 64
  %390 = getelementptr i32, ptr %388, i64 32
  store <16 x float> %sacc.sroa.8.0, ptr %390, align 64
  %391 = getelementptr i32, ptr %388, i64 48
  store <16 x float> %sacc.sroa.12.0, ptr %391, align 64
  %392 = getelementptr i32, ptr %388, i64 64
  store <16 x float> %sacc.sroa.16.0, ptr %392, align 64
  %393 = getelementptr i32, ptr %388, i64 80
  store <16 x float> %sacc.sroa.20.0, ptr %393, align 64
  %394 = getelementptr i32, ptr %388, i64 96
  store <16 x float> %sacc.sroa.24.0, ptr %394, align 64
  %395 = getelementptr i32, ptr %388, i64 112
  store <16 x float> %sacc.sroa.28.0, ptr %395, align 64
  %396 = getelementptr i32, ptr %388, i64 128
  store <16 x float> %sacc.sroa.32.0, ptr %396, align 64
  %397 = getelementptr i32, ptr %388, i64 144
  store <16 x float> %sacc.sroa.36.0, ptr %397, align 64
  %398 = getelementptr i32, ptr %388, i64 160
  store <16 x float> %sacc.sroa.40.0, ptr %398, align 64
  %399 = getelementptr i32, ptr %388, i64 176
  store <16 x float> %sacc.sroa.44.0, ptr %399, align 64
  %400 = getelementptr i32, ptr %388, i64 192
  store <16 x float> %sacc.sroa.48.0, ptr %400, align 64
  %401 = getelementptr i32, ptr %388, i64 208
  store <16 x float> %sacc.sroa.52.0, ptr %401, align 64
  %402 = getelementptr i32, ptr %388, i64 224
  store <16 x float> %sacc.sroa.56.0, ptr %402, align 64
  %403 = getelementptr i32, ptr %388, i64 240
  store <16 x float> %sacc.sroa.60.0, ptr %403, align 64
  %404 = getelementptr i32, ptr %388, i64 256
  store <16 x float> %sacc.sroa.64.0, ptr %404, align 64
  %405 = getelementptr i32, ptr %388, i64 272
  store <16 x float> %sacc.sroa.68.0, ptr %405, align 64
  %406 = getelementptr i32, ptr %388, i64 288
  store <16 x float> %sacc.sroa.72.0, ptr %406, align 64
  %407 = getelementptr i32, ptr %388, i64 304
  store <16 x float> %sacc.sroa.76.0, ptr %407, align 64
  %408 = getelementptr i32, ptr %388, i64 320
  store <16 x float> %sacc.sroa.80.0, ptr %408, align 64
  %409 = getelementptr i32, ptr %388, i64 336
  store <16 x float> %sacc.sroa.84.0, ptr %409, align 64
  %410 = getelementptr i32, ptr %388, i64 352
  store <16 x float> %sacc.sroa.88.0, ptr %410, align 64
  %411 = getelementptr i32, ptr %388, i64 368
  store <16 x float> %sacc.sroa.92.0, ptr %411, align 64
  %412 = add nsw i32 %sblock55, 12
  br label %sblock

smask:                                            ; preds = %sblock, %body85
  %tmax.sroa.4.0 = phi <16 x float> [ %426, %body85 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %tmax.sroa.0.0 = phi <16 x float> [ %421, %body85 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %smask88 = phi i32 [ %427, %body85 ], [ 0, %sblock ]
  %413 = icmp slt i32 %smask88, %265
  br i1 %413, label %body85, label %exit87

body85:                                           ; preds = %smask
  %414 = add i32 %ktile26, %smask88
  %415 = insertelement <16 x i32> poison, i32 %414, i32 0
  %splat89 = shufflevector <16 x i32> %415, <16 x i32> poison, <16 x i32> zeroinitializer
  %416 = sext i32 %smask88 to i64
  %417 = mul i64 %416, 32
  %418 = getelementptr i32, ptr %st, i64 %417
  %s = load <16 x float>, ptr %418, align 64
  %419 = icmp slt <16 x i32> %splat89, %limv
  %420 = select <16 x i1> %419, <16 x float> %s, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %420, ptr %418, align 64
  %421 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.0.0, <16 x float> %420)
  %422 = add i64 %417, 16
  %423 = getelementptr i32, ptr %st, i64 %422
  %s90 = load <16 x float>, ptr %423, align 64
  %424 = icmp slt <16 x i32> %splat89, %limv51
  %425 = select <16 x i1> %424, <16 x float> %s90, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %425, ptr %423, align 64
  %426 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.4.0, <16 x float> %425)
  %427 = add nsw i32 %smask88, 1
  br label %smask

exit87:                                           ; preds = %smask
  %m = load <16 x float>, ptr %322, align 64
  %428 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m, <16 x float> %tmax.sroa.0.0)
  %429 = fcmp oeq <16 x float> %428, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse91 = select <16 x i1> %429, <16 x float> zeroinitializer, <16 x float> %428
  %430 = fsub <16 x float> %m, %muse91
  %431 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %430, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %432 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %431, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %433 = fadd <16 x float> %432, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %433, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %432, %n
  %434 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %435 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %434, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %436 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %435, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %437 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %436, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %438 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %437, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %439 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %438, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %440 = fptosi <16 x float> %n to <16 x i32>
  %441 = add <16 x i32> %440, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %442 = shl <16 x i32> %441, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %443 = bitcast <16 x i32> %442 to <16 x float>
  %exp2 = fmul <16 x float> %439, %443
  store <16 x float> %428, ptr %322, align 64
  %444 = getelementptr <16 x float>, ptr %322, i64 1
  %m92 = load <16 x float>, ptr %444, align 64
  %445 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m92, <16 x float> %tmax.sroa.4.0)
  %446 = fcmp oeq <16 x float> %445, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse93 = select <16 x i1> %446, <16 x float> zeroinitializer, <16 x float> %445
  %447 = fsub <16 x float> %m92, %muse93
  %448 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %447, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %449 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %448, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %450 = fadd <16 x float> %449, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n94 = fsub <16 x float> %450, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f95 = fsub <16 x float> %449, %n94
  %451 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f95, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %452 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %451, <16 x float> %f95, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %453 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %452, <16 x float> %f95, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %454 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %453, <16 x float> %f95, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %455 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %454, <16 x float> %f95, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %456 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %455, <16 x float> %f95, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %457 = fptosi <16 x float> %n94 to <16 x i32>
  %458 = add <16 x i32> %457, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %459 = shl <16 x i32> %458, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %460 = bitcast <16 x i32> %459 to <16 x float>
  %exp296 = fmul <16 x float> %456, %460
  store <16 x float> %445, ptr %444, align 64
  br label %sexp

sexp:                                             ; preds = %body97, %exit87
  %lsum.sroa.4.0 = phi <16 x float> [ zeroinitializer, %exit87 ], [ %498, %body97 ]
  %lsum.sroa.0.0 = phi <16 x float> [ zeroinitializer, %exit87 ], [ %480, %body97 ]
  %sexp100 = phi i32 [ 0, %exit87 ], [ %499, %body97 ]
  %461 = icmp slt i32 %sexp100, %265
  br i1 %461, label %body97, label %exit99

body97:                                           ; preds = %sexp
  %462 = sext i32 %sexp100 to i64
  %463 = mul i64 %462, 32
  %464 = getelementptr i32, ptr %st, i64 %463
  %465 = load <16 x float>, ptr %464, align 64
  %466 = fsub <16 x float> %465, %muse91
  %467 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %466, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %468 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %467, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %469 = fadd <16 x float> %468, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n101 = fsub <16 x float> %469, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f102 = fsub <16 x float> %468, %n101
  %470 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f102, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %471 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %470, <16 x float> %f102, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %472 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %471, <16 x float> %f102, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %473 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %472, <16 x float> %f102, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %474 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %473, <16 x float> %f102, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %475 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %474, <16 x float> %f102, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %476 = fptosi <16 x float> %n101 to <16 x i32>
  %477 = add <16 x i32> %476, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %478 = shl <16 x i32> %477, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %479 = bitcast <16 x i32> %478 to <16 x float>
  %exp2103 = fmul <16 x float> %475, %479
  store <16 x float> %exp2103, ptr %464, align 64
  %480 = fadd <16 x float> %lsum.sroa.0.0, %exp2103
  %481 = add i64 %463, 16
  %482 = getelementptr i32, ptr %st, i64 %481
  %483 = load <16 x float>, ptr %482, align 64
  %484 = fsub <16 x float> %483, %muse93
  %485 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %484, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %486 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %485, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %487 = fadd <16 x float> %486, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n104 = fsub <16 x float> %487, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f105 = fsub <16 x float> %486, %n104
  %488 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f105, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %489 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %488, <16 x float> %f105, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %490 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %489, <16 x float> %f105, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %491 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %490, <16 x float> %f105, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %492 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %491, <16 x float> %f105, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %493 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %492, <16 x float> %f105, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %494 = fptosi <16 x float> %n104 to <16 x i32>
  %495 = add <16 x i32> %494, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %496 = shl <16 x i32> %495, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %497 = bitcast <16 x i32> %496 to <16 x float>
  %exp2106 = fmul <16 x float> %493, %497
  store <16 x float> %exp2106, ptr %482, align 64
  %498 = fadd <16 x float> %lsum.sroa.4.0, %exp2106
  %499 = add nsw i32 %sexp100, 1
  br label %sexp

exit99:                                           ; preds = %sexp
  %500 = load <16 x float>, ptr %323, align 64
  %501 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %500, <16 x float> %exp2, <16 x float> %lsum.sroa.0.0)
  store <16 x float> %501, ptr %323, align 64
  %502 = getelementptr <16 x float>, ptr %323, i64 1
  %503 = load <16 x float>, ptr %502, align 64
  %504 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %503, <16 x float> %exp296, <16 x float> %lsum.sroa.4.0)
  store <16 x float> %504, ptr %502, align 64
  br label %pvblock

pvblock:                                          ; preds = %exit113, %exit99
  %pvblock110 = phi i32 [ 0, %exit99 ], [ %618, %exit113 ]
  %505 = icmp slt i32 %pvblock110, 128
  br i1 %505, label %body107, label %join

body107:                                          ; preds = %pvblock
  %506 = mul i32 %pvblock110, 10
  %507 = sext i32 %506 to i64
  %508 = mul i64 %507, 32
  %509 = getelementptr i32, ptr %320, i64 %508
  %510 = load <16 x float>, ptr %509, align 64
  %511 = fmul <16 x float> %510, %exp2
  %512 = getelementptr i32, ptr %509, i64 16
  %513 = load <16 x float>, ptr %512, align 64
  %514 = fmul <16 x float> %513, %exp296
  %515 = getelementptr i32, ptr %509, i64 32
  %516 = load <16 x float>, ptr %515, align 64
  %517 = fmul <16 x float> %516, %exp2
  %518 = getelementptr i32, ptr %509, i64 48
  %519 = load <16 x float>, ptr %518, align 64
  %520 = fmul <16 x float> %519, %exp296
  %521 = getelementptr i32, ptr %509, i64 64
  %522 = load <16 x float>, ptr %521, align 64
  %523 = fmul <16 x float> %522, %exp2
  %524 = getelementptr i32, ptr %509, i64 80
  %525 = load <16 x float>, ptr %524, align 64
  %526 = fmul <16 x float> %525, %exp296
  %527 = getelementptr i32, ptr %509, i64 96
  %528 = load <16 x float>, ptr %527, align 64
  %529 = fmul <16 x float> %528, %exp2
  %530 = getelementptr i32, ptr %509, i64 112
  %531 = load <16 x float>, ptr %530, align 64
  %532 = fmul <16 x float> %531, %exp296
  %533 = getelementptr i32, ptr %509, i64 128
  %534 = load <16 x float>, ptr %533, align 64
  %535 = fmul <16 x float> %534, %exp2
  %536 = getelementptr i32, ptr %509, i64 144
  %537 = load <16 x float>, ptr %536, align 64
  %538 = fmul <16 x float> %537, %exp296
  %539 = getelementptr i32, ptr %509, i64 160
  %540 = load <16 x float>, ptr %539, align 64
  %541 = fmul <16 x float> %540, %exp2
  %542 = getelementptr i32, ptr %509, i64 176
  %543 = load <16 x float>, ptr %542, align 64
  %544 = fmul <16 x float> %543, %exp296
  %545 = getelementptr i32, ptr %509, i64 192
  %546 = load <16 x float>, ptr %545, align 64
  %547 = fmul <16 x float> %546, %exp2
  %548 = getelementptr i32, ptr %509, i64 208
  %549 = load <16 x float>, ptr %548, align 64
  %550 = fmul <16 x float> %549, %exp296
  %551 = getelementptr i32, ptr %509, i64 224
  %552 = load <16 x float>, ptr %551, align 64
  %553 = fmul <16 x float> %552, %exp2
  %554 = getelementptr i32, ptr %509, i64 240
  %555 = load <16 x float>, ptr %554, align 64
  %556 = fmul <16 x float> %555, %exp296
  %557 = getelementptr i32, ptr %509, i64 256
  %558 = load <16 x float>, ptr %557, align 64
  %559 = fmul <16 x float> %558, %exp2
  %560 = getelementptr i32, ptr %509, i64 272
  %561 = load <16 x float>, ptr %560, align 64
  %562 = fmul <16 x float> %561, %exp296
  %563 = getelementptr i32, ptr %509, i64 288
  %564 = load <16 x float>, ptr %563, align 64
  %565 = fmul <16 x float> %564, %exp2
  %566 = getelementptr i32, ptr %509, i64 304
  %567 = load <16 x float>, ptr %566, align 64
  %568 = fmul <16 x float> %567, %exp296
  br label %kpv

kpv:                                              ; preds = %body111, %body107
  %o.sroa.60.0 = phi <16 x float> [ %556, %body107 ], [ %608, %body111 ]
  %o.sroa.56.0 = phi <16 x float> [ %553, %body107 ], [ %607, %body111 ]
  %o.sroa.52.0 = phi <16 x float> [ %550, %body107 ], [ %604, %body111 ]
  %o.sroa.48.0 = phi <16 x float> [ %547, %body107 ], [ %603, %body111 ]
  %o.sroa.44.0 = phi <16 x float> [ %544, %body107 ], [ %600, %body111 ]
  %o.sroa.40.0 = phi <16 x float> [ %541, %body107 ], [ %599, %body111 ]
  %o.sroa.36.0 = phi <16 x float> [ %538, %body107 ], [ %596, %body111 ]
  %o.sroa.32.0 = phi <16 x float> [ %535, %body107 ], [ %595, %body111 ]
  %o.sroa.28.0 = phi <16 x float> [ %532, %body107 ], [ %592, %body111 ]
  %o.sroa.24.0 = phi <16 x float> [ %529, %body107 ], [ %591, %body111 ]
  %o.sroa.20.0 = phi <16 x float> [ %526, %body107 ], [ %588, %body111 ]
  %o.sroa.16.0 = phi <16 x float> [ %523, %body107 ], [ %587, %body111 ]
  %o.sroa.12.0 = phi <16 x float> [ %520, %body107 ], [ %584, %body111 ]
  %o.sroa.8.0 = phi <16 x float> [ %517, %body107 ], [ %583, %body111 ]
  %o.sroa.4.0 = phi <16 x float> [ %514, %body107 ], [ %580, %body111 ]
  %o.sroa.0.0 = phi <16 x float> [ %511, %body107 ], [ %579, %body111 ]
  %o.sroa.64.0 = phi <16 x float> [ %559, %body107 ], [ %611, %body111 ]
  %o.sroa.68.0 = phi <16 x float> [ %562, %body107 ], [ %612, %body111 ]
  %o.sroa.72.0 = phi <16 x float> [ %565, %body107 ], [ %615, %body111 ]
  %o.sroa.76.0 = phi <16 x float> [ %568, %body107 ], [ %616, %body111 ]
  %kpv114 = phi i32 [ 0, %body107 ], [ %617, %body111 ]
  %569 = icmp slt i32 %kpv114, %265
  br i1 %569, label %body111, label %exit113

body111:                                          ; preds = %kpv
  %570 = sext i32 %kpv114 to i64
  %571 = mul i64 %570, 32
  %572 = getelementptr i32, ptr %st, i64 %571
  %p = load <16 x float>, ptr %572, align 64
  %573 = add i64 %571, 16
  %574 = getelementptr i32, ptr %st, i64 %573
  %p115 = load <16 x float>, ptr %574, align 64
  %575 = mul i64 %570, 5120
  %576 = getelementptr i8, ptr %vbuf, i64 %575
  %577 = getelementptr i32, ptr %576, i64 %507
  %v = load float, ptr %577, align 4
  %578 = insertelement <16 x float> poison, float %v, i32 0
  %splat116 = shufflevector <16 x float> %578, <16 x float> poison, <16 x i32> zeroinitializer
  %579 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat116, <16 x float> %o.sroa.0.0)
  %580 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p115, <16 x float> %splat116, <16 x float> %o.sroa.4.0)
  %581 = getelementptr i32, ptr %577, i64 1
  %v117 = load float, ptr %581, align 4
  %582 = insertelement <16 x float> poison, float %v117, i32 0
  %splat118 = shufflevector <16 x float> %582, <16 x float> poison, <16 x i32> zeroinitializer
  %583 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat118, <16 x float> %o.sroa.8.0)
  %584 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p115, <16 x float> %splat118, <16 x float> %o.sroa.12.0)
  %585 = getelementptr i32, ptr %577, i64 2
  %v119 = load float, ptr %585, align 4
  %586 = insertelement <16 x float> poison, float %v119, i32 0
  %splat120 = shufflevector <16 x float> %586, <16 x float> poison, <16 x i32> zeroinitializer
  %587 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat120, <16 x float> %o.sroa.16.0)
  %588 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p115, <16 x float> %splat120, <16 x float> %o.sroa.20.0)
  %589 = getelementptr i32, ptr %577, i64 3
  %v121 = load float, ptr %589, align 4
  %590 = insertelement <16 x float> poison, float %v121, i32 0
  %splat122 = shufflevector <16 x float> %590, <16 x float> poison, <16 x i32> zeroinitializer
  %591 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat122, <16 x float> %o.sroa.24.0)
  %592 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p115, <16 x float> %splat122, <16 x float> %o.sroa.28.0)
  %593 = getelementptr i32, ptr %577, i64 4
  %v123 = load float, ptr %593, align 4
  %594 = insertelement <16 x float> poison, float %v123, i32 0
  %splat124 = shufflevector <16 x float> %594, <16 x float> poison, <16 x i32> zeroinitializer
  %595 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat124, <16 x float> %o.sroa.32.0)
  %596 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p115, <16 x float> %splat124, <16 x float> %o.sroa.36.0)
  %597 = getelementptr i32, ptr %577, i64 5
  %v125 = load float, ptr %597, align 4
  %598 = insertelement <16 x float> poison, float %v125, i32 0
  %splat126 = shufflevector <16 x float> %598, <16 x float> poison, <16 x i32> zeroinitializer
  %599 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat126, <16 x float> %o.sroa.40.0)
  %600 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p115, <16 x float> %splat126, <16 x float> %o.sroa.44.0)
  %601 = getelementptr i32, ptr %577, i64 6
  %v127 = load float, ptr %601, align 4
  %602 = insertelement <16 x float> poison, float %v127, i32 0
  %splat128 = shufflevector <16 x float> %602, <16 x float> poison, <16 x i32> zeroinitializer
  %603 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat128, <16 x float> %o.sroa.48.0)
  %604 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p115, <16 x float> %splat128, <16 x float> %o.sroa.52.0)
  %605 = getelementptr i32, ptr %577, i64 7
  %v129 = load float, ptr %605, align 4
  %606 = insertelement <16 x float> poison, float %v129, i32 0
  %splat130 = shufflevector <16 x float> %606, <16 x float> poison, <16 x i32> zeroinitializer
  %607 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat130, <16 x float> %o.sroa.56.0)
  %608 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p115, <16 x float> %splat130, <16 x float> %o.sroa.60.0)
  %609 = getelementptr i32, ptr %577, i64 8
  %v131 = load float, ptr %609, align 4
  %610 = insertelement <16 x float> poison, float %v131, i32 0
  %splat132 = shufflevector <16 x float> %610, <16 x float> poison, <16 x i32> zeroinitializer
  %611 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat132, <16 x float> %o.sroa.64.0)
  %612 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p115, <16 x float> %splat132, <16 x float> %o.sroa.68.0)
  %613 = getelementptr i32, ptr %577, i64 9
  %v133 = load float, ptr %613, align 4
  %614 = insertelement <16 x float> poison, float %v133, i32 0
  %splat134 = shufflevector <16 x float> %614, <16 x float> poison, <16 x i32> zeroinitializer
  %615 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat134, <16 x float> %o.sroa.72.0)
  %616 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p115, <16 x float> %splat134, <16 x float> %o.sroa.76.0)
  %617 = add nsw i32 %kpv114, 1
  br label %kpv

exit113:                                          ; preds = %kpv
  store <16 x float> %o.sroa.0.0, ptr %509, align 64
  store <16 x float> %o.sroa.4.0, ptr %512, align 64
  store <16 x float> %o.sroa.8.0, ptr %515, align 64
  store <16 x float> %o.sroa.12.0, ptr %518, align 64
  store <16 x float> %o.sroa.16.0, ptr %521, align 64
  store <16 x float> %o.sroa.20.0, ptr %524, align 64
  store <16 x float> %o.sroa.24.0, ptr %527, align 64
  store <16 x float> %o.sroa.28.0, ptr %530, align 64
  store <16 x float> %o.sroa.32.0, ptr %533, align 64
  store <16 x float> %o.sroa.36.0, ptr %536, align 64
  store <16 x float> %o.sroa.40.0, ptr %539, align 64
  store <16 x float> %o.sroa.44.0, ptr %542, align 64
  store <16 x float> %o.sroa.48.0, ptr %545, align 64
  store <16 x float> %o.sroa.52.0, ptr %548, align 64
  store <16 x float> %o.sroa.56.0, ptr %551, align 64
  store <16 x float> %o.sroa.60.0, ptr %554, align 64
  store <16 x float> %o.sroa.64.0, ptr %557, align 64
  store <16 x float> %o.sroa.68.0, ptr %560, align 64
  store <16 x float> %o.sroa.72.0, ptr %563, align 64
  store <16 x float> %o.sroa.76.0, ptr %566, align 64
  %618 = add nsw i32 %pvblock110, 1
  br label %pvblock

orow135:                                          ; preds = %written, %exit25
  %orow139 = phi i32 [ 0, %exit25 ], [ %652, %written ]
  %619 = icmp slt i32 %orow139, %nrows
  br i1 %619, label %body136, label %done

body136:                                          ; preds = %orow135
  %620 = sext i32 %orow139 to i64
  %621 = getelementptr float, ptr %ms, i64 %620
  %m140 = load float, ptr %621, align 4
  %622 = getelementptr float, ptr %ls, i64 %620
  %l = load float, ptr %622, align 4
  %623 = sdiv i32 %orow139, 32
  %624 = srem i32 %orow139, 32
  %625 = sext i32 %623 to i64
  %626 = mul i64 %625, 40960
  %627 = getelementptr i32, ptr %ot, i64 %626
  br label %otrow

otrow:                                            ; preds = %body141, %body136
  %otrow144 = phi i32 [ 0, %body136 ], [ %636, %body141 ]
  %628 = icmp slt i32 %otrow144, 1280
  br i1 %628, label %body141, label %exit143

body141:                                          ; preds = %otrow
  %629 = sext i32 %624 to i64
  %630 = sext i32 %otrow144 to i64
  %631 = mul i64 %630, 32
  %632 = add i64 %631, %629
  %633 = getelementptr i32, ptr %627, i64 %632
  %634 = load float, ptr %633, align 4
  %635 = getelementptr i32, ptr %rowbuf, i64 %630
  store float %634, ptr %635, align 4
  %636 = add nsw i32 %otrow144, 1
  br label %otrow

exit143:                                          ; preds = %otrow
  %637 = icmp ne ptr %part, null
  br i1 %637, label %partial, label %final

partial:                                          ; preds = %exit143
  %638 = sext i32 %nrows to i64
  %639 = mul i64 %620, 1280
  %640 = getelementptr float, ptr %part, i64 %639
  br label %chunk145

final:                                            ; preds = %exit143
  %641 = sdiv i32 %orow139, %nh
  %qi150 = add i32 %q_begin, %641
  %642 = srem i32 %orow139, %nh
  %h151 = add i32 %h_begin, %642
  %643 = mul i32 %kv_head, 20
  %hq152 = add i32 %643, %h151
  %644 = sext i32 %qi150 to i64
  %645 = add i64 %q_row0, %644
  %646 = mul i64 %645, 20
  %647 = sext i32 %hq152 to i64
  %orow153 = add i64 %646, %647
  %648 = fcmp oeq float %l, 0.000000e+00
  %649 = fdiv float 1.000000e+00, %l
  %650 = select i1 %648, float 0.000000e+00, float %649
  %651 = insertelement <16 x float> poison, float %650, i32 0
  %splat154 = shufflevector <16 x float> %651, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk155

written:                                          ; preds = %exit158, %exit148
  %652 = add nsw i32 %orow139, 1
  br label %orow135

chunk145:                                         ; preds = %body146, %partial
  %chunk149 = phi i64 [ 0, %partial ], [ %658, %body146 ]
  %653 = icmp slt i64 %chunk149, 80
  br i1 %653, label %body146, label %exit148

body146:                                          ; preds = %chunk145
  %654 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk149
  %655 = load <16 x float>, ptr %654, align 64
  %656 = mul i64 %chunk149, 64
  %657 = getelementptr i8, ptr %640, i64 %656
  store <16 x float> %655, ptr %657, align 4
  %658 = add nsw i64 %chunk149, 1
  br label %chunk145

exit148:                                          ; preds = %chunk145
  %659 = mul i64 %638, 1280
  %660 = add i64 %659, %620
  %661 = getelementptr float, ptr %part, i64 %660
  store float %m140, ptr %661, align 4
  %662 = add i64 %660, %638
  %663 = getelementptr float, ptr %part, i64 %662
  store float %l, ptr %663, align 4
  br label %written

chunk155:                                         ; preds = %body156, %final
  %chunk159 = phi i64 [ 0, %final ], [ %670, %body156 ]
  %664 = icmp slt i64 %chunk159, 80
  br i1 %664, label %body156, label %exit158

body156:                                          ; preds = %chunk155
  %665 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk159
  %666 = load <16 x float>, ptr %665, align 64
  %667 = fmul <16 x float> %666, %splat154
  %668 = mul i64 %chunk159, 64
  %669 = getelementptr i8, ptr %rowbuf, i64 %668
  store <16 x float> %667, ptr %669, align 4
  %670 = add nsw i64 %chunk159, 1
  br label %chunk155

exit158:                                          ; preds = %chunk155
  %u = select i1 %648, ptr null, ptr %rowbuf
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

attributes #0 = { nounwind "target-cpu"="x86-64-v4" "target-features"="+avx512f,+evex512,+avx512bw,+avx512vl,+avx2,+fma,+f16c" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
