; ModuleID = 'whisper_large_self'
source_filename = "whisper_large_self"
target triple = "x86_64-unknown-linux-gnu"

@whisper_large_self.name = private unnamed_addr constant [19 x i8] c"whisper_large_self\00"
@whisper_large_self.spec = private unnamed_addr constant [386 x i8] c"attncc: 1\0Aname: whisper_large_self\0Aphase: decode\0Akind: self\0Aheads: {q: 20, kv: 20, dim: 64, v_dim: 64}\0Atypes: {q: f16, cache: f16, out: f16}\0Ascale: auto\0Acache: {store: k_only, layout: contiguous, order: token_major, capacity: 448, latent_dim: 0, rope_dim: 0, shared_across_layers: false}\0Amask: {causal: true}\0Aoutput: {lse: false}\0Aslim: {order: auto}\0Amodel: {layers: 32, d_model: 1280}\0A\00"
@whisper_large_self_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32, ptr } { i32 4, i32 1, i64 -5420864161588737407, ptr @whisper_large_self.name, ptr @whisper_large_self.spec, i32 20, i32 20, i32 64, i32 64, i32 1, i32 1, i32 1, i32 0, i32 0, i32 0, i32 448, i32 1, i32 0, float 1.250000e-01, i32 1, i32 1280, i32 0, ptr null }, align 8
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

kblock:                                           ; preds = %exit97, %exit
  %kblock13 = phi i32 [ %k_begin, %exit ], [ %511, %exit97 ]
  %68 = icmp slt i32 %kblock13, %47
  br i1 %68, label %body10, label %orow119

body10:                                           ; preds = %kblock
  %69 = sext i32 %h_begin to i64
  %slice = mul i64 %69, 128
  %70 = add i32 %h_begin, 1
  %71 = sext i32 %70 to i64
  %slice14 = mul i64 %71, 128
  %72 = add i32 %h_begin, 2
  %73 = sext i32 %72 to i64
  %slice15 = mul i64 %73, 128
  %74 = add i32 %h_begin, 3
  %75 = sext i32 %74 to i64
  %slice16 = mul i64 %75, 128
  br label %kdot

kdot:                                             ; preds = %body17, %body10
  %kdot20 = phi i32 [ 0, %body10 ], [ %227, %body17 ]
  %76 = icmp slt i32 %kdot20, 64
  br i1 %76, label %body17, label %score

