; ModuleID = 'whisper_large_self'
source_filename = "whisper_large_self"
target triple = "x86_64-unknown-linux-gnu"

@whisper_large_self.name = private unnamed_addr constant [19 x i8] c"whisper_large_self\00"
@whisper_large_self.spec = private unnamed_addr constant [386 x i8] c"attncc: 1\0Aname: whisper_large_self\0Aphase: decode\0Akind: self\0Aheads: {q: 20, kv: 20, dim: 64, v_dim: 64}\0Atypes: {q: f16, cache: f16, out: f16}\0Ascale: auto\0Acache: {store: k_only, layout: contiguous, order: token_major, capacity: 448, latent_dim: 0, rope_dim: 0, shared_across_layers: false}\0Amask: {causal: true}\0Aoutput: {lse: false}\0Aslim: {order: auto}\0Amodel: {layers: 32, d_model: 1280}\0A\00"
@whisper_large_self_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32, ptr, i32, i32, i32, i32, float, i32 } { i32 6, i32 1, i64 -5420864161588737407, ptr @whisper_large_self.name, ptr @whisper_large_self.spec, i32 20, i32 20, i32 64, i32 64, i32 1, i32 1, i32 1, i32 0, i32 0, i32 0, i32 448, i32 1, i32 0, float 1.250000e-01, i32 1, i32 1280, i32 0, ptr null, i32 0, i32 0, i32 0, i32 0, float 0.000000e+00, i32 0 }, align 8
@whisper_large_self_kernel = internal constant { ptr, ptr, i32, i32, i32, i32, i32, i32, ptr } { ptr @whisper_large_self_info_data, ptr @whisper_large_self_tile, i32 1, i32 4, i32 16, i32 256, i32 1, i32 1280, ptr @whisper_large_self_project }, align 8

; Function Attrs: nounwind
define internal void @whisper_large_self_project(ptr %0, ptr %1, i64 %2) #0 {
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
define internal void @whisper_large_self_tile(ptr %0, ptr %1) #0 {
entry:
  %muse = alloca [4 x float], align 64
  %lsum = alloca [4 x <16 x float>], align 64
  %smax = alloca [4 x <16 x float>], align 64
  %lims = alloca [4 x i32], align 64
  %alpha = alloca [4 x float], align 64
  %accs = alloca [5120 x float], align 64
  %pbuf = alloca [256 x float], align 64
  %dbuf = alloca [256 x <16 x float>], align 64
  %qs = alloca [16 x <16 x float>], align 64
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
  %19 = mul i64 %18, 1146880
  %20 = getelementptr i8, ptr %k_cache, i64 %19
  %21 = sext i32 %kv_head to i64
  %22 = icmp sgt i32 %nrows, 0
  br i1 %22, label %rinit, label %done

done:                                             ; preds = %orow121, %entry
  ret void

rinit:                                            ; preds = %entry, %exit8
  %rinit1 = phi i32 [ %66, %exit8 ], [ 0, %entry ]
  %23 = icmp slt i32 %rinit1, 4
  br i1 %23, label %body, label %exit

body:                                             ; preds = %rinit
  %24 = sext i32 %rinit1 to i64
  %25 = mul i64 %24, 4
  %26 = getelementptr <16 x float>, ptr %qs, i64 %25
  %27 = icmp slt i32 %rinit1, %nrows
  %28 = sub i32 %nrows, 1
  %29 = call i32 @llvm.smin.i32(i32 %rinit1, i32 %28)
  %30 = sdiv i32 %29, %nh
  %qi = add i32 %q_begin, %30
  %31 = srem i32 %29, %nh
  %h = add i32 %h_begin, %31
  %32 = mul i32 %kv_head, 20
  %hq = add i32 %32, %h
  %33 = sext i32 %qi to i64
  %34 = add i64 %q_row0, %33
  %35 = mul i64 %34, 20
  %36 = sext i32 %hq to i64
  %orow = add i64 %35, %36
  %37 = mul i64 %orow, 128
  %38 = getelementptr i8, ptr %q, i64 %37
  %39 = select i1 %27, float 0x3FC7154760000000, float 0.000000e+00
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
  %47 = icmp slt i64 %chunk5, 4
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
  %60 = icmp slt i64 %acczero9, 80
  br i1 %60, label %body6, label %exit8

body6:                                            ; preds = %acczero
  %61 = mul i64 %acczero9, 16
  %62 = mul i64 %24, 1280
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
  br i1 %67, label %body10, label %orow121

body10:                                           ; preds = %kblock
  %68 = add i32 %kblock13, 64
  %69 = sext i32 %h_begin to i64
  %slice = mul i64 %69, 64
  %70 = add i32 %h_begin, 1
  %71 = sext i32 %70 to i64
  %slice14 = mul i64 %71, 64
  %72 = add i32 %h_begin, 2
  %73 = sext i32 %72 to i64
  %slice15 = mul i64 %73, 64
  %74 = add i32 %h_begin, 3
  %75 = sext i32 %74 to i64
  %slice16 = mul i64 %75, 64
  br label %kdot

kdot:                                             ; preds = %body17, %body10
  %kdot20 = phi i32 [ 0, %body10 ], [ %243, %body17 ]
  %76 = icmp slt i32 %kdot20, 64
  br i1 %76, label %body17, label %score

