; ModuleID = 'mha'
source_filename = "mha"
target triple = "x86_64-unknown-linux-gnu"

@mha.name = private unnamed_addr constant [4 x i8] c"mha\00"
@mha.spec = private unnamed_addr constant [367 x i8] c"attncc: 1\0Aname: mha\0Aphase: decode\0Akind: self\0Aheads: {q: 32, kv: 32, dim: 128, v_dim: 128}\0Atypes: {q: f32, cache: f32, out: f32}\0Ascale: auto\0Acache: {store: kv, layout: contiguous, order: token_major, capacity: 4096, latent_dim: 0, rope_dim: 0, shared_across_layers: false}\0Amask: {causal: false}\0Aoutput: {lse: false}\0Aslim: {order: auto}\0Amodel: {layers: 1, d_model: 0}\0A\00"
@mha_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32, ptr, i32, i32, i32, i32, float, i32, i32, i32, i32, i32, ptr } { i32 7, i32 1, i64 5097096786723071000, ptr @mha.name, ptr @mha.spec, i32 32, i32 32, i32 128, i32 128, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 4096, i32 0, i32 0, float 0x3FB6A09E60000000, i32 0, i32 0, i32 0, ptr null, i32 0, i32 0, i32 0, i32 0, float 0.000000e+00, i32 0, i32 0, i32 0, i32 0, i32 0, ptr null }, align 8
@mha_kernel = internal constant { ptr, ptr, i32, i32, i32, i32, i32, i32, ptr } { ptr @mha_info_data, ptr @mha_tile, i32 1, i32 32, i32 16, i32 16, i32 1, i32 128, ptr null }, align 8

; Function Attrs: nounwind
define internal void @mha_tile(ptr %0, ptr %1) #0 {
entry:
  %muse = alloca float, align 64
  %lsum = alloca <16 x float>, align 64
  %smax = alloca <16 x float>, align 64
  %lims = alloca [32 x i32], align 64
  %alpha = alloca float, align 64
  %accs = alloca [4096 x float], align 64
  %pbuf = alloca [32 x float], align 64
  %dbuf = alloca [32 x <16 x float>], align 64
  %qs = alloca [256 x <16 x float>], align 64
  %ls = alloca [32 x float], align 64
  %ms = alloca [32 x float], align 64
  %q_row0 = load i64, ptr %1, align 4
  %2 = getelementptr i8, ptr %1, i64 8
  %seq = load i32, ptr %2, align 4
  %3 = getelementptr i8, ptr %1, i64 12
  %kv_head = load i32, ptr %3, align 4
  %kv_head0 = mul i32 %kv_head, 32
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
  %19 = mul i64 %18, 67108864
  %20 = getelementptr i8, ptr %k_cache, i64 %19
  %21 = sext i32 %kv_head0 to i64
  %22 = getelementptr i8, ptr %0, i64 64
  %v_cache = load ptr, ptr %22, align 8
  %23 = getelementptr i8, ptr %v_cache, i64 %19
  %24 = icmp sgt i32 %nrows, 0
  br i1 %24, label %rinit, label %done

done:                                             ; preds = %orow67, %entry
  ret void

rinit:                                            ; preds = %entry, %exit8
  %rinit1 = phi i32 [ %59, %exit8 ], [ 0, %entry ]
  %25 = icmp slt i32 %rinit1, 32
  br i1 %25, label %body, label %exit

body:                                             ; preds = %rinit
  %26 = sext i32 %rinit1 to i64
  %27 = mul i64 %26, 8
  %28 = getelementptr <16 x float>, ptr %qs, i64 %27
  %29 = icmp slt i32 %rinit1, %nrows
  %30 = sub i32 %nrows, 1
  %31 = call i32 @llvm.smin.i32(i32 %rinit1, i32 %30)
  %32 = sdiv i32 %31, %nh
  %qi = add i32 %q_begin, %32
  %33 = srem i32 %31, %nh
  %34 = add i32 %h_begin, %33
  %hq = add i32 %kv_head0, %34
  %35 = sext i32 %qi to i64
  %36 = add i64 %q_row0, %35
  %37 = mul i64 %36, 32
  %38 = sext i32 %hq to i64
  %orow = add i64 %37, %38
  %39 = mul i64 %orow, 512
  %40 = getelementptr i8, ptr %q, i64 %39
  %41 = select i1 %29, float 0x3FC0527DC0000000, float 0.000000e+00
  %42 = insertelement <16 x float> poison, float %41, i32 0
  %splat = shufflevector <16 x float> %42, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

exit:                                             ; preds = %rinit
  %k_last = sub i32 %k_end, 1
  br label %kblock

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %49, %body2 ]
  %43 = icmp slt i64 %chunk5, 8
  br i1 %43, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %44 = mul i64 %chunk5, 64
  %45 = getelementptr i8, ptr %40, i64 %44
  %46 = load <16 x float>, ptr %45, align 4
  %47 = fmul <16 x float> %46, %splat
  %48 = getelementptr <16 x float>, ptr %28, i64 %chunk5
  store <16 x float> %47, ptr %48, align 64
  %49 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %50 = getelementptr float, ptr %ms, i64 %26
  store float 0xFFF0000000000000, ptr %50, align 4
  %51 = getelementptr float, ptr %ls, i64 %26
  store float 0.000000e+00, ptr %51, align 4
  %52 = getelementptr i32, ptr %lims, i64 %26
  store i32 %k_end, ptr %52, align 4
  br label %acczero

