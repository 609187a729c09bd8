; ModuleID = 'mha'
source_filename = "mha"
target triple = "x86_64-unknown-linux-gnu"

@mha.name = private unnamed_addr constant [4 x i8] c"mha\00"
@mha.spec = private unnamed_addr constant [367 x i8] c"attncc: 1\0Aname: mha\0Aphase: decode\0Akind: self\0Aheads: {q: 32, kv: 32, dim: 128, v_dim: 128}\0Atypes: {q: f32, cache: f32, out: f32}\0Ascale: auto\0Acache: {store: kv, layout: contiguous, order: token_major, capacity: 4096, latent_dim: 0, rope_dim: 0, shared_across_layers: false}\0Amask: {causal: false}\0Aoutput: {lse: false}\0Aslim: {order: auto}\0Amodel: {layers: 1, d_model: 0}\0A\00"
@mha_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32, ptr, i32, i32 } { i32 5, i32 1, i64 5097096786723071000, ptr @mha.name, ptr @mha.spec, i32 32, i32 32, i32 128, i32 128, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 4096, i32 0, i32 0, float 0x3FB6A09E60000000, i32 0, i32 0, i32 0, ptr null, i32 0, i32 0 }, align 8
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
  %12 = getelementptr i8, ptr %1, i64 48
  %part = load ptr, ptr %12, align 8
  %13 = getelementptr i8, ptr %0, i64 32
  %q = load ptr, ptr %13, align 8
  %14 = getelementptr i8, ptr %0, i64 40
  %out = load ptr, ptr %14, align 8
  %15 = getelementptr i8, ptr %0, i64 48
  %16 = getelementptr i8, ptr %0, i64 56
  %k_cache = load ptr, ptr %16, align 8
  %17 = sext i32 %seq to i64
  %18 = mul i64 %17, 67108864
  %19 = getelementptr i8, ptr %k_cache, i64 %18
  %20 = sext i32 %kv_head0 to i64
  %21 = getelementptr i8, ptr %0, i64 64
  %v_cache = load ptr, ptr %21, align 8
  %22 = getelementptr i8, ptr %v_cache, i64 %18
  %23 = icmp sgt i32 %nrows, 0
  br i1 %23, label %rinit, label %done

done:                                             ; preds = %orow67, %entry
  ret void

rinit:                                            ; preds = %entry, %exit8
  %rinit1 = phi i32 [ %57, %exit8 ], [ 0, %entry ]
  %24 = icmp slt i32 %rinit1, 32
  br i1 %24, label %body, label %exit

body:                                             ; preds = %rinit
  %25 = sext i32 %rinit1 to i64
  %26 = mul i64 %25, 8
  %27 = getelementptr <16 x float>, ptr %qs, i64 %26
  %28 = icmp slt i32 %rinit1, %nrows
  %29 = sub i32 %nrows, 1
  %30 = call i32 @llvm.smin.i32(i32 %rinit1, i32 %29)
  %31 = sdiv i32 %30, %nh
  %qi = add i32 %q_begin, %31
  %32 = srem i32 %30, %nh
  %h = add i32 %h_begin, %32
  %hq = add i32 %kv_head0, %h
  %33 = sext i32 %qi to i64
  %34 = add i64 %q_row0, %33
  %35 = mul i64 %34, 32
  %36 = sext i32 %hq to i64
  %orow = add i64 %35, %36
  %37 = mul i64 %orow, 512
  %38 = getelementptr i8, ptr %q, i64 %37
  %39 = select i1 %28, float 0x3FC0527DC0000000, float 0.000000e+00
  %40 = insertelement <16 x float> poison, float %39, i32 0
  %splat = shufflevector <16 x float> %40, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

exit:                                             ; preds = %rinit
  %k_last = sub i32 %k_end, 1
  br label %kblock

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %47, %body2 ]
  %41 = icmp slt i64 %chunk5, 8
  br i1 %41, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %42 = mul i64 %chunk5, 64
  %43 = getelementptr i8, ptr %38, i64 %42
  %44 = load <16 x float>, ptr %43, align 4
  %45 = fmul <16 x float> %44, %splat
  %46 = getelementptr <16 x float>, ptr %27, i64 %chunk5
  store <16 x float> %45, ptr %46, align 64
  %47 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %48 = getelementptr float, ptr %ms, i64 %25
  store float 0xFFF0000000000000, ptr %48, align 4
  %49 = getelementptr float, ptr %ls, i64 %25
  store float 0.000000e+00, ptr %49, align 4
  %50 = getelementptr i32, ptr %lims, i64 %25
  store i32 %k_end, ptr %50, align 4
  br label %acczero

acczero:                                          ; preds = %body6, %exit4
  %acczero9 = phi i64 [ 0, %exit4 ], [ %56, %body6 ]
  %51 = icmp slt i64 %acczero9, 8
  br i1 %51, label %body6, label %exit8

