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

done:                                             ; preds = %orow112, %entry
  ret void

rinit:                                            ; preds = %entry, %exit8
  %rinit1 = phi i32 [ %67, %exit8 ], [ 0, %entry ]
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
  %45 = sdiv i32 %44, %nh
  %46 = add i32 %q_begin, %45
  %qpos10 = add i32 %q_pos0, %46
  %47 = add i32 %qpos10, 1
  %48 = call i32 @llvm.smin.i32(i32 %47, i32 %k_end)
  %k_last = sub i32 %48, 1
  br label %kblock

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %55, %body2 ]
  %49 = icmp slt i64 %chunk5, 16
  br i1 %49, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %50 = mul i64 %chunk5, 64
  %51 = getelementptr i8, ptr %41, i64 %50
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
  %qpos = add i32 %q_pos0, %qi
  %59 = add i32 %qpos, 1
  %60 = call i32 @llvm.smin.i32(i32 %59, i32 %k_end)
  store i32 %60, ptr %58, align 4
  br label %acczero

acczero:                                          ; preds = %body6, %exit4
  %acczero9 = phi i64 [ 0, %exit4 ], [ %66, %body6 ]
  %61 = icmp slt i64 %acczero9, 16
  br i1 %61, label %body6, label %exit8

body6:                                            ; preds = %acczero
  %62 = mul i64 %acczero9, 16
  %63 = mul i64 %26, 256
  %64 = add i64 %63, %62
  %65 = getelementptr float, ptr %accs, i64 %64
  store <16 x float> zeroinitializer, ptr %65, align 64
  %66 = add nsw i64 %acczero9, 1
  br label %acczero

exit8:                                            ; preds = %acczero
  %67 = add nsw i32 %rinit1, 1
  br label %rinit

kblock:                                           ; preds = %kvh, %exit
  %kblock14 = phi i32 [ %k_begin, %exit ], [ %69, %kvh ]
  %68 = icmp slt i32 %kblock14, %48
  br i1 %68, label %body11, label %orow112

body11:                                           ; preds = %kblock
  %69 = add i32 %kblock14, 32
  br label %kvh

kvh:                                              ; preds = %exit104, %body11
  %kvh18 = phi i32 [ 0, %body11 ], [ %72, %exit104 ]
  %70 = icmp slt i32 %kvh18, 4
  br i1 %70, label %body15, label %kblock

body15:                                           ; preds = %kvh
  %71 = icmp eq i32 %kvh18, 3
  %72 = add i32 %kvh18, 1
  %73 = select i1 %71, i32 0, i32 %72
  %kb_next = select i1 %71, i32 %69, i32 %kblock14
  %74 = sext i32 %kvh18 to i64
  %75 = add i64 %21, %74
  %76 = mul i64 %74, 2
  %77 = getelementptr float, ptr %ms, i64 %76
  %78 = getelementptr float, ptr %ls, i64 %76
  %79 = mul i64 %76, 16
  %80 = getelementptr <16 x float>, ptr %qs, i64 %79
  %81 = mul i64 %76, 256
  %82 = getelementptr float, ptr %accs, i64 %81
  %83 = getelementptr i32, ptr %lims, i64 %76
  %84 = sext i32 %73 to i64
  %85 = add i64 %21, %84
  br label %kdot

kdot:                                             ; preds = %body19, %body15
  %kdot22 = phi i32 [ 0, %body15 ], [ %307, %body19 ]
  %86 = icmp slt i32 %kdot22, 32
  br i1 %86, label %body19, label %score

