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

done:                                             ; preds = %orow63, %entry
  ret void

rinit:                                            ; preds = %entry, %exit8
  %rinit1 = phi i32 [ %64, %exit8 ], [ 0, %entry ]
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
  %44 = sext i32 %43 to i64
  %45 = getelementptr i32, ptr %lims, i64 %44
  %fact = load i32, ptr %45, align 4
  %k_last = sub i32 %fact, 1
  br label %kblock

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %52, %body2 ]
  %46 = icmp slt i64 %chunk5, 5
  br i1 %46, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %47 = mul i64 %chunk5, 64
  %48 = getelementptr i8, ptr %40, i64 %47
  %49 = load <16 x float>, ptr %48, align 4
  %50 = fmul <16 x float> %49, %splat
  %51 = getelementptr <16 x float>, ptr %28, i64 %chunk5
  store <16 x float> %50, ptr %51, align 64
  %52 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %53 = getelementptr float, ptr %ms, i64 %26
  store float 0xFFF0000000000000, ptr %53, align 4
  %54 = getelementptr float, ptr %ls, i64 %26
  store float 0.000000e+00, ptr %54, align 4
  %55 = getelementptr i32, ptr %lims, i64 %26
  %qpos = add i32 %q_pos0, %qi
  %56 = add i32 %qpos, 1
  %57 = call i32 @llvm.smin.i32(i32 %56, i32 %k_end)
  store i32 %57, ptr %55, align 4
  br label %acczero

acczero:                                          ; preds = %body6, %exit4
  %acczero9 = phi i64 [ 0, %exit4 ], [ %63, %body6 ]
  %58 = icmp slt i64 %acczero9, 5
  br i1 %58, label %body6, label %exit8

body6:                                            ; preds = %acczero
  %59 = mul i64 %acczero9, 16
  %60 = mul i64 %26, 80
  %61 = add i64 %60, %59
  %62 = getelementptr float, ptr %accs, i64 %61
  store <16 x float> zeroinitializer, ptr %62, align 64
  %63 = add nsw i64 %acczero9, 1
  br label %acczero

exit8:                                            ; preds = %acczero
  %64 = add nsw i32 %rinit1, 1
  br label %rinit

kblock:                                           ; preds = %exit57, %exit
  %kblock13 = phi i32 [ %k_begin, %exit ], [ %66, %exit57 ]
  %65 = icmp slt i32 %kblock13, %fact
  br i1 %65, label %body10, label %orow63

body10:                                           ; preds = %kblock
  %66 = add i32 %kblock13, 64
  br label %kdot

kdot:                                             ; preds = %body14, %body10
  %kdot17 = phi i32 [ 0, %body10 ], [ %159, %body14 ]
  %67 = icmp slt i32 %kdot17, 64
  br i1 %67, label %body14, label %score

body14:                                           ; preds = %kdot
  %68 = add i32 %kblock13, %kdot17
  %69 = call i32 @llvm.smin.i32(i32 %68, i32 %k_last)
  %70 = sext i32 %69 to i64
  %71 = mul i64 %70, 32
  %row = add i64 %21, %71
  %72 = mul i64 %row, 320
  %73 = getelementptr i8, ptr %20, i64 %72
  %74 = add i32 %69, 12
  %75 = call i32 @llvm.smin.i32(i32 %74, i32 %k_last)
  %76 = sext i32 %75 to i64
  %77 = mul i64 %76, 32
  %row18 = add i64 %21, %77
  %78 = mul i64 %row18, 320
  %79 = getelementptr i8, ptr %20, i64 %78
  call void @llvm.prefetch.p0(ptr %79, i32 0, i32 3, i32 1)
  %80 = getelementptr i8, ptr %79, i64 64
  call void @llvm.prefetch.p0(ptr %80, i32 0, i32 3, i32 1)
  %81 = getelementptr i8, ptr %79, i64 128
  call void @llvm.prefetch.p0(ptr %81, i32 0, i32 3, i32 1)
  %82 = getelementptr i8, ptr %79, i64 192
  call void @llvm.prefetch.p0(ptr %82, i32 0, i32 3, i32 1)
  %83 = getelementptr i8, ptr %79, i64 256
  call void @llvm.prefetch.p0(ptr %83, i32 0, i32 3, i32 1)
  %84 = add i32 %66, %kdot17
  %85 = call i32 @llvm.smin.i32(i32 %84, i32 %k_last)
  %86 = sext i32 %85 to i64
  %87 = mul i64 %86, 32
  %row19 = add i64 %21, %87
  %88 = mul i64 %row19, 320
  %89 = getelementptr i8, ptr %20, i64 %88
  call void @llvm.prefetch.p0(ptr %89, i32 0, i32 2, i32 1)
  %90 = getelementptr i8, ptr %89, i64 64
  call void @llvm.prefetch.p0(ptr %90, i32 0, i32 2, i32 1)
  %91 = getelementptr i8, ptr %89, i64 128
  call void @llvm.prefetch.p0(ptr %91, i32 0, i32 2, i32 1)
  %92 = getelementptr i8, ptr %89, i64 192
  call void @llvm.prefetch.p0(ptr %92, i32 0, i32 2, i32 1)
  %93 = getelementptr i8, ptr %89, i64 256
  call void @llvm.prefetch.p0(ptr %93, i32 0, i32 2, i32 1)
  %94 = add i32 %kdot17, 1
  %95 = add i32 %kblock13, %94
  %96 = call i32 @llvm.smin.i32(i32 %95, i32 %k_last)
  %97 = sext i32 %96 to i64
  %98 = mul i64 %97, 32
  %row20 = add i64 %21, %98
  %99 = mul i64 %row20, 320
  %100 = getelementptr i8, ptr %20, i64 %99
  %101 = add i32 %96, 12
  %102 = call i32 @llvm.smin.i32(i32 %101, i32 %k_last)
  %103 = sext i32 %102 to i64
  %104 = mul i64 %103, 32
  %row21 = add i64 %21, %104
  %105 = mul i64 %row21, 320
  %106 = getelementptr i8, ptr %20, i64 %105
  call void @llvm.prefetch.p0(ptr %106, i32 0, i32 3, i32 1)
  %107 = getelementptr i8, ptr %106, i64 64
  call void @llvm.prefetch.p0(ptr %107, i32 0, i32 3, i32 1)
  %108 = getelementptr i8, ptr %106, i64 128
  call void @llvm.prefetch.p0(ptr %108, i32 0, i32 3, i32 1)
  %109 = getelementptr i8, ptr %106, i64 192
  call void @llvm.prefetch.p0(ptr %109, i32 0, i32 3, i32 1)
  %110 = getelementptr i8, ptr %106, i64 256
  call void @llvm.prefetch.p0(ptr %110, i32 0, i32 3, i32 1)
  %111 = add i32 %66, %94
  %112 = call i32 @llvm.smin.i32(i32 %111, i32 %k_last)
  %113 = sext i32 %112 to i64
  %114 = mul i64 %113, 32
  %row22 = add i64 %21, %114
  %115 = mul i64 %row22, 320
  %116 = getelementptr i8, ptr %20, i64 %115
  call void @llvm.prefetch.p0(ptr %116, i32 0, i32 2, i32 1)
  %117 = getelementptr i8, ptr %116, i64 64
  call void @llvm.prefetch.p0(ptr %117, i32 0, i32 2, i32 1)
  %118 = getelementptr i8, ptr %116, i64 128
  call void @llvm.prefetch.p0(ptr %118, i32 0, i32 2, i32 1)
  %119 = getelementptr i8, ptr %116, i64 192
  call void @llvm.prefetch.p0(ptr %119, i32 0, i32 2, i32 1)
  %120 = getelementptr i8, ptr %116, i64 256
  call void @llvm.prefetch.p0(ptr %120, i32 0, i32 2, i32 1)
  %q23 = load <16 x float>, ptr %qs, align 64
  %121 = load <16 x float>, ptr %73, align 4
  %122 = load <16 x float>, ptr %100, align 4
  %123 = fmul <16 x float> %q23, %121
  %124 = fmul <16 x float> %q23, %122
  %125 = getelementptr <16 x float>, ptr %qs, i64 1
  %q24 = load <16 x float>, ptr %125, align 64
  %126 = getelementptr i8, ptr %73, i64 64
  %127 = load <16 x float>, ptr %126, align 4
  %128 = getelementptr i8, ptr %100, i64 64
  %129 = load <16 x float>, ptr %128, align 4
  %130 = fmul <16 x float> %q24, %127
  %131 = fmul <16 x float> %q24, %129
  %132 = getelementptr <16 x float>, ptr %qs, i64 2
  %q25 = load <16 x float>, ptr %132, align 64
  %133 = getelementptr i8, ptr %73, i64 128
  %134 = load <16 x float>, ptr %133, align 4
  %135 = getelementptr i8, ptr %100, i64 128
  %136 = load <16 x float>, ptr %135, align 4
  %137 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %134, <16 x float> %123)
  %138 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %136, <16 x float> %124)
  %139 = getelementptr <16 x float>, ptr %qs, i64 3
  %q26 = load <16 x float>, ptr %139, align 64
  %140 = getelementptr i8, ptr %73, i64 192
  %141 = load <16 x float>, ptr %140, align 4
  %142 = getelementptr i8, ptr %100, i64 192
  %143 = load <16 x float>, ptr %142, align 4
  %144 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q26, <16 x float> %141, <16 x float> %130)
  %145 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q26, <16 x float> %143, <16 x float> %131)
  %146 = getelementptr <16 x float>, ptr %qs, i64 4
  %q27 = load <16 x float>, ptr %146, align 64
  %147 = getelementptr i8, ptr %73, i64 256
  %148 = load <16 x float>, ptr %147, align 4
  %149 = getelementptr i8, ptr %100, i64 256
  %150 = load <16 x float>, ptr %149, align 4
  %151 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %148, <16 x float> %137)
  %152 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %150, <16 x float> %138)
  %153 = fadd <16 x float> %151, %144
  %154 = sext i32 %kdot17 to i64
  %155 = getelementptr <16 x float>, ptr %dbuf, i64 %154
  store <16 x float> %153, ptr %155, align 64
  %156 = fadd <16 x float> %152, %145
  %157 = sext i32 %94 to i64
  %158 = getelementptr <16 x float>, ptr %dbuf, i64 %157
  store <16 x float> %156, ptr %158, align 64
  %159 = add nsw i32 %kdot17, 2
  br label %kdot

