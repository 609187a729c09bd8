; ModuleID = 'expr_softcap'
source_filename = "expr_softcap"
target triple = "x86_64-unknown-linux-gnu"

@expr_softcap.name = private unnamed_addr constant [13 x i8] c"expr_softcap\00"
@expr_softcap.spec = private unnamed_addr constant [412 x i8] c"attncc: 1\0Aname: expr_softcap\0Aphase: decode\0Akind: self\0Aheads: {q: 8, kv: 4, dim: 256, v_dim: 256}\0Atypes: {q: f32, cache: f32, out: f32}\0Ascale: auto\0Acache: {store: kv, layout: contiguous, order: token_major, capacity: 4096, latent_dim: 0, rope_dim: 0, shared_across_layers: false}\0Amask: {causal: true}\0Aoutput: {lse: false}\0Ascore: {expr: \2250.0 * tanh(s / 50.0)\22}\0Aslim: {order: auto}\0Amodel: {layers: 1, d_model: 0}\0A\00"
@expr_softcap_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32, ptr, i32, i32, i32, i32, float, i32 } { i32 6, i32 1, i64 6687514764876223130, ptr @expr_softcap.name, ptr @expr_softcap.spec, i32 8, i32 4, i32 256, i32 256, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 4096, i32 1, i32 0, float 6.250000e-02, i32 0, i32 0, i32 0, ptr null, i32 0, i32 0, i32 0, i32 0, float 0.000000e+00, i32 2 }, align 8
@expr_softcap_kernel = internal constant { ptr, ptr, i32, i32, i32, i32, i32, i32, ptr } { ptr @expr_softcap_info_data, ptr @expr_softcap_tile, i32 1, i32 8, i32 16, i32 64, i32 1, i32 256, ptr null }, align 8

; Function Attrs: nounwind
define internal void @expr_softcap_tile(ptr %0, ptr %1) #0 {
entry:
  %muse = alloca [2 x float], align 64
  %lsum = alloca [2 x <16 x float>], align 64
  %smax = alloca [2 x <16 x float>], align 64
  %lims = alloca [8 x i32], align 64
  %alpha = alloca [2 x float], align 64
  %accs = alloca [2048 x float], align 64
  %pbuf = alloca [64 x float], align 64
  %dbuf = alloca [64 x <16 x float>], align 64
  %qs = alloca [128 x <16 x float>], align 64
  %ls = alloca [8 x float], align 64
  %ms = alloca [8 x float], align 64
  %q_row0 = load i64, ptr %1, align 4
  %2 = getelementptr i8, ptr %1, i64 8
  %seq = load i32, ptr %2, align 4
  %3 = getelementptr i8, ptr %1, i64 12
  %kv_head = load i32, ptr %3, align 4
  %kv_head0 = mul i32 %kv_head, 4
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
  %out = load ptr, ptr %15, align 8
  %16 = getelementptr i8, ptr %0, i64 48
  %17 = getelementptr i8, ptr %0, i64 56
  %k_cache = load ptr, ptr %17, align 8
  %18 = sext i32 %seq to i64
  %19 = mul i64 %18, 16777216
  %20 = getelementptr i8, ptr %k_cache, i64 %19
  %21 = sext i32 %kv_head0 to i64
  %22 = getelementptr i8, ptr %0, i64 64
  %v_cache = load ptr, ptr %22, align 8
  %23 = getelementptr i8, ptr %v_cache, i64 %19
  %24 = icmp sgt i32 %nrows, 0
  br i1 %24, label %rinit, label %done

done:                                             ; preds = %orow111, %entry
  ret void

rinit:                                            ; preds = %entry, %exit8
  %rinit1 = phi i32 [ %68, %exit8 ], [ 0, %entry ]
  %25 = icmp slt i32 %rinit1, 8
  br i1 %25, label %body, label %exit

body:                                             ; preds = %rinit
  %26 = sext i32 %rinit1 to i64
  %27 = mul i64 %26, 16
  %28 = getelementptr <16 x float>, ptr %qs, i64 %27
  %29 = icmp slt i32 %rinit1, %nrows
  %30 = sub i32 %nrows, 1
  %31 = call i32 @llvm.smin.i32(i32 %rinit1, i32 %30)
  %32 = sdiv i32 %31, %nh
  %qi = add i32 %q_begin, %32
  %33 = srem i32 %31, %nh
  %h = add i32 %h_begin, %33
  %34 = mul i32 %kv_head0, 2
  %hq = add i32 %34, %h
  %35 = sext i32 %qi to i64
  %36 = add i64 %q_row0, %35
  %37 = mul i64 %36, 8
  %38 = sext i32 %hq to i64
  %orow = add i64 %37, %38
  %39 = mul i64 %orow, 1024
  %40 = getelementptr i8, ptr %q, i64 %39
  %41 = select i1 %29, float 0x3FB7154760000000, float 0.000000e+00
  %42 = insertelement <16 x float> poison, float %41, i32 0
  %splat = shufflevector <16 x float> %42, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

exit:                                             ; preds = %rinit
  %43 = sub i32 %nrows, 1
  %44 = sdiv i32 %43, %nh
  %45 = add i32 %q_begin, %44
  %46 = add i32 %q_pos0, %45
  %47 = add i32 %46, 1
  %48 = call i32 @llvm.smin.i32(i32 %47, i32 %k_end)
  %k_last = sub i32 %48, 1
  br label %kblock

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %55, %body2 ]
  %49 = icmp slt i64 %chunk5, 16
  br i1 %49, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %50 = mul i64 %chunk5, 64
  %51 = getelementptr i8, ptr %40, i64 %50
  %52 = load <16 x float>, ptr %51, align 4
  %53 = fmul <16 x float> %52, %splat
  %54 = getelementptr <16 x float>, ptr %28, i64 %chunk5
  store <16 x float> %53, ptr %54, align 64
  %55 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %56 = getelementptr float, ptr %ms, i64 %26
  store float 0xFFF0000000000000, ptr %56, align 4
  %57 = getelementptr float, ptr %ls, i64 %26
  store float 0.000000e+00, ptr %57, align 4
  %58 = getelementptr i32, ptr %lims, i64 %26
  %59 = add i32 %q_pos0, %qi
  %60 = add i32 %59, 1
  %61 = call i32 @llvm.smin.i32(i32 %60, i32 %k_end)
  store i32 %61, ptr %58, align 4
  br label %acczero

acczero:                                          ; preds = %body6, %exit4
  %acczero9 = phi i64 [ 0, %exit4 ], [ %67, %body6 ]
  %62 = icmp slt i64 %acczero9, 16
  br i1 %62, label %body6, label %exit8

body6:                                            ; preds = %acczero
  %63 = mul i64 %acczero9, 16
  %64 = mul i64 %26, 256
  %65 = add i64 %64, %63
  %66 = getelementptr float, ptr %accs, i64 %65
  store <16 x float> zeroinitializer, ptr %66, align 64
  %67 = add nsw i64 %acczero9, 1
  br label %acczero

exit8:                                            ; preds = %acczero
  %68 = add nsw i32 %rinit1, 1
  br label %rinit

kblock:                                           ; preds = %kvh, %exit
  %kblock13 = phi i32 [ %k_begin, %exit ], [ %70, %kvh ]
  %69 = icmp slt i32 %kblock13, %48
  br i1 %69, label %body10, label %orow111

body10:                                           ; preds = %kblock
  %70 = add i32 %kblock13, 32
  br label %kvh

kvh:                                              ; preds = %exit103, %body10
  %kvh17 = phi i32 [ 0, %body10 ], [ %73, %exit103 ]
  %71 = icmp slt i32 %kvh17, 4
  br i1 %71, label %body14, label %kblock

body14:                                           ; preds = %kvh
  %72 = icmp eq i32 %kvh17, 3
  %73 = add i32 %kvh17, 1
  %74 = select i1 %72, i32 0, i32 %73
  %kb_next = select i1 %72, i32 %70, i32 %kblock13
  %75 = sext i32 %kvh17 to i64
  %76 = add i64 %21, %75
  %77 = mul i64 %75, 2
  %78 = getelementptr float, ptr %ms, i64 %77
  %79 = getelementptr float, ptr %ls, i64 %77
  %80 = mul i64 %77, 16
  %81 = getelementptr <16 x float>, ptr %qs, i64 %80
  %82 = mul i64 %77, 256
  %83 = getelementptr float, ptr %accs, i64 %82
  %84 = getelementptr i32, ptr %lims, i64 %77
  %85 = sext i32 %74 to i64
  %86 = add i64 %21, %85
  br label %kdot

kdot:                                             ; preds = %body18, %body14
  %kdot21 = phi i32 [ 0, %body14 ], [ %308, %body18 ]
  %87 = icmp slt i32 %kdot21, 32
  br i1 %87, label %body18, label %score

