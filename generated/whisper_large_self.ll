; ModuleID = 'whisper_large_self'
source_filename = "whisper_large_self"
target triple = "x86_64-unknown-linux-gnu"

@whisper_large_self.name = private unnamed_addr constant [19 x i8] c"whisper_large_self\00"
@whisper_large_self.spec = private unnamed_addr constant [386 x i8] c"attncc: 1\0Aname: whisper_large_self\0Aphase: decode\0Akind: self\0Aheads: {q: 20, kv: 20, dim: 64, v_dim: 64}\0Atypes: {q: f16, cache: f16, out: f16}\0Ascale: auto\0Acache: {store: k_only, layout: contiguous, order: token_major, capacity: 448, latent_dim: 0, rope_dim: 0, shared_across_layers: false}\0Amask: {causal: true}\0Aoutput: {lse: false}\0Aslim: {order: auto}\0Amodel: {layers: 32, d_model: 1280}\0A\00"
@whisper_large_self_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32, ptr, i32, i32, i32, i32, float, i32, i32, i32, i32, i32, ptr } { i32 7, i32 1, i64 -5420864161588737407, ptr @whisper_large_self.name, ptr @whisper_large_self.spec, i32 20, i32 20, i32 64, i32 64, i32 1, i32 1, i32 1, i32 0, i32 0, i32 0, i32 448, i32 1, i32 0, float 1.250000e-01, i32 1, i32 1280, i32 0, ptr null, i32 0, i32 0, i32 0, i32 0, float 0.000000e+00, i32 0, i32 0, i32 0, i32 0, i32 0, ptr null }, align 8
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
  %rinit1 = phi i32 [ %63, %exit8 ], [ 0, %entry ]
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
  %32 = add i32 %h_begin, %31
  %33 = mul i32 %kv_head, 20
  %hq = add i32 %33, %32
  %34 = sext i32 %qi to i64
  %35 = add i64 %q_row0, %34
  %36 = mul i64 %35, 20
  %37 = sext i32 %hq to i64
  %orow = add i64 %36, %37
  %38 = mul i64 %orow, 128
  %39 = getelementptr i8, ptr %q, i64 %38
  %40 = select i1 %27, float 0x3FC7154760000000, float 0.000000e+00
  %41 = insertelement <16 x float> poison, float %40, i32 0
  %splat = shufflevector <16 x float> %41, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

exit:                                             ; preds = %rinit
  %42 = sub i32 %nrows, 1
  %43 = sext i32 %42 to i64
  %44 = getelementptr i32, ptr %lims, i64 %43
  %fact = load i32, ptr %44, align 4
  %k_last = sub i32 %fact, 1
  br label %kblock

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %51, %body2 ]
  %45 = icmp slt i64 %chunk5, 4
  br i1 %45, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %46 = mul i64 %chunk5, 32
  %47 = getelementptr i8, ptr %39, i64 %46
  %48 = load <16 x half>, ptr %47, align 2
  %f16 = fpext <16 x half> %48 to <16 x float>
  %49 = fmul <16 x float> %f16, %splat
  %50 = getelementptr <16 x float>, ptr %26, i64 %chunk5
  store <16 x float> %49, ptr %50, align 64
  %51 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %52 = getelementptr float, ptr %ms, i64 %24
  store float 0xFFF0000000000000, ptr %52, align 4
  %53 = getelementptr float, ptr %ls, i64 %24
  store float 0.000000e+00, ptr %53, align 4
  %54 = getelementptr i32, ptr %lims, i64 %24
  %qpos = add i32 %q_pos0, %qi
  %55 = add i32 %qpos, 1
  %56 = call i32 @llvm.smin.i32(i32 %55, i32 %k_end)
  store i32 %56, ptr %54, align 4
  br label %acczero

acczero:                                          ; preds = %body6, %exit4
  %acczero9 = phi i64 [ 0, %exit4 ], [ %62, %body6 ]
  %57 = icmp slt i64 %acczero9, 80
  br i1 %57, label %body6, label %exit8

body6:                                            ; preds = %acczero
  %58 = mul i64 %acczero9, 16
  %59 = mul i64 %24, 1280
  %60 = add i64 %59, %58
  %61 = getelementptr float, ptr %accs, i64 %60
  store <16 x float> zeroinitializer, ptr %61, align 64
  %62 = add nsw i64 %acczero9, 1
  br label %acczero

exit8:                                            ; preds = %acczero
  %63 = add nsw i32 %rinit1, 1
  br label %rinit

kblock:                                           ; preds = %pvpass, %exit
  %kblock13 = phi i32 [ %k_begin, %exit ], [ %65, %pvpass ]
  %64 = icmp slt i32 %kblock13, %fact
  br i1 %64, label %body10, label %orow121

body10:                                           ; preds = %kblock
  %65 = add i32 %kblock13, 64
  %66 = sext i32 %h_begin to i64
  %slice = mul i64 %66, 64
  %67 = add i32 %h_begin, 1
  %68 = sext i32 %67 to i64
  %slice14 = mul i64 %68, 64
  %69 = add i32 %h_begin, 2
  %70 = sext i32 %69 to i64
  %slice15 = mul i64 %70, 64
  %71 = add i32 %h_begin, 3
  %72 = sext i32 %71 to i64
  %slice16 = mul i64 %72, 64
  br label %kdot

kdot:                                             ; preds = %body17, %body10
  %kdot20 = phi i32 [ 0, %body10 ], [ %240, %body17 ]
  %73 = icmp slt i32 %kdot20, 64
  br i1 %73, label %body17, label %score