body19:                                           ; preds = %kdot
  %87 = add i32 %kblock14, %kdot22
  %88 = call i32 @llvm.smin.i32(i32 %87, i32 %k_last)
  %89 = sext i32 %88 to i64
  %90 = mul i64 %89, 4
  %row = add i64 %75, %90
  %91 = mul i64 %row, 1024
  %92 = getelementptr i8, ptr %20, i64 %91
  %93 = add i32 %kb_next, %kdot22
  %94 = call i32 @llvm.smin.i32(i32 %93, i32 %k_last)
  %95 = sext i32 %94 to i64
  %96 = mul i64 %95, 4
  %row23 = add i64 %85, %96
  %97 = mul i64 %row23, 1024
  %98 = getelementptr i8, ptr %20, i64 %97
  call void @llvm.prefetch.p0(ptr %98, i32 0, i32 2, i32 1)
  %99 = getelementptr i8, ptr %98, i64 64
  call void @llvm.prefetch.p0(ptr %99, i32 0, i32 2, i32 1)
  %100 = getelementptr i8, ptr %98, i64 128
  call void @llvm.prefetch.p0(ptr %100, i32 0, i32 2, i32 1)
  %101 = getelementptr i8, ptr %98, i64 192
  call void @llvm.prefetch.p0(ptr %101, i32 0, i32 2, i32 1)
  %102 = getelementptr i8, ptr %98, i64 256
  call void @llvm.prefetch.p0(ptr %102, i32 0, i32 2, i32 1)
  %103 = getelementptr i8, ptr %98, i64 320
  call void @llvm.prefetch.p0(ptr %103, i32 0, i32 2, i32 1)
  %104 = getelementptr i8, ptr %98, i64 384
  call void @llvm.prefetch.p0(ptr %104, i32 0, i32 2, i32 1)
  %105 = getelementptr i8, ptr %98, i64 448
  call void @llvm.prefetch.p0(ptr %105, i32 0, i32 2, i32 1)
  %106 = getelementptr i8, ptr %98, i64 512
  call void @llvm.prefetch.p0(ptr %106, i32 0, i32 2, i32 1)
  %107 = getelementptr i8, ptr %98, i64 576
  call void @llvm.prefetch.p0(ptr %107, i32 0, i32 2, i32 1)
  %108 = getelementptr i8, ptr %98, i64 640
  call void @llvm.prefetch.p0(ptr %108, i32 0, i32 2, i32 1)
  %109 = getelementptr i8, ptr %98, i64 704
  call void @llvm.prefetch.p0(ptr %109, i32 0, i32 2, i32 1)
  %110 = getelementptr i8, ptr %98, i64 768
  call void @llvm.prefetch.p0(ptr %110, i32 0, i32 2, i32 1)
  %111 = getelementptr i8, ptr %98, i64 832
  call void @llvm.prefetch.p0(ptr %111, i32 0, i32 2, i32 1)
  %112 = getelementptr i8, ptr %98, i64 896
  call void @llvm.prefetch.p0(ptr %112, i32 0, i32 2, i32 1)
  %113 = getelementptr i8, ptr %98, i64 960
  call void @llvm.prefetch.p0(ptr %113, i32 0, i32 2, i32 1)
  %114 = add i32 %kdot22, 1
  %115 = add i32 %kblock14, %114
  %116 = call i32 @llvm.smin.i32(i32 %115, i32 %k_last)
  %117 = sext i32 %116 to i64
  %118 = mul i64 %117, 4
  %row24 = add i64 %75, %118
  %119 = mul i64 %row24, 1024
  %120 = getelementptr i8, ptr %20, i64 %119
  %121 = add i32 %kb_next, %114
  %122 = call i32 @llvm.smin.i32(i32 %121, i32 %k_last)
  %123 = sext i32 %122 to i64
  %124 = mul i64 %123, 4
  %row25 = add i64 %85, %124
  %125 = mul i64 %row25, 1024
  %126 = getelementptr i8, ptr %20, i64 %125
  call void @llvm.prefetch.p0(ptr %126, i32 0, i32 2, i32 1)
  %127 = getelementptr i8, ptr %126, i64 64
  call void @llvm.prefetch.p0(ptr %127, i32 0, i32 2, i32 1)
  %128 = getelementptr i8, ptr %126, i64 128
  call void @llvm.prefetch.p0(ptr %128, i32 0, i32 2, i32 1)
  %129 = getelementptr i8, ptr %126, i64 192
  call void @llvm.prefetch.p0(ptr %129, i32 0, i32 2, i32 1)
  %130 = getelementptr i8, ptr %126, i64 256
  call void @llvm.prefetch.p0(ptr %130, i32 0, i32 2, i32 1)
  %131 = getelementptr i8, ptr %126, i64 320
  call void @llvm.prefetch.p0(ptr %131, i32 0, i32 2, i32 1)
  %132 = getelementptr i8, ptr %126, i64 384
  call void @llvm.prefetch.p0(ptr %132, i32 0, i32 2, i32 1)
  %133 = getelementptr i8, ptr %126, i64 448
  call void @llvm.prefetch.p0(ptr %133, i32 0, i32 2, i32 1)
  %134 = getelementptr i8, ptr %126, i64 512
  call void @llvm.prefetch.p0(ptr %134, i32 0, i32 2, i32 1)
  %135 = getelementptr i8, ptr %126, i64 576
  call void @llvm.prefetch.p0(ptr %135, i32 0, i32 2, i32 1)
  %136 = getelementptr i8, ptr %126, i64 640
  call void @llvm.prefetch.p0(ptr %136, i32 0, i32 2, i32 1)
  %137 = getelementptr i8, ptr %126, i64 704
  call void @llvm.prefetch.p0(ptr %137, i32 0, i32 2, i32 1)
  %138 = getelementptr i8, ptr %126, i64 768
  call void @llvm.prefetch.p0(ptr %138, i32 0, i32 2, i32 1)
  %139 = getelementptr i8, ptr %126, i64 832
  call void @llvm.prefetch.p0(ptr %139, i32 0, i32 2, i32 1)
  %140 = getelementptr i8, ptr %126, i64 896
  call void @llvm.prefetch.p0(ptr %140, i32 0, i32 2, i32 1)
  %141 = getelementptr i8, ptr %126, i64 960
  call void @llvm.prefetch.p0(ptr %141, i32 0, i32 2, i32 1)
  %q26 = load <16 x float>, ptr %80, align 64
  %142 = load <16 x float>, ptr %92, align 4
  %143 = load <16 x float>, ptr %120, align 4
  %144 = fmul <16 x float> %q26, %142
  %145 = fmul <16 x float> %q26, %143
  %146 = getelementptr <16 x float>, ptr %80, i64 16
  %q27 = load <16 x float>, ptr %146, align 64
  %147 = fmul <16 x float> %q27, %142
  %148 = fmul <16 x float> %q27, %143
  %149 = getelementptr <16 x float>, ptr %80, i64 1
  %q28 = load <16 x float>, ptr %149, align 64
  %150 = getelementptr i8, ptr %92, i64 64
  %151 = load <16 x float>, ptr %150, align 4
  %152 = getelementptr i8, ptr %120, i64 64
  %153 = load <16 x float>, ptr %152, align 4
  %154 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %151, <16 x float> %144)
  %155 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %153, <16 x float> %145)
  %156 = getelementptr <16 x float>, ptr %80, i64 17
  %q29 = load <16 x float>, ptr %156, align 64
  %157 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q29, <16 x float> %151, <16 x float> %147)
  %158 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q29, <16 x float> %153, <16 x float> %148)
  %159 = getelementptr <16 x float>, ptr %80, i64 2
  %q30 = load <16 x float>, ptr %159, align 64
  %160 = getelementptr i8, ptr %92, i64 128
  %161 = load <16 x float>, ptr %160, align 4
  %162 = getelementptr i8, ptr %120, i64 128
  %163 = load <16 x float>, ptr %162, align 4
  %164 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q30, <16 x float> %161, <16 x float> %154)
  %165 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q30, <16 x float> %163, <16 x float> %155)
  %166 = getelementptr <16 x float>, ptr %80, i64 18
  %q31 = load <16 x float>, ptr %166, align 64
  %167 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %161, <16 x float> %157)
  %168 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %163, <16 x float> %158)
  %169 = getelementptr <16 x float>, ptr %80, i64 3
  %q32 = load <16 x float>, ptr %169, align 64
  %170 = getelementptr i8, ptr %92, i64 192
  %171 = load <16 x float>, ptr %170, align 4
  %172 = getelementptr i8, ptr %120, i64 192
  %173 = load <16 x float>, ptr %172, align 4
  %174 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %171, <16 x float> %164)
  %175 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %173, <16 x float> %165)
  %176 = getelementptr <16 x float>, ptr %80, i64 19
  %q33 = load <16 x float>, ptr %176, align 64
  %177 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %171, <16 x float> %167)
  %178 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %173, <16 x float> %168)
  %179 = getelementptr <16 x float>, ptr %80, i64 4
  %q34 = load <16 x float>, ptr %179, align 64
  %180 = getelementptr i8, ptr %92, i64 256
  %181 = load <16 x float>, ptr %180, align 4
  %182 = getelementptr i8, ptr %120, i64 256
  %183 = load <16 x float>, ptr %182, align 4
  %184 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %181, <16 x float> %174)
  %185 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %183, <16 x float> %175)
  %186 = getelementptr <16 x float>, ptr %80, i64 20
  %q35 = load <16 x float>, ptr %186, align 64
  %187 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %181, <16 x float> %177)
  %188 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %183, <16 x float> %178)
  %189 = getelementptr <16 x float>, ptr %80, i64 5
  %q36 = load <16 x float>, ptr %189, align 64
  %190 = getelementptr i8, ptr %92, i64 320
  %191 = load <16 x float>, ptr %190, align 4
  %192 = getelementptr i8, ptr %120, i64 320
  %193 = load <16 x float>, ptr %192, align 4
  %194 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %191, <16 x float> %184)
  %195 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %193, <16 x float> %185)
  %196 = getelementptr <16 x float>, ptr %80, i64 21
  %q37 = load <16 x float>, ptr %196, align 64
  %197 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %191, <16 x float> %187)
  %198 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %193, <16 x float> %188)
  %199 = getelementptr <16 x float>, ptr %80, i64 6
  %q38 = load <16 x float>, ptr %199, align 64
  %200 = getelementptr i8, ptr %92, i64 384
  %201 = load <16 x float>, ptr %200, align 4
  %202 = getelementptr i8, ptr %120, i64 384
  %203 = load <16 x float>, ptr %202, align 4
  %204 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q38, <16 x float> %201, <16 x float> %194)
  %205 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q38, <16 x float> %203, <16 x float> %195)
  %206 = getelementptr <16 x float>, ptr %80, i64 22
  %q39 = load <16 x float>, ptr %206, align 64
  %207 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q39, <16 x float> %201, <16 x float> %197)
  %208 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q39, <16 x float> %203, <16 x float> %198)
  %209 = getelementptr <16 x float>, ptr %80, i64 7
  %q40 = load <16 x float>, ptr %209, align 64
  %210 = getelementptr i8, ptr %92, i64 448
  %211 = load <16 x float>, ptr %210, align 4
  %212 = getelementptr i8, ptr %120, i64 448
  %213 = load <16 x float>, ptr %212, align 4
  %214 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q40, <16 x float> %211, <16 x float> %204)
  %215 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q40, <16 x float> %213, <16 x float> %205)
  %216 = getelementptr <16 x float>, ptr %80, i64 23
  %q41 = load <16 x float>, ptr %216, align 64
  %217 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q41, <16 x float> %211, <16 x float> %207)
  %218 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q41, <16 x float> %213, <16 x float> %208)
  %219 = getelementptr <16 x float>, ptr %80, i64 8
  %q42 = load <16 x float>, ptr %219, align 64
  %220 = getelementptr i8, ptr %92, i64 512
  %221 = load <16 x float>, ptr %220, align 4
  %222 = getelementptr i8, ptr %120, i64 512
  %223 = load <16 x float>, ptr %222, align 4
  %224 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q42, <16 x float> %221, <16 x float> %214)
  %225 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q42, <16 x float> %223, <16 x float> %215)
  %226 = getelementptr <16 x float>, ptr %80, i64 24
  %q43 = load <16 x float>, ptr %226, align 64
  %227 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q43, <16 x float> %221, <16 x float> %217)
  %228 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q43, <16 x float> %223, <16 x float> %218)
  %229 = getelementptr <16 x float>, ptr %80, i64 9
  %q44 = load <16 x float>, ptr %229, align 64
  %230 = getelementptr i8, ptr %92, i64 576
  %231 = load <16 x float>, ptr %230, align 4
  %232 = getelementptr i8, ptr %120, i64 576
  %233 = load <16 x float>, ptr %232, align 4
  %234 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q44, <16 x float> %231, <16 x float> %224)
  %235 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q44, <16 x float> %233, <16 x float> %225)
  %236 = getelementptr <16 x float>, ptr %80, i64 25
  %q45 = load <16 x float>, ptr %236, align 64
  %237 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q45, <16 x float> %231, <16 x float> %227)
  %238 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q45, <16 x float> %233, <16 x float> %228)
  %239 = getelementptr <16 x float>, ptr %80, i64 10
  %q46 = load <16 x float>, ptr %239, align 64
  %240 = getelementptr i8, ptr %92, i64 640
  %241 = load <16 x float>, ptr %240, align 4
  %242 = getelementptr i8, ptr %120, i64 640
  %243 = load <16 x float>, ptr %242, align 4
  %244 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q46, <16 x float> %241, <16 x float> %234)
  %245 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q46, <16 x float> %243, <16 x float> %235)
  %246 = getelementptr <16 x float>, ptr %80, i64 26
  %q47 = load <16 x float>, ptr %246, align 64
  %247 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q47, <16 x float> %241, <16 x float> %237)
  %248 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q47, <16 x float> %243, <16 x float> %238)
  %249 = getelementptr <16 x float>, ptr %80, i64 11
  %q48 = load <16 x float>, ptr %249, align 64
  %250 = getelementptr i8, ptr %92, i64 704
  %251 = load <16 x float>, ptr %250, align 4
  %252 = getelementptr i8, ptr %120, i64 704
  %253 = load <16 x float>, ptr %252, align 4
  %254 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q48, <16 x float> %251, <16 x float> %244)
  %255 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q48, <16 x float> %253, <16 x float> %245)
  %256 = getelementptr <16 x float>, ptr %80, i64 27
  %q49 = load <16 x float>, ptr %256, align 64
  %257 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q49, <16 x float> %251, <16 x float> %247)
  %258 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q49, <16 x float> %253, <16 x float> %248)
  %259 = getelementptr <16 x float>, ptr %80, i64 12
  %q50 = load <16 x float>, ptr %259, align 64
  %260 = getelementptr i8, ptr %92, i64 768
  %261 = load <16 x float>, ptr %260, align 4
  %262 = getelementptr i8, ptr %120, i64 768
  %263 = load <16 x float>, ptr %262, align 4
  %264 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q50, <16 x float> %261, <16 x float> %254)
  %265 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q50, <16 x float> %263, <16 x float> %255)
  %266 = getelementptr <16 x float>, ptr %80, i64 28
  %q51 = load <16 x float>, ptr %266, align 64
  %267 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q51, <16 x float> %261, <16 x float> %257)
  %268 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q51, <16 x float> %263, <16 x float> %258)
  %269 = getelementptr <16 x float>, ptr %80, i64 13
  %q52 = load <16 x float>, ptr %269, align 64
  %270 = getelementptr i8, ptr %92, i64 832
  %271 = load <16 x float>, ptr %270, align 4
  %272 = getelementptr i8, ptr %120, i64 832
  %273 = load <16 x float>, ptr %272, align 4
  %274 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q52, <16 x float> %271, <16 x float> %264)
  %275 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q52, <16 x float> %273, <16 x float> %265)
  %276 = getelementptr <16 x float>, ptr %80, i64 29
  %q53 = load <16 x float>, ptr %276, align 64
  %277 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q53, <16 x float> %271, <16 x float> %267)
  %278 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q53, <16 x float> %273, <16 x float> %268)
  %279 = getelementptr <16 x float>, ptr %80, i64 14
  %q54 = load <16 x float>, ptr %279, align 64
  %280 = getelementptr i8, ptr %92, i64 896
  %281 = load <16 x float>, ptr %280, align 4
  %282 = getelementptr i8, ptr %120, i64 896
  %283 = load <16 x float>, ptr %282, align 4
  %284 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q54, <16 x float> %281, <16 x float> %274)
  %285 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q54, <16 x float> %283, <16 x float> %275)
  %286 = getelementptr <16 x float>, ptr %80, i64 30
  %q55 = load <16 x float>, ptr %286, align 64
  %287 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q55, <16 x float> %281, <16 x float> %277)
  %288 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q55, <16 x float> %283, <16 x float> %278)
  %289 = getelementptr <16 x float>, ptr %80, i64 15
  %q56 = load <16 x float>, ptr %289, align 64
  %290 = getelementptr i8, ptr %92, i64 960
  %291 = load <16 x float>, ptr %290, align 4
  %292 = getelementptr i8, ptr %120, i64 960
  %293 = load <16 x float>, ptr %292, align 4
  %294 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q56, <16 x float> %291, <16 x float> %284)
  %295 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q56, <16 x float> %293, <16 x float> %285)
  %296 = getelementptr <16 x float>, ptr %80, i64 31
  %q57 = load <16 x float>, ptr %296, align 64
  %297 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q57, <16 x float> %291, <16 x float> %287)
  %298 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q57, <16 x float> %293, <16 x float> %288)
  %299 = sext i32 %kdot22 to i64
  %300 = getelementptr <16 x float>, ptr %dbuf, i64 %299
  store <16 x float> %294, ptr %300, align 64
  %301 = sext i32 %114 to i64
  %302 = getelementptr <16 x float>, ptr %dbuf, i64 %301
  store <16 x float> %295, ptr %302, align 64
  %303 = add i64 32, %299
  %304 = getelementptr <16 x float>, ptr %dbuf, i64 %303
  store <16 x float> %297, ptr %304, align 64
  %305 = add i64 32, %301
  %306 = getelementptr <16 x float>, ptr %dbuf, i64 %305
  store <16 x float> %298, ptr %306, align 64
  %307 = add nsw i32 %kdot22, 2
  br label %kdot

