; ModuleID = 'mha'
source_filename = "mha"
target triple = "x86_64-unknown-linux-gnu"

@mha.name = private unnamed_addr constant [4 x i8] c"mha\00"
@mha.spec = private unnamed_addr constant [367 x i8] c"attncc: 1\0Aname: mha\0Aphase: decode\0Akind: self\0Aheads: {q: 32, kv: 32, dim: 128, v_dim: 128}\0Atypes: {q: f32, cache: f32, out: f32}\0Ascale: auto\0Acache: {store: kv, layout: contiguous, order: token_major, capacity: 4096, latent_dim: 0, rope_dim: 0, shared_across_layers: false}\0Amask: {causal: false}\0Aoutput: {lse: false}\0Aslim: {order: auto}\0Amodel: {layers: 1, d_model: 0}\0A\00"
@mha_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32, ptr, i32, i32, i32, i32, float, i32 } { i32 6, i32 1, i64 5097096786723071000, ptr @mha.name, ptr @mha.spec, i32 32, i32 32, i32 128, i32 128, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 4096, i32 0, i32 0, float 0x3FB6A09E60000000, i32 0, i32 0, i32 0, ptr null, i32 0, i32 0, i32 0, i32 0, float 0.000000e+00, i32 0 }, align 8
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
  %rinit1 = phi i32 [ %58, %exit8 ], [ 0, %entry ]
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
  %h = add i32 %h_begin, %33
  %hq = add i32 %kv_head0, %h
  %34 = sext i32 %qi to i64
  %35 = add i64 %q_row0, %34
  %36 = mul i64 %35, 32
  %37 = sext i32 %hq to i64
  %orow = add i64 %36, %37
  %38 = mul i64 %orow, 512
  %39 = getelementptr i8, ptr %q, i64 %38
  %40 = select i1 %29, float 0x3FC0527DC0000000, float 0.000000e+00
  %41 = insertelement <16 x float> poison, float %40, i32 0
  %splat = shufflevector <16 x float> %41, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

exit:                                             ; preds = %rinit
  %k_last = sub i32 %k_end, 1
  br label %kblock

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %48, %body2 ]
  %42 = icmp slt i64 %chunk5, 8
  br i1 %42, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %43 = mul i64 %chunk5, 64
  %44 = getelementptr i8, ptr %39, i64 %43
  %45 = load <16 x float>, ptr %44, align 4
  %46 = fmul <16 x float> %45, %splat
  %47 = getelementptr <16 x float>, ptr %28, i64 %chunk5
  store <16 x float> %46, ptr %47, align 64
  %48 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %49 = getelementptr float, ptr %ms, i64 %26
  store float 0xFFF0000000000000, ptr %49, align 4
  %50 = getelementptr float, ptr %ls, i64 %26
  store float 0.000000e+00, ptr %50, align 4
  %51 = getelementptr i32, ptr %lims, i64 %26
  store i32 %k_end, ptr %51, align 4
  br label %acczero

acczero:                                          ; preds = %body6, %exit4
  %acczero9 = phi i64 [ 0, %exit4 ], [ %57, %body6 ]
  %52 = icmp slt i64 %acczero9, 8
  br i1 %52, label %body6, label %exit8

body6:                                            ; preds = %acczero
  %53 = mul i64 %acczero9, 16
  %54 = mul i64 %26, 128
  %55 = add i64 %54, %53
  %56 = getelementptr float, ptr %accs, i64 %55
  store <16 x float> zeroinitializer, ptr %56, align 64
  %57 = add nsw i64 %acczero9, 1
  br label %acczero

exit8:                                            ; preds = %acczero
  %58 = add nsw i32 %rinit1, 1
  br label %rinit

kblock:                                           ; preds = %kvh, %exit
  %kblock13 = phi i32 [ %k_begin, %exit ], [ %60, %kvh ]
  %59 = icmp slt i32 %kblock13, %k_end
  br i1 %59, label %body10, label %orow67

body10:                                           ; preds = %kblock
  %60 = add i32 %kblock13, 32
  br label %kvh

kvh:                                              ; preds = %exit62, %body10
  %kvh17 = phi i32 [ 0, %body10 ], [ %63, %exit62 ]
  %61 = icmp slt i32 %kvh17, 32
  br i1 %61, label %body14, label %kblock

body14:                                           ; preds = %kvh
  %62 = icmp eq i32 %kvh17, 31
  %63 = add i32 %kvh17, 1
  %64 = select i1 %62, i32 0, i32 %63
  %kb_next = select i1 %62, i32 %60, i32 %kblock13
  %65 = sext i32 %kvh17 to i64
  %66 = add i64 %21, %65
  %67 = getelementptr float, ptr %ms, i64 %65
  %68 = getelementptr float, ptr %ls, i64 %65
  %69 = mul i64 %65, 8
  %70 = getelementptr <16 x float>, ptr %qs, i64 %69
  %71 = mul i64 %65, 128
  %72 = getelementptr float, ptr %accs, i64 %71
  %73 = getelementptr i32, ptr %lims, i64 %65
  %74 = sext i32 %64 to i64
  %75 = add i64 %21, %74
  br label %kdot