body17:                                           ; preds = %kdot
  %74 = add i32 %kblock13, %kdot20
  %75 = call i32 @llvm.smin.i32(i32 %74, i32 %k_last)
  %76 = sext i32 %75 to i64
  %row = add i64 %21, %76
  %77 = mul i64 %row, 2560
  %78 = getelementptr i8, ptr %20, i64 %77
  %79 = add i32 %kdot20, 1
  %80 = add i32 %kblock13, %79
  %81 = call i32 @llvm.smin.i32(i32 %80, i32 %k_last)
  %82 = sext i32 %81 to i64
  %row21 = add i64 %21, %82
  %83 = mul i64 %row21, 2560
  %84 = getelementptr i8, ptr %20, i64 %83
  %q22 = load <16 x float>, ptr %qs, align 64
  %85 = mul i64 %slice, 2
  %86 = getelementptr i8, ptr %78, i64 %85
  %87 = load <16 x half>, ptr %86, align 2
  %f1623 = fpext <16 x half> %87 to <16 x float>
  %88 = getelementptr i8, ptr %84, i64 %85
  %89 = load <16 x half>, ptr %88, align 2
  %f1624 = fpext <16 x half> %89 to <16 x float>
  %90 = fmul <16 x float> %q22, %f1623
  %91 = fmul <16 x float> %q22, %f1624
  %92 = getelementptr <16 x float>, ptr %qs, i64 4
  %q25 = load <16 x float>, ptr %92, align 64
  %93 = mul i64 %slice14, 2
  %94 = getelementptr i8, ptr %78, i64 %93
  %95 = load <16 x half>, ptr %94, align 2
  %f1626 = fpext <16 x half> %95 to <16 x float>
  %96 = getelementptr i8, ptr %84, i64 %93
  %97 = load <16 x half>, ptr %96, align 2
  %f1627 = fpext <16 x half> %97 to <16 x float>
  %98 = fmul <16 x float> %q25, %f1626
  %99 = fmul <16 x float> %q25, %f1627
  %100 = getelementptr <16 x float>, ptr %qs, i64 8
  %q28 = load <16 x float>, ptr %100, align 64
  %101 = mul i64 %slice15, 2
  %102 = getelementptr i8, ptr %78, i64 %101
  %103 = load <16 x half>, ptr %102, align 2
  %f1629 = fpext <16 x half> %103 to <16 x float>
  %104 = getelementptr i8, ptr %84, i64 %101
  %105 = load <16 x half>, ptr %104, align 2
  %f1630 = fpext <16 x half> %105 to <16 x float>
  %106 = fmul <16 x float> %q28, %f1629
  %107 = fmul <16 x float> %q28, %f1630
  %108 = getelementptr <16 x float>, ptr %qs, i64 12
  %q31 = load <16 x float>, ptr %108, align 64
  %109 = mul i64 %slice16, 2
  %110 = getelementptr i8, ptr %78, i64 %109
  %111 = load <16 x half>, ptr %110, align 2
  %f1632 = fpext <16 x half> %111 to <16 x float>
  %112 = getelementptr i8, ptr %84, i64 %109
  %113 = load <16 x half>, ptr %112, align 2
  %f1633 = fpext <16 x half> %113 to <16 x float>
  %114 = fmul <16 x float> %q31, %f1632
  %115 = fmul <16 x float> %q31, %f1633
  %116 = getelementptr <16 x float>, ptr %qs, i64 1
  %q34 = load <16 x float>, ptr %116, align 64
  %117 = add i64 %slice, 16
  %118 = mul i64 %117, 2
  %119 = getelementptr i8, ptr %78, i64 %118
  %120 = load <16 x half>, ptr %119, align 2
  %f1635 = fpext <16 x half> %120 to <16 x float>
  %121 = getelementptr i8, ptr %84, i64 %118
  %122 = load <16 x half>, ptr %121, align 2
  %f1636 = fpext <16 x half> %122 to <16 x float>
  %123 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %f1635, <16 x float> %90)
  %124 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %f1636, <16 x float> %91)
  %125 = getelementptr <16 x float>, ptr %qs, i64 5
  %q37 = load <16 x float>, ptr %125, align 64
  %126 = add i64 %slice14, 16
  %127 = mul i64 %126, 2
  %128 = getelementptr i8, ptr %78, i64 %127
  %129 = load <16 x half>, ptr %128, align 2
  %f1638 = fpext <16 x half> %129 to <16 x float>
  %130 = getelementptr i8, ptr %84, i64 %127
  %131 = load <16 x half>, ptr %130, align 2
  %f1639 = fpext <16 x half> %131 to <16 x float>
  %132 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %f1638, <16 x float> %98)
  %133 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %f1639, <16 x float> %99)
  %134 = getelementptr <16 x float>, ptr %qs, i64 9
  %q40 = load <16 x float>, ptr %134, align 64
  %135 = add i64 %slice15, 16
  %136 = mul i64 %135, 2
  %137 = getelementptr i8, ptr %78, i64 %136
  %138 = load <16 x half>, ptr %137, align 2
  %f1641 = fpext <16 x half> %138 to <16 x float>
  %139 = getelementptr i8, ptr %84, i64 %136
  %140 = load <16 x half>, ptr %139, align 2
  %f1642 = fpext <16 x half> %140 to <16 x float>
  %141 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q40, <16 x float> %f1641, <16 x float> %106)
  %142 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q40, <16 x float> %f1642, <16 x float> %107)
  %143 = getelementptr <16 x float>, ptr %qs, i64 13
  %q43 = load <16 x float>, ptr %143, align 64
  %144 = add i64 %slice16, 16
  %145 = mul i64 %144, 2
  %146 = getelementptr i8, ptr %78, i64 %145
  %147 = load <16 x half>, ptr %146, align 2
  %f1644 = fpext <16 x half> %147 to <16 x float>
  %148 = getelementptr i8, ptr %84, i64 %145
  %149 = load <16 x half>, ptr %148, align 2
  %f1645 = fpext <16 x half> %149 to <16 x float>
  %150 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q43, <16 x float> %f1644, <16 x float> %114)
  %151 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q43, <16 x float> %f1645, <16 x float> %115)
  %152 = getelementptr <16 x float>, ptr %qs, i64 2
  %q46 = load <16 x float>, ptr %152, align 64
  %153 = add i64 %slice, 32
  %154 = mul i64 %153, 2
  %155 = getelementptr i8, ptr %78, i64 %154
  %156 = load <16 x half>, ptr %155, align 2
  %f1647 = fpext <16 x half> %156 to <16 x float>
  %157 = getelementptr i8, ptr %84, i64 %154
  %158 = load <16 x half>, ptr %157, align 2
  %f1648 = fpext <16 x half> %158 to <16 x float>
  %159 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q46, <16 x float> %f1647, <16 x float> %123)
  %160 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q46, <16 x float> %f1648, <16 x float> %124)
  %161 = getelementptr <16 x float>, ptr %qs, i64 6
  %q49 = load <16 x float>, ptr %161, align 64
  %162 = add i64 %slice14, 32
  %163 = mul i64 %162, 2
  %164 = getelementptr i8, ptr %78, i64 %163
  %165 = load <16 x half>, ptr %164, align 2
  %f1650 = fpext <16 x half> %165 to <16 x float>
  %166 = getelementptr i8, ptr %84, i64 %163
  %167 = load <16 x half>, ptr %166, align 2
  %f1651 = fpext <16 x half> %167 to <16 x float>
  %168 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q49, <16 x float> %f1650, <16 x float> %132)
  %169 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q49, <16 x float> %f1651, <16 x float> %133)
  %170 = getelementptr <16 x float>, ptr %qs, i64 10
  %q52 = load <16 x float>, ptr %170, align 64
  %171 = add i64 %slice15, 32
  %172 = mul i64 %171, 2
  %173 = getelementptr i8, ptr %78, i64 %172
  %174 = load <16 x half>, ptr %173, align 2
  %f1653 = fpext <16 x half> %174 to <16 x float>
  %175 = getelementptr i8, ptr %84, i64 %172
  %176 = load <16 x half>, ptr %175, align 2
  %f1654 = fpext <16 x half> %176 to <16 x float>
  %177 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q52, <16 x float> %f1653, <16 x float> %141)
  %178 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q52, <16 x float> %f1654, <16 x float> %142)
  %179 = getelementptr <16 x float>, ptr %qs, i64 14
  %q55 = load <16 x float>, ptr %179, align 64
  %180 = add i64 %slice16, 32
  %181 = mul i64 %180, 2
  %182 = getelementptr i8, ptr %78, i64 %181
  %183 = load <16 x half>, ptr %182, align 2
  %f1656 = fpext <16 x half> %183 to <16 x float>
  %184 = getelementptr i8, ptr %84, i64 %181
  %185 = load <16 x half>, ptr %184, align 2
  %f1657 = fpext <16 x half> %185 to <16 x float>
  %186 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q55, <16 x float> %f1656, <16 x float> %150)
  %187 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q55, <16 x float> %f1657, <16 x float> %151)
  %188 = getelementptr <16 x float>, ptr %qs, i64 3
  %q58 = load <16 x float>, ptr %188, align 64
  %189 = add i64 %slice, 48
  %190 = mul i64 %189, 2
  %191 = getelementptr i8, ptr %78, i64 %190
  %192 = load <16 x half>, ptr %191, align 2
  %f1659 = fpext <16 x half> %192 to <16 x float>
  %193 = getelementptr i8, ptr %84, i64 %190
  %194 = load <16 x half>, ptr %193, align 2
  %f1660 = fpext <16 x half> %194 to <16 x float>
  %195 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q58, <16 x float> %f1659, <16 x float> %159)
  %196 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q58, <16 x float> %f1660, <16 x float> %160)
  %197 = getelementptr <16 x float>, ptr %qs, i64 7
  %q61 = load <16 x float>, ptr %197, align 64
  %198 = add i64 %slice14, 48
  %199 = mul i64 %198, 2
  %200 = getelementptr i8, ptr %78, i64 %199
  %201 = load <16 x half>, ptr %200, align 2
  %f1662 = fpext <16 x half> %201 to <16 x float>
  %202 = getelementptr i8, ptr %84, i64 %199
  %203 = load <16 x half>, ptr %202, align 2
  %f1663 = fpext <16 x half> %203 to <16 x float>
  %204 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q61, <16 x float> %f1662, <16 x float> %168)
  %205 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q61, <16 x float> %f1663, <16 x float> %169)
  %206 = getelementptr <16 x float>, ptr %qs, i64 11
  %q64 = load <16 x float>, ptr %206, align 64
  %207 = add i64 %slice15, 48
  %208 = mul i64 %207, 2
  %209 = getelementptr i8, ptr %78, i64 %208
  %210 = load <16 x half>, ptr %209, align 2
  %f1665 = fpext <16 x half> %210 to <16 x float>
  %211 = getelementptr i8, ptr %84, i64 %208
  %212 = load <16 x half>, ptr %211, align 2
  %f1666 = fpext <16 x half> %212 to <16 x float>
  %213 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q64, <16 x float> %f1665, <16 x float> %177)
  %214 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q64, <16 x float> %f1666, <16 x float> %178)
  %215 = getelementptr <16 x float>, ptr %qs, i64 15
  %q67 = load <16 x float>, ptr %215, align 64
  %216 = add i64 %slice16, 48
  %217 = mul i64 %216, 2
  %218 = getelementptr i8, ptr %78, i64 %217
  %219 = load <16 x half>, ptr %218, align 2
  %f1668 = fpext <16 x half> %219 to <16 x float>
  %220 = getelementptr i8, ptr %84, i64 %217
  %221 = load <16 x half>, ptr %220, align 2
  %f1669 = fpext <16 x half> %221 to <16 x float>
  %222 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q67, <16 x float> %f1668, <16 x float> %186)
  %223 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q67, <16 x float> %f1669, <16 x float> %187)
  %224 = sext i32 %kdot20 to i64
  %225 = getelementptr <16 x float>, ptr %dbuf, i64 %224
  store <16 x float> %195, ptr %225, align 64
  %226 = sext i32 %79 to i64
  %227 = getelementptr <16 x float>, ptr %dbuf, i64 %226
  store <16 x float> %196, ptr %227, align 64
  %228 = add i64 64, %224
  %229 = getelementptr <16 x float>, ptr %dbuf, i64 %228
  store <16 x float> %204, ptr %229, align 64
  %230 = add i64 64, %226
  %231 = getelementptr <16 x float>, ptr %dbuf, i64 %230
  store <16 x float> %205, ptr %231, align 64
  %232 = add i64 128, %224
  %233 = getelementptr <16 x float>, ptr %dbuf, i64 %232
  store <16 x float> %213, ptr %233, align 64
  %234 = add i64 128, %226
  %235 = getelementptr <16 x float>, ptr %dbuf, i64 %234
  store <16 x float> %214, ptr %235, align 64
  %236 = add i64 192, %224
  %237 = getelementptr <16 x float>, ptr %dbuf, i64 %236
  store <16 x float> %222, ptr %237, align 64
  %238 = add i64 192, %226
  %239 = getelementptr <16 x float>, ptr %dbuf, i64 %238
  store <16 x float> %223, ptr %239, align 64
  %240 = add nsw i32 %kdot20, 2
  br label %kdot

