; ModuleID = 'prefill_d80'
source_filename = "prefill_d80"
target triple = "x86_64-unknown-linux-gnu"

@prefill_d80.name = private unnamed_addr constant [12 x i8] c"prefill_d80\00"
@prefill_d80.spec = private unnamed_addr constant [372 x i8] c"attncc: 1\0Aname: prefill_d80\0Aphase: prefill\0Akind: self\0Aheads: {q: 32, kv: 32, dim: 80, v_dim: 80}\0Atypes: {q: f32, cache: f32, out: f32}\0Ascale: auto\0Acache: {store: kv, layout: contiguous, order: token_major, capacity: 2048, latent_dim: 0, rope_dim: 0, shared_across_layers: false}\0Amask: {causal: true}\0Aoutput: {lse: true}\0Aslim: {order: auto}\0Amodel: {layers: 1, d_model: 0}\0A\00"
@prefill_d80_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32, ptr, i32, i32, i32, i32, float, i32 } { i32 6, i32 1, i64 -3334392130206359750, ptr @prefill_d80.name, ptr @prefill_d80.spec, i32 32, i32 32, i32 80, i32 80, i32 0, i32 0, i32 0, i32 1, i32 0, i32 0, i32 2048, i32 1, i32 1, float 0x3FBC9F25C0000000, i32 0, i32 0, i32 0, ptr null, i32 0, i32 0, i32 0, i32 0, float 0.000000e+00, i32 0 }, align 8
@prefill_d80_kernel = internal constant { ptr, ptr, i32, i32, i32, i32, i32, i32, ptr } { ptr @prefill_d80_info_data, ptr @prefill_d80_tile, i32 128, i32 1, i32 16, i32 256, i32 32, i32 80, ptr null }, align 8

; Function Attrs: nounwind
define internal void @prefill_d80_tile_one(ptr %0, ptr %1) #0 {
entry:
  %muse = alloca float, align 64
  %lsum = alloca <16 x float>, align 64
  %smax = alloca <16 x float>, align 64
  %lims = alloca i32, align 64
  %alpha = alloca float, align 64
  %accs = alloca [80 x float], align 64
  %pbuf = alloca [64 x float], align 64
  %dbuf = alloca [64 x <16 x float>], align 64
  %qs = alloca [5 x <16 x float>], align 64
  %ls = alloca float, align 64
  %ms = alloca float, align 64
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
  %out = load ptr, ptr %15, align 8
  %16 = getelementptr i8, ptr %0, i64 48
  %lse = load ptr, ptr %16, align 8
  %17 = getelementptr i8, ptr %0, i64 56
  %k_cache = load ptr, ptr %17, align 8
  %18 = sext i32 %seq to i64
  %19 = mul i64 %18, 20971520
  %20 = getelementptr i8, ptr %k_cache, i64 %19
  %21 = sext i32 %kv_head to i64
  %22 = getelementptr i8, ptr %0, i64 64
  %v_cache = load ptr, ptr %22, align 8
  %23 = getelementptr i8, ptr %v_cache, i64 %19
  %24 = icmp sgt i32 %nrows, 0
  br i1 %24, label %rinit, label %done

done:                                             ; preds = %orow63, %entry
  ret void

rinit:                                            ; preds = %entry, %exit8
  %rinit1 = phi i32 [ %67, %exit8 ], [ 0, %entry ]
  %25 = icmp slt i32 %rinit1, 1
  br i1 %25, label %body, label %exit

body:                                             ; preds = %rinit
  %26 = sext i32 %rinit1 to i64
  %27 = mul i64 %26, 5
  %28 = getelementptr <16 x float>, ptr %qs, i64 %27
  %29 = icmp slt i32 %rinit1, %nrows
  %30 = sub i32 %nrows, 1
  %31 = call i32 @llvm.smin.i32(i32 %rinit1, i32 %30)
  %32 = sdiv i32 %31, %nh
  %qi = add i32 %q_begin, %32
  %33 = srem i32 %31, %nh
  %h = add i32 %h_begin, %33
  %hq = add i32 %kv_head, %h
  %34 = sext i32 %qi to i64
  %35 = add i64 %q_row0, %34
  %36 = mul i64 %35, 32
  %37 = sext i32 %hq to i64
  %orow = add i64 %36, %37
  %38 = mul i64 %orow, 320
  %39 = getelementptr i8, ptr %q, i64 %38
  %40 = select i1 %29, float 0x3FC4A56B80000000, float 0.000000e+00
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
  %48 = icmp slt i64 %chunk5, 5
  br i1 %48, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %49 = mul i64 %chunk5, 64
  %50 = getelementptr i8, ptr %39, i64 %49
  %51 = load <16 x float>, ptr %50, align 4
  %52 = fmul <16 x float> %51, %splat
  %53 = getelementptr <16 x float>, ptr %28, i64 %chunk5
  store <16 x float> %52, ptr %53, align 64
  %54 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %55 = getelementptr float, ptr %ms, i64 %26
  store float 0xFFF0000000000000, ptr %55, align 4
  %56 = getelementptr float, ptr %ls, i64 %26
  store float 0.000000e+00, ptr %56, align 4
  %57 = getelementptr i32, ptr %lims, i64 %26
  %58 = add i32 %q_pos0, %qi
  %59 = add i32 %58, 1
  %60 = call i32 @llvm.smin.i32(i32 %59, i32 %k_end)
  store i32 %60, ptr %57, align 4
  br label %acczero

acczero:                                          ; preds = %body6, %exit4
  %acczero9 = phi i64 [ 0, %exit4 ], [ %66, %body6 ]
  %61 = icmp slt i64 %acczero9, 5
  br i1 %61, label %body6, label %exit8

body6:                                            ; preds = %acczero
  %62 = mul i64 %acczero9, 16
  %63 = mul i64 %26, 80
  %64 = add i64 %63, %62
  %65 = getelementptr float, ptr %accs, i64 %64
  store <16 x float> zeroinitializer, ptr %65, align 64
  %66 = add nsw i64 %acczero9, 1
  br label %acczero

exit8:                                            ; preds = %acczero
  %67 = add nsw i32 %rinit1, 1
  br label %rinit

kblock:                                           ; preds = %exit57, %exit
  %kblock13 = phi i32 [ %k_begin, %exit ], [ %69, %exit57 ]
  %68 = icmp slt i32 %kblock13, %47
  br i1 %68, label %body10, label %orow63

body10:                                           ; preds = %kblock
  %69 = add i32 %kblock13, 64
  br label %kdot

kdot:                                             ; preds = %body14, %body10
  %kdot17 = phi i32 [ 0, %body10 ], [ %162, %body14 ]
  %70 = icmp slt i32 %kdot17, 64
  br i1 %70, label %body14, label %score

body14:                                           ; preds = %kdot
  %71 = add i32 %kblock13, %kdot17
  %72 = call i32 @llvm.smin.i32(i32 %71, i32 %k_last)
  %73 = sext i32 %72 to i64
  %74 = mul i64 %73, 32
  %row = add i64 %21, %74
  %75 = mul i64 %row, 320
  %76 = getelementptr i8, ptr %20, i64 %75
  %77 = add i32 %72, 12
  %78 = call i32 @llvm.smin.i32(i32 %77, i32 %k_last)
  %79 = sext i32 %78 to i64
  %80 = mul i64 %79, 32
  %row18 = add i64 %21, %80
  %81 = mul i64 %row18, 320
  %82 = getelementptr i8, ptr %20, i64 %81
  call void @llvm.prefetch.p0(ptr %82, i32 0, i32 3, i32 1)
  %83 = getelementptr i8, ptr %82, i64 64
  call void @llvm.prefetch.p0(ptr %83, i32 0, i32 3, i32 1)
  %84 = getelementptr i8, ptr %82, i64 128
  call void @llvm.prefetch.p0(ptr %84, i32 0, i32 3, i32 1)
  %85 = getelementptr i8, ptr %82, i64 192
  call void @llvm.prefetch.p0(ptr %85, i32 0, i32 3, i32 1)
  %86 = getelementptr i8, ptr %82, i64 256
  call void @llvm.prefetch.p0(ptr %86, i32 0, i32 3, i32 1)
  %87 = add i32 %69, %kdot17
  %88 = call i32 @llvm.smin.i32(i32 %87, i32 %k_last)
  %89 = sext i32 %88 to i64
  %90 = mul i64 %89, 32
  %row19 = add i64 %21, %90
  %91 = mul i64 %row19, 320
  %92 = getelementptr i8, ptr %20, i64 %91
  call void @llvm.prefetch.p0(ptr %92, i32 0, i32 2, i32 1)
  %93 = getelementptr i8, ptr %92, i64 64
  call void @llvm.prefetch.p0(ptr %93, i32 0, i32 2, i32 1)
  %94 = getelementptr i8, ptr %92, i64 128
  call void @llvm.prefetch.p0(ptr %94, i32 0, i32 2, i32 1)
  %95 = getelementptr i8, ptr %92, i64 192
  call void @llvm.prefetch.p0(ptr %95, i32 0, i32 2, i32 1)
  %96 = getelementptr i8, ptr %92, i64 256
  call void @llvm.prefetch.p0(ptr %96, i32 0, i32 2, i32 1)
  %97 = add i32 %kdot17, 1
  %98 = add i32 %kblock13, %97
  %99 = call i32 @llvm.smin.i32(i32 %98, i32 %k_last)
  %100 = sext i32 %99 to i64
  %101 = mul i64 %100, 32
  %row20 = add i64 %21, %101
  %102 = mul i64 %row20, 320
  %103 = getelementptr i8, ptr %20, i64 %102
  %104 = add i32 %99, 12
  %105 = call i32 @llvm.smin.i32(i32 %104, i32 %k_last)
  %106 = sext i32 %105 to i64
  %107 = mul i64 %106, 32
  %row21 = add i64 %21, %107
  %108 = mul i64 %row21, 320
  %109 = getelementptr i8, ptr %20, i64 %108
  call void @llvm.prefetch.p0(ptr %109, i32 0, i32 3, i32 1)
  %110 = getelementptr i8, ptr %109, i64 64
  call void @llvm.prefetch.p0(ptr %110, i32 0, i32 3, i32 1)
  %111 = getelementptr i8, ptr %109, i64 128
  call void @llvm.prefetch.p0(ptr %111, i32 0, i32 3, i32 1)
  %112 = getelementptr i8, ptr %109, i64 192
  call void @llvm.prefetch.p0(ptr %112, i32 0, i32 3, i32 1)
  %113 = getelementptr i8, ptr %109, i64 256
  call void @llvm.prefetch.p0(ptr %113, i32 0, i32 3, i32 1)
  %114 = add i32 %69, %97
  %115 = call i32 @llvm.smin.i32(i32 %114, i32 %k_last)
  %116 = sext i32 %115 to i64
  %117 = mul i64 %116, 32
  %row22 = add i64 %21, %117
  %118 = mul i64 %row22, 320
  %119 = getelementptr i8, ptr %20, i64 %118
  call void @llvm.prefetch.p0(ptr %119, i32 0, i32 2, i32 1)
  %120 = getelementptr i8, ptr %119, i64 64
  call void @llvm.prefetch.p0(ptr %120, i32 0, i32 2, i32 1)
  %121 = getelementptr i8, ptr %119, i64 128
  call void @llvm.prefetch.p0(ptr %121, i32 0, i32 2, i32 1)
  %122 = getelementptr i8, ptr %119, i64 192
  call void @llvm.prefetch.p0(ptr %122, i32 0, i32 2, i32 1)
  %123 = getelementptr i8, ptr %119, i64 256
  call void @llvm.prefetch.p0(ptr %123, i32 0, i32 2, i32 1)
  %q23 = load <16 x float>, ptr %qs, align 64
  %124 = load <16 x float>, ptr %76, align 4
  %125 = load <16 x float>, ptr %103, align 4
  %126 = fmul <16 x float> %q23, %124
  %127 = fmul <16 x float> %q23, %125
  %128 = getelementptr <16 x float>, ptr %qs, i64 1
  %q24 = load <16 x float>, ptr %128, align 64
  %129 = getelementptr i8, ptr %76, i64 64
  %130 = load <16 x float>, ptr %129, align 4
  %131 = getelementptr i8, ptr %103, i64 64
  %132 = load <16 x float>, ptr %131, align 4
  %133 = fmul <16 x float> %q24, %130
  %134 = fmul <16 x float> %q24, %132
  %135 = getelementptr <16 x float>, ptr %qs, i64 2
  %q25 = load <16 x float>, ptr %135, align 64
  %136 = getelementptr i8, ptr %76, i64 128
  %137 = load <16 x float>, ptr %136, align 4
  %138 = getelementptr i8, ptr %103, i64 128
  %139 = load <16 x float>, ptr %138, align 4
  %140 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %137, <16 x float> %126)
  %141 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %139, <16 x float> %127)
  %142 = getelementptr <16 x float>, ptr %qs, i64 3
  %q26 = load <16 x float>, ptr %142, align 64
  %143 = getelementptr i8, ptr %76, i64 192
  %144 = load <16 x float>, ptr %143, align 4
  %145 = getelementptr i8, ptr %103, i64 192
  %146 = load <16 x float>, ptr %145, align 4
  %147 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q26, <16 x float> %144, <16 x float> %133)
  %148 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q26, <16 x float> %146, <16 x float> %134)
  %149 = getelementptr <16 x float>, ptr %qs, i64 4
  %q27 = load <16 x float>, ptr %149, align 64
  %150 = getelementptr i8, ptr %76, i64 256
  %151 = load <16 x float>, ptr %150, align 4
  %152 = getelementptr i8, ptr %103, i64 256
  %153 = load <16 x float>, ptr %152, align 4
  %154 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %151, <16 x float> %140)
  %155 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %153, <16 x float> %141)
  %156 = fadd <16 x float> %154, %147
  %157 = sext i32 %kdot17 to i64
  %158 = getelementptr <16 x float>, ptr %dbuf, i64 %157
  store <16 x float> %156, ptr %158, align 64
  %159 = fadd <16 x float> %155, %148
  %160 = sext i32 %97 to i64
  %161 = getelementptr <16 x float>, ptr %dbuf, i64 %160
  store <16 x float> %159, ptr %161, align 64
  %162 = add nsw i32 %kdot17, 2
  br label %kdot

