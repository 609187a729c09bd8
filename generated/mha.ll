; ModuleID = 'mha'
source_filename = "mha"
target triple = "x86_64-unknown-linux-gnu"

@mha.name = private unnamed_addr constant [4 x i8] c"mha\00"
@mha.spec = private unnamed_addr constant [367 x i8] c"attncc: 1\0Aname: mha\0Aphase: decode\0Akind: self\0Aheads: {q: 32, kv: 32, dim: 128, v_dim: 128}\0Atypes: {q: f32, cache: f32, out: f32}\0Ascale: auto\0Acache: {store: kv, layout: contiguous, order: token_major, capacity: 4096, latent_dim: 0, rope_dim: 0, shared_across_layers: false}\0Amask: {causal: false}\0Aoutput: {lse: false}\0Aslim: {order: auto}\0Amodel: {layers: 1, d_model: 0}\0A\00"
@mha_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32, ptr } { i32 4, i32 1, i64 5097096786723071000, ptr @mha.name, ptr @mha.spec, i32 32, i32 32, i32 128, i32 128, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 4096, i32 0, i32 0, float 0x3FB6A09E60000000, i32 0, i32 0, i32 0, ptr null }, align 8
@mha_kernel = internal constant { ptr, ptr, i32, i32, i32, i32, i32, i32, ptr } { ptr @mha_info_data, ptr @mha_tile, i32 1, i32 1, i32 16, i32 256, i32 32, i32 128, ptr null }, align 8

; Function Attrs: nounwind
define internal void @mha_tile(ptr %0, ptr %1) #0 {
entry:
  %muse = alloca float, align 64
  %lsum = alloca <16 x float>, align 64
  %smax = alloca <16 x float>, align 64
  %lims = alloca i32, align 64
  %alpha = alloca float, align 64
  %accs = alloca [128 x float], align 64
  %pbuf = alloca [64 x float], align 64
  %dbuf = alloca [64 x <16 x float>], align 64
  %qs = alloca [8 x <16 x float>], align 64
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
  %18 = sext i32 %kv_head to i64
  %19 = mul i64 %17, 131072
  %20 = add i64 %19, %18
  %21 = mul i64 %20, 512
  %22 = getelementptr i8, ptr %k_cache, i64 %21
  %23 = getelementptr i8, ptr %0, i64 64
  %v_cache = load ptr, ptr %23, align 8
  %24 = getelementptr i8, ptr %v_cache, i64 %21
  %25 = icmp sgt i32 %nrows, 0
  br i1 %25, label %rinit, label %done

done:                                             ; preds = %orow59, %entry
  ret void

rinit:                                            ; preds = %entry, %exit8
  %rinit1 = phi i32 [ %59, %exit8 ], [ 0, %entry ]
  %26 = icmp slt i32 %rinit1, 1
  br i1 %26, label %body, label %exit

body:                                             ; preds = %rinit
  %27 = sext i32 %rinit1 to i64
  %28 = mul i64 %27, 8
  %29 = getelementptr <16 x float>, ptr %qs, i64 %28
  %30 = icmp slt i32 %rinit1, %nrows
  %31 = sub i32 %nrows, 1
  %32 = call i32 @llvm.smin.i32(i32 %rinit1, i32 %31)
  %33 = sdiv i32 %32, %nh
  %qi = add i32 %q_begin, %33
  %34 = srem i32 %32, %nh
  %h = add i32 %h_begin, %34
  %hq = add i32 %kv_head, %h
  %35 = sext i32 %qi to i64
  %36 = add i64 %q_row0, %35
  %37 = mul i64 %36, 32
  %38 = sext i32 %hq to i64
  %orow = add i64 %37, %38
  %39 = mul i64 %orow, 512
  %40 = getelementptr i8, ptr %q, i64 %39
  %41 = select i1 %30, float 0x3FC0527DC0000000, float 0.000000e+00
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
  %48 = getelementptr <16 x float>, ptr %29, i64 %chunk5
  store <16 x float> %47, ptr %48, align 64
  %49 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %50 = getelementptr float, ptr %ms, i64 %27
  store float 0xFFF0000000000000, ptr %50, align 4
  %51 = getelementptr float, ptr %ls, i64 %27
  store float 0.000000e+00, ptr %51, align 4
  %52 = getelementptr i32, ptr %lims, i64 %27
  store i32 %k_end, ptr %52, align 4
  br label %acczero

acczero:                                          ; preds = %body6, %exit4
  %acczero9 = phi i64 [ 0, %exit4 ], [ %58, %body6 ]
  %53 = icmp slt i64 %acczero9, 8
  br i1 %53, label %body6, label %exit8

body6:                                            ; preds = %acczero
  %54 = mul i64 %acczero9, 16
  %55 = mul i64 %27, 128
  %56 = add i64 %55, %54
  %57 = getelementptr float, ptr %accs, i64 %56
  store <16 x float> zeroinitializer, ptr %57, align 64
  %58 = add nsw i64 %acczero9, 1
  br label %acczero