acczero:                                          ; preds = %body6, %exit4
  %acczero9 = phi i64 [ 0, %exit4 ], [ %58, %body6 ]
  %53 = icmp slt i64 %acczero9, 8
  br i1 %53, label %body6, label %exit8

body6:                                            ; preds = %acczero
  %54 = mul i64 %acczero9, 16
  %55 = mul i64 %26, 128
  %56 = add i64 %55, %54
  %57 = getelementptr float, ptr %accs, i64 %56
  store <16 x float> zeroinitializer, ptr %57, align 64
  %58 = add nsw i64 %acczero9, 1
  br label %acczero

exit8:                                            ; preds = %acczero
  %59 = add nsw i32 %rinit1, 1
  br label %rinit

kblock:                                           ; preds = %kvh, %exit
  %kblock13 = phi i32 [ %k_begin, %exit ], [ %61, %kvh ]
  %60 = icmp slt i32 %kblock13, %k_end
  br i1 %60, label %body10, label %orow67

body10:                                           ; preds = %kblock
  %61 = add i32 %kblock13, 32
  br label %kvh

kvh:                                              ; preds = %exit62, %body10
  %kvh17 = phi i32 [ 0, %body10 ], [ %64, %exit62 ]
  %62 = icmp slt i32 %kvh17, 32
  br i1 %62, label %body14, label %kblock

body14:                                           ; preds = %kvh
  %63 = icmp eq i32 %kvh17, 31
  %64 = add i32 %kvh17, 1
  %65 = select i1 %63, i32 0, i32 %64
  %kb_next = select i1 %63, i32 %61, i32 %kblock13
  %66 = sext i32 %kvh17 to i64
  %67 = add i64 %21, %66
  %68 = getelementptr float, ptr %ms, i64 %66
  %69 = getelementptr float, ptr %ls, i64 %66
  %70 = mul i64 %66, 8
  %71 = getelementptr <16 x float>, ptr %qs, i64 %70
  %72 = mul i64 %66, 128
  %73 = getelementptr float, ptr %accs, i64 %72
  %74 = getelementptr i32, ptr %lims, i64 %66
  %75 = sext i32 %65 to i64
  %76 = add i64 %21, %75
  br label %kdot

kdot:                                             ; preds = %body18, %body14
  %kdot21 = phi i32 [ 0, %body14 ], [ %176, %body18 ]
  %77 = icmp slt i32 %kdot21, 32
  br i1 %77, label %body18, label %score