body6:                                            ; preds = %acczero
  %52 = mul i64 %acczero9, 16
  %53 = mul i64 %25, 128
  %54 = add i64 %53, %52
  %55 = getelementptr float, ptr %accs, i64 %54
  store <16 x float> zeroinitializer, ptr %55, align 64
  %56 = add nsw i64 %acczero9, 1
  br label %acczero

exit8:                                            ; preds = %acczero
  %57 = add nsw i32 %rinit1, 1
  br label %rinit

kblock:                                           ; preds = %kvh, %exit
  %kblock13 = phi i32 [ %k_begin, %exit ], [ %59, %kvh ]
  %58 = icmp slt i32 %kblock13, %k_end
  br i1 %58, label %body10, label %orow67

body10:                                           ; preds = %kblock
  %59 = add i32 %kblock13, 32
  br label %kvh

kvh:                                              ; preds = %exit62, %body10
  %kvh17 = phi i32 [ 0, %body10 ], [ %62, %exit62 ]
  %60 = icmp slt i32 %kvh17, 32
  br i1 %60, label %body14, label %kblock

body14:                                           ; preds = %kvh
  %61 = icmp eq i32 %kvh17, 31
  %62 = add i32 %kvh17, 1
  %63 = select i1 %61, i32 0, i32 %62
  %kb_next = select i1 %61, i32 %59, i32 %kblock13
  %64 = sext i32 %kvh17 to i64
  %65 = add i64 %20, %64
  %66 = getelementptr float, ptr %ms, i64 %64
  %67 = getelementptr float, ptr %ls, i64 %64
  %68 = mul i64 %64, 8
  %69 = getelementptr <16 x float>, ptr %qs, i64 %68
  %70 = mul i64 %64, 128
  %71 = getelementptr float, ptr %accs, i64 %70
  %72 = getelementptr i32, ptr %lims, i64 %64
  %73 = sext i32 %63 to i64
  %74 = add i64 %20, %73
  br label %kdot

kdot:                                             ; preds = %body18, %body14
  %kdot21 = phi i32 [ 0, %body14 ], [ %174, %body18 ]
  %75 = icmp slt i32 %kdot21, 32
  br i1 %75, label %body18, label %score