kdot:                                             ; preds = %body18, %body14
  %kdot21 = phi i32 [ 0, %body14 ], [ %175, %body18 ]
  %76 = icmp slt i32 %kdot21, 32
  br i1 %76, label %body18, label %score

body18:                                           ; preds = %kdot
  %77 = add i32 %kblock13, %kdot21
  %78 = call i32 @llvm.smin.i32(i32 %77, i32 %k_last)
  %79 = sext i32 %78 to i64
  %80 = mul i64 %79, 32
  %row = add i64 %66, %80
  %81 = mul i64 %row, 512
  %82 = getelementptr i8, ptr %20, i64 %81
  %83 = add i32 %kb_next, %kdot21
  %84 = call i32 @llvm.smin.i32(i32 %83, i32 %k_last)
  %85 = sext i32 %84 to i64
  %86 = mul i64 %85, 32
  %row22 = add i64 %75, %86
  %87 = mul i64 %row22, 512
  %88 = getelementptr i8, ptr %20, i64 %87
  call void @llvm.prefetch.p0(ptr %88, i32 0, i32 2, i32 1)
  %89 = getelementptr i8, ptr %88, i64 64
  call void @llvm.prefetch.p0(ptr %89, i32 0, i32 2, i32 1)
  %90 = getelementptr i8, ptr %88, i64 128
  call void @llvm.prefetch.p0(ptr %90, i32 0, i32 2, i32 1)
  %91 = getelementptr i8, ptr %88, i64 192
  call void @llvm.prefetch.p0(ptr %91, i32 0, i32 2, i32 1)
  %92 = getelementptr i8, ptr %88, i64 256
  call void @llvm.prefetch.p0(ptr %92, i32 0, i32 2, i32 1)
  %93 = getelementptr i8, ptr %88, i64 320
  call void @llvm.prefetch.p0(ptr %93, i32 0, i32 2, i32 1)
  %94 = getelementptr i8, ptr %88, i64 384
  call void @llvm.prefetch.p0(ptr %94, i32 0, i32 2, i32 1)
  %95 = getelementptr i8, ptr %88, i64 448
  call void @llvm.prefetch.p0(ptr %95, i32 0, i32 2, i32 1)
  %96 = add i32 %kdot21, 1
  %97 = add i32 %kblock13, %96
  %98 = call i32 @llvm.smin.i32(i32 %97, i32 %k_last)
  %99 = sext i32 %98 to i64
  %100 = mul i64 %99, 32
  %row23 = add i64 %66, %100
  %101 = mul i64 %row23, 512
  %102 = getelementptr i8, ptr %20, i64 %101
  %103 = add i32 %kb_next, %96
  %104 = call i32 @llvm.smin.i32(i32 %103, i32 %k_last)
  %105 = sext i32 %104 to i64
  %106 = mul i64 %105, 32
  %row24 = add i64 %75, %106
  %107 = mul i64 %row24, 512
  %108 = getelementptr i8, ptr %20, i64 %107
  call void @llvm.prefetch.p0(ptr %108, i32 0, i32 2, i32 1)
  %109 = getelementptr i8, ptr %108, i64 64
  call void @llvm.prefetch.p0(ptr %109, i32 0, i32 2, i32 1)
  %110 = getelementptr i8, ptr %108, i64 128
  call void @llvm.prefetch.p0(ptr %110, i32 0, i32 2, i32 1)
  %111 = getelementptr i8, ptr %108, i64 192
  call void @llvm.prefetch.p0(ptr %111, i32 0, i32 2, i32 1)
  %112 = getelementptr i8, ptr %108, i64 256
  call void @llvm.prefetch.p0(ptr %112, i32 0, i32 2, i32 1)
  %113 = getelementptr i8, ptr %108, i64 320
  call void @llvm.prefetch.p0(ptr %113, i32 0, i32 2, i32 1)
  %114 = getelementptr i8, ptr %108, i64 384
  call void @llvm.prefetch.p0(ptr %114, i32 0, i32 2, i32 1)
  %115 = getelementptr i8, ptr %108, i64 448
  call void @llvm.prefetch.p0(ptr %115, i32 0, i32 2, i32 1)
  %q25 = load <16 x float>, ptr %70, align 64
  %116 = load <16 x float>, ptr %82, align 4
  %117 = load <16 x float>, ptr %102, align 4
  %118 = fmul <16 x float> %q25, %116
  %119 = fmul <16 x float> %q25, %117
  %120 = getelementptr <16 x float>, ptr %70, i64 1
  %q26 = load <16 x float>, ptr %120, align 64
  %121 = getelementptr i8, ptr %82, i64 64
  %122 = load <16 x float>, ptr %121, align 4
  %123 = getelementptr i8, ptr %102, i64 64
  %124 = load <16 x float>, ptr %123, align 4
  %125 = fmul <16 x float> %q26, %122
  %126 = fmul <16 x float> %q26, %124
  %127 = getelementptr <16 x float>, ptr %70, i64 2
  %q27 = load <16 x float>, ptr %127, align 64
  %128 = getelementptr i8, ptr %82, i64 128
  %129 = load <16 x float>, ptr %128, align 4
  %130 = getelementptr i8, ptr %102, i64 128
  %131 = load <16 x float>, ptr %130, align 4
  %132 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %129, <16 x float> %118)
  %133 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %131, <16 x float> %119)
  %134 = getelementptr <16 x float>, ptr %70, i64 3
  %q28 = load <16 x float>, ptr %134, align 64
  %135 = getelementptr i8, ptr %82, i64 192
  %136 = load <16 x float>, ptr %135, align 4
  %137 = getelementptr i8, ptr %102, i64 192
  %138 = load <16 x float>, ptr %137, align 4
  %139 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %136, <16 x float> %125)
  %140 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %138, <16 x float> %126)
  %141 = getelementptr <16 x float>, ptr %70, i64 4
  %q29 = load <16 x float>, ptr %141, align 64
  %142 = getelementptr i8, ptr %82, i64 256
  %143 = load <16 x float>, ptr %142, align 4
  %144 = getelementptr i8, ptr %102, i64 256
  %145 = load <16 x float>, ptr %144, align 4
  %146 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q29, <16 x float> %143, <16 x float> %132)
  %147 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q29, <16 x float> %145, <16 x float> %133)
  %148 = getelementptr <16 x float>, ptr %70, i64 5
  %q30 = load <16 x float>, ptr %148, align 64
  %149 = getelementptr i8, ptr %82, i64 320
  %150 = load <16 x float>, ptr %149, align 4
  %151 = getelementptr i8, ptr %102, i64 320
  %152 = load <16 x float>, ptr %151, align 4
  %153 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q30, <16 x float> %150, <16 x float> %139)
  %154 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q30, <16 x float> %152, <16 x float> %140)
  %155 = getelementptr <16 x float>, ptr %70, i64 6
  %q31 = load <16 x float>, ptr %155, align 64
  %156 = getelementptr i8, ptr %82, i64 384
  %157 = load <16 x float>, ptr %156, align 4
  %158 = getelementptr i8, ptr %102, i64 384
  %159 = load <16 x float>, ptr %158, align 4
  %160 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %157, <16 x float> %146)
  %161 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %159, <16 x float> %147)
  %162 = getelementptr <16 x float>, ptr %70, i64 7
  %q32 = load <16 x float>, ptr %162, align 64
  %163 = getelementptr i8, ptr %82, i64 448
  %164 = load <16 x float>, ptr %163, align 4
  %165 = getelementptr i8, ptr %102, i64 448
  %166 = load <16 x float>, ptr %165, align 4
  %167 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %164, <16 x float> %153)
  %168 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %166, <16 x float> %154)
  %169 = fadd <16 x float> %160, %167
  %170 = sext i32 %kdot21 to i64
  %171 = getelementptr <16 x float>, ptr %dbuf, i64 %170
  store <16 x float> %169, ptr %171, align 64
  %172 = fadd <16 x float> %161, %168
  %173 = sext i32 %96 to i64
  %174 = getelementptr <16 x float>, ptr %dbuf, i64 %173
  store <16 x float> %172, ptr %174, align 64
  %175 = add nsw i32 %kdot21, 2
  br label %kdot

