; ModuleID = 'expr_alibi'
source_filename = "expr_alibi"
target triple = "x86_64-unknown-linux-gnu"

@expr_alibi.name = private unnamed_addr constant [11 x i8] c"expr_alibi\00"
@expr_alibi.spec = private unnamed_addr constant [435 x i8] c"attncc: 1\0Aname: expr_alibi\0Aphase: decode\0Akind: self\0Aheads: {q: 8, kv: 8, dim: 64, v_dim: 64}\0Atypes: {q: f32, cache: f32, out: f32}\0Ascale: auto\0Acache: {store: kv, layout: contiguous, order: token_major, capacity: 4096, latent_dim: 0, rope_dim: 0, shared_across_layers: false}\0Amask: {causal: true}\0Aoutput: {lse: false}\0Ascore: {expr: \22s - exp(-0.6931472 * (h + 1)) * (q_pos - kv_pos)\22}\0Aslim: {order: auto}\0Amodel: {layers: 1, d_model: 0}\0A\00"
@expr_alibi_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32, ptr, i32, i32, i32, i32, float, i32, i32, i32, i32, i32, ptr } { i32 7, i32 1, i64 -7654256048695260189, ptr @expr_alibi.name, ptr @expr_alibi.spec, i32 8, i32 8, i32 64, i32 64, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 4096, i32 1, i32 0, float 1.250000e-01, i32 0, i32 0, i32 0, ptr null, i32 0, i32 0, i32 0, i32 0, float 0.000000e+00, i32 2, i32 0, i32 0, i32 0, i32 0, ptr null }, align 8
@expr_alibi_kernel = internal constant { ptr, ptr, i32, i32, i32, i32, i32, i32, ptr } { ptr @expr_alibi_info_data, ptr @expr_alibi_tile, i32 1, i32 8, i32 16, i32 32, i32 1, i32 64, ptr null }, align 8

; Function Attrs: nounwind
define internal void @expr_alibi_tile(ptr %0, ptr %1) #0 {
entry:
  %muse = alloca float, align 64
  %lsum = alloca <16 x float>, align 64
  %smax = alloca <16 x float>, align 64
  %heads = alloca [8 x i32], align 64
  %qpos = alloca [8 x i32], align 64
  %lims = alloca [8 x i32], align 64
  %alpha = alloca float, align 64
  %accs = alloca [512 x float], align 64
  %pbuf = alloca [32 x float], align 64
  %dbuf = alloca [32 x <16 x float>], align 64
  %qs = alloca [32 x <16 x float>], align 64
  %ls = alloca [8 x float], align 64
  %ms = alloca [8 x float], align 64
  %q_row0 = load i64, ptr %1, align 4
  %2 = getelementptr i8, ptr %1, i64 8
  %seq = load i32, ptr %2, align 4
  %3 = getelementptr i8, ptr %1, i64 12
  %kv_head = load i32, ptr %3, align 4
  %kv_head0 = mul i32 %kv_head, 8
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
  %17 = getelementptr i8, ptr %0, i64 56
  %k_cache = load ptr, ptr %17, align 8
  %18 = sext i32 %seq to i64
  %19 = mul i64 %18, 8388608
  %20 = getelementptr i8, ptr %k_cache, i64 %19
  %21 = sext i32 %kv_head0 to i64
  %22 = getelementptr i8, ptr %0, i64 64
  %v_cache = load ptr, ptr %22, align 8
  %23 = getelementptr i8, ptr %v_cache, i64 %19
  %24 = icmp sgt i32 %nrows, 0
  br i1 %24, label %rinit, label %done

done:                                             ; preds = %orow73, %entry
  ret void

rinit:                                            ; preds = %entry, %exit11
  %rinit1 = phi i32 [ %68, %exit11 ], [ 0, %entry ]
  %25 = icmp slt i32 %rinit1, 8
  br i1 %25, label %body, label %exit

body:                                             ; preds = %rinit
  %26 = sext i32 %rinit1 to i64
  %27 = mul i64 %26, 4
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
  %37 = mul i64 %36, 8
  %38 = sext i32 %hq to i64
  %orow = add i64 %37, %38
  %39 = mul i64 %orow, 256
  %40 = getelementptr i8, ptr %q, i64 %39
  %41 = select i1 %29, float 0x3FC7154760000000, float 0.000000e+00
  %42 = insertelement <16 x float> poison, float %41, i32 0
  %splat = shufflevector <16 x float> %42, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