score:                                            ; preds = %kdot, %body28
  %score31 = phi i64 [ %273, %body28 ], [ 0, %kdot ]
  %160 = icmp slt i64 %score31, 4
  br i1 %160, label %body28, label %rmax

body28:                                           ; preds = %score
  %161 = sdiv i64 %score31, 4
  %162 = srem i64 %score31, 4
  %163 = mul i64 %162, 16
  %164 = mul i64 %161, 64
  %165 = add i64 %164, %163
  %166 = getelementptr <16 x float>, ptr %dbuf, i64 %165
  %167 = load <16 x float>, ptr %166, align 64
  %168 = add i64 %165, 1
  %169 = getelementptr <16 x float>, ptr %dbuf, i64 %168
  %170 = load <16 x float>, ptr %169, align 64
  %171 = shufflevector <16 x float> %167, <16 x float> %170, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %172 = shufflevector <16 x float> %167, <16 x float> %170, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %173 = fadd <16 x float> %171, %172
  %174 = add i64 %165, 2
  %175 = getelementptr <16 x float>, ptr %dbuf, i64 %174
  %176 = load <16 x float>, ptr %175, align 64
  %177 = add i64 %165, 3
  %178 = getelementptr <16 x float>, ptr %dbuf, i64 %177
  %179 = load <16 x float>, ptr %178, align 64
  %180 = shufflevector <16 x float> %176, <16 x float> %179, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %181 = shufflevector <16 x float> %176, <16 x float> %179, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %182 = fadd <16 x float> %180, %181
  %183 = shufflevector <16 x float> %173, <16 x float> %182, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %184 = shufflevector <16 x float> %173, <16 x float> %182, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %185 = fadd <16 x float> %183, %184
  %186 = add i64 %165, 4
  %187 = getelementptr <16 x float>, ptr %dbuf, i64 %186
  %188 = load <16 x float>, ptr %187, align 64
  %189 = add i64 %165, 5
  %190 = getelementptr <16 x float>, ptr %dbuf, i64 %189
  %191 = load <16 x float>, ptr %190, align 64
  %192 = shufflevector <16 x float> %188, <16 x float> %191, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %193 = shufflevector <16 x float> %188, <16 x float> %191, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %194 = fadd <16 x float> %192, %193
  %195 = add i64 %165, 6
  %196 = getelementptr <16 x float>, ptr %dbuf, i64 %195
  %197 = load <16 x float>, ptr %196, align 64
  %198 = add i64 %165, 7
  %199 = getelementptr <16 x float>, ptr %dbuf, i64 %198
  %200 = load <16 x float>, ptr %199, align 64
  %201 = shufflevector <16 x float> %197, <16 x float> %200, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %202 = shufflevector <16 x float> %197, <16 x float> %200, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %203 = fadd <16 x float> %201, %202
  %204 = shufflevector <16 x float> %194, <16 x float> %203, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %205 = shufflevector <16 x float> %194, <16 x float> %203, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %206 = fadd <16 x float> %204, %205
  %207 = shufflevector <16 x float> %185, <16 x float> %206, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %208 = shufflevector <16 x float> %185, <16 x float> %206, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %209 = fadd <16 x float> %207, %208
  %210 = add i64 %165, 8
  %211 = getelementptr <16 x float>, ptr %dbuf, i64 %210
  %212 = load <16 x float>, ptr %211, align 64
  %213 = add i64 %165, 9
  %214 = getelementptr <16 x float>, ptr %dbuf, i64 %213
  %215 = load <16 x float>, ptr %214, align 64
  %216 = shufflevector <16 x float> %212, <16 x float> %215, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %217 = shufflevector <16 x float> %212, <16 x float> %215, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %218 = fadd <16 x float> %216, %217
  %219 = add i64 %165, 10
  %220 = getelementptr <16 x float>, ptr %dbuf, i64 %219
  %221 = load <16 x float>, ptr %220, align 64
  %222 = add i64 %165, 11
  %223 = getelementptr <16 x float>, ptr %dbuf, i64 %222
  %224 = load <16 x float>, ptr %223, align 64
  %225 = shufflevector <16 x float> %221, <16 x float> %224, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %226 = shufflevector <16 x float> %221, <16 x float> %224, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %227 = fadd <16 x float> %225, %226
  %228 = shufflevector <16 x float> %218, <16 x float> %227, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %229 = shufflevector <16 x float> %218, <16 x float> %227, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %230 = fadd <16 x float> %228, %229
  %231 = add i64 %165, 12
  %232 = getelementptr <16 x float>, ptr %dbuf, i64 %231
  %233 = load <16 x float>, ptr %232, align 64
  %234 = add i64 %165, 13
  %235 = getelementptr <16 x float>, ptr %dbuf, i64 %234
  %236 = load <16 x float>, ptr %235, align 64
  %237 = shufflevector <16 x float> %233, <16 x float> %236, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %238 = shufflevector <16 x float> %233, <16 x float> %236, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %239 = fadd <16 x float> %237, %238
  %240 = add i64 %165, 14
  %241 = getelementptr <16 x float>, ptr %dbuf, i64 %240
  %242 = load <16 x float>, ptr %241, align 64
  %243 = add i64 %165, 15
  %244 = getelementptr <16 x float>, ptr %dbuf, i64 %243
  %245 = load <16 x float>, ptr %244, align 64
  %246 = shufflevector <16 x float> %242, <16 x float> %245, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %247 = shufflevector <16 x float> %242, <16 x float> %245, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %248 = fadd <16 x float> %246, %247
  %249 = shufflevector <16 x float> %239, <16 x float> %248, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %250 = shufflevector <16 x float> %239, <16 x float> %248, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %251 = fadd <16 x float> %249, %250
  %252 = shufflevector <16 x float> %230, <16 x float> %251, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %253 = shufflevector <16 x float> %230, <16 x float> %251, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %254 = fadd <16 x float> %252, %253
  %255 = shufflevector <16 x float> %209, <16 x float> %254, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %256 = shufflevector <16 x float> %209, <16 x float> %254, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %257 = fadd <16 x float> %255, %256
  %258 = getelementptr i32, ptr %lims, i64 %161
  %259 = load i32, ptr %258, align 4
  %260 = insertelement <16 x i32> poison, i32 %259, i32 0
  %splat32 = shufflevector <16 x i32> %260, <16 x i32> poison, <16 x i32> zeroinitializer
  %261 = trunc i64 %163 to i32
  %262 = add i32 %kblock13, %261
  %263 = insertelement <16 x i32> poison, i32 %262, i32 0
  %splat33 = shufflevector <16 x i32> %263, <16 x i32> poison, <16 x i32> zeroinitializer
  %264 = add <16 x i32> %splat33, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %265 = icmp slt <16 x i32> %264, %splat32
  %266 = select <16 x i1> %265, <16 x float> %257, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %267 = getelementptr float, ptr %pbuf, i64 %165
  store <16 x float> %266, ptr %267, align 64
  %268 = getelementptr <16 x float>, ptr %smax, i64 %161
  %269 = icmp eq i64 %162, 0
  %270 = load <16 x float>, ptr %268, align 64
  %271 = select i1 %269, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <16 x float> %270
  %272 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %271, <16 x float> %266)
  store <16 x float> %272, ptr %268, align 64
  %273 = add nsw i64 %score31, 1
  br label %score

rmax:                                             ; preds = %score, %body34
  %rmax37 = phi i64 [ %310, %body34 ], [ 0, %score ]
  %274 = icmp slt i64 %rmax37, 1
  br i1 %274, label %body34, label %pexp

body34:                                           ; preds = %rmax
  %275 = getelementptr float, ptr %ms, i64 %rmax37
  %m = load float, ptr %275, align 4
  %276 = getelementptr <16 x float>, ptr %smax, i64 %rmax37
  %277 = load <16 x float>, ptr %276, align 64
  %278 = shufflevector <16 x float> %277, <16 x float> undef, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %279 = shufflevector <16 x float> %277, <16 x float> undef, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %280 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %278, <8 x float> %279)
  %281 = shufflevector <8 x float> %280, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %282 = shufflevector <8 x float> %280, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %283 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %281, <4 x float> %282)
  %284 = shufflevector <4 x float> %283, <4 x float> undef, <2 x i32> <i32 0, i32 1>
  %285 = shufflevector <4 x float> %283, <4 x float> undef, <2 x i32> <i32 2, i32 3>
  %286 = call <2 x float> @llvm.maxnum.v2f32(<2 x float> %284, <2 x float> %285)
  %287 = shufflevector <2 x float> %286, <2 x float> undef, <1 x i32> zeroinitializer
  %288 = shufflevector <2 x float> %286, <2 x float> undef, <1 x i32> <i32 1>
  %289 = call <1 x float> @llvm.maxnum.v1f32(<1 x float> %287, <1 x float> %288)
  %290 = extractelement <1 x float> %289, i32 0
  %291 = call float @llvm.maxnum.f32(float %m, float %290)
  %292 = fcmp oeq float %291, 0xFFF0000000000000
  %muse38 = select i1 %292, float 0.000000e+00, float %291
  %293 = fsub float %m, %muse38
  %294 = insertelement <16 x float> poison, float %293, i32 0
  %splat39 = shufflevector <16 x float> %294, <16 x float> poison, <16 x i32> zeroinitializer
  %295 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat39, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %296 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %295, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %297 = fadd <16 x float> %296, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %297, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %296, %n
  %298 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %299 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %298, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %300 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %299, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %301 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %300, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %302 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %301, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %303 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %302, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %304 = fptosi <16 x float> %n to <16 x i32>
  %305 = add <16 x i32> %304, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %306 = shl <16 x i32> %305, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %307 = bitcast <16 x i32> %306 to <16 x float>
  %exp2 = fmul <16 x float> %303, %307
  %alpha40 = extractelement <16 x float> %exp2, i32 0
  store float %291, ptr %275, align 4
  %308 = getelementptr float, ptr %muse, i64 %rmax37
  store float %muse38, ptr %308, align 4
  %309 = getelementptr float, ptr %alpha, i64 %rmax37
  store float %alpha40, ptr %309, align 4
  %310 = add nsw i64 %rmax37, 1
  br label %rmax