body18:                                           ; preds = %kdot
  %76 = add i32 %kblock13, %kdot21
  %77 = call i32 @llvm.smin.i32(i32 %76, i32 %k_last)
  %78 = sext i32 %77 to i64
  %79 = mul i64 %78, 32
  %row = add i64 %65, %79
  %80 = mul i64 %row, 512
  %81 = getelementptr i8, ptr %19, i64 %80
  %82 = add i32 %kb_next, %kdot21
  %83 = call i32 @llvm.smin.i32(i32 %82, i32 %k_last)
  %84 = sext i32 %83 to i64
  %85 = mul i64 %84, 32
  %row22 = add i64 %74, %85
  %86 = mul i64 %row22, 512
  %87 = getelementptr i8, ptr %19, i64 %86
  call void @llvm.prefetch.p0(ptr %87, i32 0, i32 2, i32 1)
  %88 = getelementptr i8, ptr %87, i64 64
  call void @llvm.prefetch.p0(ptr %88, i32 0, i32 2, i32 1)
  %89 = getelementptr i8, ptr %87, i64 128
  call void @llvm.prefetch.p0(ptr %89, i32 0, i32 2, i32 1)
  %90 = getelementptr i8, ptr %87, i64 192
  call void @llvm.prefetch.p0(ptr %90, i32 0, i32 2, i32 1)
  %91 = getelementptr i8, ptr %87, i64 256
  call void @llvm.prefetch.p0(ptr %91, i32 0, i32 2, i32 1)
  %92 = getelementptr i8, ptr %87, i64 320
  call void @llvm.prefetch.p0(ptr %92, i32 0, i32 2, i32 1)
  %93 = getelementptr i8, ptr %87, i64 384
  call void @llvm.prefetch.p0(ptr %93, i32 0, i32 2, i32 1)
  %94 = getelementptr i8, ptr %87, i64 448
  call void @llvm.prefetch.p0(ptr %94, i32 0, i32 2, i32 1)
  %95 = add i32 %kdot21, 1
  %96 = add i32 %kblock13, %95
  %97 = call i32 @llvm.smin.i32(i32 %96, i32 %k_last)
  %98 = sext i32 %97 to i64
  %99 = mul i64 %98, 32
  %row23 = add i64 %65, %99
  %100 = mul i64 %row23, 512
  %101 = getelementptr i8, ptr %19, i64 %100
  %102 = add i32 %kb_next, %95
  %103 = call i32 @llvm.smin.i32(i32 %102, i32 %k_last)
  %104 = sext i32 %103 to i64
  %105 = mul i64 %104, 32
  %row24 = add i64 %74, %105
  %106 = mul i64 %row24, 512
  %107 = getelementptr i8, ptr %19, i64 %106
  call void @llvm.prefetch.p0(ptr %107, i32 0, i32 2, i32 1)
  %108 = getelementptr i8, ptr %107, i64 64
  call void @llvm.prefetch.p0(ptr %108, i32 0, i32 2, i32 1)
  %109 = getelementptr i8, ptr %107, i64 128
  call void @llvm.prefetch.p0(ptr %109, i32 0, i32 2, i32 1)
  %110 = getelementptr i8, ptr %107, i64 192
  call void @llvm.prefetch.p0(ptr %110, i32 0, i32 2, i32 1)
  %111 = getelementptr i8, ptr %107, i64 256
  call void @llvm.prefetch.p0(ptr %111, i32 0, i32 2, i32 1)
  %112 = getelementptr i8, ptr %107, i64 320
  call void @llvm.prefetch.p0(ptr %112, i32 0, i32 2, i32 1)
  %113 = getelementptr i8, ptr %107, i64 384
  call void @llvm.prefetch.p0(ptr %113, i32 0, i32 2, i32 1)
  %114 = getelementptr i8, ptr %107, i64 448
  call void @llvm.prefetch.p0(ptr %114, i32 0, i32 2, i32 1)
  %q25 = load <16 x float>, ptr %69, align 64
  %115 = load <16 x float>, ptr %81, align 4
  %116 = load <16 x float>, ptr %101, align 4
  %117 = fmul <16 x float> %q25, %115
  %118 = fmul <16 x float> %q25, %116
  %119 = getelementptr <16 x float>, ptr %69, i64 1
  %q26 = load <16 x float>, ptr %119, align 64
  %120 = getelementptr i8, ptr %81, i64 64
  %121 = load <16 x float>, ptr %120, align 4
  %122 = getelementptr i8, ptr %101, i64 64
  %123 = load <16 x float>, ptr %122, align 4
  %124 = fmul <16 x float> %q26, %121
  %125 = fmul <16 x float> %q26, %123
  %126 = getelementptr <16 x float>, ptr %69, i64 2
  %q27 = load <16 x float>, ptr %126, align 64
  %127 = getelementptr i8, ptr %81, i64 128
  %128 = load <16 x float>, ptr %127, align 4
  %129 = getelementptr i8, ptr %101, i64 128
  %130 = load <16 x float>, ptr %129, align 4
  %131 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %128, <16 x float> %117)
  %132 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %130, <16 x float> %118)
  %133 = getelementptr <16 x float>, ptr %69, i64 3
  %q28 = load <16 x float>, ptr %133, align 64
  %134 = getelementptr i8, ptr %81, i64 192
  %135 = load <16 x float>, ptr %134, align 4
  %136 = getelementptr i8, ptr %101, i64 192
  %137 = load <16 x float>, ptr %136, align 4
  %138 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %135, <16 x float> %124)
  %139 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %137, <16 x float> %125)
  %140 = getelementptr <16 x float>, ptr %69, i64 4
  %q29 = load <16 x float>, ptr %140, align 64
  %141 = getelementptr i8, ptr %81, i64 256
  %142 = load <16 x float>, ptr %141, align 4
  %143 = getelementptr i8, ptr %101, i64 256
  %144 = load <16 x float>, ptr %143, align 4
  %145 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q29, <16 x float> %142, <16 x float> %131)
  %146 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q29, <16 x float> %144, <16 x float> %132)
  %147 = getelementptr <16 x float>, ptr %69, i64 5
  %q30 = load <16 x float>, ptr %147, align 64
  %148 = getelementptr i8, ptr %81, i64 320
  %149 = load <16 x float>, ptr %148, align 4
  %150 = getelementptr i8, ptr %101, i64 320
  %151 = load <16 x float>, ptr %150, align 4
  %152 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q30, <16 x float> %149, <16 x float> %138)
  %153 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q30, <16 x float> %151, <16 x float> %139)
  %154 = getelementptr <16 x float>, ptr %69, i64 6
  %q31 = load <16 x float>, ptr %154, align 64
  %155 = getelementptr i8, ptr %81, i64 384
  %156 = load <16 x float>, ptr %155, align 4
  %157 = getelementptr i8, ptr %101, i64 384
  %158 = load <16 x float>, ptr %157, align 4
  %159 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %156, <16 x float> %145)
  %160 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %158, <16 x float> %146)
  %161 = getelementptr <16 x float>, ptr %69, i64 7
  %q32 = load <16 x float>, ptr %161, align 64
  %162 = getelementptr i8, ptr %81, i64 448
  %163 = load <16 x float>, ptr %162, align 4
  %164 = getelementptr i8, ptr %101, i64 448
  %165 = load <16 x float>, ptr %164, align 4
  %166 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %163, <16 x float> %152)
  %167 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %165, <16 x float> %153)
  %168 = fadd <16 x float> %159, %166
  %169 = sext i32 %kdot21 to i64
  %170 = getelementptr <16 x float>, ptr %dbuf, i64 %169
  store <16 x float> %168, ptr %170, align 64
  %171 = fadd <16 x float> %160, %167
  %172 = sext i32 %95 to i64
  %173 = getelementptr <16 x float>, ptr %dbuf, i64 %172
  store <16 x float> %171, ptr %173, align 64
  %174 = add nsw i32 %kdot21, 2
  br label %kdot