score:                                            ; preds = %kdot, %body28
  %score31 = phi i64 [ %275, %body28 ], [ 0, %kdot ]
  %163 = icmp slt i64 %score31, 4
  br i1 %163, label %body28, label %rmax

body28:                                           ; preds = %score
  %164 = sdiv i64 %score31, 4
  %165 = srem i64 %score31, 4
  %166 = mul i64 %165, 16
  %167 = mul i64 %164, 64
  %168 = add i64 %167, %166
  %169 = getelementptr <16 x float>, ptr %dbuf, i64 %168
  %170 = load <16 x float>, ptr %169, align 64
  %171 = add i64 %168, 1
  %172 = getelementptr <16 x float>, ptr %dbuf, i64 %171
  %173 = load <16 x float>, ptr %172, align 64
  %174 = shufflevector <16 x float> %170, <16 x float> %173, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %175 = shufflevector <16 x float> %170, <16 x float> %173, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %176 = fadd <16 x float> %174, %175
  %177 = add i64 %168, 2
  %178 = getelementptr <16 x float>, ptr %dbuf, i64 %177
  %179 = load <16 x float>, ptr %178, align 64
  %180 = add i64 %168, 3
  %181 = getelementptr <16 x float>, ptr %dbuf, i64 %180
  %182 = load <16 x float>, ptr %181, align 64
  %183 = shufflevector <16 x float> %179, <16 x float> %182, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %184 = shufflevector <16 x float> %179, <16 x float> %182, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %185 = fadd <16 x float> %183, %184
  %186 = shufflevector <16 x float> %176, <16 x float> %185, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %187 = shufflevector <16 x float> %176, <16 x float> %185, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %188 = fadd <16 x float> %186, %187
  %189 = add i64 %168, 4
  %190 = getelementptr <16 x float>, ptr %dbuf, i64 %189
  %191 = load <16 x float>, ptr %190, align 64
  %192 = add i64 %168, 5
  %193 = getelementptr <16 x float>, ptr %dbuf, i64 %192
  %194 = load <16 x float>, ptr %193, align 64
  %195 = shufflevector <16 x float> %191, <16 x float> %194, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %196 = shufflevector <16 x float> %191, <16 x float> %194, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %197 = fadd <16 x float> %195, %196
  %198 = add i64 %168, 6
  %199 = getelementptr <16 x float>, ptr %dbuf, i64 %198
  %200 = load <16 x float>, ptr %199, align 64
  %201 = add i64 %168, 7
  %202 = getelementptr <16 x float>, ptr %dbuf, i64 %201
  %203 = load <16 x float>, ptr %202, align 64
  %204 = shufflevector <16 x float> %200, <16 x float> %203, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %205 = shufflevector <16 x float> %200, <16 x float> %203, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %206 = fadd <16 x float> %204, %205
  %207 = shufflevector <16 x float> %197, <16 x float> %206, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %208 = shufflevector <16 x float> %197, <16 x float> %206, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %209 = fadd <16 x float> %207, %208
  %210 = shufflevector <16 x float> %188, <16 x float> %209, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %211 = shufflevector <16 x float> %188, <16 x float> %209, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %212 = fadd <16 x float> %210, %211
  %213 = add i64 %168, 8
  %214 = getelementptr <16 x float>, ptr %dbuf, i64 %213
  %215 = load <16 x float>, ptr %214, align 64
  %216 = add i64 %168, 9
  %217 = getelementptr <16 x float>, ptr %dbuf, i64 %216
  %218 = load <16 x float>, ptr %217, align 64
  %219 = shufflevector <16 x float> %215, <16 x float> %218, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %220 = shufflevector <16 x float> %215, <16 x float> %218, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %221 = fadd <16 x float> %219, %220
  %222 = add i64 %168, 10
  %223 = getelementptr <16 x float>, ptr %dbuf, i64 %222
  %224 = load <16 x float>, ptr %223, align 64
  %225 = add i64 %168, 11
  %226 = getelementptr <16 x float>, ptr %dbuf, i64 %225
  %227 = load <16 x float>, ptr %226, align 64
  %228 = shufflevector <16 x float> %224, <16 x float> %227, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %229 = shufflevector <16 x float> %224, <16 x float> %227, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %230 = fadd <16 x float> %228, %229
  %231 = shufflevector <16 x float> %221, <16 x float> %230, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %232 = shufflevector <16 x float> %221, <16 x float> %230, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %233 = fadd <16 x float> %231, %232
  %234 = add i64 %168, 12
  %235 = getelementptr <16 x float>, ptr %dbuf, i64 %234
  %236 = load <16 x float>, ptr %235, align 64
  %237 = add i64 %168, 13
  %238 = getelementptr <16 x float>, ptr %dbuf, i64 %237
  %239 = load <16 x float>, ptr %238, align 64
  %240 = shufflevector <16 x float> %236, <16 x float> %239, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %241 = shufflevector <16 x float> %236, <16 x float> %239, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %242 = fadd <16 x float> %240, %241
  %243 = add i64 %168, 14
  %244 = getelementptr <16 x float>, ptr %dbuf, i64 %243
  %245 = load <16 x float>, ptr %244, align 64
  %246 = add i64 %168, 15
  %247 = getelementptr <16 x float>, ptr %dbuf, i64 %246
  %248 = load <16 x float>, ptr %247, align 64
  %249 = shufflevector <16 x float> %245, <16 x float> %248, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %250 = shufflevector <16 x float> %245, <16 x float> %248, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %251 = fadd <16 x float> %249, %250
  %252 = shufflevector <16 x float> %242, <16 x float> %251, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %253 = shufflevector <16 x float> %242, <16 x float> %251, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %254 = fadd <16 x float> %252, %253
  %255 = shufflevector <16 x float> %233, <16 x float> %254, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %256 = shufflevector <16 x float> %233, <16 x float> %254, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %257 = fadd <16 x float> %255, %256
  %258 = shufflevector <16 x float> %212, <16 x float> %257, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %259 = shufflevector <16 x float> %212, <16 x float> %257, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %260 = fadd <16 x float> %258, %259
  %261 = getelementptr i32, ptr %lims, i64 %164
  %lim = load i32, ptr %261, align 4
  %262 = insertelement <16 x i32> poison, i32 %lim, i32 0
  %splat32 = shufflevector <16 x i32> %262, <16 x i32> poison, <16 x i32> zeroinitializer
  %263 = trunc i64 %166 to i32
  %264 = add i32 %kblock13, %263
  %265 = insertelement <16 x i32> poison, i32 %264, i32 0
  %splat33 = shufflevector <16 x i32> %265, <16 x i32> poison, <16 x i32> zeroinitializer
  %266 = add <16 x i32> %splat33, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %267 = icmp slt <16 x i32> %266, %splat32
  %268 = select <16 x i1> %267, <16 x float> %260, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %269 = getelementptr float, ptr %pbuf, i64 %168
  store <16 x float> %268, ptr %269, align 64
  %270 = getelementptr <16 x float>, ptr %smax, i64 %164
  %271 = icmp eq i64 %165, 0
  %272 = load <16 x float>, ptr %270, align 64
  %273 = select i1 %271, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <16 x float> %272
  %274 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %273, <16 x float> %268)
  store <16 x float> %274, ptr %270, align 64
  %275 = add nsw i64 %score31, 1
  br label %score

rmax:                                             ; preds = %score, %body34
  %rmax37 = phi i64 [ %312, %body34 ], [ 0, %score ]
  %276 = icmp slt i64 %rmax37, 1
  br i1 %276, label %body34, label %pexp

