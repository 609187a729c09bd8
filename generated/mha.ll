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
  %rinit1 = phi i32 [ %62, %exit8 ], [ 0, %entry ]
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
  %43 = sub i32 %nrows, 1
  %44 = sext i32 %43 to i64
  %45 = getelementptr i32, ptr %lims, i64 %44
  %fact = load i32, ptr %45, align 4
  %k_last = sub i32 %fact, 1
  br label %kblock

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %52, %body2 ]
  %46 = icmp slt i64 %chunk5, 8
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
  store i32 %k_end, ptr %55, align 4
  br label %acczero

acczero:                                          ; preds = %body6, %exit4
  %acczero9 = phi i64 [ 0, %exit4 ], [ %61, %body6 ]
  %56 = icmp slt i64 %acczero9, 8
  br i1 %56, label %body6, label %exit8

body6:                                            ; preds = %acczero
  %57 = mul i64 %acczero9, 16
  %58 = mul i64 %26, 128
  %59 = add i64 %58, %57
  %60 = getelementptr float, ptr %accs, i64 %59
  store <16 x float> zeroinitializer, ptr %60, align 64
  %61 = add nsw i64 %acczero9, 1
  br label %acczero

exit8:                                            ; preds = %acczero
  %62 = add nsw i32 %rinit1, 1
  br label %rinit

kblock:                                           ; preds = %kvh, %exit
  %kblock13 = phi i32 [ %k_begin, %exit ], [ %64, %kvh ]
  %63 = icmp slt i32 %kblock13, %fact
  br i1 %63, label %body10, label %orow67

body10:                                           ; preds = %kblock
  %64 = add i32 %kblock13, 32
  br label %kvh

kvh:                                              ; preds = %exit62, %body10
  %kvh17 = phi i32 [ 0, %body10 ], [ %67, %exit62 ]
  %65 = icmp slt i32 %kvh17, 32
  br i1 %65, label %body14, label %kblock

body14:                                           ; preds = %kvh
  %66 = icmp eq i32 %kvh17, 31
  %67 = add i32 %kvh17, 1
  %68 = select i1 %66, i32 0, i32 %67
  %kb_next = select i1 %66, i32 %64, i32 %kblock13
  %69 = sext i32 %kvh17 to i64
  %70 = add i64 %21, %69
  %71 = getelementptr float, ptr %ms, i64 %69
  %72 = getelementptr float, ptr %ls, i64 %69
  %73 = mul i64 %69, 8
  %74 = getelementptr <16 x float>, ptr %qs, i64 %73
  %75 = mul i64 %69, 128
  %76 = getelementptr float, ptr %accs, i64 %75
  %77 = getelementptr i32, ptr %lims, i64 %69
  %78 = sext i32 %68 to i64
  %79 = add i64 %21, %78
  br label %kdot

kdot:                                             ; preds = %body18, %body14
  %kdot21 = phi i32 [ 0, %body14 ], [ %179, %body18 ]
  %80 = icmp slt i32 %kdot21, 32
  br i1 %80, label %body18, label %score

