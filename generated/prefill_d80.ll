; ModuleID = 'prefill_d80'
source_filename = "prefill_d80"
target triple = "x86_64-unknown-linux-gnu"

@prefill_d80.name = private unnamed_addr constant [12 x i8] c"prefill_d80\00"
@prefill_d80.spec = private unnamed_addr constant [372 x i8] c"attncc: 1\0Aname: prefill_d80\0Aphase: prefill\0Akind: self\0Aheads: {q: 32, kv: 32, dim: 80, v_dim: 80}\0Atypes: {q: f32, cache: f32, out: f32}\0Ascale: auto\0Acache: {store: kv, layout: contiguous, order: token_major, capacity: 2048, latent_dim: 0, rope_dim: 0, shared_across_layers: false}\0Amask: {causal: true}\0Aoutput: {lse: true}\0Aslim: {order: auto}\0Amodel: {layers: 1, d_model: 0}\0A\00"
@prefill_d80_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32, ptr, i32, i32 } { i32 5, i32 1, i64 -3334392130206359750, ptr @prefill_d80.name, ptr @prefill_d80.spec, i32 32, i32 32, i32 80, i32 80, i32 0, i32 0, i32 0, i32 1, i32 0, i32 0, i32 2048, i32 1, i32 1, float 0x3FBC9F25C0000000, i32 0, i32 0, i32 0, ptr null, i32 0, i32 0 }, align 8
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
  %12 = getelementptr i8, ptr %1, i64 48
  %part = load ptr, ptr %12, align 8
  %13 = getelementptr i8, ptr %0, i64 32
  %q = load ptr, ptr %13, align 8
  %14 = getelementptr i8, ptr %0, i64 40
  %out = load ptr, ptr %14, align 8
  %15 = getelementptr i8, ptr %0, i64 48
  %lse = load ptr, ptr %15, align 8
  %16 = getelementptr i8, ptr %0, i64 56
  %k_cache = load ptr, ptr %16, align 8
  %17 = sext i32 %seq to i64
  %18 = mul i64 %17, 20971520
  %19 = getelementptr i8, ptr %k_cache, i64 %18
  %20 = sext i32 %kv_head to i64
  %21 = getelementptr i8, ptr %0, i64 64
  %v_cache = load ptr, ptr %21, align 8
  %22 = getelementptr i8, ptr %v_cache, i64 %18
  %23 = icmp sgt i32 %nrows, 0
  br i1 %23, label %rinit, label %done

done:                                             ; preds = %orow63, %entry
  ret void

rinit:                                            ; preds = %entry, %exit8
  %rinit1 = phi i32 [ %66, %exit8 ], [ 0, %entry ]
  %24 = icmp slt i32 %rinit1, 1
  br i1 %24, label %body, label %exit

body:                                             ; preds = %rinit
  %25 = sext i32 %rinit1 to i64
  %26 = mul i64 %25, 5
  %27 = getelementptr <16 x float>, ptr %qs, i64 %26
  %28 = icmp slt i32 %rinit1, %nrows
  %29 = sub i32 %nrows, 1
  %30 = call i32 @llvm.smin.i32(i32 %rinit1, i32 %29)
  %31 = sdiv i32 %30, %nh
  %qi = add i32 %q_begin, %31
  %32 = srem i32 %30, %nh
  %h = add i32 %h_begin, %32
  %hq = add i32 %kv_head, %h
  %33 = sext i32 %qi to i64
  %34 = add i64 %q_row0, %33
  %35 = mul i64 %34, 32
  %36 = sext i32 %hq to i64
  %orow = add i64 %35, %36
  %37 = mul i64 %orow, 320
  %38 = getelementptr i8, ptr %q, i64 %37
  %39 = select i1 %28, float 0x3FC4A56B80000000, float 0.000000e+00
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
  %47 = icmp slt i64 %chunk5, 5
  br i1 %47, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %48 = mul i64 %chunk5, 64
  %49 = getelementptr i8, ptr %38, i64 %48
  %50 = load <16 x float>, ptr %49, align 4
  %51 = fmul <16 x float> %50, %splat
  %52 = getelementptr <16 x float>, ptr %27, i64 %chunk5
  store <16 x float> %51, ptr %52, align 64
  %53 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %54 = getelementptr float, ptr %ms, i64 %25
  store float 0xFFF0000000000000, ptr %54, align 4
  %55 = getelementptr float, ptr %ls, i64 %25
  store float 0.000000e+00, ptr %55, align 4
  %56 = getelementptr i32, ptr %lims, i64 %25
  %57 = add i32 %q_pos0, %qi
  %58 = add i32 %57, 1
  %59 = call i32 @llvm.smin.i32(i32 %58, i32 %k_end)
  store i32 %59, ptr %56, align 4
  br label %acczero

acczero:                                          ; preds = %body6, %exit4
  %acczero9 = phi i64 [ 0, %exit4 ], [ %65, %body6 ]
  %60 = icmp slt i64 %acczero9, 5
  br i1 %60, label %body6, label %exit8

body6:                                            ; preds = %acczero
  %61 = mul i64 %acczero9, 16
  %62 = mul i64 %25, 80
  %63 = add i64 %62, %61
  %64 = getelementptr float, ptr %accs, i64 %63
  store <16 x float> zeroinitializer, ptr %64, align 64
  %65 = add nsw i64 %acczero9, 1
  br label %acczero

exit8:                                            ; preds = %acczero
  %66 = add nsw i32 %rinit1, 1
  br label %rinit

kblock:                                           ; preds = %exit57, %exit
  %kblock13 = phi i32 [ %k_begin, %exit ], [ %68, %exit57 ]
  %67 = icmp slt i32 %kblock13, %46
  br i1 %67, label %body10, label %orow63

body10:                                           ; preds = %kblock
  %68 = add i32 %kblock13, 64
  br label %kdot

kdot:                                             ; preds = %body14, %body10
  %kdot17 = phi i32 [ 0, %body10 ], [ %161, %body14 ]
  %69 = icmp slt i32 %kdot17, 64
  br i1 %69, label %body14, label %score

body14:                                           ; preds = %kdot
  %70 = add i32 %kblock13, %kdot17
  %71 = call i32 @llvm.smin.i32(i32 %70, i32 %k_last)
  %72 = sext i32 %71 to i64
  %73 = mul i64 %72, 32
  %row = add i64 %20, %73
  %74 = mul i64 %row, 320
  %75 = getelementptr i8, ptr %19, i64 %74
  %76 = add i32 %71, 12
  %77 = call i32 @llvm.smin.i32(i32 %76, i32 %k_last)
  %78 = sext i32 %77 to i64
  %79 = mul i64 %78, 32
  %row18 = add i64 %20, %79
  %80 = mul i64 %row18, 320
  %81 = getelementptr i8, ptr %19, i64 %80
  call void @llvm.prefetch.p0(ptr %81, i32 0, i32 3, i32 1)
  %82 = getelementptr i8, ptr %81, i64 64
  call void @llvm.prefetch.p0(ptr %82, i32 0, i32 3, i32 1)
  %83 = getelementptr i8, ptr %81, i64 128
  call void @llvm.prefetch.p0(ptr %83, i32 0, i32 3, i32 1)
  %84 = getelementptr i8, ptr %81, i64 192
  call void @llvm.prefetch.p0(ptr %84, i32 0, i32 3, i32 1)
  %85 = getelementptr i8, ptr %81, i64 256
  call void @llvm.prefetch.p0(ptr %85, i32 0, i32 3, i32 1)
  %86 = add i32 %68, %kdot17
  %87 = call i32 @llvm.smin.i32(i32 %86, i32 %k_last)
  %88 = sext i32 %87 to i64
  %89 = mul i64 %88, 32
  %row19 = add i64 %20, %89
  %90 = mul i64 %row19, 320
  %91 = getelementptr i8, ptr %19, i64 %90
  call void @llvm.prefetch.p0(ptr %91, i32 0, i32 2, i32 1)
  %92 = getelementptr i8, ptr %91, i64 64
  call void @llvm.prefetch.p0(ptr %92, i32 0, i32 2, i32 1)
  %93 = getelementptr i8, ptr %91, i64 128
  call void @llvm.prefetch.p0(ptr %93, i32 0, i32 2, i32 1)
  %94 = getelementptr i8, ptr %91, i64 192
  call void @llvm.prefetch.p0(ptr %94, i32 0, i32 2, i32 1)
  %95 = getelementptr i8, ptr %91, i64 256
  call void @llvm.prefetch.p0(ptr %95, i32 0, i32 2, i32 1)
  %96 = add i32 %kdot17, 1
  %97 = add i32 %kblock13, %96
  %98 = call i32 @llvm.smin.i32(i32 %97, i32 %k_last)
  %99 = sext i32 %98 to i64
  %100 = mul i64 %99, 32
  %row20 = add i64 %20, %100
  %101 = mul i64 %row20, 320
  %102 = getelementptr i8, ptr %19, i64 %101
  %103 = add i32 %98, 12
  %104 = call i32 @llvm.smin.i32(i32 %103, i32 %k_last)
  %105 = sext i32 %104 to i64
  %106 = mul i64 %105, 32
  %row21 = add i64 %20, %106
  %107 = mul i64 %row21, 320
  %108 = getelementptr i8, ptr %19, i64 %107
  call void @llvm.prefetch.p0(ptr %108, i32 0, i32 3, i32 1)
  %109 = getelementptr i8, ptr %108, i64 64
  call void @llvm.prefetch.p0(ptr %109, i32 0, i32 3, i32 1)
  %110 = getelementptr i8, ptr %108, i64 128
  call void @llvm.prefetch.p0(ptr %110, i32 0, i32 3, i32 1)
  %111 = getelementptr i8, ptr %108, i64 192
  call void @llvm.prefetch.p0(ptr %111, i32 0, i32 3, i32 1)
  %112 = getelementptr i8, ptr %108, i64 256
  call void @llvm.prefetch.p0(ptr %112, i32 0, i32 3, i32 1)
  %113 = add i32 %68, %96
  %114 = call i32 @llvm.smin.i32(i32 %113, i32 %k_last)
  %115 = sext i32 %114 to i64
  %116 = mul i64 %115, 32
  %row22 = add i64 %20, %116
  %117 = mul i64 %row22, 320
  %118 = getelementptr i8, ptr %19, i64 %117
  call void @llvm.prefetch.p0(ptr %118, i32 0, i32 2, i32 1)
  %119 = getelementptr i8, ptr %118, i64 64
  call void @llvm.prefetch.p0(ptr %119, i32 0, i32 2, i32 1)
  %120 = getelementptr i8, ptr %118, i64 128
  call void @llvm.prefetch.p0(ptr %120, i32 0, i32 2, i32 1)
  %121 = getelementptr i8, ptr %118, i64 192
  call void @llvm.prefetch.p0(ptr %121, i32 0, i32 2, i32 1)
  %122 = getelementptr i8, ptr %118, i64 256
  call void @llvm.prefetch.p0(ptr %122, i32 0, i32 2, i32 1)
  %q23 = load <16 x float>, ptr %qs, align 64
  %123 = load <16 x float>, ptr %75, align 4
  %124 = load <16 x float>, ptr %102, align 4
  %125 = fmul <16 x float> %q23, %123
  %126 = fmul <16 x float> %q23, %124
  %127 = getelementptr <16 x float>, ptr %qs, i64 1
  %q24 = load <16 x float>, ptr %127, align 64
  %128 = getelementptr i8, ptr %75, i64 64
  %129 = load <16 x float>, ptr %128, align 4
  %130 = getelementptr i8, ptr %102, i64 64
  %131 = load <16 x float>, ptr %130, align 4
  %132 = fmul <16 x float> %q24, %129
  %133 = fmul <16 x float> %q24, %131
  %134 = getelementptr <16 x float>, ptr %qs, i64 2
  %q25 = load <16 x float>, ptr %134, align 64
  %135 = getelementptr i8, ptr %75, i64 128
  %136 = load <16 x float>, ptr %135, align 4
  %137 = getelementptr i8, ptr %102, i64 128
  %138 = load <16 x float>, ptr %137, align 4
  %139 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %136, <16 x float> %125)
  %140 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %138, <16 x float> %126)
  %141 = getelementptr <16 x float>, ptr %qs, i64 3
  %q26 = load <16 x float>, ptr %141, align 64
  %142 = getelementptr i8, ptr %75, i64 192
  %143 = load <16 x float>, ptr %142, align 4
  %144 = getelementptr i8, ptr %102, i64 192
  %145 = load <16 x float>, ptr %144, align 4
  %146 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q26, <16 x float> %143, <16 x float> %132)
  %147 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q26, <16 x float> %145, <16 x float> %133)
  %148 = getelementptr <16 x float>, ptr %qs, i64 4
  %q27 = load <16 x float>, ptr %148, align 64
  %149 = getelementptr i8, ptr %75, i64 256
  %150 = load <16 x float>, ptr %149, align 4
  %151 = getelementptr i8, ptr %102, i64 256
  %152 = load <16 x float>, ptr %151, align 4
  %153 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %150, <16 x float> %139)
  %154 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %152, <16 x float> %140)
  %155 = fadd <16 x float> %153, %146
  %156 = sext i32 %kdot17 to i64
  %157 = getelementptr <16 x float>, ptr %dbuf, i64 %156
  store <16 x float> %155, ptr %157, align 64
  %158 = fadd <16 x float> %154, %147
  %159 = sext i32 %96 to i64
  %160 = getelementptr <16 x float>, ptr %dbuf, i64 %159
  store <16 x float> %158, ptr %160, align 64
  %161 = add nsw i32 %kdot17, 2
  br label %kdot

