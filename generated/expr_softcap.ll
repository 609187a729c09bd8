; ModuleID = 'expr_softcap'
source_filename = "expr_softcap"
target triple = "x86_64-unknown-linux-gnu"

@expr_softcap.name = private unnamed_addr constant [13 x i8] c"expr_softcap\00"
@expr_softcap.spec = private unnamed_addr constant [412 x i8] c"attncc: 1\0Aname: expr_softcap\0Aphase: decode\0Akind: self\0Aheads: {q: 8, kv: 4, dim: 256, v_dim: 256}\0Atypes: {q: f32, cache: f32, out: f32}\0Ascale: auto\0Acache: {store: kv, layout: contiguous, order: token_major, capacity: 4096, latent_dim: 0, rope_dim: 0, shared_across_layers: false}\0Amask: {causal: true}\0Aoutput: {lse: false}\0Ascore: {expr: \2250.0 * tanh(s / 50.0)\22}\0Aslim: {order: auto}\0Amodel: {layers: 1, d_model: 0}\0A\00"
@expr_softcap_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32, ptr, i32, i32, i32, i32, float, i32, i32, i32, i32, i32, ptr } { i32 7, i32 1, i64 6687514764876223130, ptr @expr_softcap.name, ptr @expr_softcap.spec, i32 8, i32 4, i32 256, i32 256, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 4096, i32 1, i32 0, float 6.250000e-02, i32 0, i32 0, i32 0, ptr null, i32 0, i32 0, i32 0, i32 0, float 0.000000e+00, i32 2, i32 0, i32 0, i32 0, i32 0, ptr null }, align 8
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
  %rinit1 = phi i32 [ %65, %exit8 ], [ 0, %entry ]
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
  %34 = add i32 %h_begin, %33
  %35 = mul i32 %kv_head0, 2
  %hq = add i32 %35, %34
  %36 = sext i32 %qi to i64
  %37 = add i64 %q_row0, %36
  %38 = mul i64 %37, 8
  %39 = sext i32 %hq to i64
  %orow = add i64 %38, %39
  %40 = mul i64 %orow, 1024
  %41 = getelementptr i8, ptr %q, i64 %40
  %42 = select i1 %29, float 0x3FB7154760000000, float 0.000000e+00
  %43 = insertelement <16 x float> poison, float %42, i32 0
  %splat = shufflevector <16 x float> %43, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

exit:                                             ; preds = %rinit
  %44 = sub i32 %nrows, 1
  %45 = sext i32 %44 to i64
  %46 = getelementptr i32, ptr %lims, i64 %45
  %fact = load i32, ptr %46, align 4
  %k_last = sub i32 %fact, 1
  br label %kblock

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %53, %body2 ]
  %47 = icmp slt i64 %chunk5, 16
  br i1 %47, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %48 = mul i64 %chunk5, 64
  %49 = getelementptr i8, ptr %41, i64 %48
  %50 = load <16 x float>, ptr %49, align 4
  %51 = fmul <16 x float> %50, %splat
  %52 = getelementptr <16 x float>, ptr %28, i64 %chunk5
  store <16 x float> %51, ptr %52, align 64
  %53 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %54 = getelementptr float, ptr %ms, i64 %26
  store float 0xFFF0000000000000, ptr %54, align 4
  %55 = getelementptr float, ptr %ls, i64 %26
  store float 0.000000e+00, ptr %55, align 4
  %56 = getelementptr i32, ptr %lims, i64 %26
  %qpos = add i32 %q_pos0, %qi
  %57 = add i32 %qpos, 1
  %58 = call i32 @llvm.smin.i32(i32 %57, i32 %k_end)
  store i32 %58, ptr %56, align 4
  br label %acczero

acczero:                                          ; preds = %body6, %exit4
  %acczero9 = phi i64 [ 0, %exit4 ], [ %64, %body6 ]
  %59 = icmp slt i64 %acczero9, 16
  br i1 %59, label %body6, label %exit8

body6:                                            ; preds = %acczero
  %60 = mul i64 %acczero9, 16
  %61 = mul i64 %26, 256
  %62 = add i64 %61, %60
  %63 = getelementptr float, ptr %accs, i64 %62
  store <16 x float> zeroinitializer, ptr %63, align 64
  %64 = add nsw i64 %acczero9, 1
  br label %acczero

exit8:                                            ; preds = %acczero
  %65 = add nsw i32 %rinit1, 1
  br label %rinit

kblock:                                           ; preds = %kvh, %exit
  %kblock13 = phi i32 [ %k_begin, %exit ], [ %67, %kvh ]
  %66 = icmp slt i32 %kblock13, %fact
  br i1 %66, label %body10, label %orow111

body10:                                           ; preds = %kblock
  %67 = add i32 %kblock13, 32
  br label %kvh

kvh:                                              ; preds = %exit103, %body10
  %kvh17 = phi i32 [ 0, %body10 ], [ %70, %exit103 ]
  %68 = icmp slt i32 %kvh17, 4
  br i1 %68, label %body14, label %kblock

body14:                                           ; preds = %kvh
  %69 = icmp eq i32 %kvh17, 3
  %70 = add i32 %kvh17, 1
  %71 = select i1 %69, i32 0, i32 %70
  %kb_next = select i1 %69, i32 %67, i32 %kblock13
  %72 = sext i32 %kvh17 to i64
  %73 = add i64 %21, %72
  %74 = mul i64 %72, 2
  %75 = getelementptr float, ptr %ms, i64 %74
  %76 = getelementptr float, ptr %ls, i64 %74
  %77 = mul i64 %74, 16
  %78 = getelementptr <16 x float>, ptr %qs, i64 %77
  %79 = mul i64 %74, 256
  %80 = getelementptr float, ptr %accs, i64 %79
  %81 = getelementptr i32, ptr %lims, i64 %74
  %82 = sext i32 %71 to i64
  %83 = add i64 %21, %82
  br label %kdot

kdot:                                             ; preds = %body18, %body14
  %kdot21 = phi i32 [ 0, %body14 ], [ %305, %body18 ]
  %84 = icmp slt i32 %kdot21, 32
  br i1 %84, label %body18, label %score