body18:                                           ; preds = %kdot
  %81 = add i32 %kblock13, %kdot21
  %82 = call i32 @llvm.smin.i32(i32 %81, i32 %k_last)
  %83 = sext i32 %82 to i64
  %84 = mul i64 %83, 32
  %row = add i64 %70, %84
  %85 = mul i64 %row, 512
  %86 = getelementptr i8, ptr %20, i64 %85
  %87 = add i32 %kb_next, %kdot21
  %88 = call i32 @llvm.smin.i32(i32 %87, i32 %k_last)
  %89 = sext i32 %88 to i64
  %90 = mul i64 %89, 32
  %row22 = add i64 %79, %90
  %91 = mul i64 %row22, 512
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
  %97 = getelementptr i8, ptr %92, i64 320
  call void @llvm.prefetch.p0(ptr %97, i32 0, i32 2, i32 1)
  %98 = getelementptr i8, ptr %92, i64 384
  call void @llvm.prefetch.p0(ptr %98, i32 0, i32 2, i32 1)
  %99 = getelementptr i8, ptr %92, i64 448
  call void @llvm.prefetch.p0(ptr %99, i32 0, i32 2, i32 1)
  %100 = add i32 %kdot21, 1
  %101 = add i32 %kblock13, %100
  %102 = call i32 @llvm.smin.i32(i32 %101, i32 %k_last)
  %103 = sext i32 %102 to i64
  %104 = mul i64 %103, 32
  %row23 = add i64 %70, %104
  %105 = mul i64 %row23, 512
  %106 = getelementptr i8, ptr %20, i64 %105
  %107 = add i32 %kb_next, %100
  %108 = call i32 @llvm.smin.i32(i32 %107, i32 %k_last)
  %109 = sext i32 %108 to i64
  %110 = mul i64 %109, 32
  %row24 = add i64 %79, %110
  %111 = mul i64 %row24, 512
  %112 = getelementptr i8, ptr %20, i64 %111
  call void @llvm.prefetch.p0(ptr %112, i32 0, i32 2, i32 1)
  %113 = getelementptr i8, ptr %112, i64 64
  call void @llvm.prefetch.p0(ptr %113, i32 0, i32 2, i32 1)
  %114 = getelementptr i8, ptr %112, i64 128
  call void @llvm.prefetch.p0(ptr %114, i32 0, i32 2, i32 1)
  %115 = getelementptr i8, ptr %112, i64 192
  call void @llvm.prefetch.p0(ptr %115, i32 0, i32 2, i32 1)
  %116 = getelementptr i8, ptr %112, i64 256
  call void @llvm.prefetch.p0(ptr %116, i32 0, i32 2, i32 1)
  %117 = getelementptr i8, ptr %112, i64 320
  call void @llvm.prefetch.p0(ptr %117, i32 0, i32 2, i32 1)
  %118 = getelementptr i8, ptr %112, i64 384
  call void @llvm.prefetch.p0(ptr %118, i32 0, i32 2, i32 1)
  %119 = getelementptr i8, ptr %112, i64 448
  call void @llvm.prefetch.p0(ptr %119, i32 0, i32 2, i32 1)
  %q25 = load <16 x float>, ptr %74, align 64
  %120 = load <16 x float>, ptr %86, align 4
  %121 = load <16 x float>, ptr %106, align 4
  %122 = fmul <16 x float> %q25, %120
  %123 = fmul <16 x float> %q25, %121
  %124 = getelementptr <16 x float>, ptr %74, i64 1
  %q26 = load <16 x float>, ptr %124, align 64
  %125 = getelementptr i8, ptr %86, i64 64
  %126 = load <16 x float>, ptr %125, align 4
  %127 = getelementptr i8, ptr %106, i64 64
  %128 = load <16 x float>, ptr %127, align 4
  %129 = fmul <16 x float> %q26, %126
  %130 = fmul <16 x float> %q26, %128
  %131 = getelementptr <16 x float>, ptr %74, i64 2
  %q27 = load <16 x float>, ptr %131, align 64
  %132 = getelementptr i8, ptr %86, i64 128
  %133 = load <16 x float>, ptr %132, align 4
  %134 = getelementptr i8, ptr %106, i64 128
  %135 = load <16 x float>, ptr %134, align 4
  %136 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %133, <16 x float> %122)
  %137 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %135, <16 x float> %123)
  %138 = getelementptr <16 x float>, ptr %74, i64 3
  %q28 = load <16 x float>, ptr %138, align 64
  %139 = getelementptr i8, ptr %86, i64 192
  %140 = load <16 x float>, ptr %139, align 4
  %141 = getelementptr i8, ptr %106, i64 192
  %142 = load <16 x float>, ptr %141, align 4
  %143 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %140, <16 x float> %129)
  %144 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %142, <16 x float> %130)
  %145 = getelementptr <16 x float>, ptr %74, i64 4
  %q29 = load <16 x float>, ptr %145, align 64
  %146 = getelementptr i8, ptr %86, i64 256
  %147 = load <16 x float>, ptr %146, align 4
  %148 = getelementptr i8, ptr %106, i64 256
  %149 = load <16 x float>, ptr %148, align 4
  %150 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q29, <16 x float> %147, <16 x float> %136)
  %151 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q29, <16 x float> %149, <16 x float> %137)
  %152 = getelementptr <16 x float>, ptr %74, i64 5
  %q30 = load <16 x float>, ptr %152, align 64
  %153 = getelementptr i8, ptr %86, i64 320
  %154 = load <16 x float>, ptr %153, align 4
  %155 = getelementptr i8, ptr %106, i64 320
  %156 = load <16 x float>, ptr %155, align 4
  %157 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q30, <16 x float> %154, <16 x float> %143)
  %158 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q30, <16 x float> %156, <16 x float> %144)
  %159 = getelementptr <16 x float>, ptr %74, i64 6
  %q31 = load <16 x float>, ptr %159, align 64
  %160 = getelementptr i8, ptr %86, i64 384
  %161 = load <16 x float>, ptr %160, align 4
  %162 = getelementptr i8, ptr %106, i64 384
  %163 = load <16 x float>, ptr %162, align 4
  %164 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %161, <16 x float> %150)
  %165 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %163, <16 x float> %151)
  %166 = getelementptr <16 x float>, ptr %74, i64 7
  %q32 = load <16 x float>, ptr %166, align 64
  %167 = getelementptr i8, ptr %86, i64 448
  %168 = load <16 x float>, ptr %167, align 4
  %169 = getelementptr i8, ptr %106, i64 448
  %170 = load <16 x float>, ptr %169, align 4
  %171 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %168, <16 x float> %157)
  %172 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %170, <16 x float> %158)
  %173 = fadd <16 x float> %164, %171
  %174 = sext i32 %kdot21 to i64
  %175 = getelementptr <16 x float>, ptr %dbuf, i64 %174
  store <16 x float> %173, ptr %175, align 64
  %176 = fadd <16 x float> %165, %172
  %177 = sext i32 %100 to i64
  %178 = getelementptr <16 x float>, ptr %dbuf, i64 %177
  store <16 x float> %176, ptr %178, align 64
  %179 = add nsw i32 %kdot21, 2
  br label %kdot