body18:                                           ; preds = %kdot
  %78 = add i32 %kblock13, %kdot21
  %79 = call i32 @llvm.smin.i32(i32 %78, i32 %k_last)
  %80 = sext i32 %79 to i64
  %81 = mul i64 %80, 32
  %row = add i64 %67, %81
  %82 = mul i64 %row, 512
  %83 = getelementptr i8, ptr %20, i64 %82
  %84 = add i32 %kb_next, %kdot21
  %85 = call i32 @llvm.smin.i32(i32 %84, i32 %k_last)
  %86 = sext i32 %85 to i64
  %87 = mul i64 %86, 32
  %row22 = add i64 %76, %87
  %88 = mul i64 %row22, 512
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
  %94 = getelementptr i8, ptr %89, i64 320
  call void @llvm.prefetch.p0(ptr %94, i32 0, i32 2, i32 1)
  %95 = getelementptr i8, ptr %89, i64 384
  call void @llvm.prefetch.p0(ptr %95, i32 0, i32 2, i32 1)
  %96 = getelementptr i8, ptr %89, i64 448
  call void @llvm.prefetch.p0(ptr %96, i32 0, i32 2, i32 1)
  %97 = add i32 %kdot21, 1
  %98 = add i32 %kblock13, %97
  %99 = call i32 @llvm.smin.i32(i32 %98, i32 %k_last)
  %100 = sext i32 %99 to i64
  %101 = mul i64 %100, 32
  %row23 = add i64 %67, %101
  %102 = mul i64 %row23, 512
  %103 = getelementptr i8, ptr %20, i64 %102
  %104 = add i32 %kb_next, %97
  %105 = call i32 @llvm.smin.i32(i32 %104, i32 %k_last)
  %106 = sext i32 %105 to i64
  %107 = mul i64 %106, 32
  %row24 = add i64 %76, %107
  %108 = mul i64 %row24, 512
  %109 = getelementptr i8, ptr %20, i64 %108
  call void @llvm.prefetch.p0(ptr %109, i32 0, i32 2, i32 1)
  %110 = getelementptr i8, ptr %109, i64 64
  call void @llvm.prefetch.p0(ptr %110, i32 0, i32 2, i32 1)
  %111 = getelementptr i8, ptr %109, i64 128
  call void @llvm.prefetch.p0(ptr %111, i32 0, i32 2, i32 1)
  %112 = getelementptr i8, ptr %109, i64 192
  call void @llvm.prefetch.p0(ptr %112, i32 0, i32 2, i32 1)
  %113 = getelementptr i8, ptr %109, i64 256
  call void @llvm.prefetch.p0(ptr %113, i32 0, i32 2, i32 1)
  %114 = getelementptr i8, ptr %109, i64 320
  call void @llvm.prefetch.p0(ptr %114, i32 0, i32 2, i32 1)
  %115 = getelementptr i8, ptr %109, i64 384
  call void @llvm.prefetch.p0(ptr %115, i32 0, i32 2, i32 1)
  %116 = getelementptr i8, ptr %109, i64 448
  call void @llvm.prefetch.p0(ptr %116, i32 0, i32 2, i32 1)
  %q25 = load <16 x float>, ptr %71, align 64
  %117 = load <16 x float>, ptr %83, align 4
  %118 = load <16 x float>, ptr %103, align 4
  %119 = fmul <16 x float> %q25, %117
  %120 = fmul <16 x float> %q25, %118
  %121 = getelementptr <16 x float>, ptr %71, i64 1
  %q26 = load <16 x float>, ptr %121, align 64
  %122 = getelementptr i8, ptr %83, i64 64
  %123 = load <16 x float>, ptr %122, align 4
  %124 = getelementptr i8, ptr %103, i64 64
  %125 = load <16 x float>, ptr %124, align 4
  %126 = fmul <16 x float> %q26, %123
  %127 = fmul <16 x float> %q26, %125
  %128 = getelementptr <16 x float>, ptr %71, i64 2
  %q27 = load <16 x float>, ptr %128, align 64
  %129 = getelementptr i8, ptr %83, i64 128
  %130 = load <16 x float>, ptr %129, align 4
  %131 = getelementptr i8, ptr %103, i64 128
  %132 = load <16 x float>, ptr %131, align 4
  %133 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %130, <16 x float> %119)
  %134 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %132, <16 x float> %120)
  %135 = getelementptr <16 x float>, ptr %71, i64 3
  %q28 = load <16 x float>, ptr %135, align 64
  %136 = getelementptr i8, ptr %83, i64 192
  %137 = load <16 x float>, ptr %136, align 4
  %138 = getelementptr i8, ptr %103, i64 192
  %139 = load <16 x float>, ptr %138, align 4
  %140 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %137, <16 x float> %126)
  %141 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %139, <16 x float> %127)
  %142 = getelementptr <16 x float>, ptr %71, i64 4
  %q29 = load <16 x float>, ptr %142, align 64
  %143 = getelementptr i8, ptr %83, i64 256
  %144 = load <16 x float>, ptr %143, align 4
  %145 = getelementptr i8, ptr %103, i64 256
  %146 = load <16 x float>, ptr %145, align 4
  %147 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q29, <16 x float> %144, <16 x float> %133)
  %148 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q29, <16 x float> %146, <16 x float> %134)
  %149 = getelementptr <16 x float>, ptr %71, i64 5
  %q30 = load <16 x float>, ptr %149, align 64
  %150 = getelementptr i8, ptr %83, i64 320
  %151 = load <16 x float>, ptr %150, align 4
  %152 = getelementptr i8, ptr %103, i64 320
  %153 = load <16 x float>, ptr %152, align 4
  %154 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q30, <16 x float> %151, <16 x float> %140)
  %155 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q30, <16 x float> %153, <16 x float> %141)
  %156 = getelementptr <16 x float>, ptr %71, i64 6
  %q31 = load <16 x float>, ptr %156, align 64
  %157 = getelementptr i8, ptr %83, i64 384
  %158 = load <16 x float>, ptr %157, align 4
  %159 = getelementptr i8, ptr %103, i64 384
  %160 = load <16 x float>, ptr %159, align 4
  %161 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %158, <16 x float> %147)
  %162 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %160, <16 x float> %148)
  %163 = getelementptr <16 x float>, ptr %71, i64 7
  %q32 = load <16 x float>, ptr %163, align 64
  %164 = getelementptr i8, ptr %83, i64 448
  %165 = load <16 x float>, ptr %164, align 4
  %166 = getelementptr i8, ptr %103, i64 448
  %167 = load <16 x float>, ptr %166, align 4
  %168 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %165, <16 x float> %154)
  %169 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %167, <16 x float> %155)
  %170 = fadd <16 x float> %161, %168
  %171 = sext i32 %kdot21 to i64
  %172 = getelementptr <16 x float>, ptr %dbuf, i64 %171
  store <16 x float> %170, ptr %172, align 64
  %173 = fadd <16 x float> %162, %169
  %174 = sext i32 %97 to i64
  %175 = getelementptr <16 x float>, ptr %dbuf, i64 %174
  store <16 x float> %173, ptr %175, align 64
  %176 = add nsw i32 %kdot21, 2
  br label %kdot

score:                                            ; preds = %kdot, %body33
  %score36 = phi i64 [ %290, %body33 ], [ 0, %kdot ]
  %177 = icmp slt i64 %score36, 2
  br i1 %177, label %body33, label %rmax