body18:                                           ; preds = %kdot
  %85 = add i32 %kblock13, %kdot21
  %86 = call i32 @llvm.smin.i32(i32 %85, i32 %k_last)
  %87 = sext i32 %86 to i64
  %88 = mul i64 %87, 4
  %row = add i64 %73, %88
  %89 = mul i64 %row, 1024
  %90 = getelementptr i8, ptr %20, i64 %89
  %91 = add i32 %kb_next, %kdot21
  %92 = call i32 @llvm.smin.i32(i32 %91, i32 %k_last)
  %93 = sext i32 %92 to i64
  %94 = mul i64 %93, 4
  %row22 = add i64 %83, %94
  %95 = mul i64 %row22, 1024
  %96 = getelementptr i8, ptr %20, i64 %95
  call void @llvm.prefetch.p0(ptr %96, i32 0, i32 2, i32 1)
  %97 = getelementptr i8, ptr %96, i64 64
  call void @llvm.prefetch.p0(ptr %97, i32 0, i32 2, i32 1)
  %98 = getelementptr i8, ptr %96, i64 128
  call void @llvm.prefetch.p0(ptr %98, i32 0, i32 2, i32 1)
  %99 = getelementptr i8, ptr %96, i64 192
  call void @llvm.prefetch.p0(ptr %99, i32 0, i32 2, i32 1)
  %100 = getelementptr i8, ptr %96, i64 256
  call void @llvm.prefetch.p0(ptr %100, i32 0, i32 2, i32 1)
  %101 = getelementptr i8, ptr %96, i64 320
  call void @llvm.prefetch.p0(ptr %101, i32 0, i32 2, i32 1)
  %102 = getelementptr i8, ptr %96, i64 384
  call void @llvm.prefetch.p0(ptr %102, i32 0, i32 2, i32 1)
  %103 = getelementptr i8, ptr %96, i64 448
  call void @llvm.prefetch.p0(ptr %103, i32 0, i32 2, i32 1)
  %104 = getelementptr i8, ptr %96, i64 512
  call void @llvm.prefetch.p0(ptr %104, i32 0, i32 2, i32 1)
  %105 = getelementptr i8, ptr %96, i64 576
  call void @llvm.prefetch.p0(ptr %105, i32 0, i32 2, i32 1)
  %106 = getelementptr i8, ptr %96, i64 640
  call void @llvm.prefetch.p0(ptr %106, i32 0, i32 2, i32 1)
  %107 = getelementptr i8, ptr %96, i64 704
  call void @llvm.prefetch.p0(ptr %107, i32 0, i32 2, i32 1)
  %108 = getelementptr i8, ptr %96, i64 768
  call void @llvm.prefetch.p0(ptr %108, i32 0, i32 2, i32 1)
  %109 = getelementptr i8, ptr %96, i64 832
  call void @llvm.prefetch.p0(ptr %109, i32 0, i32 2, i32 1)
  %110 = getelementptr i8, ptr %96, i64 896
  call void @llvm.prefetch.p0(ptr %110, i32 0, i32 2, i32 1)
  %111 = getelementptr i8, ptr %96, i64 960
  call void @llvm.prefetch.p0(ptr %111, i32 0, i32 2, i32 1)
  %112 = add i32 %kdot21, 1
  %113 = add i32 %kblock13, %112
  %114 = call i32 @llvm.smin.i32(i32 %113, i32 %k_last)
  %115 = sext i32 %114 to i64
  %116 = mul i64 %115, 4
  %row23 = add i64 %73, %116
  %117 = mul i64 %row23, 1024
  %118 = getelementptr i8, ptr %20, i64 %117
  %119 = add i32 %kb_next, %112
  %120 = call i32 @llvm.smin.i32(i32 %119, i32 %k_last)
  %121 = sext i32 %120 to i64
  %122 = mul i64 %121, 4
  %row24 = add i64 %83, %122
  %123 = mul i64 %row24, 1024
  %124 = getelementptr i8, ptr %20, i64 %123
  call void @llvm.prefetch.p0(ptr %124, i32 0, i32 2, i32 1)
  %125 = getelementptr i8, ptr %124, i64 64
  call void @llvm.prefetch.p0(ptr %125, i32 0, i32 2, i32 1)
  %126 = getelementptr i8, ptr %124, i64 128
  call void @llvm.prefetch.p0(ptr %126, i32 0, i32 2, i32 1)
  %127 = getelementptr i8, ptr %124, i64 192
  call void @llvm.prefetch.p0(ptr %127, i32 0, i32 2, i32 1)
  %128 = getelementptr i8, ptr %124, i64 256
  call void @llvm.prefetch.p0(ptr %128, i32 0, i32 2, i32 1)
  %129 = getelementptr i8, ptr %124, i64 320
  call void @llvm.prefetch.p0(ptr %129, i32 0, i32 2, i32 1)
  %130 = getelementptr i8, ptr %124, i64 384
  call void @llvm.prefetch.p0(ptr %130, i32 0, i32 2, i32 1)
  %131 = getelementptr i8, ptr %124, i64 448
  call void @llvm.prefetch.p0(ptr %131, i32 0, i32 2, i32 1)
  %132 = getelementptr i8, ptr %124, i64 512
  call void @llvm.prefetch.p0(ptr %132, i32 0, i32 2, i32 1)
  %133 = getelementptr i8, ptr %124, i64 576
  call void @llvm.prefetch.p0(ptr %133, i32 0, i32 2, i32 1)
  %134 = getelementptr i8, ptr %124, i64 640
  call void @llvm.prefetch.p0(ptr %134, i32 0, i32 2, i32 1)
  %135 = getelementptr i8, ptr %124, i64 704
  call void @llvm.prefetch.p0(ptr %135, i32 0, i32 2, i32 1)
  %136 = getelementptr i8, ptr %124, i64 768
  call void @llvm.prefetch.p0(ptr %136, i32 0, i32 2, i32 1)
  %137 = getelementptr i8, ptr %124, i64 832
  call void @llvm.prefetch.p0(ptr %137, i32 0, i32 2, i32 1)
  %138 = getelementptr i8, ptr %124, i64 896
  call void @llvm.prefetch.p0(ptr %138, i32 0, i32 2, i32 1)
  %139 = getelementptr i8, ptr %124, i64 960
  call void @llvm.prefetch.p0(ptr %139, i32 0, i32 2, i32 1)
  %q25 = load <16 x float>, ptr %78, align 64
  %140 = load <16 x float>, ptr %90, align 4
  %141 = load <16 x float>, ptr %118, align 4
  %142 = fmul <16 x float> %q25, %140
  %143 = fmul <16 x float> %q25, %141
  %144 = getelementptr <16 x float>, ptr %78, i64 16
  %q26 = load <16 x float>, ptr %144, align 64
  %145 = fmul <16 x float> %q26, %140
  %146 = fmul <16 x float> %q26, %141
  %147 = getelementptr <16 x float>, ptr %78, i64 1
  %q27 = load <16 x float>, ptr %147, align 64
  %148 = getelementptr i8, ptr %90, i64 64
  %149 = load <16 x float>, ptr %148, align 4
  %150 = getelementptr i8, ptr %118, i64 64
  %151 = load <16 x float>, ptr %150, align 4
  %152 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %149, <16 x float> %142)
  %153 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %151, <16 x float> %143)
  %154 = getelementptr <16 x float>, ptr %78, i64 17
  %q28 = load <16 x float>, ptr %154, align 64
  %155 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %149, <16 x float> %145)
  %156 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %151, <16 x float> %146)
  %157 = getelementptr <16 x float>, ptr %78, i64 2
  %q29 = load <16 x float>, ptr %157, align 64
  %158 = getelementptr i8, ptr %90, i64 128
  %159 = load <16 x float>, ptr %158, align 4
  %160 = getelementptr i8, ptr %118, i64 128
  %161 = load <16 x float>, ptr %160, align 4
  %162 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q29, <16 x float> %159, <16 x float> %152)
  %163 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q29, <16 x float> %161, <16 x float> %153)
  %164 = getelementptr <16 x float>, ptr %78, i64 18
  %q30 = load <16 x float>, ptr %164, align 64
  %165 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q30, <16 x float> %159, <16 x float> %155)
  %166 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q30, <16 x float> %161, <16 x float> %156)
  %167 = getelementptr <16 x float>, ptr %78, i64 3
  %q31 = load <16 x float>, ptr %167, align 64
  %168 = getelementptr i8, ptr %90, i64 192
  %169 = load <16 x float>, ptr %168, align 4
  %170 = getelementptr i8, ptr %118, i64 192
  %171 = load <16 x float>, ptr %170, align 4
  %172 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %169, <16 x float> %162)
  %173 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %171, <16 x float> %163)
  %174 = getelementptr <16 x float>, ptr %78, i64 19
  %q32 = load <16 x float>, ptr %174, align 64
  %175 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %169, <16 x float> %165)
  %176 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %171, <16 x float> %166)
  %177 = getelementptr <16 x float>, ptr %78, i64 4
  %q33 = load <16 x float>, ptr %177, align 64
  %178 = getelementptr i8, ptr %90, i64 256
  %179 = load <16 x float>, ptr %178, align 4
  %180 = getelementptr i8, ptr %118, i64 256
  %181 = load <16 x float>, ptr %180, align 4
  %182 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %179, <16 x float> %172)
  %183 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %181, <16 x float> %173)
  %184 = getelementptr <16 x float>, ptr %78, i64 20
  %q34 = load <16 x float>, ptr %184, align 64
  %185 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %179, <16 x float> %175)
  %186 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %181, <16 x float> %176)
  %187 = getelementptr <16 x float>, ptr %78, i64 5
  %q35 = load <16 x float>, ptr %187, align 64
  %188 = getelementptr i8, ptr %90, i64 320
  %189 = load <16 x float>, ptr %188, align 4
  %190 = getelementptr i8, ptr %118, i64 320
  %191 = load <16 x float>, ptr %190, align 4
  %192 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %189, <16 x float> %182)
  %193 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %191, <16 x float> %183)
  %194 = getelementptr <16 x float>, ptr %78, i64 21
  %q36 = load <16 x float>, ptr %194, align 64
  %195 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %189, <16 x float> %185)
  %196 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %191, <16 x float> %186)
  %197 = getelementptr <16 x float>, ptr %78, i64 6
  %q37 = load <16 x float>, ptr %197, align 64
  %198 = getelementptr i8, ptr %90, i64 384
  %199 = load <16 x float>, ptr %198, align 4
  %200 = getelementptr i8, ptr %118, i64 384
  %201 = load <16 x float>, ptr %200, align 4
  %202 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %199, <16 x float> %192)
  %203 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %201, <16 x float> %193)
  %204 = getelementptr <16 x float>, ptr %78, i64 22
  %q38 = load <16 x float>, ptr %204, align 64
  %205 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q38, <16 x float> %199, <16 x float> %195)
  %206 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q38, <16 x float> %201, <16 x float> %196)
  %207 = getelementptr <16 x float>, ptr %78, i64 7
  %q39 = load <16 x float>, ptr %207, align 64
  %208 = getelementptr i8, ptr %90, i64 448
  %209 = load <16 x float>, ptr %208, align 4
  %210 = getelementptr i8, ptr %118, i64 448
  %211 = load <16 x float>, ptr %210, align 4
  %212 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q39, <16 x float> %209, <16 x float> %202)
  %213 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q39, <16 x float> %211, <16 x float> %203)
  %214 = getelementptr <16 x float>, ptr %78, i64 23
  %q40 = load <16 x float>, ptr %214, align 64
  %215 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q40, <16 x float> %209, <16 x float> %205)
  %216 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q40, <16 x float> %211, <16 x float> %206)
  %217 = getelementptr <16 x float>, ptr %78, i64 8
  %q41 = load <16 x float>, ptr %217, align 64
  %218 = getelementptr i8, ptr %90, i64 512
  %219 = load <16 x float>, ptr %218, align 4
  %220 = getelementptr i8, ptr %118, i64 512
  %221 = load <16 x float>, ptr %220, align 4
  %222 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q41, <16 x float> %219, <16 x float> %212)
  %223 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q41, <16 x float> %221, <16 x float> %213)
  %224 = getelementptr <16 x float>, ptr %78, i64 24
  %q42 = load <16 x float>, ptr %224, align 64
  %225 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q42, <16 x float> %219, <16 x float> %215)
  %226 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q42, <16 x float> %221, <16 x float> %216)
  %227 = getelementptr <16 x float>, ptr %78, i64 9
  %q43 = load <16 x float>, ptr %227, align 64
  %228 = getelementptr i8, ptr %90, i64 576
  %229 = load <16 x float>, ptr %228, align 4
  %230 = getelementptr i8, ptr %118, i64 576
  %231 = load <16 x float>, ptr %230, align 4
  %232 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q43, <16 x float> %229, <16 x float> %222)
  %233 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q43, <16 x float> %231, <16 x float> %223)
  %234 = getelementptr <16 x float>, ptr %78, i64 25
  %q44 = load <16 x float>, ptr %234, align 64
  %235 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q44, <16 x float> %229, <16 x float> %225)
  %236 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q44, <16 x float> %231, <16 x float> %226)
  %237 = getelementptr <16 x float>, ptr %78, i64 10
  %q45 = load <16 x float>, ptr %237, align 64
  %238 = getelementptr i8, ptr %90, i64 640
  %239 = load <16 x float>, ptr %238, align 4
  %240 = getelementptr i8, ptr %118, i64 640
  %241 = load <16 x float>, ptr %240, align 4
  %242 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q45, <16 x float> %239, <16 x float> %232)
  %243 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q45, <16 x float> %241, <16 x float> %233)
  %244 = getelementptr <16 x float>, ptr %78, i64 26
  %q46 = load <16 x float>, ptr %244, align 64
  %245 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q46, <16 x float> %239, <16 x float> %235)
  %246 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q46, <16 x float> %241, <16 x float> %236)
  %247 = getelementptr <16 x float>, ptr %78, i64 11
  %q47 = load <16 x float>, ptr %247, align 64
  %248 = getelementptr i8, ptr %90, i64 704
  %249 = load <16 x float>, ptr %248, align 4
  %250 = getelementptr i8, ptr %118, i64 704
  %251 = load <16 x float>, ptr %250, align 4
  %252 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q47, <16 x float> %249, <16 x float> %242)
  %253 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q47, <16 x float> %251, <16 x float> %243)
  %254 = getelementptr <16 x float>, ptr %78, i64 27
  %q48 = load <16 x float>, ptr %254, align 64
  %255 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q48, <16 x float> %249, <16 x float> %245)
  %256 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q48, <16 x float> %251, <16 x float> %246)
  %257 = getelementptr <16 x float>, ptr %78, i64 12
  %q49 = load <16 x float>, ptr %257, align 64
  %258 = getelementptr i8, ptr %90, i64 768
  %259 = load <16 x float>, ptr %258, align 4
  %260 = getelementptr i8, ptr %118, i64 768
  %261 = load <16 x float>, ptr %260, align 4
  %262 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q49, <16 x float> %259, <16 x float> %252)
  %263 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q49, <16 x float> %261, <16 x float> %253)
  %264 = getelementptr <16 x float>, ptr %78, i64 28
  %q50 = load <16 x float>, ptr %264, align 64
  %265 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q50, <16 x float> %259, <16 x float> %255)
  %266 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q50, <16 x float> %261, <16 x float> %256)
  %267 = getelementptr <16 x float>, ptr %78, i64 13
  %q51 = load <16 x float>, ptr %267, align 64
  %268 = getelementptr i8, ptr %90, i64 832
  %269 = load <16 x float>, ptr %268, align 4
  %270 = getelementptr i8, ptr %118, i64 832
  %271 = load <16 x float>, ptr %270, align 4
  %272 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q51, <16 x float> %269, <16 x float> %262)
  %273 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q51, <16 x float> %271, <16 x float> %263)
  %274 = getelementptr <16 x float>, ptr %78, i64 29
  %q52 = load <16 x float>, ptr %274, align 64
  %275 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q52, <16 x float> %269, <16 x float> %265)
  %276 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q52, <16 x float> %271, <16 x float> %266)
  %277 = getelementptr <16 x float>, ptr %78, i64 14
  %q53 = load <16 x float>, ptr %277, align 64
  %278 = getelementptr i8, ptr %90, i64 896
  %279 = load <16 x float>, ptr %278, align 4
  %280 = getelementptr i8, ptr %118, i64 896
  %281 = load <16 x float>, ptr %280, align 4
  %282 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q53, <16 x float> %279, <16 x float> %272)
  %283 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q53, <16 x float> %281, <16 x float> %273)
  %284 = getelementptr <16 x float>, ptr %78, i64 30
  %q54 = load <16 x float>, ptr %284, align 64
  %285 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q54, <16 x float> %279, <16 x float> %275)
  %286 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q54, <16 x float> %281, <16 x float> %276)
  %287 = getelementptr <16 x float>, ptr %78, i64 15
  %q55 = load <16 x float>, ptr %287, align 64
  %288 = getelementptr i8, ptr %90, i64 960
  %289 = load <16 x float>, ptr %288, align 4
  %290 = getelementptr i8, ptr %118, i64 960
  %291 = load <16 x float>, ptr %290, align 4
  %292 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q55, <16 x float> %289, <16 x float> %282)
  %293 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q55, <16 x float> %291, <16 x float> %283)
  %294 = getelementptr <16 x float>, ptr %78, i64 31
  %q56 = load <16 x float>, ptr %294, align 64
  %295 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q56, <16 x float> %289, <16 x float> %285)
  %296 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q56, <16 x float> %291, <16 x float> %286)
  %297 = sext i32 %kdot21 to i64
  %298 = getelementptr <16 x float>, ptr %dbuf, i64 %297
  store <16 x float> %292, ptr %298, align 64
  %299 = sext i32 %112 to i64
  %300 = getelementptr <16 x float>, ptr %dbuf, i64 %299
  store <16 x float> %293, ptr %300, align 64
  %301 = add i64 32, %297
  %302 = getelementptr <16 x float>, ptr %dbuf, i64 %301
  store <16 x float> %295, ptr %302, align 64
  %303 = add i64 32, %299
  %304 = getelementptr <16 x float>, ptr %dbuf, i64 %303
  store <16 x float> %296, ptr %304, align 64
  %305 = add nsw i32 %kdot21, 2
  br label %kdot