pexp:                                             ; preds = %rmax, %body41
  %pexp44 = phi i64 [ %341, %body41 ], [ 0, %rmax ]
  %311 = icmp slt i64 %pexp44, 4
  br i1 %311, label %body41, label %lsum49

body41:                                           ; preds = %pexp
  %312 = sdiv i64 %pexp44, 4
  %313 = srem i64 %pexp44, 4
  %314 = mul i64 %313, 16
  %315 = mul i64 %312, 64
  %316 = add i64 %315, %314
  %317 = getelementptr float, ptr %pbuf, i64 %316
  %318 = getelementptr float, ptr %muse, i64 %312
  %319 = load float, ptr %318, align 4
  %320 = insertelement <16 x float> poison, float %319, i32 0
  %splat45 = shufflevector <16 x float> %320, <16 x float> poison, <16 x i32> zeroinitializer
  %321 = load <16 x float>, ptr %317, align 64
  %322 = fsub <16 x float> %321, %splat45
  %323 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %322, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %324 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %323, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %325 = fadd <16 x float> %324, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n46 = fsub <16 x float> %325, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f47 = fsub <16 x float> %324, %n46
  %326 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f47, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %327 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %326, <16 x float> %f47, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %328 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %327, <16 x float> %f47, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %329 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %328, <16 x float> %f47, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %330 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %329, <16 x float> %f47, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %331 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %330, <16 x float> %f47, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %332 = fptosi <16 x float> %n46 to <16 x i32>
  %333 = add <16 x i32> %332, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %334 = shl <16 x i32> %333, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %335 = bitcast <16 x i32> %334 to <16 x float>
  %exp248 = fmul <16 x float> %331, %335
  store <16 x float> %exp248, ptr %317, align 64
  %336 = getelementptr <16 x float>, ptr %lsum, i64 %312
  %337 = icmp eq i64 %313, 0
  %338 = load <16 x float>, ptr %336, align 64
  %339 = select i1 %337, <16 x float> zeroinitializer, <16 x float> %338
  %340 = fadd <16 x float> %339, %exp248
  store <16 x float> %340, ptr %336, align 64
  %341 = add nsw i64 %pexp44, 1
  br label %pexp

lsum49:                                           ; preds = %pexp, %body50
  %lsum53 = phi i64 [ %350, %body50 ], [ 0, %pexp ]
  %342 = icmp slt i64 %lsum53, 1
  br i1 %342, label %body50, label %exit52

body50:                                           ; preds = %lsum49
  %343 = getelementptr float, ptr %ls, i64 %lsum53
  %344 = getelementptr float, ptr %alpha, i64 %lsum53
  %345 = load float, ptr %344, align 4
  %346 = getelementptr <16 x float>, ptr %lsum, i64 %lsum53
  %347 = load <16 x float>, ptr %346, align 64
  %348 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %347)
  %l = load float, ptr %343, align 4
  %349 = call float @llvm.fmuladd.f32(float %l, float %345, float %348)
  store float %349, ptr %343, align 4
  %350 = add nsw i64 %lsum53, 1
  br label %lsum49

exit52:                                           ; preds = %lsum49
  %351 = sub i32 %fact, %kblock13
  %352 = call i32 @llvm.smin.i32(i32 64, i32 %351)
  %353 = load float, ptr %alpha, align 4
  %354 = insertelement <16 x float> poison, float %353, i32 0
  %splat54 = shufflevector <16 x float> %354, <16 x float> poison, <16 x i32> zeroinitializer
  %355 = load <16 x float>, ptr %accs, align 64
  %356 = fmul <16 x float> %355, %splat54
  %357 = getelementptr float, ptr %accs, i64 16
  %358 = load <16 x float>, ptr %357, align 64
  %359 = fmul <16 x float> %358, %splat54
  %360 = getelementptr float, ptr %accs, i64 32
  %361 = load <16 x float>, ptr %360, align 64
  %362 = fmul <16 x float> %361, %splat54
  %363 = getelementptr float, ptr %accs, i64 48
  %364 = load <16 x float>, ptr %363, align 64
  %365 = fmul <16 x float> %364, %splat54
  %366 = getelementptr float, ptr %accs, i64 64
  %367 = load <16 x float>, ptr %366, align 64
  %368 = fmul <16 x float> %367, %splat54
  br label %kpv

kpv:                                              ; preds = %body55, %exit52
  %pacc.sroa.16.0 = phi <16 x float> [ %368, %exit52 ], [ %411, %body55 ]
  %pacc.sroa.12.0 = phi <16 x float> [ %365, %exit52 ], [ %408, %body55 ]
  %pacc.sroa.8.0 = phi <16 x float> [ %362, %exit52 ], [ %405, %body55 ]
  %pacc.sroa.4.0 = phi <16 x float> [ %359, %exit52 ], [ %402, %body55 ]
  %pacc.sroa.0.0 = phi <16 x float> [ %356, %exit52 ], [ %399, %body55 ]
  %kpv58 = phi i32 [ 0, %exit52 ], [ %412, %body55 ]
  %369 = icmp slt i32 %kpv58, %352
  br i1 %369, label %body55, label %exit57

body55:                                           ; preds = %kpv
  %370 = add i32 %kblock13, %kpv58
  %371 = sext i32 %370 to i64
  %372 = mul i64 %371, 32
  %row59 = add i64 %21, %372
  %373 = mul i64 %row59, 320
  %374 = getelementptr i8, ptr %23, i64 %373
  %375 = add i32 %370, 12
  %376 = call i32 @llvm.smin.i32(i32 %375, i32 %k_last)
  %377 = sext i32 %376 to i64
  %378 = mul i64 %377, 32
  %row60 = add i64 %21, %378
  %379 = mul i64 %row60, 320
  %380 = getelementptr i8, ptr %23, i64 %379
  call void @llvm.prefetch.p0(ptr %380, i32 0, i32 3, i32 1)
  %381 = getelementptr i8, ptr %380, i64 64
  call void @llvm.prefetch.p0(ptr %381, i32 0, i32 3, i32 1)
  %382 = getelementptr i8, ptr %380, i64 128
  call void @llvm.prefetch.p0(ptr %382, i32 0, i32 3, i32 1)
  %383 = getelementptr i8, ptr %380, i64 192
  call void @llvm.prefetch.p0(ptr %383, i32 0, i32 3, i32 1)
  %384 = getelementptr i8, ptr %380, i64 256
  call void @llvm.prefetch.p0(ptr %384, i32 0, i32 3, i32 1)
  %385 = add i32 %66, %kpv58
  %386 = call i32 @llvm.smin.i32(i32 %385, i32 %k_last)
  %387 = sext i32 %386 to i64
  %388 = mul i64 %387, 32
  %row61 = add i64 %21, %388
  %389 = mul i64 %row61, 320
  %390 = getelementptr i8, ptr %23, i64 %389
  call void @llvm.prefetch.p0(ptr %390, i32 0, i32 2, i32 1)
  %391 = getelementptr i8, ptr %390, i64 64
  call void @llvm.prefetch.p0(ptr %391, i32 0, i32 2, i32 1)
  %392 = getelementptr i8, ptr %390, i64 128
  call void @llvm.prefetch.p0(ptr %392, i32 0, i32 2, i32 1)
  %393 = getelementptr i8, ptr %390, i64 192
  call void @llvm.prefetch.p0(ptr %393, i32 0, i32 2, i32 1)
  %394 = getelementptr i8, ptr %390, i64 256
  call void @llvm.prefetch.p0(ptr %394, i32 0, i32 2, i32 1)
  %395 = sext i32 %kpv58 to i64
  %396 = getelementptr float, ptr %pbuf, i64 %395
  %p = load float, ptr %396, align 4
  %397 = insertelement <16 x float> poison, float %p, i32 0
  %splat62 = shufflevector <16 x float> %397, <16 x float> poison, <16 x i32> zeroinitializer
  %398 = load <16 x float>, ptr %374, align 4
  %399 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat62, <16 x float> %398, <16 x float> %pacc.sroa.0.0)
  %400 = getelementptr i8, ptr %374, i64 64
  %401 = load <16 x float>, ptr %400, align 4
  %402 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat62, <16 x float> %401, <16 x float> %pacc.sroa.4.0)
  %403 = getelementptr i8, ptr %374, i64 128
  %404 = load <16 x float>, ptr %403, align 4
  %405 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat62, <16 x float> %404, <16 x float> %pacc.sroa.8.0)
  %406 = getelementptr i8, ptr %374, i64 192
  %407 = load <16 x float>, ptr %406, align 4
  %408 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat62, <16 x float> %407, <16 x float> %pacc.sroa.12.0)
  %409 = getelementptr i8, ptr %374, i64 256
  %410 = load <16 x float>, ptr %409, align 4
  %411 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat62, <16 x float> %410, <16 x float> %pacc.sroa.16.0)
  %412 = add nsw i32 %kpv58, 1
  br label %kpv