score:                                            ; preds = %kdot, %body33
  %score36 = phi i64 [ %288, %body33 ], [ 0, %kdot ]
  %176 = icmp slt i64 %score36, 2
  br i1 %176, label %body33, label %rmax

body33:                                           ; preds = %score
  %177 = sdiv i64 %score36, 2
  %178 = srem i64 %score36, 2
  %179 = mul i64 %178, 16
  %180 = mul i64 %177, 32
  %181 = add i64 %180, %179
  %182 = getelementptr <16 x float>, ptr %dbuf, i64 %181
  %183 = load <16 x float>, ptr %182, align 64
  %184 = add i64 %181, 1
  %185 = getelementptr <16 x float>, ptr %dbuf, i64 %184
  %186 = load <16 x float>, ptr %185, align 64
  %187 = shufflevector <16 x float> %183, <16 x float> %186, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %188 = shufflevector <16 x float> %183, <16 x float> %186, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %189 = fadd <16 x float> %187, %188
  %190 = add i64 %181, 2
  %191 = getelementptr <16 x float>, ptr %dbuf, i64 %190
  %192 = load <16 x float>, ptr %191, align 64
  %193 = add i64 %181, 3
  %194 = getelementptr <16 x float>, ptr %dbuf, i64 %193
  %195 = load <16 x float>, ptr %194, align 64
  %196 = shufflevector <16 x float> %192, <16 x float> %195, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %197 = shufflevector <16 x float> %192, <16 x float> %195, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %198 = fadd <16 x float> %196, %197
  %199 = shufflevector <16 x float> %189, <16 x float> %198, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %200 = shufflevector <16 x float> %189, <16 x float> %198, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %201 = fadd <16 x float> %199, %200
  %202 = add i64 %181, 4
  %203 = getelementptr <16 x float>, ptr %dbuf, i64 %202
  %204 = load <16 x float>, ptr %203, align 64
  %205 = add i64 %181, 5
  %206 = getelementptr <16 x float>, ptr %dbuf, i64 %205
  %207 = load <16 x float>, ptr %206, align 64
  %208 = shufflevector <16 x float> %204, <16 x float> %207, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %209 = shufflevector <16 x float> %204, <16 x float> %207, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %210 = fadd <16 x float> %208, %209
  %211 = add i64 %181, 6
  %212 = getelementptr <16 x float>, ptr %dbuf, i64 %211
  %213 = load <16 x float>, ptr %212, align 64
  %214 = add i64 %181, 7
  %215 = getelementptr <16 x float>, ptr %dbuf, i64 %214
  %216 = load <16 x float>, ptr %215, align 64
  %217 = shufflevector <16 x float> %213, <16 x float> %216, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %218 = shufflevector <16 x float> %213, <16 x float> %216, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %219 = fadd <16 x float> %217, %218
  %220 = shufflevector <16 x float> %210, <16 x float> %219, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %221 = shufflevector <16 x float> %210, <16 x float> %219, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %222 = fadd <16 x float> %220, %221
  %223 = shufflevector <16 x float> %201, <16 x float> %222, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %224 = shufflevector <16 x float> %201, <16 x float> %222, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %225 = fadd <16 x float> %223, %224
  %226 = add i64 %181, 8
  %227 = getelementptr <16 x float>, ptr %dbuf, i64 %226
  %228 = load <16 x float>, ptr %227, align 64
  %229 = add i64 %181, 9
  %230 = getelementptr <16 x float>, ptr %dbuf, i64 %229
  %231 = load <16 x float>, ptr %230, align 64
  %232 = shufflevector <16 x float> %228, <16 x float> %231, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %233 = shufflevector <16 x float> %228, <16 x float> %231, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %234 = fadd <16 x float> %232, %233
  %235 = add i64 %181, 10
  %236 = getelementptr <16 x float>, ptr %dbuf, i64 %235
  %237 = load <16 x float>, ptr %236, align 64
  %238 = add i64 %181, 11
  %239 = getelementptr <16 x float>, ptr %dbuf, i64 %238
  %240 = load <16 x float>, ptr %239, align 64
  %241 = shufflevector <16 x float> %237, <16 x float> %240, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %242 = shufflevector <16 x float> %237, <16 x float> %240, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %243 = fadd <16 x float> %241, %242
  %244 = shufflevector <16 x float> %234, <16 x float> %243, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %245 = shufflevector <16 x float> %234, <16 x float> %243, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %246 = fadd <16 x float> %244, %245
  %247 = add i64 %181, 12
  %248 = getelementptr <16 x float>, ptr %dbuf, i64 %247
  %249 = load <16 x float>, ptr %248, align 64
  %250 = add i64 %181, 13
  %251 = getelementptr <16 x float>, ptr %dbuf, i64 %250
  %252 = load <16 x float>, ptr %251, align 64
  %253 = shufflevector <16 x float> %249, <16 x float> %252, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %254 = shufflevector <16 x float> %249, <16 x float> %252, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %255 = fadd <16 x float> %253, %254
  %256 = add i64 %181, 14
  %257 = getelementptr <16 x float>, ptr %dbuf, i64 %256
  %258 = load <16 x float>, ptr %257, align 64
  %259 = add i64 %181, 15
  %260 = getelementptr <16 x float>, ptr %dbuf, i64 %259
  %261 = load <16 x float>, ptr %260, align 64
  %262 = shufflevector <16 x float> %258, <16 x float> %261, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %263 = shufflevector <16 x float> %258, <16 x float> %261, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %264 = fadd <16 x float> %262, %263
  %265 = shufflevector <16 x float> %255, <16 x float> %264, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %266 = shufflevector <16 x float> %255, <16 x float> %264, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %267 = fadd <16 x float> %265, %266
  %268 = shufflevector <16 x float> %246, <16 x float> %267, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %269 = shufflevector <16 x float> %246, <16 x float> %267, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %270 = fadd <16 x float> %268, %269
  %271 = shufflevector <16 x float> %225, <16 x float> %270, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %272 = shufflevector <16 x float> %225, <16 x float> %270, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %273 = fadd <16 x float> %271, %272
  %274 = getelementptr i32, ptr %73, i64 %177
  %lim = load i32, ptr %274, align 4
  %275 = insertelement <16 x i32> poison, i32 %lim, i32 0
  %splat37 = shufflevector <16 x i32> %275, <16 x i32> poison, <16 x i32> zeroinitializer
  %276 = trunc i64 %179 to i32
  %277 = add i32 %kblock13, %276
  %278 = insertelement <16 x i32> poison, i32 %277, i32 0
  %splat38 = shufflevector <16 x i32> %278, <16 x i32> poison, <16 x i32> zeroinitializer
  %279 = add <16 x i32> %splat38, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %280 = icmp slt <16 x i32> %279, %splat37
  %281 = select <16 x i1> %280, <16 x float> %273, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %282 = getelementptr float, ptr %pbuf, i64 %181
  store <16 x float> %281, ptr %282, align 64
  %283 = getelementptr <16 x float>, ptr %smax, i64 %177
  %284 = icmp eq i64 %178, 0
  %285 = load <16 x float>, ptr %283, align 64
  %286 = select i1 %284, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <16 x float> %285
  %287 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %286, <16 x float> %281)
  store <16 x float> %287, ptr %283, align 64
  %288 = add nsw i64 %score36, 1
  br label %score