score:                                            ; preds = %kdot, %body70
  %score73 = phi i64 [ %354, %body70 ], [ 0, %kdot ]
  %241 = icmp slt i64 %score73, 16
  br i1 %241, label %body70, label %rmax

body70:                                           ; preds = %score
  %242 = sdiv i64 %score73, 4
  %243 = srem i64 %score73, 4
  %244 = mul i64 %243, 16
  %245 = mul i64 %242, 64
  %246 = add i64 %245, %244
  %247 = getelementptr <16 x float>, ptr %dbuf, i64 %246
  %248 = load <16 x float>, ptr %247, align 64
  %249 = add i64 %246, 1
  %250 = getelementptr <16 x float>, ptr %dbuf, i64 %249
  %251 = load <16 x float>, ptr %250, align 64
  %252 = shufflevector <16 x float> %248, <16 x float> %251, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %253 = shufflevector <16 x float> %248, <16 x float> %251, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %254 = fadd <16 x float> %252, %253
  %255 = add i64 %246, 2
  %256 = getelementptr <16 x float>, ptr %dbuf, i64 %255
  %257 = load <16 x float>, ptr %256, align 64
  %258 = add i64 %246, 3
  %259 = getelementptr <16 x float>, ptr %dbuf, i64 %258
  %260 = load <16 x float>, ptr %259, align 64
  %261 = shufflevector <16 x float> %257, <16 x float> %260, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %262 = shufflevector <16 x float> %257, <16 x float> %260, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %263 = fadd <16 x float> %261, %262
  %264 = shufflevector <16 x float> %254, <16 x float> %263, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %265 = shufflevector <16 x float> %254, <16 x float> %263, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %266 = fadd <16 x float> %264, %265
  %267 = add i64 %246, 4
  %268 = getelementptr <16 x float>, ptr %dbuf, i64 %267
  %269 = load <16 x float>, ptr %268, align 64
  %270 = add i64 %246, 5
  %271 = getelementptr <16 x float>, ptr %dbuf, i64 %270
  %272 = load <16 x float>, ptr %271, align 64
  %273 = shufflevector <16 x float> %269, <16 x float> %272, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %274 = shufflevector <16 x float> %269, <16 x float> %272, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %275 = fadd <16 x float> %273, %274
  %276 = add i64 %246, 6
  %277 = getelementptr <16 x float>, ptr %dbuf, i64 %276
  %278 = load <16 x float>, ptr %277, align 64
  %279 = add i64 %246, 7
  %280 = getelementptr <16 x float>, ptr %dbuf, i64 %279
  %281 = load <16 x float>, ptr %280, align 64
  %282 = shufflevector <16 x float> %278, <16 x float> %281, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %283 = shufflevector <16 x float> %278, <16 x float> %281, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %284 = fadd <16 x float> %282, %283
  %285 = shufflevector <16 x float> %275, <16 x float> %284, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %286 = shufflevector <16 x float> %275, <16 x float> %284, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %287 = fadd <16 x float> %285, %286
  %288 = shufflevector <16 x float> %266, <16 x float> %287, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %289 = shufflevector <16 x float> %266, <16 x float> %287, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %290 = fadd <16 x float> %288, %289
  %291 = add i64 %246, 8
  %292 = getelementptr <16 x float>, ptr %dbuf, i64 %291
  %293 = load <16 x float>, ptr %292, align 64
  %294 = add i64 %246, 9
  %295 = getelementptr <16 x float>, ptr %dbuf, i64 %294
  %296 = load <16 x float>, ptr %295, align 64
  %297 = shufflevector <16 x float> %293, <16 x float> %296, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %298 = shufflevector <16 x float> %293, <16 x float> %296, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %299 = fadd <16 x float> %297, %298
  %300 = add i64 %246, 10
  %301 = getelementptr <16 x float>, ptr %dbuf, i64 %300
  %302 = load <16 x float>, ptr %301, align 64
  %303 = add i64 %246, 11
  %304 = getelementptr <16 x float>, ptr %dbuf, i64 %303
  %305 = load <16 x float>, ptr %304, align 64
  %306 = shufflevector <16 x float> %302, <16 x float> %305, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %307 = shufflevector <16 x float> %302, <16 x float> %305, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %308 = fadd <16 x float> %306, %307
  %309 = shufflevector <16 x float> %299, <16 x float> %308, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %310 = shufflevector <16 x float> %299, <16 x float> %308, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %311 = fadd <16 x float> %309, %310
  %312 = add i64 %246, 12
  %313 = getelementptr <16 x float>, ptr %dbuf, i64 %312
  %314 = load <16 x float>, ptr %313, align 64
  %315 = add i64 %246, 13
  %316 = getelementptr <16 x float>, ptr %dbuf, i64 %315
  %317 = load <16 x float>, ptr %316, align 64
  %318 = shufflevector <16 x float> %314, <16 x float> %317, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %319 = shufflevector <16 x float> %314, <16 x float> %317, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %320 = fadd <16 x float> %318, %319
  %321 = add i64 %246, 14
  %322 = getelementptr <16 x float>, ptr %dbuf, i64 %321
  %323 = load <16 x float>, ptr %322, align 64
  %324 = add i64 %246, 15
  %325 = getelementptr <16 x float>, ptr %dbuf, i64 %324
  %326 = load <16 x float>, ptr %325, align 64
  %327 = shufflevector <16 x float> %323, <16 x float> %326, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %328 = shufflevector <16 x float> %323, <16 x float> %326, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %329 = fadd <16 x float> %327, %328
  %330 = shufflevector <16 x float> %320, <16 x float> %329, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %331 = shufflevector <16 x float> %320, <16 x float> %329, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %332 = fadd <16 x float> %330, %331
  %333 = shufflevector <16 x float> %311, <16 x float> %332, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %334 = shufflevector <16 x float> %311, <16 x float> %332, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %335 = fadd <16 x float> %333, %334
  %336 = shufflevector <16 x float> %290, <16 x float> %335, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %337 = shufflevector <16 x float> %290, <16 x float> %335, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %338 = fadd <16 x float> %336, %337
  %339 = getelementptr i32, ptr %lims, i64 %242
  %340 = load i32, ptr %339, align 4
  %341 = insertelement <16 x i32> poison, i32 %340, i32 0
  %splat74 = shufflevector <16 x i32> %341, <16 x i32> poison, <16 x i32> zeroinitializer
  %342 = trunc i64 %244 to i32
  %343 = add i32 %kblock13, %342
  %344 = insertelement <16 x i32> poison, i32 %343, i32 0
  %splat75 = shufflevector <16 x i32> %344, <16 x i32> poison, <16 x i32> zeroinitializer
  %345 = add <16 x i32> %splat75, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %346 = icmp slt <16 x i32> %345, %splat74
  %347 = select <16 x i1> %346, <16 x float> %338, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %348 = getelementptr float, ptr %pbuf, i64 %246
  store <16 x float> %347, ptr %348, align 64
  %349 = getelementptr <16 x float>, ptr %smax, i64 %242
  %350 = icmp eq i64 %243, 0
  %351 = load <16 x float>, ptr %349, align 64
  %352 = select i1 %350, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <16 x float> %351
  %353 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %352, <16 x float> %347)
  store <16 x float> %353, ptr %349, align 64
  %354 = add nsw i64 %score73, 1
  br label %score