body17:                                           ; preds = %kdot
  %77 = add i32 %kblock13, %kdot20
  %78 = call i32 @llvm.smin.i32(i32 %77, i32 %k_last)
  %79 = sext i32 %78 to i64
  %row = add i64 %21, %79
  %80 = mul i64 %row, 2560
  %81 = getelementptr i8, ptr %20, i64 %80
  %82 = add i32 %kdot20, 1
  %83 = add i32 %kblock13, %82
  %84 = call i32 @llvm.smin.i32(i32 %83, i32 %k_last)
  %85 = sext i32 %84 to i64
  %row21 = add i64 %21, %85
  %86 = mul i64 %row21, 2560
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
  %95 = getelementptr <16 x float>, ptr %qs, i64 4
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
  %103 = getelementptr <16 x float>, ptr %qs, i64 8
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
  %111 = getelementptr <16 x float>, ptr %qs, i64 12
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
  %128 = getelementptr <16 x float>, ptr %qs, i64 5
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
  %137 = getelementptr <16 x float>, ptr %qs, i64 9
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
  %146 = getelementptr <16 x float>, ptr %qs, i64 13
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
  %164 = getelementptr <16 x float>, ptr %qs, i64 6
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
  %173 = getelementptr <16 x float>, ptr %qs, i64 10
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
  %182 = getelementptr <16 x float>, ptr %qs, i64 14
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
  %200 = getelementptr <16 x float>, ptr %qs, i64 7
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
  %209 = getelementptr <16 x float>, ptr %qs, i64 11
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
  %218 = getelementptr <16 x float>, ptr %qs, i64 15
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
  %227 = sext i32 %kdot20 to i64
  %228 = getelementptr <16 x float>, ptr %dbuf, i64 %227
  store <16 x float> %198, ptr %228, align 64
  %229 = sext i32 %82 to i64
  %230 = getelementptr <16 x float>, ptr %dbuf, i64 %229
  store <16 x float> %199, ptr %230, align 64
  %231 = add i64 64, %227
  %232 = getelementptr <16 x float>, ptr %dbuf, i64 %231
  store <16 x float> %207, ptr %232, align 64
  %233 = add i64 64, %229
  %234 = getelementptr <16 x float>, ptr %dbuf, i64 %233
  store <16 x float> %208, ptr %234, align 64
  %235 = add i64 128, %227
  %236 = getelementptr <16 x float>, ptr %dbuf, i64 %235
  store <16 x float> %216, ptr %236, align 64
  %237 = add i64 128, %229
  %238 = getelementptr <16 x float>, ptr %dbuf, i64 %237
  store <16 x float> %217, ptr %238, align 64
  %239 = add i64 192, %227
  %240 = getelementptr <16 x float>, ptr %dbuf, i64 %239
  store <16 x float> %225, ptr %240, align 64
  %241 = add i64 192, %229
  %242 = getelementptr <16 x float>, ptr %dbuf, i64 %241
  store <16 x float> %226, ptr %242, align 64
  %243 = add nsw i32 %kdot20, 2
  br label %kdot

score:                                            ; preds = %kdot, %body70
  %score73 = phi i64 [ %356, %body70 ], [ 0, %kdot ]
  %244 = icmp slt i64 %score73, 16
  br i1 %244, label %body70, label %rmax