score:                                            ; preds = %kdot, %body57
  %score60 = phi i64 [ %441, %body57 ], [ 0, %kdot ]
  %306 = icmp slt i64 %score60, 4
  br i1 %306, label %body57, label %rmax

body57:                                           ; preds = %score
  %307 = sdiv i64 %score60, 2
  %308 = srem i64 %score60, 2
  %309 = mul i64 %308, 16
  %310 = mul i64 %307, 32
  %311 = add i64 %310, %309
  %312 = getelementptr <16 x float>, ptr %dbuf, i64 %311
  %313 = load <16 x float>, ptr %312, align 64
  %314 = add i64 %311, 1
  %315 = getelementptr <16 x float>, ptr %dbuf, i64 %314
  %316 = load <16 x float>, ptr %315, align 64
  %317 = shufflevector <16 x float> %313, <16 x float> %316, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %318 = shufflevector <16 x float> %313, <16 x float> %316, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %319 = fadd <16 x float> %317, %318
  %320 = add i64 %311, 2
  %321 = getelementptr <16 x float>, ptr %dbuf, i64 %320
  %322 = load <16 x float>, ptr %321, align 64
  %323 = add i64 %311, 3
  %324 = getelementptr <16 x float>, ptr %dbuf, i64 %323
  %325 = load <16 x float>, ptr %324, align 64
  %326 = shufflevector <16 x float> %322, <16 x float> %325, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %327 = shufflevector <16 x float> %322, <16 x float> %325, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %328 = fadd <16 x float> %326, %327
  %329 = shufflevector <16 x float> %319, <16 x float> %328, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %330 = shufflevector <16 x float> %319, <16 x float> %328, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %331 = fadd <16 x float> %329, %330
  %332 = add i64 %311, 4
  %333 = getelementptr <16 x float>, ptr %dbuf, i64 %332
  %334 = load <16 x float>, ptr %333, align 64
  %335 = add i64 %311, 5
  %336 = getelementptr <16 x float>, ptr %dbuf, i64 %335
  %337 = load <16 x float>, ptr %336, align 64
  %338 = shufflevector <16 x float> %334, <16 x float> %337, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %339 = shufflevector <16 x float> %334, <16 x float> %337, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %340 = fadd <16 x float> %338, %339
  %341 = add i64 %311, 6
  %342 = getelementptr <16 x float>, ptr %dbuf, i64 %341
  %343 = load <16 x float>, ptr %342, align 64
  %344 = add i64 %311, 7
  %345 = getelementptr <16 x float>, ptr %dbuf, i64 %344
  %346 = load <16 x float>, ptr %345, align 64
  %347 = shufflevector <16 x float> %343, <16 x float> %346, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %348 = shufflevector <16 x float> %343, <16 x float> %346, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %349 = fadd <16 x float> %347, %348
  %350 = shufflevector <16 x float> %340, <16 x float> %349, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %351 = shufflevector <16 x float> %340, <16 x float> %349, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %352 = fadd <16 x float> %350, %351
  %353 = shufflevector <16 x float> %331, <16 x float> %352, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %354 = shufflevector <16 x float> %331, <16 x float> %352, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %355 = fadd <16 x float> %353, %354
  %356 = add i64 %311, 8
  %357 = getelementptr <16 x float>, ptr %dbuf, i64 %356
  %358 = load <16 x float>, ptr %357, align 64
  %359 = add i64 %311, 9
  %360 = getelementptr <16 x float>, ptr %dbuf, i64 %359
  %361 = load <16 x float>, ptr %360, align 64
  %362 = shufflevector <16 x float> %358, <16 x float> %361, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %363 = shufflevector <16 x float> %358, <16 x float> %361, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %364 = fadd <16 x float> %362, %363
  %365 = add i64 %311, 10
  %366 = getelementptr <16 x float>, ptr %dbuf, i64 %365
  %367 = load <16 x float>, ptr %366, align 64
  %368 = add i64 %311, 11
  %369 = getelementptr <16 x float>, ptr %dbuf, i64 %368
  %370 = load <16 x float>, ptr %369, align 64
  %371 = shufflevector <16 x float> %367, <16 x float> %370, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %372 = shufflevector <16 x float> %367, <16 x float> %370, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %373 = fadd <16 x float> %371, %372
  %374 = shufflevector <16 x float> %364, <16 x float> %373, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %375 = shufflevector <16 x float> %364, <16 x float> %373, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %376 = fadd <16 x float> %374, %375
  %377 = add i64 %311, 12
  %378 = getelementptr <16 x float>, ptr %dbuf, i64 %377
  %379 = load <16 x float>, ptr %378, align 64
  %380 = add i64 %311, 13
  %381 = getelementptr <16 x float>, ptr %dbuf, i64 %380
  %382 = load <16 x float>, ptr %381, align 64
  %383 = shufflevector <16 x float> %379, <16 x float> %382, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %384 = shufflevector <16 x float> %379, <16 x float> %382, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %385 = fadd <16 x float> %383, %384
  %386 = add i64 %311, 14
  %387 = getelementptr <16 x float>, ptr %dbuf, i64 %386
  %388 = load <16 x float>, ptr %387, align 64
  %389 = add i64 %311, 15
  %390 = getelementptr <16 x float>, ptr %dbuf, i64 %389
  %391 = load <16 x float>, ptr %390, align 64
  %392 = shufflevector <16 x float> %388, <16 x float> %391, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %393 = shufflevector <16 x float> %388, <16 x float> %391, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %394 = fadd <16 x float> %392, %393
  %395 = shufflevector <16 x float> %385, <16 x float> %394, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %396 = shufflevector <16 x float> %385, <16 x float> %394, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %397 = fadd <16 x float> %395, %396
  %398 = shufflevector <16 x float> %376, <16 x float> %397, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %399 = shufflevector <16 x float> %376, <16 x float> %397, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %400 = fadd <16 x float> %398, %399
  %401 = shufflevector <16 x float> %355, <16 x float> %400, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %402 = shufflevector <16 x float> %355, <16 x float> %400, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %403 = fadd <16 x float> %401, %402
  %404 = getelementptr i32, ptr %81, i64 %307
  %405 = load i32, ptr %404, align 4
  %406 = insertelement <16 x i32> poison, i32 %405, i32 0
  %splat61 = shufflevector <16 x i32> %406, <16 x i32> poison, <16 x i32> zeroinitializer
  %407 = trunc i64 %309 to i32
  %408 = add i32 %kblock13, %407
  %409 = insertelement <16 x i32> poison, i32 %408, i32 0
  %splat62 = shufflevector <16 x i32> %409, <16 x i32> poison, <16 x i32> zeroinitializer
  %410 = add <16 x i32> %splat62, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %411 = icmp slt <16 x i32> %410, %splat61
  %s = fmul <16 x float> %403, <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>
  %412 = fdiv <16 x float> %s, <float 5.000000e+01, float 5.000000e+01, float 5.000000e+01, float 5.000000e+01, float 5.000000e+01, float 5.000000e+01, float 5.000000e+01, float 5.000000e+01, float 5.000000e+01, float 5.000000e+01, float 5.000000e+01, float 5.000000e+01, float 5.000000e+01, float 5.000000e+01, float 5.000000e+01, float 5.000000e+01>
  %413 = call <16 x float> @llvm.fabs.v16f32(<16 x float> %412)
  %414 = fmul <16 x float> %413, <float 0xC007154760000000, float 0xC007154760000000, float 0xC007154760000000, float 0xC007154760000000, float 0xC007154760000000, float 0xC007154760000000, float 0xC007154760000000, float 0xC007154760000000, float 0xC007154760000000, float 0xC007154760000000, float 0xC007154760000000, float 0xC007154760000000, float 0xC007154760000000, float 0xC007154760000000, float 0xC007154760000000, float 0xC007154760000000>
  %415 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %414, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %416 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %415, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %417 = fadd <16 x float> %416, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %417, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %416, %n
  %418 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %419 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %418, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %420 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %419, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %421 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %420, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %422 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %421, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %423 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %422, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %424 = fptosi <16 x float> %n to <16 x i32>
  %425 = add <16 x i32> %424, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %426 = shl <16 x i32> %425, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %427 = bitcast <16 x i32> %426 to <16 x float>
  %exp2 = fmul <16 x float> %423, %427
  %428 = fadd <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %exp2
  %429 = fsub <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %exp2
  %tanh = fdiv <16 x float> %429, %428
  %430 = call <16 x float> @llvm.copysign.v16f32(<16 x float> %tanh, <16 x float> %412)
  %431 = fcmp uno <16 x float> %412, %412
  %432 = select <16 x i1> %431, <16 x float> %412, <16 x float> %430
  %433 = fmul <16 x float> <float 5.000000e+01, float 5.000000e+01, float 5.000000e+01, float 5.000000e+01, float 5.000000e+01, float 5.000000e+01, float 5.000000e+01, float 5.000000e+01, float 5.000000e+01, float 5.000000e+01, float 5.000000e+01, float 5.000000e+01, float 5.000000e+01, float 5.000000e+01, float 5.000000e+01, float 5.000000e+01>, %432
  %score_expr = fmul <16 x float> %433, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %434 = select <16 x i1> %411, <16 x float> %score_expr, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %435 = getelementptr float, ptr %pbuf, i64 %311
  store <16 x float> %434, ptr %435, align 64
  %436 = getelementptr <16 x float>, ptr %smax, i64 %307
  %437 = icmp eq i64 %308, 0
  %438 = load <16 x float>, ptr %436, align 64
  %439 = select i1 %437, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <16 x float> %438
  %440 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %439, <16 x float> %434)
  store <16 x float> %440, ptr %436, align 64
  %441 = add nsw i64 %score60, 1
  br label %score