rmax:                                             ; preds = %score, %body76
  %rmax79 = phi i64 [ %391, %body76 ], [ 0, %score ]
  %355 = icmp slt i64 %rmax79, 4
  br i1 %355, label %body76, label %pexp

body76:                                           ; preds = %rmax
  %356 = getelementptr float, ptr %ms, i64 %rmax79
  %m = load float, ptr %356, align 4
  %357 = getelementptr <16 x float>, ptr %smax, i64 %rmax79
  %358 = load <16 x float>, ptr %357, align 64
  %359 = shufflevector <16 x float> %358, <16 x float> undef, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %360 = shufflevector <16 x float> %358, <16 x float> undef, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %361 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %359, <8 x float> %360)
  %362 = shufflevector <8 x float> %361, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %363 = shufflevector <8 x float> %361, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %364 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %362, <4 x float> %363)
  %365 = shufflevector <4 x float> %364, <4 x float> undef, <2 x i32> <i32 0, i32 1>
  %366 = shufflevector <4 x float> %364, <4 x float> undef, <2 x i32> <i32 2, i32 3>
  %367 = call <2 x float> @llvm.maxnum.v2f32(<2 x float> %365, <2 x float> %366)
  %368 = shufflevector <2 x float> %367, <2 x float> undef, <1 x i32> zeroinitializer
  %369 = shufflevector <2 x float> %367, <2 x float> undef, <1 x i32> <i32 1>
  %370 = call <1 x float> @llvm.maxnum.v1f32(<1 x float> %368, <1 x float> %369)
  %371 = extractelement <1 x float> %370, i32 0
  %372 = call float @llvm.maxnum.f32(float %m, float %371)
  %373 = fcmp oeq float %372, 0xFFF0000000000000
  %muse80 = select i1 %373, float 0.000000e+00, float %372
  %374 = fsub float %m, %muse80
  %375 = insertelement <16 x float> poison, float %374, i32 0
  %splat81 = shufflevector <16 x float> %375, <16 x float> poison, <16 x i32> zeroinitializer
  %376 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat81, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %377 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %376, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %378 = fadd <16 x float> %377, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %378, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %377, %n
  %379 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %380 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %379, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %381 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %380, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %382 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %381, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %383 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %382, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %384 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %383, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %385 = fptosi <16 x float> %n to <16 x i32>
  %386 = add <16 x i32> %385, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %387 = shl <16 x i32> %386, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %388 = bitcast <16 x i32> %387 to <16 x float>
  %exp2 = fmul <16 x float> %384, %388
  %alpha82 = extractelement <16 x float> %exp2, i32 0
  store float %372, ptr %356, align 4
  %389 = getelementptr float, ptr %muse, i64 %rmax79
  store float %muse80, ptr %389, align 4
  %390 = getelementptr float, ptr %alpha, i64 %rmax79
  store float %alpha82, ptr %390, align 4
  %391 = add nsw i64 %rmax79, 1
  br label %rmax