body18:                                           ; preds = %kdot
  %88 = add i32 %kblock13, %kdot21
  %89 = call i32 @llvm.smin.i32(i32 %88, i32 %k_last)
  %90 = sext i32 %89 to i64
  %91 = mul i64 %90, 4
  %row = add i64 %76, %91
  %92 = mul i64 %row, 1024
  %93 = getelementptr i8, ptr %20, i64 %92
  %94 = add i32 %kb_next, %kdot21
  %95 = call i32 @llvm.smin.i32(i32 %94, i32 %k_last)
  %96 = sext i32 %95 to i64
  %97 = mul i64 %96, 4
  %row22 = add i64 %86, %97
  %98 = mul i64 %row22, 1024
  %99 = getelementptr i8, ptr %20, i64 %98
  call void @llvm.prefetch.p0(ptr %99, i32 0, i32 2, i32 1)
  %100 = getelementptr i8, ptr %99, i64 64
  call void @llvm.prefetch.p0(ptr %100, i32 0, i32 2, i32 1)
  %101 = getelementptr i8, ptr %99, i64 128
  call void @llvm.prefetch.p0(ptr %101, i32 0, i32 2, i32 1)
  %102 = getelementptr i8, ptr %99, i64 192
  call void @llvm.prefetch.p0(ptr %102, i32 0, i32 2, i32 1)
  %103 = getelementptr i8, ptr %99, i64 256
  call void @llvm.prefetch.p0(ptr %103, i32 0, i32 2, i32 1)
  %104 = getelementptr i8, ptr %99, i64 320
  call void @llvm.prefetch.p0(ptr %104, i32 0, i32 2, i32 1)
  %105 = getelementptr i8, ptr %99, i64 384
  call void @llvm.prefetch.p0(ptr %105, i32 0, i32 2, i32 1)
  %106 = getelementptr i8, ptr %99, i64 448
  call void @llvm.prefetch.p0(ptr %106, i32 0, i32 2, i32 1)
  %107 = getelementptr i8, ptr %99, i64 512
  call void @llvm.prefetch.p0(ptr %107, i32 0, i32 2, i32 1)
  %108 = getelementptr i8, ptr %99, i64 576
  call void @llvm.prefetch.p0(ptr %108, i32 0, i32 2, i32 1)
  %109 = getelementptr i8, ptr %99, i64 640
  call void @llvm.prefetch.p0(ptr %109, i32 0, i32 2, i32 1)
  %110 = getelementptr i8, ptr %99, i64 704
  call void @llvm.prefetch.p0(ptr %110, i32 0, i32 2, i32 1)
  %111 = getelementptr i8, ptr %99, i64 768
  call void @llvm.prefetch.p0(ptr %111, i32 0, i32 2, i32 1)
  %112 = getelementptr i8, ptr %99, i64 832
  call void @llvm.prefetch.p0(ptr %112, i32 0, i32 2, i32 1)
  %113 = getelementptr i8, ptr %99, i64 896
  call void @llvm.prefetch.p0(ptr %113, i32 0, i32 2, i32 1)
  %114 = getelementptr i8, ptr %99, i64 960
  call void @llvm.prefetch.p0(ptr %114, i32 0, i32 2, i32 1)
  %115 = add i32 %kdot21, 1
  %116 = add i32 %kblock13, %115
  %117 = call i32 @llvm.smin.i32(i32 %116, i32 %k_last)
  %118 = sext i32 %117 to i64
  %119 = mul i64 %118, 4
  %row23 = add i64 %76, %119
  %120 = mul i64 %row23, 1024
  %121 = getelementptr i8, ptr %20, i64 %120
  %122 = add i32 %kb_next, %115
  %123 = call i32 @llvm.smin.i32(i32 %122, i32 %k_last)
  %124 = sext i32 %123 to i64
  %125 = mul i64 %124, 4
  %row24 = add i64 %86, %125
  %126 = mul i64 %row24, 1024
  %127 = getelementptr i8, ptr %20, i64 %126
  call void @llvm.prefetch.p0(ptr %127, i32 0, i32 2, i32 1)
  %128 = getelementptr i8, ptr %127, i64 64
  call void @llvm.prefetch.p0(ptr %128, i32 0, i32 2, i32 1)
  %129 = getelementptr i8, ptr %127, i64 128
  call void @llvm.prefetch.p0(ptr %129, i32 0, i32 2, i32 1)
  %130 = getelementptr i8, ptr %127, i64 192
  call void @llvm.prefetch.p0(ptr %130, i32 0, i32 2, i32 1)
  %131 = getelementptr i8, ptr %127, i64 256
  call void @llvm.prefetch.p0(ptr %131, i32 0, i32 2, i32 1)
  %132 = getelementptr i8, ptr %127, i64 320
  call void @llvm.prefetch.p0(ptr %132, i32 0, i32 2, i32 1)
  %133 = getelementptr i8, ptr %127, i64 384
  call void @llvm.prefetch.p0(ptr %133, i32 0, i32 2, i32 1)
  %134 = getelementptr i8, ptr %127, i64 448
  call void @llvm.prefetch.p0(ptr %134, i32 0, i32 2, i32 1)
  %135 = getelementptr i8, ptr %127, i64 512
  call void @llvm.prefetch.p0(ptr %135, i32 0, i32 2, i32 1)
  %136 = getelementptr i8, ptr %127, i64 576
  call void @llvm.prefetch.p0(ptr %136, i32 0, i32 2, i32 1)
  %137 = getelementptr i8, ptr %127, i64 640
  call void @llvm.prefetch.p0(ptr %137, i32 0, i32 2, i32 1)
  %138 = getelementptr i8, ptr %127, i64 704
  call void @llvm.prefetch.p0(ptr %138, i32 0, i32 2, i32 1)
  %139 = getelementptr i8, ptr %127, i64 768
  call void @llvm.prefetch.p0(ptr %139, i32 0, i32 2, i32 1)
  %140 = getelementptr i8, ptr %127, i64 832
  call void @llvm.prefetch.p0(ptr %140, i32 0, i32 2, i32 1)
  %141 = getelementptr i8, ptr %127, i64 896
  call void @llvm.prefetch.p0(ptr %141, i32 0, i32 2, i32 1)
  %142 = getelementptr i8, ptr %127, i64 960
  call void @llvm.prefetch.p0(ptr %142, i32 0, i32 2, i32 1)
  %q25 = load <16 x float>, ptr %81, align 64
  %143 = load <16 x float>, ptr %93, align 4
  %144 = load <16 x float>, ptr %121, align 4
  %145 = fmul <16 x float> %q25, %143
  %146 = fmul <16 x float> %q25, %144
  %147 = getelementptr <16 x float>, ptr %81, i64 16
  %q26 = load <16 x float>, ptr %147, align 64
  %148 = fmul <16 x float> %q26, %143
  %149 = fmul <16 x float> %q26, %144
  %150 = getelementptr <16 x float>, ptr %81, i64 1
  %q27 = load <16 x float>, ptr %150, align 64
  %151 = getelementptr i8, ptr %93, i64 64
  %152 = load <16 x float>, ptr %151, align 4
  %153 = getelementptr i8, ptr %121, i64 64
  %154 = load <16 x float>, ptr %153, align 4
  %155 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %152, <16 x float> %145)
  %156 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %154, <16 x float> %146)
  %157 = getelementptr <16 x float>, ptr %81, i64 17
  %q28 = load <16 x float>, ptr %157, align 64
  %158 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %152, <16 x float> %148)
  %159 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %154, <16 x float> %149)
  %160 = getelementptr <16 x float>, ptr %81, i64 2
  %q29 = load <16 x float>, ptr %160, align 64
  %161 = getelementptr i8, ptr %93, i64 128
  %162 = load <16 x float>, ptr %161, align 4
  %163 = getelementptr i8, ptr %121, i64 128
  %164 = load <16 x float>, ptr %163, align 4
  %165 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q29, <16 x float> %162, <16 x float> %155)
  %166 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q29, <16 x float> %164, <16 x float> %156)
  %167 = getelementptr <16 x float>, ptr %81, i64 18
  %q30 = load <16 x float>, ptr %167, align 64
  %168 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q30, <16 x float> %162, <16 x float> %158)
  %169 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q30, <16 x float> %164, <16 x float> %159)
  %170 = getelementptr <16 x float>, ptr %81, i64 3
  %q31 = load <16 x float>, ptr %170, align 64
  %171 = getelementptr i8, ptr %93, i64 192
  %172 = load <16 x float>, ptr %171, align 4
  %173 = getelementptr i8, ptr %121, i64 192
  %174 = load <16 x float>, ptr %173, align 4
  %175 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %172, <16 x float> %165)
  %176 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %174, <16 x float> %166)
  %177 = getelementptr <16 x float>, ptr %81, i64 19
  %q32 = load <16 x float>, ptr %177, align 64
  %178 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %172, <16 x float> %168)
  %179 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %174, <16 x float> %169)
  %180 = getelementptr <16 x float>, ptr %81, i64 4
  %q33 = load <16 x float>, ptr %180, align 64
  %181 = getelementptr i8, ptr %93, i64 256
  %182 = load <16 x float>, ptr %181, align 4
  %183 = getelementptr i8, ptr %121, i64 256
  %184 = load <16 x float>, ptr %183, align 4
  %185 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %182, <16 x float> %175)
  %186 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %184, <16 x float> %176)
  %187 = getelementptr <16 x float>, ptr %81, i64 20
  %q34 = load <16 x float>, ptr %187, align 64
  %188 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %182, <16 x float> %178)
  %189 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %184, <16 x float> %179)
  %190 = getelementptr <16 x float>, ptr %81, i64 5
  %q35 = load <16 x float>, ptr %190, align 64
  %191 = getelementptr i8, ptr %93, i64 320
  %192 = load <16 x float>, ptr %191, align 4
  %193 = getelementptr i8, ptr %121, i64 320
  %194 = load <16 x float>, ptr %193, align 4
  %195 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %192, <16 x float> %185)
  %196 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %194, <16 x float> %186)
  %197 = getelementptr <16 x float>, ptr %81, i64 21
  %q36 = load <16 x float>, ptr %197, align 64
  %198 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %192, <16 x float> %188)
  %199 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %194, <16 x float> %189)
  %200 = getelementptr <16 x float>, ptr %81, i64 6
  %q37 = load <16 x float>, ptr %200, align 64
  %201 = getelementptr i8, ptr %93, i64 384
  %202 = load <16 x float>, ptr %201, align 4
  %203 = getelementptr i8, ptr %121, i64 384
  %204 = load <16 x float>, ptr %203, align 4
  %205 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %202, <16 x float> %195)
  %206 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %204, <16 x float> %196)
  %207 = getelementptr <16 x float>, ptr %81, i64 22
  %q38 = load <16 x float>, ptr %207, align 64
  %208 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q38, <16 x float> %202, <16 x float> %198)
  %209 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q38, <16 x float> %204, <16 x float> %199)
  %210 = getelementptr <16 x float>, ptr %81, i64 7
  %q39 = load <16 x float>, ptr %210, align 64
  %211 = getelementptr i8, ptr %93, i64 448
  %212 = load <16 x float>, ptr %211, align 4
  %213 = getelementptr i8, ptr %121, i64 448
  %214 = load <16 x float>, ptr %213, align 4
  %215 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q39, <16 x float> %212, <16 x float> %205)
  %216 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q39, <16 x float> %214, <16 x float> %206)
  %217 = getelementptr <16 x float>, ptr %81, i64 23
  %q40 = load <16 x float>, ptr %217, align 64
  %218 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q40, <16 x float> %212, <16 x float> %208)
  %219 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q40, <16 x float> %214, <16 x float> %209)
  %220 = getelementptr <16 x float>, ptr %81, i64 8
  %q41 = load <16 x float>, ptr %220, align 64
  %221 = getelementptr i8, ptr %93, i64 512
  %222 = load <16 x float>, ptr %221, align 4
  %223 = getelementptr i8, ptr %121, i64 512
  %224 = load <16 x float>, ptr %223, align 4
  %225 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q41, <16 x float> %222, <16 x float> %215)
  %226 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q41, <16 x float> %224, <16 x float> %216)
  %227 = getelementptr <16 x float>, ptr %81, i64 24
  %q42 = load <16 x float>, ptr %227, align 64
  %228 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q42, <16 x float> %222, <16 x float> %218)
  %229 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q42, <16 x float> %224, <16 x float> %219)
  %230 = getelementptr <16 x float>, ptr %81, i64 9
  %q43 = load <16 x float>, ptr %230, align 64
  %231 = getelementptr i8, ptr %93, i64 576
  %232 = load <16 x float>, ptr %231, align 4
  %233 = getelementptr i8, ptr %121, i64 576
  %234 = load <16 x float>, ptr %233, align 4
  %235 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q43, <16 x float> %232, <16 x float> %225)
  %236 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q43, <16 x float> %234, <16 x float> %226)
  %237 = getelementptr <16 x float>, ptr %81, i64 25
  %q44 = load <16 x float>, ptr %237, align 64
  %238 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q44, <16 x float> %232, <16 x float> %228)
  %239 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q44, <16 x float> %234, <16 x float> %229)
  %240 = getelementptr <16 x float>, ptr %81, i64 10
  %q45 = load <16 x float>, ptr %240, align 64
  %241 = getelementptr i8, ptr %93, i64 640
  %242 = load <16 x float>, ptr %241, align 4
  %243 = getelementptr i8, ptr %121, i64 640
  %244 = load <16 x float>, ptr %243, align 4
  %245 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q45, <16 x float> %242, <16 x float> %235)
  %246 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q45, <16 x float> %244, <16 x float> %236)
  %247 = getelementptr <16 x float>, ptr %81, i64 26
  %q46 = load <16 x float>, ptr %247, align 64
  %248 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q46, <16 x float> %242, <16 x float> %238)
  %249 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q46, <16 x float> %244, <16 x float> %239)
  %250 = getelementptr <16 x float>, ptr %81, i64 11
  %q47 = load <16 x float>, ptr %250, align 64
  %251 = getelementptr i8, ptr %93, i64 704
  %252 = load <16 x float>, ptr %251, align 4
  %253 = getelementptr i8, ptr %121, i64 704
  %254 = load <16 x float>, ptr %253, align 4
  %255 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q47, <16 x float> %252, <16 x float> %245)
  %256 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q47, <16 x float> %254, <16 x float> %246)
  %257 = getelementptr <16 x float>, ptr %81, i64 27
  %q48 = load <16 x float>, ptr %257, align 64
  %258 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q48, <16 x float> %252, <16 x float> %248)
  %259 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q48, <16 x float> %254, <16 x float> %249)
  %260 = getelementptr <16 x float>, ptr %81, i64 12
  %q49 = load <16 x float>, ptr %260, align 64
  %261 = getelementptr i8, ptr %93, i64 768
  %262 = load <16 x float>, ptr %261, align 4
  %263 = getelementptr i8, ptr %121, i64 768
  %264 = load <16 x float>, ptr %263, align 4
  %265 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q49, <16 x float> %262, <16 x float> %255)
  %266 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q49, <16 x float> %264, <16 x float> %256)
  %267 = getelementptr <16 x float>, ptr %81, i64 28
  %q50 = load <16 x float>, ptr %267, align 64
  %268 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q50, <16 x float> %262, <16 x float> %258)
  %269 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q50, <16 x float> %264, <16 x float> %259)
  %270 = getelementptr <16 x float>, ptr %81, i64 13
  %q51 = load <16 x float>, ptr %270, align 64
  %271 = getelementptr i8, ptr %93, i64 832
  %272 = load <16 x float>, ptr %271, align 4
  %273 = getelementptr i8, ptr %121, i64 832
  %274 = load <16 x float>, ptr %273, align 4
  %275 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q51, <16 x float> %272, <16 x float> %265)
  %276 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q51, <16 x float> %274, <16 x float> %266)
  %277 = getelementptr <16 x float>, ptr %81, i64 29
  %q52 = load <16 x float>, ptr %277, align 64
  %278 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q52, <16 x float> %272, <16 x float> %268)
  %279 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q52, <16 x float> %274, <16 x float> %269)
  %280 = getelementptr <16 x float>, ptr %81, i64 14
  %q53 = load <16 x float>, ptr %280, align 64
  %281 = getelementptr i8, ptr %93, i64 896
  %282 = load <16 x float>, ptr %281, align 4
  %283 = getelementptr i8, ptr %121, i64 896
  %284 = load <16 x float>, ptr %283, align 4
  %285 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q53, <16 x float> %282, <16 x float> %275)
  %286 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q53, <16 x float> %284, <16 x float> %276)
  %287 = getelementptr <16 x float>, ptr %81, i64 30
  %q54 = load <16 x float>, ptr %287, align 64
  %288 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q54, <16 x float> %282, <16 x float> %278)
  %289 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q54, <16 x float> %284, <16 x float> %279)
  %290 = getelementptr <16 x float>, ptr %81, i64 15
  %q55 = load <16 x float>, ptr %290, align 64
  %291 = getelementptr i8, ptr %93, i64 960
  %292 = load <16 x float>, ptr %291, align 4
  %293 = getelementptr i8, ptr %121, i64 960
  %294 = load <16 x float>, ptr %293, align 4
  %295 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q55, <16 x float> %292, <16 x float> %285)
  %296 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q55, <16 x float> %294, <16 x float> %286)
  %297 = getelementptr <16 x float>, ptr %81, i64 31
  %q56 = load <16 x float>, ptr %297, align 64
  %298 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q56, <16 x float> %292, <16 x float> %288)
  %299 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q56, <16 x float> %294, <16 x float> %289)
  %300 = sext i32 %kdot21 to i64
  %301 = getelementptr <16 x float>, ptr %dbuf, i64 %300
  store <16 x float> %295, ptr %301, align 64
  %302 = sext i32 %115 to i64
  %303 = getelementptr <16 x float>, ptr %dbuf, i64 %302
  store <16 x float> %296, ptr %303, align 64
  %304 = add i64 32, %300
  %305 = getelementptr <16 x float>, ptr %dbuf, i64 %304
  store <16 x float> %298, ptr %305, align 64
  %306 = add i64 32, %302
  %307 = getelementptr <16 x float>, ptr %dbuf, i64 %306
  store <16 x float> %299, ptr %307, align 64
  %308 = add nsw i32 %kdot21, 2
  br label %kdot