score:                                            ; preds = %kdot, %body28
  %score31 = phi i64 [ %274, %body28 ], [ 0, %kdot ]
  %162 = icmp slt i64 %score31, 4
  br i1 %162, label %body28, label %rmax

body28:                                           ; preds = %score
  %163 = sdiv i64 %score31, 4
  %164 = srem i64 %score31, 4
  %165 = mul i64 %164, 16
  %166 = mul i64 %163, 64
  %167 = add i64 %166, %165
  %168 = getelementptr <16 x float>, ptr %dbuf, i64 %167
  %169 = load <16 x float>, ptr %168, align 64
  %170 = add i64 %167, 1
  %171 = getelementptr <16 x float>, ptr %dbuf, i64 %170
  %172 = load <16 x float>, ptr %171, align 64
  %173 = shufflevector <16 x float> %169, <16 x float> %172, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %174 = shufflevector <16 x float> %169, <16 x float> %172, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %175 = fadd <16 x float> %173, %174
  %176 = add i64 %167, 2
  %177 = getelementptr <16 x float>, ptr %dbuf, i64 %176
  %178 = load <16 x float>, ptr %177, align 64
  %179 = add i64 %167, 3
  %180 = getelementptr <16 x float>, ptr %dbuf, i64 %179
  %181 = load <16 x float>, ptr %180, align 64
  %182 = shufflevector <16 x float> %178, <16 x float> %181, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %183 = shufflevector <16 x float> %178, <16 x float> %181, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %184 = fadd <16 x float> %182, %183
  %185 = shufflevector <16 x float> %175, <16 x float> %184, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %186 = shufflevector <16 x float> %175, <16 x float> %184, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %187 = fadd <16 x float> %185, %186
  %188 = add i64 %167, 4
  %189 = getelementptr <16 x float>, ptr %dbuf, i64 %188
  %190 = load <16 x float>, ptr %189, align 64
  %191 = add i64 %167, 5
  %192 = getelementptr <16 x float>, ptr %dbuf, i64 %191
  %193 = load <16 x float>, ptr %192, align 64
  %194 = shufflevector <16 x float> %190, <16 x float> %193, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %195 = shufflevector <16 x float> %190, <16 x float> %193, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %196 = fadd <16 x float> %194, %195
  %197 = add i64 %167, 6
  %198 = getelementptr <16 x float>, ptr %dbuf, i64 %197
  %199 = load <16 x float>, ptr %198, align 64
  %200 = add i64 %167, 7
  %201 = getelementptr <16 x float>, ptr %dbuf, i64 %200
  %202 = load <16 x float>, ptr %201, align 64
  %203 = shufflevector <16 x float> %199, <16 x float> %202, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %204 = shufflevector <16 x float> %199, <16 x float> %202, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %205 = fadd <16 x float> %203, %204
  %206 = shufflevector <16 x float> %196, <16 x float> %205, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %207 = shufflevector <16 x float> %196, <16 x float> %205, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %208 = fadd <16 x float> %206, %207
  %209 = shufflevector <16 x float> %187, <16 x float> %208, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %210 = shufflevector <16 x float> %187, <16 x float> %208, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %211 = fadd <16 x float> %209, %210
  %212 = add i64 %167, 8
  %213 = getelementptr <16 x float>, ptr %dbuf, i64 %212
  %214 = load <16 x float>, ptr %213, align 64
  %215 = add i64 %167, 9
  %216 = getelementptr <16 x float>, ptr %dbuf, i64 %215
  %217 = load <16 x float>, ptr %216, align 64
  %218 = shufflevector <16 x float> %214, <16 x float> %217, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %219 = shufflevector <16 x float> %214, <16 x float> %217, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %220 = fadd <16 x float> %218, %219
  %221 = add i64 %167, 10
  %222 = getelementptr <16 x float>, ptr %dbuf, i64 %221
  %223 = load <16 x float>, ptr %222, align 64
  %224 = add i64 %167, 11
  %225 = getelementptr <16 x float>, ptr %dbuf, i64 %224
  %226 = load <16 x float>, ptr %225, align 64
  %227 = shufflevector <16 x float> %223, <16 x float> %226, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %228 = shufflevector <16 x float> %223, <16 x float> %226, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %229 = fadd <16 x float> %227, %228
  %230 = shufflevector <16 x float> %220, <16 x float> %229, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %231 = shufflevector <16 x float> %220, <16 x float> %229, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %232 = fadd <16 x float> %230, %231
  %233 = add i64 %167, 12
  %234 = getelementptr <16 x float>, ptr %dbuf, i64 %233
  %235 = load <16 x float>, ptr %234, align 64
  %236 = add i64 %167, 13
  %237 = getelementptr <16 x float>, ptr %dbuf, i64 %236
  %238 = load <16 x float>, ptr %237, align 64
  %239 = shufflevector <16 x float> %235, <16 x float> %238, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %240 = shufflevector <16 x float> %235, <16 x float> %238, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %241 = fadd <16 x float> %239, %240
  %242 = add i64 %167, 14
  %243 = getelementptr <16 x float>, ptr %dbuf, i64 %242
  %244 = load <16 x float>, ptr %243, align 64
  %245 = add i64 %167, 15
  %246 = getelementptr <16 x float>, ptr %dbuf, i64 %245
  %247 = load <16 x float>, ptr %246, align 64
  %248 = shufflevector <16 x float> %244, <16 x float> %247, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %249 = shufflevector <16 x float> %244, <16 x float> %247, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %250 = fadd <16 x float> %248, %249
  %251 = shufflevector <16 x float> %241, <16 x float> %250, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %252 = shufflevector <16 x float> %241, <16 x float> %250, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %253 = fadd <16 x float> %251, %252
  %254 = shufflevector <16 x float> %232, <16 x float> %253, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %255 = shufflevector <16 x float> %232, <16 x float> %253, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %256 = fadd <16 x float> %254, %255
  %257 = shufflevector <16 x float> %211, <16 x float> %256, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %258 = shufflevector <16 x float> %211, <16 x float> %256, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %259 = fadd <16 x float> %257, %258
  %260 = getelementptr i32, ptr %lims, i64 %163
  %lim = load i32, ptr %260, align 4
  %261 = insertelement <16 x i32> poison, i32 %lim, i32 0
  %splat32 = shufflevector <16 x i32> %261, <16 x i32> poison, <16 x i32> zeroinitializer
  %262 = trunc i64 %165 to i32
  %263 = add i32 %kblock13, %262
  %264 = insertelement <16 x i32> poison, i32 %263, i32 0
  %splat33 = shufflevector <16 x i32> %264, <16 x i32> poison, <16 x i32> zeroinitializer
  %265 = add <16 x i32> %splat33, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %266 = icmp slt <16 x i32> %265, %splat32
  %267 = select <16 x i1> %266, <16 x float> %259, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %268 = getelementptr float, ptr %pbuf, i64 %167
  store <16 x float> %267, ptr %268, align 64
  %269 = getelementptr <16 x float>, ptr %smax, i64 %163
  %270 = icmp eq i64 %164, 0
  %271 = load <16 x float>, ptr %269, align 64
  %272 = select i1 %270, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <16 x float> %271
  %273 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %272, <16 x float> %267)
  store <16 x float> %273, ptr %269, align 64
  %274 = add nsw i64 %score31, 1
  br label %score

rmax:                                             ; preds = %score, %body34
  %rmax37 = phi i64 [ %311, %body34 ], [ 0, %score ]
  %275 = icmp slt i64 %rmax37, 1
  br i1 %275, label %body34, label %pexp