body70:                                           ; preds = %score
  %245 = sdiv i64 %score73, 4
  %246 = srem i64 %score73, 4
  %247 = mul i64 %246, 16
  %248 = mul i64 %245, 64
  %249 = add i64 %248, %247
  %250 = getelementptr <16 x float>, ptr %dbuf, i64 %249
  %251 = load <16 x float>, ptr %250, align 64
  %252 = add i64 %249, 1
  %253 = getelementptr <16 x float>, ptr %dbuf, i64 %252
  %254 = load <16 x float>, ptr %253, align 64
  %255 = shufflevector <16 x float> %251, <16 x float> %254, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %256 = shufflevector <16 x float> %251, <16 x float> %254, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %257 = fadd <16 x float> %255, %256
  %258 = add i64 %249, 2
  %259 = getelementptr <16 x float>, ptr %dbuf, i64 %258
  %260 = load <16 x float>, ptr %259, align 64
  %261 = add i64 %249, 3
  %262 = getelementptr <16 x float>, ptr %dbuf, i64 %261
  %263 = load <16 x float>, ptr %262, align 64
  %264 = shufflevector <16 x float> %260, <16 x float> %263, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %265 = shufflevector <16 x float> %260, <16 x float> %263, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %266 = fadd <16 x float> %264, %265
  %267 = shufflevector <16 x float> %257, <16 x float> %266, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %268 = shufflevector <16 x float> %257, <16 x float> %266, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %269 = fadd <16 x float> %267, %268
  %270 = add i64 %249, 4
  %271 = getelementptr <16 x float>, ptr %dbuf, i64 %270
  %272 = load <16 x float>, ptr %271, align 64
  %273 = add i64 %249, 5
  %274 = getelementptr <16 x float>, ptr %dbuf, i64 %273
  %275 = load <16 x float>, ptr %274, align 64
  %276 = shufflevector <16 x float> %272, <16 x float> %275, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %277 = shufflevector <16 x float> %272, <16 x float> %275, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %278 = fadd <16 x float> %276, %277
  %279 = add i64 %249, 6
  %280 = getelementptr <16 x float>, ptr %dbuf, i64 %279
  %281 = load <16 x float>, ptr %280, align 64
  %282 = add i64 %249, 7
  %283 = getelementptr <16 x float>, ptr %dbuf, i64 %282
  %284 = load <16 x float>, ptr %283, align 64
  %285 = shufflevector <16 x float> %281, <16 x float> %284, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %286 = shufflevector <16 x float> %281, <16 x float> %284, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %287 = fadd <16 x float> %285, %286
  %288 = shufflevector <16 x float> %278, <16 x float> %287, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %289 = shufflevector <16 x float> %278, <16 x float> %287, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %290 = fadd <16 x float> %288, %289
  %291 = shufflevector <16 x float> %269, <16 x float> %290, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %292 = shufflevector <16 x float> %269, <16 x float> %290, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %293 = fadd <16 x float> %291, %292
  %294 = add i64 %249, 8
  %295 = getelementptr <16 x float>, ptr %dbuf, i64 %294
  %296 = load <16 x float>, ptr %295, align 64
  %297 = add i64 %249, 9
  %298 = getelementptr <16 x float>, ptr %dbuf, i64 %297
  %299 = load <16 x float>, ptr %298, align 64
  %300 = shufflevector <16 x float> %296, <16 x float> %299, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %301 = shufflevector <16 x float> %296, <16 x float> %299, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %302 = fadd <16 x float> %300, %301
  %303 = add i64 %249, 10
  %304 = getelementptr <16 x float>, ptr %dbuf, i64 %303
  %305 = load <16 x float>, ptr %304, align 64
  %306 = add i64 %249, 11
  %307 = getelementptr <16 x float>, ptr %dbuf, i64 %306
  %308 = load <16 x float>, ptr %307, align 64
  %309 = shufflevector <16 x float> %305, <16 x float> %308, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %310 = shufflevector <16 x float> %305, <16 x float> %308, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %311 = fadd <16 x float> %309, %310
  %312 = shufflevector <16 x float> %302, <16 x float> %311, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %313 = shufflevector <16 x float> %302, <16 x float> %311, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %314 = fadd <16 x float> %312, %313
  %315 = add i64 %249, 12
  %316 = getelementptr <16 x float>, ptr %dbuf, i64 %315
  %317 = load <16 x float>, ptr %316, align 64
  %318 = add i64 %249, 13
  %319 = getelementptr <16 x float>, ptr %dbuf, i64 %318
  %320 = load <16 x float>, ptr %319, align 64
  %321 = shufflevector <16 x float> %317, <16 x float> %320, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %322 = shufflevector <16 x float> %317, <16 x float> %320, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %323 = fadd <16 x float> %321, %322
  %324 = add i64 %249, 14
  %325 = getelementptr <16 x float>, ptr %dbuf, i64 %324
  %326 = load <16 x float>, ptr %325, align 64
  %327 = add i64 %249, 15
  %328 = getelementptr <16 x float>, ptr %dbuf, i64 %327
  %329 = load <16 x float>, ptr %328, align 64
  %330 = shufflevector <16 x float> %326, <16 x float> %329, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %331 = shufflevector <16 x float> %326, <16 x float> %329, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %332 = fadd <16 x float> %330, %331
  %333 = shufflevector <16 x float> %323, <16 x float> %332, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %334 = shufflevector <16 x float> %323, <16 x float> %332, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %335 = fadd <16 x float> %333, %334
  %336 = shufflevector <16 x float> %314, <16 x float> %335, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %337 = shufflevector <16 x float> %314, <16 x float> %335, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %338 = fadd <16 x float> %336, %337
  %339 = shufflevector <16 x float> %293, <16 x float> %338, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %340 = shufflevector <16 x float> %293, <16 x float> %338, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %341 = fadd <16 x float> %339, %340
  %342 = getelementptr i32, ptr %lims, i64 %245
  %lim = load i32, ptr %342, align 4
  %343 = insertelement <16 x i32> poison, i32 %lim, i32 0
  %splat74 = shufflevector <16 x i32> %343, <16 x i32> poison, <16 x i32> zeroinitializer
  %344 = trunc i64 %247 to i32
  %345 = add i32 %kblock13, %344
  %346 = insertelement <16 x i32> poison, i32 %345, i32 0
  %splat75 = shufflevector <16 x i32> %346, <16 x i32> poison, <16 x i32> zeroinitializer
  %347 = add <16 x i32> %splat75, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %348 = icmp slt <16 x i32> %347, %splat74
  %349 = select <16 x i1> %348, <16 x float> %341, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %350 = getelementptr float, ptr %pbuf, i64 %249
  store <16 x float> %349, ptr %350, align 64
  %351 = getelementptr <16 x float>, ptr %smax, i64 %245
  %352 = icmp eq i64 %246, 0
  %353 = load <16 x float>, ptr %351, align 64
  %354 = select i1 %352, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <16 x float> %353
  %355 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %354, <16 x float> %349)
  store <16 x float> %355, ptr %351, align 64
  %356 = add nsw i64 %score73, 1
  br label %score