exit57:                                           ; preds = %kpv
  store <16 x float> %pacc.sroa.0.0, ptr %accs, align 64
  store <16 x float> %pacc.sroa.4.0, ptr %357, align 64
  store <16 x float> %pacc.sroa.8.0, ptr %360, align 64
  store <16 x float> %pacc.sroa.12.0, ptr %363, align 64
  store <16 x float> %pacc.sroa.16.0, ptr %366, align 64
  br label %kblock

orow63:                                           ; preds = %kblock, %written
  %orow67 = phi i32 [ %435, %written ], [ 0, %kblock ]
  %413 = icmp slt i32 %orow67, %nrows
  br i1 %413, label %body64, label %done

body64:                                           ; preds = %orow63
  %414 = sext i32 %orow67 to i64
  %415 = getelementptr float, ptr %ms, i64 %414
  %m68 = load float, ptr %415, align 4
  %416 = getelementptr float, ptr %ls, i64 %414
  %l69 = load float, ptr %416, align 4
  %417 = mul i64 %414, 80
  %418 = getelementptr float, ptr %accs, i64 %417
  %419 = icmp ne ptr %part, null
  br i1 %419, label %partial, label %final

partial:                                          ; preds = %body64
  %420 = sext i32 %nrows to i64
  %421 = getelementptr float, ptr %part, i64 %417
  br label %chunk70

final:                                            ; preds = %body64
  %422 = sdiv i32 %orow67, %nh
  %qi75 = add i32 %q_begin, %422
  %423 = srem i32 %orow67, %nh
  %424 = add i32 %h_begin, %423
  %hq76 = add i32 %kv_head, %424
  %425 = sext i32 %qi75 to i64
  %426 = add i64 %q_row0, %425
  %427 = mul i64 %426, 32
  %428 = sext i32 %hq76 to i64
  %orow77 = add i64 %427, %428
  %429 = fcmp oeq float %l69, 0.000000e+00
  %430 = fdiv float 1.000000e+00, %l69
  %431 = select i1 %429, float 0.000000e+00, float %430
  %432 = mul i64 %orow77, 320
  %433 = getelementptr i8, ptr %out, i64 %432
  %434 = insertelement <16 x float> poison, float %431, i32 0
  %splat78 = shufflevector <16 x float> %434, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk79

written:                                          ; preds = %exit82, %exit73
  %435 = add nsw i32 %orow67, 1
  br label %orow63

chunk70:                                          ; preds = %body71, %partial
  %chunk74 = phi i64 [ 0, %partial ], [ %441, %body71 ]
  %436 = icmp slt i64 %chunk74, 5
  br i1 %436, label %body71, label %exit73

body71:                                           ; preds = %chunk70
  %437 = getelementptr <16 x float>, ptr %418, i64 %chunk74
  %438 = load <16 x float>, ptr %437, align 64
  %439 = mul i64 %chunk74, 64
  %440 = getelementptr i8, ptr %421, i64 %439
  store <16 x float> %438, ptr %440, align 4
  %441 = add nsw i64 %chunk74, 1
  br label %chunk70

exit73:                                           ; preds = %chunk70
  %442 = mul i64 %420, 80
  %443 = add i64 %442, %414
  %444 = getelementptr float, ptr %part, i64 %443
  store float %m68, ptr %444, align 4
  %445 = add i64 %443, %420
  %446 = getelementptr float, ptr %part, i64 %445
  store float %l69, ptr %446, align 4
  br label %written

chunk79:                                          ; preds = %body80, %final
  %chunk83 = phi i64 [ 0, %final ], [ %453, %body80 ]
  %447 = icmp slt i64 %chunk83, 5
  br i1 %447, label %body80, label %exit82

body80:                                           ; preds = %chunk79
  %448 = getelementptr <16 x float>, ptr %418, i64 %chunk83
  %449 = load <16 x float>, ptr %448, align 64
  %450 = fmul <16 x float> %449, %splat78
  %451 = mul i64 %chunk83, 64
  %452 = getelementptr i8, ptr %433, i64 %451
  store <16 x float> %450, ptr %452, align 4
  %453 = add nsw i64 %chunk83, 1
  br label %chunk79

exit82:                                           ; preds = %chunk79
  %454 = call float @llvm.log.f32(float %l69)
  %455 = call float @llvm.fmuladd.f32(float %m68, float 0x3FE62E4300000000, float %454)
  %lse84 = select i1 %429, float 0xFFF0000000000000, float %455
  %456 = getelementptr float, ptr %lse, i64 %orow77
  store float %lse84, ptr %456, align 4
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
  %86 = sext i32 %85 to i64
  %87 = getelementptr i32, ptr %lims, i64 %86
  %fact = load i32, ptr %87, align 4
  %k_last = sub i32 %fact, 1
  br label %ktile

ktile:                                            ; preds = %exit29, %exit12
  %ktile17 = phi i32 [ %k_begin, %exit12 ], [ %181, %exit29 ]
  %88 = icmp slt i32 %ktile17, %fact
  br i1 %88, label %body14, label %exit16

body14:                                           ; preds = %ktile
  %89 = sub i32 %fact, %ktile17
  %90 = call i32 @llvm.smin.i32(i32 84, i32 %89)
  %91 = add i32 %90, 11
  %92 = sdiv i32 %91, 12
  %93 = mul i32 %92, 12
  br label %kpack

exit16:                                           ; preds = %ktile
  %94 = load <16 x float>, ptr %mv, align 64
  store <16 x float> %94, ptr %ms, align 64
  %95 = load <16 x float>, ptr %lv, align 64
  store <16 x float> %95, ptr %ls, align 64
  %96 = getelementptr float, ptr %ms, i64 16
  %97 = load <16 x float>, ptr %71, align 64
  store <16 x float> %97, ptr %96, align 64
  %98 = getelementptr float, ptr %ls, i64 16
  %99 = load <16 x float>, ptr %72, align 64
  store <16 x float> %99, ptr %98, align 64
  %100 = getelementptr float, ptr %ms, i64 32
  %101 = load <16 x float>, ptr %73, align 64
  store <16 x float> %101, ptr %100, align 64
  %102 = getelementptr float, ptr %ls, i64 32
  %103 = load <16 x float>, ptr %74, align 64
  store <16 x float> %103, ptr %102, align 64
  %104 = getelementptr float, ptr %ms, i64 48
  %105 = load <16 x float>, ptr %75, align 64
  store <16 x float> %105, ptr %104, align 64
  %106 = getelementptr float, ptr %ls, i64 48
  %107 = load <16 x float>, ptr %76, align 64
  store <16 x float> %107, ptr %106, align 64
  %108 = getelementptr float, ptr %ms, i64 64
  %109 = load <16 x float>, ptr %77, align 64
  store <16 x float> %109, ptr %108, align 64
  %110 = getelementptr float, ptr %ls, i64 64
  %111 = load <16 x float>, ptr %78, align 64
  store <16 x float> %111, ptr %110, align 64
  %112 = getelementptr float, ptr %ms, i64 80
  %113 = load <16 x float>, ptr %79, align 64
  store <16 x float> %113, ptr %112, align 64
  %114 = getelementptr float, ptr %ls, i64 80
  %115 = load <16 x float>, ptr %80, align 64
  store <16 x float> %115, ptr %114, align 64
  %116 = getelementptr float, ptr %ms, i64 96
  %117 = load <16 x float>, ptr %81, align 64
  store <16 x float> %117, ptr %116, align 64
  %118 = getelementptr float, ptr %ls, i64 96
  %119 = load <16 x float>, ptr %82, align 64
  store <16 x float> %119, ptr %118, align 64
  %120 = getelementptr float, ptr %ms, i64 112
  %121 = load <16 x float>, ptr %83, align 64
  store <16 x float> %121, ptr %120, align 64
  %122 = getelementptr float, ptr %ls, i64 112
  %123 = load <16 x float>, ptr %84, align 64
  store <16 x float> %123, ptr %122, align 64
  br label %orow115

kpack:                                            ; preds = %body18, %body14
  %kpack21 = phi i32 [ 0, %body14 ], [ %147, %body18 ]
  %124 = icmp slt i32 %kpack21, %93
  br i1 %124, label %body18, label %vpack

body18:                                           ; preds = %kpack
  %125 = add i32 %ktile17, %kpack21
  %126 = call i32 @llvm.smin.i32(i32 %125, i32 %k_last)
  %127 = sext i32 %126 to i64
  %128 = mul i64 %127, 32
  %row = add i64 %21, %128
  %129 = mul i64 %row, 320
  %130 = getelementptr i8, ptr %20, i64 %129
  %131 = sext i32 %kpack21 to i64
  %132 = mul i64 %131, 80
  %133 = getelementptr i32, ptr %kbuf, i64 %132
  %134 = load <16 x float>, ptr %130, align 4
  store <16 x float> %134, ptr %133, align 64
  %135 = getelementptr i8, ptr %130, i64 64
  %136 = load <16 x float>, ptr %135, align 4
  %137 = getelementptr i8, ptr %133, i64 64
  store <16 x float> %136, ptr %137, align 64
  %138 = getelementptr i8, ptr %130, i64 128
  %139 = load <16 x float>, ptr %138, align 4
  %140 = getelementptr i8, ptr %133, i64 128
  store <16 x float> %139, ptr %140, align 64
  %141 = getelementptr i8, ptr %130, i64 192
  %142 = load <16 x float>, ptr %141, align 4
  %143 = getelementptr i8, ptr %133, i64 192
  store <16 x float> %142, ptr %143, align 64
  %144 = getelementptr i8, ptr %130, i64 256
  %145 = load <16 x float>, ptr %144, align 4
  %146 = getelementptr i8, ptr %133, i64 256
  store <16 x float> %145, ptr %146, align 64
  %147 = add nsw i32 %kpack21, 1
  br label %kpack

