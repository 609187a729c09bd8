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

done:                                             ; preds = %orow72, %entry
  ret void

rinit:                                            ; preds = %entry, %exit11
  %rinit1 = phi i32 [ %66, %exit11 ], [ 0, %entry ]
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
  %44 = sext i32 %43 to i64
  %45 = getelementptr i32, ptr %lims, i64 %44
  %fact = load i32, ptr %45, align 4
  %k_last = sub i32 %fact, 1
  br label %kblock

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %52, %body2 ]
  %46 = icmp slt i64 %chunk5, 4
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
  %qpos6 = add i32 %q_pos0, %qi
  %56 = add i32 %qpos6, 1
  %57 = call i32 @llvm.smin.i32(i32 %56, i32 %k_end)
  store i32 %57, ptr %55, align 4
  %58 = getelementptr i32, ptr %qpos, i64 %26
  store i32 %qpos6, ptr %58, align 4
  %59 = getelementptr i32, ptr %heads, i64 %26
  store i32 %hq, ptr %59, align 4
  br label %acczero

acczero:                                          ; preds = %body9, %exit4
  %acczero12 = phi i64 [ 0, %exit4 ], [ %65, %body9 ]
  %60 = icmp slt i64 %acczero12, 4
  br i1 %60, label %body9, label %exit11

body9:                                            ; preds = %acczero
  %61 = mul i64 %acczero12, 16
  %62 = mul i64 %26, 64
  %63 = add i64 %62, %61
  %64 = getelementptr float, ptr %accs, i64 %63
  store <16 x float> zeroinitializer, ptr %64, align 64
  %65 = add nsw i64 %acczero12, 1
  br label %acczero

exit11:                                           ; preds = %acczero
  %66 = add nsw i32 %rinit1, 1
  br label %rinit

kblock:                                           ; preds = %kvh, %exit
  %kblock16 = phi i32 [ %k_begin, %exit ], [ %68, %kvh ]
  %67 = icmp slt i32 %kblock16, %fact
  br i1 %67, label %body13, label %orow72

body13:                                           ; preds = %kblock
  %68 = add i32 %kblock16, 32
  br label %kvh

kvh:                                              ; preds = %exit67, %body13
  %kvh20 = phi i32 [ 0, %body13 ], [ %71, %exit67 ]
  %69 = icmp slt i32 %kvh20, 8
  br i1 %69, label %body17, label %kblock

body17:                                           ; preds = %kvh
  %70 = icmp eq i32 %kvh20, 7
  %71 = add i32 %kvh20, 1
  %72 = select i1 %70, i32 0, i32 %71
  %kb_next = select i1 %70, i32 %68, i32 %kblock16
  %73 = sext i32 %kvh20 to i64
  %74 = add i64 %21, %73
  %75 = getelementptr float, ptr %ms, i64 %73
  %76 = getelementptr float, ptr %ls, i64 %73
  %77 = mul i64 %73, 4
  %78 = getelementptr <16 x float>, ptr %qs, i64 %77
  %79 = mul i64 %73, 64
  %80 = getelementptr float, ptr %accs, i64 %79
  %81 = getelementptr i32, ptr %lims, i64 %73
  %82 = getelementptr i32, ptr %qpos, i64 %73
  %83 = getelementptr i32, ptr %heads, i64 %73
  %84 = sext i32 %72 to i64
  %85 = add i64 %21, %84
  br label %kdot

kdot:                                             ; preds = %body21, %body17
  %kdot24 = phi i32 [ 0, %body17 ], [ %149, %body21 ]
  %86 = icmp slt i32 %kdot24, 32
  br i1 %86, label %body21, label %score