body17:                                           ; preds = %kdot
  %77 = add i32 %kblock13, %kdot20
  %78 = call i32 @llvm.smin.i32(i32 %77, i32 %k_last)
  %79 = sext i32 %78 to i64
  %80 = mul i64 %79, 2560
  %81 = getelementptr i8, ptr %22, i64 %80
  %82 = add i32 %kdot20, 1
  %83 = add i32 %kblock13, %82
  %84 = call i32 @llvm.smin.i32(i32 %83, i32 %k_last)
  %85 = sext i32 %84 to i64
  %86 = mul i64 %85, 2560
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
  %94 = getelementptr <16 x float>, ptr %qs, i64 4
  %q24 = load <16 x float>, ptr %94, align 64
  %95 = getelementptr i8, ptr %81, i64 %slice14
  %96 = load <16 x half>, ptr %95, align 2
  %f1625 = fpext <16 x half> %96 to <16 x float>
  %97 = getelementptr i8, ptr %87, i64 %slice14
  %98 = load <16 x half>, ptr %97, align 2
  %f1626 = fpext <16 x half> %98 to <16 x float>
  %99 = fmul <16 x float> %q24, %f1625
  %100 = fmul <16 x float> %q24, %f1626
  %101 = getelementptr <16 x float>, ptr %qs, i64 8
  %q27 = load <16 x float>, ptr %101, align 64
  %102 = getelementptr i8, ptr %81, i64 %slice15
  %103 = load <16 x half>, ptr %102, align 2
  %f1628 = fpext <16 x half> %103 to <16 x float>
  %104 = getelementptr i8, ptr %87, i64 %slice15
  %105 = load <16 x half>, ptr %104, align 2
  %f1629 = fpext <16 x half> %105 to <16 x float>
  %106 = fmul <16 x float> %q27, %f1628
  %107 = fmul <16 x float> %q27, %f1629
  %108 = getelementptr <16 x float>, ptr %qs, i64 12
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
  %123 = getelementptr <16 x float>, ptr %qs, i64 5
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
  %131 = getelementptr <16 x float>, ptr %qs, i64 9
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
  %139 = getelementptr <16 x float>, ptr %qs, i64 13
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
  %155 = getelementptr <16 x float>, ptr %qs, i64 6
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
  %163 = getelementptr <16 x float>, ptr %qs, i64 10
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
  %171 = getelementptr <16 x float>, ptr %qs, i64 14
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
  %187 = getelementptr <16 x float>, ptr %qs, i64 7
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
  %195 = getelementptr <16 x float>, ptr %qs, i64 11
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
  %203 = getelementptr <16 x float>, ptr %qs, i64 15
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
  %211 = sext i32 %kdot20 to i64
  %212 = getelementptr <16 x float>, ptr %dbuf, i64 %211
  store <16 x float> %185, ptr %212, align 64
  %213 = sext i32 %82 to i64
  %214 = getelementptr <16 x float>, ptr %dbuf, i64 %213
  store <16 x float> %186, ptr %214, align 64
  %215 = add i64 64, %211
  %216 = getelementptr <16 x float>, ptr %dbuf, i64 %215
  store <16 x float> %193, ptr %216, align 64
  %217 = add i64 64, %213
  %218 = getelementptr <16 x float>, ptr %dbuf, i64 %217
  store <16 x float> %194, ptr %218, align 64
  %219 = add i64 128, %211
  %220 = getelementptr <16 x float>, ptr %dbuf, i64 %219
  store <16 x float> %201, ptr %220, align 64
  %221 = add i64 128, %213
  %222 = getelementptr <16 x float>, ptr %dbuf, i64 %221
  store <16 x float> %202, ptr %222, align 64
  %223 = add i64 192, %211
  %224 = getelementptr <16 x float>, ptr %dbuf, i64 %223
  store <16 x float> %209, ptr %224, align 64
  %225 = add i64 192, %213
  %226 = getelementptr <16 x float>, ptr %dbuf, i64 %225
  store <16 x float> %210, ptr %226, align 64
  %227 = add nsw i32 %kdot20, 2
  br label %kdot

score:                                            ; preds = %kdot, %body69
  %score72 = phi i64 [ %340, %body69 ], [ 0, %kdot ]
  %228 = icmp slt i64 %score72, 16
  br i1 %228, label %body69, label %rmax