exit8:                                            ; preds = %acczero
  %59 = add nsw i32 %rinit1, 1
  br label %rinit

kblock:                                           ; preds = %exit55, %exit
  %kblock13 = phi i32 [ %k_begin, %exit ], [ %428, %exit55 ]
  %60 = icmp slt i32 %kblock13, %k_end
  br i1 %60, label %kdot, label %orow59

kdot:                                             ; preds = %kblock, %body14
  %kdot17 = phi i32 [ %156, %body14 ], [ 0, %kblock ]
  %61 = icmp slt i32 %kdot17, 64
  br i1 %61, label %body14, label %score

body14:                                           ; preds = %kdot
  %62 = add i32 %kblock13, %kdot17
  %63 = call i32 @llvm.smin.i32(i32 %62, i32 %k_last)
  %64 = sext i32 %63 to i64
  %65 = mul i64 %64, 16384
  %66 = getelementptr i8, ptr %22, i64 %65
  %67 = add i32 %63, 8
  %68 = call i32 @llvm.smin.i32(i32 %67, i32 %k_last)
  %69 = sext i32 %68 to i64
  %70 = mul i64 %69, 16384
  %71 = getelementptr i8, ptr %22, i64 %70
  call void @llvm.prefetch.p0(ptr %71, i32 0, i32 3, i32 1)
  %72 = getelementptr i8, ptr %71, i64 64
  call void @llvm.prefetch.p0(ptr %72, i32 0, i32 3, i32 1)
  %73 = getelementptr i8, ptr %71, i64 128
  call void @llvm.prefetch.p0(ptr %73, i32 0, i32 3, i32 1)
  %74 = getelementptr i8, ptr %71, i64 192
  call void @llvm.prefetch.p0(ptr %74, i32 0, i32 3, i32 1)
  %75 = getelementptr i8, ptr %71, i64 256
  call void @llvm.prefetch.p0(ptr %75, i32 0, i32 3, i32 1)
  %76 = getelementptr i8, ptr %71, i64 320
  call void @llvm.prefetch.p0(ptr %76, i32 0, i32 3, i32 1)
  %77 = getelementptr i8, ptr %71, i64 384
  call void @llvm.prefetch.p0(ptr %77, i32 0, i32 3, i32 1)
  %78 = getelementptr i8, ptr %71, i64 448
  call void @llvm.prefetch.p0(ptr %78, i32 0, i32 3, i32 1)
  %79 = add i32 %kdot17, 1
  %80 = add i32 %kblock13, %79
  %81 = call i32 @llvm.smin.i32(i32 %80, i32 %k_last)
  %82 = sext i32 %81 to i64
  %83 = mul i64 %82, 16384
  %84 = getelementptr i8, ptr %22, i64 %83
  %85 = add i32 %81, 8
  %86 = call i32 @llvm.smin.i32(i32 %85, i32 %k_last)
  %87 = sext i32 %86 to i64
  %88 = mul i64 %87, 16384
  %89 = getelementptr i8, ptr %22, i64 %88
  call void @llvm.prefetch.p0(ptr %89, i32 0, i32 3, i32 1)
  %90 = getelementptr i8, ptr %89, i64 64
  call void @llvm.prefetch.p0(ptr %90, i32 0, i32 3, i32 1)
  %91 = getelementptr i8, ptr %89, i64 128
  call void @llvm.prefetch.p0(ptr %91, i32 0, i32 3, i32 1)
  %92 = getelementptr i8, ptr %89, i64 192
  call void @llvm.prefetch.p0(ptr %92, i32 0, i32 3, i32 1)
  %93 = getelementptr i8, ptr %89, i64 256
  call void @llvm.prefetch.p0(ptr %93, i32 0, i32 3, i32 1)
  %94 = getelementptr i8, ptr %89, i64 320
  call void @llvm.prefetch.p0(ptr %94, i32 0, i32 3, i32 1)
  %95 = getelementptr i8, ptr %89, i64 384
  call void @llvm.prefetch.p0(ptr %95, i32 0, i32 3, i32 1)
  %96 = getelementptr i8, ptr %89, i64 448
  call void @llvm.prefetch.p0(ptr %96, i32 0, i32 3, i32 1)
  %97 = load <16 x float>, ptr %66, align 4
  %98 = load <16 x float>, ptr %84, align 4
  %q18 = load <16 x float>, ptr %qs, align 64
  %99 = fmul <16 x float> %q18, %97
  %100 = fmul <16 x float> %q18, %98
  %101 = getelementptr i8, ptr %66, i64 64
  %102 = load <16 x float>, ptr %101, align 4
  %103 = getelementptr i8, ptr %84, i64 64
  %104 = load <16 x float>, ptr %103, align 4
  %105 = getelementptr <16 x float>, ptr %qs, i64 1
  %q19 = load <16 x float>, ptr %105, align 64
  %106 = fmul <16 x float> %q19, %102
  %107 = fmul <16 x float> %q19, %104
  %108 = getelementptr i8, ptr %66, i64 128
  %109 = load <16 x float>, ptr %108, align 4
  %110 = getelementptr i8, ptr %84, i64 128
  %111 = load <16 x float>, ptr %110, align 4
  %112 = getelementptr <16 x float>, ptr %qs, i64 2
  %q20 = load <16 x float>, ptr %112, align 64
  %113 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %109, <16 x float> %99)
  %114 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %111, <16 x float> %100)
  %115 = getelementptr i8, ptr %66, i64 192
  %116 = load <16 x float>, ptr %115, align 4
  %117 = getelementptr i8, ptr %84, i64 192
  %118 = load <16 x float>, ptr %117, align 4
  %119 = getelementptr <16 x float>, ptr %qs, i64 3
  %q21 = load <16 x float>, ptr %119, align 64
  %120 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %116, <16 x float> %106)
  %121 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %118, <16 x float> %107)
  %122 = getelementptr i8, ptr %66, i64 256
  %123 = load <16 x float>, ptr %122, align 4
  %124 = getelementptr i8, ptr %84, i64 256
  %125 = load <16 x float>, ptr %124, align 4
  %126 = getelementptr <16 x float>, ptr %qs, i64 4
  %q22 = load <16 x float>, ptr %126, align 64
  %127 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q22, <16 x float> %123, <16 x float> %113)
  %128 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q22, <16 x float> %125, <16 x float> %114)
  %129 = getelementptr i8, ptr %66, i64 320
  %130 = load <16 x float>, ptr %129, align 4
  %131 = getelementptr i8, ptr %84, i64 320
  %132 = load <16 x float>, ptr %131, align 4
  %133 = getelementptr <16 x float>, ptr %qs, i64 5
  %q23 = load <16 x float>, ptr %133, align 64
  %134 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %130, <16 x float> %120)
  %135 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %132, <16 x float> %121)
  %136 = getelementptr i8, ptr %66, i64 384
  %137 = load <16 x float>, ptr %136, align 4
  %138 = getelementptr i8, ptr %84, i64 384
  %139 = load <16 x float>, ptr %138, align 4
  %140 = getelementptr <16 x float>, ptr %qs, i64 6
  %q24 = load <16 x float>, ptr %140, align 64
  %141 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q24, <16 x float> %137, <16 x float> %127)
  %142 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q24, <16 x float> %139, <16 x float> %128)
  %143 = getelementptr i8, ptr %66, i64 448
  %144 = load <16 x float>, ptr %143, align 4
  %145 = getelementptr i8, ptr %84, i64 448
  %146 = load <16 x float>, ptr %145, align 4
  %147 = getelementptr <16 x float>, ptr %qs, i64 7
  %q25 = load <16 x float>, ptr %147, align 64
  %148 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %144, <16 x float> %134)
  %149 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %146, <16 x float> %135)
  %150 = fadd <16 x float> %141, %148
  %151 = sext i32 %kdot17 to i64
  %152 = getelementptr <16 x float>, ptr %dbuf, i64 %151
  store <16 x float> %150, ptr %152, align 64
  %153 = fadd <16 x float> %142, %149
  %154 = sext i32 %79 to i64
  %155 = getelementptr <16 x float>, ptr %dbuf, i64 %154
  store <16 x float> %153, ptr %155, align 64
  %156 = add nsw i32 %kdot17, 2
  br label %kdot

