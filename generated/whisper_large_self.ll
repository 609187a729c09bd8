; ModuleID = 'whisper_large_self'
source_filename = "whisper_large_self"
target triple = "x86_64-unknown-linux-gnu"

@whisper_large_self.name = private unnamed_addr constant [19 x i8] c"whisper_large_self\00"
@whisper_large_self.spec = private unnamed_addr constant [386 x i8] c"attncc: 1\0Aname: whisper_large_self\0Aphase: decode\0Akind: self\0Aheads: {q: 20, kv: 20, dim: 64, v_dim: 64}\0Atypes: {q: f16, cache: f16, out: f16}\0Ascale: auto\0Acache: {store: k_only, layout: contiguous, order: token_major, capacity: 448, latent_dim: 0, rope_dim: 0, shared_across_layers: false}\0Amask: {causal: true}\0Aoutput: {lse: false}\0Aslim: {order: auto}\0Amodel: {layers: 32, d_model: 1280}\0A\00"
@whisper_large_self_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32, ptr, i32, i32 } { i32 5, i32 1, i64 -5420864161588737407, ptr @whisper_large_self.name, ptr @whisper_large_self.spec, i32 20, i32 20, i32 64, i32 64, i32 1, i32 1, i32 1, i32 0, i32 0, i32 0, i32 448, i32 1, i32 0, float 1.250000e-01, i32 1, i32 1280, i32 0, ptr null, i32 0, i32 0 }, align 8
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
  %12 = getelementptr i8, ptr %1, i64 48
  %part = load ptr, ptr %12, align 8
  %13 = getelementptr i8, ptr %0, i64 32
  %q = load ptr, ptr %13, align 8
  %14 = getelementptr i8, ptr %0, i64 40
  %15 = getelementptr i8, ptr %0, i64 48
  %16 = getelementptr i8, ptr %0, i64 56
  %k_cache = load ptr, ptr %16, align 8
  %17 = sext i32 %seq to i64
  %18 = mul i64 %17, 1146880
  %19 = getelementptr i8, ptr %k_cache, i64 %18
  %20 = sext i32 %kv_head to i64
  %21 = icmp sgt i32 %nrows, 0
  br i1 %21, label %rinit, label %done

done:                                             ; preds = %orow121, %entry
  ret void

rinit:                                            ; preds = %entry, %exit8
  %rinit1 = phi i32 [ %65, %exit8 ], [ 0, %entry ]
  %22 = icmp slt i32 %rinit1, 4
  br i1 %22, label %body, label %exit

body:                                             ; preds = %rinit
  %23 = sext i32 %rinit1 to i64
  %24 = mul i64 %23, 4
  %25 = getelementptr <16 x float>, ptr %qs, i64 %24
  %26 = icmp slt i32 %rinit1, %nrows
  %27 = sub i32 %nrows, 1
  %28 = call i32 @llvm.smin.i32(i32 %rinit1, i32 %27)
  %29 = sdiv i32 %28, %nh
  %qi = add i32 %q_begin, %29
  %30 = srem i32 %28, %nh
  %h = add i32 %h_begin, %30
  %31 = mul i32 %kv_head, 20
  %hq = add i32 %31, %h
  %32 = sext i32 %qi to i64
  %33 = add i64 %q_row0, %32
  %34 = mul i64 %33, 20
  %35 = sext i32 %hq to i64
  %orow = add i64 %34, %35
  %36 = mul i64 %orow, 128
  %37 = getelementptr i8, ptr %q, i64 %36
  %38 = select i1 %26, float 0x3FC7154760000000, float 0.000000e+00
  %39 = insertelement <16 x float> poison, float %38, i32 0
  %splat = shufflevector <16 x float> %39, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

exit:                                             ; preds = %rinit
  %40 = sub i32 %nrows, 1
  %41 = sdiv i32 %40, %nh
  %42 = add i32 %q_begin, %41
  %43 = add i32 %q_pos0, %42
  %44 = add i32 %43, 1
  %45 = call i32 @llvm.smin.i32(i32 %44, i32 %k_end)
  %k_last = sub i32 %45, 1
  br label %kblock

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %52, %body2 ]
  %46 = icmp slt i64 %chunk5, 4
  br i1 %46, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %47 = mul i64 %chunk5, 32
  %48 = getelementptr i8, ptr %37, i64 %47
  %49 = load <16 x half>, ptr %48, align 2
  %f16 = fpext <16 x half> %49 to <16 x float>
  %50 = fmul <16 x float> %f16, %splat
  %51 = getelementptr <16 x float>, ptr %25, i64 %chunk5
  store <16 x float> %50, ptr %51, align 64
  %52 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %53 = getelementptr float, ptr %ms, i64 %23
  store float 0xFFF0000000000000, ptr %53, align 4
  %54 = getelementptr float, ptr %ls, i64 %23
  store float 0.000000e+00, ptr %54, align 4
  %55 = getelementptr i32, ptr %lims, i64 %23
  %56 = add i32 %q_pos0, %qi
  %57 = add i32 %56, 1
  %58 = call i32 @llvm.smin.i32(i32 %57, i32 %k_end)
  store i32 %58, ptr %55, align 4
  br label %acczero

acczero:                                          ; preds = %body6, %exit4
  %acczero9 = phi i64 [ 0, %exit4 ], [ %64, %body6 ]
  %59 = icmp slt i64 %acczero9, 80
  br i1 %59, label %body6, label %exit8

body6:                                            ; preds = %acczero
  %60 = mul i64 %acczero9, 16
  %61 = mul i64 %23, 1280
  %62 = add i64 %61, %60
  %63 = getelementptr float, ptr %accs, i64 %62
  store <16 x float> zeroinitializer, ptr %63, align 64
  %64 = add nsw i64 %acczero9, 1
  br label %acczero

exit8:                                            ; preds = %acczero
  %65 = add nsw i32 %rinit1, 1
  br label %rinit

kblock:                                           ; preds = %pvpass, %exit
  %kblock13 = phi i32 [ %k_begin, %exit ], [ %67, %pvpass ]
  %66 = icmp slt i32 %kblock13, %45
  br i1 %66, label %body10, label %orow121

body10:                                           ; preds = %kblock
  %67 = add i32 %kblock13, 64
  %68 = sext i32 %h_begin to i64
  %slice = mul i64 %68, 64
  %69 = add i32 %h_begin, 1
  %70 = sext i32 %69 to i64
  %slice14 = mul i64 %70, 64
  %71 = add i32 %h_begin, 2
  %72 = sext i32 %71 to i64
  %slice15 = mul i64 %72, 64
  %73 = add i32 %h_begin, 3
  %74 = sext i32 %73 to i64
  %slice16 = mul i64 %74, 64
  br label %kdot