rmax:                                             ; preds = %score, %body63
  %rmax66 = phi i64 [ %478, %body63 ], [ 0, %score ]
  %442 = icmp slt i64 %rmax66, 2
  br i1 %442, label %body63, label %pexp

body63:                                           ; preds = %rmax
  %443 = getelementptr float, ptr %75, i64 %rmax66
  %m = load float, ptr %443, align 4
  %444 = getelementptr <16 x float>, ptr %smax, i64 %rmax66
  %445 = load <16 x float>, ptr %444, align 64
  %446 = shufflevector <16 x float> %445, <16 x float> undef, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %447 = shufflevector <16 x float> %445, <16 x float> undef, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %448 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %446, <8 x float> %447)
  %449 = shufflevector <8 x float> %448, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %450 = shufflevector <8 x float> %448, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %451 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %449, <4 x float> %450)
  %452 = shufflevector <4 x float> %451, <4 x float> undef, <2 x i32> <i32 0, i32 1>
  %453 = shufflevector <4 x float> %451, <4 x float> undef, <2 x i32> <i32 2, i32 3>
  %454 = call <2 x float> @llvm.maxnum.v2f32(<2 x float> %452, <2 x float> %453)
  %455 = shufflevector <2 x float> %454, <2 x float> undef, <1 x i32> zeroinitializer
  %456 = shufflevector <2 x float> %454, <2 x float> undef, <1 x i32> <i32 1>
  %457 = call <1 x float> @llvm.maxnum.v1f32(<1 x float> %455, <1 x float> %456)
  %458 = extractelement <1 x float> %457, i32 0
  %459 = call float @llvm.maxnum.f32(float %m, float %458)
  %460 = fcmp oeq float %459, 0xFFF0000000000000
  %muse67 = select i1 %460, float 0.000000e+00, float %459
  %461 = fsub float %m, %muse67
  %462 = insertelement <16 x float> poison, float %461, i32 0
  %splat68 = shufflevector <16 x float> %462, <16 x float> poison, <16 x i32> zeroinitializer
  %463 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat68, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %464 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %463, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %465 = fadd <16 x float> %464, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n69 = fsub <16 x float> %465, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f70 = fsub <16 x float> %464, %n69
  %466 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f70, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %467 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %466, <16 x float> %f70, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %468 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %467, <16 x float> %f70, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %469 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %468, <16 x float> %f70, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %470 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %469, <16 x float> %f70, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %471 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %470, <16 x float> %f70, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %472 = fptosi <16 x float> %n69 to <16 x i32>
  %473 = add <16 x i32> %472, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %474 = shl <16 x i32> %473, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %475 = bitcast <16 x i32> %474 to <16 x float>
  %exp271 = fmul <16 x float> %471, %475
  %alpha72 = extractelement <16 x float> %exp271, i32 0
  store float %459, ptr %443, align 4
  %476 = getelementptr float, ptr %muse, i64 %rmax66
  store float %muse67, ptr %476, align 4
  %477 = getelementptr float, ptr %alpha, i64 %rmax66
  store float %alpha72, ptr %477, align 4
  %478 = add nsw i64 %rmax66, 1
  br label %rmax