body21:                                           ; preds = %kdot
  %87 = add i32 %kblock16, %kdot24
  %88 = call i32 @llvm.smin.i32(i32 %87, i32 %k_last)
  %89 = sext i32 %88 to i64
  %90 = mul i64 %89, 8
  %row = add i64 %74, %90
  %91 = mul i64 %row, 256
  %92 = getelementptr i8, ptr %20, i64 %91
  %93 = add i32 %kb_next, %kdot24
  %94 = call i32 @llvm.smin.i32(i32 %93, i32 %k_last)
  %95 = sext i32 %94 to i64
  %96 = mul i64 %95, 8
  %row25 = add i64 %85, %96
  %97 = mul i64 %row25, 256
  %98 = getelementptr i8, ptr %20, i64 %97
  call void @llvm.prefetch.p0(ptr %98, i32 0, i32 2, i32 1)
  %99 = getelementptr i8, ptr %98, i64 64
  call void @llvm.prefetch.p0(ptr %99, i32 0, i32 2, i32 1)
  %100 = getelementptr i8, ptr %98, i64 128
  call void @llvm.prefetch.p0(ptr %100, i32 0, i32 2, i32 1)
  %101 = getelementptr i8, ptr %98, i64 192
  call void @llvm.prefetch.p0(ptr %101, i32 0, i32 2, i32 1)
  %102 = add i32 %kdot24, 1
  %103 = add i32 %kblock16, %102
  %104 = call i32 @llvm.smin.i32(i32 %103, i32 %k_last)
  %105 = sext i32 %104 to i64
  %106 = mul i64 %105, 8
  %row26 = add i64 %74, %106
  %107 = mul i64 %row26, 256
  %108 = getelementptr i8, ptr %20, i64 %107
  %109 = add i32 %kb_next, %102
  %110 = call i32 @llvm.smin.i32(i32 %109, i32 %k_last)
  %111 = sext i32 %110 to i64
  %112 = mul i64 %111, 8
  %row27 = add i64 %85, %112
  %113 = mul i64 %row27, 256
  %114 = getelementptr i8, ptr %20, i64 %113
  call void @llvm.prefetch.p0(ptr %114, i32 0, i32 2, i32 1)
  %115 = getelementptr i8, ptr %114, i64 64
  call void @llvm.prefetch.p0(ptr %115, i32 0, i32 2, i32 1)
  %116 = getelementptr i8, ptr %114, i64 128
  call void @llvm.prefetch.p0(ptr %116, i32 0, i32 2, i32 1)
  %117 = getelementptr i8, ptr %114, i64 192
  call void @llvm.prefetch.p0(ptr %117, i32 0, i32 2, i32 1)
  %q28 = load <16 x float>, ptr %78, align 64
  %118 = load <16 x float>, ptr %92, align 4
  %119 = load <16 x float>, ptr %108, align 4
  %120 = fmul <16 x float> %q28, %118
  %121 = fmul <16 x float> %q28, %119
  %122 = getelementptr <16 x float>, ptr %78, i64 1
  %q29 = load <16 x float>, ptr %122, align 64
  %123 = getelementptr i8, ptr %92, i64 64
  %124 = load <16 x float>, ptr %123, align 4
  %125 = getelementptr i8, ptr %108, i64 64
  %126 = load <16 x float>, ptr %125, align 4
  %127 = fmul <16 x float> %q29, %124
  %128 = fmul <16 x float> %q29, %126
  %129 = getelementptr <16 x float>, ptr %78, i64 2
  %q30 = load <16 x float>, ptr %129, align 64
  %130 = getelementptr i8, ptr %92, i64 128
  %131 = load <16 x float>, ptr %130, align 4
  %132 = getelementptr i8, ptr %108, i64 128
  %133 = load <16 x float>, ptr %132, align 4
  %134 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q30, <16 x float> %131, <16 x float> %120)
  %135 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q30, <16 x float> %133, <16 x float> %121)
  %136 = getelementptr <16 x float>, ptr %78, i64 3
  %q31 = load <16 x float>, ptr %136, align 64
  %137 = getelementptr i8, ptr %92, i64 192
  %138 = load <16 x float>, ptr %137, align 4
  %139 = getelementptr i8, ptr %108, i64 192
  %140 = load <16 x float>, ptr %139, align 4
  %141 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %138, <16 x float> %127)
  %142 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %140, <16 x float> %128)
  %143 = fadd <16 x float> %134, %141
  %144 = sext i32 %kdot24 to i64
  %145 = getelementptr <16 x float>, ptr %dbuf, i64 %144
  store <16 x float> %143, ptr %145, align 64
  %146 = fadd <16 x float> %135, %142
  %147 = sext i32 %102 to i64
  %148 = getelementptr <16 x float>, ptr %dbuf, i64 %147
  store <16 x float> %146, ptr %148, align 64
  %149 = add nsw i32 %kdot24, 2
  br label %kdot

