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
  %18 = sext i32 %kv_head to i64
  %19 = mul i64 %17, 448
  %20 = add i64 %19, %18
  %21 = mul i64 %20, 2560
  %22 = getelementptr i8, ptr %k_cache, i64 %21
  %23 = icmp sgt i32 %nrows, 0
  br i1 %23, label %rinit, label %done

done:                                             ; preds = %orow119, %entry
  ret void

rinit:                                            ; preds = %entry, %exit8
  %rinit1 = phi i32 [ %67, %exit8 ], [ 0, %entry ]
  %24 = icmp slt i32 %rinit1, 4
  br i1 %24, label %body, label %exit

body:                                             ; preds = %rinit
  %25 = sext i32 %rinit1 to i64
  %26 = mul i64 %25, 4
  %27 = getelementptr <16 x float>, ptr %qs, i64 %26
  %28 = icmp slt i32 %rinit1, %nrows
  %29 = sub i32 %nrows, 1
  %30 = call i32 @llvm.smin.i32(i32 %rinit1, i32 %29)
  %31 = sdiv i32 %30, %nh
  %qi = add i32 %q_begin, %31
  %32 = srem i32 %30, %nh
  %h = add i32 %h_begin, %32
  %33 = mul i32 %kv_head, 20
  %hq = add i32 %33, %h
  %34 = sext i32 %qi to i64
  %35 = add i64 %q_row0, %34
  %36 = mul i64 %35, 20
  %37 = sext i32 %hq to i64
  %orow = add i64 %36, %37
  %38 = mul i64 %orow, 128
  %39 = getelementptr i8, ptr %q, i64 %38
  %40 = select i1 %28, float 0x3FC7154760000000, float 0.000000e+00
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
  %48 = icmp slt i64 %chunk5, 4
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
  %61 = icmp slt i64 %acczero9, 80
  br i1 %61, label %body6, label %exit8

body6:                                            ; preds = %acczero
  %62 = mul i64 %acczero9, 16
  %63 = mul i64 %25, 1280
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
  br i1 %68, label %body10, label %orow119

body10:                                           ; preds = %kblock
  %69 = add i32 %kblock13, 64
  %70 = sext i32 %h_begin to i64
  %slice = mul i64 %70, 128
  %71 = add i32 %h_begin, 1
  %72 = sext i32 %71 to i64
  %slice14 = mul i64 %72, 128
  %73 = add i32 %h_begin, 2
  %74 = sext i32 %73 to i64
  %slice15 = mul i64 %74, 128
  %75 = add i32 %h_begin, 3
  %76 = sext i32 %75 to i64
  %slice16 = mul i64 %76, 128
  br label %kdot

kdot:                                             ; preds = %body17, %body10
  %kdot20 = phi i32 [ 0, %body10 ], [ %228, %body17 ]
  %77 = icmp slt i32 %kdot20, 64
  br i1 %77, label %body17, label %score