body34:                                           ; preds = %rmax
  %277 = getelementptr float, ptr %ms, i64 %rmax37
  %m = load float, ptr %277, align 4
  %278 = getelementptr <16 x float>, ptr %smax, i64 %rmax37
  %279 = load <16 x float>, ptr %278, align 64
  %280 = shufflevector <16 x float> %279, <16 x float> undef, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %281 = shufflevector <16 x float> %279, <16 x float> undef, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %282 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %280, <8 x float> %281)
  %283 = shufflevector <8 x float> %282, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %284 = shufflevector <8 x float> %282, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %285 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %283, <4 x float> %284)
  %286 = shufflevector <4 x float> %285, <4 x float> undef, <2 x i32> <i32 0, i32 1>
  %287 = shufflevector <4 x float> %285, <4 x float> undef, <2 x i32> <i32 2, i32 3>
  %288 = call <2 x float> @llvm.maxnum.v2f32(<2 x float> %286, <2 x float> %287)
  %289 = shufflevector <2 x float> %288, <2 x float> undef, <1 x i32> zeroinitializer
  %290 = shufflevector <2 x float> %288, <2 x float> undef, <1 x i32> <i32 1>
  %291 = call <1 x float> @llvm.maxnum.v1f32(<1 x float> %289, <1 x float> %290)
  %292 = extractelement <1 x float> %291, i32 0
  %293 = call float @llvm.maxnum.f32(float %m, float %292)
  %294 = fcmp oeq float %293, 0xFFF0000000000000
  %muse38 = select i1 %294, float 0.000000e+00, float %293
  %295 = fsub float %m, %muse38
  %296 = insertelement <16 x float> poison, float %295, i32 0
  %splat39 = shufflevector <16 x float> %296, <16 x float> poison, <16 x i32> zeroinitializer
  %297 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat39, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %298 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %297, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %299 = fadd <16 x float> %298, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %299, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %298, %n
  %300 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %301 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %300, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %302 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %301, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %303 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %302, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %304 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %303, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %305 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %304, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %306 = fptosi <16 x float> %n to <16 x i32>
  %307 = add <16 x i32> %306, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %308 = shl <16 x i32> %307, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %309 = bitcast <16 x i32> %308 to <16 x float>
  %exp2 = fmul <16 x float> %305, %309
  %alpha40 = extractelement <16 x float> %exp2, i32 0
  store float %293, ptr %277, align 4
  %310 = getelementptr float, ptr %muse, i64 %rmax37
  store float %muse38, ptr %310, align 4
  %311 = getelementptr float, ptr %alpha, i64 %rmax37
  store float %alpha40, ptr %311, align 4
  %312 = add nsw i64 %rmax37, 1
  br label %rmax

pexp:                                             ; preds = %rmax, %body41
  %pexp44 = phi i64 [ %343, %body41 ], [ 0, %rmax ]
  %313 = icmp slt i64 %pexp44, 4
  br i1 %313, label %body41, label %lsum49

body41:                                           ; preds = %pexp
  %314 = sdiv i64 %pexp44, 4
  %315 = srem i64 %pexp44, 4
  %316 = mul i64 %315, 16
  %317 = mul i64 %314, 64
  %318 = add i64 %317, %316
  %319 = getelementptr float, ptr %pbuf, i64 %318
  %320 = getelementptr float, ptr %muse, i64 %314
  %321 = load float, ptr %320, align 4
  %322 = insertelement <16 x float> poison, float %321, i32 0
  %splat45 = shufflevector <16 x float> %322, <16 x float> poison, <16 x i32> zeroinitializer
  %323 = load <16 x float>, ptr %319, align 64
  %324 = fsub <16 x float> %323, %splat45
  %325 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %324, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %326 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %325, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %327 = fadd <16 x float> %326, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n46 = fsub <16 x float> %327, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f47 = fsub <16 x float> %326, %n46
  %328 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f47, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %329 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %328, <16 x float> %f47, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %330 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %329, <16 x float> %f47, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %331 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %330, <16 x float> %f47, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %332 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %331, <16 x float> %f47, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %333 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %332, <16 x float> %f47, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %334 = fptosi <16 x float> %n46 to <16 x i32>
  %335 = add <16 x i32> %334, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %336 = shl <16 x i32> %335, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %337 = bitcast <16 x i32> %336 to <16 x float>
  %exp248 = fmul <16 x float> %333, %337
  store <16 x float> %exp248, ptr %319, align 64
  %338 = getelementptr <16 x float>, ptr %lsum, i64 %314
  %339 = icmp eq i64 %315, 0
  %340 = load <16 x float>, ptr %338, align 64
  %341 = select i1 %339, <16 x float> zeroinitializer, <16 x float> %340
  %342 = fadd <16 x float> %341, %exp248
  store <16 x float> %342, ptr %338, align 64
  %343 = add nsw i64 %pexp44, 1
  br label %pexp

lsum49:                                           ; preds = %pexp, %body50
  %lsum53 = phi i64 [ %352, %body50 ], [ 0, %pexp ]
  %344 = icmp slt i64 %lsum53, 1
  br i1 %344, label %body50, label %exit52

body50:                                           ; preds = %lsum49
  %345 = getelementptr float, ptr %ls, i64 %lsum53
  %346 = getelementptr float, ptr %alpha, i64 %lsum53
  %347 = load float, ptr %346, align 4
  %348 = getelementptr <16 x float>, ptr %lsum, i64 %lsum53
  %349 = load <16 x float>, ptr %348, align 64
  %350 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %349)
  %l = load float, ptr %345, align 4
  %351 = call float @llvm.fmuladd.f32(float %l, float %347, float %350)
  store float %351, ptr %345, align 4
  %352 = add nsw i64 %lsum53, 1
  br label %lsum49

exit52:                                           ; preds = %lsum49
  %353 = sub i32 %47, %kblock13
  %354 = call i32 @llvm.smin.i32(i32 64, i32 %353)
  %355 = load float, ptr %alpha, align 4
  %356 = insertelement <16 x float> poison, float %355, i32 0
  %splat54 = shufflevector <16 x float> %356, <16 x float> poison, <16 x i32> zeroinitializer
  %357 = load <16 x float>, ptr %accs, align 64
  %358 = fmul <16 x float> %357, %splat54
  %359 = getelementptr float, ptr %accs, i64 16
  %360 = load <16 x float>, ptr %359, align 64
  %361 = fmul <16 x float> %360, %splat54
  %362 = getelementptr float, ptr %accs, i64 32
  %363 = load <16 x float>, ptr %362, align 64
  %364 = fmul <16 x float> %363, %splat54
  %365 = getelementptr float, ptr %accs, i64 48
  %366 = load <16 x float>, ptr %365, align 64
  %367 = fmul <16 x float> %366, %splat54
  %368 = getelementptr float, ptr %accs, i64 64
  %369 = load <16 x float>, ptr %368, align 64
  %370 = fmul <16 x float> %369, %splat54
  br label %kpv

kpv:                                              ; preds = %body55, %exit52
  %pacc.sroa.16.0 = phi <16 x float> [ %370, %exit52 ], [ %413, %body55 ]
  %pacc.sroa.12.0 = phi <16 x float> [ %367, %exit52 ], [ %410, %body55 ]
  %pacc.sroa.8.0 = phi <16 x float> [ %364, %exit52 ], [ %407, %body55 ]
  %pacc.sroa.4.0 = phi <16 x float> [ %361, %exit52 ], [ %404, %body55 ]
  %pacc.sroa.0.0 = phi <16 x float> [ %358, %exit52 ], [ %401, %body55 ]
  %kpv58 = phi i32 [ 0, %exit52 ], [ %414, %body55 ]
  %371 = icmp slt i32 %kpv58, %354
  br i1 %371, label %body55, label %exit57

body55:                                           ; preds = %kpv
  %372 = add i32 %kblock13, %kpv58
  %373 = sext i32 %372 to i64
  %374 = mul i64 %373, 32
  %row59 = add i64 %21, %374
  %375 = mul i64 %row59, 320
  %376 = getelementptr i8, ptr %23, i64 %375
  %377 = add i32 %372, 12
  %378 = call i32 @llvm.smin.i32(i32 %377, i32 %k_last)
  %379 = sext i32 %378 to i64
  %380 = mul i64 %379, 32
  %row60 = add i64 %21, %380
  %381 = mul i64 %row60, 320
  %382 = getelementptr i8, ptr %23, i64 %381
  call void @llvm.prefetch.p0(ptr %382, i32 0, i32 3, i32 1)
  %383 = getelementptr i8, ptr %382, i64 64
  call void @llvm.prefetch.p0(ptr %383, i32 0, i32 3, i32 1)
  %384 = getelementptr i8, ptr %382, i64 128
  call void @llvm.prefetch.p0(ptr %384, i32 0, i32 3, i32 1)
  %385 = getelementptr i8, ptr %382, i64 192
  call void @llvm.prefetch.p0(ptr %385, i32 0, i32 3, i32 1)
  %386 = getelementptr i8, ptr %382, i64 256
  call void @llvm.prefetch.p0(ptr %386, i32 0, i32 3, i32 1)
  %387 = add i32 %69, %kpv58
  %388 = call i32 @llvm.smin.i32(i32 %387, i32 %k_last)
  %389 = sext i32 %388 to i64
  %390 = mul i64 %389, 32
  %row61 = add i64 %21, %390
  %391 = mul i64 %row61, 320
  %392 = getelementptr i8, ptr %23, i64 %391
  call void @llvm.prefetch.p0(ptr %392, i32 0, i32 2, i32 1)
  %393 = getelementptr i8, ptr %392, i64 64
  call void @llvm.prefetch.p0(ptr %393, i32 0, i32 2, i32 1)
  %394 = getelementptr i8, ptr %392, i64 128
  call void @llvm.prefetch.p0(ptr %394, i32 0, i32 2, i32 1)
  %395 = getelementptr i8, ptr %392, i64 192
  call void @llvm.prefetch.p0(ptr %395, i32 0, i32 2, i32 1)
  %396 = getelementptr i8, ptr %392, i64 256
  call void @llvm.prefetch.p0(ptr %396, i32 0, i32 2, i32 1)
  %397 = sext i32 %kpv58 to i64
  %398 = getelementptr float, ptr %pbuf, i64 %397
  %p = load float, ptr %398, align 4
  %399 = insertelement <16 x float> poison, float %p, i32 0
  %splat62 = shufflevector <16 x float> %399, <16 x float> poison, <16 x i32> zeroinitializer
  %400 = load <16 x float>, ptr %376, align 4
  %401 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat62, <16 x float> %400, <16 x float> %pacc.sroa.0.0)
  %402 = getelementptr i8, ptr %376, i64 64
  %403 = load <16 x float>, ptr %402, align 4
  %404 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat62, <16 x float> %403, <16 x float> %pacc.sroa.4.0)
  %405 = getelementptr i8, ptr %376, i64 128
  %406 = load <16 x float>, ptr %405, align 4
  %407 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat62, <16 x float> %406, <16 x float> %pacc.sroa.8.0)
  %408 = getelementptr i8, ptr %376, i64 192
  %409 = load <16 x float>, ptr %408, align 4
  %410 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat62, <16 x float> %409, <16 x float> %pacc.sroa.12.0)
  %411 = getelementptr i8, ptr %376, i64 256
  %412 = load <16 x float>, ptr %411, align 4
  %413 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat62, <16 x float> %412, <16 x float> %pacc.sroa.16.0)
  %414 = add nsw i32 %kpv58, 1
  br label %kpv

exit57:                                           ; preds = %kpv
  store <16 x float> %pacc.sroa.0.0, ptr %accs, align 64
  store <16 x float> %pacc.sroa.4.0, ptr %359, align 64
  store <16 x float> %pacc.sroa.8.0, ptr %362, align 64
  store <16 x float> %pacc.sroa.12.0, ptr %365, align 64
  store <16 x float> %pacc.sroa.16.0, ptr %368, align 64
  br label %kblock

orow63:                                           ; preds = %kblock, %written
  %orow67 = phi i32 [ %436, %written ], [ 0, %kblock ]
  %415 = icmp slt i32 %orow67, %nrows
  br i1 %415, label %body64, label %done