body69:                                           ; preds = %score
  %229 = sdiv i64 %score72, 4
  %230 = srem i64 %score72, 4
  %231 = mul i64 %230, 16
  %232 = mul i64 %229, 64
  %233 = add i64 %232, %231
  %234 = getelementptr <16 x float>, ptr %dbuf, i64 %233
  %235 = load <16 x float>, ptr %234, align 64
  %236 = add i64 %233, 1
  %237 = getelementptr <16 x float>, ptr %dbuf, i64 %236
  %238 = load <16 x float>, ptr %237, align 64
  %239 = shufflevector <16 x float> %235, <16 x float> %238, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %240 = shufflevector <16 x float> %235, <16 x float> %238, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %241 = fadd <16 x float> %239, %240
  %242 = add i64 %233, 2
  %243 = getelementptr <16 x float>, ptr %dbuf, i64 %242
  %244 = load <16 x float>, ptr %243, align 64
  %245 = add i64 %233, 3
  %246 = getelementptr <16 x float>, ptr %dbuf, i64 %245
  %247 = load <16 x float>, ptr %246, align 64
  %248 = shufflevector <16 x float> %244, <16 x float> %247, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %249 = shufflevector <16 x float> %244, <16 x float> %247, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %250 = fadd <16 x float> %248, %249
  %251 = shufflevector <16 x float> %241, <16 x float> %250, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %252 = shufflevector <16 x float> %241, <16 x float> %250, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %253 = fadd <16 x float> %251, %252
  %254 = add i64 %233, 4
  %255 = getelementptr <16 x float>, ptr %dbuf, i64 %254
  %256 = load <16 x float>, ptr %255, align 64
  %257 = add i64 %233, 5
  %258 = getelementptr <16 x float>, ptr %dbuf, i64 %257
  %259 = load <16 x float>, ptr %258, align 64
  %260 = shufflevector <16 x float> %256, <16 x float> %259, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %261 = shufflevector <16 x float> %256, <16 x float> %259, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %262 = fadd <16 x float> %260, %261
  %263 = add i64 %233, 6
  %264 = getelementptr <16 x float>, ptr %dbuf, i64 %263
  %265 = load <16 x float>, ptr %264, align 64
  %266 = add i64 %233, 7
  %267 = getelementptr <16 x float>, ptr %dbuf, i64 %266
  %268 = load <16 x float>, ptr %267, align 64
  %269 = shufflevector <16 x float> %265, <16 x float> %268, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %270 = shufflevector <16 x float> %265, <16 x float> %268, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %271 = fadd <16 x float> %269, %270
  %272 = shufflevector <16 x float> %262, <16 x float> %271, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %273 = shufflevector <16 x float> %262, <16 x float> %271, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %274 = fadd <16 x float> %272, %273
  %275 = shufflevector <16 x float> %253, <16 x float> %274, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %276 = shufflevector <16 x float> %253, <16 x float> %274, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %277 = fadd <16 x float> %275, %276
  %278 = add i64 %233, 8
  %279 = getelementptr <16 x float>, ptr %dbuf, i64 %278
  %280 = load <16 x float>, ptr %279, align 64
  %281 = add i64 %233, 9
  %282 = getelementptr <16 x float>, ptr %dbuf, i64 %281
  %283 = load <16 x float>, ptr %282, align 64
  %284 = shufflevector <16 x float> %280, <16 x float> %283, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %285 = shufflevector <16 x float> %280, <16 x float> %283, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %286 = fadd <16 x float> %284, %285
  %287 = add i64 %233, 10
  %288 = getelementptr <16 x float>, ptr %dbuf, i64 %287
  %289 = load <16 x float>, ptr %288, align 64
  %290 = add i64 %233, 11
  %291 = getelementptr <16 x float>, ptr %dbuf, i64 %290
  %292 = load <16 x float>, ptr %291, align 64
  %293 = shufflevector <16 x float> %289, <16 x float> %292, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %294 = shufflevector <16 x float> %289, <16 x float> %292, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %295 = fadd <16 x float> %293, %294
  %296 = shufflevector <16 x float> %286, <16 x float> %295, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %297 = shufflevector <16 x float> %286, <16 x float> %295, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %298 = fadd <16 x float> %296, %297
  %299 = add i64 %233, 12
  %300 = getelementptr <16 x float>, ptr %dbuf, i64 %299
  %301 = load <16 x float>, ptr %300, align 64
  %302 = add i64 %233, 13
  %303 = getelementptr <16 x float>, ptr %dbuf, i64 %302
  %304 = load <16 x float>, ptr %303, align 64
  %305 = shufflevector <16 x float> %301, <16 x float> %304, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %306 = shufflevector <16 x float> %301, <16 x float> %304, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %307 = fadd <16 x float> %305, %306
  %308 = add i64 %233, 14
  %309 = getelementptr <16 x float>, ptr %dbuf, i64 %308
  %310 = load <16 x float>, ptr %309, align 64
  %311 = add i64 %233, 15
  %312 = getelementptr <16 x float>, ptr %dbuf, i64 %311
  %313 = load <16 x float>, ptr %312, align 64
  %314 = shufflevector <16 x float> %310, <16 x float> %313, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %315 = shufflevector <16 x float> %310, <16 x float> %313, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %316 = fadd <16 x float> %314, %315
  %317 = shufflevector <16 x float> %307, <16 x float> %316, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %318 = shufflevector <16 x float> %307, <16 x float> %316, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %319 = fadd <16 x float> %317, %318
  %320 = shufflevector <16 x float> %298, <16 x float> %319, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %321 = shufflevector <16 x float> %298, <16 x float> %319, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %322 = fadd <16 x float> %320, %321
  %323 = shufflevector <16 x float> %277, <16 x float> %322, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %324 = shufflevector <16 x float> %277, <16 x float> %322, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %325 = fadd <16 x float> %323, %324
  %326 = getelementptr i32, ptr %lims, i64 %229
  %lim = load i32, ptr %326, align 4
  %327 = insertelement <16 x i32> poison, i32 %lim, i32 0
  %splat73 = shufflevector <16 x i32> %327, <16 x i32> poison, <16 x i32> zeroinitializer
  %328 = trunc i64 %231 to i32
  %329 = add i32 %kblock13, %328
  %330 = insertelement <16 x i32> poison, i32 %329, i32 0
  %splat74 = shufflevector <16 x i32> %330, <16 x i32> poison, <16 x i32> zeroinitializer
  %331 = add <16 x i32> %splat74, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %332 = icmp slt <16 x i32> %331, %splat73
  %333 = select <16 x i1> %332, <16 x float> %325, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %334 = getelementptr float, ptr %pbuf, i64 %233
  store <16 x float> %333, ptr %334, align 64
  %335 = getelementptr <16 x float>, ptr %smax, i64 %229
  %336 = icmp eq i64 %230, 0
  %337 = load <16 x float>, ptr %335, align 64
  %338 = select i1 %336, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <16 x float> %337
  %339 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %338, <16 x float> %333)
  store <16 x float> %339, ptr %335, align 64
  %340 = add nsw i64 %score72, 1
  br label %score