body17:                                           ; preds = %kdot
  %78 = add i32 %kblock13, %kdot20
  %79 = call i32 @llvm.smin.i32(i32 %78, i32 %k_last)
  %80 = sext i32 %79 to i64
  %81 = mul i64 %80, 2560
  %82 = getelementptr i8, ptr %22, i64 %81
  %83 = add i32 %kdot20, 1
  %84 = add i32 %kblock13, %83
  %85 = call i32 @llvm.smin.i32(i32 %84, i32 %k_last)
  %86 = sext i32 %85 to i64
  %87 = mul i64 %86, 2560
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
  %95 = getelementptr <16 x float>, ptr %qs, i64 4
  %q24 = load <16 x float>, ptr %95, align 64
  %96 = getelementptr i8, ptr %82, i64 %slice14
  %97 = load <16 x half>, ptr %96, align 2
  %f1625 = fpext <16 x half> %97 to <16 x float>
  %98 = getelementptr i8, ptr %88, i64 %slice14
  %99 = load <16 x half>, ptr %98, align 2
  %f1626 = fpext <16 x half> %99 to <16 x float>
  %100 = fmul <16 x float> %q24, %f1625
  %101 = fmul <16 x float> %q24, %f1626
  %102 = getelementptr <16 x float>, ptr %qs, i64 8
  %q27 = load <16 x float>, ptr %102, align 64
  %103 = getelementptr i8, ptr %82, i64 %slice15
  %104 = load <16 x half>, ptr %103, align 2
  %f1628 = fpext <16 x half> %104 to <16 x float>
  %105 = getelementptr i8, ptr %88, i64 %slice15
  %106 = load <16 x half>, ptr %105, align 2
  %f1629 = fpext <16 x half> %106 to <16 x float>
  %107 = fmul <16 x float> %q27, %f1628
  %108 = fmul <16 x float> %q27, %f1629
  %109 = getelementptr <16 x float>, ptr %qs, i64 12
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
  %124 = getelementptr <16 x float>, ptr %qs, i64 5
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
  %132 = getelementptr <16 x float>, ptr %qs, i64 9
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
  %140 = getelementptr <16 x float>, ptr %qs, i64 13
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
  %156 = getelementptr <16 x float>, ptr %qs, i64 6
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
  %164 = getelementptr <16 x float>, ptr %qs, i64 10
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
  %172 = getelementptr <16 x float>, ptr %qs, i64 14
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
  %188 = getelementptr <16 x float>, ptr %qs, i64 7
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
  %196 = getelementptr <16 x float>, ptr %qs, i64 11
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
  %204 = getelementptr <16 x float>, ptr %qs, i64 15
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
  %212 = sext i32 %kdot20 to i64
  %213 = getelementptr <16 x float>, ptr %dbuf, i64 %212
  store <16 x float> %186, ptr %213, align 64
  %214 = sext i32 %83 to i64
  %215 = getelementptr <16 x float>, ptr %dbuf, i64 %214
  store <16 x float> %187, ptr %215, align 64
  %216 = add i64 64, %212
  %217 = getelementptr <16 x float>, ptr %dbuf, i64 %216
  store <16 x float> %194, ptr %217, align 64
  %218 = add i64 64, %214
  %219 = getelementptr <16 x float>, ptr %dbuf, i64 %218
  store <16 x float> %195, ptr %219, align 64
  %220 = add i64 128, %212
  %221 = getelementptr <16 x float>, ptr %dbuf, i64 %220
  store <16 x float> %202, ptr %221, align 64
  %222 = add i64 128, %214
  %223 = getelementptr <16 x float>, ptr %dbuf, i64 %222
  store <16 x float> %203, ptr %223, align 64
  %224 = add i64 192, %212
  %225 = getelementptr <16 x float>, ptr %dbuf, i64 %224
  store <16 x float> %210, ptr %225, align 64
  %226 = add i64 192, %214
  %227 = getelementptr <16 x float>, ptr %dbuf, i64 %226
  store <16 x float> %211, ptr %227, align 64
  %228 = add nsw i32 %kdot20, 2
  br label %kdot

score:                                            ; preds = %kdot, %body69
  %score72 = phi i64 [ %341, %body69 ], [ 0, %kdot ]
  %229 = icmp slt i64 %score72, 16
  br i1 %229, label %body69, label %rmax