body34:                                           ; preds = %rmax
  %276 = getelementptr float, ptr %ms, i64 %rmax37
  %m = load float, ptr %276, align 4
  %277 = getelementptr <16 x float>, ptr %smax, i64 %rmax37
  %278 = load <16 x float>, ptr %277, align 64
  %279 = shufflevector <16 x float> %278, <16 x float> undef, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %280 = shufflevector <16 x float> %278, <16 x float> undef, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %281 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %279, <8 x float> %280)
  %282 = shufflevector <8 x float> %281, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %283 = shufflevector <8 x float> %281, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %284 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %282, <4 x float> %283)
  %285 = shufflevector <4 x float> %284, <4 x float> undef, <2 x i32> <i32 0, i32 1>
  %286 = shufflevector <4 x float> %284, <4 x float> undef, <2 x i32> <i32 2, i32 3>
  %287 = call <2 x float> @llvm.maxnum.v2f32(<2 x float> %285, <2 x float> %286)
  %288 = shufflevector <2 x float> %287, <2 x float> undef, <1 x i32> zeroinitializer
  %289 = shufflevector <2 x float> %287, <2 x float> undef, <1 x i32> <i32 1>
  %290 = call <1 x float> @llvm.maxnum.v1f32(<1 x float> %288, <1 x float> %289)
  %291 = extractelement <1 x float> %290, i32 0
  %292 = call float @llvm.maxnum.f32(float %m, float %291)
  %293 = fcmp oeq float %292, 0xFFF0000000000000
  %muse38 = select i1 %293, float 0.000000e+00, float %292
  %294 = fsub float %m, %muse38
  %295 = insertelement <16 x float> poison, float %294, i32 0
  %splat39 = shufflevector <16 x float> %295, <16 x float> poison, <16 x i32> zeroinitializer
  %296 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat39, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %297 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %296, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %298 = fadd <16 x float> %297, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %298, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %297, %n
  %299 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %300 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %299, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %301 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %300, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %302 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %301, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %303 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %302, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %304 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %303, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %305 = fptosi <16 x float> %n to <16 x i32>
  %306 = add <16 x i32> %305, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %307 = shl <16 x i32> %306, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %308 = bitcast <16 x i32> %307 to <16 x float>
  %exp2 = fmul <16 x float> %304, %308
  %alpha40 = extractelement <16 x float> %exp2, i32 0
  store float %292, ptr %276, align 4
  %309 = getelementptr float, ptr %muse, i64 %rmax37
  store float %muse38, ptr %309, align 4
  %310 = getelementptr float, ptr %alpha, i64 %rmax37
  store float %alpha40, ptr %310, align 4
  %311 = add nsw i64 %rmax37, 1
  br label %rmax

pexp:                                             ; preds = %rmax, %body41
  %pexp44 = phi i64 [ %342, %body41 ], [ 0, %rmax ]
  %312 = icmp slt i64 %pexp44, 4
  br i1 %312, label %body41, label %lsum49

body41:                                           ; preds = %pexp
  %313 = sdiv i64 %pexp44, 4
  %314 = srem i64 %pexp44, 4
  %315 = mul i64 %314, 16
  %316 = mul i64 %313, 64
  %317 = add i64 %316, %315
  %318 = getelementptr float, ptr %pbuf, i64 %317
  %319 = getelementptr float, ptr %muse, i64 %313
  %320 = load float, ptr %319, align 4
  %321 = insertelement <16 x float> poison, float %320, i32 0
  %splat45 = shufflevector <16 x float> %321, <16 x float> poison, <16 x i32> zeroinitializer
  %322 = load <16 x float>, ptr %318, align 64
  %323 = fsub <16 x float> %322, %splat45
  %324 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %323, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %325 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %324, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %326 = fadd <16 x float> %325, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n46 = fsub <16 x float> %326, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f47 = fsub <16 x float> %325, %n46
  %327 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f47, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %328 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %327, <16 x float> %f47, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %329 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %328, <16 x float> %f47, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %330 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %329, <16 x float> %f47, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %331 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %330, <16 x float> %f47, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %332 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %331, <16 x float> %f47, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %333 = fptosi <16 x float> %n46 to <16 x i32>
  %334 = add <16 x i32> %333, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %335 = shl <16 x i32> %334, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %336 = bitcast <16 x i32> %335 to <16 x float>
  %exp248 = fmul <16 x float> %332, %336
  store <16 x float> %exp248, ptr %318, align 64
  %337 = getelementptr <16 x float>, ptr %lsum, i64 %313
  %338 = icmp eq i64 %314, 0
  %339 = load <16 x float>, ptr %337, align 64
  %340 = select i1 %338, <16 x float> zeroinitializer, <16 x float> %339
  %341 = fadd <16 x float> %340, %exp248
  store <16 x float> %341, ptr %337, align 64
  %342 = add nsw i64 %pexp44, 1
  br label %pexp

lsum49:                                           ; preds = %pexp, %body50
  %lsum53 = phi i64 [ %351, %body50 ], [ 0, %pexp ]
  %343 = icmp slt i64 %lsum53, 1
  br i1 %343, label %body50, label %exit52

body50:                                           ; preds = %lsum49
  %344 = getelementptr float, ptr %ls, i64 %lsum53
  %345 = getelementptr float, ptr %alpha, i64 %lsum53
  %346 = load float, ptr %345, align 4
  %347 = getelementptr <16 x float>, ptr %lsum, i64 %lsum53
  %348 = load <16 x float>, ptr %347, align 64
  %349 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %348)
  %l = load float, ptr %344, align 4
  %350 = call float @llvm.fmuladd.f32(float %l, float %346, float %349)
  store float %350, ptr %344, align 4
  %351 = add nsw i64 %lsum53, 1
  br label %lsum49

exit52:                                           ; preds = %lsum49
  %352 = sub i32 %46, %kblock13
  %353 = call i32 @llvm.smin.i32(i32 64, i32 %352)
  %354 = load float, ptr %alpha, align 4
  %355 = insertelement <16 x float> poison, float %354, i32 0
  %splat54 = shufflevector <16 x float> %355, <16 x float> poison, <16 x i32> zeroinitializer
  %356 = load <16 x float>, ptr %accs, align 64
  %357 = fmul <16 x float> %356, %splat54
  %358 = getelementptr float, ptr %accs, i64 16
  %359 = load <16 x float>, ptr %358, align 64
  %360 = fmul <16 x float> %359, %splat54
  %361 = getelementptr float, ptr %accs, i64 32
  %362 = load <16 x float>, ptr %361, align 64
  %363 = fmul <16 x float> %362, %splat54
  %364 = getelementptr float, ptr %accs, i64 48
  %365 = load <16 x float>, ptr %364, align 64
  %366 = fmul <16 x float> %365, %splat54
  %367 = getelementptr float, ptr %accs, i64 64
  %368 = load <16 x float>, ptr %367, align 64
  %369 = fmul <16 x float> %368, %splat54
  br label %kpv

kpv:                                              ; preds = %body55, %exit52
  %pacc.sroa.16.0 = phi <16 x float> [ %369, %exit52 ], [ %412, %body55 ]
  %pacc.sroa.12.0 = phi <16 x float> [ %366, %exit52 ], [ %409, %body55 ]
  %pacc.sroa.8.0 = phi <16 x float> [ %363, %exit52 ], [ %406, %body55 ]
  %pacc.sroa.4.0 = phi <16 x float> [ %360, %exit52 ], [ %403, %body55 ]
  %pacc.sroa.0.0 = phi <16 x float> [ %357, %exit52 ], [ %400, %body55 ]
  %kpv58 = phi i32 [ 0, %exit52 ], [ %413, %body55 ]
  %370 = icmp slt i32 %kpv58, %353
  br i1 %370, label %body55, label %exit57

body55:                                           ; preds = %kpv
  %371 = add i32 %kblock13, %kpv58
  %372 = sext i32 %371 to i64
  %373 = mul i64 %372, 32
  %row59 = add i64 %20, %373
  %374 = mul i64 %row59, 320
  %375 = getelementptr i8, ptr %22, i64 %374
  %376 = add i32 %371, 12
  %377 = call i32 @llvm.smin.i32(i32 %376, i32 %k_last)
  %378 = sext i32 %377 to i64
  %379 = mul i64 %378, 32
  %row60 = add i64 %20, %379
  %380 = mul i64 %row60, 320
  %381 = getelementptr i8, ptr %22, i64 %380
  call void @llvm.prefetch.p0(ptr %381, i32 0, i32 3, i32 1)
  %382 = getelementptr i8, ptr %381, i64 64
  call void @llvm.prefetch.p0(ptr %382, i32 0, i32 3, i32 1)
  %383 = getelementptr i8, ptr %381, i64 128
  call void @llvm.prefetch.p0(ptr %383, i32 0, i32 3, i32 1)
  %384 = getelementptr i8, ptr %381, i64 192
  call void @llvm.prefetch.p0(ptr %384, i32 0, i32 3, i32 1)
  %385 = getelementptr i8, ptr %381, i64 256
  call void @llvm.prefetch.p0(ptr %385, i32 0, i32 3, i32 1)
  %386 = add i32 %68, %kpv58
  %387 = call i32 @llvm.smin.i32(i32 %386, i32 %k_last)
  %388 = sext i32 %387 to i64
  %389 = mul i64 %388, 32
  %row61 = add i64 %20, %389
  %390 = mul i64 %row61, 320
  %391 = getelementptr i8, ptr %22, i64 %390
  call void @llvm.prefetch.p0(ptr %391, i32 0, i32 2, i32 1)
  %392 = getelementptr i8, ptr %391, i64 64
  call void @llvm.prefetch.p0(ptr %392, i32 0, i32 2, i32 1)
  %393 = getelementptr i8, ptr %391, i64 128
  call void @llvm.prefetch.p0(ptr %393, i32 0, i32 2, i32 1)
  %394 = getelementptr i8, ptr %391, i64 192
  call void @llvm.prefetch.p0(ptr %394, i32 0, i32 2, i32 1)
  %395 = getelementptr i8, ptr %391, i64 256
  call void @llvm.prefetch.p0(ptr %395, i32 0, i32 2, i32 1)
  %396 = sext i32 %kpv58 to i64
  %397 = getelementptr float, ptr %pbuf, i64 %396
  %p = load float, ptr %397, align 4
  %398 = insertelement <16 x float> poison, float %p, i32 0
  %splat62 = shufflevector <16 x float> %398, <16 x float> poison, <16 x i32> zeroinitializer
  %399 = load <16 x float>, ptr %375, align 4
  %400 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat62, <16 x float> %399, <16 x float> %pacc.sroa.0.0)
  %401 = getelementptr i8, ptr %375, i64 64
  %402 = load <16 x float>, ptr %401, align 4
  %403 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat62, <16 x float> %402, <16 x float> %pacc.sroa.4.0)
  %404 = getelementptr i8, ptr %375, i64 128
  %405 = load <16 x float>, ptr %404, align 4
  %406 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat62, <16 x float> %405, <16 x float> %pacc.sroa.8.0)
  %407 = getelementptr i8, ptr %375, i64 192
  %408 = load <16 x float>, ptr %407, align 4
  %409 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat62, <16 x float> %408, <16 x float> %pacc.sroa.12.0)
  %410 = getelementptr i8, ptr %375, i64 256
  %411 = load <16 x float>, ptr %410, align 4
  %412 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat62, <16 x float> %411, <16 x float> %pacc.sroa.16.0)
  %413 = add nsw i32 %kpv58, 1
  br label %kpv

exit57:                                           ; preds = %kpv
  store <16 x float> %pacc.sroa.0.0, ptr %accs, align 64
  store <16 x float> %pacc.sroa.4.0, ptr %358, align 64
  store <16 x float> %pacc.sroa.8.0, ptr %361, align 64
  store <16 x float> %pacc.sroa.12.0, ptr %364, align 64
  store <16 x float> %pacc.sroa.16.0, ptr %367, align 64
  br label %kblock