score:                                            ; preds = %kdot, %body33
  %score36 = phi i64 [ %293, %body33 ], [ 0, %kdot ]
  %180 = icmp slt i64 %score36, 2
  br i1 %180, label %body33, label %rmax

body33:                                           ; preds = %score
  %181 = sdiv i64 %score36, 2
  %182 = srem i64 %score36, 2
  %183 = mul i64 %182, 16
  %184 = mul i64 %181, 32
  %185 = add i64 %184, %183
  %186 = getelementptr <16 x float>, ptr %dbuf, i64 %185
  %187 = load <16 x float>, ptr %186, align 64
  %188 = add i64 %185, 1
  %189 = getelementptr <16 x float>, ptr %dbuf, i64 %188
  %190 = load <16 x float>, ptr %189, align 64
  %191 = shufflevector <16 x float> %187, <16 x float> %190, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %192 = shufflevector <16 x float> %187, <16 x float> %190, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %193 = fadd <16 x float> %191, %192
  %194 = add i64 %185, 2
  %195 = getelementptr <16 x float>, ptr %dbuf, i64 %194
  %196 = load <16 x float>, ptr %195, align 64
  %197 = add i64 %185, 3
  %198 = getelementptr <16 x float>, ptr %dbuf, i64 %197
  %199 = load <16 x float>, ptr %198, align 64
  %200 = shufflevector <16 x float> %196, <16 x float> %199, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %201 = shufflevector <16 x float> %196, <16 x float> %199, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %202 = fadd <16 x float> %200, %201
  %203 = shufflevector <16 x float> %193, <16 x float> %202, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %204 = shufflevector <16 x float> %193, <16 x float> %202, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %205 = fadd <16 x float> %203, %204
  %206 = add i64 %185, 4
  %207 = getelementptr <16 x float>, ptr %dbuf, i64 %206
  %208 = load <16 x float>, ptr %207, align 64
  %209 = add i64 %185, 5
  %210 = getelementptr <16 x float>, ptr %dbuf, i64 %209
  %211 = load <16 x float>, ptr %210, align 64
  %212 = shufflevector <16 x float> %208, <16 x float> %211, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %213 = shufflevector <16 x float> %208, <16 x float> %211, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %214 = fadd <16 x float> %212, %213
  %215 = add i64 %185, 6
  %216 = getelementptr <16 x float>, ptr %dbuf, i64 %215
  %217 = load <16 x float>, ptr %216, align 64
  %218 = add i64 %185, 7
  %219 = getelementptr <16 x float>, ptr %dbuf, i64 %218
  %220 = load <16 x float>, ptr %219, align 64
  %221 = shufflevector <16 x float> %217, <16 x float> %220, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %222 = shufflevector <16 x float> %217, <16 x float> %220, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %223 = fadd <16 x float> %221, %222
  %224 = shufflevector <16 x float> %214, <16 x float> %223, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %225 = shufflevector <16 x float> %214, <16 x float> %223, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %226 = fadd <16 x float> %224, %225
  %227 = shufflevector <16 x float> %205, <16 x float> %226, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %228 = shufflevector <16 x float> %205, <16 x float> %226, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %229 = fadd <16 x float> %227, %228
  %230 = add i64 %185, 8
  %231 = getelementptr <16 x float>, ptr %dbuf, i64 %230
  %232 = load <16 x float>, ptr %231, align 64
  %233 = add i64 %185, 9
  %234 = getelementptr <16 x float>, ptr %dbuf, i64 %233
  %235 = load <16 x float>, ptr %234, align 64
  %236 = shufflevector <16 x float> %232, <16 x float> %235, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %237 = shufflevector <16 x float> %232, <16 x float> %235, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %238 = fadd <16 x float> %236, %237
  %239 = add i64 %185, 10
  %240 = getelementptr <16 x float>, ptr %dbuf, i64 %239
  %241 = load <16 x float>, ptr %240, align 64
  %242 = add i64 %185, 11
  %243 = getelementptr <16 x float>, ptr %dbuf, i64 %242
  %244 = load <16 x float>, ptr %243, align 64
  %245 = shufflevector <16 x float> %241, <16 x float> %244, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %246 = shufflevector <16 x float> %241, <16 x float> %244, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %247 = fadd <16 x float> %245, %246
  %248 = shufflevector <16 x float> %238, <16 x float> %247, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %249 = shufflevector <16 x float> %238, <16 x float> %247, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %250 = fadd <16 x float> %248, %249
  %251 = add i64 %185, 12
  %252 = getelementptr <16 x float>, ptr %dbuf, i64 %251
  %253 = load <16 x float>, ptr %252, align 64
  %254 = add i64 %185, 13
  %255 = getelementptr <16 x float>, ptr %dbuf, i64 %254
  %256 = load <16 x float>, ptr %255, align 64
  %257 = shufflevector <16 x float> %253, <16 x float> %256, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %258 = shufflevector <16 x float> %253, <16 x float> %256, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %259 = fadd <16 x float> %257, %258
  %260 = add i64 %185, 14
  %261 = getelementptr <16 x float>, ptr %dbuf, i64 %260
  %262 = load <16 x float>, ptr %261, align 64
  %263 = add i64 %185, 15
  %264 = getelementptr <16 x float>, ptr %dbuf, i64 %263
  %265 = load <16 x float>, ptr %264, align 64
  %266 = shufflevector <16 x float> %262, <16 x float> %265, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %267 = shufflevector <16 x float> %262, <16 x float> %265, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %268 = fadd <16 x float> %266, %267
  %269 = shufflevector <16 x float> %259, <16 x float> %268, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %270 = shufflevector <16 x float> %259, <16 x float> %268, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %271 = fadd <16 x float> %269, %270
  %272 = shufflevector <16 x float> %250, <16 x float> %271, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %273 = shufflevector <16 x float> %250, <16 x float> %271, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %274 = fadd <16 x float> %272, %273
  %275 = shufflevector <16 x float> %229, <16 x float> %274, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %276 = shufflevector <16 x float> %229, <16 x float> %274, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %277 = fadd <16 x float> %275, %276
  %278 = getelementptr i32, ptr %77, i64 %181
  %279 = load i32, ptr %278, align 4
  %280 = insertelement <16 x i32> poison, i32 %279, i32 0
  %splat37 = shufflevector <16 x i32> %280, <16 x i32> poison, <16 x i32> zeroinitializer
  %281 = trunc i64 %183 to i32
  %282 = add i32 %kblock13, %281
  %283 = insertelement <16 x i32> poison, i32 %282, i32 0
  %splat38 = shufflevector <16 x i32> %283, <16 x i32> poison, <16 x i32> zeroinitializer
  %284 = add <16 x i32> %splat38, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %285 = icmp slt <16 x i32> %284, %splat37
  %286 = select <16 x i1> %285, <16 x float> %277, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %287 = getelementptr float, ptr %pbuf, i64 %185
  store <16 x float> %286, ptr %287, align 64
  %288 = getelementptr <16 x float>, ptr %smax, i64 %181
  %289 = icmp eq i64 %182, 0
  %290 = load <16 x float>, ptr %288, align 64
  %291 = select i1 %289, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <16 x float> %290
  %292 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %291, <16 x float> %286)
  store <16 x float> %292, ptr %288, align 64
  %293 = add nsw i64 %score36, 1
  br label %score