body33:                                           ; preds = %score
  %178 = sdiv i64 %score36, 2
  %179 = srem i64 %score36, 2
  %180 = mul i64 %179, 16
  %181 = mul i64 %178, 32
  %182 = add i64 %181, %180
  %183 = getelementptr <16 x float>, ptr %dbuf, i64 %182
  %184 = load <16 x float>, ptr %183, align 64
  %185 = add i64 %182, 1
  %186 = getelementptr <16 x float>, ptr %dbuf, i64 %185
  %187 = load <16 x float>, ptr %186, align 64
  %188 = shufflevector <16 x float> %184, <16 x float> %187, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %189 = shufflevector <16 x float> %184, <16 x float> %187, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %190 = fadd <16 x float> %188, %189
  %191 = add i64 %182, 2
  %192 = getelementptr <16 x float>, ptr %dbuf, i64 %191
  %193 = load <16 x float>, ptr %192, align 64
  %194 = add i64 %182, 3
  %195 = getelementptr <16 x float>, ptr %dbuf, i64 %194
  %196 = load <16 x float>, ptr %195, align 64
  %197 = shufflevector <16 x float> %193, <16 x float> %196, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %198 = shufflevector <16 x float> %193, <16 x float> %196, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %199 = fadd <16 x float> %197, %198
  %200 = shufflevector <16 x float> %190, <16 x float> %199, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %201 = shufflevector <16 x float> %190, <16 x float> %199, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %202 = fadd <16 x float> %200, %201
  %203 = add i64 %182, 4
  %204 = getelementptr <16 x float>, ptr %dbuf, i64 %203
  %205 = load <16 x float>, ptr %204, align 64
  %206 = add i64 %182, 5
  %207 = getelementptr <16 x float>, ptr %dbuf, i64 %206
  %208 = load <16 x float>, ptr %207, align 64
  %209 = shufflevector <16 x float> %205, <16 x float> %208, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %210 = shufflevector <16 x float> %205, <16 x float> %208, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %211 = fadd <16 x float> %209, %210
  %212 = add i64 %182, 6
  %213 = getelementptr <16 x float>, ptr %dbuf, i64 %212
  %214 = load <16 x float>, ptr %213, align 64
  %215 = add i64 %182, 7
  %216 = getelementptr <16 x float>, ptr %dbuf, i64 %215
  %217 = load <16 x float>, ptr %216, align 64
  %218 = shufflevector <16 x float> %214, <16 x float> %217, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %219 = shufflevector <16 x float> %214, <16 x float> %217, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %220 = fadd <16 x float> %218, %219
  %221 = shufflevector <16 x float> %211, <16 x float> %220, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %222 = shufflevector <16 x float> %211, <16 x float> %220, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %223 = fadd <16 x float> %221, %222
  %224 = shufflevector <16 x float> %202, <16 x float> %223, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %225 = shufflevector <16 x float> %202, <16 x float> %223, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %226 = fadd <16 x float> %224, %225
  %227 = add i64 %182, 8
  %228 = getelementptr <16 x float>, ptr %dbuf, i64 %227
  %229 = load <16 x float>, ptr %228, align 64
  %230 = add i64 %182, 9
  %231 = getelementptr <16 x float>, ptr %dbuf, i64 %230
  %232 = load <16 x float>, ptr %231, align 64
  %233 = shufflevector <16 x float> %229, <16 x float> %232, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %234 = shufflevector <16 x float> %229, <16 x float> %232, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %235 = fadd <16 x float> %233, %234
  %236 = add i64 %182, 10
  %237 = getelementptr <16 x float>, ptr %dbuf, i64 %236
  %238 = load <16 x float>, ptr %237, align 64
  %239 = add i64 %182, 11
  %240 = getelementptr <16 x float>, ptr %dbuf, i64 %239
  %241 = load <16 x float>, ptr %240, align 64
  %242 = shufflevector <16 x float> %238, <16 x float> %241, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %243 = shufflevector <16 x float> %238, <16 x float> %241, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %244 = fadd <16 x float> %242, %243
  %245 = shufflevector <16 x float> %235, <16 x float> %244, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %246 = shufflevector <16 x float> %235, <16 x float> %244, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %247 = fadd <16 x float> %245, %246
  %248 = add i64 %182, 12
  %249 = getelementptr <16 x float>, ptr %dbuf, i64 %248
  %250 = load <16 x float>, ptr %249, align 64
  %251 = add i64 %182, 13
  %252 = getelementptr <16 x float>, ptr %dbuf, i64 %251
  %253 = load <16 x float>, ptr %252, align 64
  %254 = shufflevector <16 x float> %250, <16 x float> %253, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %255 = shufflevector <16 x float> %250, <16 x float> %253, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %256 = fadd <16 x float> %254, %255
  %257 = add i64 %182, 14
  %258 = getelementptr <16 x float>, ptr %dbuf, i64 %257
  %259 = load <16 x float>, ptr %258, align 64
  %260 = add i64 %182, 15
  %261 = getelementptr <16 x float>, ptr %dbuf, i64 %260
  %262 = load <16 x float>, ptr %261, align 64
  %263 = shufflevector <16 x float> %259, <16 x float> %262, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %264 = shufflevector <16 x float> %259, <16 x float> %262, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %265 = fadd <16 x float> %263, %264
  %266 = shufflevector <16 x float> %256, <16 x float> %265, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %267 = shufflevector <16 x float> %256, <16 x float> %265, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %268 = fadd <16 x float> %266, %267
  %269 = shufflevector <16 x float> %247, <16 x float> %268, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %270 = shufflevector <16 x float> %247, <16 x float> %268, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %271 = fadd <16 x float> %269, %270
  %272 = shufflevector <16 x float> %226, <16 x float> %271, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %273 = shufflevector <16 x float> %226, <16 x float> %271, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %274 = fadd <16 x float> %272, %273
  %275 = getelementptr i32, ptr %74, i64 %178
  %276 = load i32, ptr %275, align 4
  %277 = insertelement <16 x i32> poison, i32 %276, i32 0
  %splat37 = shufflevector <16 x i32> %277, <16 x i32> poison, <16 x i32> zeroinitializer
  %278 = trunc i64 %180 to i32
  %279 = add i32 %kblock13, %278
  %280 = insertelement <16 x i32> poison, i32 %279, i32 0
  %splat38 = shufflevector <16 x i32> %280, <16 x i32> poison, <16 x i32> zeroinitializer
  %281 = add <16 x i32> %splat38, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %282 = icmp slt <16 x i32> %281, %splat37
  %283 = select <16 x i1> %282, <16 x float> %274, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %284 = getelementptr float, ptr %pbuf, i64 %182
  store <16 x float> %283, ptr %284, align 64
  %285 = getelementptr <16 x float>, ptr %smax, i64 %178
  %286 = icmp eq i64 %179, 0
  %287 = load <16 x float>, ptr %285, align 64
  %288 = select i1 %286, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <16 x float> %287
  %289 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %288, <16 x float> %283)
  store <16 x float> %289, ptr %285, align 64
  %290 = add nsw i64 %score36, 1
  br label %score