body69:                                           ; preds = %score
  %230 = sdiv i64 %score72, 4
  %231 = srem i64 %score72, 4
  %232 = mul i64 %231, 16
  %233 = mul i64 %230, 64
  %234 = add i64 %233, %232
  %235 = getelementptr <16 x float>, ptr %dbuf, i64 %234
  %236 = load <16 x float>, ptr %235, align 64
  %237 = add i64 %234, 1
  %238 = getelementptr <16 x float>, ptr %dbuf, i64 %237
  %239 = load <16 x float>, ptr %238, align 64
  %240 = shufflevector <16 x float> %236, <16 x float> %239, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %241 = shufflevector <16 x float> %236, <16 x float> %239, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %242 = fadd <16 x float> %240, %241
  %243 = add i64 %234, 2
  %244 = getelementptr <16 x float>, ptr %dbuf, i64 %243
  %245 = load <16 x float>, ptr %244, align 64
  %246 = add i64 %234, 3
  %247 = getelementptr <16 x float>, ptr %dbuf, i64 %246
  %248 = load <16 x float>, ptr %247, align 64
  %249 = shufflevector <16 x float> %245, <16 x float> %248, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %250 = shufflevector <16 x float> %245, <16 x float> %248, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %251 = fadd <16 x float> %249, %250
  %252 = shufflevector <16 x float> %242, <16 x float> %251, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %253 = shufflevector <16 x float> %242, <16 x float> %251, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %254 = fadd <16 x float> %252, %253
  %255 = add i64 %234, 4
  %256 = getelementptr <16 x float>, ptr %dbuf, i64 %255
  %257 = load <16 x float>, ptr %256, align 64
  %258 = add i64 %234, 5
  %259 = getelementptr <16 x float>, ptr %dbuf, i64 %258
  %260 = load <16 x float>, ptr %259, align 64
  %261 = shufflevector <16 x float> %257, <16 x float> %260, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %262 = shufflevector <16 x float> %257, <16 x float> %260, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %263 = fadd <16 x float> %261, %262
  %264 = add i64 %234, 6
  %265 = getelementptr <16 x float>, ptr %dbuf, i64 %264
  %266 = load <16 x float>, ptr %265, align 64
  %267 = add i64 %234, 7
  %268 = getelementptr <16 x float>, ptr %dbuf, i64 %267
  %269 = load <16 x float>, ptr %268, align 64
  %270 = shufflevector <16 x float> %266, <16 x float> %269, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %271 = shufflevector <16 x float> %266, <16 x float> %269, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %272 = fadd <16 x float> %270, %271
  %273 = shufflevector <16 x float> %263, <16 x float> %272, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %274 = shufflevector <16 x float> %263, <16 x float> %272, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %275 = fadd <16 x float> %273, %274
  %276 = shufflevector <16 x float> %254, <16 x float> %275, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %277 = shufflevector <16 x float> %254, <16 x float> %275, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %278 = fadd <16 x float> %276, %277
  %279 = add i64 %234, 8
  %280 = getelementptr <16 x float>, ptr %dbuf, i64 %279
  %281 = load <16 x float>, ptr %280, align 64
  %282 = add i64 %234, 9
  %283 = getelementptr <16 x float>, ptr %dbuf, i64 %282
  %284 = load <16 x float>, ptr %283, align 64
  %285 = shufflevector <16 x float> %281, <16 x float> %284, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %286 = shufflevector <16 x float> %281, <16 x float> %284, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %287 = fadd <16 x float> %285, %286
  %288 = add i64 %234, 10
  %289 = getelementptr <16 x float>, ptr %dbuf, i64 %288
  %290 = load <16 x float>, ptr %289, align 64
  %291 = add i64 %234, 11
  %292 = getelementptr <16 x float>, ptr %dbuf, i64 %291
  %293 = load <16 x float>, ptr %292, align 64
  %294 = shufflevector <16 x float> %290, <16 x float> %293, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %295 = shufflevector <16 x float> %290, <16 x float> %293, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %296 = fadd <16 x float> %294, %295
  %297 = shufflevector <16 x float> %287, <16 x float> %296, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %298 = shufflevector <16 x float> %287, <16 x float> %296, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %299 = fadd <16 x float> %297, %298
  %300 = add i64 %234, 12
  %301 = getelementptr <16 x float>, ptr %dbuf, i64 %300
  %302 = load <16 x float>, ptr %301, align 64
  %303 = add i64 %234, 13
  %304 = getelementptr <16 x float>, ptr %dbuf, i64 %303
  %305 = load <16 x float>, ptr %304, align 64
  %306 = shufflevector <16 x float> %302, <16 x float> %305, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %307 = shufflevector <16 x float> %302, <16 x float> %305, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %308 = fadd <16 x float> %306, %307
  %309 = add i64 %234, 14
  %310 = getelementptr <16 x float>, ptr %dbuf, i64 %309
  %311 = load <16 x float>, ptr %310, align 64
  %312 = add i64 %234, 15
  %313 = getelementptr <16 x float>, ptr %dbuf, i64 %312
  %314 = load <16 x float>, ptr %313, align 64
  %315 = shufflevector <16 x float> %311, <16 x float> %314, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %316 = shufflevector <16 x float> %311, <16 x float> %314, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %317 = fadd <16 x float> %315, %316
  %318 = shufflevector <16 x float> %308, <16 x float> %317, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %319 = shufflevector <16 x float> %308, <16 x float> %317, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %320 = fadd <16 x float> %318, %319
  %321 = shufflevector <16 x float> %299, <16 x float> %320, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %322 = shufflevector <16 x float> %299, <16 x float> %320, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %323 = fadd <16 x float> %321, %322
  %324 = shufflevector <16 x float> %278, <16 x float> %323, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %325 = shufflevector <16 x float> %278, <16 x float> %323, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %326 = fadd <16 x float> %324, %325
  %327 = getelementptr i32, ptr %lims, i64 %230
  %lim = load i32, ptr %327, align 4
  %328 = insertelement <16 x i32> poison, i32 %lim, i32 0
  %splat73 = shufflevector <16 x i32> %328, <16 x i32> poison, <16 x i32> zeroinitializer
  %329 = trunc i64 %232 to i32
  %330 = add i32 %kblock13, %329
  %331 = insertelement <16 x i32> poison, i32 %330, i32 0
  %splat74 = shufflevector <16 x i32> %331, <16 x i32> poison, <16 x i32> zeroinitializer
  %332 = add <16 x i32> %splat74, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %333 = icmp slt <16 x i32> %332, %splat73
  %334 = select <16 x i1> %333, <16 x float> %326, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %335 = getelementptr float, ptr %pbuf, i64 %234
  store <16 x float> %334, ptr %335, align 64
  %336 = getelementptr <16 x float>, ptr %smax, i64 %230
  %337 = icmp eq i64 %231, 0
  %338 = load <16 x float>, ptr %336, align 64
  %339 = select i1 %337, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <16 x float> %338
  %340 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %339, <16 x float> %334)
  store <16 x float> %340, ptr %336, align 64
  %341 = add nsw i64 %score72, 1
  br label %score

rmax:                                             ; preds = %score, %body75
  %rmax78 = phi i64 [ %378, %body75 ], [ 0, %score ]
  %342 = icmp slt i64 %rmax78, 4
  br i1 %342, label %body75, label %pexp

