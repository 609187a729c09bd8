; ModuleID = 'expr_relative_bias'
source_filename = "expr_relative_bias"
target triple = "x86_64-unknown-linux-gnu"

@expr_relative_bias.name = private unnamed_addr constant [19 x i8] c"expr_relative_bias\00"
@expr_relative_bias.spec = private unnamed_addr constant [422 x i8] c"attncc: 1\0Aname: expr_relative_bias\0Aphase: decode\0Akind: self\0Aheads: {q: 8, kv: 8, dim: 64, v_dim: 64}\0Atypes: {q: f32, cache: f32, out: f32}\0Ascale: auto\0Acache: {store: kv, layout: contiguous, order: token_major, capacity: 4096, latent_dim: 0, rope_dim: 0, shared_across_layers: false}\0Amask: {causal: true}\0Aoutput: {lse: false}\0Ascore: {expr: \22s + (q_pos - kv_pos) / 64.0\22}\0Aslim: {order: auto}\0Amodel: {layers: 1, d_model: 0}\0A\00"
@expr_relative_bias_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32, ptr, i32, i32, i32, i32, float, i32, i32, i32, i32, i32, ptr } { i32 7, i32 1, i64 8887552206889455069, ptr @expr_relative_bias.name, ptr @expr_relative_bias.spec, i32 8, i32 8, i32 64, i32 64, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 4096, i32 1, i32 0, float 1.250000e-01, i32 0, i32 0, i32 0, ptr null, i32 0, i32 0, i32 0, i32 0, float 0.000000e+00, i32 2, i32 0, i32 0, i32 0, i32 0, ptr null }, align 8
@expr_relative_bias_kernel = internal constant { ptr, ptr, i32, i32, i32, i32, i32, i32, ptr } { ptr @expr_relative_bias_info_data, ptr @expr_relative_bias_tile, i32 1, i32 8, i32 16, i32 32, i32 1, i32 64, ptr null }, align 8

; Function Attrs: nounwind
define internal void @expr_relative_bias_tile(ptr %0, ptr %1) #0 {
entry:
  %muse = alloca float, align 64
  %lsum = alloca <16 x float>, align 64
  %smax = alloca <16 x float>, align 64
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

done:                                             ; preds = %orow67, %entry
  ret void

rinit:                                            ; preds = %entry, %exit10
  %rinit1 = phi i32 [ %67, %exit10 ], [ 0, %entry ]
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
  %qpos12 = add i32 %q_pos0, %45
  %46 = add i32 %qpos12, 1
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
  br label %acczero

acczero:                                          ; preds = %body8, %exit4
  %acczero11 = phi i64 [ 0, %exit4 ], [ %66, %body8 ]
  %61 = icmp slt i64 %acczero11, 4
  br i1 %61, label %body8, label %exit10

body8:                                            ; preds = %acczero
  %62 = mul i64 %acczero11, 16
  %63 = mul i64 %26, 64
  %64 = add i64 %63, %62
  %65 = getelementptr float, ptr %accs, i64 %64
  store <16 x float> zeroinitializer, ptr %65, align 64
  %66 = add nsw i64 %acczero11, 1
  br label %acczero

exit10:                                           ; preds = %acczero
  %67 = add nsw i32 %rinit1, 1
  br label %rinit

kblock:                                           ; preds = %kvh, %exit
  %kblock16 = phi i32 [ %k_begin, %exit ], [ %69, %kvh ]
  %68 = icmp slt i32 %kblock16, %47
  br i1 %68, label %body13, label %orow67

body13:                                           ; preds = %kblock
  %69 = add i32 %kblock16, 32
  br label %kvh

kvh:                                              ; preds = %exit62, %body13
  %kvh20 = phi i32 [ 0, %body13 ], [ %72, %exit62 ]
  %70 = icmp slt i32 %kvh20, 8
  br i1 %70, label %body17, label %kblock