orow63:                                           ; preds = %kblock, %written
  %orow67 = phi i32 [ %435, %written ], [ 0, %kblock ]
  %414 = icmp slt i32 %orow67, %nrows
  br i1 %414, label %body64, label %done

body64:                                           ; preds = %orow63
  %415 = sext i32 %orow67 to i64
  %416 = getelementptr float, ptr %ms, i64 %415
  %m68 = load float, ptr %416, align 4
  %417 = getelementptr float, ptr %ls, i64 %415
  %l69 = load float, ptr %417, align 4
  %418 = mul i64 %415, 80
  %419 = getelementptr float, ptr %accs, i64 %418
  %420 = icmp ne ptr %part, null
  br i1 %420, label %partial, label %final

partial:                                          ; preds = %body64
  %421 = sext i32 %nrows to i64
  %422 = getelementptr float, ptr %part, i64 %418
  br label %chunk70

final:                                            ; preds = %body64
  %423 = sdiv i32 %orow67, %nh
  %qi75 = add i32 %q_begin, %423
  %424 = srem i32 %orow67, %nh
  %h76 = add i32 %h_begin, %424
  %hq77 = add i32 %kv_head, %h76
  %425 = sext i32 %qi75 to i64
  %426 = add i64 %q_row0, %425
  %427 = mul i64 %426, 32
  %428 = sext i32 %hq77 to i64
  %orow78 = add i64 %427, %428
  %429 = fcmp oeq float %l69, 0.000000e+00
  %430 = fdiv float 1.000000e+00, %l69
  %431 = select i1 %429, float 0.000000e+00, float %430
  %432 = mul i64 %orow78, 320
  %433 = getelementptr i8, ptr %out, i64 %432
  %434 = insertelement <16 x float> poison, float %431, i32 0
  %splat79 = shufflevector <16 x float> %434, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk80

written:                                          ; preds = %exit83, %exit73
  %435 = add nsw i32 %orow67, 1
  br label %orow63

chunk70:                                          ; preds = %body71, %partial
  %chunk74 = phi i64 [ 0, %partial ], [ %441, %body71 ]
  %436 = icmp slt i64 %chunk74, 5
  br i1 %436, label %body71, label %exit73

body71:                                           ; preds = %chunk70
  %437 = getelementptr <16 x float>, ptr %419, i64 %chunk74
  %438 = load <16 x float>, ptr %437, align 64
  %439 = mul i64 %chunk74, 64
  %440 = getelementptr i8, ptr %422, i64 %439
  store <16 x float> %438, ptr %440, align 4
  %441 = add nsw i64 %chunk74, 1
  br label %chunk70

exit73:                                           ; preds = %chunk70
  %442 = mul i64 %421, 80
  %443 = add i64 %442, %415
  %444 = getelementptr float, ptr %part, i64 %443
  store float %m68, ptr %444, align 4
  %445 = add i64 %443, %421
  %446 = getelementptr float, ptr %part, i64 %445
  store float %l69, ptr %446, align 4
  br label %written

chunk80:                                          ; preds = %body81, %final
  %chunk84 = phi i64 [ 0, %final ], [ %453, %body81 ]
  %447 = icmp slt i64 %chunk84, 5
  br i1 %447, label %body81, label %exit83

body81:                                           ; preds = %chunk80
  %448 = getelementptr <16 x float>, ptr %419, i64 %chunk84
  %449 = load <16 x float>, ptr %448, align 64
  %450 = fmul <16 x float> %449, %splat79
  %451 = mul i64 %chunk84, 64
  %452 = getelementptr i8, ptr %433, i64 %451
  store <16 x float> %450, ptr %452, align 4
  %453 = add nsw i64 %chunk84, 1
  br label %chunk80

exit83:                                           ; preds = %chunk80
  %454 = call float @llvm.log.f32(float %l69)
  %455 = call float @llvm.fmuladd.f32(float %m68, float 0x3FE62E4300000000, float %454)
  %lse85 = select i1 %429, float 0xFFF0000000000000, float %455
  %456 = getelementptr float, ptr %lse, i64 %orow78
  store float %lse85, ptr %456, align 4
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
  %12 = getelementptr i8, ptr %1, i64 48
  %part = load ptr, ptr %12, align 8
  %13 = getelementptr i8, ptr %0, i64 32
  %q = load ptr, ptr %13, align 8
  %14 = getelementptr i8, ptr %0, i64 40
  %out = load ptr, ptr %14, align 8
  %15 = getelementptr i8, ptr %0, i64 48
  %lse = load ptr, ptr %15, align 8
  %16 = getelementptr i8, ptr %0, i64 56
  %k_cache = load ptr, ptr %16, align 8
  %17 = sext i32 %seq to i64
  %18 = mul i64 %17, 20971520
  %19 = getelementptr i8, ptr %k_cache, i64 %18
  %20 = sext i32 %kv_head to i64
  %21 = getelementptr i8, ptr %0, i64 64
  %v_cache = load ptr, ptr %21, align 8
  %22 = getelementptr i8, ptr %v_cache, i64 %18
  %23 = icmp sgt i32 %nrows, 0
  br i1 %23, label %qrow, label %common.ret

qrow:                                             ; preds = %rows, %exit8
  %qrow1 = phi i32 [ %64, %exit8 ], [ 0, %rows ]
  %24 = icmp slt i32 %qrow1, 128
  br i1 %24, label %body, label %otzero

body:                                             ; preds = %qrow
  %25 = icmp slt i32 %qrow1, %nrows
  %26 = sub i32 %nrows, 1
  %27 = call i32 @llvm.smin.i32(i32 %qrow1, i32 %26)
  %28 = sdiv i32 %27, %nh
  %qi = add i32 %q_begin, %28
  %29 = srem i32 %27, %nh
  %h = add i32 %h_begin, %29
  %hq = add i32 %kv_head, %h
  %30 = sext i32 %qi to i64
  %31 = add i64 %q_row0, %30
  %32 = mul i64 %31, 32
  %33 = sext i32 %hq to i64
  %orow = add i64 %32, %33
  %34 = mul i64 %orow, 320
  %35 = getelementptr i8, ptr %q, i64 %34
  %36 = select i1 %25, float 0x3FC4A56B80000000, float 0.000000e+00
  %37 = insertelement <16 x float> poison, float %36, i32 0
  %splat = shufflevector <16 x float> %37, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %44, %body2 ]
  %38 = icmp slt i64 %chunk5, 5
  br i1 %38, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %39 = mul i64 %chunk5, 64
  %40 = getelementptr i8, ptr %35, i64 %39
  %41 = load <16 x float>, ptr %40, align 4
  %42 = fmul <16 x float> %41, %splat
  %43 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk5
  store <16 x float> %42, ptr %43, align 64
  %44 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %45 = sext i32 %qrow1 to i64
  %46 = getelementptr i32, ptr %lims, i64 %45
  %47 = add i32 %q_pos0, %qi
  %48 = add i32 %47, 1
  %49 = call i32 @llvm.smin.i32(i32 %48, i32 %k_end)
  store i32 %49, ptr %46, align 4
  %50 = sdiv i32 %qrow1, 32
  %51 = sext i32 %50 to i64
  %52 = mul i64 %51, 2560
  %53 = getelementptr i32, ptr %qt, i64 %52
  %54 = srem i32 %qrow1, 32
  br label %qcol

qcol:                                             ; preds = %body6, %exit4
  %qcol9 = phi i32 [ 0, %exit4 ], [ %63, %body6 ]
  %55 = icmp slt i32 %qcol9, 80
  br i1 %55, label %body6, label %exit8

body6:                                            ; preds = %qcol
  %56 = sext i32 %qcol9 to i64
  %57 = getelementptr i32, ptr %rowbuf, i64 %56
  %58 = load float, ptr %57, align 4
  %59 = sext i32 %54 to i64
  %60 = mul i64 %56, 32
  %61 = add i64 %60, %59
  %62 = getelementptr i32, ptr %53, i64 %61
  store float %58, ptr %62, align 4
  %63 = add nsw i32 %qcol9, 1
  br label %qcol

exit8:                                            ; preds = %qcol
  %64 = add nsw i32 %qrow1, 1
  br label %qrow

otzero:                                           ; preds = %qrow, %body10
  %otzero13 = phi i32 [ %69, %body10 ], [ 0, %qrow ]
  %65 = icmp slt i32 %otzero13, 640
  br i1 %65, label %body10, label %exit12

body10:                                           ; preds = %otzero
  %66 = sext i32 %otzero13 to i64
  %67 = mul i64 %66, 16
  %68 = getelementptr i32, ptr %ot, i64 %67
  store <16 x float> zeroinitializer, ptr %68, align 64
  %69 = add nsw i32 %otzero13, 1
  br label %otzero

exit12:                                           ; preds = %otzero
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %mv, align 64
  store <16 x float> zeroinitializer, ptr %lv, align 64
  %70 = getelementptr <16 x float>, ptr %mv, i64 1
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %70, align 64
  %71 = getelementptr <16 x float>, ptr %lv, i64 1
  store <16 x float> zeroinitializer, ptr %71, align 64
  %72 = getelementptr <16 x float>, ptr %mv, i64 2
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %72, align 64
  %73 = getelementptr <16 x float>, ptr %lv, i64 2
  store <16 x float> zeroinitializer, ptr %73, align 64
  %74 = getelementptr <16 x float>, ptr %mv, i64 3
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %74, align 64
  %75 = getelementptr <16 x float>, ptr %lv, i64 3
  store <16 x float> zeroinitializer, ptr %75, align 64
  %76 = getelementptr <16 x float>, ptr %mv, i64 4
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %76, align 64
  %77 = getelementptr <16 x float>, ptr %lv, i64 4
  store <16 x float> zeroinitializer, ptr %77, align 64
  %78 = getelementptr <16 x float>, ptr %mv, i64 5
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %78, align 64
  %79 = getelementptr <16 x float>, ptr %lv, i64 5
  store <16 x float> zeroinitializer, ptr %79, align 64
  %80 = getelementptr <16 x float>, ptr %mv, i64 6
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %80, align 64
  %81 = getelementptr <16 x float>, ptr %lv, i64 6
  store <16 x float> zeroinitializer, ptr %81, align 64
  %82 = getelementptr <16 x float>, ptr %mv, i64 7
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %82, align 64
  %83 = getelementptr <16 x float>, ptr %lv, i64 7
  store <16 x float> zeroinitializer, ptr %83, align 64
  %84 = sub i32 %nrows, 1
  %85 = sdiv i32 %84, %nh
  %86 = add i32 %q_begin, %85
  %87 = add i32 %q_pos0, %86
  %88 = add i32 %87, 1
  %89 = call i32 @llvm.smin.i32(i32 %88, i32 %k_end)
  %k_last = sub i32 %89, 1
  br label %ktile

ktile:                                            ; preds = %exit29, %exit12
  %ktile17 = phi i32 [ %k_begin, %exit12 ], [ %187, %exit29 ]
  %90 = icmp slt i32 %ktile17, %89
  br i1 %90, label %body14, label %exit16