exit:                                             ; preds = %rinit
  %43 = sub i32 %nrows, 1
  %44 = sdiv i32 %43, %nh
  %45 = add i32 %q_begin, %44
  %qpos13 = add i32 %q_pos0, %45
  %46 = add i32 %qpos13, 1
  %47 = call i32 @llvm.smin.i32(i32 %46, i32 %k_end)
  %k_last = sub i32 %47, 1
  br label %kblock

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %54, %body2 ]
  %48 = icmp slt i64 %chunk5, 4
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
  %qpos6 = add i32 %q_pos0, %qi
  %58 = add i32 %qpos6, 1
  %59 = call i32 @llvm.smin.i32(i32 %58, i32 %k_end)
  store i32 %59, ptr %57, align 4
  %60 = getelementptr i32, ptr %qpos, i64 %26
  store i32 %qpos6, ptr %60, align 4
  %61 = getelementptr i32, ptr %heads, i64 %26
  store i32 %hq, ptr %61, align 4
  br label %acczero

acczero:                                          ; preds = %body9, %exit4
  %acczero12 = phi i64 [ 0, %exit4 ], [ %67, %body9 ]
  %62 = icmp slt i64 %acczero12, 4
  br i1 %62, label %body9, label %exit11

body9:                                            ; preds = %acczero
  %63 = mul i64 %acczero12, 16
  %64 = mul i64 %26, 64
  %65 = add i64 %64, %63
  %66 = getelementptr float, ptr %accs, i64 %65
  store <16 x float> zeroinitializer, ptr %66, align 64
  %67 = add nsw i64 %acczero12, 1
  br label %acczero

exit11:                                           ; preds = %acczero
  %68 = add nsw i32 %rinit1, 1
  br label %rinit

kblock:                                           ; preds = %kvh, %exit
  %kblock17 = phi i32 [ %k_begin, %exit ], [ %70, %kvh ]
  %69 = icmp slt i32 %kblock17, %47
  br i1 %69, label %body14, label %orow73

body14:                                           ; preds = %kblock
  %70 = add i32 %kblock17, 32
  br label %kvh

kvh:                                              ; preds = %exit68, %body14
  %kvh21 = phi i32 [ 0, %body14 ], [ %73, %exit68 ]
  %71 = icmp slt i32 %kvh21, 8
  br i1 %71, label %body18, label %kblock

body18:                                           ; preds = %kvh
  %72 = icmp eq i32 %kvh21, 7
  %73 = add i32 %kvh21, 1
  %74 = select i1 %72, i32 0, i32 %73
  %kb_next = select i1 %72, i32 %70, i32 %kblock17
  %75 = sext i32 %kvh21 to i64
  %76 = add i64 %21, %75
  %77 = getelementptr float, ptr %ms, i64 %75
  %78 = getelementptr float, ptr %ls, i64 %75
  %79 = mul i64 %75, 4
  %80 = getelementptr <16 x float>, ptr %qs, i64 %79
  %81 = mul i64 %75, 64
  %82 = getelementptr float, ptr %accs, i64 %81
  %83 = getelementptr i32, ptr %lims, i64 %75
  %84 = getelementptr i32, ptr %qpos, i64 %75
  %85 = getelementptr i32, ptr %heads, i64 %75
  %86 = sext i32 %74 to i64
  %87 = add i64 %21, %86
  br label %kdot

kdot:                                             ; preds = %body22, %body18
  %kdot25 = phi i32 [ 0, %body18 ], [ %151, %body22 ]
  %88 = icmp slt i32 %kdot25, 32
  br i1 %88, label %body22, label %score

