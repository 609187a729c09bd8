; ModuleID = 'mha'
source_filename = "mha"
target triple = "x86_64-unknown-linux-gnu"

@mha.name = private unnamed_addr constant [4 x i8] c"mha\00"
@mha.spec = private unnamed_addr constant [268 x i8] c"attncc: 1\0Aname: mha\0Aphase: decode\0Aheads: {q: 32, kv: 32, dim: 128, v_dim: 128}\0Atypes: {q: f32, cache: f32, out: f32}\0Ascale: auto\0Acache: {store: kv, layout: contiguous, order: token_major, capacity: 4096}\0Amask: {causal: false}\0Aoutput: {lse: false}\0Aslim: {order: auto}\0A\00"
@mha_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32 } { i32 2, i32 1, i64 -3114276902172572349, ptr @mha.name, ptr @mha.spec, i32 32, i32 32, i32 128, i32 128, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 4096, i32 0, i32 0, float 0x3FB6A09E60000000, i32 0 }, align 8
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

done:                                             ; preds = %orow58, %entry
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
  %kblock13 = phi i32 [ %k_begin, %exit ], [ %422, %exit55 ]
  %60 = icmp slt i32 %kblock13, %k_end
  br i1 %60, label %kdot, label %orow58

kdot:                                             ; preds = %kblock, %body14
  %kdot17 = phi i32 [ %172, %body14 ], [ 0, %kblock ]
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
  %79 = getelementptr i8, ptr %24, i64 %65
  call void @llvm.prefetch.p0(ptr %79, i32 0, i32 2, i32 1)
  %80 = getelementptr i8, ptr %79, i64 64
  call void @llvm.prefetch.p0(ptr %80, i32 0, i32 2, i32 1)
  %81 = getelementptr i8, ptr %79, i64 128
  call void @llvm.prefetch.p0(ptr %81, i32 0, i32 2, i32 1)
  %82 = getelementptr i8, ptr %79, i64 192
  call void @llvm.prefetch.p0(ptr %82, i32 0, i32 2, i32 1)
  %83 = getelementptr i8, ptr %79, i64 256
  call void @llvm.prefetch.p0(ptr %83, i32 0, i32 2, i32 1)
  %84 = getelementptr i8, ptr %79, i64 320
  call void @llvm.prefetch.p0(ptr %84, i32 0, i32 2, i32 1)
  %85 = getelementptr i8, ptr %79, i64 384
  call void @llvm.prefetch.p0(ptr %85, i32 0, i32 2, i32 1)
  %86 = getelementptr i8, ptr %79, i64 448
  call void @llvm.prefetch.p0(ptr %86, i32 0, i32 2, i32 1)
  %87 = add i32 %kdot17, 1
  %88 = add i32 %kblock13, %87
  %89 = call i32 @llvm.smin.i32(i32 %88, i32 %k_last)
  %90 = sext i32 %89 to i64
  %91 = mul i64 %90, 16384
  %92 = getelementptr i8, ptr %22, i64 %91
  %93 = add i32 %89, 8
  %94 = call i32 @llvm.smin.i32(i32 %93, i32 %k_last)
  %95 = sext i32 %94 to i64
  %96 = mul i64 %95, 16384
  %97 = getelementptr i8, ptr %22, i64 %96
  call void @llvm.prefetch.p0(ptr %97, i32 0, i32 3, i32 1)
  %98 = getelementptr i8, ptr %97, i64 64
  call void @llvm.prefetch.p0(ptr %98, i32 0, i32 3, i32 1)
  %99 = getelementptr i8, ptr %97, i64 128
  call void @llvm.prefetch.p0(ptr %99, i32 0, i32 3, i32 1)
  %100 = getelementptr i8, ptr %97, i64 192
  call void @llvm.prefetch.p0(ptr %100, i32 0, i32 3, i32 1)
  %101 = getelementptr i8, ptr %97, i64 256
  call void @llvm.prefetch.p0(ptr %101, i32 0, i32 3, i32 1)
  %102 = getelementptr i8, ptr %97, i64 320
  call void @llvm.prefetch.p0(ptr %102, i32 0, i32 3, i32 1)
  %103 = getelementptr i8, ptr %97, i64 384
  call void @llvm.prefetch.p0(ptr %103, i32 0, i32 3, i32 1)
  %104 = getelementptr i8, ptr %97, i64 448
  call void @llvm.prefetch.p0(ptr %104, i32 0, i32 3, i32 1)
  %105 = getelementptr i8, ptr %24, i64 %91
  call void @llvm.prefetch.p0(ptr %105, i32 0, i32 2, i32 1)
  %106 = getelementptr i8, ptr %105, i64 64
  call void @llvm.prefetch.p0(ptr %106, i32 0, i32 2, i32 1)
  %107 = getelementptr i8, ptr %105, i64 128
  call void @llvm.prefetch.p0(ptr %107, i32 0, i32 2, i32 1)
  %108 = getelementptr i8, ptr %105, i64 192
  call void @llvm.prefetch.p0(ptr %108, i32 0, i32 2, i32 1)
  %109 = getelementptr i8, ptr %105, i64 256
  call void @llvm.prefetch.p0(ptr %109, i32 0, i32 2, i32 1)
  %110 = getelementptr i8, ptr %105, i64 320
  call void @llvm.prefetch.p0(ptr %110, i32 0, i32 2, i32 1)
  %111 = getelementptr i8, ptr %105, i64 384
  call void @llvm.prefetch.p0(ptr %111, i32 0, i32 2, i32 1)
  %112 = getelementptr i8, ptr %105, i64 448
  call void @llvm.prefetch.p0(ptr %112, i32 0, i32 2, i32 1)
  %113 = load <16 x float>, ptr %66, align 4
  %114 = load <16 x float>, ptr %92, align 4
  %q18 = load <16 x float>, ptr %qs, align 64
  %115 = fmul <16 x float> %q18, %113
  %116 = fmul <16 x float> %q18, %114
  %117 = getelementptr i8, ptr %66, i64 64
  %118 = load <16 x float>, ptr %117, align 4
  %119 = getelementptr i8, ptr %92, i64 64
  %120 = load <16 x float>, ptr %119, align 4
  %121 = getelementptr <16 x float>, ptr %qs, i64 1
  %q19 = load <16 x float>, ptr %121, align 64
  %122 = fmul <16 x float> %q19, %118
  %123 = fmul <16 x float> %q19, %120
  %124 = getelementptr i8, ptr %66, i64 128
  %125 = load <16 x float>, ptr %124, align 4
  %126 = getelementptr i8, ptr %92, i64 128
  %127 = load <16 x float>, ptr %126, align 4
  %128 = getelementptr <16 x float>, ptr %qs, i64 2
  %q20 = load <16 x float>, ptr %128, align 64
  %129 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %125, <16 x float> %115)
  %130 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %127, <16 x float> %116)
  %131 = getelementptr i8, ptr %66, i64 192
  %132 = load <16 x float>, ptr %131, align 4
  %133 = getelementptr i8, ptr %92, i64 192
  %134 = load <16 x float>, ptr %133, align 4
  %135 = getelementptr <16 x float>, ptr %qs, i64 3
  %q21 = load <16 x float>, ptr %135, align 64
  %136 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %132, <16 x float> %122)
  %137 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %134, <16 x float> %123)
  %138 = getelementptr i8, ptr %66, i64 256
  %139 = load <16 x float>, ptr %138, align 4
  %140 = getelementptr i8, ptr %92, i64 256
  %141 = load <16 x float>, ptr %140, align 4
  %142 = getelementptr <16 x float>, ptr %qs, i64 4
  %q22 = load <16 x float>, ptr %142, align 64
  %143 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q22, <16 x float> %139, <16 x float> %129)
  %144 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q22, <16 x float> %141, <16 x float> %130)
  %145 = getelementptr i8, ptr %66, i64 320
  %146 = load <16 x float>, ptr %145, align 4
  %147 = getelementptr i8, ptr %92, i64 320
  %148 = load <16 x float>, ptr %147, align 4
  %149 = getelementptr <16 x float>, ptr %qs, i64 5
  %q23 = load <16 x float>, ptr %149, align 64
  %150 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %146, <16 x float> %136)
  %151 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %148, <16 x float> %137)
  %152 = getelementptr i8, ptr %66, i64 384
  %153 = load <16 x float>, ptr %152, align 4
  %154 = getelementptr i8, ptr %92, i64 384
  %155 = load <16 x float>, ptr %154, align 4
  %156 = getelementptr <16 x float>, ptr %qs, i64 6
  %q24 = load <16 x float>, ptr %156, align 64
  %157 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q24, <16 x float> %153, <16 x float> %143)
  %158 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q24, <16 x float> %155, <16 x float> %144)
  %159 = getelementptr i8, ptr %66, i64 448
  %160 = load <16 x float>, ptr %159, align 4
  %161 = getelementptr i8, ptr %92, i64 448
  %162 = load <16 x float>, ptr %161, align 4
  %163 = getelementptr <16 x float>, ptr %qs, i64 7
  %q25 = load <16 x float>, ptr %163, align 64
  %164 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %160, <16 x float> %150)
  %165 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %162, <16 x float> %151)
  %166 = fadd <16 x float> %157, %164
  %167 = sext i32 %kdot17 to i64
  %168 = getelementptr <16 x float>, ptr %dbuf, i64 %167
  store <16 x float> %166, ptr %168, align 64
  %169 = fadd <16 x float> %158, %165
  %170 = sext i32 %87 to i64
  %171 = getelementptr <16 x float>, ptr %dbuf, i64 %170
  store <16 x float> %169, ptr %171, align 64
  %172 = add nsw i32 %kdot17, 2
  br label %kdot