score:                                            ; preds = %kdot, %body57
  %score60 = phi i64 [ %443, %body57 ], [ 0, %kdot ]
  %309 = icmp slt i64 %score60, 4
  br i1 %309, label %body57, label %rmax

body57:                                           ; preds = %score
  %310 = sdiv i64 %score60, 2
  %311 = srem i64 %score60, 2
  %312 = mul i64 %311, 16
  %313 = mul i64 %310, 32
  %314 = add i64 %313, %312
  %315 = getelementptr <16 x float>, ptr %dbuf, i64 %314
  %316 = load <16 x float>, ptr %315, align 64
  %317 = add i64 %314, 1
  %318 = getelementptr <16 x float>, ptr %dbuf, i64 %317
  %319 = load <16 x float>, ptr %318, align 64
  %320 = shufflevector <16 x float> %316, <16 x float> %319, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %321 = shufflevector <16 x float> %316, <16 x float> %319, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %322 = fadd <16 x float> %320, %321
  %323 = add i64 %314, 2
  %324 = getelementptr <16 x float>, ptr %dbuf, i64 %323
  %325 = load <16 x float>, ptr %324, align 64
  %326 = add i64 %314, 3
  %327 = getelementptr <16 x float>, ptr %dbuf, i64 %326
  %328 = load <16 x float>, ptr %327, align 64
  %329 = shufflevector <16 x float> %325, <16 x float> %328, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %330 = shufflevector <16 x float> %325, <16 x float> %328, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %331 = fadd <16 x float> %329, %330
  %332 = shufflevector <16 x float> %322, <16 x float> %331, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %333 = shufflevector <16 x float> %322, <16 x float> %331, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %334 = fadd <16 x float> %332, %333
  %335 = add i64 %314, 4
  %336 = getelementptr <16 x float>, ptr %dbuf, i64 %335
  %337 = load <16 x float>, ptr %336, align 64
  %338 = add i64 %314, 5
  %339 = getelementptr <16 x float>, ptr %dbuf, i64 %338
  %340 = load <16 x float>, ptr %339, align 64
  %341 = shufflevector <16 x float> %337, <16 x float> %340, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %342 = shufflevector <16 x float> %337, <16 x float> %340, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %343 = fadd <16 x float> %341, %342
  %344 = add i64 %314, 6
  %345 = getelementptr <16 x float>, ptr %dbuf, i64 %344
  %346 = load <16 x float>, ptr %345, align 64
  %347 = add i64 %314, 7
  %348 = getelementptr <16 x float>, ptr %dbuf, i64 %347
  %349 = load <16 x float>, ptr %348, align 64
  %350 = shufflevector <16 x float> %346, <16 x float> %349, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %351 = shufflevector <16 x float> %346, <16 x float> %349, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %352 = fadd <16 x float> %350, %351
  %353 = shufflevector <16 x float> %343, <16 x float> %352, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %354 = shufflevector <16 x float> %343, <16 x float> %352, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %355 = fadd <16 x float> %353, %354
  %356 = shufflevector <16 x float> %334, <16 x float> %355, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %357 = shufflevector <16 x float> %334, <16 x float> %355, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %358 = fadd <16 x float> %356, %357
  %359 = add i64 %314, 8
  %360 = getelementptr <16 x float>, ptr %dbuf, i64 %359
  %361 = load <16 x float>, ptr %360, align 64
  %362 = add i64 %314, 9
  %363 = getelementptr <16 x float>, ptr %dbuf, i64 %362
  %364 = load <16 x float>, ptr %363, align 64
  %365 = shufflevector <16 x float> %361, <16 x float> %364, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %366 = shufflevector <16 x float> %361, <16 x float> %364, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %367 = fadd <16 x float> %365, %366
  %368 = add i64 %314, 10
  %369 = getelementptr <16 x float>, ptr %dbuf, i64 %368
  %370 = load <16 x float>, ptr %369, align 64
  %371 = add i64 %314, 11
  %372 = getelementptr <16 x float>, ptr %dbuf, i64 %371
  %373 = load <16 x float>, ptr %372, align 64
  %374 = shufflevector <16 x float> %370, <16 x float> %373, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %375 = shufflevector <16 x float> %370, <16 x float> %373, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %376 = fadd <16 x float> %374, %375
  %377 = shufflevector <16 x float> %367, <16 x float> %376, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %378 = shufflevector <16 x float> %367, <16 x float> %376, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %379 = fadd <16 x float> %377, %378
  %380 = add i64 %314, 12
  %381 = getelementptr <16 x float>, ptr %dbuf, i64 %380
  %382 = load <16 x float>, ptr %381, align 64
  %383 = add i64 %314, 13
  %384 = getelementptr <16 x float>, ptr %dbuf, i64 %383
  %385 = load <16 x float>, ptr %384, align 64
  %386 = shufflevector <16 x float> %382, <16 x float> %385, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %387 = shufflevector <16 x float> %382, <16 x float> %385, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %388 = fadd <16 x float> %386, %387
  %389 = add i64 %314, 14
  %390 = getelementptr <16 x float>, ptr %dbuf, i64 %389
  %391 = load <16 x float>, ptr %390, align 64
  %392 = add i64 %314, 15
  %393 = getelementptr <16 x float>, ptr %dbuf, i64 %392
  %394 = load <16 x float>, ptr %393, align 64
  %395 = shufflevector <16 x float> %391, <16 x float> %394, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %396 = shufflevector <16 x float> %391, <16 x float> %394, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %397 = fadd <16 x float> %395, %396
  %398 = shufflevector <16 x float> %388, <16 x float> %397, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %399 = shufflevector <16 x float> %388, <16 x float> %397, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %400 = fadd <16 x float> %398, %399
  %401 = shufflevector <16 x float> %379, <16 x float> %400, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %402 = shufflevector <16 x float> %379, <16 x float> %400, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %403 = fadd <16 x float> %401, %402
  %404 = shufflevector <16 x float> %358, <16 x float> %403, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %405 = shufflevector <16 x float> %358, <16 x float> %403, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %406 = fadd <16 x float> %404, %405
  %407 = getelementptr i32, ptr %84, i64 %310
  %lim = load i32, ptr %407, align 4
  %408 = insertelement <16 x i32> poison, i32 %lim, i32 0
  %splat61 = shufflevector <16 x i32> %408, <16 x i32> poison, <16 x i32> zeroinitializer
  %409 = trunc i64 %312 to i32
  %410 = add i32 %kblock13, %409
  %411 = insertelement <16 x i32> poison, i32 %410, i32 0
  %splat62 = shufflevector <16 x i32> %411, <16 x i32> poison, <16 x i32> zeroinitializer
  %412 = add <16 x i32> %splat62, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %413 = icmp slt <16 x i32> %412, %splat61
  %s = fmul <16 x float> %406, <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>
  %414 = fdiv <16 x float> %s, <float 5.000000e+01, float 5.000000e+01, float 5.000000e+01, float 5.000000e+01, float 5.000000e+01, float 5.000000e+01, float 5.000000e+01, float 5.000000e+01, float 5.000000e+01, float 5.000000e+01, float 5.000000e+01, float 5.000000e+01, float 5.000000e+01, float 5.000000e+01, float 5.000000e+01, float 5.000000e+01>
  %415 = call <16 x float> @llvm.fabs.v16f32(<16 x float> %414)
  %416 = fmul <16 x float> %415, <float 0xC007154760000000, float 0xC007154760000000, float 0xC007154760000000, float 0xC007154760000000, float 0xC007154760000000, float 0xC007154760000000, float 0xC007154760000000, float 0xC007154760000000, float 0xC007154760000000, float 0xC007154760000000, float 0xC007154760000000, float 0xC007154760000000, float 0xC007154760000000, float 0xC007154760000000, float 0xC007154760000000, float 0xC007154760000000>
  %417 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %416, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %418 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %417, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %419 = fadd <16 x float> %418, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %419, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %418, %n
  %420 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %421 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %420, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %422 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %421, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %423 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %422, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %424 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %423, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %425 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %424, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %426 = fptosi <16 x float> %n to <16 x i32>
  %427 = add <16 x i32> %426, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %428 = shl <16 x i32> %427, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %429 = bitcast <16 x i32> %428 to <16 x float>
  %exp2 = fmul <16 x float> %425, %429
  %430 = fadd <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %exp2
  %431 = fsub <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %exp2
  %tanh = fdiv <16 x float> %431, %430
  %432 = call <16 x float> @llvm.copysign.v16f32(<16 x float> %tanh, <16 x float> %414)
  %433 = fcmp uno <16 x float> %414, %414
  %434 = select <16 x i1> %433, <16 x float> %414, <16 x float> %432
  %435 = fmul <16 x float> <float 5.000000e+01, float 5.000000e+01, float 5.000000e+01, float 5.000000e+01, float 5.000000e+01, float 5.000000e+01, float 5.000000e+01, float 5.000000e+01, float 5.000000e+01, float 5.000000e+01, float 5.000000e+01, float 5.000000e+01, float 5.000000e+01, float 5.000000e+01, float 5.000000e+01, float 5.000000e+01>, %434
  %score_expr = fmul <16 x float> %435, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %436 = select <16 x i1> %413, <16 x float> %score_expr, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %437 = getelementptr float, ptr %pbuf, i64 %314
  store <16 x float> %436, ptr %437, align 64
  %438 = getelementptr <16 x float>, ptr %smax, i64 %310
  %439 = icmp eq i64 %311, 0
  %440 = load <16 x float>, ptr %438, align 64
  %441 = select i1 %439, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <16 x float> %440
  %442 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %441, <16 x float> %436)
  store <16 x float> %442, ptr %438, align 64
  %443 = add nsw i64 %score60, 1
  br label %score