body22:                                           ; preds = %kdot
  %89 = add i32 %kblock17, %kdot25
  %90 = call i32 @llvm.smin.i32(i32 %89, i32 %k_last)
  %91 = sext i32 %90 to i64
  %92 = mul i64 %91, 8
  %row = add i64 %76, %92
  %93 = mul i64 %row, 256
  %94 = getelementptr i8, ptr %20, i64 %93
  %95 = add i32 %kb_next, %kdot25
  %96 = call i32 @llvm.smin.i32(i32 %95, i32 %k_last)
  %97 = sext i32 %96 to i64
  %98 = mul i64 %97, 8
  %row26 = add i64 %87, %98
  %99 = mul i64 %row26, 256
  %100 = getelementptr i8, ptr %20, i64 %99
  call void @llvm.prefetch.p0(ptr %100, i32 0, i32 2, i32 1)
  %101 = getelementptr i8, ptr %100, i64 64
  call void @llvm.prefetch.p0(ptr %101, i32 0, i32 2, i32 1)
  %102 = getelementptr i8, ptr %100, i64 128
  call void @llvm.prefetch.p0(ptr %102, i32 0, i32 2, i32 1)
  %103 = getelementptr i8, ptr %100, i64 192
  call void @llvm.prefetch.p0(ptr %103, i32 0, i32 2, i32 1)
  %104 = add i32 %kdot25, 1
  %105 = add i32 %kblock17, %104
  %106 = call i32 @llvm.smin.i32(i32 %105, i32 %k_last)
  %107 = sext i32 %106 to i64
  %108 = mul i64 %107, 8
  %row27 = add i64 %76, %108
  %109 = mul i64 %row27, 256
  %110 = getelementptr i8, ptr %20, i64 %109
  %111 = add i32 %kb_next, %104
  %112 = call i32 @llvm.smin.i32(i32 %111, i32 %k_last)
  %113 = sext i32 %112 to i64
  %114 = mul i64 %113, 8
  %row28 = add i64 %87, %114
  %115 = mul i64 %row28, 256
  %116 = getelementptr i8, ptr %20, i64 %115
  call void @llvm.prefetch.p0(ptr %116, i32 0, i32 2, i32 1)
  %117 = getelementptr i8, ptr %116, i64 64
  call void @llvm.prefetch.p0(ptr %117, i32 0, i32 2, i32 1)
  %118 = getelementptr i8, ptr %116, i64 128
  call void @llvm.prefetch.p0(ptr %118, i32 0, i32 2, i32 1)
  %119 = getelementptr i8, ptr %116, i64 192
  call void @llvm.prefetch.p0(ptr %119, i32 0, i32 2, i32 1)
  %q29 = load <16 x float>, ptr %80, align 64
  %120 = load <16 x float>, ptr %94, align 4
  %121 = load <16 x float>, ptr %110, align 4
  %122 = fmul <16 x float> %q29, %120
  %123 = fmul <16 x float> %q29, %121
  %124 = getelementptr <16 x float>, ptr %80, i64 1
  %q30 = load <16 x float>, ptr %124, align 64
  %125 = getelementptr i8, ptr %94, i64 64
  %126 = load <16 x float>, ptr %125, align 4
  %127 = getelementptr i8, ptr %110, i64 64
  %128 = load <16 x float>, ptr %127, align 4
  %129 = fmul <16 x float> %q30, %126
  %130 = fmul <16 x float> %q30, %128
  %131 = getelementptr <16 x float>, ptr %80, i64 2
  %q31 = load <16 x float>, ptr %131, align 64
  %132 = getelementptr i8, ptr %94, i64 128
  %133 = load <16 x float>, ptr %132, align 4
  %134 = getelementptr i8, ptr %110, i64 128
  %135 = load <16 x float>, ptr %134, align 4
  %136 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %133, <16 x float> %122)
  %137 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %135, <16 x float> %123)
  %138 = getelementptr <16 x float>, ptr %80, i64 3
  %q32 = load <16 x float>, ptr %138, align 64
  %139 = getelementptr i8, ptr %94, i64 192
  %140 = load <16 x float>, ptr %139, align 4
  %141 = getelementptr i8, ptr %110, i64 192
  %142 = load <16 x float>, ptr %141, align 4
  %143 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %140, <16 x float> %129)
  %144 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %142, <16 x float> %130)
  %145 = fadd <16 x float> %136, %143
  %146 = sext i32 %kdot25 to i64
  %147 = getelementptr <16 x float>, ptr %dbuf, i64 %146
  store <16 x float> %145, ptr %147, align 64
  %148 = fadd <16 x float> %137, %144
  %149 = sext i32 %104 to i64
  %150 = getelementptr <16 x float>, ptr %dbuf, i64 %149
  store <16 x float> %148, ptr %150, align 64
  %151 = add nsw i32 %kdot25, 2
  br label %kdot

score:                                            ; preds = %kdot, %body33
  %score36 = phi i64 [ %308, %body33 ], [ 0, %kdot ]
  %152 = icmp slt i64 %score36, 2
  br i1 %152, label %body33, label %rmax