score:                                            ; preds = %kdot, %body33
  %score36 = phi i64 [ %287, %body33 ], [ 0, %kdot ]
  %175 = icmp slt i64 %score36, 2
  br i1 %175, label %body33, label %rmax

body33:                                           ; preds = %score
  %176 = sdiv i64 %score36, 2
  %177 = srem i64 %score36, 2
  %178 = mul i64 %177, 16
  %179 = mul i64 %176, 32
  %180 = add i64 %179, %178
  %181 = getelementptr <16 x float>, ptr %dbuf, i64 %180
  %182 = load <16 x float>, ptr %181, align 64
  %183 = add i64 %180, 1
  %184 = getelementptr <16 x float>, ptr %dbuf, i64 %183
  %185 = load <16 x float>, ptr %184, align 64
  %186 = shufflevector <16 x float> %182, <16 x float> %185, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %187 = shufflevector <16 x float> %182, <16 x float> %185, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %188 = fadd <16 x float> %186, %187
  %189 = add i64 %180, 2
  %190 = getelementptr <16 x float>, ptr %dbuf, i64 %189
  %191 = load <16 x float>, ptr %190, align 64
  %192 = add i64 %180, 3
  %193 = getelementptr <16 x float>, ptr %dbuf, i64 %192
  %194 = load <16 x float>, ptr %193, align 64
  %195 = shufflevector <16 x float> %191, <16 x float> %194, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %196 = shufflevector <16 x float> %191, <16 x float> %194, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %197 = fadd <16 x float> %195, %196
  %198 = shufflevector <16 x float> %188, <16 x float> %197, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %199 = shufflevector <16 x float> %188, <16 x float> %197, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %200 = fadd <16 x float> %198, %199
  %201 = add i64 %180, 4
  %202 = getelementptr <16 x float>, ptr %dbuf, i64 %201
  %203 = load <16 x float>, ptr %202, align 64
  %204 = add i64 %180, 5
  %205 = getelementptr <16 x float>, ptr %dbuf, i64 %204
  %206 = load <16 x float>, ptr %205, align 64
  %207 = shufflevector <16 x float> %203, <16 x float> %206, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %208 = shufflevector <16 x float> %203, <16 x float> %206, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %209 = fadd <16 x float> %207, %208
  %210 = add i64 %180, 6
  %211 = getelementptr <16 x float>, ptr %dbuf, i64 %210
  %212 = load <16 x float>, ptr %211, align 64
  %213 = add i64 %180, 7
  %214 = getelementptr <16 x float>, ptr %dbuf, i64 %213
  %215 = load <16 x float>, ptr %214, align 64
  %216 = shufflevector <16 x float> %212, <16 x float> %215, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %217 = shufflevector <16 x float> %212, <16 x float> %215, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %218 = fadd <16 x float> %216, %217
  %219 = shufflevector <16 x float> %209, <16 x float> %218, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %220 = shufflevector <16 x float> %209, <16 x float> %218, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %221 = fadd <16 x float> %219, %220
  %222 = shufflevector <16 x float> %200, <16 x float> %221, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %223 = shufflevector <16 x float> %200, <16 x float> %221, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %224 = fadd <16 x float> %222, %223
  %225 = add i64 %180, 8
  %226 = getelementptr <16 x float>, ptr %dbuf, i64 %225
  %227 = load <16 x float>, ptr %226, align 64
  %228 = add i64 %180, 9
  %229 = getelementptr <16 x float>, ptr %dbuf, i64 %228
  %230 = load <16 x float>, ptr %229, align 64
  %231 = shufflevector <16 x float> %227, <16 x float> %230, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %232 = shufflevector <16 x float> %227, <16 x float> %230, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %233 = fadd <16 x float> %231, %232
  %234 = add i64 %180, 10
  %235 = getelementptr <16 x float>, ptr %dbuf, i64 %234
  %236 = load <16 x float>, ptr %235, align 64
  %237 = add i64 %180, 11
  %238 = getelementptr <16 x float>, ptr %dbuf, i64 %237
  %239 = load <16 x float>, ptr %238, align 64
  %240 = shufflevector <16 x float> %236, <16 x float> %239, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %241 = shufflevector <16 x float> %236, <16 x float> %239, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %242 = fadd <16 x float> %240, %241
  %243 = shufflevector <16 x float> %233, <16 x float> %242, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %244 = shufflevector <16 x float> %233, <16 x float> %242, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %245 = fadd <16 x float> %243, %244
  %246 = add i64 %180, 12
  %247 = getelementptr <16 x float>, ptr %dbuf, i64 %246
  %248 = load <16 x float>, ptr %247, align 64
  %249 = add i64 %180, 13
  %250 = getelementptr <16 x float>, ptr %dbuf, i64 %249
  %251 = load <16 x float>, ptr %250, align 64
  %252 = shufflevector <16 x float> %248, <16 x float> %251, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %253 = shufflevector <16 x float> %248, <16 x float> %251, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %254 = fadd <16 x float> %252, %253
  %255 = add i64 %180, 14
  %256 = getelementptr <16 x float>, ptr %dbuf, i64 %255
  %257 = load <16 x float>, ptr %256, align 64
  %258 = add i64 %180, 15
  %259 = getelementptr <16 x float>, ptr %dbuf, i64 %258
  %260 = load <16 x float>, ptr %259, align 64
  %261 = shufflevector <16 x float> %257, <16 x float> %260, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %262 = shufflevector <16 x float> %257, <16 x float> %260, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %263 = fadd <16 x float> %261, %262
  %264 = shufflevector <16 x float> %254, <16 x float> %263, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %265 = shufflevector <16 x float> %254, <16 x float> %263, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %266 = fadd <16 x float> %264, %265
  %267 = shufflevector <16 x float> %245, <16 x float> %266, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %268 = shufflevector <16 x float> %245, <16 x float> %266, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %269 = fadd <16 x float> %267, %268
  %270 = shufflevector <16 x float> %224, <16 x float> %269, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %271 = shufflevector <16 x float> %224, <16 x float> %269, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %272 = fadd <16 x float> %270, %271
  %273 = getelementptr i32, ptr %72, i64 %176
  %lim = load i32, ptr %273, align 4
  %274 = insertelement <16 x i32> poison, i32 %lim, i32 0
  %splat37 = shufflevector <16 x i32> %274, <16 x i32> poison, <16 x i32> zeroinitializer
  %275 = trunc i64 %178 to i32
  %276 = add i32 %kblock13, %275
  %277 = insertelement <16 x i32> poison, i32 %276, i32 0
  %splat38 = shufflevector <16 x i32> %277, <16 x i32> poison, <16 x i32> zeroinitializer
  %278 = add <16 x i32> %splat38, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %279 = icmp slt <16 x i32> %278, %splat37
  %280 = select <16 x i1> %279, <16 x float> %272, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %281 = getelementptr float, ptr %pbuf, i64 %180
  store <16 x float> %280, ptr %281, align 64
  %282 = getelementptr <16 x float>, ptr %smax, i64 %176
  %283 = icmp eq i64 %177, 0
  %284 = load <16 x float>, ptr %282, align 64
  %285 = select i1 %283, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <16 x float> %284
  %286 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %285, <16 x float> %280)
  store <16 x float> %286, ptr %282, align 64
  %287 = add nsw i64 %score36, 1
  br label %score