score:                                            ; preds = %kdot, %body26
  %score29 = phi i64 [ %285, %body26 ], [ 0, %kdot ]
  %173 = icmp slt i64 %score29, 4
  br i1 %173, label %body26, label %rmax

body26:                                           ; preds = %score
  %174 = sdiv i64 %score29, 4
  %175 = srem i64 %score29, 4
  %176 = mul i64 %175, 16
  %177 = mul i64 %174, 64
  %178 = add i64 %177, %176
  %179 = getelementptr <16 x float>, ptr %dbuf, i64 %178
  %180 = load <16 x float>, ptr %179, align 64
  %181 = add i64 %178, 1
  %182 = getelementptr <16 x float>, ptr %dbuf, i64 %181
  %183 = load <16 x float>, ptr %182, align 64
  %184 = shufflevector <16 x float> %180, <16 x float> %183, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %185 = shufflevector <16 x float> %180, <16 x float> %183, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %186 = fadd <16 x float> %184, %185
  %187 = add i64 %178, 2
  %188 = getelementptr <16 x float>, ptr %dbuf, i64 %187
  %189 = load <16 x float>, ptr %188, align 64
  %190 = add i64 %178, 3
  %191 = getelementptr <16 x float>, ptr %dbuf, i64 %190
  %192 = load <16 x float>, ptr %191, align 64
  %193 = shufflevector <16 x float> %189, <16 x float> %192, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %194 = shufflevector <16 x float> %189, <16 x float> %192, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %195 = fadd <16 x float> %193, %194
  %196 = shufflevector <16 x float> %186, <16 x float> %195, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %197 = shufflevector <16 x float> %186, <16 x float> %195, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %198 = fadd <16 x float> %196, %197
  %199 = add i64 %178, 4
  %200 = getelementptr <16 x float>, ptr %dbuf, i64 %199
  %201 = load <16 x float>, ptr %200, align 64
  %202 = add i64 %178, 5
  %203 = getelementptr <16 x float>, ptr %dbuf, i64 %202
  %204 = load <16 x float>, ptr %203, align 64
  %205 = shufflevector <16 x float> %201, <16 x float> %204, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %206 = shufflevector <16 x float> %201, <16 x float> %204, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %207 = fadd <16 x float> %205, %206
  %208 = add i64 %178, 6
  %209 = getelementptr <16 x float>, ptr %dbuf, i64 %208
  %210 = load <16 x float>, ptr %209, align 64
  %211 = add i64 %178, 7
  %212 = getelementptr <16 x float>, ptr %dbuf, i64 %211
  %213 = load <16 x float>, ptr %212, align 64
  %214 = shufflevector <16 x float> %210, <16 x float> %213, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %215 = shufflevector <16 x float> %210, <16 x float> %213, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %216 = fadd <16 x float> %214, %215
  %217 = shufflevector <16 x float> %207, <16 x float> %216, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %218 = shufflevector <16 x float> %207, <16 x float> %216, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %219 = fadd <16 x float> %217, %218
  %220 = shufflevector <16 x float> %198, <16 x float> %219, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %221 = shufflevector <16 x float> %198, <16 x float> %219, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %222 = fadd <16 x float> %220, %221
  %223 = add i64 %178, 8
  %224 = getelementptr <16 x float>, ptr %dbuf, i64 %223
  %225 = load <16 x float>, ptr %224, align 64
  %226 = add i64 %178, 9
  %227 = getelementptr <16 x float>, ptr %dbuf, i64 %226
  %228 = load <16 x float>, ptr %227, align 64
  %229 = shufflevector <16 x float> %225, <16 x float> %228, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %230 = shufflevector <16 x float> %225, <16 x float> %228, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %231 = fadd <16 x float> %229, %230
  %232 = add i64 %178, 10
  %233 = getelementptr <16 x float>, ptr %dbuf, i64 %232
  %234 = load <16 x float>, ptr %233, align 64
  %235 = add i64 %178, 11
  %236 = getelementptr <16 x float>, ptr %dbuf, i64 %235
  %237 = load <16 x float>, ptr %236, align 64
  %238 = shufflevector <16 x float> %234, <16 x float> %237, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %239 = shufflevector <16 x float> %234, <16 x float> %237, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %240 = fadd <16 x float> %238, %239
  %241 = shufflevector <16 x float> %231, <16 x float> %240, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %242 = shufflevector <16 x float> %231, <16 x float> %240, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %243 = fadd <16 x float> %241, %242
  %244 = add i64 %178, 12
  %245 = getelementptr <16 x float>, ptr %dbuf, i64 %244
  %246 = load <16 x float>, ptr %245, align 64
  %247 = add i64 %178, 13
  %248 = getelementptr <16 x float>, ptr %dbuf, i64 %247
  %249 = load <16 x float>, ptr %248, align 64
  %250 = shufflevector <16 x float> %246, <16 x float> %249, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %251 = shufflevector <16 x float> %246, <16 x float> %249, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %252 = fadd <16 x float> %250, %251
  %253 = add i64 %178, 14
  %254 = getelementptr <16 x float>, ptr %dbuf, i64 %253
  %255 = load <16 x float>, ptr %254, align 64
  %256 = add i64 %178, 15
  %257 = getelementptr <16 x float>, ptr %dbuf, i64 %256
  %258 = load <16 x float>, ptr %257, align 64
  %259 = shufflevector <16 x float> %255, <16 x float> %258, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %260 = shufflevector <16 x float> %255, <16 x float> %258, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %261 = fadd <16 x float> %259, %260
  %262 = shufflevector <16 x float> %252, <16 x float> %261, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %263 = shufflevector <16 x float> %252, <16 x float> %261, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %264 = fadd <16 x float> %262, %263
  %265 = shufflevector <16 x float> %243, <16 x float> %264, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %266 = shufflevector <16 x float> %243, <16 x float> %264, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %267 = fadd <16 x float> %265, %266
  %268 = shufflevector <16 x float> %222, <16 x float> %267, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %269 = shufflevector <16 x float> %222, <16 x float> %267, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %270 = fadd <16 x float> %268, %269
  %271 = getelementptr i32, ptr %lims, i64 %174
  %lim = load i32, ptr %271, align 4
  %272 = insertelement <16 x i32> poison, i32 %lim, i32 0
  %splat30 = shufflevector <16 x i32> %272, <16 x i32> poison, <16 x i32> zeroinitializer
  %273 = trunc i64 %176 to i32
  %274 = add i32 %kblock13, %273
  %275 = insertelement <16 x i32> poison, i32 %274, i32 0
  %splat31 = shufflevector <16 x i32> %275, <16 x i32> poison, <16 x i32> zeroinitializer
  %276 = add <16 x i32> %splat31, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %277 = icmp slt <16 x i32> %276, %splat30
  %278 = select <16 x i1> %277, <16 x float> %270, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %279 = getelementptr float, ptr %pbuf, i64 %178
  store <16 x float> %278, ptr %279, align 64
  %280 = getelementptr <16 x float>, ptr %smax, i64 %174
  %281 = icmp eq i64 %175, 0
  %282 = load <16 x float>, ptr %280, align 64
  %283 = select i1 %281, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <16 x float> %282
  %284 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %283, <16 x float> %278)
  store <16 x float> %284, ptr %280, align 64
  %285 = add nsw i64 %score29, 1
  br label %score