body17:                                           ; preds = %kvh
  %71 = icmp eq i32 %kvh20, 7
  %72 = add i32 %kvh20, 1
  %73 = select i1 %71, i32 0, i32 %72
  %kb_next = select i1 %71, i32 %69, i32 %kblock16
  %74 = sext i32 %kvh20 to i64
  %75 = add i64 %21, %74
  %76 = getelementptr float, ptr %ms, i64 %74
  %77 = getelementptr float, ptr %ls, i64 %74
  %78 = mul i64 %74, 4
  %79 = getelementptr <16 x float>, ptr %qs, i64 %78
  %80 = mul i64 %74, 64
  %81 = getelementptr float, ptr %accs, i64 %80
  %82 = getelementptr i32, ptr %lims, i64 %74
  %83 = getelementptr i32, ptr %qpos, i64 %74
  %84 = sext i32 %73 to i64
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
  %row = add i64 %75, %90
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
  %row26 = add i64 %75, %106
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
  %q28 = load <16 x float>, ptr %79, align 64
  %118 = load <16 x float>, ptr %92, align 4
  %119 = load <16 x float>, ptr %108, align 4
  %120 = fmul <16 x float> %q28, %118
  %121 = fmul <16 x float> %q28, %119
  %122 = getelementptr <16 x float>, ptr %79, i64 1
  %q29 = load <16 x float>, ptr %122, align 64
  %123 = getelementptr i8, ptr %92, i64 64
  %124 = load <16 x float>, ptr %123, align 4
  %125 = getelementptr i8, ptr %108, i64 64
  %126 = load <16 x float>, ptr %125, align 4
  %127 = fmul <16 x float> %q29, %124
  %128 = fmul <16 x float> %q29, %126
  %129 = getelementptr <16 x float>, ptr %79, i64 2
  %q30 = load <16 x float>, ptr %129, align 64
  %130 = getelementptr i8, ptr %92, i64 128
  %131 = load <16 x float>, ptr %130, align 4
  %132 = getelementptr i8, ptr %108, i64 128
  %133 = load <16 x float>, ptr %132, align 4
  %134 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q30, <16 x float> %131, <16 x float> %120)
  %135 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q30, <16 x float> %133, <16 x float> %121)
  %136 = getelementptr <16 x float>, ptr %79, i64 3
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
  %score35 = phi i64 [ %270, %body32 ], [ 0, %kdot ]
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
  %248 = getelementptr i32, ptr %82, i64 %151
  %249 = load i32, ptr %248, align 4
  %250 = insertelement <16 x i32> poison, i32 %249, i32 0
  %splat36 = shufflevector <16 x i32> %250, <16 x i32> poison, <16 x i32> zeroinitializer
  %251 = getelementptr i32, ptr %83, i64 %151
  %252 = load i32, ptr %251, align 4
  %253 = insertelement <16 x i32> poison, i32 %252, i32 0
  %splat37 = shufflevector <16 x i32> %253, <16 x i32> poison, <16 x i32> zeroinitializer
  %254 = trunc i64 %153 to i32
  %255 = add i32 %kblock16, %254
  %256 = insertelement <16 x i32> poison, i32 %255, i32 0
  %splat38 = shufflevector <16 x i32> %256, <16 x i32> poison, <16 x i32> zeroinitializer
  %257 = add <16 x i32> %splat38, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %258 = icmp slt <16 x i32> %257, %splat36
  %s = fmul <16 x float> %247, <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>
  %259 = sub <16 x i32> %splat37, %257
  %260 = sitofp <16 x i32> %259 to <16 x float>
  %261 = fdiv <16 x float> %260, <float 6.400000e+01, float 6.400000e+01, float 6.400000e+01, float 6.400000e+01, float 6.400000e+01, float 6.400000e+01, float 6.400000e+01, float 6.400000e+01, float 6.400000e+01, float 6.400000e+01, float 6.400000e+01, float 6.400000e+01, float 6.400000e+01, float 6.400000e+01, float 6.400000e+01, float 6.400000e+01>
  %262 = fadd <16 x float> %s, %261
  %score_expr = fmul <16 x float> %262, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %263 = select <16 x i1> %258, <16 x float> %score_expr, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %264 = getelementptr float, ptr %pbuf, i64 %155
  store <16 x float> %263, ptr %264, align 64
  %265 = getelementptr <16 x float>, ptr %smax, i64 %151
  %266 = icmp eq i64 %152, 0
  %267 = load <16 x float>, ptr %265, align 64
  %268 = select i1 %266, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <16 x float> %267
  %269 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %268, <16 x float> %263)
  store <16 x float> %269, ptr %265, align 64
  %270 = add nsw i64 %score35, 1
  br label %score