rmax:                                             ; preds = %score, %body39
  %rmax42 = phi i64 [ %324, %body39 ], [ 0, %score ]
  %288 = icmp slt i64 %rmax42, 1
  br i1 %288, label %body39, label %pexp

body39:                                           ; preds = %rmax
  %289 = getelementptr float, ptr %66, i64 %rmax42
  %m = load float, ptr %289, align 4
  %290 = getelementptr <16 x float>, ptr %smax, i64 %rmax42
  %291 = load <16 x float>, ptr %290, align 64
  %292 = shufflevector <16 x float> %291, <16 x float> undef, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %293 = shufflevector <16 x float> %291, <16 x float> undef, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %294 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %292, <8 x float> %293)
  %295 = shufflevector <8 x float> %294, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %296 = shufflevector <8 x float> %294, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %297 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %295, <4 x float> %296)
  %298 = shufflevector <4 x float> %297, <4 x float> undef, <2 x i32> <i32 0, i32 1>
  %299 = shufflevector <4 x float> %297, <4 x float> undef, <2 x i32> <i32 2, i32 3>
  %300 = call <2 x float> @llvm.maxnum.v2f32(<2 x float> %298, <2 x float> %299)
  %301 = shufflevector <2 x float> %300, <2 x float> undef, <1 x i32> zeroinitializer
  %302 = shufflevector <2 x float> %300, <2 x float> undef, <1 x i32> <i32 1>
  %303 = call <1 x float> @llvm.maxnum.v1f32(<1 x float> %301, <1 x float> %302)
  %304 = extractelement <1 x float> %303, i32 0
  %305 = call float @llvm.maxnum.f32(float %m, float %304)
  %306 = fcmp oeq float %305, 0xFFF0000000000000
  %muse43 = select i1 %306, float 0.000000e+00, float %305
  %307 = fsub float %m, %muse43
  %308 = insertelement <16 x float> poison, float %307, i32 0
  %splat44 = shufflevector <16 x float> %308, <16 x float> poison, <16 x i32> zeroinitializer
  %309 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat44, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %310 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %309, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %311 = fadd <16 x float> %310, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %311, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %310, %n
  %312 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %313 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %312, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %314 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %313, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %315 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %314, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %316 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %315, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %317 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %316, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %318 = fptosi <16 x float> %n to <16 x i32>
  %319 = add <16 x i32> %318, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %320 = shl <16 x i32> %319, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %321 = bitcast <16 x i32> %320 to <16 x float>
  %exp2 = fmul <16 x float> %317, %321
  %alpha45 = extractelement <16 x float> %exp2, i32 0
  store float %305, ptr %289, align 4
  %322 = getelementptr float, ptr %muse, i64 %rmax42
  store float %muse43, ptr %322, align 4
  %323 = getelementptr float, ptr %alpha, i64 %rmax42
  store float %alpha45, ptr %323, align 4
  %324 = add nsw i64 %rmax42, 1
  br label %rmax