score:                                            ; preds = %kdot, %body26
  %score29 = phi i64 [ %269, %body26 ], [ 0, %kdot ]
  %157 = icmp slt i64 %score29, 4
  br i1 %157, label %body26, label %rmax

body26:                                           ; preds = %score
  %158 = sdiv i64 %score29, 4
  %159 = srem i64 %score29, 4
  %160 = mul i64 %159, 16
  %161 = mul i64 %158, 64
  %162 = add i64 %161, %160
  %163 = getelementptr <16 x float>, ptr %dbuf, i64 %162
  %164 = load <16 x float>, ptr %163, align 64
  %165 = add i64 %162, 1
  %166 = getelementptr <16 x float>, ptr %dbuf, i64 %165
  %167 = load <16 x float>, ptr %166, align 64
  %168 = shufflevector <16 x float> %164, <16 x float> %167, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %169 = shufflevector <16 x float> %164, <16 x float> %167, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %170 = fadd <16 x float> %168, %169
  %171 = add i64 %162, 2
  %172 = getelementptr <16 x float>, ptr %dbuf, i64 %171
  %173 = load <16 x float>, ptr %172, align 64
  %174 = add i64 %162, 3
  %175 = getelementptr <16 x float>, ptr %dbuf, i64 %174
  %176 = load <16 x float>, ptr %175, align 64
  %177 = shufflevector <16 x float> %173, <16 x float> %176, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %178 = shufflevector <16 x float> %173, <16 x float> %176, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %179 = fadd <16 x float> %177, %178
  %180 = shufflevector <16 x float> %170, <16 x float> %179, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %181 = shufflevector <16 x float> %170, <16 x float> %179, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %182 = fadd <16 x float> %180, %181
  %183 = add i64 %162, 4
  %184 = getelementptr <16 x float>, ptr %dbuf, i64 %183
  %185 = load <16 x float>, ptr %184, align 64
  %186 = add i64 %162, 5
  %187 = getelementptr <16 x float>, ptr %dbuf, i64 %186
  %188 = load <16 x float>, ptr %187, align 64
  %189 = shufflevector <16 x float> %185, <16 x float> %188, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %190 = shufflevector <16 x float> %185, <16 x float> %188, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %191 = fadd <16 x float> %189, %190
  %192 = add i64 %162, 6
  %193 = getelementptr <16 x float>, ptr %dbuf, i64 %192
  %194 = load <16 x float>, ptr %193, align 64
  %195 = add i64 %162, 7
  %196 = getelementptr <16 x float>, ptr %dbuf, i64 %195
  %197 = load <16 x float>, ptr %196, align 64
  %198 = shufflevector <16 x float> %194, <16 x float> %197, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %199 = shufflevector <16 x float> %194, <16 x float> %197, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %200 = fadd <16 x float> %198, %199
  %201 = shufflevector <16 x float> %191, <16 x float> %200, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %202 = shufflevector <16 x float> %191, <16 x float> %200, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %203 = fadd <16 x float> %201, %202
  %204 = shufflevector <16 x float> %182, <16 x float> %203, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %205 = shufflevector <16 x float> %182, <16 x float> %203, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %206 = fadd <16 x float> %204, %205
  %207 = add i64 %162, 8
  %208 = getelementptr <16 x float>, ptr %dbuf, i64 %207
  %209 = load <16 x float>, ptr %208, align 64
  %210 = add i64 %162, 9
  %211 = getelementptr <16 x float>, ptr %dbuf, i64 %210
  %212 = load <16 x float>, ptr %211, align 64
  %213 = shufflevector <16 x float> %209, <16 x float> %212, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %214 = shufflevector <16 x float> %209, <16 x float> %212, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %215 = fadd <16 x float> %213, %214
  %216 = add i64 %162, 10
  %217 = getelementptr <16 x float>, ptr %dbuf, i64 %216
  %218 = load <16 x float>, ptr %217, align 64
  %219 = add i64 %162, 11
  %220 = getelementptr <16 x float>, ptr %dbuf, i64 %219
  %221 = load <16 x float>, ptr %220, align 64
  %222 = shufflevector <16 x float> %218, <16 x float> %221, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %223 = shufflevector <16 x float> %218, <16 x float> %221, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %224 = fadd <16 x float> %222, %223
  %225 = shufflevector <16 x float> %215, <16 x float> %224, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %226 = shufflevector <16 x float> %215, <16 x float> %224, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %227 = fadd <16 x float> %225, %226
  %228 = add i64 %162, 12
  %229 = getelementptr <16 x float>, ptr %dbuf, i64 %228
  %230 = load <16 x float>, ptr %229, align 64
  %231 = add i64 %162, 13
  %232 = getelementptr <16 x float>, ptr %dbuf, i64 %231
  %233 = load <16 x float>, ptr %232, align 64
  %234 = shufflevector <16 x float> %230, <16 x float> %233, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %235 = shufflevector <16 x float> %230, <16 x float> %233, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %236 = fadd <16 x float> %234, %235
  %237 = add i64 %162, 14
  %238 = getelementptr <16 x float>, ptr %dbuf, i64 %237
  %239 = load <16 x float>, ptr %238, align 64
  %240 = add i64 %162, 15
  %241 = getelementptr <16 x float>, ptr %dbuf, i64 %240
  %242 = load <16 x float>, ptr %241, align 64
  %243 = shufflevector <16 x float> %239, <16 x float> %242, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %244 = shufflevector <16 x float> %239, <16 x float> %242, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %245 = fadd <16 x float> %243, %244
  %246 = shufflevector <16 x float> %236, <16 x float> %245, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %247 = shufflevector <16 x float> %236, <16 x float> %245, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %248 = fadd <16 x float> %246, %247
  %249 = shufflevector <16 x float> %227, <16 x float> %248, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %250 = shufflevector <16 x float> %227, <16 x float> %248, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %251 = fadd <16 x float> %249, %250
  %252 = shufflevector <16 x float> %206, <16 x float> %251, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %253 = shufflevector <16 x float> %206, <16 x float> %251, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %254 = fadd <16 x float> %252, %253
  %255 = getelementptr i32, ptr %lims, i64 %158
  %lim = load i32, ptr %255, align 4
  %256 = insertelement <16 x i32> poison, i32 %lim, i32 0
  %splat30 = shufflevector <16 x i32> %256, <16 x i32> poison, <16 x i32> zeroinitializer
  %257 = trunc i64 %160 to i32
  %258 = add i32 %kblock13, %257
  %259 = insertelement <16 x i32> poison, i32 %258, i32 0
  %splat31 = shufflevector <16 x i32> %259, <16 x i32> poison, <16 x i32> zeroinitializer
  %260 = add <16 x i32> %splat31, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %261 = icmp slt <16 x i32> %260, %splat30
  %262 = select <16 x i1> %261, <16 x float> %254, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %263 = getelementptr float, ptr %pbuf, i64 %162
  store <16 x float> %262, ptr %263, align 64
  %264 = getelementptr <16 x float>, ptr %smax, i64 %158
  %265 = icmp eq i64 %159, 0
  %266 = load <16 x float>, ptr %264, align 64
  %267 = select i1 %265, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <16 x float> %266
  %268 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %267, <16 x float> %262)
  store <16 x float> %268, ptr %264, align 64
  %269 = add nsw i64 %score29, 1
  br label %score