body33:                                           ; preds = %score
  %153 = sdiv i64 %score36, 2
  %154 = srem i64 %score36, 2
  %155 = mul i64 %154, 16
  %156 = mul i64 %153, 32
  %157 = add i64 %156, %155
  %158 = getelementptr <16 x float>, ptr %dbuf, i64 %157
  %159 = load <16 x float>, ptr %158, align 64
  %160 = add i64 %157, 1
  %161 = getelementptr <16 x float>, ptr %dbuf, i64 %160
  %162 = load <16 x float>, ptr %161, align 64
  %163 = shufflevector <16 x float> %159, <16 x float> %162, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %164 = shufflevector <16 x float> %159, <16 x float> %162, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %165 = fadd <16 x float> %163, %164
  %166 = add i64 %157, 2
  %167 = getelementptr <16 x float>, ptr %dbuf, i64 %166
  %168 = load <16 x float>, ptr %167, align 64
  %169 = add i64 %157, 3
  %170 = getelementptr <16 x float>, ptr %dbuf, i64 %169
  %171 = load <16 x float>, ptr %170, align 64
  %172 = shufflevector <16 x float> %168, <16 x float> %171, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %173 = shufflevector <16 x float> %168, <16 x float> %171, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %174 = fadd <16 x float> %172, %173
  %175 = shufflevector <16 x float> %165, <16 x float> %174, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %176 = shufflevector <16 x float> %165, <16 x float> %174, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %177 = fadd <16 x float> %175, %176
  %178 = add i64 %157, 4
  %179 = getelementptr <16 x float>, ptr %dbuf, i64 %178
  %180 = load <16 x float>, ptr %179, align 64
  %181 = add i64 %157, 5
  %182 = getelementptr <16 x float>, ptr %dbuf, i64 %181
  %183 = load <16 x float>, ptr %182, align 64
  %184 = shufflevector <16 x float> %180, <16 x float> %183, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %185 = shufflevector <16 x float> %180, <16 x float> %183, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %186 = fadd <16 x float> %184, %185
  %187 = add i64 %157, 6
  %188 = getelementptr <16 x float>, ptr %dbuf, i64 %187
  %189 = load <16 x float>, ptr %188, align 64
  %190 = add i64 %157, 7
  %191 = getelementptr <16 x float>, ptr %dbuf, i64 %190
  %192 = load <16 x float>, ptr %191, align 64
  %193 = shufflevector <16 x float> %189, <16 x float> %192, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %194 = shufflevector <16 x float> %189, <16 x float> %192, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %195 = fadd <16 x float> %193, %194
  %196 = shufflevector <16 x float> %186, <16 x float> %195, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %197 = shufflevector <16 x float> %186, <16 x float> %195, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %198 = fadd <16 x float> %196, %197
  %199 = shufflevector <16 x float> %177, <16 x float> %198, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %200 = shufflevector <16 x float> %177, <16 x float> %198, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %201 = fadd <16 x float> %199, %200
  %202 = add i64 %157, 8
  %203 = getelementptr <16 x float>, ptr %dbuf, i64 %202
  %204 = load <16 x float>, ptr %203, align 64
  %205 = add i64 %157, 9
  %206 = getelementptr <16 x float>, ptr %dbuf, i64 %205
  %207 = load <16 x float>, ptr %206, align 64
  %208 = shufflevector <16 x float> %204, <16 x float> %207, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %209 = shufflevector <16 x float> %204, <16 x float> %207, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %210 = fadd <16 x float> %208, %209
  %211 = add i64 %157, 10
  %212 = getelementptr <16 x float>, ptr %dbuf, i64 %211
  %213 = load <16 x float>, ptr %212, align 64
  %214 = add i64 %157, 11
  %215 = getelementptr <16 x float>, ptr %dbuf, i64 %214
  %216 = load <16 x float>, ptr %215, align 64
  %217 = shufflevector <16 x float> %213, <16 x float> %216, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %218 = shufflevector <16 x float> %213, <16 x float> %216, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %219 = fadd <16 x float> %217, %218
  %220 = shufflevector <16 x float> %210, <16 x float> %219, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %221 = shufflevector <16 x float> %210, <16 x float> %219, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %222 = fadd <16 x float> %220, %221
  %223 = add i64 %157, 12
  %224 = getelementptr <16 x float>, ptr %dbuf, i64 %223
  %225 = load <16 x float>, ptr %224, align 64
  %226 = add i64 %157, 13
  %227 = getelementptr <16 x float>, ptr %dbuf, i64 %226
  %228 = load <16 x float>, ptr %227, align 64
  %229 = shufflevector <16 x float> %225, <16 x float> %228, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %230 = shufflevector <16 x float> %225, <16 x float> %228, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %231 = fadd <16 x float> %229, %230
  %232 = add i64 %157, 14
  %233 = getelementptr <16 x float>, ptr %dbuf, i64 %232
  %234 = load <16 x float>, ptr %233, align 64
  %235 = add i64 %157, 15
  %236 = getelementptr <16 x float>, ptr %dbuf, i64 %235
  %237 = load <16 x float>, ptr %236, align 64
  %238 = shufflevector <16 x float> %234, <16 x float> %237, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %239 = shufflevector <16 x float> %234, <16 x float> %237, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %240 = fadd <16 x float> %238, %239
  %241 = shufflevector <16 x float> %231, <16 x float> %240, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %242 = shufflevector <16 x float> %231, <16 x float> %240, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %243 = fadd <16 x float> %241, %242
  %244 = shufflevector <16 x float> %222, <16 x float> %243, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %245 = shufflevector <16 x float> %222, <16 x float> %243, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %246 = fadd <16 x float> %244, %245
  %247 = shufflevector <16 x float> %201, <16 x float> %246, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %248 = shufflevector <16 x float> %201, <16 x float> %246, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %249 = fadd <16 x float> %247, %248
  %250 = getelementptr i32, ptr %83, i64 %153
  %251 = load i32, ptr %250, align 4
  %252 = insertelement <16 x i32> poison, i32 %251, i32 0
  %splat37 = shufflevector <16 x i32> %252, <16 x i32> poison, <16 x i32> zeroinitializer
  %253 = getelementptr i32, ptr %84, i64 %153
  %254 = load i32, ptr %253, align 4
  %255 = insertelement <16 x i32> poison, i32 %254, i32 0
  %splat38 = shufflevector <16 x i32> %255, <16 x i32> poison, <16 x i32> zeroinitializer
  %256 = getelementptr i32, ptr %85, i64 %153
  %257 = load i32, ptr %256, align 4
  %258 = insertelement <16 x i32> poison, i32 %257, i32 0
  %splat39 = shufflevector <16 x i32> %258, <16 x i32> poison, <16 x i32> zeroinitializer
  %259 = trunc i64 %155 to i32
  %260 = add i32 %kblock17, %259
  %261 = insertelement <16 x i32> poison, i32 %260, i32 0
  %splat40 = shufflevector <16 x i32> %261, <16 x i32> poison, <16 x i32> zeroinitializer
  %262 = add <16 x i32> %splat40, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %263 = icmp slt <16 x i32> %262, %splat37
  %s = fmul <16 x float> %249, <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>
  %264 = add <16 x i32> %splat39, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %265 = sitofp <16 x i32> %264 to <16 x float>
  %266 = fmul <16 x float> <float 0xBFE62E4300000000, float 0xBFE62E4300000000, float 0xBFE62E4300000000, float 0xBFE62E4300000000, float 0xBFE62E4300000000, float 0xBFE62E4300000000, float 0xBFE62E4300000000, float 0xBFE62E4300000000, float 0xBFE62E4300000000, float 0xBFE62E4300000000, float 0xBFE62E4300000000, float 0xBFE62E4300000000, float 0xBFE62E4300000000, float 0xBFE62E4300000000, float 0xBFE62E4300000000, float 0xBFE62E4300000000>, %265
  %267 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %266, <16 x float> <float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02>)
  %268 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %267, <16 x float> <float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01>)
  %269 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %268, <16 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <16 x float> <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>)
  %n = fsub <16 x float> %269, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %270 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %n, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %268)
  %271 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %n, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %270)
  %272 = fmul <16 x float> %271, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %273 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %272, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %274 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %273, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %275 = fadd <16 x float> %274, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n41 = fsub <16 x float> %275, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %274, %n41
  %276 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %277 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %276, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %278 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %277, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %279 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %278, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %280 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %279, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %281 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %280, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %282 = fptosi <16 x float> %n41 to <16 x i32>
  %283 = add <16 x i32> %282, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %284 = shl <16 x i32> %283, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %285 = bitcast <16 x i32> %284 to <16 x float>
  %exp2 = fmul <16 x float> %281, %285
  %286 = fptosi <16 x float> %n to <16 x i32>
  %287 = ashr <16 x i32> %286, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %288 = sub <16 x i32> %286, %287
  %289 = add <16 x i32> %287, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %290 = shl <16 x i32> %289, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %291 = bitcast <16 x i32> %290 to <16 x float>
  %292 = add <16 x i32> %288, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %293 = shl <16 x i32> %292, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %294 = bitcast <16 x i32> %293 to <16 x float>
  %295 = fmul <16 x float> %exp2, %291
  %296 = fmul <16 x float> %295, %294
  %297 = sub <16 x i32> %splat38, %262
  %298 = sitofp <16 x i32> %297 to <16 x float>
  %299 = fmul <16 x float> %296, %298
  %300 = fsub <16 x float> %s, %299
  %score_expr = fmul <16 x float> %300, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %301 = select <16 x i1> %263, <16 x float> %score_expr, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %302 = getelementptr float, ptr %pbuf, i64 %157
  store <16 x float> %301, ptr %302, align 64
  %303 = getelementptr <16 x float>, ptr %smax, i64 %153
  %304 = icmp eq i64 %154, 0
  %305 = load <16 x float>, ptr %303, align 64
  %306 = select i1 %304, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <16 x float> %305
  %307 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %306, <16 x float> %301)
  store <16 x float> %307, ptr %303, align 64
  %308 = add nsw i64 %score36, 1
  br label %score