rmax:                                             ; preds = %score, %body39
  %rmax42 = phi i64 [ %307, %body39 ], [ 0, %score ]
  %271 = icmp slt i64 %rmax42, 1
  br i1 %271, label %body39, label %pexp

body39:                                           ; preds = %rmax
  %272 = getelementptr float, ptr %76, i64 %rmax42
  %m = load float, ptr %272, align 4
  %273 = getelementptr <16 x float>, ptr %smax, i64 %rmax42
  %274 = load <16 x float>, ptr %273, align 64
  %275 = shufflevector <16 x float> %274, <16 x float> undef, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %276 = shufflevector <16 x float> %274, <16 x float> undef, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %277 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %275, <8 x float> %276)
  %278 = shufflevector <8 x float> %277, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %279 = shufflevector <8 x float> %277, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %280 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %278, <4 x float> %279)
  %281 = shufflevector <4 x float> %280, <4 x float> undef, <2 x i32> <i32 0, i32 1>
  %282 = shufflevector <4 x float> %280, <4 x float> undef, <2 x i32> <i32 2, i32 3>
  %283 = call <2 x float> @llvm.maxnum.v2f32(<2 x float> %281, <2 x float> %282)
  %284 = shufflevector <2 x float> %283, <2 x float> undef, <1 x i32> zeroinitializer
  %285 = shufflevector <2 x float> %283, <2 x float> undef, <1 x i32> <i32 1>
  %286 = call <1 x float> @llvm.maxnum.v1f32(<1 x float> %284, <1 x float> %285)
  %287 = extractelement <1 x float> %286, i32 0
  %288 = call float @llvm.maxnum.f32(float %m, float %287)
  %289 = fcmp oeq float %288, 0xFFF0000000000000
  %muse43 = select i1 %289, float 0.000000e+00, float %288
  %290 = fsub float %m, %muse43
  %291 = insertelement <16 x float> poison, float %290, i32 0
  %splat44 = shufflevector <16 x float> %291, <16 x float> poison, <16 x i32> zeroinitializer
  %292 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat44, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %293 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %292, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %294 = fadd <16 x float> %293, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %294, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %293, %n
  %295 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %296 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %295, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %297 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %296, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %298 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %297, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %299 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %298, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %300 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %299, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %301 = fptosi <16 x float> %n to <16 x i32>
  %302 = add <16 x i32> %301, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %303 = shl <16 x i32> %302, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %304 = bitcast <16 x i32> %303 to <16 x float>
  %exp2 = fmul <16 x float> %300, %304
  %alpha45 = extractelement <16 x float> %exp2, i32 0
  store float %288, ptr %272, align 4
  %305 = getelementptr float, ptr %muse, i64 %rmax42
  store float %muse43, ptr %305, align 4
  %306 = getelementptr float, ptr %alpha, i64 %rmax42
  store float %alpha45, ptr %306, align 4
  %307 = add nsw i64 %rmax42, 1
  br label %rmax

pexp:                                             ; preds = %rmax, %body46
  %pexp49 = phi i64 [ %338, %body46 ], [ 0, %rmax ]
  %308 = icmp slt i64 %pexp49, 2
  br i1 %308, label %body46, label %lsum54