rmax:                                             ; preds = %score, %body39
  %rmax42 = phi i64 [ %327, %body39 ], [ 0, %score ]
  %291 = icmp slt i64 %rmax42, 1
  br i1 %291, label %body39, label %pexp

body39:                                           ; preds = %rmax
  %292 = getelementptr float, ptr %68, i64 %rmax42
  %m = load float, ptr %292, align 4
  %293 = getelementptr <16 x float>, ptr %smax, i64 %rmax42
  %294 = load <16 x float>, ptr %293, align 64
  %295 = shufflevector <16 x float> %294, <16 x float> undef, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %296 = shufflevector <16 x float> %294, <16 x float> undef, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %297 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %295, <8 x float> %296)
  %298 = shufflevector <8 x float> %297, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %299 = shufflevector <8 x float> %297, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %300 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %298, <4 x float> %299)
  %301 = shufflevector <4 x float> %300, <4 x float> undef, <2 x i32> <i32 0, i32 1>
  %302 = shufflevector <4 x float> %300, <4 x float> undef, <2 x i32> <i32 2, i32 3>
  %303 = call <2 x float> @llvm.maxnum.v2f32(<2 x float> %301, <2 x float> %302)
  %304 = shufflevector <2 x float> %303, <2 x float> undef, <1 x i32> zeroinitializer
  %305 = shufflevector <2 x float> %303, <2 x float> undef, <1 x i32> <i32 1>
  %306 = call <1 x float> @llvm.maxnum.v1f32(<1 x float> %304, <1 x float> %305)
  %307 = extractelement <1 x float> %306, i32 0
  %308 = call float @llvm.maxnum.f32(float %m, float %307)
  %309 = fcmp oeq float %308, 0xFFF0000000000000
  %muse43 = select i1 %309, float 0.000000e+00, float %308
  %310 = fsub float %m, %muse43
  %311 = insertelement <16 x float> poison, float %310, i32 0
  %splat44 = shufflevector <16 x float> %311, <16 x float> poison, <16 x i32> zeroinitializer
  %312 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat44, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %313 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %312, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %314 = fadd <16 x float> %313, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %314, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %313, %n
  %315 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %316 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %315, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %317 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %316, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %318 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %317, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %319 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %318, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %320 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %319, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %321 = fptosi <16 x float> %n to <16 x i32>
  %322 = add <16 x i32> %321, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %323 = shl <16 x i32> %322, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %324 = bitcast <16 x i32> %323 to <16 x float>
  %exp2 = fmul <16 x float> %320, %324
  %alpha45 = extractelement <16 x float> %exp2, i32 0
  store float %308, ptr %292, align 4
  %325 = getelementptr float, ptr %muse, i64 %rmax42
  store float %muse43, ptr %325, align 4
  %326 = getelementptr float, ptr %alpha, i64 %rmax42
  store float %alpha45, ptr %326, align 4
  %327 = add nsw i64 %rmax42, 1
  br label %rmax

pexp:                                             ; preds = %rmax, %body46
  %pexp49 = phi i64 [ %358, %body46 ], [ 0, %rmax ]
  %328 = icmp slt i64 %pexp49, 2
  br i1 %328, label %body46, label %lsum54