rmax:                                             ; preds = %score, %body32
  %rmax35 = phi i64 [ %294, %body32 ], [ 0, %score ]
  %270 = icmp slt i64 %rmax35, 1
  br i1 %270, label %body32, label %pexp

body32:                                           ; preds = %rmax
  %271 = getelementptr float, ptr %ms, i64 %rmax35
  %m = load float, ptr %271, align 4
  %272 = getelementptr <16 x float>, ptr %smax, i64 %rmax35
  %273 = load <16 x float>, ptr %272, align 64
  %274 = call float @llvm.vector.reduce.fmax.v16f32(<16 x float> %273)
  %275 = call float @llvm.maxnum.f32(float %m, float %274)
  %276 = fcmp oeq float %275, 0xFFF0000000000000
  %muse36 = select i1 %276, float 0.000000e+00, float %275
  %277 = fsub float %m, %muse36
  %278 = insertelement <16 x float> poison, float %277, i32 0
  %splat37 = shufflevector <16 x float> %278, <16 x float> poison, <16 x i32> zeroinitializer
  %279 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat37, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %280 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %279, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %281 = fadd <16 x float> %280, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %281, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %280, %n
  %282 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %283 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %282, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %284 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %283, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %285 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %284, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %286 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %285, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %287 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %286, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %288 = fptosi <16 x float> %n to <16 x i32>
  %289 = add <16 x i32> %288, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %290 = shl <16 x i32> %289, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %291 = bitcast <16 x i32> %290 to <16 x float>
  %exp2 = fmul <16 x float> %287, %291
  %alpha38 = extractelement <16 x float> %exp2, i32 0
  store float %275, ptr %271, align 4
  %292 = getelementptr float, ptr %muse, i64 %rmax35
  store float %muse36, ptr %292, align 4
  %293 = getelementptr float, ptr %alpha, i64 %rmax35
  store float %alpha38, ptr %293, align 4
  %294 = add nsw i64 %rmax35, 1
  br label %rmax