score:                                            ; preds = %kdot, %body58
  %score61 = phi i64 [ %443, %body58 ], [ 0, %kdot ]
  %308 = icmp slt i64 %score61, 4
  br i1 %308, label %body58, label %rmax

body58:                                           ; preds = %score
  %309 = sdiv i64 %score61, 2
  %310 = srem i64 %score61, 2
  %311 = mul i64 %310, 16
  %312 = mul i64 %309, 32
  %313 = add i64 %312, %311
  %314 = getelementptr <16 x float>, ptr %dbuf, i64 %313
  %315 = load <16 x float>, ptr %314, align 64
  %316 = add i64 %313, 1
  %317 = getelementptr <16 x float>, ptr %dbuf, i64 %316
  %318 = load <16 x float>, ptr %317, align 64
  %319 = shufflevector <16 x float> %315, <16 x float> %318, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %320 = shufflevector <16 x float> %315, <16 x float> %318, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %321 = fadd <16 x float> %319, %320
  %322 = add i64 %313, 2
  %323 = getelementptr <16 x float>, ptr %dbuf, i64 %322
  %324 = load <16 x float>, ptr %323, align 64
  %325 = add i64 %313, 3
  %326 = getelementptr <16 x float>, ptr %dbuf, i64 %325
  %327 = load <16 x float>, ptr %326, align 64
  %328 = shufflevector <16 x float> %324, <16 x float> %327, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %329 = shufflevector <16 x float> %324, <16 x float> %327, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %330 = fadd <16 x float> %328, %329
  %331 = shufflevector <16 x float> %321, <16 x float> %330, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %332 = shufflevector <16 x float> %321, <16 x float> %330, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %333 = fadd <16 x float> %331, %332
  %334 = add i64 %313, 4
  %335 = getelementptr <16 x float>, ptr %dbuf, i64 %334
  %336 = load <16 x float>, ptr %335, align 64
  %337 = add i64 %313, 5
  %338 = getelementptr <16 x float>, ptr %dbuf, i64 %337
  %339 = load <16 x float>, ptr %338, align 64
  %340 = shufflevector <16 x float> %336, <16 x float> %339, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %341 = shufflevector <16 x float> %336, <16 x float> %339, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %342 = fadd <16 x float> %340, %341
  %343 = add i64 %313, 6
  %344 = getelementptr <16 x float>, ptr %dbuf, i64 %343
  %345 = load <16 x float>, ptr %344, align 64
  %346 = add i64 %313, 7
  %347 = getelementptr <16 x float>, ptr %dbuf, i64 %346
  %348 = load <16 x float>, ptr %347, align 64
  %349 = shufflevector <16 x float> %345, <16 x float> %348, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %350 = shufflevector <16 x float> %345, <16 x float> %348, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %351 = fadd <16 x float> %349, %350
  %352 = shufflevector <16 x float> %342, <16 x float> %351, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %353 = shufflevector <16 x float> %342, <16 x float> %351, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %354 = fadd <16 x float> %352, %353
  %355 = shufflevector <16 x float> %333, <16 x float> %354, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %356 = shufflevector <16 x float> %333, <16 x float> %354, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %357 = fadd <16 x float> %355, %356
  %358 = add i64 %313, 8
  %359 = getelementptr <16 x float>, ptr %dbuf, i64 %358
  %360 = load <16 x float>, ptr %359, align 64
  %361 = add i64 %313, 9
  %362 = getelementptr <16 x float>, ptr %dbuf, i64 %361
  %363 = load <16 x float>, ptr %362, align 64
  %364 = shufflevector <16 x float> %360, <16 x float> %363, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %365 = shufflevector <16 x float> %360, <16 x float> %363, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %366 = fadd <16 x float> %364, %365
  %367 = add i64 %313, 10
  %368 = getelementptr <16 x float>, ptr %dbuf, i64 %367
  %369 = load <16 x float>, ptr %368, align 64
  %370 = add i64 %313, 11
  %371 = getelementptr <16 x float>, ptr %dbuf, i64 %370
  %372 = load <16 x float>, ptr %371, align 64
  %373 = shufflevector <16 x float> %369, <16 x float> %372, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %374 = shufflevector <16 x float> %369, <16 x float> %372, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %375 = fadd <16 x float> %373, %374
  %376 = shufflevector <16 x float> %366, <16 x float> %375, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %377 = shufflevector <16 x float> %366, <16 x float> %375, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %378 = fadd <16 x float> %376, %377
  %379 = add i64 %313, 12
  %380 = getelementptr <16 x float>, ptr %dbuf, i64 %379
  %381 = load <16 x float>, ptr %380, align 64
  %382 = add i64 %313, 13
  %383 = getelementptr <16 x float>, ptr %dbuf, i64 %382
  %384 = load <16 x float>, ptr %383, align 64
  %385 = shufflevector <16 x float> %381, <16 x float> %384, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %386 = shufflevector <16 x float> %381, <16 x float> %384, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %387 = fadd <16 x float> %385, %386
  %388 = add i64 %313, 14
  %389 = getelementptr <16 x float>, ptr %dbuf, i64 %388
  %390 = load <16 x float>, ptr %389, align 64
  %391 = add i64 %313, 15
  %392 = getelementptr <16 x float>, ptr %dbuf, i64 %391
  %393 = load <16 x float>, ptr %392, align 64
  %394 = shufflevector <16 x float> %390, <16 x float> %393, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %395 = shufflevector <16 x float> %390, <16 x float> %393, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %396 = fadd <16 x float> %394, %395
  %397 = shufflevector <16 x float> %387, <16 x float> %396, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %398 = shufflevector <16 x float> %387, <16 x float> %396, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %399 = fadd <16 x float> %397, %398
  %400 = shufflevector <16 x float> %378, <16 x float> %399, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %401 = shufflevector <16 x float> %378, <16 x float> %399, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %402 = fadd <16 x float> %400, %401
  %403 = shufflevector <16 x float> %357, <16 x float> %402, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %404 = shufflevector <16 x float> %357, <16 x float> %402, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %405 = fadd <16 x float> %403, %404
  %406 = getelementptr i32, ptr %83, i64 %309
  %407 = load i32, ptr %406, align 4
  %408 = insertelement <16 x i32> poison, i32 %407, i32 0
  %splat62 = shufflevector <16 x i32> %408, <16 x i32> poison, <16 x i32> zeroinitializer
  %409 = trunc i64 %311 to i32
  %410 = add i32 %kblock14, %409
  %411 = insertelement <16 x i32> poison, i32 %410, i32 0
  %splat63 = shufflevector <16 x i32> %411, <16 x i32> poison, <16 x i32> zeroinitializer
  %412 = add <16 x i32> %splat63, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %413 = icmp slt <16 x i32> %412, %splat62
  %s = fmul <16 x float> %405, <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>
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
  %437 = getelementptr float, ptr %pbuf, i64 %313
  store <16 x float> %436, ptr %437, align 64
  %438 = getelementptr <16 x float>, ptr %smax, i64 %309
  %439 = icmp eq i64 %310, 0
  %440 = load <16 x float>, ptr %438, align 64
  %441 = select i1 %439, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <16 x float> %440
  %442 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %441, <16 x float> %436)
  store <16 x float> %442, ptr %438, align 64
  %443 = add nsw i64 %score61, 1
  br label %score