kdot:                                             ; preds = %body17, %body10
  %kdot20 = phi i32 [ 0, %body10 ], [ %242, %body17 ]
  %75 = icmp slt i32 %kdot20, 64
  br i1 %75, label %body17, label %score

body17:                                           ; preds = %kdot
  %76 = add i32 %kblock13, %kdot20
  %77 = call i32 @llvm.smin.i32(i32 %76, i32 %k_last)
  %78 = sext i32 %77 to i64
  %row = add i64 %20, %78
  %79 = mul i64 %row, 2560
  %80 = getelementptr i8, ptr %19, i64 %79
  %81 = add i32 %kdot20, 1
  %82 = add i32 %kblock13, %81
  %83 = call i32 @llvm.smin.i32(i32 %82, i32 %k_last)
  %84 = sext i32 %83 to i64
  %row21 = add i64 %20, %84
  %85 = mul i64 %row21, 2560
  %86 = getelementptr i8, ptr %19, i64 %85
  %q22 = load <16 x float>, ptr %qs, align 64
  %87 = mul i64 %slice, 2
  %88 = getelementptr i8, ptr %80, i64 %87
  %89 = load <16 x half>, ptr %88, align 2
  %f1623 = fpext <16 x half> %89 to <16 x float>
  %90 = getelementptr i8, ptr %86, i64 %87
  %91 = load <16 x half>, ptr %90, align 2
  %f1624 = fpext <16 x half> %91 to <16 x float>
  %92 = fmul <16 x float> %q22, %f1623
  %93 = fmul <16 x float> %q22, %f1624
  %94 = getelementptr <16 x float>, ptr %qs, i64 4
  %q25 = load <16 x float>, ptr %94, align 64
  %95 = mul i64 %slice14, 2
  %96 = getelementptr i8, ptr %80, i64 %95
  %97 = load <16 x half>, ptr %96, align 2
  %f1626 = fpext <16 x half> %97 to <16 x float>
  %98 = getelementptr i8, ptr %86, i64 %95
  %99 = load <16 x half>, ptr %98, align 2
  %f1627 = fpext <16 x half> %99 to <16 x float>
  %100 = fmul <16 x float> %q25, %f1626
  %101 = fmul <16 x float> %q25, %f1627
  %102 = getelementptr <16 x float>, ptr %qs, i64 8
  %q28 = load <16 x float>, ptr %102, align 64
  %103 = mul i64 %slice15, 2
  %104 = getelementptr i8, ptr %80, i64 %103
  %105 = load <16 x half>, ptr %104, align 2
  %f1629 = fpext <16 x half> %105 to <16 x float>
  %106 = getelementptr i8, ptr %86, i64 %103
  %107 = load <16 x half>, ptr %106, align 2
  %f1630 = fpext <16 x half> %107 to <16 x float>
  %108 = fmul <16 x float> %q28, %f1629
  %109 = fmul <16 x float> %q28, %f1630
  %110 = getelementptr <16 x float>, ptr %qs, i64 12
  %q31 = load <16 x float>, ptr %110, align 64
  %111 = mul i64 %slice16, 2
  %112 = getelementptr i8, ptr %80, i64 %111
  %113 = load <16 x half>, ptr %112, align 2
  %f1632 = fpext <16 x half> %113 to <16 x float>
  %114 = getelementptr i8, ptr %86, i64 %111
  %115 = load <16 x half>, ptr %114, align 2
  %f1633 = fpext <16 x half> %115 to <16 x float>
  %116 = fmul <16 x float> %q31, %f1632
  %117 = fmul <16 x float> %q31, %f1633
  %118 = getelementptr <16 x float>, ptr %qs, i64 1
  %q34 = load <16 x float>, ptr %118, align 64
  %119 = add i64 %slice, 16
  %120 = mul i64 %119, 2
  %121 = getelementptr i8, ptr %80, i64 %120
  %122 = load <16 x half>, ptr %121, align 2
  %f1635 = fpext <16 x half> %122 to <16 x float>
  %123 = getelementptr i8, ptr %86, i64 %120
  %124 = load <16 x half>, ptr %123, align 2
  %f1636 = fpext <16 x half> %124 to <16 x float>
  %125 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %f1635, <16 x float> %92)
  %126 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %f1636, <16 x float> %93)
  %127 = getelementptr <16 x float>, ptr %qs, i64 5
  %q37 = load <16 x float>, ptr %127, align 64
  %128 = add i64 %slice14, 16
  %129 = mul i64 %128, 2
  %130 = getelementptr i8, ptr %80, i64 %129
  %131 = load <16 x half>, ptr %130, align 2
  %f1638 = fpext <16 x half> %131 to <16 x float>
  %132 = getelementptr i8, ptr %86, i64 %129
  %133 = load <16 x half>, ptr %132, align 2
  %f1639 = fpext <16 x half> %133 to <16 x float>
  %134 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %f1638, <16 x float> %100)
  %135 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %f1639, <16 x float> %101)
  %136 = getelementptr <16 x float>, ptr %qs, i64 9
  %q40 = load <16 x float>, ptr %136, align 64
  %137 = add i64 %slice15, 16
  %138 = mul i64 %137, 2
  %139 = getelementptr i8, ptr %80, i64 %138
  %140 = load <16 x half>, ptr %139, align 2
  %f1641 = fpext <16 x half> %140 to <16 x float>
  %141 = getelementptr i8, ptr %86, i64 %138
  %142 = load <16 x half>, ptr %141, align 2
  %f1642 = fpext <16 x half> %142 to <16 x float>
  %143 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q40, <16 x float> %f1641, <16 x float> %108)
  %144 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q40, <16 x float> %f1642, <16 x float> %109)
  %145 = getelementptr <16 x float>, ptr %qs, i64 13
  %q43 = load <16 x float>, ptr %145, align 64
  %146 = add i64 %slice16, 16
  %147 = mul i64 %146, 2
  %148 = getelementptr i8, ptr %80, i64 %147
  %149 = load <16 x half>, ptr %148, align 2
  %f1644 = fpext <16 x half> %149 to <16 x float>
  %150 = getelementptr i8, ptr %86, i64 %147
  %151 = load <16 x half>, ptr %150, align 2
  %f1645 = fpext <16 x half> %151 to <16 x float>
  %152 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q43, <16 x float> %f1644, <16 x float> %116)
  %153 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q43, <16 x float> %f1645, <16 x float> %117)
  %154 = getelementptr <16 x float>, ptr %qs, i64 2
  %q46 = load <16 x float>, ptr %154, align 64
  %155 = add i64 %slice, 32
  %156 = mul i64 %155, 2
  %157 = getelementptr i8, ptr %80, i64 %156
  %158 = load <16 x half>, ptr %157, align 2
  %f1647 = fpext <16 x half> %158 to <16 x float>
  %159 = getelementptr i8, ptr %86, i64 %156
  %160 = load <16 x half>, ptr %159, align 2
  %f1648 = fpext <16 x half> %160 to <16 x float>
  %161 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q46, <16 x float> %f1647, <16 x float> %125)
  %162 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q46, <16 x float> %f1648, <16 x float> %126)
  %163 = getelementptr <16 x float>, ptr %qs, i64 6
  %q49 = load <16 x float>, ptr %163, align 64
  %164 = add i64 %slice14, 32
  %165 = mul i64 %164, 2
  %166 = getelementptr i8, ptr %80, i64 %165
  %167 = load <16 x half>, ptr %166, align 2
  %f1650 = fpext <16 x half> %167 to <16 x float>
  %168 = getelementptr i8, ptr %86, i64 %165
  %169 = load <16 x half>, ptr %168, align 2
  %f1651 = fpext <16 x half> %169 to <16 x float>
  %170 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q49, <16 x float> %f1650, <16 x float> %134)
  %171 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q49, <16 x float> %f1651, <16 x float> %135)
  %172 = getelementptr <16 x float>, ptr %qs, i64 10
  %q52 = load <16 x float>, ptr %172, align 64
  %173 = add i64 %slice15, 32
  %174 = mul i64 %173, 2
  %175 = getelementptr i8, ptr %80, i64 %174
  %176 = load <16 x half>, ptr %175, align 2
  %f1653 = fpext <16 x half> %176 to <16 x float>
  %177 = getelementptr i8, ptr %86, i64 %174
  %178 = load <16 x half>, ptr %177, align 2
  %f1654 = fpext <16 x half> %178 to <16 x float>
  %179 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q52, <16 x float> %f1653, <16 x float> %143)
  %180 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q52, <16 x float> %f1654, <16 x float> %144)
  %181 = getelementptr <16 x float>, ptr %qs, i64 14
  %q55 = load <16 x float>, ptr %181, align 64
  %182 = add i64 %slice16, 32
  %183 = mul i64 %182, 2
  %184 = getelementptr i8, ptr %80, i64 %183
  %185 = load <16 x half>, ptr %184, align 2
  %f1656 = fpext <16 x half> %185 to <16 x float>
  %186 = getelementptr i8, ptr %86, i64 %183
  %187 = load <16 x half>, ptr %186, align 2
  %f1657 = fpext <16 x half> %187 to <16 x float>
  %188 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q55, <16 x float> %f1656, <16 x float> %152)
  %189 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q55, <16 x float> %f1657, <16 x float> %153)
  %190 = getelementptr <16 x float>, ptr %qs, i64 3
  %q58 = load <16 x float>, ptr %190, align 64
  %191 = add i64 %slice, 48
  %192 = mul i64 %191, 2
  %193 = getelementptr i8, ptr %80, i64 %192
  %194 = load <16 x half>, ptr %193, align 2
  %f1659 = fpext <16 x half> %194 to <16 x float>
  %195 = getelementptr i8, ptr %86, i64 %192
  %196 = load <16 x half>, ptr %195, align 2
  %f1660 = fpext <16 x half> %196 to <16 x float>
  %197 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q58, <16 x float> %f1659, <16 x float> %161)
  %198 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q58, <16 x float> %f1660, <16 x float> %162)
  %199 = getelementptr <16 x float>, ptr %qs, i64 7
  %q61 = load <16 x float>, ptr %199, align 64
  %200 = add i64 %slice14, 48
  %201 = mul i64 %200, 2
  %202 = getelementptr i8, ptr %80, i64 %201
  %203 = load <16 x half>, ptr %202, align 2
  %f1662 = fpext <16 x half> %203 to <16 x float>
  %204 = getelementptr i8, ptr %86, i64 %201
  %205 = load <16 x half>, ptr %204, align 2
  %f1663 = fpext <16 x half> %205 to <16 x float>
  %206 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q61, <16 x float> %f1662, <16 x float> %170)
  %207 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q61, <16 x float> %f1663, <16 x float> %171)
  %208 = getelementptr <16 x float>, ptr %qs, i64 11
  %q64 = load <16 x float>, ptr %208, align 64
  %209 = add i64 %slice15, 48
  %210 = mul i64 %209, 2
  %211 = getelementptr i8, ptr %80, i64 %210
  %212 = load <16 x half>, ptr %211, align 2
  %f1665 = fpext <16 x half> %212 to <16 x float>
  %213 = getelementptr i8, ptr %86, i64 %210
  %214 = load <16 x half>, ptr %213, align 2
  %f1666 = fpext <16 x half> %214 to <16 x float>
  %215 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q64, <16 x float> %f1665, <16 x float> %179)
  %216 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q64, <16 x float> %f1666, <16 x float> %180)
  %217 = getelementptr <16 x float>, ptr %qs, i64 15
  %q67 = load <16 x float>, ptr %217, align 64
  %218 = add i64 %slice16, 48
  %219 = mul i64 %218, 2
  %220 = getelementptr i8, ptr %80, i64 %219
  %221 = load <16 x half>, ptr %220, align 2
  %f1668 = fpext <16 x half> %221 to <16 x float>
  %222 = getelementptr i8, ptr %86, i64 %219
  %223 = load <16 x half>, ptr %222, align 2
  %f1669 = fpext <16 x half> %223 to <16 x float>
  %224 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q67, <16 x float> %f1668, <16 x float> %188)
  %225 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q67, <16 x float> %f1669, <16 x float> %189)
  %226 = sext i32 %kdot20 to i64
  %227 = getelementptr <16 x float>, ptr %dbuf, i64 %226
  store <16 x float> %197, ptr %227, align 64
  %228 = sext i32 %81 to i64
  %229 = getelementptr <16 x float>, ptr %dbuf, i64 %228
  store <16 x float> %198, ptr %229, align 64
  %230 = add i64 64, %226
  %231 = getelementptr <16 x float>, ptr %dbuf, i64 %230
  store <16 x float> %206, ptr %231, align 64
  %232 = add i64 64, %228
  %233 = getelementptr <16 x float>, ptr %dbuf, i64 %232
  store <16 x float> %207, ptr %233, align 64
  %234 = add i64 128, %226
  %235 = getelementptr <16 x float>, ptr %dbuf, i64 %234
  store <16 x float> %215, ptr %235, align 64
  %236 = add i64 128, %228
  %237 = getelementptr <16 x float>, ptr %dbuf, i64 %236
  store <16 x float> %216, ptr %237, align 64
  %238 = add i64 192, %226
  %239 = getelementptr <16 x float>, ptr %dbuf, i64 %238
  store <16 x float> %224, ptr %239, align 64
  %240 = add i64 192, %228
  %241 = getelementptr <16 x float>, ptr %dbuf, i64 %240
  store <16 x float> %225, ptr %241, align 64
  %242 = add nsw i32 %kdot20, 2
  br label %kdot