pexp:                                             ; preds = %rmax, %body73
  %pexp76 = phi i64 [ %509, %body73 ], [ 0, %rmax ]
  %479 = icmp slt i64 %pexp76, 4
  br i1 %479, label %body73, label %lsum81

body73:                                           ; preds = %pexp
  %480 = sdiv i64 %pexp76, 2
  %481 = srem i64 %pexp76, 2
  %482 = mul i64 %481, 16
  %483 = mul i64 %480, 32
  %484 = add i64 %483, %482
  %485 = getelementptr float, ptr %pbuf, i64 %484
  %486 = getelementptr float, ptr %muse, i64 %480
  %487 = load float, ptr %486, align 4
  %488 = insertelement <16 x float> poison, float %487, i32 0
  %splat77 = shufflevector <16 x float> %488, <16 x float> poison, <16 x i32> zeroinitializer
  %489 = load <16 x float>, ptr %485, align 64
  %490 = fsub <16 x float> %489, %splat77
  %491 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %490, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %492 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %491, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %493 = fadd <16 x float> %492, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n78 = fsub <16 x float> %493, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f79 = fsub <16 x float> %492, %n78
  %494 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f79, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %495 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %494, <16 x float> %f79, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %496 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %495, <16 x float> %f79, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %497 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %496, <16 x float> %f79, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %498 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %497, <16 x float> %f79, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %499 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %498, <16 x float> %f79, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %500 = fptosi <16 x float> %n78 to <16 x i32>
  %501 = add <16 x i32> %500, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %502 = shl <16 x i32> %501, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %503 = bitcast <16 x i32> %502 to <16 x float>
  %exp280 = fmul <16 x float> %499, %503
  store <16 x float> %exp280, ptr %485, align 64
  %504 = getelementptr <16 x float>, ptr %lsum, i64 %480
  %505 = icmp eq i64 %481, 0
  %506 = load <16 x float>, ptr %504, align 64
  %507 = select i1 %505, <16 x float> zeroinitializer, <16 x float> %506
  %508 = fadd <16 x float> %507, %exp280
  store <16 x float> %508, ptr %504, align 64
  %509 = add nsw i64 %pexp76, 1
  br label %pexp

lsum81:                                           ; preds = %pexp, %body82
  %lsum85 = phi i64 [ %518, %body82 ], [ 0, %pexp ]
  %510 = icmp slt i64 %lsum85, 2
  br i1 %510, label %body82, label %exit84

body82:                                           ; preds = %lsum81
  %511 = getelementptr float, ptr %76, i64 %lsum85
  %512 = getelementptr float, ptr %alpha, i64 %lsum85
  %513 = load float, ptr %512, align 4
  %514 = getelementptr <16 x float>, ptr %lsum, i64 %lsum85
  %515 = load <16 x float>, ptr %514, align 64
  %516 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %515)
  %l = load float, ptr %511, align 4
  %517 = call float @llvm.fmuladd.f32(float %l, float %513, float %516)
  store float %517, ptr %511, align 4
  %518 = add nsw i64 %lsum85, 1
  br label %lsum81

exit84:                                           ; preds = %lsum81
  %519 = sub i32 %fact, %kblock13
  %520 = call i32 @llvm.smin.i32(i32 32, i32 %519)
  %521 = load float, ptr %alpha, align 4
  %522 = insertelement <16 x float> poison, float %521, i32 0
  %splat86 = shufflevector <16 x float> %522, <16 x float> poison, <16 x i32> zeroinitializer
  %523 = load <16 x float>, ptr %80, align 64
  %524 = fmul <16 x float> %523, %splat86
  %525 = getelementptr float, ptr %80, i64 16
  %526 = load <16 x float>, ptr %525, align 64
  %527 = fmul <16 x float> %526, %splat86
  %528 = getelementptr float, ptr %80, i64 32
  %529 = load <16 x float>, ptr %528, align 64
  %530 = fmul <16 x float> %529, %splat86
  %531 = getelementptr float, ptr %80, i64 48
  %532 = load <16 x float>, ptr %531, align 64
  %533 = fmul <16 x float> %532, %splat86
  %534 = getelementptr float, ptr %80, i64 64
  %535 = load <16 x float>, ptr %534, align 64
  %536 = fmul <16 x float> %535, %splat86
  %537 = getelementptr float, ptr %80, i64 80
  %538 = load <16 x float>, ptr %537, align 64
  %539 = fmul <16 x float> %538, %splat86
  %540 = getelementptr float, ptr %80, i64 96
  %541 = load <16 x float>, ptr %540, align 64
  %542 = fmul <16 x float> %541, %splat86
  %543 = getelementptr float, ptr %80, i64 112
  %544 = load <16 x float>, ptr %543, align 64
  %545 = fmul <16 x float> %544, %splat86
  %546 = getelementptr float, ptr %alpha, i64 1
  %547 = load float, ptr %546, align 4
  %548 = insertelement <16 x float> poison, float %547, i32 0
  %splat87 = shufflevector <16 x float> %548, <16 x float> poison, <16 x i32> zeroinitializer
  %549 = getelementptr float, ptr %80, i64 256
  %550 = load <16 x float>, ptr %549, align 64
  %551 = fmul <16 x float> %550, %splat87
  %552 = getelementptr float, ptr %80, i64 272
  %553 = load <16 x float>, ptr %552, align 64
  %554 = fmul <16 x float> %553, %splat87
  %555 = getelementptr float, ptr %80, i64 288
  %556 = load <16 x float>, ptr %555, align 64
  %557 = fmul <16 x float> %556, %splat87
  %558 = getelementptr float, ptr %80, i64 304
  %559 = load <16 x float>, ptr %558, align 64
  %560 = fmul <16 x float> %559, %splat87
  %561 = getelementptr float, ptr %80, i64 320
  %562 = load <16 x float>, ptr %561, align 64
  %563 = fmul <16 x float> %562, %splat87
  %564 = getelementptr float, ptr %80, i64 336
  %565 = load <16 x float>, ptr %564, align 64
  %566 = fmul <16 x float> %565, %splat87
  %567 = getelementptr float, ptr %80, i64 352
  %568 = load <16 x float>, ptr %567, align 64
  %569 = fmul <16 x float> %568, %splat87
  %570 = getelementptr float, ptr %80, i64 368
  %571 = load <16 x float>, ptr %570, align 64
  %572 = fmul <16 x float> %571, %splat87
  br label %kpv

