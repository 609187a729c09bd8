; ModuleID = 'prefill_d80'
source_filename = "prefill_d80"
target triple = "x86_64-unknown-linux-gnu"

@prefill_d80.name = private unnamed_addr constant [12 x i8] c"prefill_d80\00"
@prefill_d80.spec = private unnamed_addr constant [372 x i8] c"attncc: 1\0Aname: prefill_d80\0Aphase: prefill\0Akind: self\0Aheads: {q: 32, kv: 32, dim: 80, v_dim: 80}\0Atypes: {q: f32, cache: f32, out: f32}\0Ascale: auto\0Acache: {store: kv, layout: contiguous, order: token_major, capacity: 2048, latent_dim: 0, rope_dim: 0, shared_across_layers: false}\0Amask: {causal: true}\0Aoutput: {lse: true}\0Aslim: {order: auto}\0Amodel: {layers: 1, d_model: 0}\0A\00"
@prefill_d80_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32, ptr, i32, i32, i32, i32, float, i32, i32, i32, i32, i32, ptr } { i32 7, i32 1, i64 -3334392130206359750, ptr @prefill_d80.name, ptr @prefill_d80.spec, i32 32, i32 32, i32 80, i32 80, i32 0, i32 0, i32 0, i32 1, i32 0, i32 0, i32 2048, i32 1, i32 1, float 0x3FBC9F25C0000000, i32 0, i32 0, i32 0, ptr null, i32 0, i32 0, i32 0, i32 0, float 0.000000e+00, i32 0, i32 0, i32 0, i32 0, i32 0, ptr null }, align 8
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

done:                                             ; preds = %orow64, %entry
  ret void

rinit:                                            ; preds = %entry, %exit8
  %rinit1 = phi i32 [ %66, %exit8 ], [ 0, %entry ]
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
  %34 = add i32 %h_begin, %33
  %hq = add i32 %kv_head, %34
  %35 = sext i32 %qi to i64
  %36 = add i64 %q_row0, %35
  %37 = mul i64 %36, 32
  %38 = sext i32 %hq to i64
  %orow = add i64 %37, %38
  %39 = mul i64 %orow, 320
  %40 = getelementptr i8, ptr %q, i64 %39
  %41 = select i1 %29, float 0x3FC4A56B80000000, float 0.000000e+00
  %42 = insertelement <16 x float> poison, float %41, i32 0
  %splat = shufflevector <16 x float> %42, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

exit:                                             ; preds = %rinit
  %43 = sub i32 %nrows, 1
  %44 = sdiv i32 %43, %nh
  %45 = add i32 %q_begin, %44
  %qpos10 = add i32 %q_pos0, %45
  %46 = add i32 %qpos10, 1
  %47 = call i32 @llvm.smin.i32(i32 %46, i32 %k_end)
  %k_last = sub i32 %47, 1
  br label %kblock

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %54, %body2 ]
  %48 = icmp slt i64 %chunk5, 5
  br i1 %48, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %49 = mul i64 %chunk5, 64
  %50 = getelementptr i8, ptr %40, i64 %49
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
  %qpos = add i32 %q_pos0, %qi
  %58 = add i32 %qpos, 1
  %59 = call i32 @llvm.smin.i32(i32 %58, i32 %k_end)
  store i32 %59, ptr %57, align 4
  br label %acczero

acczero:                                          ; preds = %body6, %exit4
  %acczero9 = phi i64 [ 0, %exit4 ], [ %65, %body6 ]
  %60 = icmp slt i64 %acczero9, 5
  br i1 %60, label %body6, label %exit8

body6:                                            ; preds = %acczero
  %61 = mul i64 %acczero9, 16
  %62 = mul i64 %26, 80
  %63 = add i64 %62, %61
  %64 = getelementptr float, ptr %accs, i64 %63
  store <16 x float> zeroinitializer, ptr %64, align 64
  %65 = add nsw i64 %acczero9, 1
  br label %acczero

exit8:                                            ; preds = %acczero
  %66 = add nsw i32 %rinit1, 1
  br label %rinit

kblock:                                           ; preds = %exit58, %exit
  %kblock14 = phi i32 [ %k_begin, %exit ], [ %68, %exit58 ]
  %67 = icmp slt i32 %kblock14, %47
  br i1 %67, label %body11, label %orow64

body11:                                           ; preds = %kblock
  %68 = add i32 %kblock14, 64
  br label %kdot

kdot:                                             ; preds = %body15, %body11
  %kdot18 = phi i32 [ 0, %body11 ], [ %161, %body15 ]
  %69 = icmp slt i32 %kdot18, 64
  br i1 %69, label %body15, label %score

body15:                                           ; preds = %kdot
  %70 = add i32 %kblock14, %kdot18
  %71 = call i32 @llvm.smin.i32(i32 %70, i32 %k_last)
  %72 = sext i32 %71 to i64
  %73 = mul i64 %72, 32
  %row = add i64 %21, %73
  %74 = mul i64 %row, 320
  %75 = getelementptr i8, ptr %20, i64 %74
  %76 = add i32 %71, 12
  %77 = call i32 @llvm.smin.i32(i32 %76, i32 %k_last)
  %78 = sext i32 %77 to i64
  %79 = mul i64 %78, 32
  %row19 = add i64 %21, %79
  %80 = mul i64 %row19, 320
  %81 = getelementptr i8, ptr %20, i64 %80
  call void @llvm.prefetch.p0(ptr %81, i32 0, i32 3, i32 1)
  %82 = getelementptr i8, ptr %81, i64 64
  call void @llvm.prefetch.p0(ptr %82, i32 0, i32 3, i32 1)
  %83 = getelementptr i8, ptr %81, i64 128
  call void @llvm.prefetch.p0(ptr %83, i32 0, i32 3, i32 1)
  %84 = getelementptr i8, ptr %81, i64 192
  call void @llvm.prefetch.p0(ptr %84, i32 0, i32 3, i32 1)
  %85 = getelementptr i8, ptr %81, i64 256
  call void @llvm.prefetch.p0(ptr %85, i32 0, i32 3, i32 1)
  %86 = add i32 %68, %kdot18
  %87 = call i32 @llvm.smin.i32(i32 %86, i32 %k_last)
  %88 = sext i32 %87 to i64
  %89 = mul i64 %88, 32
  %row20 = add i64 %21, %89
  %90 = mul i64 %row20, 320
  %91 = getelementptr i8, ptr %20, i64 %90
  call void @llvm.prefetch.p0(ptr %91, i32 0, i32 2, i32 1)
  %92 = getelementptr i8, ptr %91, i64 64
  call void @llvm.prefetch.p0(ptr %92, i32 0, i32 2, i32 1)
  %93 = getelementptr i8, ptr %91, i64 128
  call void @llvm.prefetch.p0(ptr %93, i32 0, i32 2, i32 1)
  %94 = getelementptr i8, ptr %91, i64 192
  call void @llvm.prefetch.p0(ptr %94, i32 0, i32 2, i32 1)
  %95 = getelementptr i8, ptr %91, i64 256
  call void @llvm.prefetch.p0(ptr %95, i32 0, i32 2, i32 1)
  %96 = add i32 %kdot18, 1
  %97 = add i32 %kblock14, %96
  %98 = call i32 @llvm.smin.i32(i32 %97, i32 %k_last)
  %99 = sext i32 %98 to i64
  %100 = mul i64 %99, 32
  %row21 = add i64 %21, %100
  %101 = mul i64 %row21, 320
  %102 = getelementptr i8, ptr %20, i64 %101
  %103 = add i32 %98, 12
  %104 = call i32 @llvm.smin.i32(i32 %103, i32 %k_last)
  %105 = sext i32 %104 to i64
  %106 = mul i64 %105, 32
  %row22 = add i64 %21, %106
  %107 = mul i64 %row22, 320
  %108 = getelementptr i8, ptr %20, i64 %107
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
  %row23 = add i64 %21, %116
  %117 = mul i64 %row23, 320
  %118 = getelementptr i8, ptr %20, i64 %117
  call void @llvm.prefetch.p0(ptr %118, i32 0, i32 2, i32 1)
  %119 = getelementptr i8, ptr %118, i64 64
  call void @llvm.prefetch.p0(ptr %119, i32 0, i32 2, i32 1)
  %120 = getelementptr i8, ptr %118, i64 128
  call void @llvm.prefetch.p0(ptr %120, i32 0, i32 2, i32 1)
  %121 = getelementptr i8, ptr %118, i64 192
  call void @llvm.prefetch.p0(ptr %121, i32 0, i32 2, i32 1)
  %122 = getelementptr i8, ptr %118, i64 256
  call void @llvm.prefetch.p0(ptr %122, i32 0, i32 2, i32 1)
  %q24 = load <16 x float>, ptr %qs, align 64
  %123 = load <16 x float>, ptr %75, align 4
  %124 = load <16 x float>, ptr %102, align 4
  %125 = fmul <16 x float> %q24, %123
  %126 = fmul <16 x float> %q24, %124
  %127 = getelementptr <16 x float>, ptr %qs, i64 1
  %q25 = load <16 x float>, ptr %127, align 64
  %128 = getelementptr i8, ptr %75, i64 64
  %129 = load <16 x float>, ptr %128, align 4
  %130 = getelementptr i8, ptr %102, i64 64
  %131 = load <16 x float>, ptr %130, align 4
  %132 = fmul <16 x float> %q25, %129
  %133 = fmul <16 x float> %q25, %131
  %134 = getelementptr <16 x float>, ptr %qs, i64 2
  %q26 = load <16 x float>, ptr %134, align 64
  %135 = getelementptr i8, ptr %75, i64 128
  %136 = load <16 x float>, ptr %135, align 4
  %137 = getelementptr i8, ptr %102, i64 128
  %138 = load <16 x float>, ptr %137, align 4
  %139 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q26, <16 x float> %136, <16 x float> %125)
  %140 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q26, <16 x float> %138, <16 x float> %126)
  %141 = getelementptr <16 x float>, ptr %qs, i64 3
  %q27 = load <16 x float>, ptr %141, align 64
  %142 = getelementptr i8, ptr %75, i64 192
  %143 = load <16 x float>, ptr %142, align 4
  %144 = getelementptr i8, ptr %102, i64 192
  %145 = load <16 x float>, ptr %144, align 4
  %146 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %143, <16 x float> %132)
  %147 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %145, <16 x float> %133)
  %148 = getelementptr <16 x float>, ptr %qs, i64 4
  %q28 = load <16 x float>, ptr %148, align 64
  %149 = getelementptr i8, ptr %75, i64 256
  %150 = load <16 x float>, ptr %149, align 4
  %151 = getelementptr i8, ptr %102, i64 256
  %152 = load <16 x float>, ptr %151, align 4
  %153 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %150, <16 x float> %139)
  %154 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %152, <16 x float> %140)
  %155 = fadd <16 x float> %153, %146
  %156 = sext i32 %kdot18 to i64
  %157 = getelementptr <16 x float>, ptr %dbuf, i64 %156
  store <16 x float> %155, ptr %157, align 64
  %158 = fadd <16 x float> %154, %147
  %159 = sext i32 %96 to i64
  %160 = getelementptr <16 x float>, ptr %dbuf, i64 %159
  store <16 x float> %158, ptr %160, align 64
  %161 = add nsw i32 %kdot18, 2
  br label %kdot