body46:                                           ; preds = %pexp
  %309 = sdiv i64 %pexp49, 2
  %310 = srem i64 %pexp49, 2
  %311 = mul i64 %310, 16
  %312 = mul i64 %309, 32
  %313 = add i64 %312, %311
  %314 = getelementptr float, ptr %pbuf, i64 %313
  %315 = getelementptr float, ptr %muse, i64 %309
  %316 = load float, ptr %315, align 4
  %317 = insertelement <16 x float> poison, float %316, i32 0
  %splat50 = shufflevector <16 x float> %317, <16 x float> poison, <16 x i32> zeroinitializer
  %318 = load <16 x float>, ptr %314, align 64
  %319 = fsub <16 x float> %318, %splat50
  %320 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %319, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %321 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %320, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %322 = fadd <16 x float> %321, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n51 = fsub <16 x float> %322, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f52 = fsub <16 x float> %321, %n51
  %323 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f52, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %324 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %323, <16 x float> %f52, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %325 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %324, <16 x float> %f52, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %326 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %325, <16 x float> %f52, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %327 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %326, <16 x float> %f52, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %328 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %327, <16 x float> %f52, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %329 = fptosi <16 x float> %n51 to <16 x i32>
  %330 = add <16 x i32> %329, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %331 = shl <16 x i32> %330, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %332 = bitcast <16 x i32> %331 to <16 x float>
  %exp253 = fmul <16 x float> %328, %332
  store <16 x float> %exp253, ptr %314, align 64
  %333 = getelementptr <16 x float>, ptr %lsum, i64 %309
  %334 = icmp eq i64 %310, 0
  %335 = load <16 x float>, ptr %333, align 64
  %336 = select i1 %334, <16 x float> zeroinitializer, <16 x float> %335
  %337 = fadd <16 x float> %336, %exp253
  store <16 x float> %337, ptr %333, align 64
  %338 = add nsw i64 %pexp49, 1
  br label %pexp

lsum54:                                           ; preds = %pexp, %body55
  %lsum58 = phi i64 [ %347, %body55 ], [ 0, %pexp ]
  %339 = icmp slt i64 %lsum58, 1
  br i1 %339, label %body55, label %exit57

body55:                                           ; preds = %lsum54
  %340 = getelementptr float, ptr %77, i64 %lsum58
  %341 = getelementptr float, ptr %alpha, i64 %lsum58
  %342 = load float, ptr %341, align 4
  %343 = getelementptr <16 x float>, ptr %lsum, i64 %lsum58
  %344 = load <16 x float>, ptr %343, align 64
  %345 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %344)
  %l = load float, ptr %340, align 4
  %346 = call float @llvm.fmuladd.f32(float %l, float %342, float %345)
  store float %346, ptr %340, align 4
  %347 = add nsw i64 %lsum58, 1
  br label %lsum54

exit57:                                           ; preds = %lsum54
  %348 = sub i32 %47, %kblock16
  %349 = call i32 @llvm.smin.i32(i32 32, i32 %348)
  %350 = load float, ptr %alpha, align 4
  %351 = insertelement <16 x float> poison, float %350, i32 0
  %splat59 = shufflevector <16 x float> %351, <16 x float> poison, <16 x i32> zeroinitializer
  %352 = load <16 x float>, ptr %81, align 64
  %353 = fmul <16 x float> %352, %splat59
  %354 = getelementptr float, ptr %81, i64 16
  %355 = load <16 x float>, ptr %354, align 64
  %356 = fmul <16 x float> %355, %splat59
  %357 = getelementptr float, ptr %81, i64 32
  %358 = load <16 x float>, ptr %357, align 64
  %359 = fmul <16 x float> %358, %splat59
  %360 = getelementptr float, ptr %81, i64 48
  %361 = load <16 x float>, ptr %360, align 64
  %362 = fmul <16 x float> %361, %splat59
  br label %kpv

kpv:                                              ; preds = %body60, %exit57
  %pacc.sroa.12.0 = phi <16 x float> [ %362, %exit57 ], [ %391, %body60 ]
  %pacc.sroa.8.0 = phi <16 x float> [ %359, %exit57 ], [ %388, %body60 ]
  %pacc.sroa.4.0 = phi <16 x float> [ %356, %exit57 ], [ %385, %body60 ]
  %pacc.sroa.0.0 = phi <16 x float> [ %353, %exit57 ], [ %382, %body60 ]
  %kpv63 = phi i32 [ 0, %exit57 ], [ %392, %body60 ]
  %363 = icmp slt i32 %kpv63, %349
  br i1 %363, label %body60, label %exit62