rmax:                                             ; preds = %score, %body64
  %rmax67 = phi i64 [ %480, %body64 ], [ 0, %score ]
  %444 = icmp slt i64 %rmax67, 2
  br i1 %444, label %body64, label %pexp

body64:                                           ; preds = %rmax
  %445 = getelementptr float, ptr %77, i64 %rmax67
  %m = load float, ptr %445, align 4
  %446 = getelementptr <16 x float>, ptr %smax, i64 %rmax67
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
  %muse68 = select i1 %462, float 0.000000e+00, float %461
  %463 = fsub float %m, %muse68
  %464 = insertelement <16 x float> poison, float %463, i32 0
  %splat69 = shufflevector <16 x float> %464, <16 x float> poison, <16 x i32> zeroinitializer
  %465 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat69, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %466 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %465, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %467 = fadd <16 x float> %466, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n70 = fsub <16 x float> %467, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f71 = fsub <16 x float> %466, %n70
  %468 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f71, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %469 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %468, <16 x float> %f71, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %470 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %469, <16 x float> %f71, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %471 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %470, <16 x float> %f71, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %472 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %471, <16 x float> %f71, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %473 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %472, <16 x float> %f71, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %474 = fptosi <16 x float> %n70 to <16 x i32>
  %475 = add <16 x i32> %474, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %476 = shl <16 x i32> %475, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %477 = bitcast <16 x i32> %476 to <16 x float>
  %exp272 = fmul <16 x float> %473, %477
  %alpha73 = extractelement <16 x float> %exp272, i32 0
  store float %461, ptr %445, align 4
  %478 = getelementptr float, ptr %muse, i64 %rmax67
  store float %muse68, ptr %478, align 4
  %479 = getelementptr float, ptr %alpha, i64 %rmax67
  store float %alpha73, ptr %479, align 4
  %480 = add nsw i64 %rmax67, 1
  br label %rmax