score:                                            ; preds = %kdot, %body29
  %score32 = phi i64 [ %275, %body29 ], [ 0, %kdot ]
  %162 = icmp slt i64 %score32, 4
  br i1 %162, label %body29, label %rmax

body29:                                           ; preds = %score
  %163 = sdiv i64 %score32, 4
  %164 = srem i64 %score32, 4
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
  %261 = load i32, ptr %260, align 4
  %262 = insertelement <16 x i32> poison, i32 %261, i32 0
  %splat33 = shufflevector <16 x i32> %262, <16 x i32> poison, <16 x i32> zeroinitializer
  %263 = trunc i64 %165 to i32
  %264 = add i32 %kblock14, %263
  %265 = insertelement <16 x i32> poison, i32 %264, i32 0
  %splat34 = shufflevector <16 x i32> %265, <16 x i32> poison, <16 x i32> zeroinitializer
  %266 = add <16 x i32> %splat34, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %267 = icmp slt <16 x i32> %266, %splat33
  %268 = select <16 x i1> %267, <16 x float> %259, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %269 = getelementptr float, ptr %pbuf, i64 %167
  store <16 x float> %268, ptr %269, align 64
  %270 = getelementptr <16 x float>, ptr %smax, i64 %163
  %271 = icmp eq i64 %164, 0
  %272 = load <16 x float>, ptr %270, align 64
  %273 = select i1 %271, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <16 x float> %272
  %274 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %273, <16 x float> %268)
  store <16 x float> %274, ptr %270, align 64
  %275 = add nsw i64 %score32, 1
  br label %score

rmax:                                             ; preds = %score, %body35
  %rmax38 = phi i64 [ %312, %body35 ], [ 0, %score ]
  %276 = icmp slt i64 %rmax38, 1
  br i1 %276, label %body35, label %pexp

body35:                                           ; preds = %rmax
  %277 = getelementptr float, ptr %ms, i64 %rmax38
  %m = load float, ptr %277, align 4
  %278 = getelementptr <16 x float>, ptr %smax, i64 %rmax38
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
  %muse39 = select i1 %294, float 0.000000e+00, float %293
  %295 = fsub float %m, %muse39
  %296 = insertelement <16 x float> poison, float %295, i32 0
  %splat40 = shufflevector <16 x float> %296, <16 x float> poison, <16 x i32> zeroinitializer
  %297 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat40, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
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
  %alpha41 = extractelement <16 x float> %exp2, i32 0
  store float %293, ptr %277, align 4
  %310 = getelementptr float, ptr %muse, i64 %rmax38
  store float %muse39, ptr %310, align 4
  %311 = getelementptr float, ptr %alpha, i64 %rmax38
  store float %alpha41, ptr %311, align 4
  %312 = add nsw i64 %rmax38, 1
  br label %rmax

pexp:                                             ; preds = %rmax, %body42
  %pexp45 = phi i64 [ %343, %body42 ], [ 0, %rmax ]
  %313 = icmp slt i64 %pexp45, 4
  br i1 %313, label %body42, label %lsum50

body42:                                           ; preds = %pexp
  %314 = sdiv i64 %pexp45, 4
  %315 = srem i64 %pexp45, 4
  %316 = mul i64 %315, 16
  %317 = mul i64 %314, 64
  %318 = add i64 %317, %316
  %319 = getelementptr float, ptr %pbuf, i64 %318
  %320 = getelementptr float, ptr %muse, i64 %314
  %321 = load float, ptr %320, align 4
  %322 = insertelement <16 x float> poison, float %321, i32 0
  %splat46 = shufflevector <16 x float> %322, <16 x float> poison, <16 x i32> zeroinitializer
  %323 = load <16 x float>, ptr %319, align 64
  %324 = fsub <16 x float> %323, %splat46
  %325 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %324, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %326 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %325, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %327 = fadd <16 x float> %326, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n47 = fsub <16 x float> %327, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f48 = fsub <16 x float> %326, %n47
  %328 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f48, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %329 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %328, <16 x float> %f48, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %330 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %329, <16 x float> %f48, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %331 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %330, <16 x float> %f48, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %332 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %331, <16 x float> %f48, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %333 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %332, <16 x float> %f48, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %334 = fptosi <16 x float> %n47 to <16 x i32>
  %335 = add <16 x i32> %334, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %336 = shl <16 x i32> %335, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %337 = bitcast <16 x i32> %336 to <16 x float>
  %exp249 = fmul <16 x float> %333, %337
  store <16 x float> %exp249, ptr %319, align 64
  %338 = getelementptr <16 x float>, ptr %lsum, i64 %314
  %339 = icmp eq i64 %315, 0
  %340 = load <16 x float>, ptr %338, align 64
  %341 = select i1 %339, <16 x float> zeroinitializer, <16 x float> %340
  %342 = fadd <16 x float> %341, %exp249
  store <16 x float> %342, ptr %338, align 64
  %343 = add nsw i64 %pexp45, 1
  br label %pexp

lsum50:                                           ; preds = %pexp, %body51
  %lsum54 = phi i64 [ %352, %body51 ], [ 0, %pexp ]
  %344 = icmp slt i64 %lsum54, 1
  br i1 %344, label %body51, label %exit53