vpack:                                            ; preds = %kpack, %body22
  %vpack25 = phi i32 [ %170, %body22 ], [ 0, %kpack ]
  %148 = icmp slt i32 %vpack25, %90
  br i1 %148, label %body22, label %exit24

body22:                                           ; preds = %vpack
  %149 = add i32 %ktile17, %vpack25
  %150 = sext i32 %149 to i64
  %151 = mul i64 %150, 32
  %row26 = add i64 %21, %151
  %152 = mul i64 %row26, 320
  %153 = getelementptr i8, ptr %23, i64 %152
  %154 = sext i32 %vpack25 to i64
  %155 = mul i64 %154, 80
  %156 = getelementptr i32, ptr %vbuf, i64 %155
  %157 = load <16 x float>, ptr %153, align 4
  store <16 x float> %157, ptr %156, align 64
  %158 = getelementptr i8, ptr %153, i64 64
  %159 = load <16 x float>, ptr %158, align 4
  %160 = getelementptr i8, ptr %156, i64 64
  store <16 x float> %159, ptr %160, align 64
  %161 = getelementptr i8, ptr %153, i64 128
  %162 = load <16 x float>, ptr %161, align 4
  %163 = getelementptr i8, ptr %156, i64 128
  store <16 x float> %162, ptr %163, align 64
  %164 = getelementptr i8, ptr %153, i64 192
  %165 = load <16 x float>, ptr %164, align 4
  %166 = getelementptr i8, ptr %156, i64 192
  store <16 x float> %165, ptr %166, align 64
  %167 = getelementptr i8, ptr %153, i64 256
  %168 = load <16 x float>, ptr %167, align 4
  %169 = getelementptr i8, ptr %156, i64 256
  store <16 x float> %168, ptr %169, align 64
  %170 = add nsw i32 %vpack25, 1
  br label %vpack

exit24:                                           ; preds = %vpack
  %171 = add i32 %nrows, 31
  %nblk = sdiv i32 %171, 32
  br label %rblock

rblock:                                           ; preds = %join, %exit24
  %rblock30 = phi i32 [ 0, %exit24 ], [ %194, %join ]
  %172 = icmp slt i32 %rblock30, %nblk
  br i1 %172, label %body27, label %exit29

body27:                                           ; preds = %rblock
  %173 = sext i32 %rblock30 to i64
  %174 = mul i32 %rblock30, 32
  %175 = add i32 %174, 31
  %176 = sext i32 %175 to i64
  %177 = getelementptr i32, ptr %lims, i64 %176
  %fact31 = load i32, ptr %177, align 4
  %178 = sub i32 %fact31, %ktile17
  %179 = call i32 @llvm.smin.i32(i32 %90, i32 %178)
  %180 = icmp sgt i32 %179, 0
  br i1 %180, label %rvisit, label %join

exit29:                                           ; preds = %rblock
  %181 = add nsw i32 %ktile17, 84
  br label %ktile

rvisit:                                           ; preds = %body27
  %182 = mul i64 %173, 2560
  %183 = getelementptr i32, ptr %qt, i64 %182
  %184 = getelementptr i32, ptr %ot, i64 %182
  %185 = mul i64 %173, 2
  %186 = getelementptr <16 x float>, ptr %mv, i64 %185
  %187 = getelementptr <16 x float>, ptr %lv, i64 %185
  %188 = mul i64 %173, 32
  %189 = getelementptr i32, ptr %lims, i64 %188
  %190 = load <16 x i32>, ptr %189, align 64
  %191 = add i64 %188, 16
  %192 = getelementptr i32, ptr %lims, i64 %191
  %193 = load <16 x i32>, ptr %192, align 64
  br label %sblock

join:                                             ; preds = %pvblock, %body27
  %194 = add nsw i32 %rblock30, 1
  br label %rblock

sblock:                                           ; preds = %exit38, %rvisit
  %sblock35 = phi i32 [ 0, %rvisit ], [ %278, %exit38 ]
  %195 = icmp slt i32 %sblock35, %179
  br i1 %195, label %body32, label %smask

body32:                                           ; preds = %sblock
  %196 = sext i32 %sblock35 to i64
  %197 = mul i64 %196, 80
  %198 = getelementptr i32, ptr %kbuf, i64 %197
  br label %sdim

sdim:                                             ; preds = %body36, %body32
  %sacc.sroa.92.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %251, %body36 ]
  %sacc.sroa.88.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %250, %body36 ]
  %sacc.sroa.84.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %247, %body36 ]
  %sacc.sroa.80.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %246, %body36 ]
  %sacc.sroa.76.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %243, %body36 ]
  %sacc.sroa.72.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %242, %body36 ]
  %sacc.sroa.68.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %239, %body36 ]
  %sacc.sroa.64.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %238, %body36 ]
  %sacc.sroa.60.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %235, %body36 ]
  %sacc.sroa.56.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %234, %body36 ]
  %sacc.sroa.52.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %231, %body36 ]
  %sacc.sroa.48.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %230, %body36 ]
  %sacc.sroa.44.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %227, %body36 ]
  %sacc.sroa.40.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %226, %body36 ]
  %sacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %223, %body36 ]
  %sacc.sroa.32.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %222, %body36 ]
  %sacc.sroa.28.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %219, %body36 ]
  %sacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %218, %body36 ]
  %sacc.sroa.20.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %215, %body36 ]
  %sacc.sroa.16.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %214, %body36 ]
  %sacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %211, %body36 ]
  %sacc.sroa.8.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %210, %body36 ]
  %sacc.sroa.4.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %207, %body36 ]
  %sacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %body32 ], [ %206, %body36 ]
  %sdim39 = phi i32 [ 0, %body32 ], [ %252, %body36 ]
  %199 = icmp slt i32 %sdim39, 80
  br i1 %199, label %body36, label %exit38

body36:                                           ; preds = %sdim
  %200 = sext i32 %sdim39 to i64
  %201 = mul i64 %200, 32
  %202 = getelementptr i32, ptr %183, i64 %201
  %qt40 = load <16 x float>, ptr %202, align 64
  %203 = getelementptr i32, ptr %202, i64 16
  %qt41 = load <16 x float>, ptr %203, align 64
  %204 = getelementptr i32, ptr %198, i64 %200
  %k = load float, ptr %204, align 4
  %205 = insertelement <16 x float> poison, float %k, i32 0
  %splat42 = shufflevector <16 x float> %205, <16 x float> poison, <16 x i32> zeroinitializer
  %206 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat42, <16 x float> %sacc.sroa.0.0)
  %207 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat42, <16 x float> %sacc.sroa.4.0)
  %208 = getelementptr i32, ptr %204, i64 80
  %k43 = load float, ptr %208, align 4
  %209 = insertelement <16 x float> poison, float %k43, i32 0
  %splat44 = shufflevector <16 x float> %209, <16 x float> poison, <16 x i32> zeroinitializer
  %210 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat44, <16 x float> %sacc.sroa.8.0)
  %211 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat44, <16 x float> %sacc.sroa.12.0)
  %212 = getelementptr i32, ptr %204, i64 160
  %k45 = load float, ptr %212, align 4
  %213 = insertelement <16 x float> poison, float %k45, i32 0
  %splat46 = shufflevector <16 x float> %213, <16 x float> poison, <16 x i32> zeroinitializer
  %214 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat46, <16 x float> %sacc.sroa.16.0)
  %215 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat46, <16 x float> %sacc.sroa.20.0)
  %216 = getelementptr i32, ptr %204, i64 240
  %k47 = load float, ptr %216, align 4
  %217 = insertelement <16 x float> poison, float %k47, i32 0
  %splat48 = shufflevector <16 x float> %217, <16 x float> poison, <16 x i32> zeroinitializer
  %218 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat48, <16 x float> %sacc.sroa.24.0)
  %219 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat48, <16 x float> %sacc.sroa.28.0)
  %220 = getelementptr i32, ptr %204, i64 320
  %k49 = load float, ptr %220, align 4
  %221 = insertelement <16 x float> poison, float %k49, i32 0
  %splat50 = shufflevector <16 x float> %221, <16 x float> poison, <16 x i32> zeroinitializer
  %222 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat50, <16 x float> %sacc.sroa.32.0)
  %223 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat50, <16 x float> %sacc.sroa.36.0)
  %224 = getelementptr i32, ptr %204, i64 400
  %k51 = load float, ptr %224, align 4
  %225 = insertelement <16 x float> poison, float %k51, i32 0
  %splat52 = shufflevector <16 x float> %225, <16 x float> poison, <16 x i32> zeroinitializer
  %226 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat52, <16 x float> %sacc.sroa.40.0)
  %227 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat52, <16 x float> %sacc.sroa.44.0)
  %228 = getelementptr i32, ptr %204, i64 480
  %k53 = load float, ptr %228, align 4
  %229 = insertelement <16 x float> poison, float %k53, i32 0
  %splat54 = shufflevector <16 x float> %229, <16 x float> poison, <16 x i32> zeroinitializer
  %230 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat54, <16 x float> %sacc.sroa.48.0)
  %231 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat54, <16 x float> %sacc.sroa.52.0)
  %232 = getelementptr i32, ptr %204, i64 560
  %k55 = load float, ptr %232, align 4
  %233 = insertelement <16 x float> poison, float %k55, i32 0
  %splat56 = shufflevector <16 x float> %233, <16 x float> poison, <16 x i32> zeroinitializer
  %234 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat56, <16 x float> %sacc.sroa.56.0)
  %235 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat56, <16 x float> %sacc.sroa.60.0)
  %236 = getelementptr i32, ptr %204, i64 640
  %k57 = load float, ptr %236, align 4
  %237 = insertelement <16 x float> poison, float %k57, i32 0
  %splat58 = shufflevector <16 x float> %237, <16 x float> poison, <16 x i32> zeroinitializer
  %238 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat58, <16 x float> %sacc.sroa.64.0)
  %239 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat58, <16 x float> %sacc.sroa.68.0)
  %240 = getelementptr i32, ptr %204, i64 720
  %k59 = load float, ptr %240, align 4
  %241 = insertelement <16 x float> poison, float %k59, i32 0
  %splat60 = shufflevector <16 x float> %241, <16 x float> poison, <16 x i32> zeroinitializer
  %242 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat60, <16 x float> %sacc.sroa.72.0)
  %243 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat60, <16 x float> %sacc.sroa.76.0)
  %244 = getelementptr i32, ptr %204, i64 800
  %k61 = load float, ptr %244, align 4
  %245 = insertelement <16 x float> poison, float %k61, i32 0
  %splat62 = shufflevector <16 x float> %245, <16 x float> poison, <16 x i32> zeroinitializer
  %246 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat62, <16 x float> %sacc.sroa.80.0)
  %247 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat62, <16 x float> %sacc.sroa.84.0)
  %248 = getelementptr i32, ptr %204, i64 880
  %k63 = load float, ptr %248, align 4
  %249 = insertelement <16 x float> poison, float %k63, i32 0
  %splat64 = shufflevector <16 x float> %249, <16 x float> poison, <16 x i32> zeroinitializer
  %250 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat64, <16 x float> %sacc.sroa.88.0)
  %251 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt41, <16 x float> %splat64, <16 x float> %sacc.sroa.92.0)
  %252 = add nsw i32 %sdim39, 1
  br label %sdim