score:                                            ; preds = %kdot, %body32
  %score35 = phi i64 [ %306, %body32 ], [ 0, %kdot ]
  %150 = icmp slt i64 %score35, 2
  br i1 %150, label %body32, label %rmax

body32:                                           ; preds = %score
  %151 = sdiv i64 %score35, 2
  %152 = srem i64 %score35, 2
  %153 = mul i64 %152, 16
  %154 = mul i64 %151, 32
  %155 = add i64 %154, %153
  %156 = getelementptr <16 x float>, ptr %dbuf, i64 %155
  %157 = load <16 x float>, ptr %156, align 64
  %158 = add i64 %155, 1
  %159 = getelementptr <16 x float>, ptr %dbuf, i64 %158
  %160 = load <16 x float>, ptr %159, align 64
  %161 = shufflevector <16 x float> %157, <16 x float> %160, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %162 = shufflevector <16 x float> %157, <16 x float> %160, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %163 = fadd <16 x float> %161, %162
  %164 = add i64 %155, 2
  %165 = getelementptr <16 x float>, ptr %dbuf, i64 %164
  %166 = load <16 x float>, ptr %165, align 64
  %167 = add i64 %155, 3
  %168 = getelementptr <16 x float>, ptr %dbuf, i64 %167
  %169 = load <16 x float>, ptr %168, align 64
  %170 = shufflevector <16 x float> %166, <16 x float> %169, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %171 = shufflevector <16 x float> %166, <16 x float> %169, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %172 = fadd <16 x float> %170, %171
  %173 = shufflevector <16 x float> %163, <16 x float> %172, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %174 = shufflevector <16 x float> %163, <16 x float> %172, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %175 = fadd <16 x float> %173, %174
  %176 = add i64 %155, 4
  %177 = getelementptr <16 x float>, ptr %dbuf, i64 %176
  %178 = load <16 x float>, ptr %177, align 64
  %179 = add i64 %155, 5
  %180 = getelementptr <16 x float>, ptr %dbuf, i64 %179
  %181 = load <16 x float>, ptr %180, align 64
  %182 = shufflevector <16 x float> %178, <16 x float> %181, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %183 = shufflevector <16 x float> %178, <16 x float> %181, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %184 = fadd <16 x float> %182, %183
  %185 = add i64 %155, 6
  %186 = getelementptr <16 x float>, ptr %dbuf, i64 %185
  %187 = load <16 x float>, ptr %186, align 64
  %188 = add i64 %155, 7
  %189 = getelementptr <16 x float>, ptr %dbuf, i64 %188
  %190 = load <16 x float>, ptr %189, align 64
  %191 = shufflevector <16 x float> %187, <16 x float> %190, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %192 = shufflevector <16 x float> %187, <16 x float> %190, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %193 = fadd <16 x float> %191, %192
  %194 = shufflevector <16 x float> %184, <16 x float> %193, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %195 = shufflevector <16 x float> %184, <16 x float> %193, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %196 = fadd <16 x float> %194, %195
  %197 = shufflevector <16 x float> %175, <16 x float> %196, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %198 = shufflevector <16 x float> %175, <16 x float> %196, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %199 = fadd <16 x float> %197, %198
  %200 = add i64 %155, 8
  %201 = getelementptr <16 x float>, ptr %dbuf, i64 %200
  %202 = load <16 x float>, ptr %201, align 64
  %203 = add i64 %155, 9
  %204 = getelementptr <16 x float>, ptr %dbuf, i64 %203
  %205 = load <16 x float>, ptr %204, align 64
  %206 = shufflevector <16 x float> %202, <16 x float> %205, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %207 = shufflevector <16 x float> %202, <16 x float> %205, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %208 = fadd <16 x float> %206, %207
  %209 = add i64 %155, 10
  %210 = getelementptr <16 x float>, ptr %dbuf, i64 %209
  %211 = load <16 x float>, ptr %210, align 64
  %212 = add i64 %155, 11
  %213 = getelementptr <16 x float>, ptr %dbuf, i64 %212
  %214 = load <16 x float>, ptr %213, align 64
  %215 = shufflevector <16 x float> %211, <16 x float> %214, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %216 = shufflevector <16 x float> %211, <16 x float> %214, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %217 = fadd <16 x float> %215, %216
  %218 = shufflevector <16 x float> %208, <16 x float> %217, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %219 = shufflevector <16 x float> %208, <16 x float> %217, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %220 = fadd <16 x float> %218, %219
  %221 = add i64 %155, 12
  %222 = getelementptr <16 x float>, ptr %dbuf, i64 %221
  %223 = load <16 x float>, ptr %222, align 64
  %224 = add i64 %155, 13
  %225 = getelementptr <16 x float>, ptr %dbuf, i64 %224
  %226 = load <16 x float>, ptr %225, align 64
  %227 = shufflevector <16 x float> %223, <16 x float> %226, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %228 = shufflevector <16 x float> %223, <16 x float> %226, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %229 = fadd <16 x float> %227, %228
  %230 = add i64 %155, 14
  %231 = getelementptr <16 x float>, ptr %dbuf, i64 %230
  %232 = load <16 x float>, ptr %231, align 64
  %233 = add i64 %155, 15
  %234 = getelementptr <16 x float>, ptr %dbuf, i64 %233
  %235 = load <16 x float>, ptr %234, align 64
  %236 = shufflevector <16 x float> %232, <16 x float> %235, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %237 = shufflevector <16 x float> %232, <16 x float> %235, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %238 = fadd <16 x float> %236, %237
  %239 = shufflevector <16 x float> %229, <16 x float> %238, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %240 = shufflevector <16 x float> %229, <16 x float> %238, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %241 = fadd <16 x float> %239, %240
  %242 = shufflevector <16 x float> %220, <16 x float> %241, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %243 = shufflevector <16 x float> %220, <16 x float> %241, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %244 = fadd <16 x float> %242, %243
  %245 = shufflevector <16 x float> %199, <16 x float> %244, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %246 = shufflevector <16 x float> %199, <16 x float> %244, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %247 = fadd <16 x float> %245, %246
  %248 = getelementptr i32, ptr %81, i64 %151
  %249 = load i32, ptr %248, align 4
  %250 = insertelement <16 x i32> poison, i32 %249, i32 0
  %splat36 = shufflevector <16 x i32> %250, <16 x i32> poison, <16 x i32> zeroinitializer
  %251 = getelementptr i32, ptr %82, i64 %151
  %252 = load i32, ptr %251, align 4
  %253 = insertelement <16 x i32> poison, i32 %252, i32 0
  %splat37 = shufflevector <16 x i32> %253, <16 x i32> poison, <16 x i32> zeroinitializer
  %254 = getelementptr i32, ptr %83, i64 %151
  %255 = load i32, ptr %254, align 4
  %256 = insertelement <16 x i32> poison, i32 %255, i32 0
  %splat38 = shufflevector <16 x i32> %256, <16 x i32> poison, <16 x i32> zeroinitializer
  %257 = trunc i64 %153 to i32
  %258 = add i32 %kblock16, %257
  %259 = insertelement <16 x i32> poison, i32 %258, i32 0
  %splat39 = shufflevector <16 x i32> %259, <16 x i32> poison, <16 x i32> zeroinitializer
  %260 = add <16 x i32> %splat39, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %261 = icmp slt <16 x i32> %260, %splat36
  %s = fmul <16 x float> %247, <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>
  %262 = add <16 x i32> %splat38, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %263 = sitofp <16 x i32> %262 to <16 x float>
  %264 = fmul <16 x float> <float 0xBFE62E4300000000, float 0xBFE62E4300000000, float 0xBFE62E4300000000, float 0xBFE62E4300000000, float 0xBFE62E4300000000, float 0xBFE62E4300000000, float 0xBFE62E4300000000, float 0xBFE62E4300000000, float 0xBFE62E4300000000, float 0xBFE62E4300000000, float 0xBFE62E4300000000, float 0xBFE62E4300000000, float 0xBFE62E4300000000, float 0xBFE62E4300000000, float 0xBFE62E4300000000, float 0xBFE62E4300000000>, %263
  %265 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %264, <16 x float> <float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02, float -1.040000e+02>)
  %266 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %265, <16 x float> <float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01, float 8.900000e+01>)
  %267 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %266, <16 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <16 x float> <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>)
  %n = fsub <16 x float> %267, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %268 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %n, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %266)
  %269 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %n, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %268)
  %270 = fmul <16 x float> %269, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %271 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %270, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %272 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %271, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %273 = fadd <16 x float> %272, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n40 = fsub <16 x float> %273, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %272, %n40
  %274 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %275 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %274, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %276 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %275, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %277 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %276, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %278 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %277, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %279 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %278, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %280 = fptosi <16 x float> %n40 to <16 x i32>
  %281 = add <16 x i32> %280, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %282 = shl <16 x i32> %281, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %283 = bitcast <16 x i32> %282 to <16 x float>
  %exp2 = fmul <16 x float> %279, %283
  %284 = fptosi <16 x float> %n to <16 x i32>
  %285 = ashr <16 x i32> %284, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %286 = sub <16 x i32> %284, %285
  %287 = add <16 x i32> %285, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %288 = shl <16 x i32> %287, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %289 = bitcast <16 x i32> %288 to <16 x float>
  %290 = add <16 x i32> %286, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %291 = shl <16 x i32> %290, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %292 = bitcast <16 x i32> %291 to <16 x float>
  %293 = fmul <16 x float> %exp2, %289
  %294 = fmul <16 x float> %293, %292
  %295 = sub <16 x i32> %splat37, %260
  %296 = sitofp <16 x i32> %295 to <16 x float>
  %297 = fmul <16 x float> %294, %296
  %298 = fsub <16 x float> %s, %297
  %score_expr = fmul <16 x float> %298, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %299 = select <16 x i1> %261, <16 x float> %score_expr, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %300 = getelementptr float, ptr %pbuf, i64 %155
  store <16 x float> %299, ptr %300, align 64
  %301 = getelementptr <16 x float>, ptr %smax, i64 %151
  %302 = icmp eq i64 %152, 0
  %303 = load <16 x float>, ptr %301, align 64
  %304 = select i1 %302, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <16 x float> %303
  %305 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %304, <16 x float> %299)
  store <16 x float> %305, ptr %301, align 64
  %306 = add nsw i64 %score35, 1
  br label %score