body14:                                           ; preds = %ktile
  %91 = sub i32 %89, %ktile17
  %92 = call i32 @llvm.smin.i32(i32 84, i32 %91)
  %93 = add i32 %92, 11
  %94 = sdiv i32 %93, 12
  %95 = mul i32 %94, 12
  br label %kpack

exit16:                                           ; preds = %ktile
  %96 = load <16 x float>, ptr %mv, align 64
  store <16 x float> %96, ptr %ms, align 64
  %97 = load <16 x float>, ptr %lv, align 64
  store <16 x float> %97, ptr %ls, align 64
  %98 = getelementptr float, ptr %ms, i64 16
  %99 = load <16 x float>, ptr %70, align 64
  store <16 x float> %99, ptr %98, align 64
  %100 = getelementptr float, ptr %ls, i64 16
  %101 = load <16 x float>, ptr %71, align 64
  store <16 x float> %101, ptr %100, align 64
  %102 = getelementptr float, ptr %ms, i64 32
  %103 = load <16 x float>, ptr %72, align 64
  store <16 x float> %103, ptr %102, align 64
  %104 = getelementptr float, ptr %ls, i64 32
  %105 = load <16 x float>, ptr %73, align 64
  store <16 x float> %105, ptr %104, align 64
  %106 = getelementptr float, ptr %ms, i64 48
  %107 = load <16 x float>, ptr %74, align 64
  store <16 x float> %107, ptr %106, align 64
  %108 = getelementptr float, ptr %ls, i64 48
  %109 = load <16 x float>, ptr %75, align 64
  store <16 x float> %109, ptr %108, align 64
  %110 = getelementptr float, ptr %ms, i64 64
  %111 = load <16 x float>, ptr %76, align 64
  store <16 x float> %111, ptr %110, align 64
  %112 = getelementptr float, ptr %ls, i64 64
  %113 = load <16 x float>, ptr %77, align 64
  store <16 x float> %113, ptr %112, align 64
  %114 = getelementptr float, ptr %ms, i64 80
  %115 = load <16 x float>, ptr %78, align 64
  store <16 x float> %115, ptr %114, align 64
  %116 = getelementptr float, ptr %ls, i64 80
  %117 = load <16 x float>, ptr %79, align 64
  store <16 x float> %117, ptr %116, align 64
  %118 = getelementptr float, ptr %ms, i64 96
  %119 = load <16 x float>, ptr %80, align 64
  store <16 x float> %119, ptr %118, align 64
  %120 = getelementptr float, ptr %ls, i64 96
  %121 = load <16 x float>, ptr %81, align 64
  store <16 x float> %121, ptr %120, align 64
  %122 = getelementptr float, ptr %ms, i64 112
  %123 = load <16 x float>, ptr %82, align 64
  store <16 x float> %123, ptr %122, align 64
  %124 = getelementptr float, ptr %ls, i64 112
  %125 = load <16 x float>, ptr %83, align 64
  store <16 x float> %125, ptr %124, align 64
  br label %orow115

kpack:                                            ; preds = %body18, %body14
  %kpack21 = phi i32 [ 0, %body14 ], [ %149, %body18 ]
  %126 = icmp slt i32 %kpack21, %95
  br i1 %126, label %body18, label %vpack

body18:                                           ; preds = %kpack
  %127 = add i32 %ktile17, %kpack21
  %128 = call i32 @llvm.smin.i32(i32 %127, i32 %k_last)
  %129 = sext i32 %128 to i64
  %130 = mul i64 %129, 32
  %row = add i64 %20, %130
  %131 = mul i64 %row, 320
  %132 = getelementptr i8, ptr %19, i64 %131
  %133 = sext i32 %kpack21 to i64
  %134 = mul i64 %133, 80
  %135 = getelementptr i32, ptr %kbuf, i64 %134
  %136 = load <16 x float>, ptr %132, align 4
  store <16 x float> %136, ptr %135, align 64
  %137 = getelementptr i8, ptr %132, i64 64
  %138 = load <16 x float>, ptr %137, align 4
  %139 = getelementptr i8, ptr %135, i64 64
  store <16 x float> %138, ptr %139, align 64
  %140 = getelementptr i8, ptr %132, i64 128
  %141 = load <16 x float>, ptr %140, align 4
  %142 = getelementptr i8, ptr %135, i64 128
  store <16 x float> %141, ptr %142, align 64
  %143 = getelementptr i8, ptr %132, i64 192
  %144 = load <16 x float>, ptr %143, align 4
  %145 = getelementptr i8, ptr %135, i64 192
  store <16 x float> %144, ptr %145, align 64
  %146 = getelementptr i8, ptr %132, i64 256
  %147 = load <16 x float>, ptr %146, align 4
  %148 = getelementptr i8, ptr %135, i64 256
  store <16 x float> %147, ptr %148, align 64
  %149 = add nsw i32 %kpack21, 1
  br label %kpack

vpack:                                            ; preds = %kpack, %body22
  %vpack25 = phi i32 [ %172, %body22 ], [ 0, %kpack ]
  %150 = icmp slt i32 %vpack25, %92
  br i1 %150, label %body22, label %exit24

body22:                                           ; preds = %vpack
  %151 = add i32 %ktile17, %vpack25
  %152 = sext i32 %151 to i64
  %153 = mul i64 %152, 32
  %row26 = add i64 %20, %153
  %154 = mul i64 %row26, 320
  %155 = getelementptr i8, ptr %22, i64 %154
  %156 = sext i32 %vpack25 to i64
  %157 = mul i64 %156, 80
  %158 = getelementptr i32, ptr %vbuf, i64 %157
  %159 = load <16 x float>, ptr %155, align 4
  store <16 x float> %159, ptr %158, align 64
  %160 = getelementptr i8, ptr %155, i64 64
  %161 = load <16 x float>, ptr %160, align 4
  %162 = getelementptr i8, ptr %158, i64 64
  store <16 x float> %161, ptr %162, align 64
  %163 = getelementptr i8, ptr %155, i64 128
  %164 = load <16 x float>, ptr %163, align 4
  %165 = getelementptr i8, ptr %158, i64 128
  store <16 x float> %164, ptr %165, align 64
  %166 = getelementptr i8, ptr %155, i64 192
  %167 = load <16 x float>, ptr %166, align 4
  %168 = getelementptr i8, ptr %158, i64 192
  store <16 x float> %167, ptr %168, align 64
  %169 = getelementptr i8, ptr %155, i64 256
  %170 = load <16 x float>, ptr %169, align 4
  %171 = getelementptr i8, ptr %158, i64 256
  store <16 x float> %170, ptr %171, align 64
  %172 = add nsw i32 %vpack25, 1
  br label %vpack

exit24:                                           ; preds = %vpack
  %173 = add i32 %nrows, 31
  %nblk = sdiv i32 %173, 32
  br label %rblock

rblock:                                           ; preds = %join, %exit24
  %rblock30 = phi i32 [ 0, %exit24 ], [ %198, %join ]
  %174 = icmp slt i32 %rblock30, %nblk
  br i1 %174, label %body27, label %exit29

body27:                                           ; preds = %rblock
  %175 = sext i32 %rblock30 to i64
  %176 = mul i32 %rblock30, 32
  %177 = add i32 %176, 31
  %178 = call i32 @llvm.smin.i32(i32 %177, i32 %84)
  %179 = sdiv i32 %178, %nh
  %180 = add i32 %q_begin, %179
  %181 = add i32 %q_pos0, %180
  %182 = add i32 %181, 1
  %183 = call i32 @llvm.smin.i32(i32 %182, i32 %k_end)
  %184 = sub i32 %183, %ktile17
  %185 = call i32 @llvm.smin.i32(i32 %92, i32 %184)
  %186 = icmp sgt i32 %185, 0
  br i1 %186, label %rvisit, label %join

exit29:                                           ; preds = %rblock
  %187 = add nsw i32 %ktile17, 84
  br label %ktile

rvisit:                                           ; preds = %body27
  %188 = mul i64 %175, 2560
  %189 = getelementptr i32, ptr %qt, i64 %188
  %190 = getelementptr i32, ptr %ot, i64 %188
  %191 = mul i64 %175, 2
  %192 = getelementptr <16 x float>, ptr %mv, i64 %191
  %193 = getelementptr <16 x float>, ptr %lv, i64 %191
  %194 = mul i64 %175, 32
  %195 = getelementptr i32, ptr %lims, i64 %194
  %limv = load <16 x i32>, ptr %195, align 64
  %196 = add i64 %194, 16
  %197 = getelementptr i32, ptr %lims, i64 %196
  %limv31 = load <16 x i32>, ptr %197, align 64
  br label %sblock

join:                                             ; preds = %pvblock, %body27
  %198 = add nsw i32 %rblock30, 1
  br label %rblock

sblock:                                           ; preds = %exit38, %rvisit
  %sblock35 = phi i32 [ 0, %rvisit ], [ %282, %exit38 ]
  %199 = icmp slt i32 %sblock35, %185
  br i1 %199, label %body32, label %smask

body32:                                           ; preds = %sblock
  %200 = sext i32 %sblock35 to i64
  %201 = mul i64 %200, 80
  %202 = getelementptr i32, ptr %kbuf, i64 %201
  br label %sdim

sdim:                                             ; preds = %body36, %body32
  %sacc.sroa.92.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %255, %body36 ]
  %sacc.sroa.88.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %254, %body36 ]
  %sacc.sroa.84.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %251, %body36 ]
  %sacc.sroa.80.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %250, %body36 ]
  %sacc.sroa.76.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %247, %body36 ]
  %sacc.sroa.72.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %246, %body36 ]
  %sacc.sroa.68.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %243, %body36 ]
  %sacc.sroa.64.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %242, %body36 ]
  %sacc.sroa.60.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %239, %body36 ]
  %sacc.sroa.56.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %238, %body36 ]
  %sacc.sroa.52.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %235, %body36 ]
  %sacc.sroa.48.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %234, %body36 ]
  %sacc.sroa.44.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %231, %body36 ]
  %sacc.sroa.40.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %230, %body36 ]
  %sacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %227, %body36 ]
  %sacc.sroa.32.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %226, %body36 ]
  %sacc.sroa.28.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %223, %body36 ]
  %sacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %222, %body36 ]
  %sacc.sroa.20.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %219, %body36 ]
  %sacc.sroa.16.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %218, %body36 ]
  %sacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %215, %body36 ]
  %sacc.sroa.8.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %214, %body36 ]
  %sacc.sroa.4.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %211, %body36 ]
  %sacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %210, %body36 ]
  %sdim39 = phi i32 [ 0, %body32 ], [ %256, %body36 ]
  %203 = icmp slt i32 %sdim39, 80
  br i1 %203, label %body36, label %exit38