rmax:                                             ; preds = %score, %body42
  %rmax45 = phi i64 [ %345, %body42 ], [ 0, %score ]
  %309 = icmp slt i64 %rmax45, 1
  br i1 %309, label %body42, label %pexp

body42:                                           ; preds = %rmax
  %310 = getelementptr float, ptr %77, i64 %rmax45
  %m = load float, ptr %310, align 4
  %311 = getelementptr <16 x float>, ptr %smax, i64 %rmax45
  %312 = load <16 x float>, ptr %311, align 64
  %313 = shufflevector <16 x float> %312, <16 x float> undef, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %314 = shufflevector <16 x float> %312, <16 x float> undef, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %315 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %313, <8 x float> %314)
  %316 = shufflevector <8 x float> %315, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %317 = shufflevector <8 x float> %315, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %318 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %316, <4 x float> %317)
  %319 = shufflevector <4 x float> %318, <4 x float> undef, <2 x i32> <i32 0, i32 1>
  %320 = shufflevector <4 x float> %318, <4 x float> undef, <2 x i32> <i32 2, i32 3>
  %321 = call <2 x float> @llvm.maxnum.v2f32(<2 x float> %319, <2 x float> %320)
  %322 = shufflevector <2 x float> %321, <2 x float> undef, <1 x i32> zeroinitializer
  %323 = shufflevector <2 x float> %321, <2 x float> undef, <1 x i32> <i32 1>
  %324 = call <1 x float> @llvm.maxnum.v1f32(<1 x float> %322, <1 x float> %323)
  %325 = extractelement <1 x float> %324, i32 0
  %326 = call float @llvm.maxnum.f32(float %m, float %325)
  %327 = fcmp oeq float %326, 0xFFF0000000000000
  %muse46 = select i1 %327, float 0.000000e+00, float %326
  %328 = fsub float %m, %muse46
  %329 = insertelement <16 x float> poison, float %328, i32 0
  %splat47 = shufflevector <16 x float> %329, <16 x float> poison, <16 x i32> zeroinitializer
  %330 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat47, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %331 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %330, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %332 = fadd <16 x float> %331, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n48 = fsub <16 x float> %332, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f49 = fsub <16 x float> %331, %n48
  %333 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f49, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %334 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %333, <16 x float> %f49, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %335 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %334, <16 x float> %f49, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %336 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %335, <16 x float> %f49, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %337 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %336, <16 x float> %f49, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %338 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %337, <16 x float> %f49, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %339 = fptosi <16 x float> %n48 to <16 x i32>
  %340 = add <16 x i32> %339, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %341 = shl <16 x i32> %340, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %342 = bitcast <16 x i32> %341 to <16 x float>
  %exp250 = fmul <16 x float> %338, %342
  %alpha51 = extractelement <16 x float> %exp250, i32 0
  store float %326, ptr %310, align 4
  %343 = getelementptr float, ptr %muse, i64 %rmax45
  store float %muse46, ptr %343, align 4
  %344 = getelementptr float, ptr %alpha, i64 %rmax45
  store float %alpha51, ptr %344, align 4
  %345 = add nsw i64 %rmax45, 1
  br label %rmax