kpv:                                              ; preds = %body88, %exit84
  %pacc.sroa.60.0 = phi <16 x float> [ %572, %exit84 ], [ %628, %body88 ]
  %pacc.sroa.56.0 = phi <16 x float> [ %569, %exit84 ], [ %624, %body88 ]
  %pacc.sroa.52.0 = phi <16 x float> [ %566, %exit84 ], [ %620, %body88 ]
  %pacc.sroa.48.0 = phi <16 x float> [ %563, %exit84 ], [ %616, %body88 ]
  %pacc.sroa.44.0 = phi <16 x float> [ %560, %exit84 ], [ %612, %body88 ]
  %pacc.sroa.40.0 = phi <16 x float> [ %557, %exit84 ], [ %608, %body88 ]
  %pacc.sroa.36.0 = phi <16 x float> [ %554, %exit84 ], [ %604, %body88 ]
  %pacc.sroa.32.0 = phi <16 x float> [ %551, %exit84 ], [ %600, %body88 ]
  %pacc.sroa.28.0 = phi <16 x float> [ %545, %exit84 ], [ %627, %body88 ]
  %pacc.sroa.24.0 = phi <16 x float> [ %542, %exit84 ], [ %623, %body88 ]
  %pacc.sroa.20.0 = phi <16 x float> [ %539, %exit84 ], [ %619, %body88 ]
  %pacc.sroa.16.0 = phi <16 x float> [ %536, %exit84 ], [ %615, %body88 ]
  %pacc.sroa.12.0 = phi <16 x float> [ %533, %exit84 ], [ %611, %body88 ]
  %pacc.sroa.8.0 = phi <16 x float> [ %530, %exit84 ], [ %607, %body88 ]
  %pacc.sroa.4.0 = phi <16 x float> [ %527, %exit84 ], [ %603, %body88 ]
  %pacc.sroa.0.0 = phi <16 x float> [ %524, %exit84 ], [ %599, %body88 ]
  %kpv91 = phi i32 [ 0, %exit84 ], [ %629, %body88 ]
  %573 = icmp slt i32 %kpv91, %520
  br i1 %573, label %body88, label %exit90

body88:                                           ; preds = %kpv
  %574 = add i32 %kblock13, %kpv91
  %575 = sext i32 %574 to i64
  %576 = mul i64 %575, 4
  %row92 = add i64 %73, %576
  %577 = mul i64 %row92, 1024
  %578 = getelementptr i8, ptr %23, i64 %577
  %579 = add i32 %kb_next, %kpv91
  %580 = call i32 @llvm.smin.i32(i32 %579, i32 %k_last)
  %581 = sext i32 %580 to i64
  %582 = mul i64 %581, 4
  %row93 = add i64 %83, %582
  %583 = mul i64 %row93, 1024
  %584 = getelementptr i8, ptr %23, i64 %583
  call void @llvm.prefetch.p0(ptr %584, i32 0, i32 2, i32 1)
  %585 = getelementptr i8, ptr %584, i64 64
  call void @llvm.prefetch.p0(ptr %585, i32 0, i32 2, i32 1)
  %586 = getelementptr i8, ptr %584, i64 128
  call void @llvm.prefetch.p0(ptr %586, i32 0, i32 2, i32 1)
  %587 = getelementptr i8, ptr %584, i64 192
  call void @llvm.prefetch.p0(ptr %587, i32 0, i32 2, i32 1)
  %588 = getelementptr i8, ptr %584, i64 256
  call void @llvm.prefetch.p0(ptr %588, i32 0, i32 2, i32 1)
  %589 = getelementptr i8, ptr %584, i64 320
  call void @llvm.prefetch.p0(ptr %589, i32 0, i32 2, i32 1)
  %590 = getelementptr i8, ptr %584, i64 384
  call void @llvm.prefetch.p0(ptr %590, i32 0, i32 2, i32 1)
  %591 = getelementptr i8, ptr %584, i64 448
  call void @llvm.prefetch.p0(ptr %591, i32 0, i32 2, i32 1)
  %592 = sext i32 %kpv91 to i64
  %593 = getelementptr float, ptr %pbuf, i64 %592
  %p = load float, ptr %593, align 4
  %594 = insertelement <16 x float> poison, float %p, i32 0
  %splat94 = shufflevector <16 x float> %594, <16 x float> poison, <16 x i32> zeroinitializer
  %595 = add i64 32, %592
  %596 = getelementptr float, ptr %pbuf, i64 %595
  %p95 = load float, ptr %596, align 4
  %597 = insertelement <16 x float> poison, float %p95, i32 0
  %splat96 = shufflevector <16 x float> %597, <16 x float> poison, <16 x i32> zeroinitializer
  %598 = load <16 x float>, ptr %578, align 4
  %599 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat94, <16 x float> %598, <16 x float> %pacc.sroa.0.0)
  %600 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat96, <16 x float> %598, <16 x float> %pacc.sroa.32.0)
  %601 = getelementptr i8, ptr %578, i64 64
  %602 = load <16 x float>, ptr %601, align 4
  %603 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat94, <16 x float> %602, <16 x float> %pacc.sroa.4.0)
  %604 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat96, <16 x float> %602, <16 x float> %pacc.sroa.36.0)
  %605 = getelementptr i8, ptr %578, i64 128
  %606 = load <16 x float>, ptr %605, align 4
  %607 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat94, <16 x float> %606, <16 x float> %pacc.sroa.8.0)
  %608 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat96, <16 x float> %606, <16 x float> %pacc.sroa.40.0)
  %609 = getelementptr i8, ptr %578, i64 192
  %610 = load <16 x float>, ptr %609, align 4
  %611 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat94, <16 x float> %610, <16 x float> %pacc.sroa.12.0)
  %612 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat96, <16 x float> %610, <16 x float> %pacc.sroa.44.0)
  %613 = getelementptr i8, ptr %578, i64 256
  %614 = load <16 x float>, ptr %613, align 4
  %615 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat94, <16 x float> %614, <16 x float> %pacc.sroa.16.0)
  %616 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat96, <16 x float> %614, <16 x float> %pacc.sroa.48.0)
  %617 = getelementptr i8, ptr %578, i64 320
  %618 = load <16 x float>, ptr %617, align 4
  %619 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat94, <16 x float> %618, <16 x float> %pacc.sroa.20.0)
  %620 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat96, <16 x float> %618, <16 x float> %pacc.sroa.52.0)
  %621 = getelementptr i8, ptr %578, i64 384
  %622 = load <16 x float>, ptr %621, align 4
  %623 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat94, <16 x float> %622, <16 x float> %pacc.sroa.24.0)
  %624 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat96, <16 x float> %622, <16 x float> %pacc.sroa.56.0)
  %625 = getelementptr i8, ptr %578, i64 448
  %626 = load <16 x float>, ptr %625, align 4
  %627 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat94, <16 x float> %626, <16 x float> %pacc.sroa.28.0)
  %628 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat96, <16 x float> %626, <16 x float> %pacc.sroa.60.0)
  %629 = add nsw i32 %kpv91, 1
  br label %kpv