rmax:                                             ; preds = %score, %body32
  %rmax35 = phi i64 [ %310, %body32 ], [ 0, %score ]
  %286 = icmp slt i64 %rmax35, 1
  br i1 %286, label %body32, label %pexp

body32:                                           ; preds = %rmax
  %287 = getelementptr float, ptr %ms, i64 %rmax35
  %m = load float, ptr %287, align 4
  %288 = getelementptr <16 x float>, ptr %smax, i64 %rmax35
  %289 = load <16 x float>, ptr %288, align 64
  %290 = call float @llvm.vector.reduce.fmax.v16f32(<16 x float> %289)
  %291 = call float @llvm.maxnum.f32(float %m, float %290)
  %292 = fcmp oeq float %291, 0xFFF0000000000000
  %muse36 = select i1 %292, float 0.000000e+00, float %291
  %293 = fsub float %m, %muse36
  %294 = insertelement <16 x float> poison, float %293, i32 0
  %splat37 = shufflevector <16 x float> %294, <16 x float> poison, <16 x i32> zeroinitializer
  %295 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat37, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
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
  %alpha38 = extractelement <16 x float> %exp2, i32 0
  store float %291, ptr %287, align 4
  %308 = getelementptr float, ptr %muse, i64 %rmax35
  store float %muse36, ptr %308, align 4
  %309 = getelementptr float, ptr %alpha, i64 %rmax35
  store float %alpha38, ptr %309, align 4
  %310 = add nsw i64 %rmax35, 1
  br label %rmax