pexp:                                             ; preds = %rmax, %body83
  %pexp86 = phi i64 [ %422, %body83 ], [ 0, %rmax ]
  %392 = icmp slt i64 %pexp86, 16
  br i1 %392, label %body83, label %lsum91

body83:                                           ; preds = %pexp
  %393 = sdiv i64 %pexp86, 4
  %394 = srem i64 %pexp86, 4
  %395 = mul i64 %394, 16
  %396 = mul i64 %393, 64
  %397 = add i64 %396, %395
  %398 = getelementptr float, ptr %pbuf, i64 %397
  %399 = getelementptr float, ptr %muse, i64 %393
  %400 = load float, ptr %399, align 4
  %401 = insertelement <16 x float> poison, float %400, i32 0
  %splat87 = shufflevector <16 x float> %401, <16 x float> poison, <16 x i32> zeroinitializer
  %402 = load <16 x float>, ptr %398, align 64
  %403 = fsub <16 x float> %402, %splat87
  %404 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %403, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %405 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %404, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %406 = fadd <16 x float> %405, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n88 = fsub <16 x float> %406, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f89 = fsub <16 x float> %405, %n88
  %407 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f89, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %408 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %407, <16 x float> %f89, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %409 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %408, <16 x float> %f89, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %410 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %409, <16 x float> %f89, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %411 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %410, <16 x float> %f89, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %412 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %411, <16 x float> %f89, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %413 = fptosi <16 x float> %n88 to <16 x i32>
  %414 = add <16 x i32> %413, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %415 = shl <16 x i32> %414, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %416 = bitcast <16 x i32> %415 to <16 x float>
  %exp290 = fmul <16 x float> %412, %416
  store <16 x float> %exp290, ptr %398, align 64
  %417 = getelementptr <16 x float>, ptr %lsum, i64 %393
  %418 = icmp eq i64 %394, 0
  %419 = load <16 x float>, ptr %417, align 64
  %420 = select i1 %418, <16 x float> zeroinitializer, <16 x float> %419
  %421 = fadd <16 x float> %420, %exp290
  store <16 x float> %421, ptr %417, align 64
  %422 = add nsw i64 %pexp86, 1
  br label %pexp

lsum91:                                           ; preds = %pexp, %body92
  %lsum95 = phi i64 [ %431, %body92 ], [ 0, %pexp ]
  %423 = icmp slt i64 %lsum95, 4
  br i1 %423, label %body92, label %exit94

body92:                                           ; preds = %lsum91
  %424 = getelementptr float, ptr %ls, i64 %lsum95
  %425 = getelementptr float, ptr %alpha, i64 %lsum95
  %426 = load float, ptr %425, align 4
  %427 = getelementptr <16 x float>, ptr %lsum, i64 %lsum95
  %428 = load <16 x float>, ptr %427, align 64
  %429 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %428)
  %l = load float, ptr %424, align 4
  %430 = call float @llvm.fmuladd.f32(float %l, float %426, float %429)
  store float %430, ptr %424, align 4
  %431 = add nsw i64 %lsum95, 1
  br label %lsum91