exit90:                                           ; preds = %kpv
  store <16 x float> %pacc.sroa.0.0, ptr %80, align 64
  store <16 x float> %pacc.sroa.4.0, ptr %525, align 64
  store <16 x float> %pacc.sroa.8.0, ptr %528, align 64
  store <16 x float> %pacc.sroa.12.0, ptr %531, align 64
  store <16 x float> %pacc.sroa.16.0, ptr %534, align 64
  store <16 x float> %pacc.sroa.20.0, ptr %537, align 64
  store <16 x float> %pacc.sroa.24.0, ptr %540, align 64
  store <16 x float> %pacc.sroa.28.0, ptr %543, align 64
  store <16 x float> %pacc.sroa.32.0, ptr %549, align 64
  store <16 x float> %pacc.sroa.36.0, ptr %552, align 64
  store <16 x float> %pacc.sroa.40.0, ptr %555, align 64
  store <16 x float> %pacc.sroa.44.0, ptr %558, align 64
  store <16 x float> %pacc.sroa.48.0, ptr %561, align 64
  store <16 x float> %pacc.sroa.52.0, ptr %564, align 64
  store <16 x float> %pacc.sroa.56.0, ptr %567, align 64
  store <16 x float> %pacc.sroa.60.0, ptr %570, align 64
  %630 = load float, ptr %alpha, align 4
  %631 = insertelement <16 x float> poison, float %630, i32 0
  %splat98 = shufflevector <16 x float> %631, <16 x float> poison, <16 x i32> zeroinitializer
  %632 = getelementptr float, ptr %80, i64 128
  %633 = load <16 x float>, ptr %632, align 64
  %634 = fmul <16 x float> %633, %splat98
  %635 = getelementptr float, ptr %80, i64 144
  %636 = load <16 x float>, ptr %635, align 64
  %637 = fmul <16 x float> %636, %splat98
  %638 = getelementptr float, ptr %80, i64 160
  %639 = load <16 x float>, ptr %638, align 64
  %640 = fmul <16 x float> %639, %splat98
  %641 = getelementptr float, ptr %80, i64 176
  %642 = load <16 x float>, ptr %641, align 64
  %643 = fmul <16 x float> %642, %splat98
  %644 = getelementptr float, ptr %80, i64 192
  %645 = load <16 x float>, ptr %644, align 64
  %646 = fmul <16 x float> %645, %splat98
  %647 = getelementptr float, ptr %80, i64 208
  %648 = load <16 x float>, ptr %647, align 64
  %649 = fmul <16 x float> %648, %splat98
  %650 = getelementptr float, ptr %80, i64 224
  %651 = load <16 x float>, ptr %650, align 64
  %652 = fmul <16 x float> %651, %splat98
  %653 = getelementptr float, ptr %80, i64 240
  %654 = load <16 x float>, ptr %653, align 64
  %655 = fmul <16 x float> %654, %splat98
  %656 = load float, ptr %546, align 4
  %657 = insertelement <16 x float> poison, float %656, i32 0
  %splat99 = shufflevector <16 x float> %657, <16 x float> poison, <16 x i32> zeroinitializer
  %658 = getelementptr float, ptr %80, i64 384
  %659 = load <16 x float>, ptr %658, align 64
  %660 = fmul <16 x float> %659, %splat99
  %661 = getelementptr float, ptr %80, i64 400
  %662 = load <16 x float>, ptr %661, align 64
  %663 = fmul <16 x float> %662, %splat99
  %664 = getelementptr float, ptr %80, i64 416
  %665 = load <16 x float>, ptr %664, align 64
  %666 = fmul <16 x float> %665, %splat99
  %667 = getelementptr float, ptr %80, i64 432
  %668 = load <16 x float>, ptr %667, align 64
  %669 = fmul <16 x float> %668, %splat99
  %670 = getelementptr float, ptr %80, i64 448
  %671 = load <16 x float>, ptr %670, align 64
  %672 = fmul <16 x float> %671, %splat99
  %673 = getelementptr float, ptr %80, i64 464
  %674 = load <16 x float>, ptr %673, align 64
  %675 = fmul <16 x float> %674, %splat99
  %676 = getelementptr float, ptr %80, i64 480
  %677 = load <16 x float>, ptr %676, align 64
  %678 = fmul <16 x float> %677, %splat99
  %679 = getelementptr float, ptr %80, i64 496
  %680 = load <16 x float>, ptr %679, align 64
  %681 = fmul <16 x float> %680, %splat99
  br label %kpv100

kpv100:                                           ; preds = %body101, %exit90
  %pacc97.sroa.60.0 = phi <16 x float> [ %681, %exit90 ], [ %739, %body101 ]
  %pacc97.sroa.56.0 = phi <16 x float> [ %678, %exit90 ], [ %735, %body101 ]
  %pacc97.sroa.52.0 = phi <16 x float> [ %675, %exit90 ], [ %731, %body101 ]
  %pacc97.sroa.48.0 = phi <16 x float> [ %672, %exit90 ], [ %727, %body101 ]
  %pacc97.sroa.44.0 = phi <16 x float> [ %669, %exit90 ], [ %723, %body101 ]
  %pacc97.sroa.40.0 = phi <16 x float> [ %666, %exit90 ], [ %719, %body101 ]
  %pacc97.sroa.36.0 = phi <16 x float> [ %663, %exit90 ], [ %715, %body101 ]
  %pacc97.sroa.32.0 = phi <16 x float> [ %660, %exit90 ], [ %711, %body101 ]
  %pacc97.sroa.28.0 = phi <16 x float> [ %655, %exit90 ], [ %738, %body101 ]
  %pacc97.sroa.24.0 = phi <16 x float> [ %652, %exit90 ], [ %734, %body101 ]
  %pacc97.sroa.20.0 = phi <16 x float> [ %649, %exit90 ], [ %730, %body101 ]
  %pacc97.sroa.16.0 = phi <16 x float> [ %646, %exit90 ], [ %726, %body101 ]
  %pacc97.sroa.12.0 = phi <16 x float> [ %643, %exit90 ], [ %722, %body101 ]
  %pacc97.sroa.8.0 = phi <16 x float> [ %640, %exit90 ], [ %718, %body101 ]
  %pacc97.sroa.4.0 = phi <16 x float> [ %637, %exit90 ], [ %714, %body101 ]
  %pacc97.sroa.0.0 = phi <16 x float> [ %634, %exit90 ], [ %710, %body101 ]
  %kpv104 = phi i32 [ 0, %exit90 ], [ %740, %body101 ]
  %682 = icmp slt i32 %kpv104, %520
  br i1 %682, label %body101, label %exit103