body75:                                           ; preds = %rmax
  %343 = getelementptr float, ptr %ms, i64 %rmax78
  %m = load float, ptr %343, align 4
  %344 = getelementptr <16 x float>, ptr %smax, i64 %rmax78
  %345 = load <16 x float>, ptr %344, align 64
  %346 = shufflevector <16 x float> %345, <16 x float> undef, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %347 = shufflevector <16 x float> %345, <16 x float> undef, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %348 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %346, <8 x float> %347)
  %349 = shufflevector <8 x float> %348, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %350 = shufflevector <8 x float> %348, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %351 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %349, <4 x float> %350)
  %352 = shufflevector <4 x float> %351, <4 x float> undef, <2 x i32> <i32 0, i32 1>
  %353 = shufflevector <4 x float> %351, <4 x float> undef, <2 x i32> <i32 2, i32 3>
  %354 = call <2 x float> @llvm.maxnum.v2f32(<2 x float> %352, <2 x float> %353)
  %355 = shufflevector <2 x float> %354, <2 x float> undef, <1 x i32> zeroinitializer
  %356 = shufflevector <2 x float> %354, <2 x float> undef, <1 x i32> <i32 1>
  %357 = call <1 x float> @llvm.maxnum.v1f32(<1 x float> %355, <1 x float> %356)
  %358 = extractelement <1 x float> %357, i32 0
  %359 = call float @llvm.maxnum.f32(float %m, float %358)
  %360 = fcmp oeq float %359, 0xFFF0000000000000
  %muse79 = select i1 %360, float 0.000000e+00, float %359
  %361 = fsub float %m, %muse79
  %362 = insertelement <16 x float> poison, float %361, i32 0
  %splat80 = shufflevector <16 x float> %362, <16 x float> poison, <16 x i32> zeroinitializer
  %363 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat80, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %364 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %363, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %365 = fadd <16 x float> %364, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %365, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %364, %n
  %366 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %367 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %366, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %368 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %367, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %369 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %368, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %370 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %369, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %371 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %370, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %372 = fptosi <16 x float> %n to <16 x i32>
  %373 = add <16 x i32> %372, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %374 = shl <16 x i32> %373, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %375 = bitcast <16 x i32> %374 to <16 x float>
  %exp2 = fmul <16 x float> %371, %375
  %alpha81 = extractelement <16 x float> %exp2, i32 0
  store float %359, ptr %343, align 4
  %376 = getelementptr float, ptr %muse, i64 %rmax78
  store float %muse79, ptr %376, align 4
  %377 = getelementptr float, ptr %alpha, i64 %rmax78
  store float %alpha81, ptr %377, align 4
  %378 = add nsw i64 %rmax78, 1
  br label %rmax

pexp:                                             ; preds = %rmax, %body82
  %pexp85 = phi i64 [ %409, %body82 ], [ 0, %rmax ]
  %379 = icmp slt i64 %pexp85, 16
  br i1 %379, label %body82, label %lsum90

body82:                                           ; preds = %pexp
  %380 = sdiv i64 %pexp85, 4
  %381 = srem i64 %pexp85, 4
  %382 = mul i64 %381, 16
  %383 = mul i64 %380, 64
  %384 = add i64 %383, %382
  %385 = getelementptr float, ptr %pbuf, i64 %384
  %386 = getelementptr float, ptr %muse, i64 %380
  %387 = load float, ptr %386, align 4
  %388 = insertelement <16 x float> poison, float %387, i32 0
  %splat86 = shufflevector <16 x float> %388, <16 x float> poison, <16 x i32> zeroinitializer
  %389 = load <16 x float>, ptr %385, align 64
  %390 = fsub <16 x float> %389, %splat86
  %391 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %390, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %392 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %391, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %393 = fadd <16 x float> %392, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n87 = fsub <16 x float> %393, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f88 = fsub <16 x float> %392, %n87
  %394 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f88, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %395 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %394, <16 x float> %f88, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %396 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %395, <16 x float> %f88, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %397 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %396, <16 x float> %f88, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %398 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %397, <16 x float> %f88, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %399 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %398, <16 x float> %f88, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %400 = fptosi <16 x float> %n87 to <16 x i32>
  %401 = add <16 x i32> %400, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %402 = shl <16 x i32> %401, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %403 = bitcast <16 x i32> %402 to <16 x float>
  %exp289 = fmul <16 x float> %399, %403
  store <16 x float> %exp289, ptr %385, align 64
  %404 = getelementptr <16 x float>, ptr %lsum, i64 %380
  %405 = icmp eq i64 %381, 0
  %406 = load <16 x float>, ptr %404, align 64
  %407 = select i1 %405, <16 x float> zeroinitializer, <16 x float> %406
  %408 = fadd <16 x float> %407, %exp289
  store <16 x float> %408, ptr %404, align 64
  %409 = add nsw i64 %pexp85, 1
  br label %pexp

lsum90:                                           ; preds = %pexp, %body91
  %lsum94 = phi i64 [ %418, %body91 ], [ 0, %pexp ]
  %410 = icmp slt i64 %lsum94, 4
  br i1 %410, label %body91, label %exit93