rmax:                                             ; preds = %score, %body39
  %rmax42 = phi i64 [ %325, %body39 ], [ 0, %score ]
  %289 = icmp slt i64 %rmax42, 1
  br i1 %289, label %body39, label %pexp

body39:                                           ; preds = %rmax
  %290 = getelementptr float, ptr %67, i64 %rmax42
  %m = load float, ptr %290, align 4
  %291 = getelementptr <16 x float>, ptr %smax, i64 %rmax42
  %292 = load <16 x float>, ptr %291, align 64
  %293 = shufflevector <16 x float> %292, <16 x float> undef, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %294 = shufflevector <16 x float> %292, <16 x float> undef, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %295 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %293, <8 x float> %294)
  %296 = shufflevector <8 x float> %295, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %297 = shufflevector <8 x float> %295, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %298 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %296, <4 x float> %297)
  %299 = shufflevector <4 x float> %298, <4 x float> undef, <2 x i32> <i32 0, i32 1>
  %300 = shufflevector <4 x float> %298, <4 x float> undef, <2 x i32> <i32 2, i32 3>
  %301 = call <2 x float> @llvm.maxnum.v2f32(<2 x float> %299, <2 x float> %300)
  %302 = shufflevector <2 x float> %301, <2 x float> undef, <1 x i32> zeroinitializer
  %303 = shufflevector <2 x float> %301, <2 x float> undef, <1 x i32> <i32 1>
  %304 = call <1 x float> @llvm.maxnum.v1f32(<1 x float> %302, <1 x float> %303)
  %305 = extractelement <1 x float> %304, i32 0
  %306 = call float @llvm.maxnum.f32(float %m, float %305)
  %307 = fcmp oeq float %306, 0xFFF0000000000000
  %muse43 = select i1 %307, float 0.000000e+00, float %306
  %308 = fsub float %m, %muse43
  %309 = insertelement <16 x float> poison, float %308, i32 0
  %splat44 = shufflevector <16 x float> %309, <16 x float> poison, <16 x i32> zeroinitializer
  %310 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat44, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %311 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %310, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %312 = fadd <16 x float> %311, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %312, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %311, %n
  %313 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %314 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %313, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %315 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %314, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %316 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %315, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %317 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %316, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %318 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %317, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %319 = fptosi <16 x float> %n to <16 x i32>
  %320 = add <16 x i32> %319, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %321 = shl <16 x i32> %320, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %322 = bitcast <16 x i32> %321 to <16 x float>
  %exp2 = fmul <16 x float> %318, %322
  %alpha45 = extractelement <16 x float> %exp2, i32 0
  store float %306, ptr %290, align 4
  %323 = getelementptr float, ptr %muse, i64 %rmax42
  store float %muse43, ptr %323, align 4
  %324 = getelementptr float, ptr %alpha, i64 %rmax42
  store float %alpha45, ptr %324, align 4
  %325 = add nsw i64 %rmax42, 1
  br label %rmax