body46:                                           ; preds = %pexp
  %329 = sdiv i64 %pexp49, 2
  %330 = srem i64 %pexp49, 2
  %331 = mul i64 %330, 16
  %332 = mul i64 %329, 32
  %333 = add i64 %332, %331
  %334 = getelementptr float, ptr %pbuf, i64 %333
  %335 = getelementptr float, ptr %muse, i64 %329
  %336 = load float, ptr %335, align 4
  %337 = insertelement <16 x float> poison, float %336, i32 0
  %splat50 = shufflevector <16 x float> %337, <16 x float> poison, <16 x i32> zeroinitializer
  %338 = load <16 x float>, ptr %334, align 64
  %339 = fsub <16 x float> %338, %splat50
  %340 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %339, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %341 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %340, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %342 = fadd <16 x float> %341, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n51 = fsub <16 x float> %342, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f52 = fsub <16 x float> %341, %n51
  %343 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f52, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %344 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %343, <16 x float> %f52, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %345 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %344, <16 x float> %f52, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %346 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %345, <16 x float> %f52, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %347 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %346, <16 x float> %f52, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %348 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %347, <16 x float> %f52, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %349 = fptosi <16 x float> %n51 to <16 x i32>
  %350 = add <16 x i32> %349, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %351 = shl <16 x i32> %350, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %352 = bitcast <16 x i32> %351 to <16 x float>
  %exp253 = fmul <16 x float> %348, %352
  store <16 x float> %exp253, ptr %334, align 64
  %353 = getelementptr <16 x float>, ptr %lsum, i64 %329
  %354 = icmp eq i64 %330, 0
  %355 = load <16 x float>, ptr %353, align 64
  %356 = select i1 %354, <16 x float> zeroinitializer, <16 x float> %355
  %357 = fadd <16 x float> %356, %exp253
  store <16 x float> %357, ptr %353, align 64
  %358 = add nsw i64 %pexp49, 1
  br label %pexp

lsum54:                                           ; preds = %pexp, %body55
  %lsum58 = phi i64 [ %367, %body55 ], [ 0, %pexp ]
  %359 = icmp slt i64 %lsum58, 1
  br i1 %359, label %body55, label %exit57

body55:                                           ; preds = %lsum54
  %360 = getelementptr float, ptr %69, i64 %lsum58
  %361 = getelementptr float, ptr %alpha, i64 %lsum58
  %362 = load float, ptr %361, align 4
  %363 = getelementptr <16 x float>, ptr %lsum, i64 %lsum58
  %364 = load <16 x float>, ptr %363, align 64
  %365 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %364)
  %l = load float, ptr %360, align 4
  %366 = call float @llvm.fmuladd.f32(float %l, float %362, float %365)
  store float %366, ptr %360, align 4
  %367 = add nsw i64 %lsum58, 1
  br label %lsum54

exit57:                                           ; preds = %lsum54
  %368 = sub i32 %k_end, %kblock13
  %369 = call i32 @llvm.smin.i32(i32 32, i32 %368)
  %370 = load float, ptr %alpha, align 4
  %371 = insertelement <16 x float> poison, float %370, i32 0
  %splat59 = shufflevector <16 x float> %371, <16 x float> poison, <16 x i32> zeroinitializer
  %372 = load <16 x float>, ptr %73, align 64
  %373 = fmul <16 x float> %372, %splat59
  %374 = getelementptr float, ptr %73, i64 16
  %375 = load <16 x float>, ptr %374, align 64
  %376 = fmul <16 x float> %375, %splat59
  %377 = getelementptr float, ptr %73, i64 32
  %378 = load <16 x float>, ptr %377, align 64
  %379 = fmul <16 x float> %378, %splat59
  %380 = getelementptr float, ptr %73, i64 48
  %381 = load <16 x float>, ptr %380, align 64
  %382 = fmul <16 x float> %381, %splat59
  %383 = getelementptr float, ptr %73, i64 64
  %384 = load <16 x float>, ptr %383, align 64
  %385 = fmul <16 x float> %384, %splat59
  %386 = getelementptr float, ptr %73, i64 80
  %387 = load <16 x float>, ptr %386, align 64
  %388 = fmul <16 x float> %387, %splat59
  %389 = getelementptr float, ptr %73, i64 96
  %390 = load <16 x float>, ptr %389, align 64
  %391 = fmul <16 x float> %390, %splat59
  %392 = getelementptr float, ptr %73, i64 112
  %393 = load <16 x float>, ptr %392, align 64
  %394 = fmul <16 x float> %393, %splat59
  br label %kpv