pexp:                                             ; preds = %rmax, %body39
  %pexp42 = phi i64 [ %341, %body39 ], [ 0, %rmax ]
  %311 = icmp slt i64 %pexp42, 4
  br i1 %311, label %body39, label %lsum47

body39:                                           ; preds = %pexp
  %312 = sdiv i64 %pexp42, 4
  %313 = srem i64 %pexp42, 4
  %314 = mul i64 %313, 16
  %315 = mul i64 %312, 64
  %316 = add i64 %315, %314
  %317 = getelementptr float, ptr %pbuf, i64 %316
  %318 = getelementptr float, ptr %muse, i64 %312
  %319 = load float, ptr %318, align 4
  %320 = insertelement <16 x float> poison, float %319, i32 0
  %splat43 = shufflevector <16 x float> %320, <16 x float> poison, <16 x i32> zeroinitializer
  %321 = load <16 x float>, ptr %317, align 64
  %322 = fsub <16 x float> %321, %splat43
  %323 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %322, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %324 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %323, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %325 = fadd <16 x float> %324, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n44 = fsub <16 x float> %325, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f45 = fsub <16 x float> %324, %n44
  %326 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f45, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %327 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %326, <16 x float> %f45, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %328 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %327, <16 x float> %f45, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %329 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %328, <16 x float> %f45, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %330 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %329, <16 x float> %f45, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %331 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %330, <16 x float> %f45, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %332 = fptosi <16 x float> %n44 to <16 x i32>
  %333 = add <16 x i32> %332, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %334 = shl <16 x i32> %333, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %335 = bitcast <16 x i32> %334 to <16 x float>
  %exp246 = fmul <16 x float> %331, %335
  store <16 x float> %exp246, ptr %317, align 64
  %336 = getelementptr <16 x float>, ptr %lsum, i64 %312
  %337 = icmp eq i64 %313, 0
  %338 = load <16 x float>, ptr %336, align 64
  %339 = select i1 %337, <16 x float> zeroinitializer, <16 x float> %338
  %340 = fadd <16 x float> %339, %exp246
  store <16 x float> %340, ptr %336, align 64
  %341 = add nsw i64 %pexp42, 1
  br label %pexp