body36:                                           ; preds = %sdim
  %204 = sext i32 %sdim39 to i64
  %205 = mul i64 %204, 32
  %206 = getelementptr i32, ptr %189, i64 %205
  %qt40 = load <16 x float>, ptr %206, align 64
  %207 = getelementptr i32, ptr %206, i64 16
  %qt41 = load <16 x float>, ptr %207, align 64
  %208 = getelementptr i32, ptr %202, i64 %204
  %k = load float, ptr %208, align 4
  %209 = insertelement <16 x float> poison, float %k, i32 0
  %splat42 = shufflevector <16 x float> %209, <16 x float> poison, <16 x i32> zeroinitializer
  %210 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat42, <16 x float> %sacc.sroa.0.0)
  %211 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat42, <16 x float> %sacc.sroa.4.0)
  %212 = getelementptr i32, ptr %208, i64 80
  %k43 = load float, ptr %212, align 4
  %213 = insertelement <16 x float> poison, float %k43, i32 0
  %splat44 = shufflevector <16 x float> %213, <16 x float> poison, <16 x i32> zeroinitializer
  %214 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat44, <16 x float> %sacc.sroa.8.0)
  %215 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat44, <16 x float> %sacc.sroa.12.0)
  %216 = getelementptr i32, ptr %208, i64 160
  %k45 = load float, ptr %216, align 4
  %217 = insertelement <16 x float> poison, float %k45, i32 0
  %splat46 = shufflevector <16 x float> %217, <16 x float> poison, <16 x i32> zeroinitializer
  %218 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat46, <16 x float> %sacc.sroa.16.0)
  %219 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat46, <16 x float> %sacc.sroa.20.0)
  %220 = getelementptr i32, ptr %208, i64 240
  %k47 = load float, ptr %220, align 4
  %221 = insertelement <16 x float> poison, float %k47, i32 0
  %splat48 = shufflevector <16 x float> %221, <16 x float> poison, <16 x i32> zeroinitializer
  %222 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat48, <16 x float> %sacc.sroa.24.0)
  %223 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat48, <16 x float> %sacc.sroa.28.0)
  %224 = getelementptr i32, ptr %208, i64 320
  %k49 = load float, ptr %224, align 4
  %225 = insertelement <16 x float> poison, float %k49, i32 0
  %splat50 = shufflevector <16 x float> %225, <16 x float> poison, <16 x i32> zeroinitializer
  %226 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat50, <16 x float> %sacc.sroa.32.0)
  %227 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat50, <16 x float> %sacc.sroa.36.0)
  %228 = getelementptr i32, ptr %208, i64 400
  %k51 = load float, ptr %228, align 4
  %229 = insertelement <16 x float> poison, float %k51, i32 0
  %splat52 = shufflevector <16 x float> %229, <16 x float> poison, <16 x i32> zeroinitializer
  %230 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat52, <16 x float> %sacc.sroa.40.0)
  %231 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat52, <16 x float> %sacc.sroa.44.0)
  %232 = getelementptr i32, ptr %208, i64 480
  %k53 = load float, ptr %232, align 4
  %233 = insertelement <16 x float> poison, float %k53, i32 0
  %splat54 = shufflevector <16 x float> %233, <16 x float> poison, <16 x i32> zeroinitializer
  %234 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat54, <16 x float> %sacc.sroa.48.0)
  %235 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat54, <16 x float> %sacc.sroa.52.0)
  %236 = getelementptr i32, ptr %208, i64 560
  %k55 = load float, ptr %236, align 4
  %237 = insertelement <16 x float> poison, float %k55, i32 0
  %splat56 = shufflevector <16 x float> %237, <16 x float> poison, <16 x i32> zeroinitializer
  %238 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat56, <16 x float> %sacc.sroa.56.0)
  %239 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat56, <16 x float> %sacc.sroa.60.0)
  %240 = getelementptr i32, ptr %208, i64 640
  %k57 = load float, ptr %240, align 4
  %241 = insertelement <16 x float> poison, float %k57, i32 0
  %splat58 = shufflevector <16 x float> %241, <16 x float> poison, <16 x i32> zeroinitializer
  %242 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat58, <16 x float> %sacc.sroa.64.0)
  %243 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat58, <16 x float> %sacc.sroa.68.0)
  %244 = getelementptr i32, ptr %208, i64 720
  %k59 = load float, ptr %244, align 4
  %245 = insertelement <16 x float> poison, float %k59, i32 0
  %splat60 = shufflevector <16 x float> %245, <16 x float> poison, <16 x i32> zeroinitializer
  %246 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat60, <16 x float> %sacc.sroa.72.0)
  %247 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat60, <16 x float> %sacc.sroa.76.0)
  %248 = getelementptr i32, ptr %208, i64 800
  %k61 = load float, ptr %248, align 4
  %249 = insertelement <16 x float> poison, float %k61, i32 0
  %splat62 = shufflevector <16 x float> %249, <16 x float> poison, <16 x i32> zeroinitializer
  %250 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat62, <16 x float> %sacc.sroa.80.0)
  %251 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat62, <16 x float> %sacc.sroa.84.0)
  %252 = getelementptr i32, ptr %208, i64 880
  %k63 = load float, ptr %252, align 4
  %253 = insertelement <16 x float> poison, float %k63, i32 0
  %splat64 = shufflevector <16 x float> %253, <16 x float> poison, <16 x i32> zeroinitializer
  %254 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat64, <16 x float> %sacc.sroa.88.0)
  %255 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat64, <16 x float> %sacc.sroa.92.0)
  %256 = add nsw i32 %sdim39, 1
  br label %sdim

exit38:                                           ; preds = %sdim
  %257 = mul i64 %200, 32
  %258 = getelementptr i32, ptr %st, i64 %257
  store <16 x float> %sacc.sroa.0.0, ptr %258, align 64
  %259 = getelementptr i32, ptr %258, i64 16
  store <16 x float> %sacc.sroa.4.0, ptr %259, align 64
  %260 = getelementptr i32, ptr %258, i64 32
  store <16 x float> %sacc.sroa.8.0, ptr %260, align 64
  %261 = getelementptr i32, ptr %258, i64 48
  store <16 x float> %sacc.sroa.12.0, ptr %261, align 64
  %262 = getelementptr i32, ptr %258, i64 64
  store <16 x float> %sacc.sroa.16.0, ptr %262, align 64
  %263 = getelementptr i32, ptr %258, i64 80
  store <16 x float> %sacc.sroa.20.0, ptr %263, align 64
  %264 = getelementptr i32, ptr %258, i64 96
  store <16 x float> %sacc.sroa.24.0, ptr %264, align 64
  %265 = getelementptr i32, ptr %258, i64 112
  store <16 x float> %sacc.sroa.28.0, ptr %265, align 64
  %266 = getelementptr i32, ptr %258, i64 128
  store <16 x float> %sacc.sroa.32.0, ptr %266, align 64
  %267 = getelementptr i32, ptr %258, i64 144
  store <16 x float> %sacc.sroa.36.0, ptr %267, align 64
  %268 = getelementptr i32, ptr %258, i64 160
  store <16 x float> %sacc.sroa.40.0, ptr %268, align 64
  %269 = getelementptr i32, ptr %258, i64 176
  store <16 x float> %sacc.sroa.44.0, ptr %269, align 64
  %270 = getelementptr i32, ptr %258, i64 192
  store <16 x float> %sacc.sroa.48.0, ptr %270, align 64
  %271 = getelementptr i32, ptr %258, i64 208
  store <16 x float> %sacc.sroa.52.0, ptr %271, align 64
  %272 = getelementptr i32, ptr %258, i64 224
  store <16 x float> %sacc.sroa.56.0, ptr %272, align 64
  %273 = getelementptr i32, ptr %258, i64 240
  store <16 x float> %sacc.sroa.60.0, ptr %273, align 64
  %274 = getelementptr i32, ptr %258, i64 256
  store <16 x float> %sacc.sroa.64.0, ptr %274, align 64
  %275 = getelementptr i32, ptr %258, i64 272
  store <16 x float> %sacc.sroa.68.0, ptr %275, align 64
  %276 = getelementptr i32, ptr %258, i64 288
  store <16 x float> %sacc.sroa.72.0, ptr %276, align 64
  %277 = getelementptr i32, ptr %258, i64 304
  store <16 x float> %sacc.sroa.76.0, ptr %277, align 64
  %278 = getelementptr i32, ptr %258, i64 320
  store <16 x float> %sacc.sroa.80.0, ptr %278, align 64
  %279 = getelementptr i32, ptr %258, i64 336
  store <16 x float> %sacc.sroa.84.0, ptr %279, align 64
  %280 = getelementptr i32, ptr %258, i64 352
  store <16 x float> %sacc.sroa.88.0, ptr %280, align 64
  %281 = getelementptr i32, ptr %258, i64 368
  store <16 x float> %sacc.sroa.92.0, ptr %281, align 64
  %282 = add nsw i32 %sblock35, 12
  br label %sblock

smask:                                            ; preds = %sblock, %body65
  %tmax.sroa.4.0 = phi <16 x float> [ %296, %body65 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %tmax.sroa.0.0 = phi <16 x float> [ %291, %body65 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %smask68 = phi i32 [ %297, %body65 ], [ 0, %sblock ]
  %283 = icmp slt i32 %smask68, %185
  br i1 %283, label %body65, label %exit67

body65:                                           ; preds = %smask
  %284 = add i32 %ktile17, %smask68
  %285 = insertelement <16 x i32> poison, i32 %284, i32 0
  %splat69 = shufflevector <16 x i32> %285, <16 x i32> poison, <16 x i32> zeroinitializer
  %286 = sext i32 %smask68 to i64
  %287 = mul i64 %286, 32
  %288 = getelementptr i32, ptr %st, i64 %287
  %s = load <16 x float>, ptr %288, align 64
  %289 = icmp slt <16 x i32> %splat69, %limv
  %290 = select <16 x i1> %289, <16 x float> %s, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %290, ptr %288, align 64
  %291 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.0.0, <16 x float> %290)
  %292 = add i64 %287, 16
  %293 = getelementptr i32, ptr %st, i64 %292
  %s70 = load <16 x float>, ptr %293, align 64
  %294 = icmp slt <16 x i32> %splat69, %limv31
  %295 = select <16 x i1> %294, <16 x float> %s70, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %295, ptr %293, align 64
  %296 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.4.0, <16 x float> %295)
  %297 = add nsw i32 %smask68, 1
  br label %smask