pexp:                                             ; preds = %rmax, %body39
  %pexp42 = phi i64 [ %325, %body39 ], [ 0, %rmax ]
  %295 = icmp slt i64 %pexp42, 4
  br i1 %295, label %body39, label %lsum47

body39:                                           ; preds = %pexp
  %296 = sdiv i64 %pexp42, 4
  %297 = srem i64 %pexp42, 4
  %298 = mul i64 %297, 16
  %299 = mul i64 %296, 64
  %300 = add i64 %299, %298
  %301 = getelementptr float, ptr %pbuf, i64 %300
  %302 = getelementptr float, ptr %muse, i64 %296
  %303 = load float, ptr %302, align 4
  %304 = insertelement <16 x float> poison, float %303, i32 0
  %splat43 = shufflevector <16 x float> %304, <16 x float> poison, <16 x i32> zeroinitializer
  %305 = load <16 x float>, ptr %301, align 64
  %306 = fsub <16 x float> %305, %splat43
  %307 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %306, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %308 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %307, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %309 = fadd <16 x float> %308, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n44 = fsub <16 x float> %309, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f45 = fsub <16 x float> %308, %n44
  %310 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f45, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %311 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %310, <16 x float> %f45, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %312 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %311, <16 x float> %f45, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %313 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %312, <16 x float> %f45, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %314 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %313, <16 x float> %f45, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %315 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %314, <16 x float> %f45, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %316 = fptosi <16 x float> %n44 to <16 x i32>
  %317 = add <16 x i32> %316, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %318 = shl <16 x i32> %317, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %319 = bitcast <16 x i32> %318 to <16 x float>
  %exp246 = fmul <16 x float> %315, %319
  store <16 x float> %exp246, ptr %301, align 64
  %320 = getelementptr <16 x float>, ptr %lsum, i64 %296
  %321 = icmp eq i64 %297, 0
  %322 = load <16 x float>, ptr %320, align 64
  %323 = select i1 %321, <16 x float> zeroinitializer, <16 x float> %322
  %324 = fadd <16 x float> %323, %exp246
  store <16 x float> %324, ptr %320, align 64
  %325 = add nsw i64 %pexp42, 1
  br label %pexp