lsum47:                                           ; preds = %pexp, %body48
  %lsum51 = phi i64 [ %350, %body48 ], [ 0, %pexp ]
  %342 = icmp slt i64 %lsum51, 1
  br i1 %342, label %body48, label %exit50

body48:                                           ; preds = %lsum47
  %343 = getelementptr float, ptr %ls, i64 %lsum51
  %344 = getelementptr float, ptr %alpha, i64 %lsum51
  %345 = load float, ptr %344, align 4
  %346 = getelementptr <16 x float>, ptr %lsum, i64 %lsum51
  %347 = load <16 x float>, ptr %346, align 64
  %348 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %347)
  %l = load float, ptr %343, align 4
  %349 = call float @llvm.fmuladd.f32(float %l, float %345, float %348)
  store float %349, ptr %343, align 4
  %350 = add nsw i64 %lsum51, 1
  br label %lsum47

exit50:                                           ; preds = %lsum47
  %351 = sub i32 %k_end, %kblock13
  %352 = call i32 @llvm.smin.i32(i32 64, i32 %351)
  %353 = load float, ptr %alpha, align 4
  %354 = insertelement <16 x float> poison, float %353, i32 0
  %splat52 = shufflevector <16 x float> %354, <16 x float> poison, <16 x i32> zeroinitializer
  %355 = load <16 x float>, ptr %accs, align 64
  %356 = fmul <16 x float> %355, %splat52
  %357 = getelementptr float, ptr %accs, i64 16
  %358 = load <16 x float>, ptr %357, align 64
  %359 = fmul <16 x float> %358, %splat52
  %360 = getelementptr float, ptr %accs, i64 32
  %361 = load <16 x float>, ptr %360, align 64
  %362 = fmul <16 x float> %361, %splat52
  %363 = getelementptr float, ptr %accs, i64 48
  %364 = load <16 x float>, ptr %363, align 64
  %365 = fmul <16 x float> %364, %splat52
  %366 = getelementptr float, ptr %accs, i64 64
  %367 = load <16 x float>, ptr %366, align 64
  %368 = fmul <16 x float> %367, %splat52
  %369 = getelementptr float, ptr %accs, i64 80
  %370 = load <16 x float>, ptr %369, align 64
  %371 = fmul <16 x float> %370, %splat52
  %372 = getelementptr float, ptr %accs, i64 96
  %373 = load <16 x float>, ptr %372, align 64
  %374 = fmul <16 x float> %373, %splat52
  %375 = getelementptr float, ptr %accs, i64 112
  %376 = load <16 x float>, ptr %375, align 64
  %377 = fmul <16 x float> %376, %splat52
  br label %kpv