rmax:                                             ; preds = %score, %body75
  %rmax78 = phi i64 [ %377, %body75 ], [ 0, %score ]
  %341 = icmp slt i64 %rmax78, 4
  br i1 %341, label %body75, label %pexp

body75:                                           ; preds = %rmax
  %342 = getelementptr float, ptr %ms, i64 %rmax78
  %m = load float, ptr %342, align 4
  %343 = getelementptr <16 x float>, ptr %smax, i64 %rmax78
  %344 = load <16 x float>, ptr %343, align 64
  %345 = shufflevector <16 x float> %344, <16 x float> undef, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %346 = shufflevector <16 x float> %344, <16 x float> undef, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %347 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %345, <8 x float> %346)
  %348 = shufflevector <8 x float> %347, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %349 = shufflevector <8 x float> %347, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %350 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %348, <4 x float> %349)
  %351 = shufflevector <4 x float> %350, <4 x float> undef, <2 x i32> <i32 0, i32 1>
  %352 = shufflevector <4 x float> %350, <4 x float> undef, <2 x i32> <i32 2, i32 3>
  %353 = call <2 x float> @llvm.maxnum.v2f32(<2 x float> %351, <2 x float> %352)
  %354 = shufflevector <2 x float> %353, <2 x float> undef, <1 x i32> zeroinitializer
  %355 = shufflevector <2 x float> %353, <2 x float> undef, <1 x i32> <i32 1>
  %356 = call <1 x float> @llvm.maxnum.v1f32(<1 x float> %354, <1 x float> %355)
  %357 = extractelement <1 x float> %356, i32 0
  %358 = call float @llvm.maxnum.f32(float %m, float %357)
  %359 = fcmp oeq float %358, 0xFFF0000000000000
  %muse79 = select i1 %359, float 0.000000e+00, float %358
  %360 = fsub float %m, %muse79
  %361 = insertelement <16 x float> poison, float %360, i32 0
  %splat80 = shufflevector <16 x float> %361, <16 x float> poison, <16 x i32> zeroinitializer
  %362 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat80, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %363 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %362, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %364 = fadd <16 x float> %363, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %364, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %363, %n
  %365 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %366 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %365, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %367 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %366, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %368 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %367, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %369 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %368, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %370 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %369, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %371 = fptosi <16 x float> %n to <16 x i32>
  %372 = add <16 x i32> %371, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %373 = shl <16 x i32> %372, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %374 = bitcast <16 x i32> %373 to <16 x float>
  %exp2 = fmul <16 x float> %370, %374
  %alpha81 = extractelement <16 x float> %exp2, i32 0
  store float %358, ptr %342, align 4
  %375 = getelementptr float, ptr %muse, i64 %rmax78
  store float %muse79, ptr %375, align 4
  %376 = getelementptr float, ptr %alpha, i64 %rmax78
  store float %alpha81, ptr %376, align 4
  %377 = add nsw i64 %rmax78, 1
  br label %rmax

pexp:                                             ; preds = %rmax, %body82
  %pexp85 = phi i64 [ %408, %body82 ], [ 0, %rmax ]
  %378 = icmp slt i64 %pexp85, 16
  br i1 %378, label %body82, label %lsum90