exit94:                                           ; preds = %lsum91
  %432 = sub i32 %fact, %kblock13
  %433 = call i32 @llvm.smin.i32(i32 64, i32 %432)
  br label %pvpass

pvpass:                                           ; preds = %exit106, %exit94
  %pvpass99 = phi i64 [ 0, %exit94 ], [ %579, %exit106 ]
  %434 = icmp slt i64 %pvpass99, 16
  br i1 %434, label %body96, label %kblock

body96:                                           ; preds = %pvpass
  %c0 = mul i64 %pvpass99, 5
  %c0e = mul i64 %c0, 16
  %435 = mul i64 %c0e, 16
  %436 = load float, ptr %alpha, align 4
  %437 = insertelement <16 x float> poison, float %436, i32 0
  %splat100 = shufflevector <16 x float> %437, <16 x float> poison, <16 x i32> zeroinitializer
  %438 = getelementptr float, ptr %accs, i64 %c0e
  %439 = load <16 x float>, ptr %438, align 64
  %440 = fmul <16 x float> %439, %splat100
  %441 = add i64 %c0e, 16
  %442 = getelementptr float, ptr %accs, i64 %441
  %443 = load <16 x float>, ptr %442, align 64
  %444 = fmul <16 x float> %443, %splat100
  %445 = add i64 %c0e, 32
  %446 = getelementptr float, ptr %accs, i64 %445
  %447 = load <16 x float>, ptr %446, align 64
  %448 = fmul <16 x float> %447, %splat100
  %449 = add i64 %c0e, 48
  %450 = getelementptr float, ptr %accs, i64 %449
  %451 = load <16 x float>, ptr %450, align 64
  %452 = fmul <16 x float> %451, %splat100
  %453 = add i64 %c0e, 64
  %454 = getelementptr float, ptr %accs, i64 %453
  %455 = load <16 x float>, ptr %454, align 64
  %456 = fmul <16 x float> %455, %splat100
  %457 = getelementptr float, ptr %alpha, i64 1
  %458 = load float, ptr %457, align 4
  %459 = insertelement <16 x float> poison, float %458, i32 0
  %splat101 = shufflevector <16 x float> %459, <16 x float> poison, <16 x i32> zeroinitializer
  %460 = add i64 %c0e, 1280
  %461 = getelementptr float, ptr %accs, i64 %460
  %462 = load <16 x float>, ptr %461, align 64
  %463 = fmul <16 x float> %462, %splat101
  %464 = add i64 %c0e, 1296
  %465 = getelementptr float, ptr %accs, i64 %464
  %466 = load <16 x float>, ptr %465, align 64
  %467 = fmul <16 x float> %466, %splat101
  %468 = add i64 %c0e, 1312
  %469 = getelementptr float, ptr %accs, i64 %468
  %470 = load <16 x float>, ptr %469, align 64
  %471 = fmul <16 x float> %470, %splat101
  %472 = add i64 %c0e, 1328
  %473 = getelementptr float, ptr %accs, i64 %472
  %474 = load <16 x float>, ptr %473, align 64
  %475 = fmul <16 x float> %474, %splat101
  %476 = add i64 %c0e, 1344
  %477 = getelementptr float, ptr %accs, i64 %476
  %478 = load <16 x float>, ptr %477, align 64
  %479 = fmul <16 x float> %478, %splat101
  %480 = getelementptr float, ptr %alpha, i64 2
  %481 = load float, ptr %480, align 4
  %482 = insertelement <16 x float> poison, float %481, i32 0
  %splat102 = shufflevector <16 x float> %482, <16 x float> poison, <16 x i32> zeroinitializer
  %483 = add i64 %c0e, 2560
  %484 = getelementptr float, ptr %accs, i64 %483
  %485 = load <16 x float>, ptr %484, align 64
  %486 = fmul <16 x float> %485, %splat102
  %487 = add i64 %c0e, 2576
  %488 = getelementptr float, ptr %accs, i64 %487
  %489 = load <16 x float>, ptr %488, align 64
  %490 = fmul <16 x float> %489, %splat102
  %491 = add i64 %c0e, 2592
  %492 = getelementptr float, ptr %accs, i64 %491
  %493 = load <16 x float>, ptr %492, align 64
  %494 = fmul <16 x float> %493, %splat102
  %495 = add i64 %c0e, 2608
  %496 = getelementptr float, ptr %accs, i64 %495
  %497 = load <16 x float>, ptr %496, align 64
  %498 = fmul <16 x float> %497, %splat102
  %499 = add i64 %c0e, 2624
  %500 = getelementptr float, ptr %accs, i64 %499
  %501 = load <16 x float>, ptr %500, align 64
  %502 = fmul <16 x float> %501, %splat102
  %503 = getelementptr float, ptr %alpha, i64 3
  %504 = load float, ptr %503, align 4
  %505 = insertelement <16 x float> poison, float %504, i32 0
  %splat103 = shufflevector <16 x float> %505, <16 x float> poison, <16 x i32> zeroinitializer
  %506 = add i64 %c0e, 3840
  %507 = getelementptr float, ptr %accs, i64 %506
  %508 = load <16 x float>, ptr %507, align 64
  %509 = fmul <16 x float> %508, %splat103
  %510 = add i64 %c0e, 3856
  %511 = getelementptr float, ptr %accs, i64 %510
  %512 = load <16 x float>, ptr %511, align 64
  %513 = fmul <16 x float> %512, %splat103
  %514 = add i64 %c0e, 3872
  %515 = getelementptr float, ptr %accs, i64 %514
  %516 = load <16 x float>, ptr %515, align 64
  %517 = fmul <16 x float> %516, %splat103
  %518 = add i64 %c0e, 3888
  %519 = getelementptr float, ptr %accs, i64 %518
  %520 = load <16 x float>, ptr %519, align 64
  %521 = fmul <16 x float> %520, %splat103
  %522 = add i64 %c0e, 3904
  %523 = getelementptr float, ptr %accs, i64 %522
  %524 = load <16 x float>, ptr %523, align 64
  %525 = fmul <16 x float> %524, %splat103
  br label %kpv