body91:                                           ; preds = %lsum90
  %411 = getelementptr float, ptr %ls, i64 %lsum94
  %412 = getelementptr float, ptr %alpha, i64 %lsum94
  %413 = load float, ptr %412, align 4
  %414 = getelementptr <16 x float>, ptr %lsum, i64 %lsum94
  %415 = load <16 x float>, ptr %414, align 64
  %416 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %415)
  %l = load float, ptr %411, align 4
  %417 = call float @llvm.fmuladd.f32(float %l, float %413, float %416)
  store float %417, ptr %411, align 4
  %418 = add nsw i64 %lsum94, 1
  br label %lsum90

exit93:                                           ; preds = %lsum90
  %419 = sub i32 %47, %kblock13
  %420 = call i32 @llvm.smin.i32(i32 64, i32 %419)
  br label %pvpass

pvpass:                                           ; preds = %exit105, %exit93
  %pvpass98 = phi i64 [ 0, %exit93 ], [ %560, %exit105 ]
  %421 = icmp slt i64 %pvpass98, 16
  br i1 %421, label %body95, label %kblock

body95:                                           ; preds = %pvpass
  %c0 = mul i64 %pvpass98, 5
  %c0e = mul i64 %c0, 16
  %c0b = mul i64 %c0e, 2
  %422 = load float, ptr %alpha, align 4
  %423 = insertelement <16 x float> poison, float %422, i32 0
  %splat99 = shufflevector <16 x float> %423, <16 x float> poison, <16 x i32> zeroinitializer
  %424 = getelementptr float, ptr %accs, i64 %c0e
  %425 = load <16 x float>, ptr %424, align 64
  %426 = fmul <16 x float> %425, %splat99
  %427 = add i64 %c0e, 16
  %428 = getelementptr float, ptr %accs, i64 %427
  %429 = load <16 x float>, ptr %428, align 64
  %430 = fmul <16 x float> %429, %splat99
  %431 = add i64 %c0e, 32
  %432 = getelementptr float, ptr %accs, i64 %431
  %433 = load <16 x float>, ptr %432, align 64
  %434 = fmul <16 x float> %433, %splat99
  %435 = add i64 %c0e, 48
  %436 = getelementptr float, ptr %accs, i64 %435
  %437 = load <16 x float>, ptr %436, align 64
  %438 = fmul <16 x float> %437, %splat99
  %439 = add i64 %c0e, 64
  %440 = getelementptr float, ptr %accs, i64 %439
  %441 = load <16 x float>, ptr %440, align 64
  %442 = fmul <16 x float> %441, %splat99
  %443 = getelementptr float, ptr %alpha, i64 1
  %444 = load float, ptr %443, align 4
  %445 = insertelement <16 x float> poison, float %444, i32 0
  %splat100 = shufflevector <16 x float> %445, <16 x float> poison, <16 x i32> zeroinitializer
  %446 = add i64 %c0e, 1280
  %447 = getelementptr float, ptr %accs, i64 %446
  %448 = load <16 x float>, ptr %447, align 64
  %449 = fmul <16 x float> %448, %splat100
  %450 = add i64 %c0e, 1296
  %451 = getelementptr float, ptr %accs, i64 %450
  %452 = load <16 x float>, ptr %451, align 64
  %453 = fmul <16 x float> %452, %splat100
  %454 = add i64 %c0e, 1312
  %455 = getelementptr float, ptr %accs, i64 %454
  %456 = load <16 x float>, ptr %455, align 64
  %457 = fmul <16 x float> %456, %splat100
  %458 = add i64 %c0e, 1328
  %459 = getelementptr float, ptr %accs, i64 %458
  %460 = load <16 x float>, ptr %459, align 64
  %461 = fmul <16 x float> %460, %splat100
  %462 = add i64 %c0e, 1344
  %463 = getelementptr float, ptr %accs, i64 %462
  %464 = load <16 x float>, ptr %463, align 64
  %465 = fmul <16 x float> %464, %splat100
  %466 = getelementptr float, ptr %alpha, i64 2
  %467 = load float, ptr %466, align 4
  %468 = insertelement <16 x float> poison, float %467, i32 0
  %splat101 = shufflevector <16 x float> %468, <16 x float> poison, <16 x i32> zeroinitializer
  %469 = add i64 %c0e, 2560
  %470 = getelementptr float, ptr %accs, i64 %469
  %471 = load <16 x float>, ptr %470, align 64
  %472 = fmul <16 x float> %471, %splat101
  %473 = add i64 %c0e, 2576
  %474 = getelementptr float, ptr %accs, i64 %473
  %475 = load <16 x float>, ptr %474, align 64
  %476 = fmul <16 x float> %475, %splat101
  %477 = add i64 %c0e, 2592
  %478 = getelementptr float, ptr %accs, i64 %477
  %479 = load <16 x float>, ptr %478, align 64
  %480 = fmul <16 x float> %479, %splat101
  %481 = add i64 %c0e, 2608
  %482 = getelementptr float, ptr %accs, i64 %481
  %483 = load <16 x float>, ptr %482, align 64
  %484 = fmul <16 x float> %483, %splat101
  %485 = add i64 %c0e, 2624
  %486 = getelementptr float, ptr %accs, i64 %485
  %487 = load <16 x float>, ptr %486, align 64
  %488 = fmul <16 x float> %487, %splat101
  %489 = getelementptr float, ptr %alpha, i64 3
  %490 = load float, ptr %489, align 4
  %491 = insertelement <16 x float> poison, float %490, i32 0
  %splat102 = shufflevector <16 x float> %491, <16 x float> poison, <16 x i32> zeroinitializer
  %492 = add i64 %c0e, 3840
  %493 = getelementptr float, ptr %accs, i64 %492
  %494 = load <16 x float>, ptr %493, align 64
  %495 = fmul <16 x float> %494, %splat102
  %496 = add i64 %c0e, 3856
  %497 = getelementptr float, ptr %accs, i64 %496
  %498 = load <16 x float>, ptr %497, align 64
  %499 = fmul <16 x float> %498, %splat102
  %500 = add i64 %c0e, 3872
  %501 = getelementptr float, ptr %accs, i64 %500
  %502 = load <16 x float>, ptr %501, align 64
  %503 = fmul <16 x float> %502, %splat102
  %504 = add i64 %c0e, 3888
  %505 = getelementptr float, ptr %accs, i64 %504
  %506 = load <16 x float>, ptr %505, align 64
  %507 = fmul <16 x float> %506, %splat102
  %508 = add i64 %c0e, 3904
  %509 = getelementptr float, ptr %accs, i64 %508
  %510 = load <16 x float>, ptr %509, align 64
  %511 = fmul <16 x float> %510, %splat102
  br label %kpv