rmax:                                             ; preds = %score, %body41
  %rmax44 = phi i64 [ %343, %body41 ], [ 0, %score ]
  %307 = icmp slt i64 %rmax44, 1
  br i1 %307, label %body41, label %pexp

body41:                                           ; preds = %rmax
  %308 = getelementptr float, ptr %75, i64 %rmax44
  %m = load float, ptr %308, align 4
  %309 = getelementptr <16 x float>, ptr %smax, i64 %rmax44
  %310 = load <16 x float>, ptr %309, align 64
  %311 = shufflevector <16 x float> %310, <16 x float> undef, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %312 = shufflevector <16 x float> %310, <16 x float> undef, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %313 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %311, <8 x float> %312)
  %314 = shufflevector <8 x float> %313, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %315 = shufflevector <8 x float> %313, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %316 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %314, <4 x float> %315)
  %317 = shufflevector <4 x float> %316, <4 x float> undef, <2 x i32> <i32 0, i32 1>
  %318 = shufflevector <4 x float> %316, <4 x float> undef, <2 x i32> <i32 2, i32 3>
  %319 = call <2 x float> @llvm.maxnum.v2f32(<2 x float> %317, <2 x float> %318)
  %320 = shufflevector <2 x float> %319, <2 x float> undef, <1 x i32> zeroinitializer
  %321 = shufflevector <2 x float> %319, <2 x float> undef, <1 x i32> <i32 1>
  %322 = call <1 x float> @llvm.maxnum.v1f32(<1 x float> %320, <1 x float> %321)
  %323 = extractelement <1 x float> %322, i32 0
  %324 = call float @llvm.maxnum.f32(float %m, float %323)
  %325 = fcmp oeq float %324, 0xFFF0000000000000
  %muse45 = select i1 %325, float 0.000000e+00, float %324
  %326 = fsub float %m, %muse45
  %327 = insertelement <16 x float> poison, float %326, i32 0
  %splat46 = shufflevector <16 x float> %327, <16 x float> poison, <16 x i32> zeroinitializer
  %328 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat46, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %329 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %328, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %330 = fadd <16 x float> %329, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n47 = fsub <16 x float> %330, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f48 = fsub <16 x float> %329, %n47
  %331 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f48, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %332 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %331, <16 x float> %f48, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %333 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %332, <16 x float> %f48, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %334 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %333, <16 x float> %f48, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %335 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %334, <16 x float> %f48, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %336 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %335, <16 x float> %f48, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %337 = fptosi <16 x float> %n47 to <16 x i32>
  %338 = add <16 x i32> %337, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %339 = shl <16 x i32> %338, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %340 = bitcast <16 x i32> %339 to <16 x float>
  %exp249 = fmul <16 x float> %336, %340
  %alpha50 = extractelement <16 x float> %exp249, i32 0
  store float %324, ptr %308, align 4
  %341 = getelementptr float, ptr %muse, i64 %rmax44
  store float %muse45, ptr %341, align 4
  %342 = getelementptr float, ptr %alpha, i64 %rmax44
  store float %alpha50, ptr %342, align 4
  %343 = add nsw i64 %rmax44, 1
  br label %rmax