body51:                                           ; preds = %lsum50
  %345 = getelementptr float, ptr %ls, i64 %lsum54
  %346 = getelementptr float, ptr %alpha, i64 %lsum54
  %347 = load float, ptr %346, align 4
  %348 = getelementptr <16 x float>, ptr %lsum, i64 %lsum54
  %349 = load <16 x float>, ptr %348, align 64
  %350 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %349)
  %l = load float, ptr %345, align 4
  %351 = call float @llvm.fmuladd.f32(float %l, float %347, float %350)
  store float %351, ptr %345, align 4
  %352 = add nsw i64 %lsum54, 1
  br label %lsum50

exit53:                                           ; preds = %lsum50
  %353 = sub i32 %47, %kblock14
  %354 = call i32 @llvm.smin.i32(i32 64, i32 %353)
  %355 = load float, ptr %alpha, align 4
  %356 = insertelement <16 x float> poison, float %355, i32 0
  %splat55 = shufflevector <16 x float> %356, <16 x float> poison, <16 x i32> zeroinitializer
  %357 = load <16 x float>, ptr %accs, align 64
  %358 = fmul <16 x float> %357, %splat55
  %359 = getelementptr float, ptr %accs, i64 16
  %360 = load <16 x float>, ptr %359, align 64
  %361 = fmul <16 x float> %360, %splat55
  %362 = getelementptr float, ptr %accs, i64 32
  %363 = load <16 x float>, ptr %362, align 64
  %364 = fmul <16 x float> %363, %splat55
  %365 = getelementptr float, ptr %accs, i64 48
  %366 = load <16 x float>, ptr %365, align 64
  %367 = fmul <16 x float> %366, %splat55
  %368 = getelementptr float, ptr %accs, i64 64
  %369 = load <16 x float>, ptr %368, align 64
  %370 = fmul <16 x float> %369, %splat55
  br label %kpv

kpv:                                              ; preds = %body56, %exit53
  %pacc.sroa.16.0 = phi <16 x float> [ %370, %exit53 ], [ %413, %body56 ]
  %pacc.sroa.12.0 = phi <16 x float> [ %367, %exit53 ], [ %410, %body56 ]
  %pacc.sroa.8.0 = phi <16 x float> [ %364, %exit53 ], [ %407, %body56 ]
  %pacc.sroa.4.0 = phi <16 x float> [ %361, %exit53 ], [ %404, %body56 ]
  %pacc.sroa.0.0 = phi <16 x float> [ %358, %exit53 ], [ %401, %body56 ]
  %kpv59 = phi i32 [ 0, %exit53 ], [ %414, %body56 ]
  %371 = icmp slt i32 %kpv59, %354
  br i1 %371, label %body56, label %exit58

body56:                                           ; preds = %kpv
  %372 = add i32 %kblock14, %kpv59
  %373 = sext i32 %372 to i64
  %374 = mul i64 %373, 32
  %row60 = add i64 %21, %374
  %375 = mul i64 %row60, 320
  %376 = getelementptr i8, ptr %23, i64 %375
  %377 = add i32 %372, 12
  %378 = call i32 @llvm.smin.i32(i32 %377, i32 %k_last)
  %379 = sext i32 %378 to i64
  %380 = mul i64 %379, 32
  %row61 = add i64 %21, %380
  %381 = mul i64 %row61, 320
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
  %387 = add i32 %68, %kpv59
  %388 = call i32 @llvm.smin.i32(i32 %387, i32 %k_last)
  %389 = sext i32 %388 to i64
  %390 = mul i64 %389, 32
  %row62 = add i64 %21, %390
  %391 = mul i64 %row62, 320
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
  %397 = sext i32 %kpv59 to i64
  %398 = getelementptr float, ptr %pbuf, i64 %397
  %p = load float, ptr %398, align 4
  %399 = insertelement <16 x float> poison, float %p, i32 0
  %splat63 = shufflevector <16 x float> %399, <16 x float> poison, <16 x i32> zeroinitializer
  %400 = load <16 x float>, ptr %376, align 4
  %401 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat63, <16 x float> %400, <16 x float> %pacc.sroa.0.0)
  %402 = getelementptr i8, ptr %376, i64 64
  %403 = load <16 x float>, ptr %402, align 4
  %404 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat63, <16 x float> %403, <16 x float> %pacc.sroa.4.0)
  %405 = getelementptr i8, ptr %376, i64 128
  %406 = load <16 x float>, ptr %405, align 4
  %407 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat63, <16 x float> %406, <16 x float> %pacc.sroa.8.0)
  %408 = getelementptr i8, ptr %376, i64 192
  %409 = load <16 x float>, ptr %408, align 4
  %410 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat63, <16 x float> %409, <16 x float> %pacc.sroa.12.0)
  %411 = getelementptr i8, ptr %376, i64 256
  %412 = load <16 x float>, ptr %411, align 4
  %413 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat63, <16 x float> %412, <16 x float> %pacc.sroa.16.0)
  %414 = add nsw i32 %kpv59, 1
  br label %kpv

exit58:                                           ; preds = %kpv
  store <16 x float> %pacc.sroa.0.0, ptr %accs, align 64
  store <16 x float> %pacc.sroa.4.0, ptr %359, align 64
  store <16 x float> %pacc.sroa.8.0, ptr %362, align 64
  store <16 x float> %pacc.sroa.12.0, ptr %365, align 64
  store <16 x float> %pacc.sroa.16.0, ptr %368, align 64
  br label %kblock

orow64:                                           ; preds = %kblock, %written
  %orow68 = phi i32 [ %437, %written ], [ 0, %kblock ]
  %415 = icmp slt i32 %orow68, %nrows
  br i1 %415, label %body65, label %done

body65:                                           ; preds = %orow64
  %416 = sext i32 %orow68 to i64
  %417 = getelementptr float, ptr %ms, i64 %416
  %m69 = load float, ptr %417, align 4
  %418 = getelementptr float, ptr %ls, i64 %416
  %l70 = load float, ptr %418, align 4
  %419 = mul i64 %416, 80
  %420 = getelementptr float, ptr %accs, i64 %419
  %421 = icmp ne ptr %part, null
  br i1 %421, label %partial, label %final

partial:                                          ; preds = %body65
  %422 = sext i32 %nrows to i64
  %423 = getelementptr float, ptr %part, i64 %419
  br label %chunk71

final:                                            ; preds = %body65
  %424 = sdiv i32 %orow68, %nh
  %qi76 = add i32 %q_begin, %424
  %425 = srem i32 %orow68, %nh
  %426 = add i32 %h_begin, %425
  %hq77 = add i32 %kv_head, %426
  %427 = sext i32 %qi76 to i64
  %428 = add i64 %q_row0, %427
  %429 = mul i64 %428, 32
  %430 = sext i32 %hq77 to i64
  %orow78 = add i64 %429, %430
  %431 = fcmp oeq float %l70, 0.000000e+00
  %432 = fdiv float 1.000000e+00, %l70
  %433 = select i1 %431, float 0.000000e+00, float %432
  %434 = mul i64 %orow78, 320
  %435 = getelementptr i8, ptr %out, i64 %434
  %436 = insertelement <16 x float> poison, float %433, i32 0
  %splat79 = shufflevector <16 x float> %436, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk80

written:                                          ; preds = %exit83, %exit74
  %437 = add nsw i32 %orow68, 1
  br label %orow64

chunk71:                                          ; preds = %body72, %partial
  %chunk75 = phi i64 [ 0, %partial ], [ %443, %body72 ]
  %438 = icmp slt i64 %chunk75, 5
  br i1 %438, label %body72, label %exit74

body72:                                           ; preds = %chunk71
  %439 = getelementptr <16 x float>, ptr %420, i64 %chunk75
  %440 = load <16 x float>, ptr %439, align 64
  %441 = mul i64 %chunk75, 64
  %442 = getelementptr i8, ptr %423, i64 %441
  store <16 x float> %440, ptr %442, align 4
  %443 = add nsw i64 %chunk75, 1
  br label %chunk71

exit74:                                           ; preds = %chunk71
  %444 = mul i64 %422, 80
  %445 = add i64 %444, %416
  %446 = getelementptr float, ptr %part, i64 %445
  store float %m69, ptr %446, align 4
  %447 = add i64 %445, %422
  %448 = getelementptr float, ptr %part, i64 %447
  store float %l70, ptr %448, align 4
  br label %written