body64:                                           ; preds = %orow63
  %416 = sext i32 %orow67 to i64
  %417 = getelementptr float, ptr %ms, i64 %416
  %m68 = load float, ptr %417, align 4
  %418 = getelementptr float, ptr %ls, i64 %416
  %l69 = load float, ptr %418, align 4
  %419 = mul i64 %416, 80
  %420 = getelementptr float, ptr %accs, i64 %419
  %421 = icmp ne ptr %part, null
  br i1 %421, label %partial, label %final

partial:                                          ; preds = %body64
  %422 = sext i32 %nrows to i64
  %423 = getelementptr float, ptr %part, i64 %419
  br label %chunk70

final:                                            ; preds = %body64
  %424 = sdiv i32 %orow67, %nh
  %qi75 = add i32 %q_begin, %424
  %425 = srem i32 %orow67, %nh
  %h76 = add i32 %h_begin, %425
  %hq77 = add i32 %kv_head, %h76
  %426 = sext i32 %qi75 to i64
  %427 = add i64 %q_row0, %426
  %428 = mul i64 %427, 32
  %429 = sext i32 %hq77 to i64
  %orow78 = add i64 %428, %429
  %430 = fcmp oeq float %l69, 0.000000e+00
  %431 = fdiv float 1.000000e+00, %l69
  %432 = select i1 %430, float 0.000000e+00, float %431
  %433 = mul i64 %orow78, 320
  %434 = getelementptr i8, ptr %out, i64 %433
  %435 = insertelement <16 x float> poison, float %432, i32 0
  %splat79 = shufflevector <16 x float> %435, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk80

written:                                          ; preds = %exit83, %exit73
  %436 = add nsw i32 %orow67, 1
  br label %orow63

chunk70:                                          ; preds = %body71, %partial
  %chunk74 = phi i64 [ 0, %partial ], [ %442, %body71 ]
  %437 = icmp slt i64 %chunk74, 5
  br i1 %437, label %body71, label %exit73

body71:                                           ; preds = %chunk70
  %438 = getelementptr <16 x float>, ptr %420, i64 %chunk74
  %439 = load <16 x float>, ptr %438, align 64
  %440 = mul i64 %chunk74, 64
  %441 = getelementptr i8, ptr %423, i64 %440
  store <16 x float> %439, ptr %441, align 4
  %442 = add nsw i64 %chunk74, 1
  br label %chunk70

exit73:                                           ; preds = %chunk70
  %443 = mul i64 %422, 80
  %444 = add i64 %443, %416
  %445 = getelementptr float, ptr %part, i64 %444
  store float %m68, ptr %445, align 4
  %446 = add i64 %444, %422
  %447 = getelementptr float, ptr %part, i64 %446
  store float %l69, ptr %447, align 4
  br label %written

chunk80:                                          ; preds = %body81, %final
  %chunk84 = phi i64 [ 0, %final ], [ %454, %body81 ]
  %448 = icmp slt i64 %chunk84, 5
  br i1 %448, label %body81, label %exit83

body81:                                           ; preds = %chunk80
  %449 = getelementptr <16 x float>, ptr %420, i64 %chunk84
  %450 = load <16 x float>, ptr %449, align 64
  %451 = fmul <16 x float> %450, %splat79
  %452 = mul i64 %chunk84, 64
  %453 = getelementptr i8, ptr %434, i64 %452
  store <16 x float> %451, ptr %453, align 4
  %454 = add nsw i64 %chunk84, 1
  br label %chunk80

exit83:                                           ; preds = %chunk80
  %455 = call float @llvm.log.f32(float %l69)
  %456 = call float @llvm.fmuladd.f32(float %m68, float 0x3FE62E4300000000, float %455)
  %lse85 = select i1 %430, float 0xFFF0000000000000, float %456
  %457 = getelementptr float, ptr %lse, i64 %orow78
  store float %lse85, ptr %457, align 4
  br label %written
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @llvm.prefetch.p0(ptr nocapture readonly, i32 immarg, i32 immarg, i32 immarg) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fmuladd.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

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

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.log.f32(float) #1

; Function Attrs: nounwind
define internal void @prefill_d80_tile(ptr %0, ptr %1) #0 {
entry:
  %lv = alloca [8 x <16 x float>], align 64
  %mv = alloca [8 x <16 x float>], align 64
  %lims = alloca [128 x i32], align 64
  %rowbuf = alloca [5 x <16 x float>], align 64
  %ot = alloca [40960 x i8], align 64
  %st = alloca [12288 x i8], align 64
  %vbuf = alloca [26880 x i8], align 64
  %kbuf = alloca [30720 x i8], align 64
  %qt = alloca [40960 x i8], align 64
  %ls = alloca [128 x float], align 64
  %ms = alloca [128 x float], align 64
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
  %one = icmp eq i32 %8, 1
  br i1 %one, label %one_query, label %rows

common.ret:                                       ; preds = %orow115, %rows, %one_query
  ret void

one_query:                                        ; preds = %entry
  call void @prefill_d80_tile_one(ptr %0, ptr %1)
  br label %common.ret

rows:                                             ; preds = %entry
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
  %lse = load ptr, ptr %16, align 8
  %17 = getelementptr i8, ptr %0, i64 56
  %k_cache = load ptr, ptr %17, align 8
  %18 = sext i32 %seq to i64
  %19 = mul i64 %18, 20971520
  %20 = getelementptr i8, ptr %k_cache, i64 %19
  %21 = sext i32 %kv_head to i64
  %22 = getelementptr i8, ptr %0, i64 64
  %v_cache = load ptr, ptr %22, align 8
  %23 = getelementptr i8, ptr %v_cache, i64 %19
  %24 = icmp sgt i32 %nrows, 0
  br i1 %24, label %qrow, label %common.ret

qrow:                                             ; preds = %rows, %exit8
  %qrow1 = phi i32 [ %65, %exit8 ], [ 0, %rows ]
  %25 = icmp slt i32 %qrow1, 128
  br i1 %25, label %body, label %otzero

body:                                             ; preds = %qrow
  %26 = icmp slt i32 %qrow1, %nrows
  %27 = sub i32 %nrows, 1
  %28 = call i32 @llvm.smin.i32(i32 %qrow1, i32 %27)
  %29 = sdiv i32 %28, %nh
  %qi = add i32 %q_begin, %29
  %30 = srem i32 %28, %nh
  %h = add i32 %h_begin, %30
  %hq = add i32 %kv_head, %h
  %31 = sext i32 %qi to i64
  %32 = add i64 %q_row0, %31
  %33 = mul i64 %32, 32
  %34 = sext i32 %hq to i64
  %orow = add i64 %33, %34
  %35 = mul i64 %orow, 320
  %36 = getelementptr i8, ptr %q, i64 %35
  %37 = select i1 %26, float 0x3FC4A56B80000000, float 0.000000e+00
  %38 = insertelement <16 x float> poison, float %37, i32 0
  %splat = shufflevector <16 x float> %38, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %45, %body2 ]
  %39 = icmp slt i64 %chunk5, 5
  br i1 %39, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %40 = mul i64 %chunk5, 64
  %41 = getelementptr i8, ptr %36, i64 %40
  %42 = load <16 x float>, ptr %41, align 4
  %43 = fmul <16 x float> %42, %splat
  %44 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk5
  store <16 x float> %43, ptr %44, align 64
  %45 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %46 = sext i32 %qrow1 to i64
  %47 = getelementptr i32, ptr %lims, i64 %46
  %48 = add i32 %q_pos0, %qi
  %49 = add i32 %48, 1
  %50 = call i32 @llvm.smin.i32(i32 %49, i32 %k_end)
  store i32 %50, ptr %47, align 4
  %51 = sdiv i32 %qrow1, 32
  %52 = sext i32 %51 to i64
  %53 = mul i64 %52, 2560
  %54 = getelementptr i32, ptr %qt, i64 %53
  %55 = srem i32 %qrow1, 32
  br label %qcol

qcol:                                             ; preds = %body6, %exit4
  %qcol9 = phi i32 [ 0, %exit4 ], [ %64, %body6 ]
  %56 = icmp slt i32 %qcol9, 80
  br i1 %56, label %body6, label %exit8

body6:                                            ; preds = %qcol
  %57 = sext i32 %qcol9 to i64
  %58 = getelementptr i32, ptr %rowbuf, i64 %57
  %59 = load float, ptr %58, align 4
  %60 = sext i32 %55 to i64
  %61 = mul i64 %57, 32
  %62 = add i64 %61, %60
  %63 = getelementptr i32, ptr %54, i64 %62
  store float %59, ptr %63, align 4
  %64 = add nsw i32 %qcol9, 1
  br label %qcol

exit8:                                            ; preds = %qcol
  %65 = add nsw i32 %qrow1, 1
  br label %qrow

otzero:                                           ; preds = %qrow, %body10
  %otzero13 = phi i32 [ %70, %body10 ], [ 0, %qrow ]
  %66 = icmp slt i32 %otzero13, 640
  br i1 %66, label %body10, label %exit12

body10:                                           ; preds = %otzero
  %67 = sext i32 %otzero13 to i64
  %68 = mul i64 %67, 16
  %69 = getelementptr i32, ptr %ot, i64 %68
  store <16 x float> zeroinitializer, ptr %69, align 64
  %70 = add nsw i32 %otzero13, 1
  br label %otzero

exit12:                                           ; preds = %otzero
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %mv, align 64
  store <16 x float> zeroinitializer, ptr %lv, align 64
  %71 = getelementptr <16 x float>, ptr %mv, i64 1
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %71, align 64
  %72 = getelementptr <16 x float>, ptr %lv, i64 1
  store <16 x float> zeroinitializer, ptr %72, align 64
  %73 = getelementptr <16 x float>, ptr %mv, i64 2
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %73, align 64
  %74 = getelementptr <16 x float>, ptr %lv, i64 2
  store <16 x float> zeroinitializer, ptr %74, align 64
  %75 = getelementptr <16 x float>, ptr %mv, i64 3
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %75, align 64
  %76 = getelementptr <16 x float>, ptr %lv, i64 3
  store <16 x float> zeroinitializer, ptr %76, align 64
  %77 = getelementptr <16 x float>, ptr %mv, i64 4
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %77, align 64
  %78 = getelementptr <16 x float>, ptr %lv, i64 4
  store <16 x float> zeroinitializer, ptr %78, align 64
  %79 = getelementptr <16 x float>, ptr %mv, i64 5
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %79, align 64
  %80 = getelementptr <16 x float>, ptr %lv, i64 5
  store <16 x float> zeroinitializer, ptr %80, align 64
  %81 = getelementptr <16 x float>, ptr %mv, i64 6
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %81, align 64
  %82 = getelementptr <16 x float>, ptr %lv, i64 6
  store <16 x float> zeroinitializer, ptr %82, align 64
  %83 = getelementptr <16 x float>, ptr %mv, i64 7
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %83, align 64
  %84 = getelementptr <16 x float>, ptr %lv, i64 7
  store <16 x float> zeroinitializer, ptr %84, align 64
  %85 = sub i32 %nrows, 1
  %86 = sdiv i32 %85, %nh
  %87 = add i32 %q_begin, %86
  %88 = add i32 %q_pos0, %87
  %89 = add i32 %88, 1
  %90 = call i32 @llvm.smin.i32(i32 %89, i32 %k_end)
  %k_last = sub i32 %90, 1
  br label %ktile

ktile:                                            ; preds = %exit29, %exit12
  %ktile17 = phi i32 [ %k_begin, %exit12 ], [ %188, %exit29 ]
  %91 = icmp slt i32 %ktile17, %90
  br i1 %91, label %body14, label %exit16