pexp:                                             ; preds = %rmax, %body51
  %pexp54 = phi i64 [ %374, %body51 ], [ 0, %rmax ]
  %344 = icmp slt i64 %pexp54, 2
  br i1 %344, label %body51, label %lsum59

body51:                                           ; preds = %pexp
  %345 = sdiv i64 %pexp54, 2
  %346 = srem i64 %pexp54, 2
  %347 = mul i64 %346, 16
  %348 = mul i64 %345, 32
  %349 = add i64 %348, %347
  %350 = getelementptr float, ptr %pbuf, i64 %349
  %351 = getelementptr float, ptr %muse, i64 %345
  %352 = load float, ptr %351, align 4
  %353 = insertelement <16 x float> poison, float %352, i32 0
  %splat55 = shufflevector <16 x float> %353, <16 x float> poison, <16 x i32> zeroinitializer
  %354 = load <16 x float>, ptr %350, align 64
  %355 = fsub <16 x float> %354, %splat55
  %356 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %355, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %357 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %356, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %358 = fadd <16 x float> %357, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n56 = fsub <16 x float> %358, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f57 = fsub <16 x float> %357, %n56
  %359 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f57, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %360 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %359, <16 x float> %f57, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %361 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %360, <16 x float> %f57, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %362 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %361, <16 x float> %f57, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %363 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %362, <16 x float> %f57, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %364 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %363, <16 x float> %f57, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %365 = fptosi <16 x float> %n56 to <16 x i32>
  %366 = add <16 x i32> %365, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %367 = shl <16 x i32> %366, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %368 = bitcast <16 x i32> %367 to <16 x float>
  %exp258 = fmul <16 x float> %364, %368
  store <16 x float> %exp258, ptr %350, align 64
  %369 = getelementptr <16 x float>, ptr %lsum, i64 %345
  %370 = icmp eq i64 %346, 0
  %371 = load <16 x float>, ptr %369, align 64
  %372 = select i1 %370, <16 x float> zeroinitializer, <16 x float> %371
  %373 = fadd <16 x float> %372, %exp258
  store <16 x float> %373, ptr %369, align 64
  %374 = add nsw i64 %pexp54, 1
  br label %pexp