chunk80:                                          ; preds = %body81, %final
  %chunk84 = phi i64 [ 0, %final ], [ %455, %body81 ]
  %449 = icmp slt i64 %chunk84, 5
  br i1 %449, label %body81, label %exit83

body81:                                           ; preds = %chunk80
  %450 = getelementptr <16 x float>, ptr %420, i64 %chunk84
  %451 = load <16 x float>, ptr %450, align 64
  %452 = fmul <16 x float> %451, %splat79
  %453 = mul i64 %chunk84, 64
  %454 = getelementptr i8, ptr %435, i64 %453
  store <16 x float> %452, ptr %454, align 4
  %455 = add nsw i64 %chunk84, 1
  br label %chunk80

exit83:                                           ; preds = %chunk80
  %456 = call float @llvm.log.f32(float %l70)
  %457 = call float @llvm.fmuladd.f32(float %m69, float 0x3FE62E4300000000, float %456)
  %lse85 = select i1 %431, float 0xFFF0000000000000, float %457
  %458 = getelementptr float, ptr %lse, i64 %orow78
  store float %lse85, ptr %458, align 4
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

common.ret:                                       ; preds = %orow116, %rows, %one_query
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
  %31 = add i32 %h_begin, %30
  %hq = add i32 %kv_head, %31
  %32 = sext i32 %qi to i64
  %33 = add i64 %q_row0, %32
  %34 = mul i64 %33, 32
  %35 = sext i32 %hq to i64
  %orow = add i64 %34, %35
  %36 = mul i64 %orow, 320
  %37 = getelementptr i8, ptr %q, i64 %36
  %38 = select i1 %26, float 0x3FC4A56B80000000, float 0.000000e+00
  %39 = insertelement <16 x float> poison, float %38, i32 0
  %splat = shufflevector <16 x float> %39, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %46, %body2 ]
  %40 = icmp slt i64 %chunk5, 5
  br i1 %40, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %41 = mul i64 %chunk5, 64
  %42 = getelementptr i8, ptr %37, i64 %41
  %43 = load <16 x float>, ptr %42, align 4
  %44 = fmul <16 x float> %43, %splat
  %45 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk5
  store <16 x float> %44, ptr %45, align 64
  %46 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %47 = sext i32 %qrow1 to i64
  %48 = getelementptr i32, ptr %lims, i64 %47
  %qpos = add i32 %q_pos0, %qi
  %49 = add i32 %qpos, 1
  %50 = call i32 @llvm.smin.i32(i32 %49, i32 %k_end)
  store i32 %50, ptr %48, align 4
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
  %qpos14 = add i32 %q_pos0, %87
  %88 = add i32 %qpos14, 1
  %89 = call i32 @llvm.smin.i32(i32 %88, i32 %k_end)
  %k_last = sub i32 %89, 1
  br label %ktile

ktile:                                            ; preds = %exit30, %exit12
  %ktile18 = phi i32 [ %k_begin, %exit12 ], [ %186, %exit30 ]
  %90 = icmp slt i32 %ktile18, %89
  br i1 %90, label %body15, label %exit17

body15:                                           ; preds = %ktile
  %91 = sub i32 %89, %ktile18
  %92 = call i32 @llvm.smin.i32(i32 84, i32 %91)
  %93 = add i32 %92, 11
  %94 = sdiv i32 %93, 12
  %95 = mul i32 %94, 12
  br label %kpack

exit17:                                           ; preds = %ktile
  %96 = load <16 x float>, ptr %mv, align 64
  store <16 x float> %96, ptr %ms, align 64
  %97 = load <16 x float>, ptr %lv, align 64
  store <16 x float> %97, ptr %ls, align 64
  %98 = getelementptr float, ptr %ms, i64 16
  %99 = load <16 x float>, ptr %71, align 64
  store <16 x float> %99, ptr %98, align 64
  %100 = getelementptr float, ptr %ls, i64 16
  %101 = load <16 x float>, ptr %72, align 64
  store <16 x float> %101, ptr %100, align 64
  %102 = getelementptr float, ptr %ms, i64 32
  %103 = load <16 x float>, ptr %73, align 64
  store <16 x float> %103, ptr %102, align 64
  %104 = getelementptr float, ptr %ls, i64 32
  %105 = load <16 x float>, ptr %74, align 64
  store <16 x float> %105, ptr %104, align 64
  %106 = getelementptr float, ptr %ms, i64 48
  %107 = load <16 x float>, ptr %75, align 64
  store <16 x float> %107, ptr %106, align 64
  %108 = getelementptr float, ptr %ls, i64 48
  %109 = load <16 x float>, ptr %76, align 64
  store <16 x float> %109, ptr %108, align 64
  %110 = getelementptr float, ptr %ms, i64 64
  %111 = load <16 x float>, ptr %77, align 64
  store <16 x float> %111, ptr %110, align 64
  %112 = getelementptr float, ptr %ls, i64 64
  %113 = load <16 x float>, ptr %78, align 64
  store <16 x float> %113, ptr %112, align 64
  %114 = getelementptr float, ptr %ms, i64 80
  %115 = load <16 x float>, ptr %79, align 64
  store <16 x float> %115, ptr %114, align 64
  %116 = getelementptr float, ptr %ls, i64 80
  %117 = load <16 x float>, ptr %80, align 64
  store <16 x float> %117, ptr %116, align 64
  %118 = getelementptr float, ptr %ms, i64 96
  %119 = load <16 x float>, ptr %81, align 64
  store <16 x float> %119, ptr %118, align 64
  %120 = getelementptr float, ptr %ls, i64 96
  %121 = load <16 x float>, ptr %82, align 64
  store <16 x float> %121, ptr %120, align 64
  %122 = getelementptr float, ptr %ms, i64 112
  %123 = load <16 x float>, ptr %83, align 64
  store <16 x float> %123, ptr %122, align 64
  %124 = getelementptr float, ptr %ls, i64 112
  %125 = load <16 x float>, ptr %84, align 64
  store <16 x float> %125, ptr %124, align 64
  br label %orow116

kpack:                                            ; preds = %body19, %body15
  %kpack22 = phi i32 [ 0, %body15 ], [ %149, %body19 ]
  %126 = icmp slt i32 %kpack22, %95
  br i1 %126, label %body19, label %vpack

body19:                                           ; preds = %kpack
  %127 = add i32 %ktile18, %kpack22
  %128 = call i32 @llvm.smin.i32(i32 %127, i32 %k_last)
  %129 = sext i32 %128 to i64
  %130 = mul i64 %129, 32
  %row = add i64 %21, %130
  %131 = mul i64 %row, 320
  %132 = getelementptr i8, ptr %20, i64 %131
  %133 = sext i32 %kpack22 to i64
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
  %149 = add nsw i32 %kpack22, 1
  br label %kpack

vpack:                                            ; preds = %kpack, %body23
  %vpack26 = phi i32 [ %172, %body23 ], [ 0, %kpack ]
  %150 = icmp slt i32 %vpack26, %92
  br i1 %150, label %body23, label %exit25

body23:                                           ; preds = %vpack
  %151 = add i32 %ktile18, %vpack26
  %152 = sext i32 %151 to i64
  %153 = mul i64 %152, 32
  %row27 = add i64 %21, %153
  %154 = mul i64 %row27, 320
  %155 = getelementptr i8, ptr %23, i64 %154
  %156 = sext i32 %vpack26 to i64
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
  %172 = add nsw i32 %vpack26, 1
  br label %vpack

exit25:                                           ; preds = %vpack
  %173 = add i32 %nrows, 31
  %nblk = sdiv i32 %173, 32
  br label %rblock

rblock:                                           ; preds = %join, %exit25
  %rblock31 = phi i32 [ 0, %exit25 ], [ %199, %join ]
  %174 = icmp slt i32 %rblock31, %nblk
  br i1 %174, label %body28, label %exit30

body28:                                           ; preds = %rblock
  %175 = sext i32 %rblock31 to i64
  %176 = mul i32 %rblock31, 32
  %177 = add i32 %176, 31
  %178 = call i32 @llvm.smin.i32(i32 %177, i32 %85)
  %179 = sdiv i32 %178, %nh
  %180 = add i32 %q_begin, %179
  %qpos32 = add i32 %q_pos0, %180
  %181 = add i32 %qpos32, 1
  %182 = call i32 @llvm.smin.i32(i32 %181, i32 %k_end)
  %183 = sub i32 %182, %ktile18
  %184 = call i32 @llvm.smin.i32(i32 %92, i32 %183)
  %185 = icmp sgt i32 %184, 0
  br i1 %185, label %rvisit, label %join