rmax:                                             ; preds = %score, %body39
  %rmax42 = phi i64 [ %330, %body39 ], [ 0, %score ]
  %294 = icmp slt i64 %rmax42, 1
  br i1 %294, label %body39, label %pexp

body39:                                           ; preds = %rmax
  %295 = getelementptr float, ptr %71, i64 %rmax42
  %m = load float, ptr %295, align 4
  %296 = getelementptr <16 x float>, ptr %smax, i64 %rmax42
  %297 = load <16 x float>, ptr %296, align 64
  %298 = shufflevector <16 x float> %297, <16 x float> undef, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %299 = shufflevector <16 x float> %297, <16 x float> undef, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %300 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %298, <8 x float> %299)
  %301 = shufflevector <8 x float> %300, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %302 = shufflevector <8 x float> %300, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %303 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %301, <4 x float> %302)
  %304 = shufflevector <4 x float> %303, <4 x float> undef, <2 x i32> <i32 0, i32 1>
  %305 = shufflevector <4 x float> %303, <4 x float> undef, <2 x i32> <i32 2, i32 3>
  %306 = call <2 x float> @llvm.maxnum.v2f32(<2 x float> %304, <2 x float> %305)
  %307 = shufflevector <2 x float> %306, <2 x float> undef, <1 x i32> zeroinitializer
  %308 = shufflevector <2 x float> %306, <2 x float> undef, <1 x i32> <i32 1>
  %309 = call <1 x float> @llvm.maxnum.v1f32(<1 x float> %307, <1 x float> %308)
  %310 = extractelement <1 x float> %309, i32 0
  %311 = call float @llvm.maxnum.f32(float %m, float %310)
  %312 = fcmp oeq float %311, 0xFFF0000000000000
  %muse43 = select i1 %312, float 0.000000e+00, float %311
  %313 = fsub float %m, %muse43
  %314 = insertelement <16 x float> poison, float %313, i32 0
  %splat44 = shufflevector <16 x float> %314, <16 x float> poison, <16 x i32> zeroinitializer
  %315 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat44, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %316 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %315, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %317 = fadd <16 x float> %316, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %317, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %316, %n
  %318 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %319 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %318, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %320 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %319, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %321 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %320, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %322 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %321, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %323 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %322, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %324 = fptosi <16 x float> %n to <16 x i32>
  %325 = add <16 x i32> %324, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %326 = shl <16 x i32> %325, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %327 = bitcast <16 x i32> %326 to <16 x float>
  %exp2 = fmul <16 x float> %323, %327
  %alpha45 = extractelement <16 x float> %exp2, i32 0
  store float %311, ptr %295, align 4
  %328 = getelementptr float, ptr %muse, i64 %rmax42
  store float %muse43, ptr %328, align 4
  %329 = getelementptr float, ptr %alpha, i64 %rmax42
  store float %alpha45, ptr %329, align 4
  %330 = add nsw i64 %rmax42, 1
  br label %rmax