score:                                            ; preds = %kdot, %body70
  %score73 = phi i64 [ %355, %body70 ], [ 0, %kdot ]
  %243 = icmp slt i64 %score73, 16
  br i1 %243, label %body70, label %rmax

body70:                                           ; preds = %score
  %244 = sdiv i64 %score73, 4
  %245 = srem i64 %score73, 4
  %246 = mul i64 %245, 16
  %247 = mul i64 %244, 64
  %248 = add i64 %247, %246
  %249 = getelementptr <16 x float>, ptr %dbuf, i64 %248
  %250 = load <16 x float>, ptr %249, align 64
  %251 = add i64 %248, 1
  %252 = getelementptr <16 x float>, ptr %dbuf, i64 %251
  %253 = load <16 x float>, ptr %252, align 64
  %254 = shufflevector <16 x float> %250, <16 x float> %253, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %255 = shufflevector <16 x float> %250, <16 x float> %253, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %256 = fadd <16 x float> %254, %255
  %257 = add i64 %248, 2
  %258 = getelementptr <16 x float>, ptr %dbuf, i64 %257
  %259 = load <16 x float>, ptr %258, align 64
  %260 = add i64 %248, 3
  %261 = getelementptr <16 x float>, ptr %dbuf, i64 %260
  %262 = load <16 x float>, ptr %261, align 64
  %263 = shufflevector <16 x float> %259, <16 x float> %262, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %264 = shufflevector <16 x float> %259, <16 x float> %262, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %265 = fadd <16 x float> %263, %264
  %266 = shufflevector <16 x float> %256, <16 x float> %265, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %267 = shufflevector <16 x float> %256, <16 x float> %265, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %268 = fadd <16 x float> %266, %267
  %269 = add i64 %248, 4
  %270 = getelementptr <16 x float>, ptr %dbuf, i64 %269
  %271 = load <16 x float>, ptr %270, align 64
  %272 = add i64 %248, 5
  %273 = getelementptr <16 x float>, ptr %dbuf, i64 %272
  %274 = load <16 x float>, ptr %273, align 64
  %275 = shufflevector <16 x float> %271, <16 x float> %274, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %276 = shufflevector <16 x float> %271, <16 x float> %274, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %277 = fadd <16 x float> %275, %276
  %278 = add i64 %248, 6
  %279 = getelementptr <16 x float>, ptr %dbuf, i64 %278
  %280 = load <16 x float>, ptr %279, align 64
  %281 = add i64 %248, 7
  %282 = getelementptr <16 x float>, ptr %dbuf, i64 %281
  %283 = load <16 x float>, ptr %282, align 64
  %284 = shufflevector <16 x float> %280, <16 x float> %283, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %285 = shufflevector <16 x float> %280, <16 x float> %283, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %286 = fadd <16 x float> %284, %285
  %287 = shufflevector <16 x float> %277, <16 x float> %286, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %288 = shufflevector <16 x float> %277, <16 x float> %286, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %289 = fadd <16 x float> %287, %288
  %290 = shufflevector <16 x float> %268, <16 x float> %289, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %291 = shufflevector <16 x float> %268, <16 x float> %289, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %292 = fadd <16 x float> %290, %291
  %293 = add i64 %248, 8
  %294 = getelementptr <16 x float>, ptr %dbuf, i64 %293
  %295 = load <16 x float>, ptr %294, align 64
  %296 = add i64 %248, 9
  %297 = getelementptr <16 x float>, ptr %dbuf, i64 %296
  %298 = load <16 x float>, ptr %297, align 64
  %299 = shufflevector <16 x float> %295, <16 x float> %298, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %300 = shufflevector <16 x float> %295, <16 x float> %298, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %301 = fadd <16 x float> %299, %300
  %302 = add i64 %248, 10
  %303 = getelementptr <16 x float>, ptr %dbuf, i64 %302
  %304 = load <16 x float>, ptr %303, align 64
  %305 = add i64 %248, 11
  %306 = getelementptr <16 x float>, ptr %dbuf, i64 %305
  %307 = load <16 x float>, ptr %306, align 64
  %308 = shufflevector <16 x float> %304, <16 x float> %307, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %309 = shufflevector <16 x float> %304, <16 x float> %307, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %310 = fadd <16 x float> %308, %309
  %311 = shufflevector <16 x float> %301, <16 x float> %310, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %312 = shufflevector <16 x float> %301, <16 x float> %310, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %313 = fadd <16 x float> %311, %312
  %314 = add i64 %248, 12
  %315 = getelementptr <16 x float>, ptr %dbuf, i64 %314
  %316 = load <16 x float>, ptr %315, align 64
  %317 = add i64 %248, 13
  %318 = getelementptr <16 x float>, ptr %dbuf, i64 %317
  %319 = load <16 x float>, ptr %318, align 64
  %320 = shufflevector <16 x float> %316, <16 x float> %319, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %321 = shufflevector <16 x float> %316, <16 x float> %319, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %322 = fadd <16 x float> %320, %321
  %323 = add i64 %248, 14
  %324 = getelementptr <16 x float>, ptr %dbuf, i64 %323
  %325 = load <16 x float>, ptr %324, align 64
  %326 = add i64 %248, 15
  %327 = getelementptr <16 x float>, ptr %dbuf, i64 %326
  %328 = load <16 x float>, ptr %327, align 64
  %329 = shufflevector <16 x float> %325, <16 x float> %328, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %330 = shufflevector <16 x float> %325, <16 x float> %328, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %331 = fadd <16 x float> %329, %330
  %332 = shufflevector <16 x float> %322, <16 x float> %331, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %333 = shufflevector <16 x float> %322, <16 x float> %331, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %334 = fadd <16 x float> %332, %333
  %335 = shufflevector <16 x float> %313, <16 x float> %334, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %336 = shufflevector <16 x float> %313, <16 x float> %334, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %337 = fadd <16 x float> %335, %336
  %338 = shufflevector <16 x float> %292, <16 x float> %337, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %339 = shufflevector <16 x float> %292, <16 x float> %337, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %340 = fadd <16 x float> %338, %339
  %341 = getelementptr i32, ptr %lims, i64 %244
  %lim = load i32, ptr %341, align 4
  %342 = insertelement <16 x i32> poison, i32 %lim, i32 0
  %splat74 = shufflevector <16 x i32> %342, <16 x i32> poison, <16 x i32> zeroinitializer
  %343 = trunc i64 %246 to i32
  %344 = add i32 %kblock13, %343
  %345 = insertelement <16 x i32> poison, i32 %344, i32 0
  %splat75 = shufflevector <16 x i32> %345, <16 x i32> poison, <16 x i32> zeroinitializer
  %346 = add <16 x i32> %splat75, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %347 = icmp slt <16 x i32> %346, %splat74
  %348 = select <16 x i1> %347, <16 x float> %340, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %349 = getelementptr float, ptr %pbuf, i64 %248
  store <16 x float> %348, ptr %349, align 64
  %350 = getelementptr <16 x float>, ptr %smax, i64 %244
  %351 = icmp eq i64 %245, 0
  %352 = load <16 x float>, ptr %350, align 64
  %353 = select i1 %351, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <16 x float> %352
  %354 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %353, <16 x float> %348)
  store <16 x float> %354, ptr %350, align 64
  %355 = add nsw i64 %score73, 1
  br label %score