lsum47:                                           ; preds = %pexp, %body48
  %lsum51 = phi i64 [ %334, %body48 ], [ 0, %pexp ]
  %326 = icmp slt i64 %lsum51, 1
  br i1 %326, label %body48, label %exit50

body48:                                           ; preds = %lsum47
  %327 = getelementptr float, ptr %ls, i64 %lsum51
  %328 = getelementptr float, ptr %alpha, i64 %lsum51
  %329 = load float, ptr %328, align 4
  %330 = getelementptr <16 x float>, ptr %lsum, i64 %lsum51
  %331 = load <16 x float>, ptr %330, align 64
  %332 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %331)
  %l = load float, ptr %327, align 4
  %333 = call float @llvm.fmuladd.f32(float %l, float %329, float %332)
  store float %333, ptr %327, align 4
  %334 = add nsw i64 %lsum51, 1
  br label %lsum47

exit50:                                           ; preds = %lsum47
  %335 = sub i32 %k_end, %kblock13
  %336 = call i32 @llvm.smin.i32(i32 64, i32 %335)
  %337 = load float, ptr %alpha, align 4
  %338 = insertelement <16 x float> poison, float %337, i32 0
  %splat52 = shufflevector <16 x float> %338, <16 x float> poison, <16 x i32> zeroinitializer
  %339 = load <16 x float>, ptr %accs, align 64
  %340 = fmul <16 x float> %339, %splat52
  %341 = getelementptr float, ptr %accs, i64 16
  %342 = load <16 x float>, ptr %341, align 64
  %343 = fmul <16 x float> %342, %splat52
  %344 = getelementptr float, ptr %accs, i64 32
  %345 = load <16 x float>, ptr %344, align 64
  %346 = fmul <16 x float> %345, %splat52
  %347 = getelementptr float, ptr %accs, i64 48
  %348 = load <16 x float>, ptr %347, align 64
  %349 = fmul <16 x float> %348, %splat52
  %350 = getelementptr float, ptr %accs, i64 64
  %351 = load <16 x float>, ptr %350, align 64
  %352 = fmul <16 x float> %351, %splat52
  %353 = getelementptr float, ptr %accs, i64 80
  %354 = load <16 x float>, ptr %353, align 64
  %355 = fmul <16 x float> %354, %splat52
  %356 = getelementptr float, ptr %accs, i64 96
  %357 = load <16 x float>, ptr %356, align 64
  %358 = fmul <16 x float> %357, %splat52
  %359 = getelementptr float, ptr %accs, i64 112
  %360 = load <16 x float>, ptr %359, align 64
  %361 = fmul <16 x float> %360, %splat52
  br label %kpv

kpv:                                              ; preds = %body53, %exit50
  %pacc.sroa.28.0 = phi <16 x float> [ %361, %exit50 ], [ %426, %body53 ]
  %pacc.sroa.24.0 = phi <16 x float> [ %358, %exit50 ], [ %423, %body53 ]
  %pacc.sroa.20.0 = phi <16 x float> [ %355, %exit50 ], [ %420, %body53 ]
  %pacc.sroa.16.0 = phi <16 x float> [ %352, %exit50 ], [ %417, %body53 ]
  %pacc.sroa.12.0 = phi <16 x float> [ %349, %exit50 ], [ %414, %body53 ]
  %pacc.sroa.8.0 = phi <16 x float> [ %346, %exit50 ], [ %411, %body53 ]
  %pacc.sroa.4.0 = phi <16 x float> [ %343, %exit50 ], [ %408, %body53 ]
  %pacc.sroa.0.0 = phi <16 x float> [ %340, %exit50 ], [ %405, %body53 ]
  %kpv56 = phi i32 [ 0, %exit50 ], [ %427, %body53 ]
  %362 = icmp slt i32 %kpv56, %336
  br i1 %362, label %body53, label %exit55