rmax:                                             ; preds = %score, %body63
  %rmax66 = phi i64 [ %480, %body63 ], [ 0, %score ]
  %444 = icmp slt i64 %rmax66, 2
  br i1 %444, label %body63, label %pexp

body63:                                           ; preds = %rmax
  %445 = getelementptr float, ptr %78, i64 %rmax66
  %m = load float, ptr %445, align 4
  %446 = getelementptr <16 x float>, ptr %smax, i64 %rmax66
  %447 = load <16 x float>, ptr %446, align 64
  %448 = shufflevector <16 x float> %447, <16 x float> undef, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %449 = shufflevector <16 x float> %447, <16 x float> undef, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %450 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %448, <8 x float> %449)
  %451 = shufflevector <8 x float> %450, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %452 = shufflevector <8 x float> %450, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %453 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %451, <4 x float> %452)
  %454 = shufflevector <4 x float> %453, <4 x float> undef, <2 x i32> <i32 0, i32 1>
  %455 = shufflevector <4 x float> %453, <4 x float> undef, <2 x i32> <i32 2, i32 3>
  %456 = call <2 x float> @llvm.maxnum.v2f32(<2 x float> %454, <2 x float> %455)
  %457 = shufflevector <2 x float> %456, <2 x float> undef, <1 x i32> zeroinitializer
  %458 = shufflevector <2 x float> %456, <2 x float> undef, <1 x i32> <i32 1>
  %459 = call <1 x float> @llvm.maxnum.v1f32(<1 x float> %457, <1 x float> %458)
  %460 = extractelement <1 x float> %459, i32 0
  %461 = call float @llvm.maxnum.f32(float %m, float %460)
  %462 = fcmp oeq float %461, 0xFFF0000000000000
  %muse67 = select i1 %462, float 0.000000e+00, float %461
  %463 = fsub float %m, %muse67
  %464 = insertelement <16 x float> poison, float %463, i32 0
  %splat68 = shufflevector <16 x float> %464, <16 x float> poison, <16 x i32> zeroinitializer
  %465 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat68, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %466 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %465, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %467 = fadd <16 x float> %466, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n69 = fsub <16 x float> %467, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f70 = fsub <16 x float> %466, %n69
  %468 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f70, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %469 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %468, <16 x float> %f70, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %470 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %469, <16 x float> %f70, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %471 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %470, <16 x float> %f70, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %472 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %471, <16 x float> %f70, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %473 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %472, <16 x float> %f70, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %474 = fptosi <16 x float> %n69 to <16 x i32>
  %475 = add <16 x i32> %474, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %476 = shl <16 x i32> %475, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %477 = bitcast <16 x i32> %476 to <16 x float>
  %exp271 = fmul <16 x float> %473, %477
  %alpha72 = extractelement <16 x float> %exp271, i32 0
  store float %461, ptr %445, align 4
  %478 = getelementptr float, ptr %muse, i64 %rmax66
  store float %muse67, ptr %478, align 4
  %479 = getelementptr float, ptr %alpha, i64 %rmax66
  store float %alpha72, ptr %479, align 4
  %480 = add nsw i64 %rmax66, 1
  br label %rmax