body14:                                           ; preds = %ktile
  %92 = sub i32 %90, %ktile17
  %93 = call i32 @llvm.smin.i32(i32 84, i32 %92)
  %94 = add i32 %93, 11
  %95 = sdiv i32 %94, 12
  %96 = mul i32 %95, 12
  br label %kpack

exit16:                                           ; preds = %ktile
  %97 = load <16 x float>, ptr %mv, align 64
  store <16 x float> %97, ptr %ms, align 64
  %98 = load <16 x float>, ptr %lv, align 64
  store <16 x float> %98, ptr %ls, align 64
  %99 = getelementptr float, ptr %ms, i64 16
  %100 = load <16 x float>, ptr %71, align 64
  store <16 x float> %100, ptr %99, align 64
  %101 = getelementptr float, ptr %ls, i64 16
  %102 = load <16 x float>, ptr %72, align 64
  store <16 x float> %102, ptr %101, align 64
  %103 = getelementptr float, ptr %ms, i64 32
  %104 = load <16 x float>, ptr %73, align 64
  store <16 x float> %104, ptr %103, align 64
  %105 = getelementptr float, ptr %ls, i64 32
  %106 = load <16 x float>, ptr %74, align 64
  store <16 x float> %106, ptr %105, align 64
  %107 = getelementptr float, ptr %ms, i64 48
  %108 = load <16 x float>, ptr %75, align 64
  store <16 x float> %108, ptr %107, align 64
  %109 = getelementptr float, ptr %ls, i64 48
  %110 = load <16 x float>, ptr %76, align 64
  store <16 x float> %110, ptr %109, align 64
  %111 = getelementptr float, ptr %ms, i64 64
  %112 = load <16 x float>, ptr %77, align 64
  store <16 x float> %112, ptr %111, align 64
  %113 = getelementptr float, ptr %ls, i64 64
  %114 = load <16 x float>, ptr %78, align 64
  store <16 x float> %114, ptr %113, align 64
  %115 = getelementptr float, ptr %ms, i64 80
  %116 = load <16 x float>, ptr %79, align 64
  store <16 x float> %116, ptr %115, align 64
  %117 = getelementptr float, ptr %ls, i64 80
  %118 = load <16 x float>, ptr %80, align 64
  store <16 x float> %118, ptr %117, align 64
  %119 = getelementptr float, ptr %ms, i64 96
  %120 = load <16 x float>, ptr %81, align 64
  store <16 x float> %120, ptr %119, align 64
  %121 = getelementptr float, ptr %ls, i64 96
  %122 = load <16 x float>, ptr %82, align 64
  store <16 x float> %122, ptr %121, align 64
  %123 = getelementptr float, ptr %ms, i64 112
  %124 = load <16 x float>, ptr %83, align 64
  store <16 x float> %124, ptr %123, align 64
  %125 = getelementptr float, ptr %ls, i64 112
  %126 = load <16 x float>, ptr %84, align 64
  store <16 x float> %126, ptr %125, align 64
  br label %orow115

kpack:                                            ; preds = %body18, %body14
  %kpack21 = phi i32 [ 0, %body14 ], [ %150, %body18 ]
  %127 = icmp slt i32 %kpack21, %96
  br i1 %127, label %body18, label %vpack

body18:                                           ; preds = %kpack
  %128 = add i32 %ktile17, %kpack21
  %129 = call i32 @llvm.smin.i32(i32 %128, i32 %k_last)
  %130 = sext i32 %129 to i64
  %131 = mul i64 %130, 32
  %row = add i64 %21, %131
  %132 = mul i64 %row, 320
  %133 = getelementptr i8, ptr %20, i64 %132
  %134 = sext i32 %kpack21 to i64
  %135 = mul i64 %134, 80
  %136 = getelementptr i32, ptr %kbuf, i64 %135
  %137 = load <16 x float>, ptr %133, align 4
  store <16 x float> %137, ptr %136, align 64
  %138 = getelementptr i8, ptr %133, i64 64
  %139 = load <16 x float>, ptr %138, align 4
  %140 = getelementptr i8, ptr %136, i64 64
  store <16 x float> %139, ptr %140, align 64
  %141 = getelementptr i8, ptr %133, i64 128
  %142 = load <16 x float>, ptr %141, align 4
  %143 = getelementptr i8, ptr %136, i64 128
  store <16 x float> %142, ptr %143, align 64
  %144 = getelementptr i8, ptr %133, i64 192
  %145 = load <16 x float>, ptr %144, align 4
  %146 = getelementptr i8, ptr %136, i64 192
  store <16 x float> %145, ptr %146, align 64
  %147 = getelementptr i8, ptr %133, i64 256
  %148 = load <16 x float>, ptr %147, align 4
  %149 = getelementptr i8, ptr %136, i64 256
  store <16 x float> %148, ptr %149, align 64
  %150 = add nsw i32 %kpack21, 1
  br label %kpack

vpack:                                            ; preds = %kpack, %body22
  %vpack25 = phi i32 [ %173, %body22 ], [ 0, %kpack ]
  %151 = icmp slt i32 %vpack25, %93
  br i1 %151, label %body22, label %exit24

body22:                                           ; preds = %vpack
  %152 = add i32 %ktile17, %vpack25
  %153 = sext i32 %152 to i64
  %154 = mul i64 %153, 32
  %row26 = add i64 %21, %154
  %155 = mul i64 %row26, 320
  %156 = getelementptr i8, ptr %23, i64 %155
  %157 = sext i32 %vpack25 to i64
  %158 = mul i64 %157, 80
  %159 = getelementptr i32, ptr %vbuf, i64 %158
  %160 = load <16 x float>, ptr %156, align 4
  store <16 x float> %160, ptr %159, align 64
  %161 = getelementptr i8, ptr %156, i64 64
  %162 = load <16 x float>, ptr %161, align 4
  %163 = getelementptr i8, ptr %159, i64 64
  store <16 x float> %162, ptr %163, align 64
  %164 = getelementptr i8, ptr %156, i64 128
  %165 = load <16 x float>, ptr %164, align 4
  %166 = getelementptr i8, ptr %159, i64 128
  store <16 x float> %165, ptr %166, align 64
  %167 = getelementptr i8, ptr %156, i64 192
  %168 = load <16 x float>, ptr %167, align 4
  %169 = getelementptr i8, ptr %159, i64 192
  store <16 x float> %168, ptr %169, align 64
  %170 = getelementptr i8, ptr %156, i64 256
  %171 = load <16 x float>, ptr %170, align 4
  %172 = getelementptr i8, ptr %159, i64 256
  store <16 x float> %171, ptr %172, align 64
  %173 = add nsw i32 %vpack25, 1
  br label %vpack

exit24:                                           ; preds = %vpack
  %174 = add i32 %nrows, 31
  %nblk = sdiv i32 %174, 32
  br label %rblock

rblock:                                           ; preds = %join, %exit24
  %rblock30 = phi i32 [ 0, %exit24 ], [ %199, %join ]
  %175 = icmp slt i32 %rblock30, %nblk
  br i1 %175, label %body27, label %exit29

body27:                                           ; preds = %rblock
  %176 = sext i32 %rblock30 to i64
  %177 = mul i32 %rblock30, 32
  %178 = add i32 %177, 31
  %179 = call i32 @llvm.smin.i32(i32 %178, i32 %85)
  %180 = sdiv i32 %179, %nh
  %181 = add i32 %q_begin, %180
  %182 = add i32 %q_pos0, %181
  %183 = add i32 %182, 1
  %184 = call i32 @llvm.smin.i32(i32 %183, i32 %k_end)
  %185 = sub i32 %184, %ktile17
  %186 = call i32 @llvm.smin.i32(i32 %93, i32 %185)
  %187 = icmp sgt i32 %186, 0
  br i1 %187, label %rvisit, label %join

exit29:                                           ; preds = %rblock
  %188 = add nsw i32 %ktile17, 84
  br label %ktile

rvisit:                                           ; preds = %body27
  %189 = mul i64 %176, 2560
  %190 = getelementptr i32, ptr %qt, i64 %189
  %191 = getelementptr i32, ptr %ot, i64 %189
  %192 = mul i64 %176, 2
  %193 = getelementptr <16 x float>, ptr %mv, i64 %192
  %194 = getelementptr <16 x float>, ptr %lv, i64 %192
  %195 = mul i64 %176, 32
  %196 = getelementptr i32, ptr %lims, i64 %195
  %limv = load <16 x i32>, ptr %196, align 64
  %197 = add i64 %195, 16
  %198 = getelementptr i32, ptr %lims, i64 %197
  %limv31 = load <16 x i32>, ptr %198, align 64
  br label %sblock

join:                                             ; preds = %pvblock, %body27
  %199 = add nsw i32 %rblock30, 1
  br label %rblock

sblock:                                           ; preds = %exit38, %rvisit
  %sblock35 = phi i32 [ 0, %rvisit ], [ %283, %exit38 ]
  %200 = icmp slt i32 %sblock35, %186
  br i1 %200, label %body32, label %smask

body32:                                           ; preds = %sblock
  %201 = sext i32 %sblock35 to i64
  %202 = mul i64 %201, 80
  %203 = getelementptr i32, ptr %kbuf, i64 %202
  br label %sdim

sdim:                                             ; preds = %body36, %body32
  %sacc.sroa.92.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %256, %body36 ]
  %sacc.sroa.88.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %255, %body36 ]
  %sacc.sroa.84.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %252, %body36 ]
  %sacc.sroa.80.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %251, %body36 ]
  %sacc.sroa.76.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %248, %body36 ]
  %sacc.sroa.72.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %247, %body36 ]
  %sacc.sroa.68.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %244, %body36 ]
  %sacc.sroa.64.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %243, %body36 ]
  %sacc.sroa.60.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %240, %body36 ]
  %sacc.sroa.56.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %239, %body36 ]
  %sacc.sroa.52.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %236, %body36 ]
  %sacc.sroa.48.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %235, %body36 ]
  %sacc.sroa.44.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %232, %body36 ]
  %sacc.sroa.40.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %231, %body36 ]
  %sacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %228, %body36 ]
  %sacc.sroa.32.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %227, %body36 ]
  %sacc.sroa.28.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %224, %body36 ]
  %sacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %223, %body36 ]
  %sacc.sroa.20.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %220, %body36 ]
  %sacc.sroa.16.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %219, %body36 ]
  %sacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %216, %body36 ]
  %sacc.sroa.8.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %215, %body36 ]
  %sacc.sroa.4.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %212, %body36 ]
  %sacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %211, %body36 ]
  %sdim39 = phi i32 [ 0, %body32 ], [ %257, %body36 ]
  %204 = icmp slt i32 %sdim39, 80
  br i1 %204, label %body36, label %exit38