exit67:                                           ; preds = %smask
  %m = load <16 x float>, ptr %192, align 64
  %298 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m, <16 x float> %tmax.sroa.0.0)
  %299 = fcmp oeq <16 x float> %298, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse71 = select <16 x i1> %299, <16 x float> zeroinitializer, <16 x float> %298
  %300 = fsub <16 x float> %m, %muse71
  %301 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %300, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %302 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %301, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %303 = fadd <16 x float> %302, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %303, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %302, %n
  %304 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %305 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %304, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %306 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %305, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %307 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %306, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %308 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %307, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %309 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %308, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %310 = fptosi <16 x float> %n to <16 x i32>
  %311 = add <16 x i32> %310, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %312 = shl <16 x i32> %311, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %313 = bitcast <16 x i32> %312 to <16 x float>
  %exp2 = fmul <16 x float> %309, %313
  store <16 x float> %298, ptr %192, align 64
  %314 = getelementptr <16 x float>, ptr %192, i64 1
  %m72 = load <16 x float>, ptr %314, align 64
  %315 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m72, <16 x float> %tmax.sroa.4.0)
  %316 = fcmp oeq <16 x float> %315, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse73 = select <16 x i1> %316, <16 x float> zeroinitializer, <16 x float> %315
  %317 = fsub <16 x float> %m72, %muse73
  %318 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %317, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %319 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %318, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %320 = fadd <16 x float> %319, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n74 = fsub <16 x float> %320, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f75 = fsub <16 x float> %319, %n74
  %321 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f75, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %322 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %321, <16 x float> %f75, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %323 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %322, <16 x float> %f75, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %324 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %323, <16 x float> %f75, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %325 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %324, <16 x float> %f75, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %326 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %325, <16 x float> %f75, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %327 = fptosi <16 x float> %n74 to <16 x i32>
  %328 = add <16 x i32> %327, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %329 = shl <16 x i32> %328, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %330 = bitcast <16 x i32> %329 to <16 x float>
  %exp276 = fmul <16 x float> %326, %330
  store <16 x float> %315, ptr %314, align 64
  br label %sexp

sexp:                                             ; preds = %body77, %exit67
  %lsum.sroa.4.0 = phi <16 x float> [ zeroinitializer, %exit67 ], [ %368, %body77 ]
  %lsum.sroa.0.0 = phi <16 x float> [ zeroinitializer, %exit67 ], [ %350, %body77 ]
  %sexp80 = phi i32 [ 0, %exit67 ], [ %369, %body77 ]
  %331 = icmp slt i32 %sexp80, %185
  br i1 %331, label %body77, label %exit79

body77:                                           ; preds = %sexp
  %332 = sext i32 %sexp80 to i64
  %333 = mul i64 %332, 32
  %334 = getelementptr i32, ptr %st, i64 %333
  %335 = load <16 x float>, ptr %334, align 64
  %336 = fsub <16 x float> %335, %muse71
  %337 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %336, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %338 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %337, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %339 = fadd <16 x float> %338, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n81 = fsub <16 x float> %339, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f82 = fsub <16 x float> %338, %n81
  %340 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f82, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %341 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %340, <16 x float> %f82, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %342 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %341, <16 x float> %f82, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %343 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %342, <16 x float> %f82, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %344 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %343, <16 x float> %f82, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %345 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %344, <16 x float> %f82, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %346 = fptosi <16 x float> %n81 to <16 x i32>
  %347 = add <16 x i32> %346, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %348 = shl <16 x i32> %347, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %349 = bitcast <16 x i32> %348 to <16 x float>
  %exp283 = fmul <16 x float> %345, %349
  store <16 x float> %exp283, ptr %334, align 64
  %350 = fadd <16 x float> %lsum.sroa.0.0, %exp283
  %351 = add i64 %333, 16
  %352 = getelementptr i32, ptr %st, i64 %351
  %353 = load <16 x float>, ptr %352, align 64
  %354 = fsub <16 x float> %353, %muse73
  %355 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %354, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %356 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %355, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %357 = fadd <16 x float> %356, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n84 = fsub <16 x float> %357, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f85 = fsub <16 x float> %356, %n84
  %358 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f85, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %359 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %358, <16 x float> %f85, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %360 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %359, <16 x float> %f85, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %361 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %360, <16 x float> %f85, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %362 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %361, <16 x float> %f85, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %363 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %362, <16 x float> %f85, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %364 = fptosi <16 x float> %n84 to <16 x i32>
  %365 = add <16 x i32> %364, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %366 = shl <16 x i32> %365, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %367 = bitcast <16 x i32> %366 to <16 x float>
  %exp286 = fmul <16 x float> %363, %367
  store <16 x float> %exp286, ptr %352, align 64
  %368 = fadd <16 x float> %lsum.sroa.4.0, %exp286
  %369 = add nsw i32 %sexp80, 1
  br label %sexp

exit79:                                           ; preds = %sexp
  %370 = load <16 x float>, ptr %193, align 64
  %371 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %370, <16 x float> %exp2, <16 x float> %lsum.sroa.0.0)
  store <16 x float> %371, ptr %193, align 64
  %372 = getelementptr <16 x float>, ptr %193, i64 1
  %373 = load <16 x float>, ptr %372, align 64
  %374 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %373, <16 x float> %exp276, <16 x float> %lsum.sroa.4.0)
  store <16 x float> %374, ptr %372, align 64
  br label %pvblock

pvblock:                                          ; preds = %exit93, %exit79
  %pvblock90 = phi i32 [ 0, %exit79 ], [ %488, %exit93 ]
  %375 = icmp slt i32 %pvblock90, 8
  br i1 %375, label %body87, label %join

body87:                                           ; preds = %pvblock
  %376 = mul i32 %pvblock90, 10
  %377 = sext i32 %376 to i64
  %378 = mul i64 %377, 32
  %379 = getelementptr i32, ptr %190, i64 %378
  %380 = load <16 x float>, ptr %379, align 64
  %381 = fmul <16 x float> %380, %exp2
  %382 = getelementptr i32, ptr %379, i64 16
  %383 = load <16 x float>, ptr %382, align 64
  %384 = fmul <16 x float> %383, %exp276
  %385 = getelementptr i32, ptr %379, i64 32
  %386 = load <16 x float>, ptr %385, align 64
  %387 = fmul <16 x float> %386, %exp2
  %388 = getelementptr i32, ptr %379, i64 48
  %389 = load <16 x float>, ptr %388, align 64
  %390 = fmul <16 x float> %389, %exp276
  %391 = getelementptr i32, ptr %379, i64 64
  %392 = load <16 x float>, ptr %391, align 64
  %393 = fmul <16 x float> %392, %exp2
  %394 = getelementptr i32, ptr %379, i64 80
  %395 = load <16 x float>, ptr %394, align 64
  %396 = fmul <16 x float> %395, %exp276
  %397 = getelementptr i32, ptr %379, i64 96
  %398 = load <16 x float>, ptr %397, align 64
  %399 = fmul <16 x float> %398, %exp2
  %400 = getelementptr i32, ptr %379, i64 112
  %401 = load <16 x float>, ptr %400, align 64
  %402 = fmul <16 x float> %401, %exp276
  %403 = getelementptr i32, ptr %379, i64 128
  %404 = load <16 x float>, ptr %403, align 64
  %405 = fmul <16 x float> %404, %exp2
  %406 = getelementptr i32, ptr %379, i64 144
  %407 = load <16 x float>, ptr %406, align 64
  %408 = fmul <16 x float> %407, %exp276
  %409 = getelementptr i32, ptr %379, i64 160
  %410 = load <16 x float>, ptr %409, align 64
  %411 = fmul <16 x float> %410, %exp2
  %412 = getelementptr i32, ptr %379, i64 176
  %413 = load <16 x float>, ptr %412, align 64
  %414 = fmul <16 x float> %413, %exp276
  %415 = getelementptr i32, ptr %379, i64 192
  %416 = load <16 x float>, ptr %415, align 64
  %417 = fmul <16 x float> %416, %exp2
  %418 = getelementptr i32, ptr %379, i64 208
  %419 = load <16 x float>, ptr %418, align 64
  %420 = fmul <16 x float> %419, %exp276
  %421 = getelementptr i32, ptr %379, i64 224
  %422 = load <16 x float>, ptr %421, align 64
  %423 = fmul <16 x float> %422, %exp2
  %424 = getelementptr i32, ptr %379, i64 240
  %425 = load <16 x float>, ptr %424, align 64
  %426 = fmul <16 x float> %425, %exp276
  %427 = getelementptr i32, ptr %379, i64 256
  %428 = load <16 x float>, ptr %427, align 64
  %429 = fmul <16 x float> %428, %exp2
  %430 = getelementptr i32, ptr %379, i64 272
  %431 = load <16 x float>, ptr %430, align 64
  %432 = fmul <16 x float> %431, %exp276
  %433 = getelementptr i32, ptr %379, i64 288
  %434 = load <16 x float>, ptr %433, align 64
  %435 = fmul <16 x float> %434, %exp2
  %436 = getelementptr i32, ptr %379, i64 304
  %437 = load <16 x float>, ptr %436, align 64
  %438 = fmul <16 x float> %437, %exp276
  br label %kpv

kpv:                                              ; preds = %body91, %body87
  %o.sroa.60.0 = phi <16 x float> [ %426, %body87 ], [ %478, %body91 ]
  %o.sroa.56.0 = phi <16 x float> [ %423, %body87 ], [ %477, %body91 ]
  %o.sroa.52.0 = phi <16 x float> [ %420, %body87 ], [ %474, %body91 ]
  %o.sroa.48.0 = phi <16 x float> [ %417, %body87 ], [ %473, %body91 ]
  %o.sroa.44.0 = phi <16 x float> [ %414, %body87 ], [ %470, %body91 ]
  %o.sroa.40.0 = phi <16 x float> [ %411, %body87 ], [ %469, %body91 ]
  %o.sroa.36.0 = phi <16 x float> [ %408, %body87 ], [ %466, %body91 ]
  %o.sroa.32.0 = phi <16 x float> [ %405, %body87 ], [ %465, %body91 ]
  %o.sroa.28.0 = phi <16 x float> [ %402, %body87 ], [ %462, %body91 ]
  %o.sroa.24.0 = phi <16 x float> [ %399, %body87 ], [ %461, %body91 ]
  %o.sroa.20.0 = phi <16 x float> [ %396, %body87 ], [ %458, %body91 ]
  %o.sroa.16.0 = phi <16 x float> [ %393, %body87 ], [ %457, %body91 ]
  %o.sroa.12.0 = phi <16 x float> [ %390, %body87 ], [ %454, %body91 ]
  %o.sroa.8.0 = phi <16 x float> [ %387, %body87 ], [ %453, %body91 ]
  %o.sroa.4.0 = phi <16 x float> [ %384, %body87 ], [ %450, %body91 ]
  %o.sroa.0.0 = phi <16 x float> [ %381, %body87 ], [ %449, %body91 ]
  %o.sroa.64.0 = phi <16 x float> [ %429, %body87 ], [ %481, %body91 ]
  %o.sroa.68.0 = phi <16 x float> [ %432, %body87 ], [ %482, %body91 ]
  %o.sroa.72.0 = phi <16 x float> [ %435, %body87 ], [ %485, %body91 ]
  %o.sroa.76.0 = phi <16 x float> [ %438, %body87 ], [ %486, %body91 ]
  %kpv94 = phi i32 [ 0, %body87 ], [ %487, %body91 ]
  %439 = icmp slt i32 %kpv94, %185
  br i1 %439, label %body91, label %exit93