pexp:                                             ; preds = %rmax, %body46
  %pexp49 = phi i64 [ %356, %body46 ], [ 0, %rmax ]
  %326 = icmp slt i64 %pexp49, 2
  br i1 %326, label %body46, label %lsum54

body46:                                           ; preds = %pexp
  %327 = sdiv i64 %pexp49, 2
  %328 = srem i64 %pexp49, 2
  %329 = mul i64 %328, 16
  %330 = mul i64 %327, 32
  %331 = add i64 %330, %329
  %332 = getelementptr float, ptr %pbuf, i64 %331
  %333 = getelementptr float, ptr %muse, i64 %327
  %334 = load float, ptr %333, align 4
  %335 = insertelement <16 x float> poison, float %334, i32 0
  %splat50 = shufflevector <16 x float> %335, <16 x float> poison, <16 x i32> zeroinitializer
  %336 = load <16 x float>, ptr %332, align 64
  %337 = fsub <16 x float> %336, %splat50
  %338 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %337, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %339 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %338, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %340 = fadd <16 x float> %339, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n51 = fsub <16 x float> %340, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f52 = fsub <16 x float> %339, %n51
  %341 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f52, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %342 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %341, <16 x float> %f52, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %343 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %342, <16 x float> %f52, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %344 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %343, <16 x float> %f52, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %345 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %344, <16 x float> %f52, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %346 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %345, <16 x float> %f52, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %347 = fptosi <16 x float> %n51 to <16 x i32>
  %348 = add <16 x i32> %347, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %349 = shl <16 x i32> %348, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %350 = bitcast <16 x i32> %349 to <16 x float>
  %exp253 = fmul <16 x float> %346, %350
  store <16 x float> %exp253, ptr %332, align 64
  %351 = getelementptr <16 x float>, ptr %lsum, i64 %327
  %352 = icmp eq i64 %328, 0
  %353 = load <16 x float>, ptr %351, align 64
  %354 = select i1 %352, <16 x float> zeroinitializer, <16 x float> %353
  %355 = fadd <16 x float> %354, %exp253
  store <16 x float> %355, ptr %351, align 64
  %356 = add nsw i64 %pexp49, 1
  br label %pexp