kpv:                                              ; preds = %body53, %exit50
  %pacc.sroa.28.0 = phi <16 x float> [ %377, %exit50 ], [ %420, %body53 ]
  %pacc.sroa.24.0 = phi <16 x float> [ %374, %exit50 ], [ %417, %body53 ]
  %pacc.sroa.20.0 = phi <16 x float> [ %371, %exit50 ], [ %414, %body53 ]
  %pacc.sroa.16.0 = phi <16 x float> [ %368, %exit50 ], [ %411, %body53 ]
  %pacc.sroa.12.0 = phi <16 x float> [ %365, %exit50 ], [ %408, %body53 ]
  %pacc.sroa.8.0 = phi <16 x float> [ %362, %exit50 ], [ %405, %body53 ]
  %pacc.sroa.4.0 = phi <16 x float> [ %359, %exit50 ], [ %402, %body53 ]
  %pacc.sroa.0.0 = phi <16 x float> [ %356, %exit50 ], [ %399, %body53 ]
  %kpv56 = phi i32 [ 0, %exit50 ], [ %421, %body53 ]
  %378 = icmp slt i32 %kpv56, %352
  br i1 %378, label %body53, label %exit55

body53:                                           ; preds = %kpv
  %379 = add i32 %kblock13, %kpv56
  %380 = sext i32 %379 to i64
  %381 = mul i64 %380, 16384
  %382 = getelementptr i8, ptr %24, i64 %381
  %383 = add i32 %379, 8
  %384 = call i32 @llvm.smin.i32(i32 %383, i32 %k_last)
  %385 = sext i32 %384 to i64
  %386 = mul i64 %385, 16384
  %387 = getelementptr i8, ptr %24, i64 %386
  call void @llvm.prefetch.p0(ptr %387, i32 0, i32 3, i32 1)
  %388 = getelementptr i8, ptr %387, i64 64
  call void @llvm.prefetch.p0(ptr %388, i32 0, i32 3, i32 1)
  %389 = getelementptr i8, ptr %387, i64 128
  call void @llvm.prefetch.p0(ptr %389, i32 0, i32 3, i32 1)
  %390 = getelementptr i8, ptr %387, i64 192
  call void @llvm.prefetch.p0(ptr %390, i32 0, i32 3, i32 1)
  %391 = getelementptr i8, ptr %387, i64 256
  call void @llvm.prefetch.p0(ptr %391, i32 0, i32 3, i32 1)
  %392 = getelementptr i8, ptr %387, i64 320
  call void @llvm.prefetch.p0(ptr %392, i32 0, i32 3, i32 1)
  %393 = getelementptr i8, ptr %387, i64 384
  call void @llvm.prefetch.p0(ptr %393, i32 0, i32 3, i32 1)
  %394 = getelementptr i8, ptr %387, i64 448
  call void @llvm.prefetch.p0(ptr %394, i32 0, i32 3, i32 1)
  %395 = sext i32 %kpv56 to i64
  %396 = getelementptr float, ptr %pbuf, i64 %395
  %p = load float, ptr %396, align 4
  %397 = insertelement <16 x float> poison, float %p, i32 0
  %splat57 = shufflevector <16 x float> %397, <16 x float> poison, <16 x i32> zeroinitializer
  %398 = load <16 x float>, ptr %382, align 4
  %399 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat57, <16 x float> %398, <16 x float> %pacc.sroa.0.0)
  %400 = getelementptr i8, ptr %382, i64 64
  %401 = load <16 x float>, ptr %400, align 4
  %402 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat57, <16 x float> %401, <16 x float> %pacc.sroa.4.0)
  %403 = getelementptr i8, ptr %382, i64 128
  %404 = load <16 x float>, ptr %403, align 4
  %405 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat57, <16 x float> %404, <16 x float> %pacc.sroa.8.0)
  %406 = getelementptr i8, ptr %382, i64 192
  %407 = load <16 x float>, ptr %406, align 4
  %408 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat57, <16 x float> %407, <16 x float> %pacc.sroa.12.0)
  %409 = getelementptr i8, ptr %382, i64 256
  %410 = load <16 x float>, ptr %409, align 4
  %411 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat57, <16 x float> %410, <16 x float> %pacc.sroa.16.0)
  %412 = getelementptr i8, ptr %382, i64 320
  %413 = load <16 x float>, ptr %412, align 4
  %414 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat57, <16 x float> %413, <16 x float> %pacc.sroa.20.0)
  %415 = getelementptr i8, ptr %382, i64 384
  %416 = load <16 x float>, ptr %415, align 4
  %417 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat57, <16 x float> %416, <16 x float> %pacc.sroa.24.0)
  %418 = getelementptr i8, ptr %382, i64 448
  %419 = load <16 x float>, ptr %418, align 4
  %420 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat57, <16 x float> %419, <16 x float> %pacc.sroa.28.0)
  %421 = add nsw i32 %kpv56, 1
  br label %kpv