pexp:                                             ; preds = %rmax, %body74
  %pexp77 = phi i64 [ %511, %body74 ], [ 0, %rmax ]
  %481 = icmp slt i64 %pexp77, 4
  br i1 %481, label %body74, label %lsum82

body74:                                           ; preds = %pexp
  %482 = sdiv i64 %pexp77, 2
  %483 = srem i64 %pexp77, 2
  %484 = mul i64 %483, 16
  %485 = mul i64 %482, 32
  %486 = add i64 %485, %484
  %487 = getelementptr float, ptr %pbuf, i64 %486
  %488 = getelementptr float, ptr %muse, i64 %482
  %489 = load float, ptr %488, align 4
  %490 = insertelement <16 x float> poison, float %489, i32 0
  %splat78 = shufflevector <16 x float> %490, <16 x float> poison, <16 x i32> zeroinitializer
  %491 = load <16 x float>, ptr %487, align 64
  %492 = fsub <16 x float> %491, %splat78
  %493 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %492, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %494 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %493, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %495 = fadd <16 x float> %494, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n79 = fsub <16 x float> %495, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f80 = fsub <16 x float> %494, %n79
  %496 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f80, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %497 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %496, <16 x float> %f80, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %498 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %497, <16 x float> %f80, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %499 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %498, <16 x float> %f80, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %500 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %499, <16 x float> %f80, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %501 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %500, <16 x float> %f80, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %502 = fptosi <16 x float> %n79 to <16 x i32>
  %503 = add <16 x i32> %502, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %504 = shl <16 x i32> %503, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %505 = bitcast <16 x i32> %504 to <16 x float>
  %exp281 = fmul <16 x float> %501, %505
  store <16 x float> %exp281, ptr %487, align 64
  %506 = getelementptr <16 x float>, ptr %lsum, i64 %482
  %507 = icmp eq i64 %483, 0
  %508 = load <16 x float>, ptr %506, align 64
  %509 = select i1 %507, <16 x float> zeroinitializer, <16 x float> %508
  %510 = fadd <16 x float> %509, %exp281
  store <16 x float> %510, ptr %506, align 64
  %511 = add nsw i64 %pexp77, 1
  br label %pexp

lsum82:                                           ; preds = %pexp, %body83
  %lsum86 = phi i64 [ %520, %body83 ], [ 0, %pexp ]
  %512 = icmp slt i64 %lsum86, 2
  br i1 %512, label %body83, label %exit85

body83:                                           ; preds = %lsum82
  %513 = getelementptr float, ptr %78, i64 %lsum86
  %514 = getelementptr float, ptr %alpha, i64 %lsum86
  %515 = load float, ptr %514, align 4
  %516 = getelementptr <16 x float>, ptr %lsum, i64 %lsum86
  %517 = load <16 x float>, ptr %516, align 64
  %518 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %517)
  %l = load float, ptr %513, align 4
  %519 = call float @llvm.fmuladd.f32(float %l, float %515, float %518)
  store float %519, ptr %513, align 4
  %520 = add nsw i64 %lsum86, 1
  br label %lsum82

exit85:                                           ; preds = %lsum82
  %521 = sub i32 %48, %kblock14
  %522 = call i32 @llvm.smin.i32(i32 32, i32 %521)
  %523 = load float, ptr %alpha, align 4
  %524 = insertelement <16 x float> poison, float %523, i32 0
  %splat87 = shufflevector <16 x float> %524, <16 x float> poison, <16 x i32> zeroinitializer
  %525 = load <16 x float>, ptr %82, align 64
  %526 = fmul <16 x float> %525, %splat87
  %527 = getelementptr float, ptr %82, i64 16
  %528 = load <16 x float>, ptr %527, align 64
  %529 = fmul <16 x float> %528, %splat87
  %530 = getelementptr float, ptr %82, i64 32
  %531 = load <16 x float>, ptr %530, align 64
  %532 = fmul <16 x float> %531, %splat87
  %533 = getelementptr float, ptr %82, i64 48
  %534 = load <16 x float>, ptr %533, align 64
  %535 = fmul <16 x float> %534, %splat87
  %536 = getelementptr float, ptr %82, i64 64
  %537 = load <16 x float>, ptr %536, align 64
  %538 = fmul <16 x float> %537, %splat87
  %539 = getelementptr float, ptr %82, i64 80
  %540 = load <16 x float>, ptr %539, align 64
  %541 = fmul <16 x float> %540, %splat87
  %542 = getelementptr float, ptr %82, i64 96
  %543 = load <16 x float>, ptr %542, align 64
  %544 = fmul <16 x float> %543, %splat87
  %545 = getelementptr float, ptr %82, i64 112
  %546 = load <16 x float>, ptr %545, align 64
  %547 = fmul <16 x float> %546, %splat87
  %548 = getelementptr float, ptr %alpha, i64 1
  %549 = load float, ptr %548, align 4
  %550 = insertelement <16 x float> poison, float %549, i32 0
  %splat88 = shufflevector <16 x float> %550, <16 x float> poison, <16 x i32> zeroinitializer
  %551 = getelementptr float, ptr %82, i64 256
  %552 = load <16 x float>, ptr %551, align 64
  %553 = fmul <16 x float> %552, %splat88
  %554 = getelementptr float, ptr %82, i64 272
  %555 = load <16 x float>, ptr %554, align 64
  %556 = fmul <16 x float> %555, %splat88
  %557 = getelementptr float, ptr %82, i64 288
  %558 = load <16 x float>, ptr %557, align 64
  %559 = fmul <16 x float> %558, %splat88
  %560 = getelementptr float, ptr %82, i64 304
  %561 = load <16 x float>, ptr %560, align 64
  %562 = fmul <16 x float> %561, %splat88
  %563 = getelementptr float, ptr %82, i64 320
  %564 = load <16 x float>, ptr %563, align 64
  %565 = fmul <16 x float> %564, %splat88
  %566 = getelementptr float, ptr %82, i64 336
  %567 = load <16 x float>, ptr %566, align 64
  %568 = fmul <16 x float> %567, %splat88
  %569 = getelementptr float, ptr %82, i64 352
  %570 = load <16 x float>, ptr %569, align 64
  %571 = fmul <16 x float> %570, %splat88
  %572 = getelementptr float, ptr %82, i64 368
  %573 = load <16 x float>, ptr %572, align 64
  %574 = fmul <16 x float> %573, %splat88
  br label %kpv