pexp:                                             ; preds = %rmax, %body46
  %pexp49 = phi i64 [ %361, %body46 ], [ 0, %rmax ]
  %331 = icmp slt i64 %pexp49, 2
  br i1 %331, label %body46, label %lsum54

body46:                                           ; preds = %pexp
  %332 = sdiv i64 %pexp49, 2
  %333 = srem i64 %pexp49, 2
  %334 = mul i64 %333, 16
  %335 = mul i64 %332, 32
  %336 = add i64 %335, %334
  %337 = getelementptr float, ptr %pbuf, i64 %336
  %338 = getelementptr float, ptr %muse, i64 %332
  %339 = load float, ptr %338, align 4
  %340 = insertelement <16 x float> poison, float %339, i32 0
  %splat50 = shufflevector <16 x float> %340, <16 x float> poison, <16 x i32> zeroinitializer
  %341 = load <16 x float>, ptr %337, align 64
  %342 = fsub <16 x float> %341, %splat50
  %343 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %342, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %344 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %343, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %345 = fadd <16 x float> %344, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n51 = fsub <16 x float> %345, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f52 = fsub <16 x float> %344, %n51
  %346 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f52, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %347 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %346, <16 x float> %f52, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %348 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %347, <16 x float> %f52, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %349 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %348, <16 x float> %f52, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %350 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %349, <16 x float> %f52, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %351 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %350, <16 x float> %f52, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %352 = fptosi <16 x float> %n51 to <16 x i32>
  %353 = add <16 x i32> %352, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %354 = shl <16 x i32> %353, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %355 = bitcast <16 x i32> %354 to <16 x float>
  %exp253 = fmul <16 x float> %351, %355
  store <16 x float> %exp253, ptr %337, align 64
  %356 = getelementptr <16 x float>, ptr %lsum, i64 %332
  %357 = icmp eq i64 %333, 0
  %358 = load <16 x float>, ptr %356, align 64
  %359 = select i1 %357, <16 x float> zeroinitializer, <16 x float> %358
  %360 = fadd <16 x float> %359, %exp253
  store <16 x float> %360, ptr %356, align 64
  %361 = add nsw i64 %pexp49, 1
  br label %pexp