rmax:                                             ; preds = %score, %body76
  %rmax79 = phi i64 [ %393, %body76 ], [ 0, %score ]
  %357 = icmp slt i64 %rmax79, 4
  br i1 %357, label %body76, label %pexp

body76:                                           ; preds = %rmax
  %358 = getelementptr float, ptr %ms, i64 %rmax79
  %m = load float, ptr %358, align 4
  %359 = getelementptr <16 x float>, ptr %smax, i64 %rmax79
  %360 = load <16 x float>, ptr %359, align 64
  %361 = shufflevector <16 x float> %360, <16 x float> undef, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %362 = shufflevector <16 x float> %360, <16 x float> undef, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %363 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %361, <8 x float> %362)
  %364 = shufflevector <8 x float> %363, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %365 = shufflevector <8 x float> %363, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %366 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %364, <4 x float> %365)
  %367 = shufflevector <4 x float> %366, <4 x float> undef, <2 x i32> <i32 0, i32 1>
  %368 = shufflevector <4 x float> %366, <4 x float> undef, <2 x i32> <i32 2, i32 3>
  %369 = call <2 x float> @llvm.maxnum.v2f32(<2 x float> %367, <2 x float> %368)
  %370 = shufflevector <2 x float> %369, <2 x float> undef, <1 x i32> zeroinitializer
  %371 = shufflevector <2 x float> %369, <2 x float> undef, <1 x i32> <i32 1>
  %372 = call <1 x float> @llvm.maxnum.v1f32(<1 x float> %370, <1 x float> %371)
  %373 = extractelement <1 x float> %372, i32 0
  %374 = call float @llvm.maxnum.f32(float %m, float %373)
  %375 = fcmp oeq float %374, 0xFFF0000000000000
  %muse80 = select i1 %375, float 0.000000e+00, float %374
  %376 = fsub float %m, %muse80
  %377 = insertelement <16 x float> poison, float %376, i32 0
  %splat81 = shufflevector <16 x float> %377, <16 x float> poison, <16 x i32> zeroinitializer
  %378 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat81, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %379 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %378, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %380 = fadd <16 x float> %379, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %380, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %379, %n
  %381 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %382 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %381, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %383 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %382, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %384 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %383, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %385 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %384, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %386 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %385, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %387 = fptosi <16 x float> %n to <16 x i32>
  %388 = add <16 x i32> %387, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %389 = shl <16 x i32> %388, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %390 = bitcast <16 x i32> %389 to <16 x float>
  %exp2 = fmul <16 x float> %386, %390
  %alpha82 = extractelement <16 x float> %exp2, i32 0
  store float %374, ptr %358, align 4
  %391 = getelementptr float, ptr %muse, i64 %rmax79
  store float %muse80, ptr %391, align 4
  %392 = getelementptr float, ptr %alpha, i64 %rmax79
  store float %alpha82, ptr %392, align 4
  %393 = add nsw i64 %rmax79, 1
  br label %rmax

pexp:                                             ; preds = %rmax, %body83
  %pexp86 = phi i64 [ %424, %body83 ], [ 0, %rmax ]
  %394 = icmp slt i64 %pexp86, 16
  br i1 %394, label %body83, label %lsum91

body83:                                           ; preds = %pexp
  %395 = sdiv i64 %pexp86, 4
  %396 = srem i64 %pexp86, 4
  %397 = mul i64 %396, 16
  %398 = mul i64 %395, 64
  %399 = add i64 %398, %397
  %400 = getelementptr float, ptr %pbuf, i64 %399
  %401 = getelementptr float, ptr %muse, i64 %395
  %402 = load float, ptr %401, align 4
  %403 = insertelement <16 x float> poison, float %402, i32 0
  %splat87 = shufflevector <16 x float> %403, <16 x float> poison, <16 x i32> zeroinitializer
  %404 = load <16 x float>, ptr %400, align 64
  %405 = fsub <16 x float> %404, %splat87
  %406 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %405, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %407 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %406, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %408 = fadd <16 x float> %407, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n88 = fsub <16 x float> %408, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f89 = fsub <16 x float> %407, %n88
  %409 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f89, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %410 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %409, <16 x float> %f89, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %411 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %410, <16 x float> %f89, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %412 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %411, <16 x float> %f89, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %413 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %412, <16 x float> %f89, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %414 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %413, <16 x float> %f89, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %415 = fptosi <16 x float> %n88 to <16 x i32>
  %416 = add <16 x i32> %415, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %417 = shl <16 x i32> %416, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %418 = bitcast <16 x i32> %417 to <16 x float>
  %exp290 = fmul <16 x float> %414, %418
  store <16 x float> %exp290, ptr %400, align 64
  %419 = getelementptr <16 x float>, ptr %lsum, i64 %395
  %420 = icmp eq i64 %396, 0
  %421 = load <16 x float>, ptr %419, align 64
  %422 = select i1 %420, <16 x float> zeroinitializer, <16 x float> %421
  %423 = fadd <16 x float> %422, %exp290
  store <16 x float> %423, ptr %419, align 64
  %424 = add nsw i64 %pexp86, 1
  br label %pexp

lsum91:                                           ; preds = %pexp, %body92
  %lsum95 = phi i64 [ %433, %body92 ], [ 0, %pexp ]
  %425 = icmp slt i64 %lsum95, 4
  br i1 %425, label %body92, label %exit94