kpv:                                              ; preds = %body89, %exit85
  %pacc.sroa.60.0 = phi <16 x float> [ %574, %exit85 ], [ %630, %body89 ]
  %pacc.sroa.56.0 = phi <16 x float> [ %571, %exit85 ], [ %626, %body89 ]
  %pacc.sroa.52.0 = phi <16 x float> [ %568, %exit85 ], [ %622, %body89 ]
  %pacc.sroa.48.0 = phi <16 x float> [ %565, %exit85 ], [ %618, %body89 ]
  %pacc.sroa.44.0 = phi <16 x float> [ %562, %exit85 ], [ %614, %body89 ]
  %pacc.sroa.40.0 = phi <16 x float> [ %559, %exit85 ], [ %610, %body89 ]
  %pacc.sroa.36.0 = phi <16 x float> [ %556, %exit85 ], [ %606, %body89 ]
  %pacc.sroa.32.0 = phi <16 x float> [ %553, %exit85 ], [ %602, %body89 ]
  %pacc.sroa.28.0 = phi <16 x float> [ %547, %exit85 ], [ %629, %body89 ]
  %pacc.sroa.24.0 = phi <16 x float> [ %544, %exit85 ], [ %625, %body89 ]
  %pacc.sroa.20.0 = phi <16 x float> [ %541, %exit85 ], [ %621, %body89 ]
  %pacc.sroa.16.0 = phi <16 x float> [ %538, %exit85 ], [ %617, %body89 ]
  %pacc.sroa.12.0 = phi <16 x float> [ %535, %exit85 ], [ %613, %body89 ]
  %pacc.sroa.8.0 = phi <16 x float> [ %532, %exit85 ], [ %609, %body89 ]
  %pacc.sroa.4.0 = phi <16 x float> [ %529, %exit85 ], [ %605, %body89 ]
  %pacc.sroa.0.0 = phi <16 x float> [ %526, %exit85 ], [ %601, %body89 ]
  %kpv92 = phi i32 [ 0, %exit85 ], [ %631, %body89 ]
  %575 = icmp slt i32 %kpv92, %522
  br i1 %575, label %body89, label %exit91

body89:                                           ; preds = %kpv
  %576 = add i32 %kblock14, %kpv92
  %577 = sext i32 %576 to i64
  %578 = mul i64 %577, 4
  %row93 = add i64 %75, %578
  %579 = mul i64 %row93, 1024
  %580 = getelementptr i8, ptr %23, i64 %579
  %581 = add i32 %kb_next, %kpv92
  %582 = call i32 @llvm.smin.i32(i32 %581, i32 %k_last)
  %583 = sext i32 %582 to i64
  %584 = mul i64 %583, 4
  %row94 = add i64 %85, %584
  %585 = mul i64 %row94, 1024
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
  %594 = sext i32 %kpv92 to i64
  %595 = getelementptr float, ptr %pbuf, i64 %594
  %p = load float, ptr %595, align 4
  %596 = insertelement <16 x float> poison, float %p, i32 0
  %splat95 = shufflevector <16 x float> %596, <16 x float> poison, <16 x i32> zeroinitializer
  %597 = add i64 32, %594
  %598 = getelementptr float, ptr %pbuf, i64 %597
  %p96 = load float, ptr %598, align 4
  %599 = insertelement <16 x float> poison, float %p96, i32 0
  %splat97 = shufflevector <16 x float> %599, <16 x float> poison, <16 x i32> zeroinitializer
  %600 = load <16 x float>, ptr %580, align 4
  %601 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat95, <16 x float> %600, <16 x float> %pacc.sroa.0.0)
  %602 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat97, <16 x float> %600, <16 x float> %pacc.sroa.32.0)
  %603 = getelementptr i8, ptr %580, i64 64
  %604 = load <16 x float>, ptr %603, align 4
  %605 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat95, <16 x float> %604, <16 x float> %pacc.sroa.4.0)
  %606 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat97, <16 x float> %604, <16 x float> %pacc.sroa.36.0)
  %607 = getelementptr i8, ptr %580, i64 128
  %608 = load <16 x float>, ptr %607, align 4
  %609 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat95, <16 x float> %608, <16 x float> %pacc.sroa.8.0)
  %610 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat97, <16 x float> %608, <16 x float> %pacc.sroa.40.0)
  %611 = getelementptr i8, ptr %580, i64 192
  %612 = load <16 x float>, ptr %611, align 4
  %613 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat95, <16 x float> %612, <16 x float> %pacc.sroa.12.0)
  %614 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat97, <16 x float> %612, <16 x float> %pacc.sroa.44.0)
  %615 = getelementptr i8, ptr %580, i64 256
  %616 = load <16 x float>, ptr %615, align 4
  %617 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat95, <16 x float> %616, <16 x float> %pacc.sroa.16.0)
  %618 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat97, <16 x float> %616, <16 x float> %pacc.sroa.48.0)
  %619 = getelementptr i8, ptr %580, i64 320
  %620 = load <16 x float>, ptr %619, align 4
  %621 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat95, <16 x float> %620, <16 x float> %pacc.sroa.20.0)
  %622 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat97, <16 x float> %620, <16 x float> %pacc.sroa.52.0)
  %623 = getelementptr i8, ptr %580, i64 384
  %624 = load <16 x float>, ptr %623, align 4
  %625 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat95, <16 x float> %624, <16 x float> %pacc.sroa.24.0)
  %626 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat97, <16 x float> %624, <16 x float> %pacc.sroa.56.0)
  %627 = getelementptr i8, ptr %580, i64 448
  %628 = load <16 x float>, ptr %627, align 4
  %629 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat95, <16 x float> %628, <16 x float> %pacc.sroa.28.0)
  %630 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat97, <16 x float> %628, <16 x float> %pacc.sroa.60.0)
  %631 = add nsw i32 %kpv92, 1
  br label %kpv