body53:                                           ; preds = %kpv
  %363 = add i32 %kblock13, %kpv56
  %364 = sext i32 %363 to i64
  %365 = mul i64 %364, 16384
  %366 = getelementptr i8, ptr %24, i64 %365
  %367 = add i32 %363, 8
  %368 = call i32 @llvm.smin.i32(i32 %367, i32 %k_last)
  %369 = sext i32 %368 to i64
  %370 = mul i64 %369, 16384
  %371 = getelementptr i8, ptr %24, i64 %370
  call void @llvm.prefetch.p0(ptr %371, i32 0, i32 3, i32 1)
  %372 = getelementptr i8, ptr %371, i64 64
  call void @llvm.prefetch.p0(ptr %372, i32 0, i32 3, i32 1)
  %373 = getelementptr i8, ptr %371, i64 128
  call void @llvm.prefetch.p0(ptr %373, i32 0, i32 3, i32 1)
  %374 = getelementptr i8, ptr %371, i64 192
  call void @llvm.prefetch.p0(ptr %374, i32 0, i32 3, i32 1)
  %375 = getelementptr i8, ptr %371, i64 256
  call void @llvm.prefetch.p0(ptr %375, i32 0, i32 3, i32 1)
  %376 = getelementptr i8, ptr %371, i64 320
  call void @llvm.prefetch.p0(ptr %376, i32 0, i32 3, i32 1)
  %377 = getelementptr i8, ptr %371, i64 384
  call void @llvm.prefetch.p0(ptr %377, i32 0, i32 3, i32 1)
  %378 = getelementptr i8, ptr %371, i64 448
  call void @llvm.prefetch.p0(ptr %378, i32 0, i32 3, i32 1)
  %379 = add i32 %363, 64
  %380 = call i32 @llvm.smin.i32(i32 %379, i32 %k_last)
  %381 = sext i32 %380 to i64
  %382 = mul i64 %381, 16384
  %383 = getelementptr i8, ptr %22, i64 %382
  call void @llvm.prefetch.p0(ptr %383, i32 0, i32 2, i32 1)
  %384 = getelementptr i8, ptr %383, i64 64
  call void @llvm.prefetch.p0(ptr %384, i32 0, i32 2, i32 1)
  %385 = getelementptr i8, ptr %383, i64 128
  call void @llvm.prefetch.p0(ptr %385, i32 0, i32 2, i32 1)
  %386 = getelementptr i8, ptr %383, i64 192
  call void @llvm.prefetch.p0(ptr %386, i32 0, i32 2, i32 1)
  %387 = getelementptr i8, ptr %383, i64 256
  call void @llvm.prefetch.p0(ptr %387, i32 0, i32 2, i32 1)
  %388 = getelementptr i8, ptr %383, i64 320
  call void @llvm.prefetch.p0(ptr %388, i32 0, i32 2, i32 1)
  %389 = getelementptr i8, ptr %383, i64 384
  call void @llvm.prefetch.p0(ptr %389, i32 0, i32 2, i32 1)
  %390 = getelementptr i8, ptr %383, i64 448
  call void @llvm.prefetch.p0(ptr %390, i32 0, i32 2, i32 1)
  %391 = sext i32 %380 to i64
  %392 = mul i64 %391, 16384
  %393 = getelementptr i8, ptr %24, i64 %392
  call void @llvm.prefetch.p0(ptr %393, i32 0, i32 2, i32 1)
  %394 = getelementptr i8, ptr %393, i64 64
  call void @llvm.prefetch.p0(ptr %394, i32 0, i32 2, i32 1)
  %395 = getelementptr i8, ptr %393, i64 128
  call void @llvm.prefetch.p0(ptr %395, i32 0, i32 2, i32 1)
  %396 = getelementptr i8, ptr %393, i64 192
  call void @llvm.prefetch.p0(ptr %396, i32 0, i32 2, i32 1)
  %397 = getelementptr i8, ptr %393, i64 256
  call void @llvm.prefetch.p0(ptr %397, i32 0, i32 2, i32 1)
  %398 = getelementptr i8, ptr %393, i64 320
  call void @llvm.prefetch.p0(ptr %398, i32 0, i32 2, i32 1)
  %399 = getelementptr i8, ptr %393, i64 384
  call void @llvm.prefetch.p0(ptr %399, i32 0, i32 2, i32 1)
  %400 = getelementptr i8, ptr %393, i64 448
  call void @llvm.prefetch.p0(ptr %400, i32 0, i32 2, i32 1)
  %401 = sext i32 %kpv56 to i64
  %402 = getelementptr float, ptr %pbuf, i64 %401
  %p = load float, ptr %402, align 4
  %403 = insertelement <16 x float> poison, float %p, i32 0
  %splat58 = shufflevector <16 x float> %403, <16 x float> poison, <16 x i32> zeroinitializer
  %404 = load <16 x float>, ptr %366, align 4
  %405 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat58, <16 x float> %404, <16 x float> %pacc.sroa.0.0)
  %406 = getelementptr i8, ptr %366, i64 64
  %407 = load <16 x float>, ptr %406, align 4
  %408 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat58, <16 x float> %407, <16 x float> %pacc.sroa.4.0)
  %409 = getelementptr i8, ptr %366, i64 128
  %410 = load <16 x float>, ptr %409, align 4
  %411 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat58, <16 x float> %410, <16 x float> %pacc.sroa.8.0)
  %412 = getelementptr i8, ptr %366, i64 192
  %413 = load <16 x float>, ptr %412, align 4
  %414 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat58, <16 x float> %413, <16 x float> %pacc.sroa.12.0)
  %415 = getelementptr i8, ptr %366, i64 256
  %416 = load <16 x float>, ptr %415, align 4
  %417 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat58, <16 x float> %416, <16 x float> %pacc.sroa.16.0)
  %418 = getelementptr i8, ptr %366, i64 320
  %419 = load <16 x float>, ptr %418, align 4
  %420 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat58, <16 x float> %419, <16 x float> %pacc.sroa.20.0)
  %421 = getelementptr i8, ptr %366, i64 384
  %422 = load <16 x float>, ptr %421, align 4
  %423 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat58, <16 x float> %422, <16 x float> %pacc.sroa.24.0)
  %424 = getelementptr i8, ptr %366, i64 448
  %425 = load <16 x float>, ptr %424, align 4
  %426 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat58, <16 x float> %425, <16 x float> %pacc.sroa.28.0)
  %427 = add nsw i32 %kpv56, 1
  br label %kpv