body91:                                           ; preds = %kpv
  %440 = sext i32 %kpv94 to i64
  %441 = mul i64 %440, 32
  %442 = getelementptr i32, ptr %st, i64 %441
  %p = load <16 x float>, ptr %442, align 64
  %443 = add i64 %441, 16
  %444 = getelementptr i32, ptr %st, i64 %443
  %p95 = load <16 x float>, ptr %444, align 64
  %445 = mul i64 %440, 320
  %446 = getelementptr i8, ptr %vbuf, i64 %445
  %447 = getelementptr i32, ptr %446, i64 %377
  %v = load float, ptr %447, align 4
  %448 = insertelement <16 x float> poison, float %v, i32 0
  %splat96 = shufflevector <16 x float> %448, <16 x float> poison, <16 x i32> zeroinitializer
  %449 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat96, <16 x float> %o.sroa.0.0)
  %450 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p95, <16 x float> %splat96, <16 x float> %o.sroa.4.0)
  %451 = getelementptr i32, ptr %447, i64 1
  %v97 = load float, ptr %451, align 4
  %452 = insertelement <16 x float> poison, float %v97, i32 0
  %splat98 = shufflevector <16 x float> %452, <16 x float> poison, <16 x i32> zeroinitializer
  %453 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat98, <16 x float> %o.sroa.8.0)
  %454 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p95, <16 x float> %splat98, <16 x float> %o.sroa.12.0)
  %455 = getelementptr i32, ptr %447, i64 2
  %v99 = load float, ptr %455, align 4
  %456 = insertelement <16 x float> poison, float %v99, i32 0
  %splat100 = shufflevector <16 x float> %456, <16 x float> poison, <16 x i32> zeroinitializer
  %457 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat100, <16 x float> %o.sroa.16.0)
  %458 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p95, <16 x float> %splat100, <16 x float> %o.sroa.20.0)
  %459 = getelementptr i32, ptr %447, i64 3
  %v101 = load float, ptr %459, align 4
  %460 = insertelement <16 x float> poison, float %v101, i32 0
  %splat102 = shufflevector <16 x float> %460, <16 x float> poison, <16 x i32> zeroinitializer
  %461 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat102, <16 x float> %o.sroa.24.0)
  %462 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p95, <16 x float> %splat102, <16 x float> %o.sroa.28.0)
  %463 = getelementptr i32, ptr %447, i64 4
  %v103 = load float, ptr %463, align 4
  %464 = insertelement <16 x float> poison, float %v103, i32 0
  %splat104 = shufflevector <16 x float> %464, <16 x float> poison, <16 x i32> zeroinitializer
  %465 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat104, <16 x float> %o.sroa.32.0)
  %466 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p95, <16 x float> %splat104, <16 x float> %o.sroa.36.0)
  %467 = getelementptr i32, ptr %447, i64 5
  %v105 = load float, ptr %467, align 4
  %468 = insertelement <16 x float> poison, float %v105, i32 0
  %splat106 = shufflevector <16 x float> %468, <16 x float> poison, <16 x i32> zeroinitializer
  %469 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat106, <16 x float> %o.sroa.40.0)
  %470 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p95, <16 x float> %splat106, <16 x float> %o.sroa.44.0)
  %471 = getelementptr i32, ptr %447, i64 6
  %v107 = load float, ptr %471, align 4
  %472 = insertelement <16 x float> poison, float %v107, i32 0
  %splat108 = shufflevector <16 x float> %472, <16 x float> poison, <16 x i32> zeroinitializer
  %473 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat108, <16 x float> %o.sroa.48.0)
  %474 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p95, <16 x float> %splat108, <16 x float> %o.sroa.52.0)
  %475 = getelementptr i32, ptr %447, i64 7
  %v109 = load float, ptr %475, align 4
  %476 = insertelement <16 x float> poison, float %v109, i32 0
  %splat110 = shufflevector <16 x float> %476, <16 x float> poison, <16 x i32> zeroinitializer
  %477 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat110, <16 x float> %o.sroa.56.0)
  %478 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p95, <16 x float> %splat110, <16 x float> %o.sroa.60.0)
  %479 = getelementptr i32, ptr %447, i64 8
  %v111 = load float, ptr %479, align 4
  %480 = insertelement <16 x float> poison, float %v111, i32 0
  %splat112 = shufflevector <16 x float> %480, <16 x float> poison, <16 x i32> zeroinitializer
  %481 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat112, <16 x float> %o.sroa.64.0)
  %482 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p95, <16 x float> %splat112, <16 x float> %o.sroa.68.0)
  %483 = getelementptr i32, ptr %447, i64 9
  %v113 = load float, ptr %483, align 4
  %484 = insertelement <16 x float> poison, float %v113, i32 0
  %splat114 = shufflevector <16 x float> %484, <16 x float> poison, <16 x i32> zeroinitializer
  %485 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat114, <16 x float> %o.sroa.72.0)
  %486 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p95, <16 x float> %splat114, <16 x float> %o.sroa.76.0)
  %487 = add nsw i32 %kpv94, 1
  br label %kpv

exit93:                                           ; preds = %kpv
  store <16 x float> %o.sroa.0.0, ptr %379, align 64
  store <16 x float> %o.sroa.4.0, ptr %382, align 64
  store <16 x float> %o.sroa.8.0, ptr %385, align 64
  store <16 x float> %o.sroa.12.0, ptr %388, align 64
  store <16 x float> %o.sroa.16.0, ptr %391, align 64
  store <16 x float> %o.sroa.20.0, ptr %394, align 64
  store <16 x float> %o.sroa.24.0, ptr %397, align 64
  store <16 x float> %o.sroa.28.0, ptr %400, align 64
  store <16 x float> %o.sroa.32.0, ptr %403, align 64
  store <16 x float> %o.sroa.36.0, ptr %406, align 64
  store <16 x float> %o.sroa.40.0, ptr %409, align 64
  store <16 x float> %o.sroa.44.0, ptr %412, align 64
  store <16 x float> %o.sroa.48.0, ptr %415, align 64
  store <16 x float> %o.sroa.52.0, ptr %418, align 64
  store <16 x float> %o.sroa.56.0, ptr %421, align 64
  store <16 x float> %o.sroa.60.0, ptr %424, align 64
  store <16 x float> %o.sroa.64.0, ptr %427, align 64
  store <16 x float> %o.sroa.68.0, ptr %430, align 64
  store <16 x float> %o.sroa.72.0, ptr %433, align 64
  store <16 x float> %o.sroa.76.0, ptr %436, align 64
  %488 = add nsw i32 %pvblock90, 1
  br label %pvblock

orow115:                                          ; preds = %written, %exit16
  %orow119 = phi i32 [ 0, %exit16 ], [ %523, %written ]
  %489 = icmp slt i32 %orow119, %nrows
  br i1 %489, label %body116, label %common.ret

body116:                                          ; preds = %orow115
  %490 = sext i32 %orow119 to i64
  %491 = getelementptr float, ptr %ms, i64 %490
  %m120 = load float, ptr %491, align 4
  %492 = getelementptr float, ptr %ls, i64 %490
  %l = load float, ptr %492, align 4
  %493 = sdiv i32 %orow119, 32
  %494 = srem i32 %orow119, 32
  %495 = sext i32 %493 to i64
  %496 = mul i64 %495, 2560
  %497 = getelementptr i32, ptr %ot, i64 %496
  br label %otrow

otrow:                                            ; preds = %body121, %body116
  %otrow124 = phi i32 [ 0, %body116 ], [ %506, %body121 ]
  %498 = icmp slt i32 %otrow124, 80
  br i1 %498, label %body121, label %exit123

body121:                                          ; preds = %otrow
  %499 = sext i32 %494 to i64
  %500 = sext i32 %otrow124 to i64
  %501 = mul i64 %500, 32
  %502 = add i64 %501, %499
  %503 = getelementptr i32, ptr %497, i64 %502
  %504 = load float, ptr %503, align 4
  %505 = getelementptr i32, ptr %rowbuf, i64 %500
  store float %504, ptr %505, align 4
  %506 = add nsw i32 %otrow124, 1
  br label %otrow

exit123:                                          ; preds = %otrow
  %507 = icmp ne ptr %part, null
  br i1 %507, label %partial, label %final

partial:                                          ; preds = %exit123
  %508 = sext i32 %nrows to i64
  %509 = mul i64 %490, 80
  %510 = getelementptr float, ptr %part, i64 %509
  br label %chunk125

final:                                            ; preds = %exit123
  %511 = sdiv i32 %orow119, %nh
  %qi130 = add i32 %q_begin, %511
  %512 = srem i32 %orow119, %nh
  %h131 = add i32 %h_begin, %512
  %hq132 = add i32 %kv_head, %h131
  %513 = sext i32 %qi130 to i64
  %514 = add i64 %q_row0, %513
  %515 = mul i64 %514, 32
  %516 = sext i32 %hq132 to i64
  %orow133 = add i64 %515, %516
  %517 = fcmp oeq float %l, 0.000000e+00
  %518 = fdiv float 1.000000e+00, %l
  %519 = select i1 %517, float 0.000000e+00, float %518
  %520 = mul i64 %orow133, 320
  %521 = getelementptr i8, ptr %out, i64 %520
  %522 = insertelement <16 x float> poison, float %519, i32 0
  %splat134 = shufflevector <16 x float> %522, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk135

written:                                          ; preds = %exit138, %exit128
  %523 = add nsw i32 %orow119, 1
  br label %orow115

chunk125:                                         ; preds = %body126, %partial
  %chunk129 = phi i64 [ 0, %partial ], [ %529, %body126 ]
  %524 = icmp slt i64 %chunk129, 5
  br i1 %524, label %body126, label %exit128

body126:                                          ; preds = %chunk125
  %525 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk129
  %526 = load <16 x float>, ptr %525, align 64
  %527 = mul i64 %chunk129, 64
  %528 = getelementptr i8, ptr %510, i64 %527
  store <16 x float> %526, ptr %528, align 4
  %529 = add nsw i64 %chunk129, 1
  br label %chunk125

exit128:                                          ; preds = %chunk125
  %530 = mul i64 %508, 80
  %531 = add i64 %530, %490
  %532 = getelementptr float, ptr %part, i64 %531
  store float %m120, ptr %532, align 4
  %533 = add i64 %531, %508
  %534 = getelementptr float, ptr %part, i64 %533
  store float %l, ptr %534, align 4
  br label %written

chunk135:                                         ; preds = %body136, %final
  %chunk139 = phi i64 [ 0, %final ], [ %541, %body136 ]
  %535 = icmp slt i64 %chunk139, 5
  br i1 %535, label %body136, label %exit138

body136:                                          ; preds = %chunk135
  %536 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk139
  %537 = load <16 x float>, ptr %536, align 64
  %538 = fmul <16 x float> %537, %splat134
  %539 = mul i64 %chunk139, 64
  %540 = getelementptr i8, ptr %521, i64 %539
  store <16 x float> %538, ptr %540, align 4
  %541 = add nsw i64 %chunk139, 1
  br label %chunk135

exit138:                                          ; preds = %chunk135
  %542 = call float @llvm.log.f32(float %l)
  %543 = call float @llvm.fmuladd.f32(float %m120, float 0x3FE62E4300000000, float %542)
  %lse140 = select i1 %517, float 0xFFF0000000000000, float %543
  %544 = getelementptr float, ptr %lse, i64 %orow133
  store float %lse140, ptr %544, align 4
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