body60:                                           ; preds = %kpv
  %364 = add i32 %kblock16, %kpv63
  %365 = sext i32 %364 to i64
  %366 = mul i64 %365, 8
  %row64 = add i64 %75, %366
  %367 = mul i64 %row64, 256
  %368 = getelementptr i8, ptr %23, i64 %367
  %369 = add i32 %kb_next, %kpv63
  %370 = call i32 @llvm.smin.i32(i32 %369, i32 %k_last)
  %371 = sext i32 %370 to i64
  %372 = mul i64 %371, 8
  %row65 = add i64 %85, %372
  %373 = mul i64 %row65, 256
  %374 = getelementptr i8, ptr %23, i64 %373
  call void @llvm.prefetch.p0(ptr %374, i32 0, i32 2, i32 1)
  %375 = getelementptr i8, ptr %374, i64 64
  call void @llvm.prefetch.p0(ptr %375, i32 0, i32 2, i32 1)
  %376 = getelementptr i8, ptr %374, i64 128
  call void @llvm.prefetch.p0(ptr %376, i32 0, i32 2, i32 1)
  %377 = getelementptr i8, ptr %374, i64 192
  call void @llvm.prefetch.p0(ptr %377, i32 0, i32 2, i32 1)
  %378 = sext i32 %kpv63 to i64
  %379 = getelementptr float, ptr %pbuf, i64 %378
  %p = load float, ptr %379, align 4
  %380 = insertelement <16 x float> poison, float %p, i32 0
  %splat66 = shufflevector <16 x float> %380, <16 x float> poison, <16 x i32> zeroinitializer
  %381 = load <16 x float>, ptr %368, align 4
  %382 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat66, <16 x float> %381, <16 x float> %pacc.sroa.0.0)
  %383 = getelementptr i8, ptr %368, i64 64
  %384 = load <16 x float>, ptr %383, align 4
  %385 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat66, <16 x float> %384, <16 x float> %pacc.sroa.4.0)
  %386 = getelementptr i8, ptr %368, i64 128
  %387 = load <16 x float>, ptr %386, align 4
  %388 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat66, <16 x float> %387, <16 x float> %pacc.sroa.8.0)
  %389 = getelementptr i8, ptr %368, i64 192
  %390 = load <16 x float>, ptr %389, align 4
  %391 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat66, <16 x float> %390, <16 x float> %pacc.sroa.12.0)
  %392 = add nsw i32 %kpv63, 1
  br label %kpv

exit62:                                           ; preds = %kpv
  store <16 x float> %pacc.sroa.0.0, ptr %81, align 64
  store <16 x float> %pacc.sroa.4.0, ptr %354, align 64
  store <16 x float> %pacc.sroa.8.0, ptr %357, align 64
  store <16 x float> %pacc.sroa.12.0, ptr %360, align 64
  br label %kvh

orow67:                                           ; preds = %kblock, %written
  %orow71 = phi i32 [ %415, %written ], [ 0, %kblock ]
  %393 = icmp slt i32 %orow71, %nrows
  br i1 %393, label %body68, label %done

body68:                                           ; preds = %orow67
  %394 = sext i32 %orow71 to i64
  %395 = getelementptr float, ptr %ms, i64 %394
  %m72 = load float, ptr %395, align 4
  %396 = getelementptr float, ptr %ls, i64 %394
  %l73 = load float, ptr %396, align 4
  %397 = mul i64 %394, 64
  %398 = getelementptr float, ptr %accs, i64 %397
  %399 = icmp ne ptr %part, null
  br i1 %399, label %partial, label %final

partial:                                          ; preds = %body68
  %400 = sext i32 %nrows to i64
  %401 = getelementptr float, ptr %part, i64 %397
  br label %chunk74