body82:                                           ; preds = %pexp
  %379 = sdiv i64 %pexp85, 4
  %380 = srem i64 %pexp85, 4
  %381 = mul i64 %380, 16
  %382 = mul i64 %379, 64
  %383 = add i64 %382, %381
  %384 = getelementptr float, ptr %pbuf, i64 %383
  %385 = getelementptr float, ptr %muse, i64 %379
  %386 = load float, ptr %385, align 4
  %387 = insertelement <16 x float> poison, float %386, i32 0
  %splat86 = shufflevector <16 x float> %387, <16 x float> poison, <16 x i32> zeroinitializer
  %388 = load <16 x float>, ptr %384, align 64
  %389 = fsub <16 x float> %388, %splat86
  %390 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %389, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %391 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %390, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %392 = fadd <16 x float> %391, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n87 = fsub <16 x float> %392, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f88 = fsub <16 x float> %391, %n87
  %393 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f88, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %394 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %393, <16 x float> %f88, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %395 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %394, <16 x float> %f88, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %396 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %395, <16 x float> %f88, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %397 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %396, <16 x float> %f88, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %398 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %397, <16 x float> %f88, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %399 = fptosi <16 x float> %n87 to <16 x i32>
  %400 = add <16 x i32> %399, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %401 = shl <16 x i32> %400, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %402 = bitcast <16 x i32> %401 to <16 x float>
  %exp289 = fmul <16 x float> %398, %402
  store <16 x float> %exp289, ptr %384, align 64
  %403 = getelementptr <16 x float>, ptr %lsum, i64 %379
  %404 = icmp eq i64 %380, 0
  %405 = load <16 x float>, ptr %403, align 64
  %406 = select i1 %404, <16 x float> zeroinitializer, <16 x float> %405
  %407 = fadd <16 x float> %406, %exp289
  store <16 x float> %407, ptr %403, align 64
  %408 = add nsw i64 %pexp85, 1
  br label %pexp

lsum90:                                           ; preds = %pexp, %body91
  %lsum94 = phi i64 [ %417, %body91 ], [ 0, %pexp ]
  %409 = icmp slt i64 %lsum94, 4
  br i1 %409, label %body91, label %exit93

body91:                                           ; preds = %lsum90
  %410 = getelementptr float, ptr %ls, i64 %lsum94
  %411 = getelementptr float, ptr %alpha, i64 %lsum94
  %412 = load float, ptr %411, align 4
  %413 = getelementptr <16 x float>, ptr %lsum, i64 %lsum94
  %414 = load <16 x float>, ptr %413, align 64
  %415 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %414)
  %l = load float, ptr %410, align 4
  %416 = call float @llvm.fmuladd.f32(float %l, float %412, float %415)
  store float %416, ptr %410, align 4
  %417 = add nsw i64 %lsum94, 1
  br label %lsum90

exit93:                                           ; preds = %lsum90
  %418 = sub i32 %47, %kblock13
  %419 = call i32 @llvm.smin.i32(i32 64, i32 %418)
  br label %pvpass

pvpass:                                           ; preds = %exit105, %exit93
  %pvpass98 = phi i64 [ 0, %exit93 ], [ %560, %exit105 ]
  %420 = icmp slt i64 %pvpass98, 16
  br i1 %420, label %body95, label %exit97