exit91:                                           ; preds = %kpv
  store <16 x float> %pacc.sroa.0.0, ptr %82, align 64
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
  %splat99 = shufflevector <16 x float> %633, <16 x float> poison, <16 x i32> zeroinitializer
  %634 = getelementptr float, ptr %82, i64 128
  %635 = load <16 x float>, ptr %634, align 64
  %636 = fmul <16 x float> %635, %splat99
  %637 = getelementptr float, ptr %82, i64 144
  %638 = load <16 x float>, ptr %637, align 64
  %639 = fmul <16 x float> %638, %splat99
  %640 = getelementptr float, ptr %82, i64 160
  %641 = load <16 x float>, ptr %640, align 64
  %642 = fmul <16 x float> %641, %splat99
  %643 = getelementptr float, ptr %82, i64 176
  %644 = load <16 x float>, ptr %643, align 64
  %645 = fmul <16 x float> %644, %splat99
  %646 = getelementptr float, ptr %82, i64 192
  %647 = load <16 x float>, ptr %646, align 64
  %648 = fmul <16 x float> %647, %splat99
  %649 = getelementptr float, ptr %82, i64 208
  %650 = load <16 x float>, ptr %649, align 64
  %651 = fmul <16 x float> %650, %splat99
  %652 = getelementptr float, ptr %82, i64 224
  %653 = load <16 x float>, ptr %652, align 64
  %654 = fmul <16 x float> %653, %splat99
  %655 = getelementptr float, ptr %82, i64 240
  %656 = load <16 x float>, ptr %655, align 64
  %657 = fmul <16 x float> %656, %splat99
  %658 = load float, ptr %548, align 4
  %659 = insertelement <16 x float> poison, float %658, i32 0
  %splat100 = shufflevector <16 x float> %659, <16 x float> poison, <16 x i32> zeroinitializer
  %660 = getelementptr float, ptr %82, i64 384
  %661 = load <16 x float>, ptr %660, align 64
  %662 = fmul <16 x float> %661, %splat100
  %663 = getelementptr float, ptr %82, i64 400
  %664 = load <16 x float>, ptr %663, align 64
  %665 = fmul <16 x float> %664, %splat100
  %666 = getelementptr float, ptr %82, i64 416
  %667 = load <16 x float>, ptr %666, align 64
  %668 = fmul <16 x float> %667, %splat100
  %669 = getelementptr float, ptr %82, i64 432
  %670 = load <16 x float>, ptr %669, align 64
  %671 = fmul <16 x float> %670, %splat100
  %672 = getelementptr float, ptr %82, i64 448
  %673 = load <16 x float>, ptr %672, align 64
  %674 = fmul <16 x float> %673, %splat100
  %675 = getelementptr float, ptr %82, i64 464
  %676 = load <16 x float>, ptr %675, align 64
  %677 = fmul <16 x float> %676, %splat100
  %678 = getelementptr float, ptr %82, i64 480
  %679 = load <16 x float>, ptr %678, align 64
  %680 = fmul <16 x float> %679, %splat100
  %681 = getelementptr float, ptr %82, i64 496
  %682 = load <16 x float>, ptr %681, align 64
  %683 = fmul <16 x float> %682, %splat100
  br label %kpv101

kpv101:                                           ; preds = %body102, %exit91
  %pacc98.sroa.60.0 = phi <16 x float> [ %683, %exit91 ], [ %741, %body102 ]
  %pacc98.sroa.56.0 = phi <16 x float> [ %680, %exit91 ], [ %737, %body102 ]
  %pacc98.sroa.52.0 = phi <16 x float> [ %677, %exit91 ], [ %733, %body102 ]
  %pacc98.sroa.48.0 = phi <16 x float> [ %674, %exit91 ], [ %729, %body102 ]
  %pacc98.sroa.44.0 = phi <16 x float> [ %671, %exit91 ], [ %725, %body102 ]
  %pacc98.sroa.40.0 = phi <16 x float> [ %668, %exit91 ], [ %721, %body102 ]
  %pacc98.sroa.36.0 = phi <16 x float> [ %665, %exit91 ], [ %717, %body102 ]
  %pacc98.sroa.32.0 = phi <16 x float> [ %662, %exit91 ], [ %713, %body102 ]
  %pacc98.sroa.28.0 = phi <16 x float> [ %657, %exit91 ], [ %740, %body102 ]
  %pacc98.sroa.24.0 = phi <16 x float> [ %654, %exit91 ], [ %736, %body102 ]
  %pacc98.sroa.20.0 = phi <16 x float> [ %651, %exit91 ], [ %732, %body102 ]
  %pacc98.sroa.16.0 = phi <16 x float> [ %648, %exit91 ], [ %728, %body102 ]
  %pacc98.sroa.12.0 = phi <16 x float> [ %645, %exit91 ], [ %724, %body102 ]
  %pacc98.sroa.8.0 = phi <16 x float> [ %642, %exit91 ], [ %720, %body102 ]
  %pacc98.sroa.4.0 = phi <16 x float> [ %639, %exit91 ], [ %716, %body102 ]
  %pacc98.sroa.0.0 = phi <16 x float> [ %636, %exit91 ], [ %712, %body102 ]
  %kpv105 = phi i32 [ 0, %exit91 ], [ %742, %body102 ]
  %684 = icmp slt i32 %kpv105, %522
  br i1 %684, label %body102, label %exit104