exit38:                                           ; preds = %sdim
  %253 = mul i64 %196, 32
  %254 = getelementptr i32, ptr %st, i64 %253
  store <16 x float> %sacc.sroa.0.0, ptr %254, align 64
  %255 = getelementptr i32, ptr %254, i64 16
  store <16 x float> %sacc.sroa.4.0, ptr %255, align 64
  %256 = getelementptr i32, ptr %254, i64 32
  store <16 x float> %sacc.sroa.8.0, ptr %256, align 64
  %257 = getelementptr i32, ptr %254, i64 48
  store <16 x float> %sacc.sroa.12.0, ptr %257, align 64
  %258 = getelementptr i32, ptr %254, i64 64
  store <16 x float> %sacc.sroa.16.0, ptr %258, align 64
  %259 = getelementptr i32, ptr %254, i64 80
  store <16 x float> %sacc.sroa.20.0, ptr %259, align 64
  %260 = getelementptr i32, ptr %254, i64 96
  store <16 x float> %sacc.sroa.24.0, ptr %260, align 64
  %261 = getelementptr i32, ptr %254, i64 112
  store <16 x float> %sacc.sroa.28.0, ptr %261, align 64
  %262 = getelementptr i32, ptr %254, i64 128
  store <16 x float> %sacc.sroa.32.0, ptr %262, align 64
  %263 = getelementptr i32, ptr %254, i64 144
  store <16 x float> %sacc.sroa.36.0, ptr %263, align 64
  %264 = getelementptr i32, ptr %254, i64 160
  store <16 x float> %sacc.sroa.40.0, ptr %264, align 64
  %265 = getelementptr i32, ptr %254, i64 176
  store <16 x float> %sacc.sroa.44.0, ptr %265, align 64
  %266 = getelementptr i32, ptr %254, i64 192
  store <16 x float> %sacc.sroa.48.0, ptr %266, align 64
  %267 = getelementptr i32, ptr %254, i64 208
  store <16 x float> %sacc.sroa.52.0, ptr %267, align 64
  %268 = getelementptr i32, ptr %254, i64 224
  store <16 x float> %sacc.sroa.56.0, ptr %268, align 64
  %269 = getelementptr i32, ptr %254, i64 240
  store <16 x float> %sacc.sroa.60.0, ptr %269, align 64
  %270 = getelementptr i32, ptr %254, i64 256
  store <16 x float> %sacc.sroa.64.0, ptr %270, align 64
  %271 = getelementptr i32, ptr %254, i64 272
  store <16 x float> %sacc.sroa.68.0, ptr %271, align 64
  %272 = getelementptr i32, ptr %254, i64 288
  store <16 x float> %sacc.sroa.72.0, ptr %272, align 64
  %273 = getelementptr i32, ptr %254, i64 304
  store <16 x float> %sacc.sroa.76.0, ptr %273, align 64
  %274 = getelementptr i32, ptr %254, i64 320
  store <16 x float> %sacc.sroa.80.0, ptr %274, align 64
  %275 = getelementptr i32, ptr %254, i64 336
  store <16 x float> %sacc.sroa.84.0, ptr %275, align 64
  %276 = getelementptr i32, ptr %254, i64 352
  store <16 x float> %sacc.sroa.88.0, ptr %276, align 64
  %277 = getelementptr i32, ptr %254, i64 368
  store <16 x float> %sacc.sroa.92.0, ptr %277, align 64
  %278 = add nsw i32 %sblock35, 12
  br label %sblock

smask:                                            ; preds = %sblock, %body65
  %tmax.sroa.4.0 = phi <16 x float> [ %292, %body65 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %tmax.sroa.0.0 = phi <16 x float> [ %287, %body65 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %smask68 = phi i32 [ %293, %body65 ], [ 0, %sblock ]
  %279 = icmp slt i32 %smask68, %179
  br i1 %279, label %body65, label %exit67

body65:                                           ; preds = %smask
  %280 = add i32 %ktile17, %smask68
  %281 = insertelement <16 x i32> poison, i32 %280, i32 0
  %splat69 = shufflevector <16 x i32> %281, <16 x i32> poison, <16 x i32> zeroinitializer
  %282 = sext i32 %smask68 to i64
  %283 = mul i64 %282, 32
  %284 = getelementptr i32, ptr %st, i64 %283
  %s = load <16 x float>, ptr %284, align 64
  %285 = icmp slt <16 x i32> %splat69, %190
  %286 = select <16 x i1> %285, <16 x float> %s, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %286, ptr %284, align 64
  %287 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.0.0, <16 x float> %286)
  %288 = add i64 %283, 16
  %289 = getelementptr i32, ptr %st, i64 %288
  %s70 = load <16 x float>, ptr %289, align 64
  %290 = icmp slt <16 x i32> %splat69, %193
  %291 = select <16 x i1> %290, <16 x float> %s70, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %291, ptr %289, align 64
  %292 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.4.0, <16 x float> %291)
  %293 = add nsw i32 %smask68, 1
  br label %smask

exit67:                                           ; preds = %smask
  %m = load <16 x float>, ptr %186, align 64
  %294 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m, <16 x float> %tmax.sroa.0.0)
  %295 = fcmp oeq <16 x float> %294, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse71 = select <16 x i1> %295, <16 x float> zeroinitializer, <16 x float> %294
  %296 = fsub <16 x float> %m, %muse71
  %297 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %296, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
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
  store <16 x float> %294, ptr %186, align 64
  %310 = getelementptr <16 x float>, ptr %186, i64 1
  %m72 = load <16 x float>, ptr %310, align 64
  %311 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m72, <16 x float> %tmax.sroa.4.0)
  %312 = fcmp oeq <16 x float> %311, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse73 = select <16 x i1> %312, <16 x float> zeroinitializer, <16 x float> %311
  %313 = fsub <16 x float> %m72, %muse73
  %314 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %313, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %315 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %314, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %316 = fadd <16 x float> %315, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n74 = fsub <16 x float> %316, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f75 = fsub <16 x float> %315, %n74
  %317 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f75, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %318 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %317, <16 x float> %f75, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %319 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %318, <16 x float> %f75, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %320 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %319, <16 x float> %f75, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %321 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %320, <16 x float> %f75, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %322 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %321, <16 x float> %f75, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %323 = fptosi <16 x float> %n74 to <16 x i32>
  %324 = add <16 x i32> %323, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %325 = shl <16 x i32> %324, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %326 = bitcast <16 x i32> %325 to <16 x float>
  %exp276 = fmul <16 x float> %322, %326
  store <16 x float> %311, ptr %310, align 64
  br label %sexp

sexp:                                             ; preds = %body77, %exit67
  %lsum.sroa.4.0 = phi <16 x float> [ zeroinitializer, %exit67 ], [ %364, %body77 ]
  %lsum.sroa.0.0 = phi <16 x float> [ zeroinitializer, %exit67 ], [ %346, %body77 ]
  %sexp80 = phi i32 [ 0, %exit67 ], [ %365, %body77 ]
  %327 = icmp slt i32 %sexp80, %179
  br i1 %327, label %body77, label %exit79