pexp:                                             ; preds = %rmax, %body73
  %pexp76 = phi i64 [ %511, %body73 ], [ 0, %rmax ]
  %481 = icmp slt i64 %pexp76, 4
  br i1 %481, label %body73, label %lsum81

body73:                                           ; preds = %pexp
  %482 = sdiv i64 %pexp76, 2
  %483 = srem i64 %pexp76, 2
  %484 = mul i64 %483, 16
  %485 = mul i64 %482, 32
  %486 = add i64 %485, %484
  %487 = getelementptr float, ptr %pbuf, i64 %486
  %488 = getelementptr float, ptr %muse, i64 %482
  %489 = load float, ptr %488, align 4
  %490 = insertelement <16 x float> poison, float %489, i32 0
  %splat77 = shufflevector <16 x float> %490, <16 x float> poison, <16 x i32> zeroinitializer
  %491 = load <16 x float>, ptr %487, align 64
  %492 = fsub <16 x float> %491, %splat77
  %493 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %492, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %494 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %493, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %495 = fadd <16 x float> %494, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n78 = fsub <16 x float> %495, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f79 = fsub <16 x float> %494, %n78
  %496 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f79, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %497 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %496, <16 x float> %f79, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %498 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %497, <16 x float> %f79, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %499 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %498, <16 x float> %f79, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %500 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %499, <16 x float> %f79, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %501 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %500, <16 x float> %f79, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %502 = fptosi <16 x float> %n78 to <16 x i32>
  %503 = add <16 x i32> %502, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %504 = shl <16 x i32> %503, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %505 = bitcast <16 x i32> %504 to <16 x float>
  %exp280 = fmul <16 x float> %501, %505
  store <16 x float> %exp280, ptr %487, align 64
  %506 = getelementptr <16 x float>, ptr %lsum, i64 %482
  %507 = icmp eq i64 %483, 0
  %508 = load <16 x float>, ptr %506, align 64
  %509 = select i1 %507, <16 x float> zeroinitializer, <16 x float> %508
  %510 = fadd <16 x float> %509, %exp280
  store <16 x float> %510, ptr %506, align 64
  %511 = add nsw i64 %pexp76, 1
  br label %pexp

lsum81:                                           ; preds = %pexp, %body82
  %lsum85 = phi i64 [ %520, %body82 ], [ 0, %pexp ]
  %512 = icmp slt i64 %lsum85, 2
  br i1 %512, label %body82, label %exit84

body82:                                           ; preds = %lsum81
  %513 = getelementptr float, ptr %79, i64 %lsum85
  %514 = getelementptr float, ptr %alpha, i64 %lsum85
  %515 = load float, ptr %514, align 4
  %516 = getelementptr <16 x float>, ptr %lsum, i64 %lsum85
  %517 = load <16 x float>, ptr %516, align 64
  %518 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %517)
  %l = load float, ptr %513, align 4
  %519 = call float @llvm.fmuladd.f32(float %l, float %515, float %518)
  store float %519, ptr %513, align 4
  %520 = add nsw i64 %lsum85, 1
  br label %lsum81

exit84:                                           ; preds = %lsum81
  %521 = sub i32 %48, %kblock13
  %522 = call i32 @llvm.smin.i32(i32 32, i32 %521)
  %523 = load float, ptr %alpha, align 4
  %524 = insertelement <16 x float> poison, float %523, i32 0
  %splat86 = shufflevector <16 x float> %524, <16 x float> poison, <16 x i32> zeroinitializer
  %525 = load <16 x float>, ptr %83, align 64
  %526 = fmul <16 x float> %525, %splat86
  %527 = getelementptr float, ptr %83, i64 16
  %528 = load <16 x float>, ptr %527, align 64
  %529 = fmul <16 x float> %528, %splat86
  %530 = getelementptr float, ptr %83, i64 32
  %531 = load <16 x float>, ptr %530, align 64
  %532 = fmul <16 x float> %531, %splat86
  %533 = getelementptr float, ptr %83, i64 48
  %534 = load <16 x float>, ptr %533, align 64
  %535 = fmul <16 x float> %534, %splat86
  %536 = getelementptr float, ptr %83, i64 64
  %537 = load <16 x float>, ptr %536, align 64
  %538 = fmul <16 x float> %537, %splat86
  %539 = getelementptr float, ptr %83, i64 80
  %540 = load <16 x float>, ptr %539, align 64
  %541 = fmul <16 x float> %540, %splat86
  %542 = getelementptr float, ptr %83, i64 96
  %543 = load <16 x float>, ptr %542, align 64
  %544 = fmul <16 x float> %543, %splat86
  %545 = getelementptr float, ptr %83, i64 112
  %546 = load <16 x float>, ptr %545, align 64
  %547 = fmul <16 x float> %546, %splat86
  %548 = getelementptr float, ptr %alpha, i64 1
  %549 = load float, ptr %548, align 4
  %550 = insertelement <16 x float> poison, float %549, i32 0
  %splat87 = shufflevector <16 x float> %550, <16 x float> poison, <16 x i32> zeroinitializer
  %551 = getelementptr float, ptr %83, i64 256
  %552 = load <16 x float>, ptr %551, align 64
  %553 = fmul <16 x float> %552, %splat87
  %554 = getelementptr float, ptr %83, i64 272
  %555 = load <16 x float>, ptr %554, align 64
  %556 = fmul <16 x float> %555, %splat87
  %557 = getelementptr float, ptr %83, i64 288
  %558 = load <16 x float>, ptr %557, align 64
  %559 = fmul <16 x float> %558, %splat87
  %560 = getelementptr float, ptr %83, i64 304
  %561 = load <16 x float>, ptr %560, align 64
  %562 = fmul <16 x float> %561, %splat87
  %563 = getelementptr float, ptr %83, i64 320
  %564 = load <16 x float>, ptr %563, align 64
  %565 = fmul <16 x float> %564, %splat87
  %566 = getelementptr float, ptr %83, i64 336
  %567 = load <16 x float>, ptr %566, align 64
  %568 = fmul <16 x float> %567, %splat87
  %569 = getelementptr float, ptr %83, i64 352
  %570 = load <16 x float>, ptr %569, align 64
  %571 = fmul <16 x float> %570, %splat87
  %572 = getelementptr float, ptr %83, i64 368
  %573 = load <16 x float>, ptr %572, align 64
  %574 = fmul <16 x float> %573, %splat87
  br label %kpv