body92:                                           ; preds = %lsum91
  %426 = getelementptr float, ptr %ls, i64 %lsum95
  %427 = getelementptr float, ptr %alpha, i64 %lsum95
  %428 = load float, ptr %427, align 4
  %429 = getelementptr <16 x float>, ptr %lsum, i64 %lsum95
  %430 = load <16 x float>, ptr %429, align 64
  %431 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %430)
  %l = load float, ptr %426, align 4
  %432 = call float @llvm.fmuladd.f32(float %l, float %428, float %431)
  store float %432, ptr %426, align 4
  %433 = add nsw i64 %lsum95, 1
  br label %lsum91

exit94:                                           ; preds = %lsum91
  %434 = sub i32 %46, %kblock13
  %435 = call i32 @llvm.smin.i32(i32 64, i32 %434)
  br label %pvpass

pvpass:                                           ; preds = %exit106, %exit94
  %pvpass99 = phi i64 [ 0, %exit94 ], [ %581, %exit106 ]
  %436 = icmp slt i64 %pvpass99, 16
  br i1 %436, label %body96, label %kblock

body96:                                           ; preds = %pvpass
  %c0 = mul i64 %pvpass99, 5
  %c0e = mul i64 %c0, 16
  %437 = mul i64 %c0e, 16
  %438 = load float, ptr %alpha, align 4
  %439 = insertelement <16 x float> poison, float %438, i32 0
  %splat100 = shufflevector <16 x float> %439, <16 x float> poison, <16 x i32> zeroinitializer
  %440 = getelementptr float, ptr %accs, i64 %c0e
  %441 = load <16 x float>, ptr %440, align 64
  %442 = fmul <16 x float> %441, %splat100
  %443 = add i64 %c0e, 16
  %444 = getelementptr float, ptr %accs, i64 %443
  %445 = load <16 x float>, ptr %444, align 64
  %446 = fmul <16 x float> %445, %splat100
  %447 = add i64 %c0e, 32
  %448 = getelementptr float, ptr %accs, i64 %447
  %449 = load <16 x float>, ptr %448, align 64
  %450 = fmul <16 x float> %449, %splat100
  %451 = add i64 %c0e, 48
  %452 = getelementptr float, ptr %accs, i64 %451
  %453 = load <16 x float>, ptr %452, align 64
  %454 = fmul <16 x float> %453, %splat100
  %455 = add i64 %c0e, 64
  %456 = getelementptr float, ptr %accs, i64 %455
  %457 = load <16 x float>, ptr %456, align 64
  %458 = fmul <16 x float> %457, %splat100
  %459 = getelementptr float, ptr %alpha, i64 1
  %460 = load float, ptr %459, align 4
  %461 = insertelement <16 x float> poison, float %460, i32 0
  %splat101 = shufflevector <16 x float> %461, <16 x float> poison, <16 x i32> zeroinitializer
  %462 = add i64 %c0e, 1280
  %463 = getelementptr float, ptr %accs, i64 %462
  %464 = load <16 x float>, ptr %463, align 64
  %465 = fmul <16 x float> %464, %splat101
  %466 = add i64 %c0e, 1296
  %467 = getelementptr float, ptr %accs, i64 %466
  %468 = load <16 x float>, ptr %467, align 64
  %469 = fmul <16 x float> %468, %splat101
  %470 = add i64 %c0e, 1312
  %471 = getelementptr float, ptr %accs, i64 %470
  %472 = load <16 x float>, ptr %471, align 64
  %473 = fmul <16 x float> %472, %splat101
  %474 = add i64 %c0e, 1328
  %475 = getelementptr float, ptr %accs, i64 %474
  %476 = load <16 x float>, ptr %475, align 64
  %477 = fmul <16 x float> %476, %splat101
  %478 = add i64 %c0e, 1344
  %479 = getelementptr float, ptr %accs, i64 %478
  %480 = load <16 x float>, ptr %479, align 64
  %481 = fmul <16 x float> %480, %splat101
  %482 = getelementptr float, ptr %alpha, i64 2
  %483 = load float, ptr %482, align 4
  %484 = insertelement <16 x float> poison, float %483, i32 0
  %splat102 = shufflevector <16 x float> %484, <16 x float> poison, <16 x i32> zeroinitializer
  %485 = add i64 %c0e, 2560
  %486 = getelementptr float, ptr %accs, i64 %485
  %487 = load <16 x float>, ptr %486, align 64
  %488 = fmul <16 x float> %487, %splat102
  %489 = add i64 %c0e, 2576
  %490 = getelementptr float, ptr %accs, i64 %489
  %491 = load <16 x float>, ptr %490, align 64
  %492 = fmul <16 x float> %491, %splat102
  %493 = add i64 %c0e, 2592
  %494 = getelementptr float, ptr %accs, i64 %493
  %495 = load <16 x float>, ptr %494, align 64
  %496 = fmul <16 x float> %495, %splat102
  %497 = add i64 %c0e, 2608
  %498 = getelementptr float, ptr %accs, i64 %497
  %499 = load <16 x float>, ptr %498, align 64
  %500 = fmul <16 x float> %499, %splat102
  %501 = add i64 %c0e, 2624
  %502 = getelementptr float, ptr %accs, i64 %501
  %503 = load <16 x float>, ptr %502, align 64
  %504 = fmul <16 x float> %503, %splat102
  %505 = getelementptr float, ptr %alpha, i64 3
  %506 = load float, ptr %505, align 4
  %507 = insertelement <16 x float> poison, float %506, i32 0
  %splat103 = shufflevector <16 x float> %507, <16 x float> poison, <16 x i32> zeroinitializer
  %508 = add i64 %c0e, 3840
  %509 = getelementptr float, ptr %accs, i64 %508
  %510 = load <16 x float>, ptr %509, align 64
  %511 = fmul <16 x float> %510, %splat103
  %512 = add i64 %c0e, 3856
  %513 = getelementptr float, ptr %accs, i64 %512
  %514 = load <16 x float>, ptr %513, align 64
  %515 = fmul <16 x float> %514, %splat103
  %516 = add i64 %c0e, 3872
  %517 = getelementptr float, ptr %accs, i64 %516
  %518 = load <16 x float>, ptr %517, align 64
  %519 = fmul <16 x float> %518, %splat103
  %520 = add i64 %c0e, 3888
  %521 = getelementptr float, ptr %accs, i64 %520
  %522 = load <16 x float>, ptr %521, align 64
  %523 = fmul <16 x float> %522, %splat103
  %524 = add i64 %c0e, 3904
  %525 = getelementptr float, ptr %accs, i64 %524
  %526 = load <16 x float>, ptr %525, align 64
  %527 = fmul <16 x float> %526, %splat103
  br label %kpv