body77:                                           ; preds = %sexp
  %328 = sext i32 %sexp80 to i64
  %329 = mul i64 %328, 32
  %330 = getelementptr i32, ptr %st, i64 %329
  %331 = load <16 x float>, ptr %330, align 64
  %332 = fsub <16 x float> %331, %muse71
  %333 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %332, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %334 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %333, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %335 = fadd <16 x float> %334, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n81 = fsub <16 x float> %335, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f82 = fsub <16 x float> %334, %n81
  %336 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f82, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %337 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %336, <16 x float> %f82, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %338 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %337, <16 x float> %f82, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %339 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %338, <16 x float> %f82, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %340 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %339, <16 x float> %f82, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %341 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %340, <16 x float> %f82, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %342 = fptosi <16 x float> %n81 to <16 x i32>
  %343 = add <16 x i32> %342, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %344 = shl <16 x i32> %343, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %345 = bitcast <16 x i32> %344 to <16 x float>
  %exp283 = fmul <16 x float> %341, %345
  store <16 x float> %exp283, ptr %330, align 64
  %346 = fadd <16 x float> %lsum.sroa.0.0, %exp283
  %347 = add i64 %329, 16
  %348 = getelementptr i32, ptr %st, i64 %347
  %349 = load <16 x float>, ptr %348, align 64
  %350 = fsub <16 x float> %349, %muse73
  %351 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %350, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %352 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %351, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %353 = fadd <16 x float> %352, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n84 = fsub <16 x float> %353, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f85 = fsub <16 x float> %352, %n84
  %354 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f85, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %355 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %354, <16 x float> %f85, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %356 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %355, <16 x float> %f85, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %357 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %356, <16 x float> %f85, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %358 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %357, <16 x float> %f85, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %359 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %358, <16 x float> %f85, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %360 = fptosi <16 x float> %n84 to <16 x i32>
  %361 = add <16 x i32> %360, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %362 = shl <16 x i32> %361, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %363 = bitcast <16 x i32> %362 to <16 x float>
  %exp286 = fmul <16 x float> %359, %363
  store <16 x float> %exp286, ptr %348, align 64
  %364 = fadd <16 x float> %lsum.sroa.4.0, %exp286
  %365 = add nsw i32 %sexp80, 1
  br label %sexp

exit79:                                           ; preds = %sexp
  %366 = load <16 x float>, ptr %187, align 64
  %367 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %366, <16 x float> %exp2, <16 x float> %lsum.sroa.0.0)
  store <16 x float> %367, ptr %187, align 64
  %368 = getelementptr <16 x float>, ptr %187, i64 1
  %369 = load <16 x float>, ptr %368, align 64
  %370 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %369, <16 x float> %exp276, <16 x float> %lsum.sroa.4.0)
  store <16 x float> %370, ptr %368, align 64
  br label %pvblock

pvblock:                                          ; preds = %exit93, %exit79
  %pvblock90 = phi i32 [ 0, %exit79 ], [ %484, %exit93 ]
  %371 = icmp slt i32 %pvblock90, 8
  br i1 %371, label %body87, label %join

body87:                                           ; preds = %pvblock
  %372 = mul i32 %pvblock90, 10
  %373 = sext i32 %372 to i64
  %374 = mul i64 %373, 32
  %375 = getelementptr i32, ptr %184, i64 %374
  %376 = load <16 x float>, ptr %375, align 64
  %377 = fmul <16 x float> %376, %exp2
  %378 = getelementptr i32, ptr %375, i64 16
  %379 = load <16 x float>, ptr %378, align 64
  %380 = fmul <16 x float> %379, %exp276
  %381 = getelementptr i32, ptr %375, i64 32
  %382 = load <16 x float>, ptr %381, align 64
  %383 = fmul <16 x float> %382, %exp2
  %384 = getelementptr i32, ptr %375, i64 48
  %385 = load <16 x float>, ptr %384, align 64
  %386 = fmul <16 x float> %385, %exp276
  %387 = getelementptr i32, ptr %375, i64 64
  %388 = load <16 x float>, ptr %387, align 64
  %389 = fmul <16 x float> %388, %exp2
  %390 = getelementptr i32, ptr %375, i64 80
  %391 = load <16 x float>, ptr %390, align 64
  %392 = fmul <16 x float> %391, %exp276
  %393 = getelementptr i32, ptr %375, i64 96
  %394 = load <16 x float>, ptr %393, align 64
  %395 = fmul <16 x float> %394, %exp2
  %396 = getelementptr i32, ptr %375, i64 112
  %397 = load <16 x float>, ptr %396, align 64
  %398 = fmul <16 x float> %397, %exp276
  %399 = getelementptr i32, ptr %375, i64 128
  %400 = load <16 x float>, ptr %399, align 64
  %401 = fmul <16 x float> %400, %exp2
  %402 = getelementptr i32, ptr %375, i64 144
  %403 = load <16 x float>, ptr %402, align 64
  %404 = fmul <16 x float> %403, %exp276
  %405 = getelementptr i32, ptr %375, i64 160
  %406 = load <16 x float>, ptr %405, align 64
  %407 = fmul <16 x float> %406, %exp2
  %408 = getelementptr i32, ptr %375, i64 176
  %409 = load <16 x float>, ptr %408, align 64
  %410 = fmul <16 x float> %409, %exp276
  %411 = getelementptr i32, ptr %375, i64 192
  %412 = load <16 x float>, ptr %411, align 64
  %413 = fmul <16 x float> %412, %exp2
  %414 = getelementptr i32, ptr %375, i64 208
  %415 = load <16 x float>, ptr %414, align 64
  %416 = fmul <16 x float> %415, %exp276
  %417 = getelementptr i32, ptr %375, i64 224
  %418 = load <16 x float>, ptr %417, align 64
  %419 = fmul <16 x float> %418, %exp2
  %420 = getelementptr i32, ptr %375, i64 240
  %421 = load <16 x float>, ptr %420, align 64
  %422 = fmul <16 x float> %421, %exp276
  %423 = getelementptr i32, ptr %375, i64 256
  %424 = load <16 x float>, ptr %423, align 64
  %425 = fmul <16 x float> %424, %exp2
  %426 = getelementptr i32, ptr %375, i64 272
  %427 = load <16 x float>, ptr %426, align 64
  %428 = fmul <16 x float> %427, %exp276
  %429 = getelementptr i32, ptr %375, i64 288
  %430 = load <16 x float>, ptr %429, align 64
  %431 = fmul <16 x float> %430, %exp2
  %432 = getelementptr i32, ptr %375, i64 304
  %433 = load <16 x float>, ptr %432, align 64
  %434 = fmul <16 x float> %433, %exp276
  br label %kpv

kpv:                                              ; preds = %body91, %body87
  %o.sroa.60.0 = phi <16 x float> [ %422, %body87 ], [ %474, %body91 ]
  %o.sroa.56.0 = phi <16 x float> [ %419, %body87 ], [ %473, %body91 ]
  %o.sroa.52.0 = phi <16 x float> [ %416, %body87 ], [ %470, %body91 ]
  %o.sroa.48.0 = phi <16 x float> [ %413, %body87 ], [ %469, %body91 ]
  %o.sroa.44.0 = phi <16 x float> [ %410, %body87 ], [ %466, %body91 ]
  %o.sroa.40.0 = phi <16 x float> [ %407, %body87 ], [ %465, %body91 ]
  %o.sroa.36.0 = phi <16 x float> [ %404, %body87 ], [ %462, %body91 ]
  %o.sroa.32.0 = phi <16 x float> [ %401, %body87 ], [ %461, %body91 ]
  %o.sroa.28.0 = phi <16 x float> [ %398, %body87 ], [ %458, %body91 ]
  %o.sroa.24.0 = phi <16 x float> [ %395, %body87 ], [ %457, %body91 ]
  %o.sroa.20.0 = phi <16 x float> [ %392, %body87 ], [ %454, %body91 ]
  %o.sroa.16.0 = phi <16 x float> [ %389, %body87 ], [ %453, %body91 ]
  %o.sroa.12.0 = phi <16 x float> [ %386, %body87 ], [ %450, %body91 ]
  %o.sroa.8.0 = phi <16 x float> [ %383, %body87 ], [ %449, %body91 ]
  %o.sroa.4.0 = phi <16 x float> [ %380, %body87 ], [ %446, %body91 ]
  %o.sroa.0.0 = phi <16 x float> [ %377, %body87 ], [ %445, %body91 ]
  %o.sroa.64.0 = phi <16 x float> [ %425, %body87 ], [ %477, %body91 ]
  %o.sroa.68.0 = phi <16 x float> [ %428, %body87 ], [ %478, %body91 ]
  %o.sroa.72.0 = phi <16 x float> [ %431, %body87 ], [ %481, %body91 ]
  %o.sroa.76.0 = phi <16 x float> [ %434, %body87 ], [ %482, %body91 ]
  %kpv94 = phi i32 [ 0, %body87 ], [ %483, %body91 ]
  %435 = icmp slt i32 %kpv94, %179
  br i1 %435, label %body91, label %exit93