pexp:                                             ; preds = %rmax, %body52
  %pexp55 = phi i64 [ %376, %body52 ], [ 0, %rmax ]
  %346 = icmp slt i64 %pexp55, 2
  br i1 %346, label %body52, label %lsum60

body52:                                           ; preds = %pexp
  %347 = sdiv i64 %pexp55, 2
  %348 = srem i64 %pexp55, 2
  %349 = mul i64 %348, 16
  %350 = mul i64 %347, 32
  %351 = add i64 %350, %349
  %352 = getelementptr float, ptr %pbuf, i64 %351
  %353 = getelementptr float, ptr %muse, i64 %347
  %354 = load float, ptr %353, align 4
  %355 = insertelement <16 x float> poison, float %354, i32 0
  %splat56 = shufflevector <16 x float> %355, <16 x float> poison, <16 x i32> zeroinitializer
  %356 = load <16 x float>, ptr %352, align 64
  %357 = fsub <16 x float> %356, %splat56
  %358 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %357, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %359 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %358, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %360 = fadd <16 x float> %359, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n57 = fsub <16 x float> %360, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f58 = fsub <16 x float> %359, %n57
  %361 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f58, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %362 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %361, <16 x float> %f58, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %363 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %362, <16 x float> %f58, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %364 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %363, <16 x float> %f58, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %365 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %364, <16 x float> %f58, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %366 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %365, <16 x float> %f58, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %367 = fptosi <16 x float> %n57 to <16 x i32>
  %368 = add <16 x i32> %367, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %369 = shl <16 x i32> %368, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %370 = bitcast <16 x i32> %369 to <16 x float>
  %exp259 = fmul <16 x float> %366, %370
  store <16 x float> %exp259, ptr %352, align 64
  %371 = getelementptr <16 x float>, ptr %lsum, i64 %347
  %372 = icmp eq i64 %348, 0
  %373 = load <16 x float>, ptr %371, align 64
  %374 = select i1 %372, <16 x float> zeroinitializer, <16 x float> %373
  %375 = fadd <16 x float> %374, %exp259
  store <16 x float> %375, ptr %371, align 64
  %376 = add nsw i64 %pexp55, 1
  br label %pexp

lsum60:                                           ; preds = %pexp, %body61
  %lsum64 = phi i64 [ %385, %body61 ], [ 0, %pexp ]
  %377 = icmp slt i64 %lsum64, 1
  br i1 %377, label %body61, label %exit63

body61:                                           ; preds = %lsum60
  %378 = getelementptr float, ptr %78, i64 %lsum64
  %379 = getelementptr float, ptr %alpha, i64 %lsum64
  %380 = load float, ptr %379, align 4
  %381 = getelementptr <16 x float>, ptr %lsum, i64 %lsum64
  %382 = load <16 x float>, ptr %381, align 64
  %383 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %382)
  %l = load float, ptr %378, align 4
  %384 = call float @llvm.fmuladd.f32(float %l, float %380, float %383)
  store float %384, ptr %378, align 4
  %385 = add nsw i64 %lsum64, 1
  br label %lsum60