kpv:                                              ; preds = %body104, %body96
  %pacc.sroa.76.0 = phi <16 x float> [ %527, %body96 ], [ %579, %body104 ]
  %pacc.sroa.72.0 = phi <16 x float> [ %523, %body96 ], [ %572, %body104 ]
  %pacc.sroa.68.0 = phi <16 x float> [ %519, %body96 ], [ %565, %body104 ]
  %pacc.sroa.64.0 = phi <16 x float> [ %515, %body96 ], [ %558, %body104 ]
  %pacc.sroa.60.0 = phi <16 x float> [ %511, %body96 ], [ %551, %body104 ]
  %pacc.sroa.56.0 = phi <16 x float> [ %504, %body96 ], [ %578, %body104 ]
  %pacc.sroa.52.0 = phi <16 x float> [ %500, %body96 ], [ %571, %body104 ]
  %pacc.sroa.48.0 = phi <16 x float> [ %496, %body96 ], [ %564, %body104 ]
  %pacc.sroa.44.0 = phi <16 x float> [ %492, %body96 ], [ %557, %body104 ]
  %pacc.sroa.40.0 = phi <16 x float> [ %488, %body96 ], [ %550, %body104 ]
  %pacc.sroa.36.0 = phi <16 x float> [ %481, %body96 ], [ %577, %body104 ]
  %pacc.sroa.32.0 = phi <16 x float> [ %477, %body96 ], [ %570, %body104 ]
  %pacc.sroa.28.0 = phi <16 x float> [ %473, %body96 ], [ %563, %body104 ]
  %pacc.sroa.24.0 = phi <16 x float> [ %469, %body96 ], [ %556, %body104 ]
  %pacc.sroa.20.0 = phi <16 x float> [ %465, %body96 ], [ %549, %body104 ]
  %pacc.sroa.16.0 = phi <16 x float> [ %458, %body96 ], [ %576, %body104 ]
  %pacc.sroa.12.0 = phi <16 x float> [ %454, %body96 ], [ %569, %body104 ]
  %pacc.sroa.8.0 = phi <16 x float> [ %450, %body96 ], [ %562, %body104 ]
  %pacc.sroa.4.0 = phi <16 x float> [ %446, %body96 ], [ %555, %body104 ]
  %pacc.sroa.0.0 = phi <16 x float> [ %442, %body96 ], [ %548, %body104 ]
  %kpv107 = phi i32 [ 0, %body96 ], [ %580, %body104 ]
  %528 = icmp slt i32 %kpv107, %435
  br i1 %528, label %body104, label %exit106