body36:                                           ; preds = %sdim
  %205 = sext i32 %sdim39 to i64
  %206 = mul i64 %205, 32
  %207 = getelementptr i32, ptr %190, i64 %206
  %qt40 = load <16 x float>, ptr %207, align 64
  %208 = getelementptr i32, ptr %207, i64 16
  %qt41 = load <16 x float>, ptr %208, align 64
  %209 = getelementptr i32, ptr %203, i64 %205
  %k = load float, ptr %209, align 4
  %210 = insertelement <16 x float> poison, float %k, i32 0
  %splat42 = shufflevector <16 x float> %210, <16 x float> poison, <16 x i32> zeroinitializer
  %211 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat42, <16 x float> %sacc.sroa.0.0)
  %212 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat42, <16 x float> %sacc.sroa.4.0)
  %213 = getelementptr i32, ptr %209, i64 80
  %k43 = load float, ptr %213, align 4
  %214 = insertelement <16 x float> poison, float %k43, i32 0
  %splat44 = shufflevector <16 x float> %214, <16 x float> poison, <16 x i32> zeroinitializer
  %215 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat44, <16 x float> %sacc.sroa.8.0)
  %216 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat44, <16 x float> %sacc.sroa.12.0)
  %217 = getelementptr i32, ptr %209, i64 160
  %k45 = load float, ptr %217, align 4
  %218 = insertelement <16 x float> poison, float %k45, i32 0
  %splat46 = shufflevector <16 x float> %218, <16 x float> poison, <16 x i32> zeroinitializer
  %219 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat46, <16 x float> %sacc.sroa.16.0)
  %220 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat46, <16 x float> %sacc.sroa.20.0)
  %221 = getelementptr i32, ptr %209, i64 240
  %k47 = load float, ptr %221, align 4
  %222 = insertelement <16 x float> poison, float %k47, i32 0
  %splat48 = shufflevector <16 x float> %222, <16 x float> poison, <16 x i32> zeroinitializer
  %223 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat48, <16 x float> %sacc.sroa.24.0)
  %224 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat48, <16 x float> %sacc.sroa.28.0)
  %225 = getelementptr i32, ptr %209, i64 320
  %k49 = load float, ptr %225, align 4
  %226 = insertelement <16 x float> poison, float %k49, i32 0
  %splat50 = shufflevector <16 x float> %226, <16 x float> poison, <16 x i32> zeroinitializer
  %227 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat50, <16 x float> %sacc.sroa.32.0)
  %228 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat50, <16 x float> %sacc.sroa.36.0)
  %229 = getelementptr i32, ptr %209, i64 400
  %k51 = load float, ptr %229, align 4
  %230 = insertelement <16 x float> poison, float %k51, i32 0
  %splat52 = shufflevector <16 x float> %230, <16 x float> poison, <16 x i32> zeroinitializer
  %231 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat52, <16 x float> %sacc.sroa.40.0)
  %232 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat52, <16 x float> %sacc.sroa.44.0)
  %233 = getelementptr i32, ptr %209, i64 480
  %k53 = load float, ptr %233, align 4
  %234 = insertelement <16 x float> poison, float %k53, i32 0
  %splat54 = shufflevector <16 x float> %234, <16 x float> poison, <16 x i32> zeroinitializer
  %235 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat54, <16 x float> %sacc.sroa.48.0)
  %236 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat54, <16 x float> %sacc.sroa.52.0)
  %237 = getelementptr i32, ptr %209, i64 560
  %k55 = load float, ptr %237, align 4
  %238 = insertelement <16 x float> poison, float %k55, i32 0
  %splat56 = shufflevector <16 x float> %238, <16 x float> poison, <16 x i32> zeroinitializer
  %239 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat56, <16 x float> %sacc.sroa.56.0)
  %240 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat56, <16 x float> %sacc.sroa.60.0)
  %241 = getelementptr i32, ptr %209, i64 640
  %k57 = load float, ptr %241, align 4
  %242 = insertelement <16 x float> poison, float %k57, i32 0
  %splat58 = shufflevector <16 x float> %242, <16 x float> poison, <16 x i32> zeroinitializer
  %243 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat58, <16 x float> %sacc.sroa.64.0)
  %244 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat58, <16 x float> %sacc.sroa.68.0)
  %245 = getelementptr i32, ptr %209, i64 720
  %k59 = load float, ptr %245, align 4
  %246 = insertelement <16 x float> poison, float %k59, i32 0
  %splat60 = shufflevector <16 x float> %246, <16 x float> poison, <16 x i32> zeroinitializer
  %247 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat60, <16 x float> %sacc.sroa.72.0)
  %248 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat60, <16 x float> %sacc.sroa.76.0)
  %249 = getelementptr i32, ptr %209, i64 800
  %k61 = load float, ptr %249, align 4
  %250 = insertelement <16 x float> poison, float %k61, i32 0
  %splat62 = shufflevector <16 x float> %250, <16 x float> poison, <16 x i32> zeroinitializer
  %251 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat62, <16 x float> %sacc.sroa.80.0)
  %252 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat62, <16 x float> %sacc.sroa.84.0)
  %253 = getelementptr i32, ptr %209, i64 880
  %k63 = load float, ptr %253, align 4
  %254 = insertelement <16 x float> poison, float %k63, i32 0
  %splat64 = shufflevector <16 x float> %254, <16 x float> poison, <16 x i32> zeroinitializer
  %255 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat64, <16 x float> %sacc.sroa.88.0)
  %256 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat64, <16 x float> %sacc.sroa.92.0)
  %257 = add nsw i32 %sdim39, 1
  br label %sdim

exit38:                                           ; preds = %sdim
  %258 = mul i64 %201, 32
  %259 = getelementptr i32, ptr %st, i64 %258
  store <16 x float> %sacc.sroa.0.0, ptr %259, align 64
  %260 = getelementptr i32, ptr %259, i64 16
  store <16 x float> %sacc.sroa.4.0, ptr %260, align 64
  %261 = getelementptr i32, ptr %259, i64 32
  store <16 x float> %sacc.sroa.8.0, ptr %261, align 64
  %262 = getelementptr i32, ptr %259, i64 48
  store <16 x float> %sacc.sroa.12.0, ptr %262, align 64
  %263 = getelementptr i32, ptr %259, i64 64
  store <16 x float> %sacc.sroa.16.0, ptr %263, align 64
  %264 = getelementptr i32, ptr %259, i64 80
  store <16 x float> %sacc.sroa.20.0, ptr %264, align 64
  %265 = getelementptr i32, ptr %259, i64 96
  store <16 x float> %sacc.sroa.24.0, ptr %265, align 64
  %266 = getelementptr i32, ptr %259, i64 112
  store <16 x float> %sacc.sroa.28.0, ptr %266, align 64
  %267 = getelementptr i32, ptr %259, i64 128
  store <16 x float> %sacc.sroa.32.0, ptr %267, align 64
  %268 = getelementptr i32, ptr %259, i64 144
  store <16 x float> %sacc.sroa.36.0, ptr %268, align 64
  %269 = getelementptr i32, ptr %259, i64 160
  store <16 x float> %sacc.sroa.40.0, ptr %269, align 64
  %270 = getelementptr i32, ptr %259, i64 176
  store <16 x float> %sacc.sroa.44.0, ptr %270, align 64
  %271 = getelementptr i32, ptr %259, i64 192
  store <16 x float> %sacc.sroa.48.0, ptr %271, align 64
  %272 = getelementptr i32, ptr %259, i64 208
  store <16 x float> %sacc.sroa.52.0, ptr %272, align 64
  %273 = getelementptr i32, ptr %259, i64 224
  store <16 x float> %sacc.sroa.56.0, ptr %273, align 64
  %274 = getelementptr i32, ptr %259, i64 240
  store <16 x float> %sacc.sroa.60.0, ptr %274, align 64
  %275 = getelementptr i32, ptr %259, i64 256
  store <16 x float> %sacc.sroa.64.0, ptr %275, align 64
  %276 = getelementptr i32, ptr %259, i64 272
  store <16 x float> %sacc.sroa.68.0, ptr %276, align 64
  %277 = getelementptr i32, ptr %259, i64 288
  store <16 x float> %sacc.sroa.72.0, ptr %277, align 64
  %278 = getelementptr i32, ptr %259, i64 304
  store <16 x float> %sacc.sroa.76.0, ptr %278, align 64
  %279 = getelementptr i32, ptr %259, i64 320
  store <16 x float> %sacc.sroa.80.0, ptr %279, align 64
  %280 = getelementptr i32, ptr %259, i64 336
  store <16 x float> %sacc.sroa.84.0, ptr %280, align 64
  %281 = getelementptr i32, ptr %259, i64 352
  store <16 x float> %sacc.sroa.88.0, ptr %281, align 64
  %282 = getelementptr i32, ptr %259, i64 368
  store <16 x float> %sacc.sroa.92.0, ptr %282, align 64
  %283 = add nsw i32 %sblock35, 12
  br label %sblock

smask:                                            ; preds = %sblock, %body65
  %tmax.sroa.4.0 = phi <16 x float> [ %297, %body65 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %tmax.sroa.0.0 = phi <16 x float> [ %292, %body65 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %smask68 = phi i32 [ %298, %body65 ], [ 0, %sblock ]
  %284 = icmp slt i32 %smask68, %186
  br i1 %284, label %body65, label %exit67

body65:                                           ; preds = %smask
  %285 = add i32 %ktile17, %smask68
  %286 = insertelement <16 x i32> poison, i32 %285, i32 0
  %splat69 = shufflevector <16 x i32> %286, <16 x i32> poison, <16 x i32> zeroinitializer
  %287 = sext i32 %smask68 to i64
  %288 = mul i64 %287, 32
  %289 = getelementptr i32, ptr %st, i64 %288
  %s = load <16 x float>, ptr %289, align 64
  %290 = icmp slt <16 x i32> %splat69, %limv
  %291 = select <16 x i1> %290, <16 x float> %s, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %291, ptr %289, align 64
  %292 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.0.0, <16 x float> %291)
  %293 = add i64 %288, 16
  %294 = getelementptr i32, ptr %st, i64 %293
  %s70 = load <16 x float>, ptr %294, align 64
  %295 = icmp slt <16 x i32> %splat69, %limv31
  %296 = select <16 x i1> %295, <16 x float> %s70, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %296, ptr %294, align 64
  %297 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.4.0, <16 x float> %296)
  %298 = add nsw i32 %smask68, 1
  br label %smask

exit67:                                           ; preds = %smask
  %m = load <16 x float>, ptr %193, align 64
  %299 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m, <16 x float> %tmax.sroa.0.0)
  %300 = fcmp oeq <16 x float> %299, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse71 = select <16 x i1> %300, <16 x float> zeroinitializer, <16 x float> %299
  %301 = fsub <16 x float> %m, %muse71
  %302 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %301, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %303 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %302, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %304 = fadd <16 x float> %303, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %304, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %303, %n
  %305 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %306 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %305, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %307 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %306, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %308 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %307, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %309 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %308, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %310 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %309, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %311 = fptosi <16 x float> %n to <16 x i32>
  %312 = add <16 x i32> %311, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %313 = shl <16 x i32> %312, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %314 = bitcast <16 x i32> %313 to <16 x float>
  %exp2 = fmul <16 x float> %310, %314
  store <16 x float> %299, ptr %193, align 64
  %315 = getelementptr <16 x float>, ptr %193, i64 1
  %m72 = load <16 x float>, ptr %315, align 64
  %316 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m72, <16 x float> %tmax.sroa.4.0)
  %317 = fcmp oeq <16 x float> %316, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse73 = select <16 x i1> %317, <16 x float> zeroinitializer, <16 x float> %316
  %318 = fsub <16 x float> %m72, %muse73
  %319 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %318, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %320 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %319, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %321 = fadd <16 x float> %320, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n74 = fsub <16 x float> %321, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f75 = fsub <16 x float> %320, %n74
  %322 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f75, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %323 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %322, <16 x float> %f75, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %324 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %323, <16 x float> %f75, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %325 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %324, <16 x float> %f75, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %326 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %325, <16 x float> %f75, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %327 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %326, <16 x float> %f75, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %328 = fptosi <16 x float> %n74 to <16 x i32>
  %329 = add <16 x i32> %328, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %330 = shl <16 x i32> %329, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %331 = bitcast <16 x i32> %330 to <16 x float>
  %exp276 = fmul <16 x float> %327, %331
  store <16 x float> %316, ptr %315, align 64
  br label %sexp