exit30:                                           ; preds = %rblock
  %186 = add nsw i32 %ktile18, 84
  br label %ktile

rvisit:                                           ; preds = %body28
  %187 = mul i64 %175, 2560
  %188 = getelementptr i32, ptr %qt, i64 %187
  %189 = getelementptr i32, ptr %ot, i64 %187
  %190 = mul i64 %175, 2
  %191 = getelementptr <16 x float>, ptr %mv, i64 %190
  %192 = getelementptr <16 x float>, ptr %lv, i64 %190
  %193 = mul i64 %175, 32
  %194 = getelementptr i32, ptr %lims, i64 %193
  %195 = load <16 x i32>, ptr %194, align 64
  %196 = add i64 %193, 16
  %197 = getelementptr i32, ptr %lims, i64 %196
  %198 = load <16 x i32>, ptr %197, align 64
  br label %sblock

join:                                             ; preds = %pvblock, %body28
  %199 = add nsw i32 %rblock31, 1
  br label %rblock

sblock:                                           ; preds = %exit39, %rvisit
  %sblock36 = phi i32 [ 0, %rvisit ], [ %283, %exit39 ]
  %200 = icmp slt i32 %sblock36, %184
  br i1 %200, label %body33, label %smask

body33:                                           ; preds = %sblock
  %201 = sext i32 %sblock36 to i64
  %202 = mul i64 %201, 80
  %203 = getelementptr i32, ptr %kbuf, i64 %202
  br label %sdim

sdim:                                             ; preds = %body37, %body33
  %sacc.sroa.92.0 = phi <16 x float> [ zeroinitializer, %body33 ], [ %256, %body37 ]
  %sacc.sroa.88.0 = phi <16 x float> [ zeroinitializer, %body33 ], [ %255, %body37 ]
  %sacc.sroa.84.0 = phi <16 x float> [ zeroinitializer, %body33 ], [ %252, %body37 ]
  %sacc.sroa.80.0 = phi <16 x float> [ zeroinitializer, %body33 ], [ %251, %body37 ]
  %sacc.sroa.76.0 = phi <16 x float> [ zeroinitializer, %body33 ], [ %248, %body37 ]
  %sacc.sroa.72.0 = phi <16 x float> [ zeroinitializer, %body33 ], [ %247, %body37 ]
  %sacc.sroa.68.0 = phi <16 x float> [ zeroinitializer, %body33 ], [ %244, %body37 ]
  %sacc.sroa.64.0 = phi <16 x float> [ zeroinitializer, %body33 ], [ %243, %body37 ]
  %sacc.sroa.60.0 = phi <16 x float> [ zeroinitializer, %body33 ], [ %240, %body37 ]
  %sacc.sroa.56.0 = phi <16 x float> [ zeroinitializer, %body33 ], [ %239, %body37 ]
  %sacc.sroa.52.0 = phi <16 x float> [ zeroinitializer, %body33 ], [ %236, %body37 ]
  %sacc.sroa.48.0 = phi <16 x float> [ zeroinitializer, %body33 ], [ %235, %body37 ]
  %sacc.sroa.44.0 = phi <16 x float> [ zeroinitializer, %body33 ], [ %232, %body37 ]
  %sacc.sroa.40.0 = phi <16 x float> [ zeroinitializer, %body33 ], [ %231, %body37 ]
  %sacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %body33 ], [ %228, %body37 ]
  %sacc.sroa.32.0 = phi <16 x float> [ zeroinitializer, %body33 ], [ %227, %body37 ]
  %sacc.sroa.28.0 = phi <16 x float> [ zeroinitializer, %body33 ], [ %224, %body37 ]
  %sacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %body33 ], [ %223, %body37 ]
  %sacc.sroa.20.0 = phi <16 x float> [ zeroinitializer, %body33 ], [ %220, %body37 ]
  %sacc.sroa.16.0 = phi <16 x float> [ zeroinitializer, %body33 ], [ %219, %body37 ]
  %sacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %body33 ], [ %216, %body37 ]
  %sacc.sroa.8.0 = phi <16 x float> [ zeroinitializer, %body33 ], [ %215, %body37 ]
  %sacc.sroa.4.0 = phi <16 x float> [ zeroinitializer, %body33 ], [ %212, %body37 ]
  %sacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %body33 ], [ %211, %body37 ]
  %sdim40 = phi i32 [ 0, %body33 ], [ %257, %body37 ]
  %204 = icmp slt i32 %sdim40, 80
  br i1 %204, label %body37, label %exit39

body37:                                           ; preds = %sdim
  %205 = sext i32 %sdim40 to i64
  %206 = mul i64 %205, 32
  %207 = getelementptr i32, ptr %188, i64 %206
  %qt41 = load <16 x float>, ptr %207, align 64
  %208 = getelementptr i32, ptr %207, i64 16
  %qt42 = load <16 x float>, ptr %208, align 64
  %209 = getelementptr i32, ptr %203, i64 %205
  %k = load float, ptr %209, align 4
  %210 = insertelement <16 x float> poison, float %k, i32 0
  %splat43 = shufflevector <16 x float> %210, <16 x float> poison, <16 x i32> zeroinitializer
  %211 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat43, <16 x float> %sacc.sroa.0.0)
  %212 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt42, <16 x float> %splat43, <16 x float> %sacc.sroa.4.0)
  %213 = getelementptr i32, ptr %209, i64 80
  %k44 = load float, ptr %213, align 4
  %214 = insertelement <16 x float> poison, float %k44, i32 0
  %splat45 = shufflevector <16 x float> %214, <16 x float> poison, <16 x i32> zeroinitializer
  %215 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat45, <16 x float> %sacc.sroa.8.0)
  %216 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt42, <16 x float> %splat45, <16 x float> %sacc.sroa.12.0)
  %217 = getelementptr i32, ptr %209, i64 160
  %k46 = load float, ptr %217, align 4
  %218 = insertelement <16 x float> poison, float %k46, i32 0
  %splat47 = shufflevector <16 x float> %218, <16 x float> poison, <16 x i32> zeroinitializer
  %219 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat47, <16 x float> %sacc.sroa.16.0)
  %220 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt42, <16 x float> %splat47, <16 x float> %sacc.sroa.20.0)
  %221 = getelementptr i32, ptr %209, i64 240
  %k48 = load float, ptr %221, align 4
  %222 = insertelement <16 x float> poison, float %k48, i32 0
  %splat49 = shufflevector <16 x float> %222, <16 x float> poison, <16 x i32> zeroinitializer
  %223 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat49, <16 x float> %sacc.sroa.24.0)
  %224 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt42, <16 x float> %splat49, <16 x float> %sacc.sroa.28.0)
  %225 = getelementptr i32, ptr %209, i64 320
  %k50 = load float, ptr %225, align 4
  %226 = insertelement <16 x float> poison, float %k50, i32 0
  %splat51 = shufflevector <16 x float> %226, <16 x float> poison, <16 x i32> zeroinitializer
  %227 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat51, <16 x float> %sacc.sroa.32.0)
  %228 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt42, <16 x float> %splat51, <16 x float> %sacc.sroa.36.0)
  %229 = getelementptr i32, ptr %209, i64 400
  %k52 = load float, ptr %229, align 4
  %230 = insertelement <16 x float> poison, float %k52, i32 0
  %splat53 = shufflevector <16 x float> %230, <16 x float> poison, <16 x i32> zeroinitializer
  %231 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat53, <16 x float> %sacc.sroa.40.0)
  %232 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt42, <16 x float> %splat53, <16 x float> %sacc.sroa.44.0)
  %233 = getelementptr i32, ptr %209, i64 480
  %k54 = load float, ptr %233, align 4
  %234 = insertelement <16 x float> poison, float %k54, i32 0
  %splat55 = shufflevector <16 x float> %234, <16 x float> poison, <16 x i32> zeroinitializer
  %235 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat55, <16 x float> %sacc.sroa.48.0)
  %236 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt42, <16 x float> %splat55, <16 x float> %sacc.sroa.52.0)
  %237 = getelementptr i32, ptr %209, i64 560
  %k56 = load float, ptr %237, align 4
  %238 = insertelement <16 x float> poison, float %k56, i32 0
  %splat57 = shufflevector <16 x float> %238, <16 x float> poison, <16 x i32> zeroinitializer
  %239 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat57, <16 x float> %sacc.sroa.56.0)
  %240 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt42, <16 x float> %splat57, <16 x float> %sacc.sroa.60.0)
  %241 = getelementptr i32, ptr %209, i64 640
  %k58 = load float, ptr %241, align 4
  %242 = insertelement <16 x float> poison, float %k58, i32 0
  %splat59 = shufflevector <16 x float> %242, <16 x float> poison, <16 x i32> zeroinitializer
  %243 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat59, <16 x float> %sacc.sroa.64.0)
  %244 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt42, <16 x float> %splat59, <16 x float> %sacc.sroa.68.0)
  %245 = getelementptr i32, ptr %209, i64 720
  %k60 = load float, ptr %245, align 4
  %246 = insertelement <16 x float> poison, float %k60, i32 0
  %splat61 = shufflevector <16 x float> %246, <16 x float> poison, <16 x i32> zeroinitializer
  %247 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat61, <16 x float> %sacc.sroa.72.0)
  %248 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt42, <16 x float> %splat61, <16 x float> %sacc.sroa.76.0)
  %249 = getelementptr i32, ptr %209, i64 800
  %k62 = load float, ptr %249, align 4
  %250 = insertelement <16 x float> poison, float %k62, i32 0
  %splat63 = shufflevector <16 x float> %250, <16 x float> poison, <16 x i32> zeroinitializer
  %251 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat63, <16 x float> %sacc.sroa.80.0)
  %252 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt42, <16 x float> %splat63, <16 x float> %sacc.sroa.84.0)
  %253 = getelementptr i32, ptr %209, i64 880
  %k64 = load float, ptr %253, align 4
  %254 = insertelement <16 x float> poison, float %k64, i32 0
  %splat65 = shufflevector <16 x float> %254, <16 x float> poison, <16 x i32> zeroinitializer
  %255 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat65, <16 x float> %sacc.sroa.88.0)
  %256 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt42, <16 x float> %splat65, <16 x float> %sacc.sroa.92.0)
  %257 = add nsw i32 %sdim40, 1
  br label %sdim