body102:                                          ; preds = %kpv101
  %685 = add i32 %kblock14, %kpv105
  %686 = sext i32 %685 to i64
  %687 = mul i64 %686, 4
  %row106 = add i64 %75, %687
  %688 = mul i64 %row106, 1024
  %689 = getelementptr i8, ptr %23, i64 %688
  %690 = add i32 %kb_next, %kpv105
  %691 = call i32 @llvm.smin.i32(i32 %690, i32 %k_last)
  %692 = sext i32 %691 to i64
  %693 = mul i64 %692, 4
  %row107 = add i64 %85, %693
  %694 = mul i64 %row107, 1024
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
  %704 = sext i32 %kpv105 to i64
  %705 = getelementptr float, ptr %pbuf, i64 %704
  %p108 = load float, ptr %705, align 4
  %706 = insertelement <16 x float> poison, float %p108, i32 0
  %splat109 = shufflevector <16 x float> %706, <16 x float> poison, <16 x i32> zeroinitializer
  %707 = add i64 32, %704
  %708 = getelementptr float, ptr %pbuf, i64 %707
  %p110 = load float, ptr %708, align 4
  %709 = insertelement <16 x float> poison, float %p110, i32 0
  %splat111 = shufflevector <16 x float> %709, <16 x float> poison, <16 x i32> zeroinitializer
  %710 = getelementptr i8, ptr %689, i64 512
  %711 = load <16 x float>, ptr %710, align 4
  %712 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat109, <16 x float> %711, <16 x float> %pacc98.sroa.0.0)
  %713 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat111, <16 x float> %711, <16 x float> %pacc98.sroa.32.0)
  %714 = getelementptr i8, ptr %689, i64 576
  %715 = load <16 x float>, ptr %714, align 4
  %716 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat109, <16 x float> %715, <16 x float> %pacc98.sroa.4.0)
  %717 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat111, <16 x float> %715, <16 x float> %pacc98.sroa.36.0)
  %718 = getelementptr i8, ptr %689, i64 640
  %719 = load <16 x float>, ptr %718, align 4
  %720 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat109, <16 x float> %719, <16 x float> %pacc98.sroa.8.0)
  %721 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat111, <16 x float> %719, <16 x float> %pacc98.sroa.40.0)
  %722 = getelementptr i8, ptr %689, i64 704
  %723 = load <16 x float>, ptr %722, align 4
  %724 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat109, <16 x float> %723, <16 x float> %pacc98.sroa.12.0)
  %725 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat111, <16 x float> %723, <16 x float> %pacc98.sroa.44.0)
  %726 = getelementptr i8, ptr %689, i64 768
  %727 = load <16 x float>, ptr %726, align 4
  %728 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat109, <16 x float> %727, <16 x float> %pacc98.sroa.16.0)
  %729 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat111, <16 x float> %727, <16 x float> %pacc98.sroa.48.0)
  %730 = getelementptr i8, ptr %689, i64 832
  %731 = load <16 x float>, ptr %730, align 4
  %732 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat109, <16 x float> %731, <16 x float> %pacc98.sroa.20.0)
  %733 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat111, <16 x float> %731, <16 x float> %pacc98.sroa.52.0)
  %734 = getelementptr i8, ptr %689, i64 896
  %735 = load <16 x float>, ptr %734, align 4
  %736 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat109, <16 x float> %735, <16 x float> %pacc98.sroa.24.0)
  %737 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat111, <16 x float> %735, <16 x float> %pacc98.sroa.56.0)
  %738 = getelementptr i8, ptr %689, i64 960
  %739 = load <16 x float>, ptr %738, align 4
  %740 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat109, <16 x float> %739, <16 x float> %pacc98.sroa.28.0)
  %741 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat111, <16 x float> %739, <16 x float> %pacc98.sroa.60.0)
  %742 = add nsw i32 %kpv105, 1
  br label %kpv101

exit104:                                          ; preds = %kpv101
  store <16 x float> %pacc98.sroa.0.0, ptr %634, align 64
  store <16 x float> %pacc98.sroa.4.0, ptr %637, align 64
  store <16 x float> %pacc98.sroa.8.0, ptr %640, align 64
  store <16 x float> %pacc98.sroa.12.0, ptr %643, align 64
  store <16 x float> %pacc98.sroa.16.0, ptr %646, align 64
  store <16 x float> %pacc98.sroa.20.0, ptr %649, align 64
  store <16 x float> %pacc98.sroa.24.0, ptr %652, align 64
  store <16 x float> %pacc98.sroa.28.0, ptr %655, align 64
  store <16 x float> %pacc98.sroa.32.0, ptr %660, align 64
  store <16 x float> %pacc98.sroa.36.0, ptr %663, align 64
  store <16 x float> %pacc98.sroa.40.0, ptr %666, align 64
  store <16 x float> %pacc98.sroa.44.0, ptr %669, align 64
  store <16 x float> %pacc98.sroa.48.0, ptr %672, align 64
  store <16 x float> %pacc98.sroa.52.0, ptr %675, align 64
  store <16 x float> %pacc98.sroa.56.0, ptr %678, align 64
  store <16 x float> %pacc98.sroa.60.0, ptr %681, align 64
  br label %kvh

orow112:                                          ; preds = %kblock, %written
  %orow116 = phi i32 [ %766, %written ], [ 0, %kblock ]
  %743 = icmp slt i32 %orow116, %nrows
  br i1 %743, label %body113, label %done

body113:                                          ; preds = %orow112
  %744 = sext i32 %orow116 to i64
  %745 = getelementptr float, ptr %ms, i64 %744
  %m117 = load float, ptr %745, align 4
  %746 = getelementptr float, ptr %ls, i64 %744
  %l118 = load float, ptr %746, align 4
  %747 = mul i64 %744, 256
  %748 = getelementptr float, ptr %accs, i64 %747
  %749 = icmp ne ptr %part, null
  br i1 %749, label %partial, label %final

partial:                                          ; preds = %body113
  %750 = sext i32 %nrows to i64
  %751 = getelementptr float, ptr %part, i64 %747
  br label %chunk119

final:                                            ; preds = %body113
  %752 = sdiv i32 %orow116, %nh
  %qi124 = add i32 %q_begin, %752
  %753 = srem i32 %orow116, %nh
  %754 = add i32 %h_begin, %753
  %755 = mul i32 %kv_head0, 2
  %hq125 = add i32 %755, %754
  %756 = sext i32 %qi124 to i64
  %757 = add i64 %q_row0, %756
  %758 = mul i64 %757, 8
  %759 = sext i32 %hq125 to i64
  %orow126 = add i64 %758, %759
  %760 = fcmp oeq float %l118, 0.000000e+00
  %761 = fdiv float 1.000000e+00, %l118
  %762 = select i1 %760, float 0.000000e+00, float %761
  %763 = mul i64 %orow126, 1024
  %764 = getelementptr i8, ptr %out, i64 %763
  %765 = insertelement <16 x float> poison, float %762, i32 0
  %splat127 = shufflevector <16 x float> %765, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk128

written:                                          ; preds = %chunk128, %exit122
  %766 = add nsw i32 %orow116, 1
  br label %orow112

chunk119:                                         ; preds = %body120, %partial
  %chunk123 = phi i64 [ 0, %partial ], [ %772, %body120 ]
  %767 = icmp slt i64 %chunk123, 16
  br i1 %767, label %body120, label %exit122

body120:                                          ; preds = %chunk119
  %768 = getelementptr <16 x float>, ptr %748, i64 %chunk123
  %769 = load <16 x float>, ptr %768, align 64
  %770 = mul i64 %chunk123, 64
  %771 = getelementptr i8, ptr %751, i64 %770
  store <16 x float> %769, ptr %771, align 4
  %772 = add nsw i64 %chunk123, 1
  br label %chunk119

exit122:                                          ; preds = %chunk119
  %773 = mul i64 %750, 256
  %774 = add i64 %773, %744
  %775 = getelementptr float, ptr %part, i64 %774
  store float %m117, ptr %775, align 4
  %776 = add i64 %774, %750
  %777 = getelementptr float, ptr %part, i64 %776
  store float %l118, ptr %777, align 4
  br label %written

chunk128:                                         ; preds = %body129, %final
  %chunk132 = phi i64 [ 0, %final ], [ %784, %body129 ]
  %778 = icmp slt i64 %chunk132, 16
  br i1 %778, label %body129, label %written

body129:                                          ; preds = %chunk128
  %779 = getelementptr <16 x float>, ptr %748, i64 %chunk132
  %780 = load <16 x float>, ptr %779, align 64
  %781 = fmul <16 x float> %780, %splat127
  %782 = mul i64 %chunk132, 64
  %783 = getelementptr i8, ptr %764, i64 %782
  store <16 x float> %781, ptr %783, align 4
  %784 = add nsw i64 %chunk132, 1
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