exit63:                                           ; preds = %lsum60
  %386 = sub i32 %47, %kblock17
  %387 = call i32 @llvm.smin.i32(i32 32, i32 %386)
  %388 = load float, ptr %alpha, align 4
  %389 = insertelement <16 x float> poison, float %388, i32 0
  %splat65 = shufflevector <16 x float> %389, <16 x float> poison, <16 x i32> zeroinitializer
  %390 = load <16 x float>, ptr %82, align 64
  %391 = fmul <16 x float> %390, %splat65
  %392 = getelementptr float, ptr %82, i64 16
  %393 = load <16 x float>, ptr %392, align 64
  %394 = fmul <16 x float> %393, %splat65
  %395 = getelementptr float, ptr %82, i64 32
  %396 = load <16 x float>, ptr %395, align 64
  %397 = fmul <16 x float> %396, %splat65
  %398 = getelementptr float, ptr %82, i64 48
  %399 = load <16 x float>, ptr %398, align 64
  %400 = fmul <16 x float> %399, %splat65
  br label %kpv

kpv:                                              ; preds = %body66, %exit63
  %pacc.sroa.12.0 = phi <16 x float> [ %400, %exit63 ], [ %429, %body66 ]
  %pacc.sroa.8.0 = phi <16 x float> [ %397, %exit63 ], [ %426, %body66 ]
  %pacc.sroa.4.0 = phi <16 x float> [ %394, %exit63 ], [ %423, %body66 ]
  %pacc.sroa.0.0 = phi <16 x float> [ %391, %exit63 ], [ %420, %body66 ]
  %kpv69 = phi i32 [ 0, %exit63 ], [ %430, %body66 ]
  %401 = icmp slt i32 %kpv69, %387
  br i1 %401, label %body66, label %exit68

body66:                                           ; preds = %kpv
  %402 = add i32 %kblock17, %kpv69
  %403 = sext i32 %402 to i64
  %404 = mul i64 %403, 8
  %row70 = add i64 %76, %404
  %405 = mul i64 %row70, 256
  %406 = getelementptr i8, ptr %23, i64 %405
  %407 = add i32 %kb_next, %kpv69
  %408 = call i32 @llvm.smin.i32(i32 %407, i32 %k_last)
  %409 = sext i32 %408 to i64
  %410 = mul i64 %409, 8
  %row71 = add i64 %87, %410
  %411 = mul i64 %row71, 256
  %412 = getelementptr i8, ptr %23, i64 %411
  call void @llvm.prefetch.p0(ptr %412, i32 0, i32 2, i32 1)
  %413 = getelementptr i8, ptr %412, i64 64
  call void @llvm.prefetch.p0(ptr %413, i32 0, i32 2, i32 1)
  %414 = getelementptr i8, ptr %412, i64 128
  call void @llvm.prefetch.p0(ptr %414, i32 0, i32 2, i32 1)
  %415 = getelementptr i8, ptr %412, i64 192
  call void @llvm.prefetch.p0(ptr %415, i32 0, i32 2, i32 1)
  %416 = sext i32 %kpv69 to i64
  %417 = getelementptr float, ptr %pbuf, i64 %416
  %p = load float, ptr %417, align 4
  %418 = insertelement <16 x float> poison, float %p, i32 0
  %splat72 = shufflevector <16 x float> %418, <16 x float> poison, <16 x i32> zeroinitializer
  %419 = load <16 x float>, ptr %406, align 4
  %420 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat72, <16 x float> %419, <16 x float> %pacc.sroa.0.0)
  %421 = getelementptr i8, ptr %406, i64 64
  %422 = load <16 x float>, ptr %421, align 4
  %423 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat72, <16 x float> %422, <16 x float> %pacc.sroa.4.0)
  %424 = getelementptr i8, ptr %406, i64 128
  %425 = load <16 x float>, ptr %424, align 4
  %426 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat72, <16 x float> %425, <16 x float> %pacc.sroa.8.0)
  %427 = getelementptr i8, ptr %406, i64 192
  %428 = load <16 x float>, ptr %427, align 4
  %429 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat72, <16 x float> %428, <16 x float> %pacc.sroa.12.0)
  %430 = add nsw i32 %kpv69, 1
  br label %kpv

exit68:                                           ; preds = %kpv
  store <16 x float> %pacc.sroa.0.0, ptr %82, align 64
  store <16 x float> %pacc.sroa.4.0, ptr %392, align 64
  store <16 x float> %pacc.sroa.8.0, ptr %395, align 64
  store <16 x float> %pacc.sroa.12.0, ptr %398, align 64
  br label %kvh

orow73:                                           ; preds = %kblock, %written
  %orow77 = phi i32 [ %453, %written ], [ 0, %kblock ]
  %431 = icmp slt i32 %orow77, %nrows
  br i1 %431, label %body74, label %done