pexp:                                             ; preds = %rmax, %body46
  %pexp49 = phi i64 [ %355, %body46 ], [ 0, %rmax ]
  %325 = icmp slt i64 %pexp49, 2
  br i1 %325, label %body46, label %lsum54

body46:                                           ; preds = %pexp
  %326 = sdiv i64 %pexp49, 2
  %327 = srem i64 %pexp49, 2
  %328 = mul i64 %327, 16
  %329 = mul i64 %326, 32
  %330 = add i64 %329, %328
  %331 = getelementptr float, ptr %pbuf, i64 %330
  %332 = getelementptr float, ptr %muse, i64 %326
  %333 = load float, ptr %332, align 4
  %334 = insertelement <16 x float> poison, float %333, i32 0
  %splat50 = shufflevector <16 x float> %334, <16 x float> poison, <16 x i32> zeroinitializer
  %335 = load <16 x float>, ptr %331, align 64
  %336 = fsub <16 x float> %335, %splat50
  %337 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %336, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %338 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %337, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %339 = fadd <16 x float> %338, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n51 = fsub <16 x float> %339, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f52 = fsub <16 x float> %338, %n51
  %340 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f52, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %341 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %340, <16 x float> %f52, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %342 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %341, <16 x float> %f52, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %343 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %342, <16 x float> %f52, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %344 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %343, <16 x float> %f52, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %345 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %344, <16 x float> %f52, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %346 = fptosi <16 x float> %n51 to <16 x i32>
  %347 = add <16 x i32> %346, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %348 = shl <16 x i32> %347, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %349 = bitcast <16 x i32> %348 to <16 x float>
  %exp253 = fmul <16 x float> %345, %349
  store <16 x float> %exp253, ptr %331, align 64
  %350 = getelementptr <16 x float>, ptr %lsum, i64 %326
  %351 = icmp eq i64 %327, 0
  %352 = load <16 x float>, ptr %350, align 64
  %353 = select i1 %351, <16 x float> zeroinitializer, <16 x float> %352
  %354 = fadd <16 x float> %353, %exp253
  store <16 x float> %354, ptr %350, align 64
  %355 = add nsw i64 %pexp49, 1
  br label %pexp

lsum54:                                           ; preds = %pexp, %body55
  %lsum58 = phi i64 [ %364, %body55 ], [ 0, %pexp ]
  %356 = icmp slt i64 %lsum58, 1
  br i1 %356, label %body55, label %exit57

body55:                                           ; preds = %lsum54
  %357 = getelementptr float, ptr %67, i64 %lsum58
  %358 = getelementptr float, ptr %alpha, i64 %lsum58
  %359 = load float, ptr %358, align 4
  %360 = getelementptr <16 x float>, ptr %lsum, i64 %lsum58
  %361 = load <16 x float>, ptr %360, align 64
  %362 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %361)
  %l = load float, ptr %357, align 4
  %363 = call float @llvm.fmuladd.f32(float %l, float %359, float %362)
  store float %363, ptr %357, align 4
  %364 = add nsw i64 %lsum58, 1
  br label %lsum54

exit57:                                           ; preds = %lsum54
  %365 = sub i32 %k_end, %kblock13
  %366 = call i32 @llvm.smin.i32(i32 32, i32 %365)
  %367 = load float, ptr %alpha, align 4
  %368 = insertelement <16 x float> poison, float %367, i32 0
  %splat59 = shufflevector <16 x float> %368, <16 x float> poison, <16 x i32> zeroinitializer
  %369 = load <16 x float>, ptr %71, align 64
  %370 = fmul <16 x float> %369, %splat59
  %371 = getelementptr float, ptr %71, i64 16
  %372 = load <16 x float>, ptr %371, align 64
  %373 = fmul <16 x float> %372, %splat59
  %374 = getelementptr float, ptr %71, i64 32
  %375 = load <16 x float>, ptr %374, align 64
  %376 = fmul <16 x float> %375, %splat59
  %377 = getelementptr float, ptr %71, i64 48
  %378 = load <16 x float>, ptr %377, align 64
  %379 = fmul <16 x float> %378, %splat59
  %380 = getelementptr float, ptr %71, i64 64
  %381 = load <16 x float>, ptr %380, align 64
  %382 = fmul <16 x float> %381, %splat59
  %383 = getelementptr float, ptr %71, i64 80
  %384 = load <16 x float>, ptr %383, align 64
  %385 = fmul <16 x float> %384, %splat59
  %386 = getelementptr float, ptr %71, i64 96
  %387 = load <16 x float>, ptr %386, align 64
  %388 = fmul <16 x float> %387, %splat59
  %389 = getelementptr float, ptr %71, i64 112
  %390 = load <16 x float>, ptr %389, align 64
  %391 = fmul <16 x float> %390, %splat59
  br label %kpv