body104:                                          ; preds = %kpv
  %529 = add i32 %kblock13, %kpv107
  %530 = sext i32 %529 to i64
  %row108 = add i64 %21, %530
  %531 = mul i64 %row108, 2560
  %532 = getelementptr i8, ptr %20, i64 %531
  %533 = sext i32 %kpv107 to i64
  %534 = getelementptr float, ptr %pbuf, i64 %533
  %p = load float, ptr %534, align 4
  %535 = insertelement <16 x float> poison, float %p, i32 0
  %splat109 = shufflevector <16 x float> %535, <16 x float> poison, <16 x i32> zeroinitializer
  %536 = add i64 64, %533
  %537 = getelementptr float, ptr %pbuf, i64 %536
  %p110 = load float, ptr %537, align 4
  %538 = insertelement <16 x float> poison, float %p110, i32 0
  %splat111 = shufflevector <16 x float> %538, <16 x float> poison, <16 x i32> zeroinitializer
  %539 = add i64 128, %533
  %540 = getelementptr float, ptr %pbuf, i64 %539
  %p112 = load float, ptr %540, align 4
  %541 = insertelement <16 x float> poison, float %p112, i32 0
  %splat113 = shufflevector <16 x float> %541, <16 x float> poison, <16 x i32> zeroinitializer
  %542 = add i64 192, %533
  %543 = getelementptr float, ptr %pbuf, i64 %542
  %p114 = load float, ptr %543, align 4
  %544 = insertelement <16 x float> poison, float %p114, i32 0
  %splat115 = shufflevector <16 x float> %544, <16 x float> poison, <16 x i32> zeroinitializer
  %545 = mul i64 %c0e, 2
  %546 = getelementptr i8, ptr %532, i64 %545
  %547 = load <16 x half>, ptr %546, align 2
  %f16116 = fpext <16 x half> %547 to <16 x float>
  %548 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat109, <16 x float> %f16116, <16 x float> %pacc.sroa.0.0)
  %549 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat111, <16 x float> %f16116, <16 x float> %pacc.sroa.20.0)
  %550 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat113, <16 x float> %f16116, <16 x float> %pacc.sroa.40.0)
  %551 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat115, <16 x float> %f16116, <16 x float> %pacc.sroa.60.0)
  %552 = mul i64 %443, 2
  %553 = getelementptr i8, ptr %532, i64 %552
  %554 = load <16 x half>, ptr %553, align 2
  %f16117 = fpext <16 x half> %554 to <16 x float>
  %555 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat109, <16 x float> %f16117, <16 x float> %pacc.sroa.4.0)
  %556 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat111, <16 x float> %f16117, <16 x float> %pacc.sroa.24.0)
  %557 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat113, <16 x float> %f16117, <16 x float> %pacc.sroa.44.0)
  %558 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat115, <16 x float> %f16117, <16 x float> %pacc.sroa.64.0)
  %559 = mul i64 %447, 2
  %560 = getelementptr i8, ptr %532, i64 %559
  %561 = load <16 x half>, ptr %560, align 2
  %f16118 = fpext <16 x half> %561 to <16 x float>
  %562 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat109, <16 x float> %f16118, <16 x float> %pacc.sroa.8.0)
  %563 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat111, <16 x float> %f16118, <16 x float> %pacc.sroa.28.0)
  %564 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat113, <16 x float> %f16118, <16 x float> %pacc.sroa.48.0)
  %565 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat115, <16 x float> %f16118, <16 x float> %pacc.sroa.68.0)
  %566 = mul i64 %451, 2
  %567 = getelementptr i8, ptr %532, i64 %566
  %568 = load <16 x half>, ptr %567, align 2
  %f16119 = fpext <16 x half> %568 to <16 x float>
  %569 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat109, <16 x float> %f16119, <16 x float> %pacc.sroa.12.0)
  %570 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat111, <16 x float> %f16119, <16 x float> %pacc.sroa.32.0)
  %571 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat113, <16 x float> %f16119, <16 x float> %pacc.sroa.52.0)
  %572 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat115, <16 x float> %f16119, <16 x float> %pacc.sroa.72.0)
  %573 = mul i64 %455, 2
  %574 = getelementptr i8, ptr %532, i64 %573
  %575 = load <16 x half>, ptr %574, align 2
  %f16120 = fpext <16 x half> %575 to <16 x float>
  %576 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat109, <16 x float> %f16120, <16 x float> %pacc.sroa.16.0)
  %577 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat111, <16 x float> %f16120, <16 x float> %pacc.sroa.36.0)
  %578 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat113, <16 x float> %f16120, <16 x float> %pacc.sroa.56.0)
  %579 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat115, <16 x float> %f16120, <16 x float> %pacc.sroa.76.0)
  %580 = add nsw i32 %kpv107, 1
  br label %kpv

exit106:                                          ; preds = %kpv
  store <16 x float> %pacc.sroa.0.0, ptr %440, align 64
  store <16 x float> %pacc.sroa.4.0, ptr %444, align 64
  store <16 x float> %pacc.sroa.8.0, ptr %448, align 64
  store <16 x float> %pacc.sroa.12.0, ptr %452, align 64
  store <16 x float> %pacc.sroa.16.0, ptr %456, align 64
  store <16 x float> %pacc.sroa.20.0, ptr %463, align 64
  store <16 x float> %pacc.sroa.24.0, ptr %467, align 64
  store <16 x float> %pacc.sroa.28.0, ptr %471, align 64
  store <16 x float> %pacc.sroa.32.0, ptr %475, align 64
  store <16 x float> %pacc.sroa.36.0, ptr %479, align 64
  store <16 x float> %pacc.sroa.40.0, ptr %486, align 64
  store <16 x float> %pacc.sroa.44.0, ptr %490, align 64
  store <16 x float> %pacc.sroa.48.0, ptr %494, align 64
  store <16 x float> %pacc.sroa.52.0, ptr %498, align 64
  store <16 x float> %pacc.sroa.56.0, ptr %502, align 64
  store <16 x float> %pacc.sroa.60.0, ptr %509, align 64
  store <16 x float> %pacc.sroa.64.0, ptr %513, align 64
  store <16 x float> %pacc.sroa.68.0, ptr %517, align 64
  store <16 x float> %pacc.sroa.72.0, ptr %521, align 64
  store <16 x float> %pacc.sroa.76.0, ptr %525, align 64
  %581 = add nsw i64 %pvpass99, 1
  br label %pvpass