lsum54:                                           ; preds = %pexp, %body55
  %lsum58 = phi i64 [ %370, %body55 ], [ 0, %pexp ]
  %362 = icmp slt i64 %lsum58, 1
  br i1 %362, label %body55, label %exit57

body55:                                           ; preds = %lsum54
  %363 = getelementptr float, ptr %72, i64 %lsum58
  %364 = getelementptr float, ptr %alpha, i64 %lsum58
  %365 = load float, ptr %364, align 4
  %366 = getelementptr <16 x float>, ptr %lsum, i64 %lsum58
  %367 = load <16 x float>, ptr %366, align 64
  %368 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %367)
  %l = load float, ptr %363, align 4
  %369 = call float @llvm.fmuladd.f32(float %l, float %365, float %368)
  store float %369, ptr %363, align 4
  %370 = add nsw i64 %lsum58, 1
  br label %lsum54

exit57:                                           ; preds = %lsum54
  %371 = sub i32 %fact, %kblock13
  %372 = call i32 @llvm.smin.i32(i32 32, i32 %371)
  %373 = load float, ptr %alpha, align 4
  %374 = insertelement <16 x float> poison, float %373, i32 0
  %splat59 = shufflevector <16 x float> %374, <16 x float> poison, <16 x i32> zeroinitializer
  %375 = load <16 x float>, ptr %76, align 64
  %376 = fmul <16 x float> %375, %splat59
  %377 = getelementptr float, ptr %76, i64 16
  %378 = load <16 x float>, ptr %377, align 64
  %379 = fmul <16 x float> %378, %splat59
  %380 = getelementptr float, ptr %76, i64 32
  %381 = load <16 x float>, ptr %380, align 64
  %382 = fmul <16 x float> %381, %splat59
  %383 = getelementptr float, ptr %76, i64 48
  %384 = load <16 x float>, ptr %383, align 64
  %385 = fmul <16 x float> %384, %splat59
  %386 = getelementptr float, ptr %76, i64 64
  %387 = load <16 x float>, ptr %386, align 64
  %388 = fmul <16 x float> %387, %splat59
  %389 = getelementptr float, ptr %76, i64 80
  %390 = load <16 x float>, ptr %389, align 64
  %391 = fmul <16 x float> %390, %splat59
  %392 = getelementptr float, ptr %76, i64 96
  %393 = load <16 x float>, ptr %392, align 64
  %394 = fmul <16 x float> %393, %splat59
  %395 = getelementptr float, ptr %76, i64 112
  %396 = load <16 x float>, ptr %395, align 64
  %397 = fmul <16 x float> %396, %splat59
  br label %kpv

kpv:                                              ; preds = %body60, %exit57
  %pacc.sroa.28.0 = phi <16 x float> [ %397, %exit57 ], [ %442, %body60 ]
  %pacc.sroa.24.0 = phi <16 x float> [ %394, %exit57 ], [ %439, %body60 ]
  %pacc.sroa.20.0 = phi <16 x float> [ %391, %exit57 ], [ %436, %body60 ]
  %pacc.sroa.16.0 = phi <16 x float> [ %388, %exit57 ], [ %433, %body60 ]
  %pacc.sroa.12.0 = phi <16 x float> [ %385, %exit57 ], [ %430, %body60 ]
  %pacc.sroa.8.0 = phi <16 x float> [ %382, %exit57 ], [ %427, %body60 ]
  %pacc.sroa.4.0 = phi <16 x float> [ %379, %exit57 ], [ %424, %body60 ]
  %pacc.sroa.0.0 = phi <16 x float> [ %376, %exit57 ], [ %421, %body60 ]
  %kpv63 = phi i32 [ 0, %exit57 ], [ %443, %body60 ]
  %398 = icmp slt i32 %kpv63, %372
  br i1 %398, label %body60, label %exit62