exit55:                                           ; preds = %kpv
  store <16 x float> %pacc.sroa.0.0, ptr %accs, align 64
  store <16 x float> %pacc.sroa.4.0, ptr %341, align 64
  store <16 x float> %pacc.sroa.8.0, ptr %344, align 64
  store <16 x float> %pacc.sroa.12.0, ptr %347, align 64
  store <16 x float> %pacc.sroa.16.0, ptr %350, align 64
  store <16 x float> %pacc.sroa.20.0, ptr %353, align 64
  store <16 x float> %pacc.sroa.24.0, ptr %356, align 64
  store <16 x float> %pacc.sroa.28.0, ptr %359, align 64
  %428 = add nsw i32 %kblock13, 64
  br label %kblock

orow59:                                           ; preds = %kblock, %written
  %orow63 = phi i32 [ %450, %written ], [ 0, %kblock ]
  %429 = icmp slt i32 %orow63, %nrows
  br i1 %429, label %body60, label %done

body60:                                           ; preds = %orow59
  %430 = sext i32 %orow63 to i64
  %431 = getelementptr float, ptr %ms, i64 %430
  %m64 = load float, ptr %431, align 4
  %432 = getelementptr float, ptr %ls, i64 %430
  %l65 = load float, ptr %432, align 4
  %433 = mul i64 %430, 128
  %434 = getelementptr float, ptr %accs, i64 %433
  %435 = icmp ne ptr %part, null
  br i1 %435, label %partial, label %final

partial:                                          ; preds = %body60
  %436 = sext i32 %nrows to i64
  %437 = getelementptr float, ptr %part, i64 %433
  br label %chunk66

final:                                            ; preds = %body60
  %438 = sdiv i32 %orow63, %nh
  %qi71 = add i32 %q_begin, %438
  %439 = srem i32 %orow63, %nh
  %h72 = add i32 %h_begin, %439
  %hq73 = add i32 %kv_head, %h72
  %440 = sext i32 %qi71 to i64
  %441 = add i64 %q_row0, %440
  %442 = mul i64 %441, 32
  %443 = sext i32 %hq73 to i64
  %orow74 = add i64 %442, %443
  %444 = fcmp oeq float %l65, 0.000000e+00
  %445 = fdiv float 1.000000e+00, %l65
  %446 = select i1 %444, float 0.000000e+00, float %445
  %447 = mul i64 %orow74, 512
  %448 = getelementptr i8, ptr %out, i64 %447
  %449 = insertelement <16 x float> poison, float %446, i32 0
  %splat75 = shufflevector <16 x float> %449, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk76

written:                                          ; preds = %chunk76, %exit69
  %450 = add nsw i32 %orow63, 1
  br label %orow59

chunk66:                                          ; preds = %body67, %partial
  %chunk70 = phi i64 [ 0, %partial ], [ %456, %body67 ]
  %451 = icmp slt i64 %chunk70, 8
  br i1 %451, label %body67, label %exit69

body67:                                           ; preds = %chunk66
  %452 = getelementptr <16 x float>, ptr %434, i64 %chunk70
  %453 = load <16 x float>, ptr %452, align 64
  %454 = mul i64 %chunk70, 64
  %455 = getelementptr i8, ptr %437, i64 %454
  store <16 x float> %453, ptr %455, align 4
  %456 = add nsw i64 %chunk70, 1
  br label %chunk66

exit69:                                           ; preds = %chunk66
  %457 = mul i64 %436, 128
  %458 = add i64 %457, %430
  %459 = getelementptr float, ptr %part, i64 %458
  store float %m64, ptr %459, align 4
  %460 = add i64 %458, %436
  %461 = getelementptr float, ptr %part, i64 %460
  store float %l65, ptr %461, align 4
  br label %written

chunk76:                                          ; preds = %body77, %final
  %chunk80 = phi i64 [ 0, %final ], [ %468, %body77 ]
  %462 = icmp slt i64 %chunk80, 8
  br i1 %462, label %body77, label %written

body77:                                           ; preds = %chunk76
  %463 = getelementptr <16 x float>, ptr %434, i64 %chunk80
  %464 = load <16 x float>, ptr %463, align 64
  %465 = fmul <16 x float> %464, %splat75
  %466 = mul i64 %chunk80, 64
  %467 = getelementptr i8, ptr %448, i64 %466
  store <16 x float> %465, ptr %467, align 4
  %468 = add nsw i64 %chunk80, 1
  br label %chunk76
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
declare float @llvm.vector.reduce.fmax.v16f32(<16 x float>) #1

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

attributes #0 = { nounwind "target-cpu"="x86-64-v4" "target-features"="+avx512f,+evex512,+avx512bw,+avx512vl,+avx2,+fma,+f16c" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite) }