exit39:                                           ; preds = %sdim
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
  %283 = add nsw i32 %sblock36, 12
  br label %sblock

smask:                                            ; preds = %sblock, %body66
  %tmax.sroa.4.0 = phi <16 x float> [ %297, %body66 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %tmax.sroa.0.0 = phi <16 x float> [ %292, %body66 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %smask69 = phi i32 [ %298, %body66 ], [ 0, %sblock ]
  %284 = icmp slt i32 %smask69, %184
  br i1 %284, label %body66, label %exit68

body66:                                           ; preds = %smask
  %285 = add i32 %ktile18, %smask69
  %286 = insertelement <16 x i32> poison, i32 %285, i32 0
  %splat70 = shufflevector <16 x i32> %286, <16 x i32> poison, <16 x i32> zeroinitializer
  %287 = sext i32 %smask69 to i64
  %288 = mul i64 %287, 32
  %289 = getelementptr i32, ptr %st, i64 %288
  %s = load <16 x float>, ptr %289, align 64
  %290 = icmp slt <16 x i32> %splat70, %195
  %291 = select <16 x i1> %290, <16 x float> %s, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %291, ptr %289, align 64
  %292 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.0.0, <16 x float> %291)
  %293 = add i64 %288, 16
  %294 = getelementptr i32, ptr %st, i64 %293
  %s71 = load <16 x float>, ptr %294, align 64
  %295 = icmp slt <16 x i32> %splat70, %198
  %296 = select <16 x i1> %295, <16 x float> %s71, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %296, ptr %294, align 64
  %297 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.4.0, <16 x float> %296)
  %298 = add nsw i32 %smask69, 1
  br label %smask

exit68:                                           ; preds = %smask
  %m = load <16 x float>, ptr %191, align 64
  %299 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m, <16 x float> %tmax.sroa.0.0)
  %300 = fcmp oeq <16 x float> %299, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse72 = select <16 x i1> %300, <16 x float> zeroinitializer, <16 x float> %299
  %301 = fsub <16 x float> %m, %muse72
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
  store <16 x float> %299, ptr %191, align 64
  %315 = getelementptr <16 x float>, ptr %191, i64 1
  %m73 = load <16 x float>, ptr %315, align 64
  %316 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m73, <16 x float> %tmax.sroa.4.0)
  %317 = fcmp oeq <16 x float> %316, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse74 = select <16 x i1> %317, <16 x float> zeroinitializer, <16 x float> %316
  %318 = fsub <16 x float> %m73, %muse74
  %319 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %318, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %320 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %319, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %321 = fadd <16 x float> %320, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n75 = fsub <16 x float> %321, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f76 = fsub <16 x float> %320, %n75
  %322 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f76, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %323 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %322, <16 x float> %f76, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %324 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %323, <16 x float> %f76, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %325 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %324, <16 x float> %f76, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %326 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %325, <16 x float> %f76, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %327 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %326, <16 x float> %f76, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %328 = fptosi <16 x float> %n75 to <16 x i32>
  %329 = add <16 x i32> %328, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %330 = shl <16 x i32> %329, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %331 = bitcast <16 x i32> %330 to <16 x float>
  %exp277 = fmul <16 x float> %327, %331
  store <16 x float> %316, ptr %315, align 64
  br label %sexp

sexp:                                             ; preds = %body78, %exit68
  %lsum.sroa.4.0 = phi <16 x float> [ zeroinitializer, %exit68 ], [ %369, %body78 ]
  %lsum.sroa.0.0 = phi <16 x float> [ zeroinitializer, %exit68 ], [ %351, %body78 ]
  %sexp81 = phi i32 [ 0, %exit68 ], [ %370, %body78 ]
  %332 = icmp slt i32 %sexp81, %184
  br i1 %332, label %body78, label %exit80

body78:                                           ; preds = %sexp
  %333 = sext i32 %sexp81 to i64
  %334 = mul i64 %333, 32
  %335 = getelementptr i32, ptr %st, i64 %334
  %336 = load <16 x float>, ptr %335, align 64
  %337 = fsub <16 x float> %336, %muse72
  %338 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %337, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %339 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %338, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %340 = fadd <16 x float> %339, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n82 = fsub <16 x float> %340, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f83 = fsub <16 x float> %339, %n82
  %341 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f83, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %342 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %341, <16 x float> %f83, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %343 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %342, <16 x float> %f83, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %344 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %343, <16 x float> %f83, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %345 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %344, <16 x float> %f83, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %346 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %345, <16 x float> %f83, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %347 = fptosi <16 x float> %n82 to <16 x i32>
  %348 = add <16 x i32> %347, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %349 = shl <16 x i32> %348, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %350 = bitcast <16 x i32> %349 to <16 x float>
  %exp284 = fmul <16 x float> %346, %350
  store <16 x float> %exp284, ptr %335, align 64
  %351 = fadd <16 x float> %lsum.sroa.0.0, %exp284
  %352 = add i64 %334, 16
  %353 = getelementptr i32, ptr %st, i64 %352
  %354 = load <16 x float>, ptr %353, align 64
  %355 = fsub <16 x float> %354, %muse74
  %356 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %355, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %357 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %356, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %358 = fadd <16 x float> %357, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n85 = fsub <16 x float> %358, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f86 = fsub <16 x float> %357, %n85
  %359 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f86, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %360 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %359, <16 x float> %f86, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %361 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %360, <16 x float> %f86, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %362 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %361, <16 x float> %f86, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %363 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %362, <16 x float> %f86, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %364 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %363, <16 x float> %f86, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %365 = fptosi <16 x float> %n85 to <16 x i32>
  %366 = add <16 x i32> %365, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %367 = shl <16 x i32> %366, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %368 = bitcast <16 x i32> %367 to <16 x float>
  %exp287 = fmul <16 x float> %364, %368
  store <16 x float> %exp287, ptr %353, align 64
  %369 = fadd <16 x float> %lsum.sroa.4.0, %exp287
  %370 = add nsw i32 %sexp81, 1
  br label %sexp