kpv:                                              ; preds = %body88, %exit84
  %pacc.sroa.60.0 = phi <16 x float> [ %574, %exit84 ], [ %630, %body88 ]
  %pacc.sroa.56.0 = phi <16 x float> [ %571, %exit84 ], [ %626, %body88 ]
  %pacc.sroa.52.0 = phi <16 x float> [ %568, %exit84 ], [ %622, %body88 ]
  %pacc.sroa.48.0 = phi <16 x float> [ %565, %exit84 ], [ %618, %body88 ]
  %pacc.sroa.44.0 = phi <16 x float> [ %562, %exit84 ], [ %614, %body88 ]
  %pacc.sroa.40.0 = phi <16 x float> [ %559, %exit84 ], [ %610, %body88 ]
  %pacc.sroa.36.0 = phi <16 x float> [ %556, %exit84 ], [ %606, %body88 ]
  %pacc.sroa.32.0 = phi <16 x float> [ %553, %exit84 ], [ %602, %body88 ]
  %pacc.sroa.28.0 = phi <16 x float> [ %547, %exit84 ], [ %629, %body88 ]
  %pacc.sroa.24.0 = phi <16 x float> [ %544, %exit84 ], [ %625, %body88 ]
  %pacc.sroa.20.0 = phi <16 x float> [ %541, %exit84 ], [ %621, %body88 ]
  %pacc.sroa.16.0 = phi <16 x float> [ %538, %exit84 ], [ %617, %body88 ]
  %pacc.sroa.12.0 = phi <16 x float> [ %535, %exit84 ], [ %613, %body88 ]
  %pacc.sroa.8.0 = phi <16 x float> [ %532, %exit84 ], [ %609, %body88 ]
  %pacc.sroa.4.0 = phi <16 x float> [ %529, %exit84 ], [ %605, %body88 ]
  %pacc.sroa.0.0 = phi <16 x float> [ %526, %exit84 ], [ %601, %body88 ]
  %kpv91 = phi i32 [ 0, %exit84 ], [ %631, %body88 ]
  %575 = icmp slt i32 %kpv91, %522
  br i1 %575, label %body88, label %exit90

body88:                                           ; preds = %kpv
  %576 = add i32 %kblock13, %kpv91
  %577 = sext i32 %576 to i64
  %578 = mul i64 %577, 4
  %row92 = add i64 %76, %578
  %579 = mul i64 %row92, 1024
  %580 = getelementptr i8, ptr %23, i64 %579
  %581 = add i32 %kb_next, %kpv91
  %582 = call i32 @llvm.smin.i32(i32 %581, i32 %k_last)
  %583 = sext i32 %582 to i64
  %584 = mul i64 %583, 4
  %row93 = add i64 %86, %584
  %585 = mul i64 %row93, 1024
  %586 = getelementptr i8, ptr %23, i64 %585
  call void @llvm.prefetch.p0(ptr %586, i32 0, i32 2, i32 1)
  %587 = getelementptr i8, ptr %586, i64 64
  call void @llvm.prefetch.p0(ptr %587, i32 0, i32 2, i32 1)
  %588 = getelementptr i8, ptr %586, i64 128
  call void @llvm.prefetch.p0(ptr %588, i32 0, i32 2, i32 1)
  %589 = getelementptr i8, ptr %586, i64 192
  call void @llvm.prefetch.p0(ptr %589, i32 0, i32 2, i32 1)
  %590 = getelementptr i8, ptr %586, i64 256
  call void @llvm.prefetch.p0(ptr %590, i32 0, i32 2, i32 1)
  %591 = getelementptr i8, ptr %586, i64 320
  call void @llvm.prefetch.p0(ptr %591, i32 0, i32 2, i32 1)
  %592 = getelementptr i8, ptr %586, i64 384
  call void @llvm.prefetch.p0(ptr %592, i32 0, i32 2, i32 1)
  %593 = getelementptr i8, ptr %586, i64 448
  call void @llvm.prefetch.p0(ptr %593, i32 0, i32 2, i32 1)
  %594 = sext i32 %kpv91 to i64
  %595 = getelementptr float, ptr %pbuf, i64 %594
  %p = load float, ptr %595, align 4
  %596 = insertelement <16 x float> poison, float %p, i32 0
  %splat94 = shufflevector <16 x float> %596, <16 x float> poison, <16 x i32> zeroinitializer
  %597 = add i64 32, %594
  %598 = getelementptr float, ptr %pbuf, i64 %597
  %p95 = load float, ptr %598, align 4
  %599 = insertelement <16 x float> poison, float %p95, i32 0
  %splat96 = shufflevector <16 x float> %599, <16 x float> poison, <16 x i32> zeroinitializer
  %600 = load <16 x float>, ptr %580, align 4
  %601 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat94, <16 x float> %600, <16 x float> %pacc.sroa.0.0)
  %602 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat96, <16 x float> %600, <16 x float> %pacc.sroa.32.0)
  %603 = getelementptr i8, ptr %580, i64 64
  %604 = load <16 x float>, ptr %603, align 4
  %605 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat94, <16 x float> %604, <16 x float> %pacc.sroa.4.0)
  %606 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat96, <16 x float> %604, <16 x float> %pacc.sroa.36.0)
  %607 = getelementptr i8, ptr %580, i64 128
  %608 = load <16 x float>, ptr %607, align 4
  %609 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat94, <16 x float> %608, <16 x float> %pacc.sroa.8.0)
  %610 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat96, <16 x float> %608, <16 x float> %pacc.sroa.40.0)
  %611 = getelementptr i8, ptr %580, i64 192
  %612 = load <16 x float>, ptr %611, align 4
  %613 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat94, <16 x float> %612, <16 x float> %pacc.sroa.12.0)
  %614 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat96, <16 x float> %612, <16 x float> %pacc.sroa.44.0)
  %615 = getelementptr i8, ptr %580, i64 256
  %616 = load <16 x float>, ptr %615, align 4
  %617 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat94, <16 x float> %616, <16 x float> %pacc.sroa.16.0)
  %618 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat96, <16 x float> %616, <16 x float> %pacc.sroa.48.0)
  %619 = getelementptr i8, ptr %580, i64 320
  %620 = load <16 x float>, ptr %619, align 4
  %621 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat94, <16 x float> %620, <16 x float> %pacc.sroa.20.0)
  %622 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat96, <16 x float> %620, <16 x float> %pacc.sroa.52.0)
  %623 = getelementptr i8, ptr %580, i64 384
  %624 = load <16 x float>, ptr %623, align 4
  %625 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat94, <16 x float> %624, <16 x float> %pacc.sroa.24.0)
  %626 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat96, <16 x float> %624, <16 x float> %pacc.sroa.56.0)
  %627 = getelementptr i8, ptr %580, i64 448
  %628 = load <16 x float>, ptr %627, align 4
  %629 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat94, <16 x float> %628, <16 x float> %pacc.sroa.28.0)
  %630 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat96, <16 x float> %628, <16 x float> %pacc.sroa.60.0)
  %631 = add nsw i32 %kpv91, 1
  br label %kpv