kpv:                                              ; preds = %body60, %exit57
  %pacc.sroa.28.0 = phi <16 x float> [ %391, %exit57 ], [ %436, %body60 ]
  %pacc.sroa.24.0 = phi <16 x float> [ %388, %exit57 ], [ %433, %body60 ]
  %pacc.sroa.20.0 = phi <16 x float> [ %385, %exit57 ], [ %430, %body60 ]
  %pacc.sroa.16.0 = phi <16 x float> [ %382, %exit57 ], [ %427, %body60 ]
  %pacc.sroa.12.0 = phi <16 x float> [ %379, %exit57 ], [ %424, %body60 ]
  %pacc.sroa.8.0 = phi <16 x float> [ %376, %exit57 ], [ %421, %body60 ]
  %pacc.sroa.4.0 = phi <16 x float> [ %373, %exit57 ], [ %418, %body60 ]
  %pacc.sroa.0.0 = phi <16 x float> [ %370, %exit57 ], [ %415, %body60 ]
  %kpv63 = phi i32 [ 0, %exit57 ], [ %437, %body60 ]
  %392 = icmp slt i32 %kpv63, %366
  br i1 %392, label %body60, label %exit62

body60:                                           ; preds = %kpv
  %393 = add i32 %kblock13, %kpv63
  %394 = sext i32 %393 to i64
  %395 = mul i64 %394, 32
  %row64 = add i64 %65, %395
  %396 = mul i64 %row64, 512
  %397 = getelementptr i8, ptr %22, i64 %396
  %398 = add i32 %kb_next, %kpv63
  %399 = call i32 @llvm.smin.i32(i32 %398, i32 %k_last)
  %400 = sext i32 %399 to i64
  %401 = mul i64 %400, 32
  %row65 = add i64 %74, %401
  %402 = mul i64 %row65, 512
  %403 = getelementptr i8, ptr %22, i64 %402
  call void @llvm.prefetch.p0(ptr %403, i32 0, i32 2, i32 1)
  %404 = getelementptr i8, ptr %403, i64 64
  call void @llvm.prefetch.p0(ptr %404, i32 0, i32 2, i32 1)
  %405 = getelementptr i8, ptr %403, i64 128
  call void @llvm.prefetch.p0(ptr %405, i32 0, i32 2, i32 1)
  %406 = getelementptr i8, ptr %403, i64 192
  call void @llvm.prefetch.p0(ptr %406, i32 0, i32 2, i32 1)
  %407 = getelementptr i8, ptr %403, i64 256
  call void @llvm.prefetch.p0(ptr %407, i32 0, i32 2, i32 1)
  %408 = getelementptr i8, ptr %403, i64 320
  call void @llvm.prefetch.p0(ptr %408, i32 0, i32 2, i32 1)
  %409 = getelementptr i8, ptr %403, i64 384
  call void @llvm.prefetch.p0(ptr %409, i32 0, i32 2, i32 1)
  %410 = getelementptr i8, ptr %403, i64 448
  call void @llvm.prefetch.p0(ptr %410, i32 0, i32 2, i32 1)
  %411 = sext i32 %kpv63 to i64
  %412 = getelementptr float, ptr %pbuf, i64 %411
  %p = load float, ptr %412, align 4
  %413 = insertelement <16 x float> poison, float %p, i32 0
  %splat66 = shufflevector <16 x float> %413, <16 x float> poison, <16 x i32> zeroinitializer
  %414 = load <16 x float>, ptr %397, align 4
  %415 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat66, <16 x float> %414, <16 x float> %pacc.sroa.0.0)
  %416 = getelementptr i8, ptr %397, i64 64
  %417 = load <16 x float>, ptr %416, align 4
  %418 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat66, <16 x float> %417, <16 x float> %pacc.sroa.4.0)
  %419 = getelementptr i8, ptr %397, i64 128
  %420 = load <16 x float>, ptr %419, align 4
  %421 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat66, <16 x float> %420, <16 x float> %pacc.sroa.8.0)
  %422 = getelementptr i8, ptr %397, i64 192
  %423 = load <16 x float>, ptr %422, align 4
  %424 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat66, <16 x float> %423, <16 x float> %pacc.sroa.12.0)
  %425 = getelementptr i8, ptr %397, i64 256
  %426 = load <16 x float>, ptr %425, align 4
  %427 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat66, <16 x float> %426, <16 x float> %pacc.sroa.16.0)
  %428 = getelementptr i8, ptr %397, i64 320
  %429 = load <16 x float>, ptr %428, align 4
  %430 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat66, <16 x float> %429, <16 x float> %pacc.sroa.20.0)
  %431 = getelementptr i8, ptr %397, i64 384
  %432 = load <16 x float>, ptr %431, align 4
  %433 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat66, <16 x float> %432, <16 x float> %pacc.sroa.24.0)
  %434 = getelementptr i8, ptr %397, i64 448
  %435 = load <16 x float>, ptr %434, align 4
  %436 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat66, <16 x float> %435, <16 x float> %pacc.sroa.28.0)
  %437 = add nsw i32 %kpv63, 1
  br label %kpv