kpv:                                              ; preds = %body60, %exit57
  %pacc.sroa.28.0 = phi <16 x float> [ %394, %exit57 ], [ %439, %body60 ]
  %pacc.sroa.24.0 = phi <16 x float> [ %391, %exit57 ], [ %436, %body60 ]
  %pacc.sroa.20.0 = phi <16 x float> [ %388, %exit57 ], [ %433, %body60 ]
  %pacc.sroa.16.0 = phi <16 x float> [ %385, %exit57 ], [ %430, %body60 ]
  %pacc.sroa.12.0 = phi <16 x float> [ %382, %exit57 ], [ %427, %body60 ]
  %pacc.sroa.8.0 = phi <16 x float> [ %379, %exit57 ], [ %424, %body60 ]
  %pacc.sroa.4.0 = phi <16 x float> [ %376, %exit57 ], [ %421, %body60 ]
  %pacc.sroa.0.0 = phi <16 x float> [ %373, %exit57 ], [ %418, %body60 ]
  %kpv63 = phi i32 [ 0, %exit57 ], [ %440, %body60 ]
  %395 = icmp slt i32 %kpv63, %369
  br i1 %395, label %body60, label %exit62

body60:                                           ; preds = %kpv
  %396 = add i32 %kblock13, %kpv63
  %397 = sext i32 %396 to i64
  %398 = mul i64 %397, 32
  %row64 = add i64 %67, %398
  %399 = mul i64 %row64, 512
  %400 = getelementptr i8, ptr %23, i64 %399
  %401 = add i32 %kb_next, %kpv63
  %402 = call i32 @llvm.smin.i32(i32 %401, i32 %k_last)
  %403 = sext i32 %402 to i64
  %404 = mul i64 %403, 32
  %row65 = add i64 %76, %404
  %405 = mul i64 %row65, 512
  %406 = getelementptr i8, ptr %23, i64 %405
  call void @llvm.prefetch.p0(ptr %406, i32 0, i32 2, i32 1)
  %407 = getelementptr i8, ptr %406, i64 64
  call void @llvm.prefetch.p0(ptr %407, i32 0, i32 2, i32 1)
  %408 = getelementptr i8, ptr %406, i64 128
  call void @llvm.prefetch.p0(ptr %408, i32 0, i32 2, i32 1)
  %409 = getelementptr i8, ptr %406, i64 192
  call void @llvm.prefetch.p0(ptr %409, i32 0, i32 2, i32 1)
  %410 = getelementptr i8, ptr %406, i64 256
  call void @llvm.prefetch.p0(ptr %410, i32 0, i32 2, i32 1)
  %411 = getelementptr i8, ptr %406, i64 320
  call void @llvm.prefetch.p0(ptr %411, i32 0, i32 2, i32 1)
  %412 = getelementptr i8, ptr %406, i64 384
  call void @llvm.prefetch.p0(ptr %412, i32 0, i32 2, i32 1)
  %413 = getelementptr i8, ptr %406, i64 448
  call void @llvm.prefetch.p0(ptr %413, i32 0, i32 2, i32 1)
  %414 = sext i32 %kpv63 to i64
  %415 = getelementptr float, ptr %pbuf, i64 %414
  %p = load float, ptr %415, align 4
  %416 = insertelement <16 x float> poison, float %p, i32 0
  %splat66 = shufflevector <16 x float> %416, <16 x float> poison, <16 x i32> zeroinitializer
  %417 = load <16 x float>, ptr %400, align 4
  %418 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat66, <16 x float> %417, <16 x float> %pacc.sroa.0.0)
  %419 = getelementptr i8, ptr %400, i64 64
  %420 = load <16 x float>, ptr %419, align 4
  %421 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat66, <16 x float> %420, <16 x float> %pacc.sroa.4.0)
  %422 = getelementptr i8, ptr %400, i64 128
  %423 = load <16 x float>, ptr %422, align 4
  %424 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat66, <16 x float> %423, <16 x float> %pacc.sroa.8.0)
  %425 = getelementptr i8, ptr %400, i64 192
  %426 = load <16 x float>, ptr %425, align 4
  %427 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat66, <16 x float> %426, <16 x float> %pacc.sroa.12.0)
  %428 = getelementptr i8, ptr %400, i64 256
  %429 = load <16 x float>, ptr %428, align 4
  %430 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat66, <16 x float> %429, <16 x float> %pacc.sroa.16.0)
  %431 = getelementptr i8, ptr %400, i64 320
  %432 = load <16 x float>, ptr %431, align 4
  %433 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat66, <16 x float> %432, <16 x float> %pacc.sroa.20.0)
  %434 = getelementptr i8, ptr %400, i64 384
  %435 = load <16 x float>, ptr %434, align 4
  %436 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat66, <16 x float> %435, <16 x float> %pacc.sroa.24.0)
  %437 = getelementptr i8, ptr %400, i64 448
  %438 = load <16 x float>, ptr %437, align 4
  %439 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat66, <16 x float> %438, <16 x float> %pacc.sroa.28.0)
  %440 = add nsw i32 %kpv63, 1
  br label %kpv

exit62:                                           ; preds = %kpv
  store <16 x float> %pacc.sroa.0.0, ptr %73, align 64
  store <16 x float> %pacc.sroa.4.0, ptr %374, align 64
  store <16 x float> %pacc.sroa.8.0, ptr %377, align 64
  store <16 x float> %pacc.sroa.12.0, ptr %380, align 64
  store <16 x float> %pacc.sroa.16.0, ptr %383, align 64
  store <16 x float> %pacc.sroa.20.0, ptr %386, align 64
  store <16 x float> %pacc.sroa.24.0, ptr %389, align 64
  store <16 x float> %pacc.sroa.28.0, ptr %392, align 64
  br label %kvh