lsum54:                                           ; preds = %pexp, %body55
  %lsum58 = phi i64 [ %365, %body55 ], [ 0, %pexp ]
  %357 = icmp slt i64 %lsum58, 1
  br i1 %357, label %body55, label %exit57

body55:                                           ; preds = %lsum54
  %358 = getelementptr float, ptr %68, i64 %lsum58
  %359 = getelementptr float, ptr %alpha, i64 %lsum58
  %360 = load float, ptr %359, align 4
  %361 = getelementptr <16 x float>, ptr %lsum, i64 %lsum58
  %362 = load <16 x float>, ptr %361, align 64
  %363 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %362)
  %l = load float, ptr %358, align 4
  %364 = call float @llvm.fmuladd.f32(float %l, float %360, float %363)
  store float %364, ptr %358, align 4
  %365 = add nsw i64 %lsum58, 1
  br label %lsum54

exit57:                                           ; preds = %lsum54
  %366 = sub i32 %k_end, %kblock13
  %367 = call i32 @llvm.smin.i32(i32 32, i32 %366)
  %368 = load float, ptr %alpha, align 4
  %369 = insertelement <16 x float> poison, float %368, i32 0
  %splat59 = shufflevector <16 x float> %369, <16 x float> poison, <16 x i32> zeroinitializer
  %370 = load <16 x float>, ptr %72, align 64
  %371 = fmul <16 x float> %370, %splat59
  %372 = getelementptr float, ptr %72, i64 16
  %373 = load <16 x float>, ptr %372, align 64
  %374 = fmul <16 x float> %373, %splat59
  %375 = getelementptr float, ptr %72, i64 32
  %376 = load <16 x float>, ptr %375, align 64
  %377 = fmul <16 x float> %376, %splat59
  %378 = getelementptr float, ptr %72, i64 48
  %379 = load <16 x float>, ptr %378, align 64
  %380 = fmul <16 x float> %379, %splat59
  %381 = getelementptr float, ptr %72, i64 64
  %382 = load <16 x float>, ptr %381, align 64
  %383 = fmul <16 x float> %382, %splat59
  %384 = getelementptr float, ptr %72, i64 80
  %385 = load <16 x float>, ptr %384, align 64
  %386 = fmul <16 x float> %385, %splat59
  %387 = getelementptr float, ptr %72, i64 96
  %388 = load <16 x float>, ptr %387, align 64
  %389 = fmul <16 x float> %388, %splat59
  %390 = getelementptr float, ptr %72, i64 112
  %391 = load <16 x float>, ptr %390, align 64
  %392 = fmul <16 x float> %391, %splat59
  br label %kpv