exit80:                                           ; preds = %sexp
  %371 = load <16 x float>, ptr %192, align 64
  %372 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %371, <16 x float> %exp2, <16 x float> %lsum.sroa.0.0)
  store <16 x float> %372, ptr %192, align 64
  %373 = getelementptr <16 x float>, ptr %192, i64 1
  %374 = load <16 x float>, ptr %373, align 64
  %375 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %374, <16 x float> %exp277, <16 x float> %lsum.sroa.4.0)
  store <16 x float> %375, ptr %373, align 64
  br label %pvblock

pvblock:                                          ; preds = %exit94, %exit80
  %pvblock91 = phi i32 [ 0, %exit80 ], [ %489, %exit94 ]
  %376 = icmp slt i32 %pvblock91, 8
  br i1 %376, label %body88, label %join

body88:                                           ; preds = %pvblock
  %377 = mul i32 %pvblock91, 10
  %378 = sext i32 %377 to i64
  %379 = mul i64 %378, 32
  %380 = getelementptr i32, ptr %189, i64 %379
  %381 = load <16 x float>, ptr %380, align 64
  %382 = fmul <16 x float> %381, %exp2
  %383 = getelementptr i32, ptr %380, i64 16
  %384 = load <16 x float>, ptr %383, align 64
  %385 = fmul <16 x float> %384, %exp277
  %386 = getelementptr i32, ptr %380, i64 32
  %387 = load <16 x float>, ptr %386, align 64
  %388 = fmul <16 x float> %387, %exp2
  %389 = getelementptr i32, ptr %380, i64 48
  %390 = load <16 x float>, ptr %389, align 64
  %391 = fmul <16 x float> %390, %exp277
  %392 = getelementptr i32, ptr %380, i64 64
  %393 = load <16 x float>, ptr %392, align 64
  %394 = fmul <16 x float> %393, %exp2
  %395 = getelementptr i32, ptr %380, i64 80
  %396 = load <16 x float>, ptr %395, align 64
  %397 = fmul <16 x float> %396, %exp277
  %398 = getelementptr i32, ptr %380, i64 96
  %399 = load <16 x float>, ptr %398, align 64
  %400 = fmul <16 x float> %399, %exp2
  %401 = getelementptr i32, ptr %380, i64 112
  %402 = load <16 x float>, ptr %401, align 64
  %403 = fmul <16 x float> %402, %exp277
  %404 = getelementptr i32, ptr %380, i64 128
  %405 = load <16 x float>, ptr %404, align 64
  %406 = fmul <16 x float> %405, %exp2
  %407 = getelementptr i32, ptr %380, i64 144
  %408 = load <16 x float>, ptr %407, align 64
  %409 = fmul <16 x float> %408, %exp277
  %410 = getelementptr i32, ptr %380, i64 160
  %411 = load <16 x float>, ptr %410, align 64
  %412 = fmul <16 x float> %411, %exp2
  %413 = getelementptr i32, ptr %380, i64 176
  %414 = load <16 x float>, ptr %413, align 64
  %415 = fmul <16 x float> %414, %exp277
  %416 = getelementptr i32, ptr %380, i64 192
  %417 = load <16 x float>, ptr %416, align 64
  %418 = fmul <16 x float> %417, %exp2
  %419 = getelementptr i32, ptr %380, i64 208
  %420 = load <16 x float>, ptr %419, align 64
  %421 = fmul <16 x float> %420, %exp277
  %422 = getelementptr i32, ptr %380, i64 224
  %423 = load <16 x float>, ptr %422, align 64
  %424 = fmul <16 x float> %423, %exp2
  %425 = getelementptr i32, ptr %380, i64 240
  %426 = load <16 x float>, ptr %425, align 64
  %427 = fmul <16 x float> %426, %exp277
  %428 = getelementptr i32, ptr %380, i64 256
  %429 = load <16 x float>, ptr %428, align 64
  %430 = fmul <16 x float> %429, %exp2
  %431 = getelementptr i32, ptr %380, i64 272
  %432 = load <16 x float>, ptr %431, align 64
  %433 = fmul <16 x float> %432, %exp277
  %434 = getelementptr i32, ptr %380, i64 288
  %435 = load <16 x float>, ptr %434, align 64
  %436 = fmul <16 x float> %435, %exp2
  %437 = getelementptr i32, ptr %380, i64 304
  %438 = load <16 x float>, ptr %437, align 64
  %439 = fmul <16 x float> %438, %exp277
  br label %kpv

kpv:                                              ; preds = %body92, %body88
  %o.sroa.60.0 = phi <16 x float> [ %427, %body88 ], [ %479, %body92 ]
  %o.sroa.56.0 = phi <16 x float> [ %424, %body88 ], [ %478, %body92 ]
  %o.sroa.52.0 = phi <16 x float> [ %421, %body88 ], [ %475, %body92 ]
  %o.sroa.48.0 = phi <16 x float> [ %418, %body88 ], [ %474, %body92 ]
  %o.sroa.44.0 = phi <16 x float> [ %415, %body88 ], [ %471, %body92 ]
  %o.sroa.40.0 = phi <16 x float> [ %412, %body88 ], [ %470, %body92 ]
  %o.sroa.36.0 = phi <16 x float> [ %409, %body88 ], [ %467, %body92 ]
  %o.sroa.32.0 = phi <16 x float> [ %406, %body88 ], [ %466, %body92 ]
  %o.sroa.28.0 = phi <16 x float> [ %403, %body88 ], [ %463, %body92 ]
  %o.sroa.24.0 = phi <16 x float> [ %400, %body88 ], [ %462, %body92 ]
  %o.sroa.20.0 = phi <16 x float> [ %397, %body88 ], [ %459, %body92 ]
  %o.sroa.16.0 = phi <16 x float> [ %394, %body88 ], [ %458, %body92 ]
  %o.sroa.12.0 = phi <16 x float> [ %391, %body88 ], [ %455, %body92 ]
  %o.sroa.8.0 = phi <16 x float> [ %388, %body88 ], [ %454, %body92 ]
  %o.sroa.4.0 = phi <16 x float> [ %385, %body88 ], [ %451, %body92 ]
  %o.sroa.0.0 = phi <16 x float> [ %382, %body88 ], [ %450, %body92 ]
  %o.sroa.64.0 = phi <16 x float> [ %430, %body88 ], [ %482, %body92 ]
  %o.sroa.68.0 = phi <16 x float> [ %433, %body88 ], [ %483, %body92 ]
  %o.sroa.72.0 = phi <16 x float> [ %436, %body88 ], [ %486, %body92 ]
  %o.sroa.76.0 = phi <16 x float> [ %439, %body88 ], [ %487, %body92 ]
  %kpv95 = phi i32 [ 0, %body88 ], [ %488, %body92 ]
  %440 = icmp slt i32 %kpv95, %184
  br i1 %440, label %body92, label %exit94