rmax:                                             ; preds = %score, %body76
  %rmax79 = phi i64 [ %392, %body76 ], [ 0, %score ]
  %356 = icmp slt i64 %rmax79, 4
  br i1 %356, label %body76, label %pexp

body76:                                           ; preds = %rmax
  %357 = getelementptr float, ptr %ms, i64 %rmax79
  %m = load float, ptr %357, align 4
  %358 = getelementptr <16 x float>, ptr %smax, i64 %rmax79
  %359 = load <16 x float>, ptr %358, align 64
  %360 = shufflevector <16 x float> %359, <16 x float> undef, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %361 = shufflevector <16 x float> %359, <16 x float> undef, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %362 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %360, <8 x float> %361)
  %363 = shufflevector <8 x float> %362, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %364 = shufflevector <8 x float> %362, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %365 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %363, <4 x float> %364)
  %366 = shufflevector <4 x float> %365, <4 x float> undef, <2 x i32> <i32 0, i32 1>
  %367 = shufflevector <4 x float> %365, <4 x float> undef, <2 x i32> <i32 2, i32 3>
  %368 = call <2 x float> @llvm.maxnum.v2f32(<2 x float> %366, <2 x float> %367)
  %369 = shufflevector <2 x float> %368, <2 x float> undef, <1 x i32> zeroinitializer
  %370 = shufflevector <2 x float> %368, <2 x float> undef, <1 x i32> <i32 1>
  %371 = call <1 x float> @llvm.maxnum.v1f32(<1 x float> %369, <1 x float> %370)
  %372 = extractelement <1 x float> %371, i32 0
  %373 = call float @llvm.maxnum.f32(float %m, float %372)
  %374 = fcmp oeq float %373, 0xFFF0000000000000
  %muse80 = select i1 %374, float 0.000000e+00, float %373
  %375 = fsub float %m, %muse80
  %376 = insertelement <16 x float> poison, float %375, i32 0
  %splat81 = shufflevector <16 x float> %376, <16 x float> poison, <16 x i32> zeroinitializer
  %377 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat81, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %378 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %377, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %379 = fadd <16 x float> %378, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %379, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %378, %n
  %380 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %381 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %380, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %382 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %381, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %383 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %382, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %384 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %383, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %385 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %384, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %386 = fptosi <16 x float> %n to <16 x i32>
  %387 = add <16 x i32> %386, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %388 = shl <16 x i32> %387, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %389 = bitcast <16 x i32> %388 to <16 x float>
  %exp2 = fmul <16 x float> %385, %389
  %alpha82 = extractelement <16 x float> %exp2, i32 0
  store float %373, ptr %357, align 4
  %390 = getelementptr float, ptr %muse, i64 %rmax79
  store float %muse80, ptr %390, align 4
  %391 = getelementptr float, ptr %alpha, i64 %rmax79
  store float %alpha82, ptr %391, align 4
  %392 = add nsw i64 %rmax79, 1
  br label %rmax