sexp:                                             ; preds = %body77, %exit67
  %lsum.sroa.4.0 = phi <16 x float> [ zeroinitializer, %exit67 ], [ %369, %body77 ]
  %lsum.sroa.0.0 = phi <16 x float> [ zeroinitializer, %exit67 ], [ %351, %body77 ]
  %sexp80 = phi i32 [ 0, %exit67 ], [ %370, %body77 ]
  %332 = icmp slt i32 %sexp80, %186
  br i1 %332, label %body77, label %exit79

body77:                                           ; preds = %sexp
  %333 = sext i32 %sexp80 to i64
  %334 = mul i64 %333, 32
  %335 = getelementptr i32, ptr %st, i64 %334
  %336 = load <16 x float>, ptr %335, align 64
  %337 = fsub <16 x float> %336, %muse71
  %338 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %337, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %339 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %338, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %340 = fadd <16 x float> %339, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n81 = fsub <16 x float> %340, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f82 = fsub <16 x float> %339, %n81
  %341 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f82, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %342 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %341, <16 x float> %f82, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %343 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %342, <16 x float> %f82, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %344 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %343, <16 x float> %f82, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %345 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %344, <16 x float> %f82, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %346 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %345, <16 x float> %f82, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %347 = fptosi <16 x float> %n81 to <16 x i32>
  %348 = add <16 x i32> %347, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %349 = shl <16 x i32> %348, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %350 = bitcast <16 x i32> %349 to <16 x float>
  %exp283 = fmul <16 x float> %346, %350
  store <16 x float> %exp283, ptr %335, align 64
  %351 = fadd <16 x float> %lsum.sroa.0.0, %exp283
  %352 = add i64 %334, 16
  %353 = getelementptr i32, ptr %st, i64 %352
  %354 = load <16 x float>, ptr %353, align 64
  %355 = fsub <16 x float> %354, %muse73
  %356 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %355, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %357 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %356, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %358 = fadd <16 x float> %357, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n84 = fsub <16 x float> %358, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f85 = fsub <16 x float> %357, %n84
  %359 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f85, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %360 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %359, <16 x float> %f85, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %361 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %360, <16 x float> %f85, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %362 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %361, <16 x float> %f85, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %363 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %362, <16 x float> %f85, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %364 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %363, <16 x float> %f85, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %365 = fptosi <16 x float> %n84 to <16 x i32>
  %366 = add <16 x i32> %365, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %367 = shl <16 x i32> %366, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %368 = bitcast <16 x i32> %367 to <16 x float>
  %exp286 = fmul <16 x float> %364, %368
  store <16 x float> %exp286, ptr %353, align 64
  %369 = fadd <16 x float> %lsum.sroa.4.0, %exp286
  %370 = add nsw i32 %sexp80, 1
  br label %sexp

exit79:                                           ; preds = %sexp
  %371 = load <16 x float>, ptr %194, align 64
  %372 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %371, <16 x float> %exp2, <16 x float> %lsum.sroa.0.0)
  store <16 x float> %372, ptr %194, align 64
  %373 = getelementptr <16 x float>, ptr %194, i64 1
  %374 = load <16 x float>, ptr %373, align 64
  %375 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %374, <16 x float> %exp276, <16 x float> %lsum.sroa.4.0)
  store <16 x float> %375, ptr %373, align 64
  br label %pvblock

pvblock:                                          ; preds = %exit93, %exit79
  %pvblock90 = phi i32 [ 0, %exit79 ], [ %489, %exit93 ]
  %376 = icmp slt i32 %pvblock90, 8
  br i1 %376, label %body87, label %join

body87:                                           ; preds = %pvblock
  %377 = mul i32 %pvblock90, 10
  %378 = sext i32 %377 to i64
  %379 = mul i64 %378, 32
  %380 = getelementptr i32, ptr %191, i64 %379
  %381 = load <16 x float>, ptr %380, align 64
  %382 = fmul <16 x float> %381, %exp2
  %383 = getelementptr i32, ptr %380, i64 16
  %384 = load <16 x float>, ptr %383, align 64
  %385 = fmul <16 x float> %384, %exp276
  %386 = getelementptr i32, ptr %380, i64 32
  %387 = load <16 x float>, ptr %386, align 64
  %388 = fmul <16 x float> %387, %exp2
  %389 = getelementptr i32, ptr %380, i64 48
  %390 = load <16 x float>, ptr %389, align 64
  %391 = fmul <16 x float> %390, %exp276
  %392 = getelementptr i32, ptr %380, i64 64
  %393 = load <16 x float>, ptr %392, align 64
  %394 = fmul <16 x float> %393, %exp2
  %395 = getelementptr i32, ptr %380, i64 80
  %396 = load <16 x float>, ptr %395, align 64
  %397 = fmul <16 x float> %396, %exp276
  %398 = getelementptr i32, ptr %380, i64 96
  %399 = load <16 x float>, ptr %398, align 64
  %400 = fmul <16 x float> %399, %exp2
  %401 = getelementptr i32, ptr %380, i64 112
  %402 = load <16 x float>, ptr %401, align 64
  %403 = fmul <16 x float> %402, %exp276
  %404 = getelementptr i32, ptr %380, i64 128
  %405 = load <16 x float>, ptr %404, align 64
  %406 = fmul <16 x float> %405, %exp2
  %407 = getelementptr i32, ptr %380, i64 144
  %408 = load <16 x float>, ptr %407, align 64
  %409 = fmul <16 x float> %408, %exp276
  %410 = getelementptr i32, ptr %380, i64 160
  %411 = load <16 x float>, ptr %410, align 64
  %412 = fmul <16 x float> %411, %exp2
  %413 = getelementptr i32, ptr %380, i64 176
  %414 = load <16 x float>, ptr %413, align 64
  %415 = fmul <16 x float> %414, %exp276
  %416 = getelementptr i32, ptr %380, i64 192
  %417 = load <16 x float>, ptr %416, align 64
  %418 = fmul <16 x float> %417, %exp2
  %419 = getelementptr i32, ptr %380, i64 208
  %420 = load <16 x float>, ptr %419, align 64
  %421 = fmul <16 x float> %420, %exp276
  %422 = getelementptr i32, ptr %380, i64 224
  %423 = load <16 x float>, ptr %422, align 64
  %424 = fmul <16 x float> %423, %exp2
  %425 = getelementptr i32, ptr %380, i64 240
  %426 = load <16 x float>, ptr %425, align 64
  %427 = fmul <16 x float> %426, %exp276
  %428 = getelementptr i32, ptr %380, i64 256
  %429 = load <16 x float>, ptr %428, align 64
  %430 = fmul <16 x float> %429, %exp2
  %431 = getelementptr i32, ptr %380, i64 272
  %432 = load <16 x float>, ptr %431, align 64
  %433 = fmul <16 x float> %432, %exp276
  %434 = getelementptr i32, ptr %380, i64 288
  %435 = load <16 x float>, ptr %434, align 64
  %436 = fmul <16 x float> %435, %exp2
  %437 = getelementptr i32, ptr %380, i64 304
  %438 = load <16 x float>, ptr %437, align 64
  %439 = fmul <16 x float> %438, %exp276
  br label %kpv

kpv:                                              ; preds = %body91, %body87
  %o.sroa.60.0 = phi <16 x float> [ %427, %body87 ], [ %479, %body91 ]
  %o.sroa.56.0 = phi <16 x float> [ %424, %body87 ], [ %478, %body91 ]
  %o.sroa.52.0 = phi <16 x float> [ %421, %body87 ], [ %475, %body91 ]
  %o.sroa.48.0 = phi <16 x float> [ %418, %body87 ], [ %474, %body91 ]
  %o.sroa.44.0 = phi <16 x float> [ %415, %body87 ], [ %471, %body91 ]
  %o.sroa.40.0 = phi <16 x float> [ %412, %body87 ], [ %470, %body91 ]
  %o.sroa.36.0 = phi <16 x float> [ %409, %body87 ], [ %467, %body91 ]
  %o.sroa.32.0 = phi <16 x float> [ %406, %body87 ], [ %466, %body91 ]
  %o.sroa.28.0 = phi <16 x float> [ %403, %body87 ], [ %463, %body91 ]
  %o.sroa.24.0 = phi <16 x float> [ %400, %body87 ], [ %462, %body91 ]
  %o.sroa.20.0 = phi <16 x float> [ %397, %body87 ], [ %459, %body91 ]
  %o.sroa.16.0 = phi <16 x float> [ %394, %body87 ], [ %458, %body91 ]
  %o.sroa.12.0 = phi <16 x float> [ %391, %body87 ], [ %455, %body91 ]
  %o.sroa.8.0 = phi <16 x float> [ %388, %body87 ], [ %454, %body91 ]
  %o.sroa.4.0 = phi <16 x float> [ %385, %body87 ], [ %451, %body91 ]
  %o.sroa.0.0 = phi <16 x float> [ %382, %body87 ], [ %450, %body91 ]
  %o.sroa.64.0 = phi <16 x float> [ %430, %body87 ], [ %482, %body91 ]
  %o.sroa.68.0 = phi <16 x float> [ %433, %body87 ], [ %483, %body91 ]
  %o.sroa.72.0 = phi <16 x float> [ %436, %body87 ], [ %486, %body91 ]
  %o.sroa.76.0 = phi <16 x float> [ %439, %body87 ], [ %487, %body91 ]
  %kpv94 = phi i32 [ 0, %body87 ], [ %488, %body91 ]
  %440 = icmp slt i32 %kpv94, %186
  br i1 %440, label %body91, label %exit93