body92:                                           ; preds = %kpv
  %441 = sext i32 %kpv95 to i64
  %442 = mul i64 %441, 32
  %443 = getelementptr i32, ptr %st, i64 %442
  %p = load <16 x float>, ptr %443, align 64
  %444 = add i64 %442, 16
  %445 = getelementptr i32, ptr %st, i64 %444
  %p96 = load <16 x float>, ptr %445, align 64
  %446 = mul i64 %441, 320
  %447 = getelementptr i8, ptr %vbuf, i64 %446
  %448 = getelementptr i32, ptr %447, i64 %378
  %v = load float, ptr %448, align 4
  %449 = insertelement <16 x float> poison, float %v, i32 0
  %splat97 = shufflevector <16 x float> %449, <16 x float> poison, <16 x i32> zeroinitializer
  %450 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat97, <16 x float> %o.sroa.0.0)
  %451 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p96, <16 x float> %splat97, <16 x float> %o.sroa.4.0)
  %452 = getelementptr i32, ptr %448, i64 1
  %v98 = load float, ptr %452, align 4
  %453 = insertelement <16 x float> poison, float %v98, i32 0
  %splat99 = shufflevector <16 x float> %453, <16 x float> poison, <16 x i32> zeroinitializer
  %454 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat99, <16 x float> %o.sroa.8.0)
  %455 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p96, <16 x float> %splat99, <16 x float> %o.sroa.12.0)
  %456 = getelementptr i32, ptr %448, i64 2
  %v100 = load float, ptr %456, align 4
  %457 = insertelement <16 x float> poison, float %v100, i32 0
  %splat101 = shufflevector <16 x float> %457, <16 x float> poison, <16 x i32> zeroinitializer
  %458 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat101, <16 x float> %o.sroa.16.0)
  %459 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p96, <16 x float> %splat101, <16 x float> %o.sroa.20.0)
  %460 = getelementptr i32, ptr %448, i64 3
  %v102 = load float, ptr %460, align 4
  %461 = insertelement <16 x float> poison, float %v102, i32 0
  %splat103 = shufflevector <16 x float> %461, <16 x float> poison, <16 x i32> zeroinitializer
  %462 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat103, <16 x float> %o.sroa.24.0)
  %463 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p96, <16 x float> %splat103, <16 x float> %o.sroa.28.0)
  %464 = getelementptr i32, ptr %448, i64 4
  %v104 = load float, ptr %464, align 4
  %465 = insertelement <16 x float> poison, float %v104, i32 0
  %splat105 = shufflevector <16 x float> %465, <16 x float> poison, <16 x i32> zeroinitializer
  %466 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat105, <16 x float> %o.sroa.32.0)
  %467 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p96, <16 x float> %splat105, <16 x float> %o.sroa.36.0)
  %468 = getelementptr i32, ptr %448, i64 5
  %v106 = load float, ptr %468, align 4
  %469 = insertelement <16 x float> poison, float %v106, i32 0
  %splat107 = shufflevector <16 x float> %469, <16 x float> poison, <16 x i32> zeroinitializer
  %470 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat107, <16 x float> %o.sroa.40.0)
  %471 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p96, <16 x float> %splat107, <16 x float> %o.sroa.44.0)
  %472 = getelementptr i32, ptr %448, i64 6
  %v108 = load float, ptr %472, align 4
  %473 = insertelement <16 x float> poison, float %v108, i32 0
  %splat109 = shufflevector <16 x float> %473, <16 x float> poison, <16 x i32> zeroinitializer
  %474 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat109, <16 x float> %o.sroa.48.0)
  %475 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p96, <16 x float> %splat109, <16 x float> %o.sroa.52.0)
  %476 = getelementptr i32, ptr %448, i64 7
  %v110 = load float, ptr %476, align 4
  %477 = insertelement <16 x float> poison, float %v110, i32 0
  %splat111 = shufflevector <16 x float> %477, <16 x float> poison, <16 x i32> zeroinitializer
  %478 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat111, <16 x float> %o.sroa.56.0)
  %479 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p96, <16 x float> %splat111, <16 x float> %o.sroa.60.0)
  %480 = getelementptr i32, ptr %448, i64 8
  %v112 = load float, ptr %480, align 4
  %481 = insertelement <16 x float> poison, float %v112, i32 0
  %splat113 = shufflevector <16 x float> %481, <16 x float> poison, <16 x i32> zeroinitializer
  %482 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat113, <16 x float> %o.sroa.64.0)
  %483 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p96, <16 x float> %splat113, <16 x float> %o.sroa.68.0)
  %484 = getelementptr i32, ptr %448, i64 9
  %v114 = load float, ptr %484, align 4
  %485 = insertelement <16 x float> poison, float %v114, i32 0
  %splat115 = shufflevector <16 x float> %485, <16 x float> poison, <16 x i32> zeroinitializer
  %486 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat115, <16 x float> %o.sroa.72.0)
  %487 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p96, <16 x float> %splat115, <16 x float> %o.sroa.76.0)
  %488 = add nsw i32 %kpv95, 1
  br label %kpv

exit94:                                           ; preds = %kpv
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
  %489 = add nsw i32 %pvblock91, 1
  br label %pvblock

orow116:                                          ; preds = %written, %exit17
  %orow120 = phi i32 [ 0, %exit17 ], [ %525, %written ]
  %490 = icmp slt i32 %orow120, %nrows
  br i1 %490, label %body117, label %common.ret

body117:                                          ; preds = %orow116
  %491 = sext i32 %orow120 to i64
  %492 = getelementptr float, ptr %ms, i64 %491
  %m121 = load float, ptr %492, align 4
  %493 = getelementptr float, ptr %ls, i64 %491
  %l = load float, ptr %493, align 4
  %494 = sdiv i32 %orow120, 32
  %495 = srem i32 %orow120, 32
  %496 = sext i32 %494 to i64
  %497 = mul i64 %496, 2560
  %498 = getelementptr i32, ptr %ot, i64 %497
  br label %otrow

otrow:                                            ; preds = %body122, %body117
  %otrow125 = phi i32 [ 0, %body117 ], [ %507, %body122 ]
  %499 = icmp slt i32 %otrow125, 80
  br i1 %499, label %body122, label %exit124

body122:                                          ; preds = %otrow
  %500 = sext i32 %495 to i64
  %501 = sext i32 %otrow125 to i64
  %502 = mul i64 %501, 32
  %503 = add i64 %502, %500
  %504 = getelementptr i32, ptr %498, i64 %503
  %505 = load float, ptr %504, align 4
  %506 = getelementptr i32, ptr %rowbuf, i64 %501
  store float %505, ptr %506, align 4
  %507 = add nsw i32 %otrow125, 1
  br label %otrow

exit124:                                          ; preds = %otrow
  %508 = icmp ne ptr %part, null
  br i1 %508, label %partial, label %final

partial:                                          ; preds = %exit124
  %509 = sext i32 %nrows to i64
  %510 = mul i64 %491, 80
  %511 = getelementptr float, ptr %part, i64 %510
  br label %chunk126

final:                                            ; preds = %exit124
  %512 = sdiv i32 %orow120, %nh
  %qi131 = add i32 %q_begin, %512
  %513 = srem i32 %orow120, %nh
  %514 = add i32 %h_begin, %513
  %hq132 = add i32 %kv_head, %514
  %515 = sext i32 %qi131 to i64
  %516 = add i64 %q_row0, %515
  %517 = mul i64 %516, 32
  %518 = sext i32 %hq132 to i64
  %orow133 = add i64 %517, %518
  %519 = fcmp oeq float %l, 0.000000e+00
  %520 = fdiv float 1.000000e+00, %l
  %521 = select i1 %519, float 0.000000e+00, float %520
  %522 = mul i64 %orow133, 320
  %523 = getelementptr i8, ptr %out, i64 %522
  %524 = insertelement <16 x float> poison, float %521, i32 0
  %splat134 = shufflevector <16 x float> %524, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk135

written:                                          ; preds = %exit138, %exit129
  %525 = add nsw i32 %orow120, 1
  br label %orow116

chunk126:                                         ; preds = %body127, %partial
  %chunk130 = phi i64 [ 0, %partial ], [ %531, %body127 ]
  %526 = icmp slt i64 %chunk130, 5
  br i1 %526, label %body127, label %exit129

body127:                                          ; preds = %chunk126
  %527 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk130
  %528 = load <16 x float>, ptr %527, align 64
  %529 = mul i64 %chunk130, 64
  %530 = getelementptr i8, ptr %511, i64 %529
  store <16 x float> %528, ptr %530, align 4
  %531 = add nsw i64 %chunk130, 1
  br label %chunk126

exit129:                                          ; preds = %chunk126
  %532 = mul i64 %509, 80
  %533 = add i64 %532, %491
  %534 = getelementptr float, ptr %part, i64 %533
  store float %m121, ptr %534, align 4
  %535 = add i64 %533, %509
  %536 = getelementptr float, ptr %part, i64 %535
  store float %l, ptr %536, align 4
  br label %written

chunk135:                                         ; preds = %body136, %final
  %chunk139 = phi i64 [ 0, %final ], [ %543, %body136 ]
  %537 = icmp slt i64 %chunk139, 5
  br i1 %537, label %body136, label %exit138

body136:                                          ; preds = %chunk135
  %538 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk139
  %539 = load <16 x float>, ptr %538, align 64
  %540 = fmul <16 x float> %539, %splat134
  %541 = mul i64 %chunk139, 64
  %542 = getelementptr i8, ptr %523, i64 %541
  store <16 x float> %540, ptr %542, align 4
  %543 = add nsw i64 %chunk139, 1
  br label %chunk135

exit138:                                          ; preds = %chunk135
  %544 = call float @llvm.log.f32(float %l)
  %545 = call float @llvm.fmuladd.f32(float %m121, float 0x3FE62E4300000000, float %544)
  %lse140 = select i1 %519, float 0xFFF0000000000000, float %545
  %546 = getelementptr float, ptr %lse, i64 %orow133
  store float %lse140, ptr %546, align 4
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