final:                                            ; preds = %body68
  %402 = sdiv i32 %orow71, %nh
  %qi79 = add i32 %q_begin, %402
  %403 = srem i32 %orow71, %nh
  %404 = add i32 %h_begin, %403
  %hq80 = add i32 %kv_head0, %404
  %405 = sext i32 %qi79 to i64
  %406 = add i64 %q_row0, %405
  %407 = mul i64 %406, 8
  %408 = sext i32 %hq80 to i64
  %orow81 = add i64 %407, %408
  %409 = fcmp oeq float %l73, 0.000000e+00
  %410 = fdiv float 1.000000e+00, %l73
  %411 = select i1 %409, float 0.000000e+00, float %410
  %412 = mul i64 %orow81, 256
  %413 = getelementptr i8, ptr %out, i64 %412
  %414 = insertelement <16 x float> poison, float %411, i32 0
  %splat82 = shufflevector <16 x float> %414, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk83

written:                                          ; preds = %chunk83, %exit77
  %415 = add nsw i32 %orow71, 1
  br label %orow67

chunk74:                                          ; preds = %body75, %partial
  %chunk78 = phi i64 [ 0, %partial ], [ %421, %body75 ]
  %416 = icmp slt i64 %chunk78, 4
  br i1 %416, label %body75, label %exit77

body75:                                           ; preds = %chunk74
  %417 = getelementptr <16 x float>, ptr %398, i64 %chunk78
  %418 = load <16 x float>, ptr %417, align 64
  %419 = mul i64 %chunk78, 64
  %420 = getelementptr i8, ptr %401, i64 %419
  store <16 x float> %418, ptr %420, align 4
  %421 = add nsw i64 %chunk78, 1
  br label %chunk74

exit77:                                           ; preds = %chunk74
  %422 = mul i64 %400, 64
  %423 = add i64 %422, %394
  %424 = getelementptr float, ptr %part, i64 %423
  store float %m72, ptr %424, align 4
  %425 = add i64 %423, %400
  %426 = getelementptr float, ptr %part, i64 %425
  store float %l73, ptr %426, align 4
  br label %written

chunk83:                                          ; preds = %body84, %final
  %chunk87 = phi i64 [ 0, %final ], [ %433, %body84 ]
  %427 = icmp slt i64 %chunk87, 4
  br i1 %427, label %body84, label %written

body84:                                           ; preds = %chunk83
  %428 = getelementptr <16 x float>, ptr %398, i64 %chunk87
  %429 = load <16 x float>, ptr %428, align 64
  %430 = fmul <16 x float> %429, %splat82
  %431 = mul i64 %chunk87, 64
  %432 = getelementptr i8, ptr %413, i64 %431
  store <16 x float> %430, ptr %432, align 4
  %433 = add nsw i64 %chunk87, 1
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
define i32 @expr_relative_bias(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_run(ptr @expr_relative_bias_kernel, ptr %0)
  ret i32 %1
}

declare i64 @attnrt_tasks(ptr, ptr)

; Function Attrs: nounwind
define i64 @expr_relative_bias_tasks(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_tasks(ptr @expr_relative_bias_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_task(ptr, ptr, i64)

; Function Attrs: nounwind
define i32 @expr_relative_bias_task(ptr %0, i64 %1) #0 {
entry:
  %2 = call i32 @attnrt_task(ptr @expr_relative_bias_kernel, ptr %0, i64 %1)
  ret i32 %2
}

declare i64 @attnrt_workspace(ptr, ptr)

; Function Attrs: nounwind
define i64 @expr_relative_bias_workspace(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_workspace(ptr @expr_relative_bias_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_append(ptr, ptr)

; Function Attrs: nounwind
define i32 @expr_relative_bias_append(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_append(ptr @expr_relative_bias_kernel, ptr %0)
  ret i32 %1
}

; Function Attrs: nounwind
define ptr @expr_relative_bias_info() #0 {
entry:
  ret ptr @expr_relative_bias_info_data
}

attributes #0 = { nounwind "target-cpu"="x86-64-v4" "target-features"="+avx512f,+evex512,+avx512bw,+avx512vl,+avx,+avx2,+fma,+f16c" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite) }