body74:                                           ; preds = %orow73
  %432 = sext i32 %orow77 to i64
  %433 = getelementptr float, ptr %ms, i64 %432
  %m78 = load float, ptr %433, align 4
  %434 = getelementptr float, ptr %ls, i64 %432
  %l79 = load float, ptr %434, align 4
  %435 = mul i64 %432, 64
  %436 = getelementptr float, ptr %accs, i64 %435
  %437 = icmp ne ptr %part, null
  br i1 %437, label %partial, label %final

partial:                                          ; preds = %body74
  %438 = sext i32 %nrows to i64
  %439 = getelementptr float, ptr %part, i64 %435
  br label %chunk80

final:                                            ; preds = %body74
  %440 = sdiv i32 %orow77, %nh
  %qi85 = add i32 %q_begin, %440
  %441 = srem i32 %orow77, %nh
  %442 = add i32 %h_begin, %441
  %hq86 = add i32 %kv_head0, %442
  %443 = sext i32 %qi85 to i64
  %444 = add i64 %q_row0, %443
  %445 = mul i64 %444, 8
  %446 = sext i32 %hq86 to i64
  %orow87 = add i64 %445, %446
  %447 = fcmp oeq float %l79, 0.000000e+00
  %448 = fdiv float 1.000000e+00, %l79
  %449 = select i1 %447, float 0.000000e+00, float %448
  %450 = mul i64 %orow87, 256
  %451 = getelementptr i8, ptr %out, i64 %450
  %452 = insertelement <16 x float> poison, float %449, i32 0
  %splat88 = shufflevector <16 x float> %452, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk89

written:                                          ; preds = %chunk89, %exit83
  %453 = add nsw i32 %orow77, 1
  br label %orow73

chunk80:                                          ; preds = %body81, %partial
  %chunk84 = phi i64 [ 0, %partial ], [ %459, %body81 ]
  %454 = icmp slt i64 %chunk84, 4
  br i1 %454, label %body81, label %exit83

body81:                                           ; preds = %chunk80
  %455 = getelementptr <16 x float>, ptr %436, i64 %chunk84
  %456 = load <16 x float>, ptr %455, align 64
  %457 = mul i64 %chunk84, 64
  %458 = getelementptr i8, ptr %439, i64 %457
  store <16 x float> %456, ptr %458, align 4
  %459 = add nsw i64 %chunk84, 1
  br label %chunk80

exit83:                                           ; preds = %chunk80
  %460 = mul i64 %438, 64
  %461 = add i64 %460, %432
  %462 = getelementptr float, ptr %part, i64 %461
  store float %m78, ptr %462, align 4
  %463 = add i64 %461, %438
  %464 = getelementptr float, ptr %part, i64 %463
  store float %l79, ptr %464, align 4
  br label %written

chunk89:                                          ; preds = %body90, %final
  %chunk93 = phi i64 [ 0, %final ], [ %471, %body90 ]
  %465 = icmp slt i64 %chunk93, 4
  br i1 %465, label %body90, label %written

body90:                                           ; preds = %chunk89
  %466 = getelementptr <16 x float>, ptr %436, i64 %chunk93
  %467 = load <16 x float>, ptr %466, align 64
  %468 = fmul <16 x float> %467, %splat88
  %469 = mul i64 %chunk93, 64
  %470 = getelementptr i8, ptr %451, i64 %469
  store <16 x float> %468, ptr %470, align 4
  %471 = add nsw i64 %chunk93, 1
  br label %chunk89
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
declare <16 x float> @llvm.minnum.v16f32(<16 x float>, <16 x float>) #1

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
declare float @llvm.vector.reduce.fadd.v16f32(float, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

declare i32 @attnrt_run(ptr, ptr)

; Function Attrs: nounwind
define i32 @expr_alibi(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_run(ptr @expr_alibi_kernel, ptr %0)
  ret i32 %1
}

declare i64 @attnrt_tasks(ptr, ptr)

; Function Attrs: nounwind
define i64 @expr_alibi_tasks(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_tasks(ptr @expr_alibi_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_task(ptr, ptr, i64)

; Function Attrs: nounwind
define i32 @expr_alibi_task(ptr %0, i64 %1) #0 {
entry:
  %2 = call i32 @attnrt_task(ptr @expr_alibi_kernel, ptr %0, i64 %1)
  ret i32 %2
}

declare i64 @attnrt_workspace(ptr, ptr)

; Function Attrs: nounwind
define i64 @expr_alibi_workspace(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_workspace(ptr @expr_alibi_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_append(ptr, ptr)

; Function Attrs: nounwind
define i32 @expr_alibi_append(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_append(ptr @expr_alibi_kernel, ptr %0)
  ret i32 %1
}

; Function Attrs: nounwind
define ptr @expr_alibi_info() #0 {
entry:
  ret ptr @expr_alibi_info_data
}

attributes #0 = { nounwind "target-cpu"="x86-64-v4" "target-features"="+avx512f,+evex512,+avx512bw,+avx512vl,+avx,+avx2,+fma,+f16c" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite) }