exit55:                                           ; preds = %kpv
  store <16 x float> %pacc.sroa.0.0, ptr %accs, align 64
  store <16 x float> %pacc.sroa.4.0, ptr %357, align 64
  store <16 x float> %pacc.sroa.8.0, ptr %360, align 64
  store <16 x float> %pacc.sroa.12.0, ptr %363, align 64
  store <16 x float> %pacc.sroa.16.0, ptr %366, align 64
  store <16 x float> %pacc.sroa.20.0, ptr %369, align 64
  store <16 x float> %pacc.sroa.24.0, ptr %372, align 64
  store <16 x float> %pacc.sroa.28.0, ptr %375, align 64
  %422 = add nsw i32 %kblock13, 64
  br label %kblock

orow58:                                           ; preds = %kblock, %written
  %orow62 = phi i32 [ %444, %written ], [ 0, %kblock ]
  %423 = icmp slt i32 %orow62, %nrows
  br i1 %423, label %body59, label %done

body59:                                           ; preds = %orow58
  %424 = sext i32 %orow62 to i64
  %425 = getelementptr float, ptr %ms, i64 %424
  %m63 = load float, ptr %425, align 4
  %426 = getelementptr float, ptr %ls, i64 %424
  %l64 = load float, ptr %426, align 4
  %427 = mul i64 %424, 128
  %428 = getelementptr float, ptr %accs, i64 %427
  %429 = icmp ne ptr %part, null
  br i1 %429, label %partial, label %final