lsum59:                                           ; preds = %pexp, %body60
  %lsum63 = phi i64 [ %383, %body60 ], [ 0, %pexp ]
  %375 = icmp slt i64 %lsum63, 1
  br i1 %375, label %body60, label %exit62

body60:                                           ; preds = %lsum59
  %376 = getelementptr float, ptr %76, i64 %lsum63
  %377 = getelementptr float, ptr %alpha, i64 %lsum63
  %378 = load float, ptr %377, align 4
  %379 = getelementptr <16 x float>, ptr %lsum, i64 %lsum63
  %380 = load <16 x float>, ptr %379, align 64
  %381 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %380)
  %l = load float, ptr %376, align 4
  %382 = call float @llvm.fmuladd.f32(float %l, float %378, float %381)
  store float %382, ptr %376, align 4
  %383 = add nsw i64 %lsum63, 1
  br label %lsum59

exit62:                                           ; preds = %lsum59
  %384 = sub i32 %fact, %kblock16
  %385 = call i32 @llvm.smin.i32(i32 32, i32 %384)
  %386 = load float, ptr %alpha, align 4
  %387 = insertelement <16 x float> poison, float %386, i32 0
  %splat64 = shufflevector <16 x float> %387, <16 x float> poison, <16 x i32> zeroinitializer
  %388 = load <16 x float>, ptr %80, align 64
  %389 = fmul <16 x float> %388, %splat64
  %390 = getelementptr float, ptr %80, i64 16
  %391 = load <16 x float>, ptr %390, align 64
  %392 = fmul <16 x float> %391, %splat64
  %393 = getelementptr float, ptr %80, i64 32
  %394 = load <16 x float>, ptr %393, align 64
  %395 = fmul <16 x float> %394, %splat64
  %396 = getelementptr float, ptr %80, i64 48
  %397 = load <16 x float>, ptr %396, align 64
  %398 = fmul <16 x float> %397, %splat64
  br label %kpv