kpv:                                              ; preds = %body103, %body95
  %pacc.sroa.76.0 = phi <16 x float> [ %511, %body95 ], [ %558, %body103 ]
  %pacc.sroa.72.0 = phi <16 x float> [ %507, %body95 ], [ %552, %body103 ]
  %pacc.sroa.68.0 = phi <16 x float> [ %503, %body95 ], [ %546, %body103 ]
  %pacc.sroa.64.0 = phi <16 x float> [ %499, %body95 ], [ %540, %body103 ]
  %pacc.sroa.60.0 = phi <16 x float> [ %495, %body95 ], [ %534, %body103 ]
  %pacc.sroa.56.0 = phi <16 x float> [ %488, %body95 ], [ %557, %body103 ]
  %pacc.sroa.52.0 = phi <16 x float> [ %484, %body95 ], [ %551, %body103 ]
  %pacc.sroa.48.0 = phi <16 x float> [ %480, %body95 ], [ %545, %body103 ]
  %pacc.sroa.44.0 = phi <16 x float> [ %476, %body95 ], [ %539, %body103 ]
  %pacc.sroa.40.0 = phi <16 x float> [ %472, %body95 ], [ %533, %body103 ]
  %pacc.sroa.36.0 = phi <16 x float> [ %465, %body95 ], [ %556, %body103 ]
  %pacc.sroa.32.0 = phi <16 x float> [ %461, %body95 ], [ %550, %body103 ]
  %pacc.sroa.28.0 = phi <16 x float> [ %457, %body95 ], [ %544, %body103 ]
  %pacc.sroa.24.0 = phi <16 x float> [ %453, %body95 ], [ %538, %body103 ]
  %pacc.sroa.20.0 = phi <16 x float> [ %449, %body95 ], [ %532, %body103 ]
  %pacc.sroa.16.0 = phi <16 x float> [ %442, %body95 ], [ %555, %body103 ]
  %pacc.sroa.12.0 = phi <16 x float> [ %438, %body95 ], [ %549, %body103 ]
  %pacc.sroa.8.0 = phi <16 x float> [ %434, %body95 ], [ %543, %body103 ]
  %pacc.sroa.4.0 = phi <16 x float> [ %430, %body95 ], [ %537, %body103 ]
  %pacc.sroa.0.0 = phi <16 x float> [ %426, %body95 ], [ %531, %body103 ]
  %kpv106 = phi i32 [ 0, %body95 ], [ %559, %body103 ]
  %512 = icmp slt i32 %kpv106, %420
  br i1 %512, label %body103, label %exit105