body95:                                           ; preds = %pvpass
  %c0 = mul i64 %pvpass98, 5
  %c0e = mul i64 %c0, 16
  %c0b = mul i64 %c0e, 2
  %421 = load float, ptr %alpha, align 4
  %422 = insertelement <16 x float> poison, float %421, i32 0
  %splat99 = shufflevector <16 x float> %422, <16 x float> poison, <16 x i32> zeroinitializer
  %423 = getelementptr float, ptr %accs, i64 %c0e
  %424 = load <16 x float>, ptr %423, align 64
  %425 = fmul <16 x float> %424, %splat99
  %426 = add i64 %c0e, 16
  %427 = getelementptr float, ptr %accs, i64 %426
  %428 = load <16 x float>, ptr %427, align 64
  %429 = fmul <16 x float> %428, %splat99
  %430 = add i64 %c0e, 32
  %431 = getelementptr float, ptr %accs, i64 %430
  %432 = load <16 x float>, ptr %431, align 64
  %433 = fmul <16 x float> %432, %splat99
  %434 = add i64 %c0e, 48
  %435 = getelementptr float, ptr %accs, i64 %434
  %436 = load <16 x float>, ptr %435, align 64
  %437 = fmul <16 x float> %436, %splat99
  %438 = add i64 %c0e, 64
  %439 = getelementptr float, ptr %accs, i64 %438
  %440 = load <16 x float>, ptr %439, align 64
  %441 = fmul <16 x float> %440, %splat99
  %442 = getelementptr float, ptr %alpha, i64 1
  %443 = load float, ptr %442, align 4
  %444 = insertelement <16 x float> poison, float %443, i32 0
  %splat100 = shufflevector <16 x float> %444, <16 x float> poison, <16 x i32> zeroinitializer
  %445 = add i64 %c0e, 1280
  %446 = getelementptr float, ptr %accs, i64 %445
  %447 = load <16 x float>, ptr %446, align 64
  %448 = fmul <16 x float> %447, %splat100
  %449 = add i64 %c0e, 1296
  %450 = getelementptr float, ptr %accs, i64 %449
  %451 = load <16 x float>, ptr %450, align 64
  %452 = fmul <16 x float> %451, %splat100
  %453 = add i64 %c0e, 1312
  %454 = getelementptr float, ptr %accs, i64 %453
  %455 = load <16 x float>, ptr %454, align 64
  %456 = fmul <16 x float> %455, %splat100
  %457 = add i64 %c0e, 1328
  %458 = getelementptr float, ptr %accs, i64 %457
  %459 = load <16 x float>, ptr %458, align 64
  %460 = fmul <16 x float> %459, %splat100
  %461 = add i64 %c0e, 1344
  %462 = getelementptr float, ptr %accs, i64 %461
  %463 = load <16 x float>, ptr %462, align 64
  %464 = fmul <16 x float> %463, %splat100
  %465 = getelementptr float, ptr %alpha, i64 2
  %466 = load float, ptr %465, align 4
  %467 = insertelement <16 x float> poison, float %466, i32 0
  %splat101 = shufflevector <16 x float> %467, <16 x float> poison, <16 x i32> zeroinitializer
  %468 = add i64 %c0e, 2560
  %469 = getelementptr float, ptr %accs, i64 %468
  %470 = load <16 x float>, ptr %469, align 64
  %471 = fmul <16 x float> %470, %splat101
  %472 = add i64 %c0e, 2576
  %473 = getelementptr float, ptr %accs, i64 %472
  %474 = load <16 x float>, ptr %473, align 64
  %475 = fmul <16 x float> %474, %splat101
  %476 = add i64 %c0e, 2592
  %477 = getelementptr float, ptr %accs, i64 %476
  %478 = load <16 x float>, ptr %477, align 64
  %479 = fmul <16 x float> %478, %splat101
  %480 = add i64 %c0e, 2608
  %481 = getelementptr float, ptr %accs, i64 %480
  %482 = load <16 x float>, ptr %481, align 64
  %483 = fmul <16 x float> %482, %splat101
  %484 = add i64 %c0e, 2624
  %485 = getelementptr float, ptr %accs, i64 %484
  %486 = load <16 x float>, ptr %485, align 64
  %487 = fmul <16 x float> %486, %splat101
  %488 = getelementptr float, ptr %alpha, i64 3
  %489 = load float, ptr %488, align 4
  %490 = insertelement <16 x float> poison, float %489, i32 0
  %splat102 = shufflevector <16 x float> %490, <16 x float> poison, <16 x i32> zeroinitializer
  %491 = add i64 %c0e, 3840
  %492 = getelementptr float, ptr %accs, i64 %491
  %493 = load <16 x float>, ptr %492, align 64
  %494 = fmul <16 x float> %493, %splat102
  %495 = add i64 %c0e, 3856
  %496 = getelementptr float, ptr %accs, i64 %495
  %497 = load <16 x float>, ptr %496, align 64
  %498 = fmul <16 x float> %497, %splat102
  %499 = add i64 %c0e, 3872
  %500 = getelementptr float, ptr %accs, i64 %499
  %501 = load <16 x float>, ptr %500, align 64
  %502 = fmul <16 x float> %501, %splat102
  %503 = add i64 %c0e, 3888
  %504 = getelementptr float, ptr %accs, i64 %503
  %505 = load <16 x float>, ptr %504, align 64
  %506 = fmul <16 x float> %505, %splat102
  %507 = add i64 %c0e, 3904
  %508 = getelementptr float, ptr %accs, i64 %507
  %509 = load <16 x float>, ptr %508, align 64
  %510 = fmul <16 x float> %509, %splat102
  br label %kpv