pexp:                                             ; preds = %rmax, %body83
  %pexp86 = phi i64 [ %423, %body83 ], [ 0, %rmax ]
  %393 = icmp slt i64 %pexp86, 16
  br i1 %393, label %body83, label %lsum91

body83:                                           ; preds = %pexp
  %394 = sdiv i64 %pexp86, 4
  %395 = srem i64 %pexp86, 4
  %396 = mul i64 %395, 16
  %397 = mul i64 %394, 64
  %398 = add i64 %397, %396
  %399 = getelementptr float, ptr %pbuf, i64 %398
  %400 = getelementptr float, ptr %muse, i64 %394
  %401 = load float, ptr %400, align 4
  %402 = insertelement <16 x float> poison, float %401, i32 0
  %splat87 = shufflevector <16 x float> %402, <16 x float> poison, <16 x i32> zeroinitializer
  %403 = load <16 x float>, ptr %399, align 64
  %404 = fsub <16 x float> %403, %splat87
  %405 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %404, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %406 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %405, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %407 = fadd <16 x float> %406, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n88 = fsub <16 x float> %407, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f89 = fsub <16 x float> %406, %n88
  %408 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f89, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %409 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %408, <16 x float> %f89, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %410 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %409, <16 x float> %f89, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %411 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %410, <16 x float> %f89, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %412 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %411, <16 x float> %f89, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %413 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %412, <16 x float> %f89, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %414 = fptosi <16 x float> %n88 to <16 x i32>
  %415 = add <16 x i32> %414, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %416 = shl <16 x i32> %415, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %417 = bitcast <16 x i32> %416 to <16 x float>
  %exp290 = fmul <16 x float> %413, %417
  store <16 x float> %exp290, ptr %399, align 64
  %418 = getelementptr <16 x float>, ptr %lsum, i64 %394
  %419 = icmp eq i64 %395, 0
  %420 = load <16 x float>, ptr %418, align 64
  %421 = select i1 %419, <16 x float> zeroinitializer, <16 x float> %420
  %422 = fadd <16 x float> %421, %exp290
  store <16 x float> %422, ptr %418, align 64
  %423 = add nsw i64 %pexp86, 1
  br label %pexp