partial:                                          ; preds = %body59
  %430 = sext i32 %nrows to i64
  %431 = getelementptr float, ptr %part, i64 %427
  br label %chunk65

final:                                            ; preds = %body59
  %432 = sdiv i32 %orow62, %nh
  %qi70 = add i32 %q_begin, %432
  %433 = srem i32 %orow62, %nh
  %h71 = add i32 %h_begin, %433
  %hq72 = add i32 %kv_head, %h71
  %434 = sext i32 %qi70 to i64
  %435 = add i64 %q_row0, %434
  %436 = mul i64 %435, 32
  %437 = sext i32 %hq72 to i64
  %orow73 = add i64 %436, %437
  %438 = fcmp oeq float %l64, 0.000000e+00
  %439 = fdiv float 1.000000e+00, %l64
  %440 = select i1 %438, float 0.000000e+00, float %439
  %441 = mul i64 %orow73, 512
  %442 = getelementptr i8, ptr %out, i64 %441
  %443 = insertelement <16 x float> poison, float %440, i32 0
  %splat74 = shufflevector <16 x float> %443, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk75

written:                                          ; preds = %chunk75, %exit68
  %444 = add nsw i32 %orow62, 1
  br label %orow58

chunk65:                                          ; preds = %body66, %partial
  %chunk69 = phi i64 [ 0, %partial ], [ %450, %body66 ]
  %445 = icmp slt i64 %chunk69, 8
  br i1 %445, label %body66, label %exit68

body66:                                           ; preds = %chunk65
  %446 = getelementptr <16 x float>, ptr %428, i64 %chunk69
  %447 = load <16 x float>, ptr %446, align 64
  %448 = mul i64 %chunk69, 64
  %449 = getelementptr i8, ptr %431, i64 %448
  store <16 x float> %447, ptr %449, align 4
  %450 = add nsw i64 %chunk69, 1
  br label %chunk65

exit68:                                           ; preds = %chunk65
  %451 = mul i64 %430, 128
  %452 = add i64 %451, %424
  %453 = getelementptr float, ptr %part, i64 %452
  store float %m63, ptr %453, align 4
  %454 = add i64 %452, %430
  %455 = getelementptr float, ptr %part, i64 %454
  store float %l64, ptr %455, align 4
  br label %written

chunk75:                                          ; preds = %body76, %final
  %chunk79 = phi i64 [ 0, %final ], [ %462, %body76 ]
  %456 = icmp slt i64 %chunk79, 8
  br i1 %456, label %body76, label %written

body76:                                           ; preds = %chunk75
  %457 = getelementptr <16 x float>, ptr %428, i64 %chunk79
  %458 = load <16 x float>, ptr %457, align 64
  %459 = fmul <16 x float> %458, %splat74
  %460 = mul i64 %chunk79, 64
  %461 = getelementptr i8, ptr %442, i64 %460
  store <16 x float> %459, ptr %461, align 4
  %462 = add nsw i64 %chunk79, 1
  br label %chunk75
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