exit90:                                           ; preds = %kpv
  store <16 x float> %pacc.sroa.0.0, ptr %83, align 64
  store <16 x float> %pacc.sroa.4.0, ptr %527, align 64
  store <16 x float> %pacc.sroa.8.0, ptr %530, align 64
  store <16 x float> %pacc.sroa.12.0, ptr %533, align 64
  store <16 x float> %pacc.sroa.16.0, ptr %536, align 64
  store <16 x float> %pacc.sroa.20.0, ptr %539, align 64
  store <16 x float> %pacc.sroa.24.0, ptr %542, align 64
  store <16 x float> %pacc.sroa.28.0, ptr %545, align 64
  store <16 x float> %pacc.sroa.32.0, ptr %551, align 64
  store <16 x float> %pacc.sroa.36.0, ptr %554, align 64
  store <16 x float> %pacc.sroa.40.0, ptr %557, align 64
  store <16 x float> %pacc.sroa.44.0, ptr %560, align 64
  store <16 x float> %pacc.sroa.48.0, ptr %563, align 64
  store <16 x float> %pacc.sroa.52.0, ptr %566, align 64
  store <16 x float> %pacc.sroa.56.0, ptr %569, align 64
  store <16 x float> %pacc.sroa.60.0, ptr %572, align 64
  %632 = load float, ptr %alpha, align 4
  %633 = insertelement <16 x float> poison, float %632, i32 0
  %splat98 = shufflevector <16 x float> %633, <16 x float> poison, <16 x i32> zeroinitializer
  %634 = getelementptr float, ptr %83, i64 128
  %635 = load <16 x float>, ptr %634, align 64
  %636 = fmul <16 x float> %635, %splat98
  %637 = getelementptr float, ptr %83, i64 144
  %638 = load <16 x float>, ptr %637, align 64
  %639 = fmul <16 x float> %638, %splat98
  %640 = getelementptr float, ptr %83, i64 160
  %641 = load <16 x float>, ptr %640, align 64
  %642 = fmul <16 x float> %641, %splat98
  %643 = getelementptr float, ptr %83, i64 176
  %644 = load <16 x float>, ptr %643, align 64
  %645 = fmul <16 x float> %644, %splat98
  %646 = getelementptr float, ptr %83, i64 192
  %647 = load <16 x float>, ptr %646, align 64
  %648 = fmul <16 x float> %647, %splat98
  %649 = getelementptr float, ptr %83, i64 208
  %650 = load <16 x float>, ptr %649, align 64
  %651 = fmul <16 x float> %650, %splat98
  %652 = getelementptr float, ptr %83, i64 224
  %653 = load <16 x float>, ptr %652, align 64
  %654 = fmul <16 x float> %653, %splat98
  %655 = getelementptr float, ptr %83, i64 240
  %656 = load <16 x float>, ptr %655, align 64
  %657 = fmul <16 x float> %656, %splat98
  %658 = load float, ptr %548, align 4
  %659 = insertelement <16 x float> poison, float %658, i32 0
  %splat99 = shufflevector <16 x float> %659, <16 x float> poison, <16 x i32> zeroinitializer
  %660 = getelementptr float, ptr %83, i64 384
  %661 = load <16 x float>, ptr %660, align 64
  %662 = fmul <16 x float> %661, %splat99
  %663 = getelementptr float, ptr %83, i64 400
  %664 = load <16 x float>, ptr %663, align 64
  %665 = fmul <16 x float> %664, %splat99
  %666 = getelementptr float, ptr %83, i64 416
  %667 = load <16 x float>, ptr %666, align 64
  %668 = fmul <16 x float> %667, %splat99
  %669 = getelementptr float, ptr %83, i64 432
  %670 = load <16 x float>, ptr %669, align 64
  %671 = fmul <16 x float> %670, %splat99
  %672 = getelementptr float, ptr %83, i64 448
  %673 = load <16 x float>, ptr %672, align 64
  %674 = fmul <16 x float> %673, %splat99
  %675 = getelementptr float, ptr %83, i64 464
  %676 = load <16 x float>, ptr %675, align 64
  %677 = fmul <16 x float> %676, %splat99
  %678 = getelementptr float, ptr %83, i64 480
  %679 = load <16 x float>, ptr %678, align 64
  %680 = fmul <16 x float> %679, %splat99
  %681 = getelementptr float, ptr %83, i64 496
  %682 = load <16 x float>, ptr %681, align 64
  %683 = fmul <16 x float> %682, %splat99
  br label %kpv100

kpv100:                                           ; preds = %body101, %exit90
  %pacc97.sroa.60.0 = phi <16 x float> [ %683, %exit90 ], [ %741, %body101 ]
  %pacc97.sroa.56.0 = phi <16 x float> [ %680, %exit90 ], [ %737, %body101 ]
  %pacc97.sroa.52.0 = phi <16 x float> [ %677, %exit90 ], [ %733, %body101 ]
  %pacc97.sroa.48.0 = phi <16 x float> [ %674, %exit90 ], [ %729, %body101 ]
  %pacc97.sroa.44.0 = phi <16 x float> [ %671, %exit90 ], [ %725, %body101 ]
  %pacc97.sroa.40.0 = phi <16 x float> [ %668, %exit90 ], [ %721, %body101 ]
  %pacc97.sroa.36.0 = phi <16 x float> [ %665, %exit90 ], [ %717, %body101 ]
  %pacc97.sroa.32.0 = phi <16 x float> [ %662, %exit90 ], [ %713, %body101 ]
  %pacc97.sroa.28.0 = phi <16 x float> [ %657, %exit90 ], [ %740, %body101 ]
  %pacc97.sroa.24.0 = phi <16 x float> [ %654, %exit90 ], [ %736, %body101 ]
  %pacc97.sroa.20.0 = phi <16 x float> [ %651, %exit90 ], [ %732, %body101 ]
  %pacc97.sroa.16.0 = phi <16 x float> [ %648, %exit90 ], [ %728, %body101 ]
  %pacc97.sroa.12.0 = phi <16 x float> [ %645, %exit90 ], [ %724, %body101 ]
  %pacc97.sroa.8.0 = phi <16 x float> [ %642, %exit90 ], [ %720, %body101 ]
  %pacc97.sroa.4.0 = phi <16 x float> [ %639, %exit90 ], [ %716, %body101 ]
  %pacc97.sroa.0.0 = phi <16 x float> [ %636, %exit90 ], [ %712, %body101 ]
  %kpv104 = phi i32 [ 0, %exit90 ], [ %742, %body101 ]
  %684 = icmp slt i32 %kpv104, %522
  br i1 %684, label %body101, label %exit103

body101:                                          ; preds = %kpv100
  %685 = add i32 %kblock13, %kpv104
  %686 = sext i32 %685 to i64
  %687 = mul i64 %686, 4
  %row105 = add i64 %76, %687
  %688 = mul i64 %row105, 1024
  %689 = getelementptr i8, ptr %23, i64 %688
  %690 = add i32 %kb_next, %kpv104
  %691 = call i32 @llvm.smin.i32(i32 %690, i32 %k_last)
  %692 = sext i32 %691 to i64
  %693 = mul i64 %692, 4
  %row106 = add i64 %86, %693
  %694 = mul i64 %row106, 1024
  %695 = getelementptr i8, ptr %23, i64 %694
  %696 = getelementptr i8, ptr %695, i64 512
  call void @llvm.prefetch.p0(ptr %696, i32 0, i32 2, i32 1)
  %697 = getelementptr i8, ptr %696, i64 64
  call void @llvm.prefetch.p0(ptr %697, i32 0, i32 2, i32 1)
  %698 = getelementptr i8, ptr %696, i64 128
  call void @llvm.prefetch.p0(ptr %698, i32 0, i32 2, i32 1)
  %699 = getelementptr i8, ptr %696, i64 192
  call void @llvm.prefetch.p0(ptr %699, i32 0, i32 2, i32 1)
  %700 = getelementptr i8, ptr %696, i64 256
  call void @llvm.prefetch.p0(ptr %700, i32 0, i32 2, i32 1)
  %701 = getelementptr i8, ptr %696, i64 320
  call void @llvm.prefetch.p0(ptr %701, i32 0, i32 2, i32 1)
  %702 = getelementptr i8, ptr %696, i64 384
  call void @llvm.prefetch.p0(ptr %702, i32 0, i32 2, i32 1)
  %703 = getelementptr i8, ptr %696, i64 448
  call void @llvm.prefetch.p0(ptr %703, i32 0, i32 2, i32 1)
  %704 = sext i32 %kpv104 to i64
  %705 = getelementptr float, ptr %pbuf, i64 %704
  %p107 = load float, ptr %705, align 4
  %706 = insertelement <16 x float> poison, float %p107, i32 0
  %splat108 = shufflevector <16 x float> %706, <16 x float> poison, <16 x i32> zeroinitializer
  %707 = add i64 32, %704
  %708 = getelementptr float, ptr %pbuf, i64 %707
  %p109 = load float, ptr %708, align 4
  %709 = insertelement <16 x float> poison, float %p109, i32 0
  %splat110 = shufflevector <16 x float> %709, <16 x float> poison, <16 x i32> zeroinitializer
  %710 = getelementptr i8, ptr %689, i64 512
  %711 = load <16 x float>, ptr %710, align 4
  %712 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat108, <16 x float> %711, <16 x float> %pacc97.sroa.0.0)
  %713 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat110, <16 x float> %711, <16 x float> %pacc97.sroa.32.0)
  %714 = getelementptr i8, ptr %689, i64 576
  %715 = load <16 x float>, ptr %714, align 4
  %716 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat108, <16 x float> %715, <16 x float> %pacc97.sroa.4.0)
  %717 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat110, <16 x float> %715, <16 x float> %pacc97.sroa.36.0)
  %718 = getelementptr i8, ptr %689, i64 640
  %719 = load <16 x float>, ptr %718, align 4
  %720 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat108, <16 x float> %719, <16 x float> %pacc97.sroa.8.0)
  %721 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat110, <16 x float> %719, <16 x float> %pacc97.sroa.40.0)
  %722 = getelementptr i8, ptr %689, i64 704
  %723 = load <16 x float>, ptr %722, align 4
  %724 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat108, <16 x float> %723, <16 x float> %pacc97.sroa.12.0)
  %725 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat110, <16 x float> %723, <16 x float> %pacc97.sroa.44.0)
  %726 = getelementptr i8, ptr %689, i64 768
  %727 = load <16 x float>, ptr %726, align 4
  %728 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat108, <16 x float> %727, <16 x float> %pacc97.sroa.16.0)
  %729 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat110, <16 x float> %727, <16 x float> %pacc97.sroa.48.0)
  %730 = getelementptr i8, ptr %689, i64 832
  %731 = load <16 x float>, ptr %730, align 4
  %732 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat108, <16 x float> %731, <16 x float> %pacc97.sroa.20.0)
  %733 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat110, <16 x float> %731, <16 x float> %pacc97.sroa.52.0)
  %734 = getelementptr i8, ptr %689, i64 896
  %735 = load <16 x float>, ptr %734, align 4
  %736 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat108, <16 x float> %735, <16 x float> %pacc97.sroa.24.0)
  %737 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat110, <16 x float> %735, <16 x float> %pacc97.sroa.56.0)
  %738 = getelementptr i8, ptr %689, i64 960
  %739 = load <16 x float>, ptr %738, align 4
  %740 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat108, <16 x float> %739, <16 x float> %pacc97.sroa.28.0)
  %741 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat110, <16 x float> %739, <16 x float> %pacc97.sroa.60.0)
  %742 = add nsw i32 %kpv104, 1
  br label %kpv100