body103:                                          ; preds = %kpv
  %513 = add i32 %kblock13, %kpv106
  %514 = sext i32 %513 to i64
  %515 = mul i64 %514, 2560
  %516 = getelementptr i8, ptr %22, i64 %515
  %517 = getelementptr i8, ptr %516, i64 %c0b
  %518 = sext i32 %kpv106 to i64
  %519 = getelementptr float, ptr %pbuf, i64 %518
  %p = load float, ptr %519, align 4
  %520 = insertelement <16 x float> poison, float %p, i32 0
  %splat107 = shufflevector <16 x float> %520, <16 x float> poison, <16 x i32> zeroinitializer
  %521 = add i64 64, %518
  %522 = getelementptr float, ptr %pbuf, i64 %521
  %p108 = load float, ptr %522, align 4
  %523 = insertelement <16 x float> poison, float %p108, i32 0
  %splat109 = shufflevector <16 x float> %523, <16 x float> poison, <16 x i32> zeroinitializer
  %524 = add i64 128, %518
  %525 = getelementptr float, ptr %pbuf, i64 %524
  %p110 = load float, ptr %525, align 4
  %526 = insertelement <16 x float> poison, float %p110, i32 0
  %splat111 = shufflevector <16 x float> %526, <16 x float> poison, <16 x i32> zeroinitializer
  %527 = add i64 192, %518
  %528 = getelementptr float, ptr %pbuf, i64 %527
  %p112 = load float, ptr %528, align 4
  %529 = insertelement <16 x float> poison, float %p112, i32 0
  %splat113 = shufflevector <16 x float> %529, <16 x float> poison, <16 x i32> zeroinitializer
  %530 = load <16 x half>, ptr %517, align 2
  %f16114 = fpext <16 x half> %530 to <16 x float>
  %531 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat107, <16 x float> %f16114, <16 x float> %pacc.sroa.0.0)
  %532 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat109, <16 x float> %f16114, <16 x float> %pacc.sroa.20.0)
  %533 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat111, <16 x float> %f16114, <16 x float> %pacc.sroa.40.0)
  %534 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat113, <16 x float> %f16114, <16 x float> %pacc.sroa.60.0)
  %535 = getelementptr i8, ptr %517, i64 32
  %536 = load <16 x half>, ptr %535, align 2
  %f16115 = fpext <16 x half> %536 to <16 x float>
  %537 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat107, <16 x float> %f16115, <16 x float> %pacc.sroa.4.0)
  %538 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat109, <16 x float> %f16115, <16 x float> %pacc.sroa.24.0)
  %539 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat111, <16 x float> %f16115, <16 x float> %pacc.sroa.44.0)
  %540 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat113, <16 x float> %f16115, <16 x float> %pacc.sroa.64.0)
  %541 = getelementptr i8, ptr %517, i64 64
  %542 = load <16 x half>, ptr %541, align 2
  %f16116 = fpext <16 x half> %542 to <16 x float>
  %543 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat107, <16 x float> %f16116, <16 x float> %pacc.sroa.8.0)
  %544 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat109, <16 x float> %f16116, <16 x float> %pacc.sroa.28.0)
  %545 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat111, <16 x float> %f16116, <16 x float> %pacc.sroa.48.0)
  %546 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat113, <16 x float> %f16116, <16 x float> %pacc.sroa.68.0)
  %547 = getelementptr i8, ptr %517, i64 96
  %548 = load <16 x half>, ptr %547, align 2
  %f16117 = fpext <16 x half> %548 to <16 x float>
  %549 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat107, <16 x float> %f16117, <16 x float> %pacc.sroa.12.0)
  %550 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat109, <16 x float> %f16117, <16 x float> %pacc.sroa.32.0)
  %551 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat111, <16 x float> %f16117, <16 x float> %pacc.sroa.52.0)
  %552 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat113, <16 x float> %f16117, <16 x float> %pacc.sroa.72.0)
  %553 = getelementptr i8, ptr %517, i64 128
  %554 = load <16 x half>, ptr %553, align 2
  %f16118 = fpext <16 x half> %554 to <16 x float>
  %555 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat107, <16 x float> %f16118, <16 x float> %pacc.sroa.16.0)
  %556 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat109, <16 x float> %f16118, <16 x float> %pacc.sroa.36.0)
  %557 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat111, <16 x float> %f16118, <16 x float> %pacc.sroa.56.0)
  %558 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat113, <16 x float> %f16118, <16 x float> %pacc.sroa.76.0)
  %559 = add nsw i32 %kpv106, 1
  br label %kpv