lsum91:                                           ; preds = %pexp, %body92
  %lsum95 = phi i64 [ %432, %body92 ], [ 0, %pexp ]
  %424 = icmp slt i64 %lsum95, 4
  br i1 %424, label %body92, label %exit94

body92:                                           ; preds = %lsum91
  %425 = getelementptr float, ptr %ls, i64 %lsum95
  %426 = getelementptr float, ptr %alpha, i64 %lsum95
  %427 = load float, ptr %426, align 4
  %428 = getelementptr <16 x float>, ptr %lsum, i64 %lsum95
  %429 = load <16 x float>, ptr %428, align 64
  %430 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %429)
  %l = load float, ptr %425, align 4
  %431 = call float @llvm.fmuladd.f32(float %l, float %427, float %430)
  store float %431, ptr %425, align 4
  %432 = add nsw i64 %lsum95, 1
  br label %lsum91

exit94:                                           ; preds = %lsum91
  %433 = sub i32 %45, %kblock13
  %434 = call i32 @llvm.smin.i32(i32 64, i32 %433)
  br label %pvpass

pvpass:                                           ; preds = %exit106, %exit94
  %pvpass99 = phi i64 [ 0, %exit94 ], [ %580, %exit106 ]
  %435 = icmp slt i64 %pvpass99, 16
  br i1 %435, label %body96, label %kblock

body96:                                           ; preds = %pvpass
  %c0 = mul i64 %pvpass99, 5
  %c0e = mul i64 %c0, 16
  %436 = mul i64 %c0e, 16
  %437 = load float, ptr %alpha, align 4
  %438 = insertelement <16 x float> poison, float %437, i32 0
  %splat100 = shufflevector <16 x float> %438, <16 x float> poison, <16 x i32> zeroinitializer
  %439 = getelementptr float, ptr %accs, i64 %c0e
  %440 = load <16 x float>, ptr %439, align 64
  %441 = fmul <16 x float> %440, %splat100
  %442 = add i64 %c0e, 16
  %443 = getelementptr float, ptr %accs, i64 %442
  %444 = load <16 x float>, ptr %443, align 64
  %445 = fmul <16 x float> %444, %splat100
  %446 = add i64 %c0e, 32
  %447 = getelementptr float, ptr %accs, i64 %446
  %448 = load <16 x float>, ptr %447, align 64
  %449 = fmul <16 x float> %448, %splat100
  %450 = add i64 %c0e, 48
  %451 = getelementptr float, ptr %accs, i64 %450
  %452 = load <16 x float>, ptr %451, align 64
  %453 = fmul <16 x float> %452, %splat100
  %454 = add i64 %c0e, 64
  %455 = getelementptr float, ptr %accs, i64 %454
  %456 = load <16 x float>, ptr %455, align 64
  %457 = fmul <16 x float> %456, %splat100
  %458 = getelementptr float, ptr %alpha, i64 1
  %459 = load float, ptr %458, align 4
  %460 = insertelement <16 x float> poison, float %459, i32 0
  %splat101 = shufflevector <16 x float> %460, <16 x float> poison, <16 x i32> zeroinitializer
  %461 = add i64 %c0e, 1280
  %462 = getelementptr float, ptr %accs, i64 %461
  %463 = load <16 x float>, ptr %462, align 64
  %464 = fmul <16 x float> %463, %splat101
  %465 = add i64 %c0e, 1296
  %466 = getelementptr float, ptr %accs, i64 %465
  %467 = load <16 x float>, ptr %466, align 64
  %468 = fmul <16 x float> %467, %splat101
  %469 = add i64 %c0e, 1312
  %470 = getelementptr float, ptr %accs, i64 %469
  %471 = load <16 x float>, ptr %470, align 64
  %472 = fmul <16 x float> %471, %splat101
  %473 = add i64 %c0e, 1328
  %474 = getelementptr float, ptr %accs, i64 %473
  %475 = load <16 x float>, ptr %474, align 64
  %476 = fmul <16 x float> %475, %splat101
  %477 = add i64 %c0e, 1344
  %478 = getelementptr float, ptr %accs, i64 %477
  %479 = load <16 x float>, ptr %478, align 64
  %480 = fmul <16 x float> %479, %splat101
  %481 = getelementptr float, ptr %alpha, i64 2
  %482 = load float, ptr %481, align 4
  %483 = insertelement <16 x float> poison, float %482, i32 0
  %splat102 = shufflevector <16 x float> %483, <16 x float> poison, <16 x i32> zeroinitializer
  %484 = add i64 %c0e, 2560
  %485 = getelementptr float, ptr %accs, i64 %484
  %486 = load <16 x float>, ptr %485, align 64
  %487 = fmul <16 x float> %486, %splat102
  %488 = add i64 %c0e, 2576
  %489 = getelementptr float, ptr %accs, i64 %488
  %490 = load <16 x float>, ptr %489, align 64
  %491 = fmul <16 x float> %490, %splat102
  %492 = add i64 %c0e, 2592
  %493 = getelementptr float, ptr %accs, i64 %492
  %494 = load <16 x float>, ptr %493, align 64
  %495 = fmul <16 x float> %494, %splat102
  %496 = add i64 %c0e, 2608
  %497 = getelementptr float, ptr %accs, i64 %496
  %498 = load <16 x float>, ptr %497, align 64
  %499 = fmul <16 x float> %498, %splat102
  %500 = add i64 %c0e, 2624
  %501 = getelementptr float, ptr %accs, i64 %500
  %502 = load <16 x float>, ptr %501, align 64
  %503 = fmul <16 x float> %502, %splat102
  %504 = getelementptr float, ptr %alpha, i64 3
  %505 = load float, ptr %504, align 4
  %506 = insertelement <16 x float> poison, float %505, i32 0
  %splat103 = shufflevector <16 x float> %506, <16 x float> poison, <16 x i32> zeroinitializer
  %507 = add i64 %c0e, 3840
  %508 = getelementptr float, ptr %accs, i64 %507
  %509 = load <16 x float>, ptr %508, align 64
  %510 = fmul <16 x float> %509, %splat103
  %511 = add i64 %c0e, 3856
  %512 = getelementptr float, ptr %accs, i64 %511
  %513 = load <16 x float>, ptr %512, align 64
  %514 = fmul <16 x float> %513, %splat103
  %515 = add i64 %c0e, 3872
  %516 = getelementptr float, ptr %accs, i64 %515
  %517 = load <16 x float>, ptr %516, align 64
  %518 = fmul <16 x float> %517, %splat103
  %519 = add i64 %c0e, 3888
  %520 = getelementptr float, ptr %accs, i64 %519
  %521 = load <16 x float>, ptr %520, align 64
  %522 = fmul <16 x float> %521, %splat103
  %523 = add i64 %c0e, 3904
  %524 = getelementptr float, ptr %accs, i64 %523
  %525 = load <16 x float>, ptr %524, align 64
  %526 = fmul <16 x float> %525, %splat103
  br label %kpv