kpv:                                              ; preds = %body65, %exit62
  %pacc.sroa.12.0 = phi <16 x float> [ %398, %exit62 ], [ %427, %body65 ]
  %pacc.sroa.8.0 = phi <16 x float> [ %395, %exit62 ], [ %424, %body65 ]
  %pacc.sroa.4.0 = phi <16 x float> [ %392, %exit62 ], [ %421, %body65 ]
  %pacc.sroa.0.0 = phi <16 x float> [ %389, %exit62 ], [ %418, %body65 ]
  %kpv68 = phi i32 [ 0, %exit62 ], [ %428, %body65 ]
  %399 = icmp slt i32 %kpv68, %385
  br i1 %399, label %body65, label %exit67

body65:                                           ; preds = %kpv
  %400 = add i32 %kblock16, %kpv68
  %401 = sext i32 %400 to i64
  %402 = mul i64 %401, 8
  %row69 = add i64 %74, %402
  %403 = mul i64 %row69, 256
  %404 = getelementptr i8, ptr %23, i64 %403
  %405 = add i32 %kb_next, %kpv68
  %406 = call i32 @llvm.smin.i32(i32 %405, i32 %k_last)
  %407 = sext i32 %406 to i64
  %408 = mul i64 %407, 8
  %row70 = add i64 %85, %408
  %409 = mul i64 %row70, 256
  %410 = getelementptr i8, ptr %23, i64 %409
  call void @llvm.prefetch.p0(ptr %410, i32 0, i32 2, i32 1)
  %411 = getelementptr i8, ptr %410, i64 64
  call void @llvm.prefetch.p0(ptr %411, i32 0, i32 2, i32 1)
  %412 = getelementptr i8, ptr %410, i64 128
  call void @llvm.prefetch.p0(ptr %412, i32 0, i32 2, i32 1)
  %413 = getelementptr i8, ptr %410, i64 192
  call void @llvm.prefetch.p0(ptr %413, i32 0, i32 2, i32 1)
  %414 = sext i32 %kpv68 to i64
  %415 = getelementptr float, ptr %pbuf, i64 %414
  %p = load float, ptr %415, align 4
  %416 = insertelement <16 x float> poison, float %p, i32 0
  %splat71 = shufflevector <16 x float> %416, <16 x float> poison, <16 x i32> zeroinitializer
  %417 = load <16 x float>, ptr %404, align 4
  %418 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat71, <16 x float> %417, <16 x float> %pacc.sroa.0.0)
  %419 = getelementptr i8, ptr %404, i64 64
  %420 = load <16 x float>, ptr %419, align 4
  %421 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat71, <16 x float> %420, <16 x float> %pacc.sroa.4.0)
  %422 = getelementptr i8, ptr %404, i64 128
  %423 = load <16 x float>, ptr %422, align 4
  %424 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat71, <16 x float> %423, <16 x float> %pacc.sroa.8.0)
  %425 = getelementptr i8, ptr %404, i64 192
  %426 = load <16 x float>, ptr %425, align 4
  %427 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat71, <16 x float> %426, <16 x float> %pacc.sroa.12.0)
  %428 = add nsw i32 %kpv68, 1
  br label %kpv