kpv:                                              ; preds = %body60, %exit57
  %pacc.sroa.28.0 = phi <16 x float> [ %392, %exit57 ], [ %437, %body60 ]
  %pacc.sroa.24.0 = phi <16 x float> [ %389, %exit57 ], [ %434, %body60 ]
  %pacc.sroa.20.0 = phi <16 x float> [ %386, %exit57 ], [ %431, %body60 ]
  %pacc.sroa.16.0 = phi <16 x float> [ %383, %exit57 ], [ %428, %body60 ]
  %pacc.sroa.12.0 = phi <16 x float> [ %380, %exit57 ], [ %425, %body60 ]
  %pacc.sroa.8.0 = phi <16 x float> [ %377, %exit57 ], [ %422, %body60 ]
  %pacc.sroa.4.0 = phi <16 x float> [ %374, %exit57 ], [ %419, %body60 ]
  %pacc.sroa.0.0 = phi <16 x float> [ %371, %exit57 ], [ %416, %body60 ]
  %kpv63 = phi i32 [ 0, %exit57 ], [ %438, %body60 ]
  %393 = icmp slt i32 %kpv63, %367
  br i1 %393, label %body60, label %exit62

body60:                                           ; preds = %kpv
  %394 = add i32 %kblock13, %kpv63
  %395 = sext i32 %394 to i64
  %396 = mul i64 %395, 32
  %row64 = add i64 %66, %396
  %397 = mul i64 %row64, 512
  %398 = getelementptr i8, ptr %23, i64 %397
  %399 = add i32 %kb_next, %kpv63
  %400 = call i32 @llvm.smin.i32(i32 %399, i32 %k_last)
  %401 = sext i32 %400 to i64
  %402 = mul i64 %401, 32
  %row65 = add i64 %75, %402
  %403 = mul i64 %row65, 512
  %404 = getelementptr i8, ptr %23, i64 %403
  call void @llvm.prefetch.p0(ptr %404, i32 0, i32 2, i32 1)
  %405 = getelementptr i8, ptr %404, i64 64
  call void @llvm.prefetch.p0(ptr %405, i32 0, i32 2, i32 1)
  %406 = getelementptr i8, ptr %404, i64 128
  call void @llvm.prefetch.p0(ptr %406, i32 0, i32 2, i32 1)
  %407 = getelementptr i8, ptr %404, i64 192
  call void @llvm.prefetch.p0(ptr %407, i32 0, i32 2, i32 1)
  %408 = getelementptr i8, ptr %404, i64 256
  call void @llvm.prefetch.p0(ptr %408, i32 0, i32 2, i32 1)
  %409 = getelementptr i8, ptr %404, i64 320
  call void @llvm.prefetch.p0(ptr %409, i32 0, i32 2, i32 1)
  %410 = getelementptr i8, ptr %404, i64 384
  call void @llvm.prefetch.p0(ptr %410, i32 0, i32 2, i32 1)
  %411 = getelementptr i8, ptr %404, i64 448
  call void @llvm.prefetch.p0(ptr %411, i32 0, i32 2, i32 1)
  %412 = sext i32 %kpv63 to i64
  %413 = getelementptr float, ptr %pbuf, i64 %412
  %p = load float, ptr %413, align 4
  %414 = insertelement <16 x float> poison, float %p, i32 0
  %splat66 = shufflevector <16 x float> %414, <16 x float> poison, <16 x i32> zeroinitializer
  %415 = load <16 x float>, ptr %398, align 4
  %416 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat66, <16 x float> %415, <16 x float> %pacc.sroa.0.0)
  %417 = getelementptr i8, ptr %398, i64 64
  %418 = load <16 x float>, ptr %417, align 4
  %419 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat66, <16 x float> %418, <16 x float> %pacc.sroa.4.0)
  %420 = getelementptr i8, ptr %398, i64 128
  %421 = load <16 x float>, ptr %420, align 4
  %422 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat66, <16 x float> %421, <16 x float> %pacc.sroa.8.0)
  %423 = getelementptr i8, ptr %398, i64 192
  %424 = load <16 x float>, ptr %423, align 4
  %425 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat66, <16 x float> %424, <16 x float> %pacc.sroa.12.0)
  %426 = getelementptr i8, ptr %398, i64 256
  %427 = load <16 x float>, ptr %426, align 4
  %428 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat66, <16 x float> %427, <16 x float> %pacc.sroa.16.0)
  %429 = getelementptr i8, ptr %398, i64 320
  %430 = load <16 x float>, ptr %429, align 4
  %431 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat66, <16 x float> %430, <16 x float> %pacc.sroa.20.0)
  %432 = getelementptr i8, ptr %398, i64 384
  %433 = load <16 x float>, ptr %432, align 4
  %434 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat66, <16 x float> %433, <16 x float> %pacc.sroa.24.0)
  %435 = getelementptr i8, ptr %398, i64 448
  %436 = load <16 x float>, ptr %435, align 4
  %437 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat66, <16 x float> %436, <16 x float> %pacc.sroa.28.0)
  %438 = add nsw i32 %kpv63, 1
  br label %kpv