kpv:                                              ; preds = %body104, %body96
  %pacc.sroa.76.0 = phi <16 x float> [ %526, %body96 ], [ %578, %body104 ]
  %pacc.sroa.72.0 = phi <16 x float> [ %522, %body96 ], [ %571, %body104 ]
  %pacc.sroa.68.0 = phi <16 x float> [ %518, %body96 ], [ %564, %body104 ]
  %pacc.sroa.64.0 = phi <16 x float> [ %514, %body96 ], [ %557, %body104 ]
  %pacc.sroa.60.0 = phi <16 x float> [ %510, %body96 ], [ %550, %body104 ]
  %pacc.sroa.56.0 = phi <16 x float> [ %503, %body96 ], [ %577, %body104 ]
  %pacc.sroa.52.0 = phi <16 x float> [ %499, %body96 ], [ %570, %body104 ]
  %pacc.sroa.48.0 = phi <16 x float> [ %495, %body96 ], [ %563, %body104 ]
  %pacc.sroa.44.0 = phi <16 x float> [ %491, %body96 ], [ %556, %body104 ]
  %pacc.sroa.40.0 = phi <16 x float> [ %487, %body96 ], [ %549, %body104 ]
  %pacc.sroa.36.0 = phi <16 x float> [ %480, %body96 ], [ %576, %body104 ]
  %pacc.sroa.32.0 = phi <16 x float> [ %476, %body96 ], [ %569, %body104 ]
  %pacc.sroa.28.0 = phi <16 x float> [ %472, %body96 ], [ %562, %body104 ]
  %pacc.sroa.24.0 = phi <16 x float> [ %468, %body96 ], [ %555, %body104 ]
  %pacc.sroa.20.0 = phi <16 x float> [ %464, %body96 ], [ %548, %body104 ]
  %pacc.sroa.16.0 = phi <16 x float> [ %457, %body96 ], [ %575, %body104 ]
  %pacc.sroa.12.0 = phi <16 x float> [ %453, %body96 ], [ %568, %body104 ]
  %pacc.sroa.8.0 = phi <16 x float> [ %449, %body96 ], [ %561, %body104 ]
  %pacc.sroa.4.0 = phi <16 x float> [ %445, %body96 ], [ %554, %body104 ]
  %pacc.sroa.0.0 = phi <16 x float> [ %441, %body96 ], [ %547, %body104 ]
  %kpv107 = phi i32 [ 0, %body96 ], [ %579, %body104 ]
  %527 = icmp slt i32 %kpv107, %434
  br i1 %527, label %body104, label %exit106

body104:                                          ; preds = %kpv
  %528 = add i32 %kblock13, %kpv107
  %529 = sext i32 %528 to i64
  %row108 = add i64 %20, %529
  %530 = mul i64 %row108, 2560
  %531 = getelementptr i8, ptr %19, i64 %530
  %532 = sext i32 %kpv107 to i64
  %533 = getelementptr float, ptr %pbuf, i64 %532
  %p = load float, ptr %533, align 4
  %534 = insertelement <16 x float> poison, float %p, i32 0
  %splat109 = shufflevector <16 x float> %534, <16 x float> poison, <16 x i32> zeroinitializer
  %535 = add i64 64, %532
  %536 = getelementptr float, ptr %pbuf, i64 %535
  %p110 = load float, ptr %536, align 4
  %537 = insertelement <16 x float> poison, float %p110, i32 0
  %splat111 = shufflevector <16 x float> %537, <16 x float> poison, <16 x i32> zeroinitializer
  %538 = add i64 128, %532
  %539 = getelementptr float, ptr %pbuf, i64 %538
  %p112 = load float, ptr %539, align 4
  %540 = insertelement <16 x float> poison, float %p112, i32 0
  %splat113 = shufflevector <16 x float> %540, <16 x float> poison, <16 x i32> zeroinitializer
  %541 = add i64 192, %532
  %542 = getelementptr float, ptr %pbuf, i64 %541
  %p114 = load float, ptr %542, align 4
  %543 = insertelement <16 x float> poison, float %p114, i32 0
  %splat115 = shufflevector <16 x float> %543, <16 x float> poison, <16 x i32> zeroinitializer
  %544 = mul i64 %c0e, 2
  %545 = getelementptr i8, ptr %531, i64 %544
  %546 = load <16 x half>, ptr %545, align 2
  %f16116 = fpext <16 x half> %546 to <16 x float>
  %547 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat109, <16 x float> %f16116, <16 x float> %pacc.sroa.0.0)
  %548 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat111, <16 x float> %f16116, <16 x float> %pacc.sroa.20.0)
  %549 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat113, <16 x float> %f16116, <16 x float> %pacc.sroa.40.0)
  %550 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat115, <16 x float> %f16116, <16 x float> %pacc.sroa.60.0)
  %551 = mul i64 %442, 2
  %552 = getelementptr i8, ptr %531, i64 %551
  %553 = load <16 x half>, ptr %552, align 2
  %f16117 = fpext <16 x half> %553 to <16 x float>
  %554 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat109, <16 x float> %f16117, <16 x float> %pacc.sroa.4.0)
  %555 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat111, <16 x float> %f16117, <16 x float> %pacc.sroa.24.0)
  %556 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat113, <16 x float> %f16117, <16 x float> %pacc.sroa.44.0)
  %557 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat115, <16 x float> %f16117, <16 x float> %pacc.sroa.64.0)
  %558 = mul i64 %446, 2
  %559 = getelementptr i8, ptr %531, i64 %558
  %560 = load <16 x half>, ptr %559, align 2
  %f16118 = fpext <16 x half> %560 to <16 x float>
  %561 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat109, <16 x float> %f16118, <16 x float> %pacc.sroa.8.0)
  %562 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat111, <16 x float> %f16118, <16 x float> %pacc.sroa.28.0)
  %563 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat113, <16 x float> %f16118, <16 x float> %pacc.sroa.48.0)
  %564 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat115, <16 x float> %f16118, <16 x float> %pacc.sroa.68.0)
  %565 = mul i64 %450, 2
  %566 = getelementptr i8, ptr %531, i64 %565
  %567 = load <16 x half>, ptr %566, align 2
  %f16119 = fpext <16 x half> %567 to <16 x float>
  %568 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat109, <16 x float> %f16119, <16 x float> %pacc.sroa.12.0)
  %569 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat111, <16 x float> %f16119, <16 x float> %pacc.sroa.32.0)
  %570 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat113, <16 x float> %f16119, <16 x float> %pacc.sroa.52.0)
  %571 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat115, <16 x float> %f16119, <16 x float> %pacc.sroa.72.0)
  %572 = mul i64 %454, 2
  %573 = getelementptr i8, ptr %531, i64 %572
  %574 = load <16 x half>, ptr %573, align 2
  %f16120 = fpext <16 x half> %574 to <16 x float>
  %575 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat109, <16 x float> %f16120, <16 x float> %pacc.sroa.16.0)
  %576 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat111, <16 x float> %f16120, <16 x float> %pacc.sroa.36.0)
  %577 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat113, <16 x float> %f16120, <16 x float> %pacc.sroa.56.0)
  %578 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat115, <16 x float> %f16120, <16 x float> %pacc.sroa.76.0)
  %579 = add nsw i32 %kpv107, 1
  br label %kpv