orow121:                                          ; preds = %kblock, %written
  %orow125 = phi i32 [ %602, %written ], [ 0, %kblock ]
  %582 = icmp slt i32 %orow125, %nrows
  br i1 %582, label %body122, label %done

body122:                                          ; preds = %orow121
  %583 = sext i32 %orow125 to i64
  %584 = getelementptr float, ptr %ms, i64 %583
  %m126 = load float, ptr %584, align 4
  %585 = getelementptr float, ptr %ls, i64 %583
  %l127 = load float, ptr %585, align 4
  %586 = mul i64 %583, 1280
  %587 = getelementptr float, ptr %accs, i64 %586
  %588 = icmp ne ptr %part, null
  br i1 %588, label %partial, label %final

partial:                                          ; preds = %body122
  %589 = sext i32 %nrows to i64
  %590 = getelementptr float, ptr %part, i64 %586
  br label %chunk128

final:                                            ; preds = %body122
  %591 = sdiv i32 %orow125, %nh
  %qi133 = add i32 %q_begin, %591
  %592 = srem i32 %orow125, %nh
  %h134 = add i32 %h_begin, %592
  %593 = mul i32 %kv_head, 20
  %hq135 = add i32 %593, %h134
  %594 = sext i32 %qi133 to i64
  %595 = add i64 %q_row0, %594
  %596 = mul i64 %595, 20
  %597 = sext i32 %hq135 to i64
  %orow136 = add i64 %596, %597
  %598 = fcmp oeq float %l127, 0.000000e+00
  %599 = fdiv float 1.000000e+00, %l127
  %600 = select i1 %598, float 0.000000e+00, float %599
  %601 = insertelement <16 x float> poison, float %600, i32 0
  %splat137 = shufflevector <16 x float> %601, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk138

written:                                          ; preds = %exit141, %exit131
  %602 = add nsw i32 %orow125, 1
  br label %orow121

chunk128:                                         ; preds = %body129, %partial
  %chunk132 = phi i64 [ 0, %partial ], [ %608, %body129 ]
  %603 = icmp slt i64 %chunk132, 80
  br i1 %603, label %body129, label %exit131

body129:                                          ; preds = %chunk128
  %604 = getelementptr <16 x float>, ptr %587, i64 %chunk132
  %605 = load <16 x float>, ptr %604, align 64
  %606 = mul i64 %chunk132, 64
  %607 = getelementptr i8, ptr %590, i64 %606
  store <16 x float> %605, ptr %607, align 4
  %608 = add nsw i64 %chunk132, 1
  br label %chunk128

exit131:                                          ; preds = %chunk128
  %609 = mul i64 %589, 1280
  %610 = add i64 %609, %583
  %611 = getelementptr float, ptr %part, i64 %610
  store float %m126, ptr %611, align 4
  %612 = add i64 %610, %589
  %613 = getelementptr float, ptr %part, i64 %612
  store float %l127, ptr %613, align 4
  br label %written

chunk138:                                         ; preds = %body139, %final
  %chunk142 = phi i64 [ 0, %final ], [ %620, %body139 ]
  %614 = icmp slt i64 %chunk142, 80
  br i1 %614, label %body139, label %exit141

body139:                                          ; preds = %chunk138
  %615 = getelementptr <16 x float>, ptr %587, i64 %chunk142
  %616 = load <16 x float>, ptr %615, align 64
  %617 = fmul <16 x float> %616, %splat137
  %618 = mul i64 %chunk142, 64
  %619 = getelementptr i8, ptr %587, i64 %618
  store <16 x float> %617, ptr %619, align 4
  %620 = add nsw i64 %chunk142, 1
  br label %chunk138

exit141:                                          ; preds = %chunk138
  %u = select i1 %598, ptr null, ptr %587
  call void @whisper_large_self_project(ptr %0, ptr %u, i64 %orow136)
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
define i32 @whisper_large_self(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_run(ptr @whisper_large_self_kernel, ptr %0)
  ret i32 %1
}

declare i64 @attnrt_tasks(ptr, ptr)

; Function Attrs: nounwind
define i64 @whisper_large_self_tasks(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_tasks(ptr @whisper_large_self_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_task(ptr, ptr, i64)

; Function Attrs: nounwind
define i32 @whisper_large_self_task(ptr %0, i64 %1) #0 {
entry:
  %2 = call i32 @attnrt_task(ptr @whisper_large_self_kernel, ptr %0, i64 %1)
  ret i32 %2
}

declare i64 @attnrt_workspace(ptr, ptr)

; Function Attrs: nounwind
define i64 @whisper_large_self_workspace(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_workspace(ptr @whisper_large_self_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_append(ptr, ptr)

; Function Attrs: nounwind
define i32 @whisper_large_self_append(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_append(ptr @whisper_large_self_kernel, ptr %0)
  ret i32 %1
}

; Function Attrs: nounwind
define ptr @whisper_large_self_info() #0 {
entry:
  ret ptr @whisper_large_self_info_data
}

attributes #0 = { nounwind "target-cpu"="x86-64-v4" "target-features"="+avx512f,+evex512,+avx512bw,+avx512vl,+avx,+avx2,+fma,+f16c" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