exit103:                                          ; preds = %kpv100
  store <16 x float> %pacc97.sroa.0.0, ptr %634, align 64
  store <16 x float> %pacc97.sroa.4.0, ptr %637, align 64
  store <16 x float> %pacc97.sroa.8.0, ptr %640, align 64
  store <16 x float> %pacc97.sroa.12.0, ptr %643, align 64
  store <16 x float> %pacc97.sroa.16.0, ptr %646, align 64
  store <16 x float> %pacc97.sroa.20.0, ptr %649, align 64
  store <16 x float> %pacc97.sroa.24.0, ptr %652, align 64
  store <16 x float> %pacc97.sroa.28.0, ptr %655, align 64
  store <16 x float> %pacc97.sroa.32.0, ptr %660, align 64
  store <16 x float> %pacc97.sroa.36.0, ptr %663, align 64
  store <16 x float> %pacc97.sroa.40.0, ptr %666, align 64
  store <16 x float> %pacc97.sroa.44.0, ptr %669, align 64
  store <16 x float> %pacc97.sroa.48.0, ptr %672, align 64
  store <16 x float> %pacc97.sroa.52.0, ptr %675, align 64
  store <16 x float> %pacc97.sroa.56.0, ptr %678, align 64
  store <16 x float> %pacc97.sroa.60.0, ptr %681, align 64
  br label %kvh

orow111:                                          ; preds = %kblock, %written
  %orow115 = phi i32 [ %765, %written ], [ 0, %kblock ]
  %743 = icmp slt i32 %orow115, %nrows
  br i1 %743, label %body112, label %done

body112:                                          ; preds = %orow111
  %744 = sext i32 %orow115 to i64
  %745 = getelementptr float, ptr %ms, i64 %744
  %m116 = load float, ptr %745, align 4
  %746 = getelementptr float, ptr %ls, i64 %744
  %l117 = load float, ptr %746, align 4
  %747 = mul i64 %744, 256
  %748 = getelementptr float, ptr %accs, i64 %747
  %749 = icmp ne ptr %part, null
  br i1 %749, label %partial, label %final

partial:                                          ; preds = %body112
  %750 = sext i32 %nrows to i64
  %751 = getelementptr float, ptr %part, i64 %747
  br label %chunk118

final:                                            ; preds = %body112
  %752 = sdiv i32 %orow115, %nh
  %qi123 = add i32 %q_begin, %752
  %753 = srem i32 %orow115, %nh
  %h124 = add i32 %h_begin, %753
  %754 = mul i32 %kv_head0, 2
  %hq125 = add i32 %754, %h124
  %755 = sext i32 %qi123 to i64
  %756 = add i64 %q_row0, %755
  %757 = mul i64 %756, 8
  %758 = sext i32 %hq125 to i64
  %orow126 = add i64 %757, %758
  %759 = fcmp oeq float %l117, 0.000000e+00
  %760 = fdiv float 1.000000e+00, %l117
  %761 = select i1 %759, float 0.000000e+00, float %760
  %762 = mul i64 %orow126, 1024
  %763 = getelementptr i8, ptr %out, i64 %762
  %764 = insertelement <16 x float> poison, float %761, i32 0
  %splat127 = shufflevector <16 x float> %764, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk128

written:                                          ; preds = %chunk128, %exit121
  %765 = add nsw i32 %orow115, 1
  br label %orow111

chunk118:                                         ; preds = %body119, %partial
  %chunk122 = phi i64 [ 0, %partial ], [ %771, %body119 ]
  %766 = icmp slt i64 %chunk122, 16
  br i1 %766, label %body119, label %exit121

body119:                                          ; preds = %chunk118
  %767 = getelementptr <16 x float>, ptr %748, i64 %chunk122
  %768 = load <16 x float>, ptr %767, align 64
  %769 = mul i64 %chunk122, 64
  %770 = getelementptr i8, ptr %751, i64 %769
  store <16 x float> %768, ptr %770, align 4
  %771 = add nsw i64 %chunk122, 1
  br label %chunk118

exit121:                                          ; preds = %chunk118
  %772 = mul i64 %750, 256
  %773 = add i64 %772, %744
  %774 = getelementptr float, ptr %part, i64 %773
  store float %m116, ptr %774, align 4
  %775 = add i64 %773, %750
  %776 = getelementptr float, ptr %part, i64 %775
  store float %l117, ptr %776, align 4
  br label %written

chunk128:                                         ; preds = %body129, %final
  %chunk132 = phi i64 [ 0, %final ], [ %783, %body129 ]
  %777 = icmp slt i64 %chunk132, 16
  br i1 %777, label %body129, label %written

body129:                                          ; preds = %chunk128
  %778 = getelementptr <16 x float>, ptr %748, i64 %chunk132
  %779 = load <16 x float>, ptr %778, align 64
  %780 = fmul <16 x float> %779, %splat127
  %781 = mul i64 %chunk132, 64
  %782 = getelementptr i8, ptr %763, i64 %781
  store <16 x float> %780, ptr %782, align 4
  %783 = add nsw i64 %chunk132, 1
  br label %chunk128
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @llvm.prefetch.p0(ptr nocapture readonly, i32 immarg, i32 immarg, i32 immarg) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fmuladd.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fabs.v16f32(<16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.maxnum.v16f32(<16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.minnum.v16f32(<16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.copysign.v16f32(<16 x float>, <16 x float>) #1

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
declare float @llvm.vector.reduce.fadd.v16f32(float, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

declare i32 @attnrt_run(ptr, ptr)

; Function Attrs: nounwind
define i32 @expr_softcap(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_run(ptr @expr_softcap_kernel, ptr %0)
  ret i32 %1
}

declare i64 @attnrt_tasks(ptr, ptr)

; Function Attrs: nounwind
define i64 @expr_softcap_tasks(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_tasks(ptr @expr_softcap_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_task(ptr, ptr, i64)

; Function Attrs: nounwind
define i32 @expr_softcap_task(ptr %0, i64 %1) #0 {
entry:
  %2 = call i32 @attnrt_task(ptr @expr_softcap_kernel, ptr %0, i64 %1)
  ret i32 %2
}

declare i64 @attnrt_workspace(ptr, ptr)

; Function Attrs: nounwind
define i64 @expr_softcap_workspace(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_workspace(ptr @expr_softcap_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_append(ptr, ptr)

; Function Attrs: nounwind
define i32 @expr_softcap_append(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_append(ptr @expr_softcap_kernel, ptr %0)
  ret i32 %1
}

; Function Attrs: nounwind
define ptr @expr_softcap_info() #0 {
entry:
  ret ptr @expr_softcap_info_data
}

attributes #0 = { nounwind "target-cpu"="x86-64-v4" "target-features"="+avx512f,+evex512,+avx512bw,+avx512vl,+avx,+avx2,+fma,+f16c" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite) }