body60:                                           ; preds = %kpv
  %399 = add i32 %kblock13, %kpv63
  %400 = sext i32 %399 to i64
  %401 = mul i64 %400, 32
  %row64 = add i64 %70, %401
  %402 = mul i64 %row64, 512
  %403 = getelementptr i8, ptr %23, i64 %402
  %404 = add i32 %kb_next, %kpv63
  %405 = call i32 @llvm.smin.i32(i32 %404, i32 %k_last)
  %406 = sext i32 %405 to i64
  %407 = mul i64 %406, 32
  %row65 = add i64 %79, %407
  %408 = mul i64 %row65, 512
  %409 = getelementptr i8, ptr %23, i64 %408
  call void @llvm.prefetch.p0(ptr %409, i32 0, i32 2, i32 1)
  %410 = getelementptr i8, ptr %409, i64 64
  call void @llvm.prefetch.p0(ptr %410, i32 0, i32 2, i32 1)
  %411 = getelementptr i8, ptr %409, i64 128
  call void @llvm.prefetch.p0(ptr %411, i32 0, i32 2, i32 1)
  %412 = getelementptr i8, ptr %409, i64 192
  call void @llvm.prefetch.p0(ptr %412, i32 0, i32 2, i32 1)
  %413 = getelementptr i8, ptr %409, i64 256
  call void @llvm.prefetch.p0(ptr %413, i32 0, i32 2, i32 1)
  %414 = getelementptr i8, ptr %409, i64 320
  call void @llvm.prefetch.p0(ptr %414, i32 0, i32 2, i32 1)
  %415 = getelementptr i8, ptr %409, i64 384
  call void @llvm.prefetch.p0(ptr %415, i32 0, i32 2, i32 1)
  %416 = getelementptr i8, ptr %409, i64 448
  call void @llvm.prefetch.p0(ptr %416, i32 0, i32 2, i32 1)
  %417 = sext i32 %kpv63 to i64
  %418 = getelementptr float, ptr %pbuf, i64 %417
  %p = load float, ptr %418, align 4
  %419 = insertelement <16 x float> poison, float %p, i32 0
  %splat66 = shufflevector <16 x float> %419, <16 x float> poison, <16 x i32> zeroinitializer
  %420 = load <16 x float>, ptr %403, align 4
  %421 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat66, <16 x float> %420, <16 x float> %pacc.sroa.0.0)
  %422 = getelementptr i8, ptr %403, i64 64
  %423 = load <16 x float>, ptr %422, align 4
  %424 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat66, <16 x float> %423, <16 x float> %pacc.sroa.4.0)
  %425 = getelementptr i8, ptr %403, i64 128
  %426 = load <16 x float>, ptr %425, align 4
  %427 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat66, <16 x float> %426, <16 x float> %pacc.sroa.8.0)
  %428 = getelementptr i8, ptr %403, i64 192
  %429 = load <16 x float>, ptr %428, align 4
  %430 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat66, <16 x float> %429, <16 x float> %pacc.sroa.12.0)
  %431 = getelementptr i8, ptr %403, i64 256
  %432 = load <16 x float>, ptr %431, align 4
  %433 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat66, <16 x float> %432, <16 x float> %pacc.sroa.16.0)
  %434 = getelementptr i8, ptr %403, i64 320
  %435 = load <16 x float>, ptr %434, align 4
  %436 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat66, <16 x float> %435, <16 x float> %pacc.sroa.20.0)
  %437 = getelementptr i8, ptr %403, i64 384
  %438 = load <16 x float>, ptr %437, align 4
  %439 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat66, <16 x float> %438, <16 x float> %pacc.sroa.24.0)
  %440 = getelementptr i8, ptr %403, i64 448
  %441 = load <16 x float>, ptr %440, align 4
  %442 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat66, <16 x float> %441, <16 x float> %pacc.sroa.28.0)
  %443 = add nsw i32 %kpv63, 1
  br label %kpv