body91:                                           ; preds = %kpv
  %441 = sext i32 %kpv94 to i64
  %442 = mul i64 %441, 32
  %443 = getelementptr i32, ptr %st, i64 %442
  %p = load <16 x float>, ptr %443, align 64
  %444 = add i64 %442, 16
  %445 = getelementptr i32, ptr %st, i64 %444
  %p95 = load <16 x float>, ptr %445, align 64
  %446 = mul i64 %441, 320
  %447 = getelementptr i8, ptr %vbuf, i64 %446
  %448 = getelementptr i32, ptr %447, i64 %378
  %v = load float, ptr %448, align 4
  %449 = insertelement <16 x float> poison, float %v, i32 0
  %splat96 = shufflevector <16 x float> %449, <16 x float> poison, <16 x i32> zeroinitializer
  %450 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat96, <16 x float> %o.sroa.0.0)
  %451 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p95, <16 x float> %splat96, <16 x float> %o.sroa.4.0)
  %452 = getelementptr i32, ptr %448, i64 1
  %v97 = load float, ptr %452, align 4
  %453 = insertelement <16 x float> poison, float %v97, i32 0
  %splat98 = shufflevector <16 x float> %453, <16 x float> poison, <16 x i32> zeroinitializer
  %454 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat98, <16 x float> %o.sroa.8.0)
  %455 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p95, <16 x float> %splat98, <16 x float> %o.sroa.12.0)
  %456 = getelementptr i32, ptr %448, i64 2
  %v99 = load float, ptr %456, align 4
  %457 = insertelement <16 x float> poison, float %v99, i32 0
  %splat100 = shufflevector <16 x float> %457, <16 x float> poison, <16 x i32> zeroinitializer
  %458 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat100, <16 x float> %o.sroa.16.0)
  %459 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p95, <16 x float> %splat100, <16 x float> %o.sroa.20.0)
  %460 = getelementptr i32, ptr %448, i64 3
  %v101 = load float, ptr %460, align 4
  %461 = insertelement <16 x float> poison, float %v101, i32 0
  %splat102 = shufflevector <16 x float> %461, <16 x float> poison, <16 x i32> zeroinitializer
  %462 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat102, <16 x float> %o.sroa.24.0)
  %463 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p95, <16 x float> %splat102, <16 x float> %o.sroa.28.0)
  %464 = getelementptr i32, ptr %448, i64 4
  %v103 = load float, ptr %464, align 4
  %465 = insertelement <16 x float> poison, float %v103, i32 0
  %splat104 = shufflevector <16 x float> %465, <16 x float> poison, <16 x i32> zeroinitializer
  %466 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat104, <16 x float> %o.sroa.32.0)
  %467 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p95, <16 x float> %splat104, <16 x float> %o.sroa.36.0)
  %468 = getelementptr i32, ptr %448, i64 5
  %v105 = load float, ptr %468, align 4
  %469 = insertelement <16 x float> poison, float %v105, i32 0
  %splat106 = shufflevector <16 x float> %469, <16 x float> poison, <16 x i32> zeroinitializer
  %470 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat106, <16 x float> %o.sroa.40.0)
  %471 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p95, <16 x float> %splat106, <16 x float> %o.sroa.44.0)
  %472 = getelementptr i32, ptr %448, i64 6
  %v107 = load float, ptr %472, align 4
  %473 = insertelement <16 x float> poison, float %v107, i32 0
  %splat108 = shufflevector <16 x float> %473, <16 x float> poison, <16 x i32> zeroinitializer
  %474 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat108, <16 x float> %o.sroa.48.0)
  %475 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p95, <16 x float> %splat108, <16 x float> %o.sroa.52.0)
  %476 = getelementptr i32, ptr %448, i64 7
  %v109 = load float, ptr %476, align 4
  %477 = insertelement <16 x float> poison, float %v109, i32 0
  %splat110 = shufflevector <16 x float> %477, <16 x float> poison, <16 x i32> zeroinitializer
  %478 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat110, <16 x float> %o.sroa.56.0)
  %479 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p95, <16 x float> %splat110, <16 x float> %o.sroa.60.0)
  %480 = getelementptr i32, ptr %448, i64 8
  %v111 = load float, ptr %480, align 4
  %481 = insertelement <16 x float> poison, float %v111, i32 0
  %splat112 = shufflevector <16 x float> %481, <16 x float> poison, <16 x i32> zeroinitializer
  %482 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat112, <16 x float> %o.sroa.64.0)
  %483 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p95, <16 x float> %splat112, <16 x float> %o.sroa.68.0)
  %484 = getelementptr i32, ptr %448, i64 9
  %v113 = load float, ptr %484, align 4
  %485 = insertelement <16 x float> poison, float %v113, i32 0
  %splat114 = shufflevector <16 x float> %485, <16 x float> poison, <16 x i32> zeroinitializer
  %486 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat114, <16 x float> %o.sroa.72.0)
  %487 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p95, <16 x float> %splat114, <16 x float> %o.sroa.76.0)
  %488 = add nsw i32 %kpv94, 1
  br label %kpv

exit93:                                           ; preds = %kpv
  store <16 x float> %o.sroa.0.0, ptr %380, align 64
  store <16 x float> %o.sroa.4.0, ptr %383, align 64
  store <16 x float> %o.sroa.8.0, ptr %386, align 64
  store <16 x float> %o.sroa.12.0, ptr %389, align 64
  store <16 x float> %o.sroa.16.0, ptr %392, align 64
  store <16 x float> %o.sroa.20.0, ptr %395, align 64
  store <16 x float> %o.sroa.24.0, ptr %398, align 64
  store <16 x float> %o.sroa.28.0, ptr %401, align 64
  store <16 x float> %o.sroa.32.0, ptr %404, align 64
  store <16 x float> %o.sroa.36.0, ptr %407, align 64
  store <16 x float> %o.sroa.40.0, ptr %410, align 64
  store <16 x float> %o.sroa.44.0, ptr %413, align 64
  store <16 x float> %o.sroa.48.0, ptr %416, align 64
  store <16 x float> %o.sroa.52.0, ptr %419, align 64
  store <16 x float> %o.sroa.56.0, ptr %422, align 64
  store <16 x float> %o.sroa.60.0, ptr %425, align 64
  store <16 x float> %o.sroa.64.0, ptr %428, align 64
  store <16 x float> %o.sroa.68.0, ptr %431, align 64
  store <16 x float> %o.sroa.72.0, ptr %434, align 64
  store <16 x float> %o.sroa.76.0, ptr %437, align 64
  %489 = add nsw i32 %pvblock90, 1
  br label %pvblock

orow115:                                          ; preds = %written, %exit16
  %orow119 = phi i32 [ 0, %exit16 ], [ %524, %written ]
  %490 = icmp slt i32 %orow119, %nrows
  br i1 %490, label %body116, label %common.ret

body116:                                          ; preds = %orow115
  %491 = sext i32 %orow119 to i64
  %492 = getelementptr float, ptr %ms, i64 %491
  %m120 = load float, ptr %492, align 4
  %493 = getelementptr float, ptr %ls, i64 %491
  %l = load float, ptr %493, align 4
  %494 = sdiv i32 %orow119, 32
  %495 = srem i32 %orow119, 32
  %496 = sext i32 %494 to i64
  %497 = mul i64 %496, 2560
  %498 = getelementptr i32, ptr %ot, i64 %497
  br label %otrow

otrow:                                            ; preds = %body121, %body116
  %otrow124 = phi i32 [ 0, %body116 ], [ %507, %body121 ]
  %499 = icmp slt i32 %otrow124, 80
  br i1 %499, label %body121, label %exit123

body121:                                          ; preds = %otrow
  %500 = sext i32 %495 to i64
  %501 = sext i32 %otrow124 to i64
  %502 = mul i64 %501, 32
  %503 = add i64 %502, %500
  %504 = getelementptr i32, ptr %498, i64 %503
  %505 = load float, ptr %504, align 4
  %506 = getelementptr i32, ptr %rowbuf, i64 %501
  store float %505, ptr %506, align 4
  %507 = add nsw i32 %otrow124, 1
  br label %otrow

exit123:                                          ; preds = %otrow
  %508 = icmp ne ptr %part, null
  br i1 %508, label %partial, label %final

partial:                                          ; preds = %exit123
  %509 = sext i32 %nrows to i64
  %510 = mul i64 %491, 80
  %511 = getelementptr float, ptr %part, i64 %510
  br label %chunk125

final:                                            ; preds = %exit123
  %512 = sdiv i32 %orow119, %nh
  %qi130 = add i32 %q_begin, %512
  %513 = srem i32 %orow119, %nh
  %h131 = add i32 %h_begin, %513
  %hq132 = add i32 %kv_head, %h131
  %514 = sext i32 %qi130 to i64
  %515 = add i64 %q_row0, %514
  %516 = mul i64 %515, 32
  %517 = sext i32 %hq132 to i64
  %orow133 = add i64 %516, %517
  %518 = fcmp oeq float %l, 0.000000e+00
  %519 = fdiv float 1.000000e+00, %l
  %520 = select i1 %518, float 0.000000e+00, float %519
  %521 = mul i64 %orow133, 320
  %522 = getelementptr i8, ptr %out, i64 %521
  %523 = insertelement <16 x float> poison, float %520, i32 0
  %splat134 = shufflevector <16 x float> %523, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk135

written:                                          ; preds = %exit138, %exit128
  %524 = add nsw i32 %orow119, 1
  br label %orow115

chunk125:                                         ; preds = %body126, %partial
  %chunk129 = phi i64 [ 0, %partial ], [ %530, %body126 ]
  %525 = icmp slt i64 %chunk129, 5
  br i1 %525, label %body126, label %exit128

body126:                                          ; preds = %chunk125
  %526 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk129
  %527 = load <16 x float>, ptr %526, align 64
  %528 = mul i64 %chunk129, 64
  %529 = getelementptr i8, ptr %511, i64 %528
  store <16 x float> %527, ptr %529, align 4
  %530 = add nsw i64 %chunk129, 1
  br label %chunk125

exit128:                                          ; preds = %chunk125
  %531 = mul i64 %509, 80
  %532 = add i64 %531, %491
  %533 = getelementptr float, ptr %part, i64 %532
  store float %m120, ptr %533, align 4
  %534 = add i64 %532, %509
  %535 = getelementptr float, ptr %part, i64 %534
  store float %l, ptr %535, align 4
  br label %written

chunk135:                                         ; preds = %body136, %final
  %chunk139 = phi i64 [ 0, %final ], [ %542, %body136 ]
  %536 = icmp slt i64 %chunk139, 5
  br i1 %536, label %body136, label %exit138

body136:                                          ; preds = %chunk135
  %537 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk139
  %538 = load <16 x float>, ptr %537, align 64
  %539 = fmul <16 x float> %538, %splat134
  %540 = mul i64 %chunk139, 64
  %541 = getelementptr i8, ptr %522, i64 %540
  store <16 x float> %539, ptr %541, align 4
  %542 = add nsw i64 %chunk139, 1
  br label %chunk135

exit138:                                          ; preds = %chunk135
  %543 = call float @llvm.log.f32(float %l)
  %544 = call float @llvm.fmuladd.f32(float %m120, float 0x3FE62E4300000000, float %543)
  %lse140 = select i1 %518, float 0xFFF0000000000000, float %544
  %545 = getelementptr float, ptr %lse, i64 %orow133
  store float %lse140, ptr %545, align 4
  br label %written
}

declare i32 @attnrt_run(ptr, ptr)

; Function Attrs: nounwind
define i32 @prefill_d80(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_run(ptr @prefill_d80_kernel, ptr %0)
  ret i32 %1
}

declare i64 @attnrt_tasks(ptr, ptr)

; Function Attrs: nounwind
define i64 @prefill_d80_tasks(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_tasks(ptr @prefill_d80_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_task(ptr, ptr, i64)

; Function Attrs: nounwind
define i32 @prefill_d80_task(ptr %0, i64 %1) #0 {
entry:
  %2 = call i32 @attnrt_task(ptr @prefill_d80_kernel, ptr %0, i64 %1)
  ret i32 %2
}

declare i64 @attnrt_workspace(ptr, ptr)

; Function Attrs: nounwind
define i64 @prefill_d80_workspace(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_workspace(ptr @prefill_d80_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_append(ptr, ptr)

; Function Attrs: nounwind
define i32 @prefill_d80_append(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_append(ptr @prefill_d80_kernel, ptr %0)
  ret i32 %1
}

; Function Attrs: nounwind
define ptr @prefill_d80_info() #0 {
entry:
  ret ptr @prefill_d80_info_data
}

attributes #0 = { nounwind "target-cpu"="x86-64-v4" "target-features"="+avx512f,+evex512,+avx512bw,+avx512vl,+avx,+avx2,+fma,+f16c" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite) }