exit62:                                           ; preds = %kpv
  store <16 x float> %pacc.sroa.0.0, ptr %72, align 64
  store <16 x float> %pacc.sroa.4.0, ptr %372, align 64
  store <16 x float> %pacc.sroa.8.0, ptr %375, align 64
  store <16 x float> %pacc.sroa.12.0, ptr %378, align 64
  store <16 x float> %pacc.sroa.16.0, ptr %381, align 64
  store <16 x float> %pacc.sroa.20.0, ptr %384, align 64
  store <16 x float> %pacc.sroa.24.0, ptr %387, align 64
  store <16 x float> %pacc.sroa.28.0, ptr %390, align 64
  br label %kvh

orow67:                                           ; preds = %kblock, %written
  %orow71 = phi i32 [ %460, %written ], [ 0, %kblock ]
  %439 = icmp slt i32 %orow71, %nrows
  br i1 %439, label %body68, label %done

body68:                                           ; preds = %orow67
  %440 = sext i32 %orow71 to i64
  %441 = getelementptr float, ptr %ms, i64 %440
  %m72 = load float, ptr %441, align 4
  %442 = getelementptr float, ptr %ls, i64 %440
  %l73 = load float, ptr %442, align 4
  %443 = mul i64 %440, 128
  %444 = getelementptr float, ptr %accs, i64 %443
  %445 = icmp ne ptr %part, null
  br i1 %445, label %partial, label %final

partial:                                          ; preds = %body68
  %446 = sext i32 %nrows to i64
  %447 = getelementptr float, ptr %part, i64 %443
  br label %chunk74

final:                                            ; preds = %body68
  %448 = sdiv i32 %orow71, %nh
  %qi79 = add i32 %q_begin, %448
  %449 = srem i32 %orow71, %nh
  %h80 = add i32 %h_begin, %449
  %hq81 = add i32 %kv_head0, %h80
  %450 = sext i32 %qi79 to i64
  %451 = add i64 %q_row0, %450
  %452 = mul i64 %451, 32
  %453 = sext i32 %hq81 to i64
  %orow82 = add i64 %452, %453
  %454 = fcmp oeq float %l73, 0.000000e+00
  %455 = fdiv float 1.000000e+00, %l73
  %456 = select i1 %454, float 0.000000e+00, float %455
  %457 = mul i64 %orow82, 512
  %458 = getelementptr i8, ptr %out, i64 %457
  %459 = insertelement <16 x float> poison, float %456, i32 0
  %splat83 = shufflevector <16 x float> %459, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk84

written:                                          ; preds = %chunk84, %exit77
  %460 = add nsw i32 %orow71, 1
  br label %orow67

chunk74:                                          ; preds = %body75, %partial
  %chunk78 = phi i64 [ 0, %partial ], [ %466, %body75 ]
  %461 = icmp slt i64 %chunk78, 8
  br i1 %461, label %body75, label %exit77

body75:                                           ; preds = %chunk74
  %462 = getelementptr <16 x float>, ptr %444, i64 %chunk78
  %463 = load <16 x float>, ptr %462, align 64
  %464 = mul i64 %chunk78, 64
  %465 = getelementptr i8, ptr %447, i64 %464
  store <16 x float> %463, ptr %465, align 4
  %466 = add nsw i64 %chunk78, 1
  br label %chunk74

exit77:                                           ; preds = %chunk74
  %467 = mul i64 %446, 128
  %468 = add i64 %467, %440
  %469 = getelementptr float, ptr %part, i64 %468
  store float %m72, ptr %469, align 4
  %470 = add i64 %468, %446
  %471 = getelementptr float, ptr %part, i64 %470
  store float %l73, ptr %471, align 4
  br label %written

chunk84:                                          ; preds = %body85, %final
  %chunk88 = phi i64 [ 0, %final ], [ %478, %body85 ]
  %472 = icmp slt i64 %chunk88, 8
  br i1 %472, label %body85, label %written

body85:                                           ; preds = %chunk84
  %473 = getelementptr <16 x float>, ptr %444, i64 %chunk88
  %474 = load <16 x float>, ptr %473, align 64
  %475 = fmul <16 x float> %474, %splat83
  %476 = mul i64 %chunk88, 64
  %477 = getelementptr i8, ptr %458, i64 %476
  store <16 x float> %475, ptr %477, align 4
  %478 = add nsw i64 %chunk88, 1
  br label %chunk84
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