exit97:                                           ; preds = %pvpass
  %511 = add nsw i32 %kblock13, 64
  br label %kblock

kpv:                                              ; preds = %body103, %body95
  %pacc.sroa.76.0 = phi <16 x float> [ %510, %body95 ], [ %558, %body103 ]
  %pacc.sroa.72.0 = phi <16 x float> [ %506, %body95 ], [ %552, %body103 ]
  %pacc.sroa.68.0 = phi <16 x float> [ %502, %body95 ], [ %546, %body103 ]
  %pacc.sroa.64.0 = phi <16 x float> [ %498, %body95 ], [ %540, %body103 ]
  %pacc.sroa.60.0 = phi <16 x float> [ %494, %body95 ], [ %534, %body103 ]
  %pacc.sroa.56.0 = phi <16 x float> [ %487, %body95 ], [ %557, %body103 ]
  %pacc.sroa.52.0 = phi <16 x float> [ %483, %body95 ], [ %551, %body103 ]
  %pacc.sroa.48.0 = phi <16 x float> [ %479, %body95 ], [ %545, %body103 ]
  %pacc.sroa.44.0 = phi <16 x float> [ %475, %body95 ], [ %539, %body103 ]
  %pacc.sroa.40.0 = phi <16 x float> [ %471, %body95 ], [ %533, %body103 ]
  %pacc.sroa.36.0 = phi <16 x float> [ %464, %body95 ], [ %556, %body103 ]
  %pacc.sroa.32.0 = phi <16 x float> [ %460, %body95 ], [ %550, %body103 ]
  %pacc.sroa.28.0 = phi <16 x float> [ %456, %body95 ], [ %544, %body103 ]
  %pacc.sroa.24.0 = phi <16 x float> [ %452, %body95 ], [ %538, %body103 ]
  %pacc.sroa.20.0 = phi <16 x float> [ %448, %body95 ], [ %532, %body103 ]
  %pacc.sroa.16.0 = phi <16 x float> [ %441, %body95 ], [ %555, %body103 ]
  %pacc.sroa.12.0 = phi <16 x float> [ %437, %body95 ], [ %549, %body103 ]
  %pacc.sroa.8.0 = phi <16 x float> [ %433, %body95 ], [ %543, %body103 ]
  %pacc.sroa.4.0 = phi <16 x float> [ %429, %body95 ], [ %537, %body103 ]
  %pacc.sroa.0.0 = phi <16 x float> [ %425, %body95 ], [ %531, %body103 ]
  %kpv106 = phi i32 [ 0, %body95 ], [ %559, %body103 ]
  %512 = icmp slt i32 %kpv106, %419
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
  store <16 x float> %pacc.sroa.0.0, ptr %423, align 64
  store <16 x float> %pacc.sroa.4.0, ptr %427, align 64
  store <16 x float> %pacc.sroa.8.0, ptr %431, align 64
  store <16 x float> %pacc.sroa.12.0, ptr %435, align 64
  store <16 x float> %pacc.sroa.16.0, ptr %439, align 64
  store <16 x float> %pacc.sroa.20.0, ptr %446, align 64
  store <16 x float> %pacc.sroa.24.0, ptr %450, align 64
  store <16 x float> %pacc.sroa.28.0, ptr %454, align 64
  store <16 x float> %pacc.sroa.32.0, ptr %458, align 64
  store <16 x float> %pacc.sroa.36.0, ptr %462, align 64
  store <16 x float> %pacc.sroa.40.0, ptr %469, align 64
  store <16 x float> %pacc.sroa.44.0, ptr %473, align 64
  store <16 x float> %pacc.sroa.48.0, ptr %477, align 64
  store <16 x float> %pacc.sroa.52.0, ptr %481, align 64
  store <16 x float> %pacc.sroa.56.0, ptr %485, align 64
  store <16 x float> %pacc.sroa.60.0, ptr %492, align 64
  store <16 x float> %pacc.sroa.64.0, ptr %496, align 64
  store <16 x float> %pacc.sroa.68.0, ptr %500, align 64
  store <16 x float> %pacc.sroa.72.0, ptr %504, align 64
  store <16 x float> %pacc.sroa.76.0, ptr %508, align 64
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