exit62:                                           ; preds = %kpv
  store <16 x float> %pacc.sroa.0.0, ptr %76, align 64
  store <16 x float> %pacc.sroa.4.0, ptr %377, align 64
  store <16 x float> %pacc.sroa.8.0, ptr %380, align 64
  store <16 x float> %pacc.sroa.12.0, ptr %383, align 64
  store <16 x float> %pacc.sroa.16.0, ptr %386, align 64
  store <16 x float> %pacc.sroa.20.0, ptr %389, align 64
  store <16 x float> %pacc.sroa.24.0, ptr %392, align 64
  store <16 x float> %pacc.sroa.28.0, ptr %395, align 64
  br label %kvh

orow67:                                           ; preds = %kblock, %written
  %orow71 = phi i32 [ %466, %written ], [ 0, %kblock ]
  %444 = icmp slt i32 %orow71, %nrows
  br i1 %444, label %body68, label %done

body68:                                           ; preds = %orow67
  %445 = sext i32 %orow71 to i64
  %446 = getelementptr float, ptr %ms, i64 %445
  %m72 = load float, ptr %446, align 4
  %447 = getelementptr float, ptr %ls, i64 %445
  %l73 = load float, ptr %447, align 4
  %448 = mul i64 %445, 128
  %449 = getelementptr float, ptr %accs, i64 %448
  %450 = icmp ne ptr %part, null
  br i1 %450, label %partial, label %final

partial:                                          ; preds = %body68
  %451 = sext i32 %nrows to i64
  %452 = getelementptr float, ptr %part, i64 %448
  br label %chunk74

final:                                            ; preds = %body68
  %453 = sdiv i32 %orow71, %nh
  %qi79 = add i32 %q_begin, %453
  %454 = srem i32 %orow71, %nh
  %455 = add i32 %h_begin, %454
  %hq80 = add i32 %kv_head0, %455
  %456 = sext i32 %qi79 to i64
  %457 = add i64 %q_row0, %456
  %458 = mul i64 %457, 32
  %459 = sext i32 %hq80 to i64
  %orow81 = add i64 %458, %459
  %460 = fcmp oeq float %l73, 0.000000e+00
  %461 = fdiv float 1.000000e+00, %l73
  %462 = select i1 %460, float 0.000000e+00, float %461
  %463 = mul i64 %orow81, 512
  %464 = getelementptr i8, ptr %out, i64 %463
  %465 = insertelement <16 x float> poison, float %462, i32 0
  %splat82 = shufflevector <16 x float> %465, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk83

written:                                          ; preds = %chunk83, %exit77
  %466 = add nsw i32 %orow71, 1
  br label %orow67

chunk74:                                          ; preds = %body75, %partial
  %chunk78 = phi i64 [ 0, %partial ], [ %472, %body75 ]
  %467 = icmp slt i64 %chunk78, 8
  br i1 %467, label %body75, label %exit77

body75:                                           ; preds = %chunk74
  %468 = getelementptr <16 x float>, ptr %449, i64 %chunk78
  %469 = load <16 x float>, ptr %468, align 64
  %470 = mul i64 %chunk78, 64
  %471 = getelementptr i8, ptr %452, i64 %470
  store <16 x float> %469, ptr %471, align 4
  %472 = add nsw i64 %chunk78, 1
  br label %chunk74

exit77:                                           ; preds = %chunk74
  %473 = mul i64 %451, 128
  %474 = add i64 %473, %445
  %475 = getelementptr float, ptr %part, i64 %474
  store float %m72, ptr %475, align 4
  %476 = add i64 %474, %451
  %477 = getelementptr float, ptr %part, i64 %476
  store float %l73, ptr %477, align 4
  br label %written

chunk83:                                          ; preds = %body84, %final
  %chunk87 = phi i64 [ 0, %final ], [ %484, %body84 ]
  %478 = icmp slt i64 %chunk87, 8
  br i1 %478, label %body84, label %written

body84:                                           ; preds = %chunk83
  %479 = getelementptr <16 x float>, ptr %449, i64 %chunk87
  %480 = load <16 x float>, ptr %479, align 64
  %481 = fmul <16 x float> %480, %splat82
  %482 = mul i64 %chunk87, 64
  %483 = getelementptr i8, ptr %464, i64 %482
  store <16 x float> %481, ptr %483, align 4
  %484 = add nsw i64 %chunk87, 1
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