kpv:                                              ; preds = %body104, %body96
  %pacc.sroa.76.0 = phi <16 x float> [ %525, %body96 ], [ %577, %body104 ]
  %pacc.sroa.72.0 = phi <16 x float> [ %521, %body96 ], [ %570, %body104 ]
  %pacc.sroa.68.0 = phi <16 x float> [ %517, %body96 ], [ %563, %body104 ]
  %pacc.sroa.64.0 = phi <16 x float> [ %513, %body96 ], [ %556, %body104 ]
  %pacc.sroa.60.0 = phi <16 x float> [ %509, %body96 ], [ %549, %body104 ]
  %pacc.sroa.56.0 = phi <16 x float> [ %502, %body96 ], [ %576, %body104 ]
  %pacc.sroa.52.0 = phi <16 x float> [ %498, %body96 ], [ %569, %body104 ]
  %pacc.sroa.48.0 = phi <16 x float> [ %494, %body96 ], [ %562, %body104 ]
  %pacc.sroa.44.0 = phi <16 x float> [ %490, %body96 ], [ %555, %body104 ]
  %pacc.sroa.40.0 = phi <16 x float> [ %486, %body96 ], [ %548, %body104 ]
  %pacc.sroa.36.0 = phi <16 x float> [ %479, %body96 ], [ %575, %body104 ]
  %pacc.sroa.32.0 = phi <16 x float> [ %475, %body96 ], [ %568, %body104 ]
  %pacc.sroa.28.0 = phi <16 x float> [ %471, %body96 ], [ %561, %body104 ]
  %pacc.sroa.24.0 = phi <16 x float> [ %467, %body96 ], [ %554, %body104 ]
  %pacc.sroa.20.0 = phi <16 x float> [ %463, %body96 ], [ %547, %body104 ]
  %pacc.sroa.16.0 = phi <16 x float> [ %456, %body96 ], [ %574, %body104 ]
  %pacc.sroa.12.0 = phi <16 x float> [ %452, %body96 ], [ %567, %body104 ]
  %pacc.sroa.8.0 = phi <16 x float> [ %448, %body96 ], [ %560, %body104 ]
  %pacc.sroa.4.0 = phi <16 x float> [ %444, %body96 ], [ %553, %body104 ]
  %pacc.sroa.0.0 = phi <16 x float> [ %440, %body96 ], [ %546, %body104 ]
  %kpv107 = phi i32 [ 0, %body96 ], [ %578, %body104 ]
  %526 = icmp slt i32 %kpv107, %433
  br i1 %526, label %body104, label %exit106

body104:                                          ; preds = %kpv
  %527 = add i32 %kblock13, %kpv107
  %528 = sext i32 %527 to i64
  %row108 = add i64 %21, %528
  %529 = mul i64 %row108, 2560
  %530 = getelementptr i8, ptr %20, i64 %529
  %531 = sext i32 %kpv107 to i64
  %532 = getelementptr float, ptr %pbuf, i64 %531
  %p = load float, ptr %532, align 4
  %533 = insertelement <16 x float> poison, float %p, i32 0
  %splat109 = shufflevector <16 x float> %533, <16 x float> poison, <16 x i32> zeroinitializer
  %534 = add i64 64, %531
  %535 = getelementptr float, ptr %pbuf, i64 %534
  %p110 = load float, ptr %535, align 4
  %536 = insertelement <16 x float> poison, float %p110, i32 0
  %splat111 = shufflevector <16 x float> %536, <16 x float> poison, <16 x i32> zeroinitializer
  %537 = add i64 128, %531
  %538 = getelementptr float, ptr %pbuf, i64 %537
  %p112 = load float, ptr %538, align 4
  %539 = insertelement <16 x float> poison, float %p112, i32 0
  %splat113 = shufflevector <16 x float> %539, <16 x float> poison, <16 x i32> zeroinitializer
  %540 = add i64 192, %531
  %541 = getelementptr float, ptr %pbuf, i64 %540
  %p114 = load float, ptr %541, align 4
  %542 = insertelement <16 x float> poison, float %p114, i32 0
  %splat115 = shufflevector <16 x float> %542, <16 x float> poison, <16 x i32> zeroinitializer
  %543 = mul i64 %c0e, 2
  %544 = getelementptr i8, ptr %530, i64 %543
  %545 = load <16 x half>, ptr %544, align 2
  %f16116 = fpext <16 x half> %545 to <16 x float>
  %546 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat109, <16 x float> %f16116, <16 x float> %pacc.sroa.0.0)
  %547 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat111, <16 x float> %f16116, <16 x float> %pacc.sroa.20.0)
  %548 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat113, <16 x float> %f16116, <16 x float> %pacc.sroa.40.0)
  %549 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat115, <16 x float> %f16116, <16 x float> %pacc.sroa.60.0)
  %550 = mul i64 %441, 2
  %551 = getelementptr i8, ptr %530, i64 %550
  %552 = load <16 x half>, ptr %551, align 2
  %f16117 = fpext <16 x half> %552 to <16 x float>
  %553 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat109, <16 x float> %f16117, <16 x float> %pacc.sroa.4.0)
  %554 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat111, <16 x float> %f16117, <16 x float> %pacc.sroa.24.0)
  %555 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat113, <16 x float> %f16117, <16 x float> %pacc.sroa.44.0)
  %556 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat115, <16 x float> %f16117, <16 x float> %pacc.sroa.64.0)
  %557 = mul i64 %445, 2
  %558 = getelementptr i8, ptr %530, i64 %557
  %559 = load <16 x half>, ptr %558, align 2
  %f16118 = fpext <16 x half> %559 to <16 x float>
  %560 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat109, <16 x float> %f16118, <16 x float> %pacc.sroa.8.0)
  %561 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat111, <16 x float> %f16118, <16 x float> %pacc.sroa.28.0)
  %562 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat113, <16 x float> %f16118, <16 x float> %pacc.sroa.48.0)
  %563 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat115, <16 x float> %f16118, <16 x float> %pacc.sroa.68.0)
  %564 = mul i64 %449, 2
  %565 = getelementptr i8, ptr %530, i64 %564
  %566 = load <16 x half>, ptr %565, align 2
  %f16119 = fpext <16 x half> %566 to <16 x float>
  %567 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat109, <16 x float> %f16119, <16 x float> %pacc.sroa.12.0)
  %568 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat111, <16 x float> %f16119, <16 x float> %pacc.sroa.32.0)
  %569 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat113, <16 x float> %f16119, <16 x float> %pacc.sroa.52.0)
  %570 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat115, <16 x float> %f16119, <16 x float> %pacc.sroa.72.0)
  %571 = mul i64 %453, 2
  %572 = getelementptr i8, ptr %530, i64 %571
  %573 = load <16 x half>, ptr %572, align 2
  %f16120 = fpext <16 x half> %573 to <16 x float>
  %574 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat109, <16 x float> %f16120, <16 x float> %pacc.sroa.16.0)
  %575 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat111, <16 x float> %f16120, <16 x float> %pacc.sroa.36.0)
  %576 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat113, <16 x float> %f16120, <16 x float> %pacc.sroa.56.0)
  %577 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat115, <16 x float> %f16120, <16 x float> %pacc.sroa.76.0)
  %578 = add nsw i32 %kpv107, 1
  br label %kpv