body101:                                          ; preds = %kpv100
  %683 = add i32 %kblock13, %kpv104
  %684 = sext i32 %683 to i64
  %685 = mul i64 %684, 4
  %row105 = add i64 %73, %685
  %686 = mul i64 %row105, 1024
  %687 = getelementptr i8, ptr %23, i64 %686
  %688 = add i32 %kb_next, %kpv104
  %689 = call i32 @llvm.smin.i32(i32 %688, i32 %k_last)
  %690 = sext i32 %689 to i64
  %691 = mul i64 %690, 4
  %row106 = add i64 %83, %691
  %692 = mul i64 %row106, 1024
  %693 = getelementptr i8, ptr %23, i64 %692
  %694 = getelementptr i8, ptr %693, i64 512
  call void @llvm.prefetch.p0(ptr %694, i32 0, i32 2, i32 1)
  %695 = getelementptr i8, ptr %694, i64 64
  call void @llvm.prefetch.p0(ptr %695, i32 0, i32 2, i32 1)
  %696 = getelementptr i8, ptr %694, i64 128
  call void @llvm.prefetch.p0(ptr %696, i32 0, i32 2, i32 1)
  %697 = getelementptr i8, ptr %694, i64 192
  call void @llvm.prefetch.p0(ptr %697, i32 0, i32 2, i32 1)
  %698 = getelementptr i8, ptr %694, i64 256
  call void @llvm.prefetch.p0(ptr %698, i32 0, i32 2, i32 1)
  %699 = getelementptr i8, ptr %694, i64 320
  call void @llvm.prefetch.p0(ptr %699, i32 0, i32 2, i32 1)
  %700 = getelementptr i8, ptr %694, i64 384
  call void @llvm.prefetch.p0(ptr %700, i32 0, i32 2, i32 1)
  %701 = getelementptr i8, ptr %694, i64 448
  call void @llvm.prefetch.p0(ptr %701, i32 0, i32 2, i32 1)
  %702 = sext i32 %kpv104 to i64
  %703 = getelementptr float, ptr %pbuf, i64 %702
  %p107 = load float, ptr %703, align 4
  %704 = insertelement <16 x float> poison, float %p107, i32 0
  %splat108 = shufflevector <16 x float> %704, <16 x float> poison, <16 x i32> zeroinitializer
  %705 = add i64 32, %702
  %706 = getelementptr float, ptr %pbuf, i64 %705
  %p109 = load float, ptr %706, align 4
  %707 = insertelement <16 x float> poison, float %p109, i32 0
  %splat110 = shufflevector <16 x float> %707, <16 x float> poison, <16 x i32> zeroinitializer
  %708 = getelementptr i8, ptr %687, i64 512
  %709 = load <16 x float>, ptr %708, align 4
  %710 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat108, <16 x float> %709, <16 x float> %pacc97.sroa.0.0)
  %711 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat110, <16 x float> %709, <16 x float> %pacc97.sroa.32.0)
  %712 = getelementptr i8, ptr %687, i64 576
  %713 = load <16 x float>, ptr %712, align 4
  %714 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat108, <16 x float> %713, <16 x float> %pacc97.sroa.4.0)
  %715 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat110, <16 x float> %713, <16 x float> %pacc97.sroa.36.0)
  %716 = getelementptr i8, ptr %687, i64 640
  %717 = load <16 x float>, ptr %716, align 4
  %718 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat108, <16 x float> %717, <16 x float> %pacc97.sroa.8.0)
  %719 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat110, <16 x float> %717, <16 x float> %pacc97.sroa.40.0)
  %720 = getelementptr i8, ptr %687, i64 704
  %721 = load <16 x float>, ptr %720, align 4
  %722 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat108, <16 x float> %721, <16 x float> %pacc97.sroa.12.0)
  %723 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat110, <16 x float> %721, <16 x float> %pacc97.sroa.44.0)
  %724 = getelementptr i8, ptr %687, i64 768
  %725 = load <16 x float>, ptr %724, align 4
  %726 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat108, <16 x float> %725, <16 x float> %pacc97.sroa.16.0)
  %727 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat110, <16 x float> %725, <16 x float> %pacc97.sroa.48.0)
  %728 = getelementptr i8, ptr %687, i64 832
  %729 = load <16 x float>, ptr %728, align 4
  %730 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat108, <16 x float> %729, <16 x float> %pacc97.sroa.20.0)
  %731 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat110, <16 x float> %729, <16 x float> %pacc97.sroa.52.0)
  %732 = getelementptr i8, ptr %687, i64 896
  %733 = load <16 x float>, ptr %732, align 4
  %734 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat108, <16 x float> %733, <16 x float> %pacc97.sroa.24.0)
  %735 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat110, <16 x float> %733, <16 x float> %pacc97.sroa.56.0)
  %736 = getelementptr i8, ptr %687, i64 960
  %737 = load <16 x float>, ptr %736, align 4
  %738 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat108, <16 x float> %737, <16 x float> %pacc97.sroa.28.0)
  %739 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat110, <16 x float> %737, <16 x float> %pacc97.sroa.60.0)
  %740 = add nsw i32 %kpv104, 1
  br label %kpv100

exit103:                                          ; preds = %kpv100
  store <16 x float> %pacc97.sroa.0.0, ptr %632, align 64
  store <16 x float> %pacc97.sroa.4.0, ptr %635, align 64
  store <16 x float> %pacc97.sroa.8.0, ptr %638, align 64
  store <16 x float> %pacc97.sroa.12.0, ptr %641, align 64
  store <16 x float> %pacc97.sroa.16.0, ptr %644, align 64
  store <16 x float> %pacc97.sroa.20.0, ptr %647, align 64
  store <16 x float> %pacc97.sroa.24.0, ptr %650, align 64
  store <16 x float> %pacc97.sroa.28.0, ptr %653, align 64
  store <16 x float> %pacc97.sroa.32.0, ptr %658, align 64
  store <16 x float> %pacc97.sroa.36.0, ptr %661, align 64
  store <16 x float> %pacc97.sroa.40.0, ptr %664, align 64
  store <16 x float> %pacc97.sroa.44.0, ptr %667, align 64
  store <16 x float> %pacc97.sroa.48.0, ptr %670, align 64
  store <16 x float> %pacc97.sroa.52.0, ptr %673, align 64
  store <16 x float> %pacc97.sroa.56.0, ptr %676, align 64
  store <16 x float> %pacc97.sroa.60.0, ptr %679, align 64
  br label %kvh

orow111:                                          ; preds = %kblock, %written
  %orow115 = phi i32 [ %764, %written ], [ 0, %kblock ]
  %741 = icmp slt i32 %orow115, %nrows
  br i1 %741, label %body112, label %done

body112:                                          ; preds = %orow111
  %742 = sext i32 %orow115 to i64
  %743 = getelementptr float, ptr %ms, i64 %742
  %m116 = load float, ptr %743, align 4
  %744 = getelementptr float, ptr %ls, i64 %742
  %l117 = load float, ptr %744, align 4
  %745 = mul i64 %742, 256
  %746 = getelementptr float, ptr %accs, i64 %745
  %747 = icmp ne ptr %part, null
  br i1 %747, label %partial, label %final

partial:                                          ; preds = %body112
  %748 = sext i32 %nrows to i64
  %749 = getelementptr float, ptr %part, i64 %745
  br label %chunk118

final:                                            ; preds = %body112
  %750 = sdiv i32 %orow115, %nh
  %qi123 = add i32 %q_begin, %750
  %751 = srem i32 %orow115, %nh
  %752 = add i32 %h_begin, %751
  %753 = mul i32 %kv_head0, 2
  %hq124 = add i32 %753, %752
  %754 = sext i32 %qi123 to i64
  %755 = add i64 %q_row0, %754
  %756 = mul i64 %755, 8
  %757 = sext i32 %hq124 to i64
  %orow125 = add i64 %756, %757
  %758 = fcmp oeq float %l117, 0.000000e+00
  %759 = fdiv float 1.000000e+00, %l117
  %760 = select i1 %758, float 0.000000e+00, float %759
  %761 = mul i64 %orow125, 1024
  %762 = getelementptr i8, ptr %out, i64 %761
  %763 = insertelement <16 x float> poison, float %760, i32 0
  %splat126 = shufflevector <16 x float> %763, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk127

written:                                          ; preds = %chunk127, %exit121
  %764 = add nsw i32 %orow115, 1
  br label %orow111

chunk118:                                         ; preds = %body119, %partial
  %chunk122 = phi i64 [ 0, %partial ], [ %770, %body119 ]
  %765 = icmp slt i64 %chunk122, 16
  br i1 %765, label %body119, label %exit121

body119:                                          ; preds = %chunk118
  %766 = getelementptr <16 x float>, ptr %746, i64 %chunk122
  %767 = load <16 x float>, ptr %766, align 64
  %768 = mul i64 %chunk122, 64
  %769 = getelementptr i8, ptr %749, i64 %768
  store <16 x float> %767, ptr %769, align 4
  %770 = add nsw i64 %chunk122, 1
  br label %chunk118

exit121:                                          ; preds = %chunk118
  %771 = mul i64 %748, 256
  %772 = add i64 %771, %742
  %773 = getelementptr float, ptr %part, i64 %772
  store float %m116, ptr %773, align 4
  %774 = add i64 %772, %748
  %775 = getelementptr float, ptr %part, i64 %774
  store float %l117, ptr %775, align 4
  br label %written

chunk127:                                         ; preds = %body128, %final
  %chunk131 = phi i64 [ 0, %final ], [ %782, %body128 ]
  %776 = icmp slt i64 %chunk131, 16
  br i1 %776, label %body128, label %written

body128:                                          ; preds = %chunk127
  %777 = getelementptr <16 x float>, ptr %746, i64 %chunk131
  %778 = load <16 x float>, ptr %777, align 64
  %779 = fmul <16 x float> %778, %splat126
  %780 = mul i64 %chunk131, 64
  %781 = getelementptr i8, ptr %762, i64 %780
  store <16 x float> %779, ptr %781, align 4
  %782 = add nsw i64 %chunk131, 1
  br label %chunk127
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