exit62:                                           ; preds = %kpv
  store <16 x float> %pacc.sroa.0.0, ptr %71, align 64
  store <16 x float> %pacc.sroa.4.0, ptr %371, align 64
  store <16 x float> %pacc.sroa.8.0, ptr %374, align 64
  store <16 x float> %pacc.sroa.12.0, ptr %377, align 64
  store <16 x float> %pacc.sroa.16.0, ptr %380, align 64
  store <16 x float> %pacc.sroa.20.0, ptr %383, align 64
  store <16 x float> %pacc.sroa.24.0, ptr %386, align 64
  store <16 x float> %pacc.sroa.28.0, ptr %389, align 64
  br label %kvh

orow67:                                           ; preds = %kblock, %written
  %orow71 = phi i32 [ %459, %written ], [ 0, %kblock ]
  %438 = icmp slt i32 %orow71, %nrows
  br i1 %438, label %body68, label %done

body68:                                           ; preds = %orow67
  %439 = sext i32 %orow71 to i64
  %440 = getelementptr float, ptr %ms, i64 %439
  %m72 = load float, ptr %440, align 4
  %441 = getelementptr float, ptr %ls, i64 %439
  %l73 = load float, ptr %441, align 4
  %442 = mul i64 %439, 128
  %443 = getelementptr float, ptr %accs, i64 %442
  %444 = icmp ne ptr %part, null
  br i1 %444, label %partial, label %final

partial:                                          ; preds = %body68
  %445 = sext i32 %nrows to i64
  %446 = getelementptr float, ptr %part, i64 %442
  br label %chunk74

final:                                            ; preds = %body68
  %447 = sdiv i32 %orow71, %nh
  %qi79 = add i32 %q_begin, %447
  %448 = srem i32 %orow71, %nh
  %h80 = add i32 %h_begin, %448
  %hq81 = add i32 %kv_head0, %h80
  %449 = sext i32 %qi79 to i64
  %450 = add i64 %q_row0, %449
  %451 = mul i64 %450, 32
  %452 = sext i32 %hq81 to i64
  %orow82 = add i64 %451, %452
  %453 = fcmp oeq float %l73, 0.000000e+00
  %454 = fdiv float 1.000000e+00, %l73
  %455 = select i1 %453, float 0.000000e+00, float %454
  %456 = mul i64 %orow82, 512
  %457 = getelementptr i8, ptr %out, i64 %456
  %458 = insertelement <16 x float> poison, float %455, i32 0
  %splat83 = shufflevector <16 x float> %458, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk84

written:                                          ; preds = %chunk84, %exit77
  %459 = add nsw i32 %orow71, 1
  br label %orow67

chunk74:                                          ; preds = %body75, %partial
  %chunk78 = phi i64 [ 0, %partial ], [ %465, %body75 ]
  %460 = icmp slt i64 %chunk78, 8
  br i1 %460, label %body75, label %exit77

body75:                                           ; preds = %chunk74
  %461 = getelementptr <16 x float>, ptr %443, i64 %chunk78
  %462 = load <16 x float>, ptr %461, align 64
  %463 = mul i64 %chunk78, 64
  %464 = getelementptr i8, ptr %446, i64 %463
  store <16 x float> %462, ptr %464, align 4
  %465 = add nsw i64 %chunk78, 1
  br label %chunk74

exit77:                                           ; preds = %chunk74
  %466 = mul i64 %445, 128
  %467 = add i64 %466, %439
  %468 = getelementptr float, ptr %part, i64 %467
  store float %m72, ptr %468, align 4
  %469 = add i64 %467, %445
  %470 = getelementptr float, ptr %part, i64 %469
  store float %l73, ptr %470, align 4
  br label %written

chunk84:                                          ; preds = %body85, %final
  %chunk88 = phi i64 [ 0, %final ], [ %477, %body85 ]
  %471 = icmp slt i64 %chunk88, 8
  br i1 %471, label %body85, label %written

body85:                                           ; preds = %chunk84
  %472 = getelementptr <16 x float>, ptr %443, i64 %chunk88
  %473 = load <16 x float>, ptr %472, align 64
  %474 = fmul <16 x float> %473, %splat83
  %475 = mul i64 %chunk88, 64
  %476 = getelementptr i8, ptr %457, i64 %475
  store <16 x float> %474, ptr %476, align 4
  %477 = add nsw i64 %chunk88, 1
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