exit106:                                          ; preds = %kpv
  store <16 x float> %pacc.sroa.0.0, ptr %438, align 64
  store <16 x float> %pacc.sroa.4.0, ptr %442, align 64
  store <16 x float> %pacc.sroa.8.0, ptr %446, align 64
  store <16 x float> %pacc.sroa.12.0, ptr %450, align 64
  store <16 x float> %pacc.sroa.16.0, ptr %454, align 64
  store <16 x float> %pacc.sroa.20.0, ptr %461, align 64
  store <16 x float> %pacc.sroa.24.0, ptr %465, align 64
  store <16 x float> %pacc.sroa.28.0, ptr %469, align 64
  store <16 x float> %pacc.sroa.32.0, ptr %473, align 64
  store <16 x float> %pacc.sroa.36.0, ptr %477, align 64
  store <16 x float> %pacc.sroa.40.0, ptr %484, align 64
  store <16 x float> %pacc.sroa.44.0, ptr %488, align 64
  store <16 x float> %pacc.sroa.48.0, ptr %492, align 64
  store <16 x float> %pacc.sroa.52.0, ptr %496, align 64
  store <16 x float> %pacc.sroa.56.0, ptr %500, align 64
  store <16 x float> %pacc.sroa.60.0, ptr %507, align 64
  store <16 x float> %pacc.sroa.64.0, ptr %511, align 64
  store <16 x float> %pacc.sroa.68.0, ptr %515, align 64
  store <16 x float> %pacc.sroa.72.0, ptr %519, align 64
  store <16 x float> %pacc.sroa.76.0, ptr %523, align 64
  %579 = add nsw i64 %pvpass99, 1
  br label %pvpass

orow121:                                          ; preds = %kblock, %written
  %orow125 = phi i32 [ %601, %written ], [ 0, %kblock ]
  %580 = icmp slt i32 %orow125, %nrows
  br i1 %580, label %body122, label %done

body122:                                          ; preds = %orow121
  %581 = sext i32 %orow125 to i64
  %582 = getelementptr float, ptr %ms, i64 %581
  %m126 = load float, ptr %582, align 4
  %583 = getelementptr float, ptr %ls, i64 %581
  %l127 = load float, ptr %583, align 4
  %584 = mul i64 %581, 1280
  %585 = getelementptr float, ptr %accs, i64 %584
  %586 = icmp ne ptr %part, null
  br i1 %586, label %partial, label %final

partial:                                          ; preds = %body122
  %587 = sext i32 %nrows to i64
  %588 = getelementptr float, ptr %part, i64 %584
  br label %chunk128

final:                                            ; preds = %body122
  %589 = sdiv i32 %orow125, %nh
  %qi133 = add i32 %q_begin, %589
  %590 = srem i32 %orow125, %nh
  %591 = add i32 %h_begin, %590
  %592 = mul i32 %kv_head, 20
  %hq134 = add i32 %592, %591
  %593 = sext i32 %qi133 to i64
  %594 = add i64 %q_row0, %593
  %595 = mul i64 %594, 20
  %596 = sext i32 %hq134 to i64
  %orow135 = add i64 %595, %596
  %597 = fcmp oeq float %l127, 0.000000e+00
  %598 = fdiv float 1.000000e+00, %l127
  %599 = select i1 %597, float 0.000000e+00, float %598
  %600 = insertelement <16 x float> poison, float %599, i32 0
  %splat136 = shufflevector <16 x float> %600, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk137

written:                                          ; preds = %exit140, %exit131
  %601 = add nsw i32 %orow125, 1
  br label %orow121

chunk128:                                         ; preds = %body129, %partial
  %chunk132 = phi i64 [ 0, %partial ], [ %607, %body129 ]
  %602 = icmp slt i64 %chunk132, 80
  br i1 %602, label %body129, label %exit131

body129:                                          ; preds = %chunk128
  %603 = getelementptr <16 x float>, ptr %585, i64 %chunk132
  %604 = load <16 x float>, ptr %603, align 64
  %605 = mul i64 %chunk132, 64
  %606 = getelementptr i8, ptr %588, i64 %605
  store <16 x float> %604, ptr %606, align 4
  %607 = add nsw i64 %chunk132, 1
  br label %chunk128

exit131:                                          ; preds = %chunk128
  %608 = mul i64 %587, 1280
  %609 = add i64 %608, %581
  %610 = getelementptr float, ptr %part, i64 %609
  store float %m126, ptr %610, align 4
  %611 = add i64 %609, %587
  %612 = getelementptr float, ptr %part, i64 %611
  store float %l127, ptr %612, align 4
  br label %written

chunk137:                                         ; preds = %body138, %final
  %chunk141 = phi i64 [ 0, %final ], [ %619, %body138 ]
  %613 = icmp slt i64 %chunk141, 80
  br i1 %613, label %body138, label %exit140

body138:                                          ; preds = %chunk137
  %614 = getelementptr <16 x float>, ptr %585, i64 %chunk141
  %615 = load <16 x float>, ptr %614, align 64
  %616 = fmul <16 x float> %615, %splat136
  %617 = mul i64 %chunk141, 64
  %618 = getelementptr i8, ptr %585, i64 %617
  store <16 x float> %616, ptr %618, align 4
  %619 = add nsw i64 %chunk141, 1
  br label %chunk137

exit140:                                          ; preds = %chunk137
  %u = select i1 %597, ptr null, ptr %585
  call void @whisper_large_self_project(ptr %0, ptr %u, i64 %orow135)
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