body91:                                           ; preds = %kpv
  %436 = sext i32 %kpv94 to i64
  %437 = mul i64 %436, 32
  %438 = getelementptr i32, ptr %st, i64 %437
  %p = load <16 x float>, ptr %438, align 64
  %439 = add i64 %437, 16
  %440 = getelementptr i32, ptr %st, i64 %439
  %p95 = load <16 x float>, ptr %440, align 64
  %441 = mul i64 %436, 320
  %442 = getelementptr i8, ptr %vbuf, i64 %441
  %443 = getelementptr i32, ptr %442, i64 %373
  %v = load float, ptr %443, align 4
  %444 = insertelement <16 x float> poison, float %v, i32 0
  %splat96 = shufflevector <16 x float> %444, <16 x float> poison, <16 x i32> zeroinitializer
  %445 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat96, <16 x float> %o.sroa.0.0)
  %446 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p95, <16 x float> %splat96, <16 x float> %o.sroa.4.0)
  %447 = getelementptr i32, ptr %443, i64 1
  %v97 = load float, ptr %447, align 4
  %448 = insertelement <16 x float> poison, float %v97, i32 0
  %splat98 = shufflevector <16 x float> %448, <16 x float> poison, <16 x i32> zeroinitializer
  %449 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat98, <16 x float> %o.sroa.8.0)
  %450 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p95, <16 x float> %splat98, <16 x float> %o.sroa.12.0)
  %451 = getelementptr i32, ptr %443, i64 2
  %v99 = load float, ptr %451, align 4
  %452 = insertelement <16 x float> poison, float %v99, i32 0
  %splat100 = shufflevector <16 x float> %452, <16 x float> poison, <16 x i32> zeroinitializer
  %453 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat100, <16 x float> %o.sroa.16.0)
  %454 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p95, <16 x float> %splat100, <16 x float> %o.sroa.20.0)
  %455 = getelementptr i32, ptr %443, i64 3
  %v101 = load float, ptr %455, align 4
  %456 = insertelement <16 x float> poison, float %v101, i32 0
  %splat102 = shufflevector <16 x float> %456, <16 x float> poison, <16 x i32> zeroinitializer
  %457 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat102, <16 x float> %o.sroa.24.0)
  %458 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p95, <16 x float> %splat102, <16 x float> %o.sroa.28.0)
  %459 = getelementptr i32, ptr %443, i64 4
  %v103 = load float, ptr %459, align 4
  %460 = insertelement <16 x float> poison, float %v103, i32 0
  %splat104 = shufflevector <16 x float> %460, <16 x float> poison, <16 x i32> zeroinitializer
  %461 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat104, <16 x float> %o.sroa.32.0)
  %462 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p95, <16 x float> %splat104, <16 x float> %o.sroa.36.0)
  %463 = getelementptr i32, ptr %443, i64 5
  %v105 = load float, ptr %463, align 4
  %464 = insertelement <16 x float> poison, float %v105, i32 0
  %splat106 = shufflevector <16 x float> %464, <16 x float> poison, <16 x i32> zeroinitializer
  %465 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat106, <16 x float> %o.sroa.40.0)
  %466 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p95, <16 x float> %splat106, <16 x float> %o.sroa.44.0)
  %467 = getelementptr i32, ptr %443, i64 6
  %v107 = load float, ptr %467, align 4
  %468 = insertelement <16 x float> poison, float %v107, i32 0
  %splat108 = shufflevector <16 x float> %468, <16 x float> poison, <16 x i32> zeroinitializer
  %469 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat108, <16 x float> %o.sroa.48.0)
  %470 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p95, <16 x float> %splat108, <16 x float> %o.sroa.52.0)
  %471 = getelementptr i32, ptr %443, i64 7
  %v109 = load float, ptr %471, align 4
  %472 = insertelement <16 x float> poison, float %v109, i32 0
  %splat110 = shufflevector <16 x float> %472, <16 x float> poison, <16 x i32> zeroinitializer
  %473 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat110, <16 x float> %o.sroa.56.0)
  %474 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p95, <16 x float> %splat110, <16 x float> %o.sroa.60.0)
  %475 = getelementptr i32, ptr %443, i64 8
  %v111 = load float, ptr %475, align 4
  %476 = insertelement <16 x float> poison, float %v111, i32 0
  %splat112 = shufflevector <16 x float> %476, <16 x float> poison, <16 x i32> zeroinitializer
  %477 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat112, <16 x float> %o.sroa.64.0)
  %478 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p95, <16 x float> %splat112, <16 x float> %o.sroa.68.0)
  %479 = getelementptr i32, ptr %443, i64 9
  %v113 = load float, ptr %479, align 4
  %480 = insertelement <16 x float> poison, float %v113, i32 0
  %splat114 = shufflevector <16 x float> %480, <16 x float> poison, <16 x i32> zeroinitializer
  %481 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat114, <16 x float> %o.sroa.72.0)
  %482 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p95, <16 x float> %splat114, <16 x float> %o.sroa.76.0)
  %483 = add nsw i32 %kpv94, 1
  br label %kpv

exit93:                                           ; preds = %kpv
  store <16 x float> %o.sroa.0.0, ptr %375, align 64
  store <16 x float> %o.sroa.4.0, ptr %378, align 64
  store <16 x float> %o.sroa.8.0, ptr %381, align 64
  store <16 x float> %o.sroa.12.0, ptr %384, align 64
  store <16 x float> %o.sroa.16.0, ptr %387, align 64
  store <16 x float> %o.sroa.20.0, ptr %390, align 64
  store <16 x float> %o.sroa.24.0, ptr %393, align 64
  store <16 x float> %o.sroa.28.0, ptr %396, align 64
  store <16 x float> %o.sroa.32.0, ptr %399, align 64
  store <16 x float> %o.sroa.36.0, ptr %402, align 64
  store <16 x float> %o.sroa.40.0, ptr %405, align 64
  store <16 x float> %o.sroa.44.0, ptr %408, align 64
  store <16 x float> %o.sroa.48.0, ptr %411, align 64
  store <16 x float> %o.sroa.52.0, ptr %414, align 64
  store <16 x float> %o.sroa.56.0, ptr %417, align 64
  store <16 x float> %o.sroa.60.0, ptr %420, align 64
  store <16 x float> %o.sroa.64.0, ptr %423, align 64
  store <16 x float> %o.sroa.68.0, ptr %426, align 64
  store <16 x float> %o.sroa.72.0, ptr %429, align 64
  store <16 x float> %o.sroa.76.0, ptr %432, align 64
  %484 = add nsw i32 %pvblock90, 1
  br label %pvblock

orow115:                                          ; preds = %written, %exit16
  %orow119 = phi i32 [ 0, %exit16 ], [ %520, %written ]
  %485 = icmp slt i32 %orow119, %nrows
  br i1 %485, label %body116, label %common.ret

body116:                                          ; preds = %orow115
  %486 = sext i32 %orow119 to i64
  %487 = getelementptr float, ptr %ms, i64 %486
  %m120 = load float, ptr %487, align 4
  %488 = getelementptr float, ptr %ls, i64 %486
  %l = load float, ptr %488, align 4
  %489 = sdiv i32 %orow119, 32
  %490 = srem i32 %orow119, 32
  %491 = sext i32 %489 to i64
  %492 = mul i64 %491, 2560
  %493 = getelementptr i32, ptr %ot, i64 %492
  br label %otrow

otrow:                                            ; preds = %body121, %body116
  %otrow124 = phi i32 [ 0, %body116 ], [ %502, %body121 ]
  %494 = icmp slt i32 %otrow124, 80
  br i1 %494, label %body121, label %exit123

body121:                                          ; preds = %otrow
  %495 = sext i32 %490 to i64
  %496 = sext i32 %otrow124 to i64
  %497 = mul i64 %496, 32
  %498 = add i64 %497, %495
  %499 = getelementptr i32, ptr %493, i64 %498
  %500 = load float, ptr %499, align 4
  %501 = getelementptr i32, ptr %rowbuf, i64 %496
  store float %500, ptr %501, align 4
  %502 = add nsw i32 %otrow124, 1
  br label %otrow

exit123:                                          ; preds = %otrow
  %503 = icmp ne ptr %part, null
  br i1 %503, label %partial, label %final

partial:                                          ; preds = %exit123
  %504 = sext i32 %nrows to i64
  %505 = mul i64 %486, 80
  %506 = getelementptr float, ptr %part, i64 %505
  br label %chunk125

final:                                            ; preds = %exit123
  %507 = sdiv i32 %orow119, %nh
  %qi130 = add i32 %q_begin, %507
  %508 = srem i32 %orow119, %nh
  %509 = add i32 %h_begin, %508
  %hq131 = add i32 %kv_head, %509
  %510 = sext i32 %qi130 to i64
  %511 = add i64 %q_row0, %510
  %512 = mul i64 %511, 32
  %513 = sext i32 %hq131 to i64
  %orow132 = add i64 %512, %513
  %514 = fcmp oeq float %l, 0.000000e+00
  %515 = fdiv float 1.000000e+00, %l
  %516 = select i1 %514, float 0.000000e+00, float %515
  %517 = mul i64 %orow132, 320
  %518 = getelementptr i8, ptr %out, i64 %517
  %519 = insertelement <16 x float> poison, float %516, i32 0
  %splat133 = shufflevector <16 x float> %519, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk134

written:                                          ; preds = %exit137, %exit128
  %520 = add nsw i32 %orow119, 1
  br label %orow115

chunk125:                                         ; preds = %body126, %partial
  %chunk129 = phi i64 [ 0, %partial ], [ %526, %body126 ]
  %521 = icmp slt i64 %chunk129, 5
  br i1 %521, label %body126, label %exit128

body126:                                          ; preds = %chunk125
  %522 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk129
  %523 = load <16 x float>, ptr %522, align 64
  %524 = mul i64 %chunk129, 64
  %525 = getelementptr i8, ptr %506, i64 %524
  store <16 x float> %523, ptr %525, align 4
  %526 = add nsw i64 %chunk129, 1
  br label %chunk125

exit128:                                          ; preds = %chunk125
  %527 = mul i64 %504, 80
  %528 = add i64 %527, %486
  %529 = getelementptr float, ptr %part, i64 %528
  store float %m120, ptr %529, align 4
  %530 = add i64 %528, %504
  %531 = getelementptr float, ptr %part, i64 %530
  store float %l, ptr %531, align 4
  br label %written

chunk134:                                         ; preds = %body135, %final
  %chunk138 = phi i64 [ 0, %final ], [ %538, %body135 ]
  %532 = icmp slt i64 %chunk138, 5
  br i1 %532, label %body135, label %exit137

body135:                                          ; preds = %chunk134
  %533 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk138
  %534 = load <16 x float>, ptr %533, align 64
  %535 = fmul <16 x float> %534, %splat133
  %536 = mul i64 %chunk138, 64
  %537 = getelementptr i8, ptr %518, i64 %536
  store <16 x float> %535, ptr %537, align 4
  %538 = add nsw i64 %chunk138, 1
  br label %chunk134

exit137:                                          ; preds = %chunk134
  %539 = call float @llvm.log.f32(float %l)
  %540 = call float @llvm.fmuladd.f32(float %m120, float 0x3FE62E4300000000, float %539)
  %lse139 = select i1 %514, float 0xFFF0000000000000, float %540
  %541 = getelementptr float, ptr %lse, i64 %orow132
  store float %lse139, ptr %541, align 4
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