orow67:                                           ; preds = %kblock, %written
  %orow71 = phi i32 [ %463, %written ], [ 0, %kblock ]
  %441 = icmp slt i32 %orow71, %nrows
  br i1 %441, label %body68, label %done

body68:                                           ; preds = %orow67
  %442 = sext i32 %orow71 to i64
  %443 = getelementptr float, ptr %ms, i64 %442
  %m72 = load float, ptr %443, align 4
  %444 = getelementptr float, ptr %ls, i64 %442
  %l73 = load float, ptr %444, align 4
  %445 = mul i64 %442, 128
  %446 = getelementptr float, ptr %accs, i64 %445
  %447 = icmp ne ptr %part, null
  br i1 %447, label %partial, label %final

partial:                                          ; preds = %body68
  %448 = sext i32 %nrows to i64
  %449 = getelementptr float, ptr %part, i64 %445
  br label %chunk74

final:                                            ; preds = %body68
  %450 = sdiv i32 %orow71, %nh
  %qi79 = add i32 %q_begin, %450
  %451 = srem i32 %orow71, %nh
  %452 = add i32 %h_begin, %451
  %hq80 = add i32 %kv_head0, %452
  %453 = sext i32 %qi79 to i64
  %454 = add i64 %q_row0, %453
  %455 = mul i64 %454, 32
  %456 = sext i32 %hq80 to i64
  %orow81 = add i64 %455, %456
  %457 = fcmp oeq float %l73, 0.000000e+00
  %458 = fdiv float 1.000000e+00, %l73
  %459 = select i1 %457, float 0.000000e+00, float %458
  %460 = mul i64 %orow81, 512
  %461 = getelementptr i8, ptr %out, i64 %460
  %462 = insertelement <16 x float> poison, float %459, i32 0
  %splat82 = shufflevector <16 x float> %462, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk83

written:                                          ; preds = %chunk83, %exit77
  %463 = add nsw i32 %orow71, 1
  br label %orow67

chunk74:                                          ; preds = %body75, %partial
  %chunk78 = phi i64 [ 0, %partial ], [ %469, %body75 ]
  %464 = icmp slt i64 %chunk78, 8
  br i1 %464, label %body75, label %exit77

body75:                                           ; preds = %chunk74
  %465 = getelementptr <16 x float>, ptr %446, i64 %chunk78
  %466 = load <16 x float>, ptr %465, align 64
  %467 = mul i64 %chunk78, 64
  %468 = getelementptr i8, ptr %449, i64 %467
  store <16 x float> %466, ptr %468, align 4
  %469 = add nsw i64 %chunk78, 1
  br label %chunk74

exit77:                                           ; preds = %chunk74
  %470 = mul i64 %448, 128
  %471 = add i64 %470, %442
  %472 = getelementptr float, ptr %part, i64 %471
  store float %m72, ptr %472, align 4
  %473 = add i64 %471, %448
  %474 = getelementptr float, ptr %part, i64 %473
  store float %l73, ptr %474, align 4
  br label %written

chunk83:                                          ; preds = %body84, %final
  %chunk87 = phi i64 [ 0, %final ], [ %481, %body84 ]
  %475 = icmp slt i64 %chunk87, 8
  br i1 %475, label %body84, label %written

body84:                                           ; preds = %chunk83
  %476 = getelementptr <16 x float>, ptr %446, i64 %chunk87
  %477 = load <16 x float>, ptr %476, align 64
  %478 = fmul <16 x float> %477, %splat82
  %479 = mul i64 %chunk87, 64
  %480 = getelementptr i8, ptr %461, i64 %479
  store <16 x float> %478, ptr %480, align 4
  %481 = add nsw i64 %chunk87, 1
  br label %chunk83
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

declare i32 @attnrt_run(ptr, ptr)

; Function Attrs: nounwind
define i32 @mha(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_run(ptr @mha_kernel, ptr %0)
  ret i32 %1
}

declare i64 @attnrt_tasks(ptr, ptr)

; Function Attrs: nounwind
define i64 @mha_tasks(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_tasks(ptr @mha_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_task(ptr, ptr, i64)

; Function Attrs: nounwind
define i32 @mha_task(ptr %0, i64 %1) #0 {
entry:
  %2 = call i32 @attnrt_task(ptr @mha_kernel, ptr %0, i64 %1)
  ret i32 %2
}

declare i64 @attnrt_workspace(ptr, ptr)

; Function Attrs: nounwind
define i64 @mha_workspace(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_workspace(ptr @mha_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_append(ptr, ptr)

; Function Attrs: nounwind
define i32 @mha_append(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_append(ptr @mha_kernel, ptr %0)
  ret i32 %1
}

; Function Attrs: nounwind
define ptr @mha_info() #0 {
entry:
  ret ptr @mha_info_data
}

attributes #0 = { nounwind "target-cpu"="x86-64-v4" "target-features"="+avx512f,+evex512,+avx512bw,+avx512vl,+avx,+avx2,+fma,+f16c" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite) }