exit67:                                           ; preds = %kpv
  store <16 x float> %pacc.sroa.0.0, ptr %80, align 64
  store <16 x float> %pacc.sroa.4.0, ptr %390, align 64
  store <16 x float> %pacc.sroa.8.0, ptr %393, align 64
  store <16 x float> %pacc.sroa.12.0, ptr %396, align 64
  br label %kvh

orow72:                                           ; preds = %kblock, %written
  %orow76 = phi i32 [ %451, %written ], [ 0, %kblock ]
  %429 = icmp slt i32 %orow76, %nrows
  br i1 %429, label %body73, label %done

body73:                                           ; preds = %orow72
  %430 = sext i32 %orow76 to i64
  %431 = getelementptr float, ptr %ms, i64 %430
  %m77 = load float, ptr %431, align 4
  %432 = getelementptr float, ptr %ls, i64 %430
  %l78 = load float, ptr %432, align 4
  %433 = mul i64 %430, 64
  %434 = getelementptr float, ptr %accs, i64 %433
  %435 = icmp ne ptr %part, null
  br i1 %435, label %partial, label %final

partial:                                          ; preds = %body73
  %436 = sext i32 %nrows to i64
  %437 = getelementptr float, ptr %part, i64 %433
  br label %chunk79

final:                                            ; preds = %body73
  %438 = sdiv i32 %orow76, %nh
  %qi84 = add i32 %q_begin, %438
  %439 = srem i32 %orow76, %nh
  %440 = add i32 %h_begin, %439
  %hq85 = add i32 %kv_head0, %440
  %441 = sext i32 %qi84 to i64
  %442 = add i64 %q_row0, %441
  %443 = mul i64 %442, 8
  %444 = sext i32 %hq85 to i64
  %orow86 = add i64 %443, %444
  %445 = fcmp oeq float %l78, 0.000000e+00
  %446 = fdiv float 1.000000e+00, %l78
  %447 = select i1 %445, float 0.000000e+00, float %446
  %448 = mul i64 %orow86, 256
  %449 = getelementptr i8, ptr %out, i64 %448
  %450 = insertelement <16 x float> poison, float %447, i32 0
  %splat87 = shufflevector <16 x float> %450, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk88

written:                                          ; preds = %chunk88, %exit82
  %451 = add nsw i32 %orow76, 1
  br label %orow72

chunk79:                                          ; preds = %body80, %partial
  %chunk83 = phi i64 [ 0, %partial ], [ %457, %body80 ]
  %452 = icmp slt i64 %chunk83, 4
  br i1 %452, label %body80, label %exit82

body80:                                           ; preds = %chunk79
  %453 = getelementptr <16 x float>, ptr %434, i64 %chunk83
  %454 = load <16 x float>, ptr %453, align 64
  %455 = mul i64 %chunk83, 64
  %456 = getelementptr i8, ptr %437, i64 %455
  store <16 x float> %454, ptr %456, align 4
  %457 = add nsw i64 %chunk83, 1
  br label %chunk79

exit82:                                           ; preds = %chunk79
  %458 = mul i64 %436, 64
  %459 = add i64 %458, %430
  %460 = getelementptr float, ptr %part, i64 %459
  store float %m77, ptr %460, align 4
  %461 = add i64 %459, %436
  %462 = getelementptr float, ptr %part, i64 %461
  store float %l78, ptr %462, align 4
  br label %written

chunk88:                                          ; preds = %body89, %final
  %chunk92 = phi i64 [ 0, %final ], [ %469, %body89 ]
  %463 = icmp slt i64 %chunk92, 4
  br i1 %463, label %body89, label %written

body89:                                           ; preds = %chunk88
  %464 = getelementptr <16 x float>, ptr %434, i64 %chunk92
  %465 = load <16 x float>, ptr %464, align 64
  %466 = fmul <16 x float> %465, %splat87
  %467 = mul i64 %chunk92, 64
  %468 = getelementptr i8, ptr %449, i64 %467
  store <16 x float> %466, ptr %468, align 4
  %469 = add nsw i64 %chunk92, 1
  br label %chunk88
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