exit105:                                          ; preds = %kpv
  store <16 x float> %pacc.sroa.0.0, ptr %424, align 64
  store <16 x float> %pacc.sroa.4.0, ptr %428, align 64
  store <16 x float> %pacc.sroa.8.0, ptr %432, align 64
  store <16 x float> %pacc.sroa.12.0, ptr %436, align 64
  store <16 x float> %pacc.sroa.16.0, ptr %440, align 64
  store <16 x float> %pacc.sroa.20.0, ptr %447, align 64
  store <16 x float> %pacc.sroa.24.0, ptr %451, align 64
  store <16 x float> %pacc.sroa.28.0, ptr %455, align 64
  store <16 x float> %pacc.sroa.32.0, ptr %459, align 64
  store <16 x float> %pacc.sroa.36.0, ptr %463, align 64
  store <16 x float> %pacc.sroa.40.0, ptr %470, align 64
  store <16 x float> %pacc.sroa.44.0, ptr %474, align 64
  store <16 x float> %pacc.sroa.48.0, ptr %478, align 64
  store <16 x float> %pacc.sroa.52.0, ptr %482, align 64
  store <16 x float> %pacc.sroa.56.0, ptr %486, align 64
  store <16 x float> %pacc.sroa.60.0, ptr %493, align 64
  store <16 x float> %pacc.sroa.64.0, ptr %497, align 64
  store <16 x float> %pacc.sroa.68.0, ptr %501, align 64
  store <16 x float> %pacc.sroa.72.0, ptr %505, align 64
  store <16 x float> %pacc.sroa.76.0, ptr %509, align 64
  %560 = add nsw i64 %pvpass98, 1
  br label %pvpass

orow119:                                          ; preds = %kblock, %written
  %orow123 = phi i32 [ %581, %written ], [ 0, %kblock ]
  %561 = icmp slt i32 %orow123, %nrows
  br i1 %561, label %body120, label %done

body120:                                          ; preds = %orow119
  %562 = sext i32 %orow123 to i64
  %563 = getelementptr float, ptr %ms, i64 %562
  %m124 = load float, ptr %563, align 4
  %564 = getelementptr float, ptr %ls, i64 %562
  %l125 = load float, ptr %564, align 4
  %565 = mul i64 %562, 1280
  %566 = getelementptr float, ptr %accs, i64 %565
  %567 = icmp ne ptr %part, null
  br i1 %567, label %partial, label %final

partial:                                          ; preds = %body120
  %568 = sext i32 %nrows to i64
  %569 = getelementptr float, ptr %part, i64 %565
  br label %chunk126

final:                                            ; preds = %body120
  %570 = sdiv i32 %orow123, %nh
  %qi131 = add i32 %q_begin, %570
  %571 = srem i32 %orow123, %nh
  %h132 = add i32 %h_begin, %571
  %572 = mul i32 %kv_head, 20
  %hq133 = add i32 %572, %h132
  %573 = sext i32 %qi131 to i64
  %574 = add i64 %q_row0, %573
  %575 = mul i64 %574, 20
  %576 = sext i32 %hq133 to i64
  %orow134 = add i64 %575, %576
  %577 = fcmp oeq float %l125, 0.000000e+00
  %578 = fdiv float 1.000000e+00, %l125
  %579 = select i1 %577, float 0.000000e+00, float %578
  %580 = insertelement <16 x float> poison, float %579, i32 0
  %splat135 = shufflevector <16 x float> %580, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk136

written:                                          ; preds = %exit139, %exit129
  %581 = add nsw i32 %orow123, 1
  br label %orow119

chunk126:                                         ; preds = %body127, %partial
  %chunk130 = phi i64 [ 0, %partial ], [ %587, %body127 ]
  %582 = icmp slt i64 %chunk130, 80
  br i1 %582, label %body127, label %exit129

body127:                                          ; preds = %chunk126
  %583 = getelementptr <16 x float>, ptr %566, i64 %chunk130
  %584 = load <16 x float>, ptr %583, align 64
  %585 = mul i64 %chunk130, 64
  %586 = getelementptr i8, ptr %569, i64 %585
  store <16 x float> %584, ptr %586, align 4
  %587 = add nsw i64 %chunk130, 1
  br label %chunk126

exit129:                                          ; preds = %chunk126
  %588 = mul i64 %568, 1280
  %589 = add i64 %588, %562
  %590 = getelementptr float, ptr %part, i64 %589
  store float %m124, ptr %590, align 4
  %591 = add i64 %589, %568
  %592 = getelementptr float, ptr %part, i64 %591
  store float %l125, ptr %592, align 4
  br label %written

chunk136:                                         ; preds = %body137, %final
  %chunk140 = phi i64 [ 0, %final ], [ %599, %body137 ]
  %593 = icmp slt i64 %chunk140, 80
  br i1 %593, label %body137, label %exit139

body137:                                          ; preds = %chunk136
  %594 = getelementptr <16 x float>, ptr %566, i64 %chunk140
  %595 = load <16 x float>, ptr %594, align 64
  %596 = fmul <16 x float> %595, %splat135
  %597 = mul i64 %chunk140, 64
  %598 = getelementptr i8, ptr %566, i64 %597
  store <16 x float> %596, ptr %598, align 4
  %599 = add nsw i64 %chunk140, 1
  br label %chunk136

exit139:                                          ; preds = %chunk136
  %u = select i1 %577, ptr null, ptr %566
  call void @whisper_large_self_project(ptr %0, ptr %u, i64 %orow134)
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

attributes #0 = { nounwind "target-cpu"="x86-64-v4" "target-features"="+avx512f,+evex512,+avx512bw,+avx512vl,+avx2,+fma,+f16c" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