exit106:                                          ; preds = %kpv
  store <16 x float> %pacc.sroa.0.0, ptr %439, align 64
  store <16 x float> %pacc.sroa.4.0, ptr %443, align 64
  store <16 x float> %pacc.sroa.8.0, ptr %447, align 64
  store <16 x float> %pacc.sroa.12.0, ptr %451, align 64
  store <16 x float> %pacc.sroa.16.0, ptr %455, align 64
  store <16 x float> %pacc.sroa.20.0, ptr %462, align 64
  store <16 x float> %pacc.sroa.24.0, ptr %466, align 64
  store <16 x float> %pacc.sroa.28.0, ptr %470, align 64
  store <16 x float> %pacc.sroa.32.0, ptr %474, align 64
  store <16 x float> %pacc.sroa.36.0, ptr %478, align 64
  store <16 x float> %pacc.sroa.40.0, ptr %485, align 64
  store <16 x float> %pacc.sroa.44.0, ptr %489, align 64
  store <16 x float> %pacc.sroa.48.0, ptr %493, align 64
  store <16 x float> %pacc.sroa.52.0, ptr %497, align 64
  store <16 x float> %pacc.sroa.56.0, ptr %501, align 64
  store <16 x float> %pacc.sroa.60.0, ptr %508, align 64
  store <16 x float> %pacc.sroa.64.0, ptr %512, align 64
  store <16 x float> %pacc.sroa.68.0, ptr %516, align 64
  store <16 x float> %pacc.sroa.72.0, ptr %520, align 64
  store <16 x float> %pacc.sroa.76.0, ptr %524, align 64
  %580 = add nsw i64 %pvpass99, 1
  br label %pvpass

orow121:                                          ; preds = %kblock, %written
  %orow125 = phi i32 [ %601, %written ], [ 0, %kblock ]
  %581 = icmp slt i32 %orow125, %nrows
  br i1 %581, label %body122, label %done

body122:                                          ; preds = %orow121
  %582 = sext i32 %orow125 to i64
  %583 = getelementptr float, ptr %ms, i64 %582
  %m126 = load float, ptr %583, align 4
  %584 = getelementptr float, ptr %ls, i64 %582
  %l127 = load float, ptr %584, align 4
  %585 = mul i64 %582, 1280
  %586 = getelementptr float, ptr %accs, i64 %585
  %587 = icmp ne ptr %part, null
  br i1 %587, label %partial, label %final

partial:                                          ; preds = %body122
  %588 = sext i32 %nrows to i64
  %589 = getelementptr float, ptr %part, i64 %585
  br label %chunk128

final:                                            ; preds = %body122
  %590 = sdiv i32 %orow125, %nh
  %qi133 = add i32 %q_begin, %590
  %591 = srem i32 %orow125, %nh
  %h134 = add i32 %h_begin, %591
  %592 = mul i32 %kv_head, 20
  %hq135 = add i32 %592, %h134
  %593 = sext i32 %qi133 to i64
  %594 = add i64 %q_row0, %593
  %595 = mul i64 %594, 20
  %596 = sext i32 %hq135 to i64
  %orow136 = add i64 %595, %596
  %597 = fcmp oeq float %l127, 0.000000e+00
  %598 = fdiv float 1.000000e+00, %l127
  %599 = select i1 %597, float 0.000000e+00, float %598
  %600 = insertelement <16 x float> poison, float %599, i32 0
  %splat137 = shufflevector <16 x float> %600, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk138

written:                                          ; preds = %exit141, %exit131
  %601 = add nsw i32 %orow125, 1
  br label %orow121

chunk128:                                         ; preds = %body129, %partial
  %chunk132 = phi i64 [ 0, %partial ], [ %607, %body129 ]
  %602 = icmp slt i64 %chunk132, 80
  br i1 %602, label %body129, label %exit131

body129:                                          ; preds = %chunk128
  %603 = getelementptr <16 x float>, ptr %586, i64 %chunk132
  %604 = load <16 x float>, ptr %603, align 64
  %605 = mul i64 %chunk132, 64
  %606 = getelementptr i8, ptr %589, i64 %605
  store <16 x float> %604, ptr %606, align 4
  %607 = add nsw i64 %chunk132, 1
  br label %chunk128

exit131:                                          ; preds = %chunk128
  %608 = mul i64 %588, 1280
  %609 = add i64 %608, %582
  %610 = getelementptr float, ptr %part, i64 %609
  store float %m126, ptr %610, align 4
  %611 = add i64 %609, %588
  %612 = getelementptr float, ptr %part, i64 %611
  store float %l127, ptr %612, align 4
  br label %written

chunk138:                                         ; preds = %body139, %final
  %chunk142 = phi i64 [ 0, %final ], [ %619, %body139 ]
  %613 = icmp slt i64 %chunk142, 80
  br i1 %613, label %body139, label %exit141

body139:                                          ; preds = %chunk138
  %614 = getelementptr <16 x float>, ptr %586, i64 %chunk142
  %615 = load <16 x float>, ptr %614, align 64
  %616 = fmul <16 x float> %615, %splat137
  %617 = mul i64 %chunk142, 64
  %618 = getelementptr i8, ptr %586, i64 %617
  store <16 x float> %616, ptr %618, align 4
  %619 = add nsw i64 %chunk142, 1
  br label %chunk138

exit141:                                          ; preds = %chunk138
  %u = select i1 %597, ptr null, ptr %586
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
