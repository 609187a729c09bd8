; ModuleID = 'expr_relative_bias'
source_filename = "expr_relative_bias"
target triple = "x86_64-unknown-linux-gnu"

@expr_relative_bias.name = private unnamed_addr constant [19 x i8] c"expr_relative_bias\00"
@expr_relative_bias.spec = private unnamed_addr constant [422 x i8] c"attncc: 1\0Aname: expr_relative_bias\0Aphase: decode\0Akind: self\0Aheads: {q: 8, kv: 8, dim: 64, v_dim: 64}\0Atypes: {q: f32, cache: f32, out: f32}\0Ascale: auto\0Acache: {store: kv, layout: contiguous, order: token_major, capacity: 4096, latent_dim: 0, rope_dim: 0, shared_across_layers: false}\0Amask: {causal: true}\0Aoutput: {lse: false}\0Ascore: {expr: \22s + (q_pos - kv_pos) / 64.0\22}\0Aslim: {order: auto}\0Amodel: {layers: 1, d_model: 0}\0A\00"
@expr_relative_bias_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32, ptr, i32, i32, i32, i32, float, i32 } { i32 6, i32 1, i64 8887552206889455069, ptr @expr_relative_bias.name, ptr @expr_relative_bias.spec, i32 8, i32 8, i32 64, i32 64, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 4096, i32 1, i32 0, float 1.250000e-01, i32 0, i32 0, i32 0, ptr null, i32 0, i32 0, i32 0, i32 0, float 0.000000e+00, i32 2 }, align 8
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

done:                                             ; preds = %orow66, %entry
  ret void

rinit:                                            ; preds = %entry, %exit9
  %rinit1 = phi i32 [ %68, %exit9 ], [ 0, %entry ]
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
  %h = add i32 %h_begin, %33
  %hq = add i32 %kv_head0, %h
  %34 = sext i32 %qi to i64
  %35 = add i64 %q_row0, %34
  %36 = mul i64 %35, 8
  %37 = sext i32 %hq to i64
  %orow = add i64 %36, %37
  %38 = mul i64 %orow, 256
  %39 = getelementptr i8, ptr %q, i64 %38
  %40 = select i1 %29, float 0x3FC7154760000000, float 0.000000e+00
  %41 = insertelement <16 x float> poison, float %40, i32 0
  %splat = shufflevector <16 x float> %41, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

exit:                                             ; preds = %rinit
  %42 = sub i32 %nrows, 1
  %43 = sdiv i32 %42, %nh
  %44 = add i32 %q_begin, %43
  %45 = add i32 %q_pos0, %44
  %46 = add i32 %45, 1
  %47 = call i32 @llvm.smin.i32(i32 %46, i32 %k_end)
  %k_last = sub i32 %47, 1
  br label %kblock

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %54, %body2 ]
  %48 = icmp slt i64 %chunk5, 4
  br i1 %48, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %49 = mul i64 %chunk5, 64
  %50 = getelementptr i8, ptr %39, i64 %49
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
  %58 = add i32 %q_pos0, %qi
  %59 = add i32 %58, 1
  %60 = call i32 @llvm.smin.i32(i32 %59, i32 %k_end)
  store i32 %60, ptr %57, align 4
  %61 = getelementptr i32, ptr %qpos, i64 %26
  store i32 %58, ptr %61, align 4
  br label %acczero

acczero:                                          ; preds = %body7, %exit4
  %acczero10 = phi i64 [ 0, %exit4 ], [ %67, %body7 ]
  %62 = icmp slt i64 %acczero10, 4
  br i1 %62, label %body7, label %exit9

body7:                                            ; preds = %acczero
  %63 = mul i64 %acczero10, 16
  %64 = mul i64 %26, 64
  %65 = add i64 %64, %63
  %66 = getelementptr float, ptr %accs, i64 %65
  store <16 x float> zeroinitializer, ptr %66, align 64
  %67 = add nsw i64 %acczero10, 1
  br label %acczero

exit9:                                            ; preds = %acczero
  %68 = add nsw i32 %rinit1, 1
  br label %rinit

kblock:                                           ; preds = %kvh, %exit
  %kblock14 = phi i32 [ %k_begin, %exit ], [ %70, %kvh ]
  %69 = icmp slt i32 %kblock14, %47
  br i1 %69, label %body11, label %orow66

body11:                                           ; preds = %kblock
  %70 = add i32 %kblock14, 32
  br label %kvh

kvh:                                              ; preds = %exit61, %body11
  %kvh18 = phi i32 [ 0, %body11 ], [ %73, %exit61 ]
  %71 = icmp slt i32 %kvh18, 8
  br i1 %71, label %body15, label %kblock

body15:                                           ; preds = %kvh
  %72 = icmp eq i32 %kvh18, 7
  %73 = add i32 %kvh18, 1
  %74 = select i1 %72, i32 0, i32 %73
  %kb_next = select i1 %72, i32 %70, i32 %kblock14
  %75 = sext i32 %kvh18 to i64
  %76 = add i64 %21, %75
  %77 = getelementptr float, ptr %ms, i64 %75
  %78 = getelementptr float, ptr %ls, i64 %75
  %79 = mul i64 %75, 4
  %80 = getelementptr <16 x float>, ptr %qs, i64 %79
  %81 = mul i64 %75, 64
  %82 = getelementptr float, ptr %accs, i64 %81
  %83 = getelementptr i32, ptr %lims, i64 %75
  %84 = getelementptr i32, ptr %qpos, i64 %75
  %85 = sext i32 %74 to i64
  %86 = add i64 %21, %85
  br label %kdot

kdot:                                             ; preds = %body19, %body15
  %kdot22 = phi i32 [ 0, %body15 ], [ %150, %body19 ]
  %87 = icmp slt i32 %kdot22, 32
  br i1 %87, label %body19, label %score

body19:                                           ; preds = %kdot
  %88 = add i32 %kblock14, %kdot22
  %89 = call i32 @llvm.smin.i32(i32 %88, i32 %k_last)
  %90 = sext i32 %89 to i64
  %91 = mul i64 %90, 8
  %row = add i64 %76, %91
  %92 = mul i64 %row, 256
  %93 = getelementptr i8, ptr %20, i64 %92
  %94 = add i32 %kb_next, %kdot22
  %95 = call i32 @llvm.smin.i32(i32 %94, i32 %k_last)
  %96 = sext i32 %95 to i64
  %97 = mul i64 %96, 8
  %row23 = add i64 %86, %97
  %98 = mul i64 %row23, 256
  %99 = getelementptr i8, ptr %20, i64 %98
  call void @llvm.prefetch.p0(ptr %99, i32 0, i32 2, i32 1)
  %100 = getelementptr i8, ptr %99, i64 64
  call void @llvm.prefetch.p0(ptr %100, i32 0, i32 2, i32 1)
  %101 = getelementptr i8, ptr %99, i64 128
  call void @llvm.prefetch.p0(ptr %101, i32 0, i32 2, i32 1)
  %102 = getelementptr i8, ptr %99, i64 192
  call void @llvm.prefetch.p0(ptr %102, i32 0, i32 2, i32 1)
  %103 = add i32 %kdot22, 1
  %104 = add i32 %kblock14, %103
  %105 = call i32 @llvm.smin.i32(i32 %104, i32 %k_last)
  %106 = sext i32 %105 to i64
  %107 = mul i64 %106, 8
  %row24 = add i64 %76, %107
  %108 = mul i64 %row24, 256
  %109 = getelementptr i8, ptr %20, i64 %108
  %110 = add i32 %kb_next, %103
  %111 = call i32 @llvm.smin.i32(i32 %110, i32 %k_last)
  %112 = sext i32 %111 to i64
  %113 = mul i64 %112, 8
  %row25 = add i64 %86, %113
  %114 = mul i64 %row25, 256
  %115 = getelementptr i8, ptr %20, i64 %114
  call void @llvm.prefetch.p0(ptr %115, i32 0, i32 2, i32 1)
  %116 = getelementptr i8, ptr %115, i64 64
  call void @llvm.prefetch.p0(ptr %116, i32 0, i32 2, i32 1)
  %117 = getelementptr i8, ptr %115, i64 128
  call void @llvm.prefetch.p0(ptr %117, i32 0, i32 2, i32 1)
  %118 = getelementptr i8, ptr %115, i64 192
  call void @llvm.prefetch.p0(ptr %118, i32 0, i32 2, i32 1)
  %q26 = load <16 x float>, ptr %80, align 64
  %119 = load <16 x float>, ptr %93, align 4
  %120 = load <16 x float>, ptr %109, align 4
  %121 = fmul <16 x float> %q26, %119
  %122 = fmul <16 x float> %q26, %120
  %123 = getelementptr <16 x float>, ptr %80, i64 1
  %q27 = load <16 x float>, ptr %123, align 64
  %124 = getelementptr i8, ptr %93, i64 64
  %125 = load <16 x float>, ptr %124, align 4
  %126 = getelementptr i8, ptr %109, i64 64
  %127 = load <16 x float>, ptr %126, align 4
  %128 = fmul <16 x float> %q27, %125
  %129 = fmul <16 x float> %q27, %127
  %130 = getelementptr <16 x float>, ptr %80, i64 2
  %q28 = load <16 x float>, ptr %130, align 64
  %131 = getelementptr i8, ptr %93, i64 128
  %132 = load <16 x float>, ptr %131, align 4
  %133 = getelementptr i8, ptr %109, i64 128
  %134 = load <16 x float>, ptr %133, align 4
  %135 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %132, <16 x float> %121)
  %136 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %134, <16 x float> %122)
  %137 = getelementptr <16 x float>, ptr %80, i64 3
  %q29 = load <16 x float>, ptr %137, align 64
  %138 = getelementptr i8, ptr %93, i64 192
  %139 = load <16 x float>, ptr %138, align 4
  %140 = getelementptr i8, ptr %109, i64 192
  %141 = load <16 x float>, ptr %140, align 4
  %142 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q29, <16 x float> %139, <16 x float> %128)
  %143 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q29, <16 x float> %141, <16 x float> %129)
  %144 = fadd <16 x float> %135, %142
  %145 = sext i32 %kdot22 to i64
  %146 = getelementptr <16 x float>, ptr %dbuf, i64 %145
  store <16 x float> %144, ptr %146, align 64
  %147 = fadd <16 x float> %136, %143
  %148 = sext i32 %103 to i64
  %149 = getelementptr <16 x float>, ptr %dbuf, i64 %148
  store <16 x float> %147, ptr %149, align 64
  %150 = add nsw i32 %kdot22, 2
  br label %kdot

score:                                            ; preds = %kdot, %body30
  %score33 = phi i64 [ %269, %body30 ], [ 0, %kdot ]
  %151 = icmp slt i64 %score33, 2
  br i1 %151, label %body30, label %rmax

body30:                                           ; preds = %score
  %152 = sdiv i64 %score33, 2
  %153 = srem i64 %score33, 2
  %154 = mul i64 %153, 16
  %155 = mul i64 %152, 32
  %156 = add i64 %155, %154
  %157 = getelementptr <16 x float>, ptr %dbuf, i64 %156
  %158 = load <16 x float>, ptr %157, align 64
  %159 = add i64 %156, 1
  %160 = getelementptr <16 x float>, ptr %dbuf, i64 %159
  %161 = load <16 x float>, ptr %160, align 64
  %162 = shufflevector <16 x float> %158, <16 x float> %161, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %163 = shufflevector <16 x float> %158, <16 x float> %161, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %164 = fadd <16 x float> %162, %163
  %165 = add i64 %156, 2
  %166 = getelementptr <16 x float>, ptr %dbuf, i64 %165
  %167 = load <16 x float>, ptr %166, align 64
  %168 = add i64 %156, 3
  %169 = getelementptr <16 x float>, ptr %dbuf, i64 %168
  %170 = load <16 x float>, ptr %169, align 64
  %171 = shufflevector <16 x float> %167, <16 x float> %170, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %172 = shufflevector <16 x float> %167, <16 x float> %170, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %173 = fadd <16 x float> %171, %172
  %174 = shufflevector <16 x float> %164, <16 x float> %173, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %175 = shufflevector <16 x float> %164, <16 x float> %173, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %176 = fadd <16 x float> %174, %175
  %177 = add i64 %156, 4
  %178 = getelementptr <16 x float>, ptr %dbuf, i64 %177
  %179 = load <16 x float>, ptr %178, align 64
  %180 = add i64 %156, 5
  %181 = getelementptr <16 x float>, ptr %dbuf, i64 %180
  %182 = load <16 x float>, ptr %181, align 64
  %183 = shufflevector <16 x float> %179, <16 x float> %182, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %184 = shufflevector <16 x float> %179, <16 x float> %182, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %185 = fadd <16 x float> %183, %184
  %186 = add i64 %156, 6
  %187 = getelementptr <16 x float>, ptr %dbuf, i64 %186
  %188 = load <16 x float>, ptr %187, align 64
  %189 = add i64 %156, 7
  %190 = getelementptr <16 x float>, ptr %dbuf, i64 %189
  %191 = load <16 x float>, ptr %190, align 64
  %192 = shufflevector <16 x float> %188, <16 x float> %191, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %193 = shufflevector <16 x float> %188, <16 x float> %191, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %194 = fadd <16 x float> %192, %193
  %195 = shufflevector <16 x float> %185, <16 x float> %194, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %196 = shufflevector <16 x float> %185, <16 x float> %194, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %197 = fadd <16 x float> %195, %196
  %198 = shufflevector <16 x float> %176, <16 x float> %197, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %199 = shufflevector <16 x float> %176, <16 x float> %197, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %200 = fadd <16 x float> %198, %199
  %201 = add i64 %156, 8
  %202 = getelementptr <16 x float>, ptr %dbuf, i64 %201
  %203 = load <16 x float>, ptr %202, align 64
  %204 = add i64 %156, 9
  %205 = getelementptr <16 x float>, ptr %dbuf, i64 %204
  %206 = load <16 x float>, ptr %205, align 64
  %207 = shufflevector <16 x float> %203, <16 x float> %206, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %208 = shufflevector <16 x float> %203, <16 x float> %206, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %209 = fadd <16 x float> %207, %208
  %210 = add i64 %156, 10
  %211 = getelementptr <16 x float>, ptr %dbuf, i64 %210
  %212 = load <16 x float>, ptr %211, align 64
  %213 = add i64 %156, 11
  %214 = getelementptr <16 x float>, ptr %dbuf, i64 %213
  %215 = load <16 x float>, ptr %214, align 64
  %216 = shufflevector <16 x float> %212, <16 x float> %215, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %217 = shufflevector <16 x float> %212, <16 x float> %215, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %218 = fadd <16 x float> %216, %217
  %219 = shufflevector <16 x float> %209, <16 x float> %218, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %220 = shufflevector <16 x float> %209, <16 x float> %218, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %221 = fadd <16 x float> %219, %220
  %222 = add i64 %156, 12
  %223 = getelementptr <16 x float>, ptr %dbuf, i64 %222
  %224 = load <16 x float>, ptr %223, align 64
  %225 = add i64 %156, 13
  %226 = getelementptr <16 x float>, ptr %dbuf, i64 %225
  %227 = load <16 x float>, ptr %226, align 64
  %228 = shufflevector <16 x float> %224, <16 x float> %227, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %229 = shufflevector <16 x float> %224, <16 x float> %227, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %230 = fadd <16 x float> %228, %229
  %231 = add i64 %156, 14
  %232 = getelementptr <16 x float>, ptr %dbuf, i64 %231
  %233 = load <16 x float>, ptr %232, align 64
  %234 = add i64 %156, 15
  %235 = getelementptr <16 x float>, ptr %dbuf, i64 %234
  %236 = load <16 x float>, ptr %235, align 64
  %237 = shufflevector <16 x float> %233, <16 x float> %236, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %238 = shufflevector <16 x float> %233, <16 x float> %236, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %239 = fadd <16 x float> %237, %238
  %240 = shufflevector <16 x float> %230, <16 x float> %239, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %241 = shufflevector <16 x float> %230, <16 x float> %239, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %242 = fadd <16 x float> %240, %241
  %243 = shufflevector <16 x float> %221, <16 x float> %242, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %244 = shufflevector <16 x float> %221, <16 x float> %242, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %245 = fadd <16 x float> %243, %244
  %246 = shufflevector <16 x float> %200, <16 x float> %245, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %247 = shufflevector <16 x float> %200, <16 x float> %245, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %248 = fadd <16 x float> %246, %247
  %249 = getelementptr i32, ptr %83, i64 %152
  %lim = load i32, ptr %249, align 4
  %250 = insertelement <16 x i32> poison, i32 %lim, i32 0
  %splat34 = shufflevector <16 x i32> %250, <16 x i32> poison, <16 x i32> zeroinitializer
  %251 = trunc i64 %154 to i32
  %252 = add i32 %kblock14, %251
  %253 = insertelement <16 x i32> poison, i32 %252, i32 0
  %splat35 = shufflevector <16 x i32> %253, <16 x i32> poison, <16 x i32> zeroinitializer
  %254 = add <16 x i32> %splat35, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %255 = getelementptr i32, ptr %84, i64 %152
  %qpos36 = load i32, ptr %255, align 4
  %256 = insertelement <16 x i32> poison, i32 %qpos36, i32 0
  %splat37 = shufflevector <16 x i32> %256, <16 x i32> poison, <16 x i32> zeroinitializer
  %257 = icmp slt <16 x i32> %254, %splat34
  %s = fmul <16 x float> %248, <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>
  %258 = sub <16 x i32> %splat37, %254
  %259 = sitofp <16 x i32> %258 to <16 x float>
  %260 = fdiv <16 x float> %259, <float 6.400000e+01, float 6.400000e+01, float 6.400000e+01, float 6.400000e+01, float 6.400000e+01, float 6.400000e+01, float 6.400000e+01, float 6.400000e+01, float 6.400000e+01, float 6.400000e+01, float 6.400000e+01, float 6.400000e+01, float 6.400000e+01, float 6.400000e+01, float 6.400000e+01, float 6.400000e+01>
  %261 = fadd <16 x float> %s, %260
  %score_expr = fmul <16 x float> %261, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %262 = select <16 x i1> %257, <16 x float> %score_expr, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %263 = getelementptr float, ptr %pbuf, i64 %156
  store <16 x float> %262, ptr %263, align 64
  %264 = getelementptr <16 x float>, ptr %smax, i64 %152
  %265 = icmp eq i64 %153, 0
  %266 = load <16 x float>, ptr %264, align 64
  %267 = select i1 %265, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <16 x float> %266
  %268 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %267, <16 x float> %262)
  store <16 x float> %268, ptr %264, align 64
  %269 = add nsw i64 %score33, 1
  br label %score

rmax:                                             ; preds = %score, %body38
  %rmax41 = phi i64 [ %306, %body38 ], [ 0, %score ]
  %270 = icmp slt i64 %rmax41, 1
  br i1 %270, label %body38, label %pexp

body38:                                           ; preds = %rmax
  %271 = getelementptr float, ptr %77, i64 %rmax41
  %m = load float, ptr %271, align 4
  %272 = getelementptr <16 x float>, ptr %smax, i64 %rmax41
  %273 = load <16 x float>, ptr %272, align 64
  %274 = shufflevector <16 x float> %273, <16 x float> undef, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %275 = shufflevector <16 x float> %273, <16 x float> undef, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %276 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %274, <8 x float> %275)
  %277 = shufflevector <8 x float> %276, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %278 = shufflevector <8 x float> %276, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %279 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %277, <4 x float> %278)
  %280 = shufflevector <4 x float> %279, <4 x float> undef, <2 x i32> <i32 0, i32 1>
  %281 = shufflevector <4 x float> %279, <4 x float> undef, <2 x i32> <i32 2, i32 3>
  %282 = call <2 x float> @llvm.maxnum.v2f32(<2 x float> %280, <2 x float> %281)
  %283 = shufflevector <2 x float> %282, <2 x float> undef, <1 x i32> zeroinitializer
  %284 = shufflevector <2 x float> %282, <2 x float> undef, <1 x i32> <i32 1>
  %285 = call <1 x float> @llvm.maxnum.v1f32(<1 x float> %283, <1 x float> %284)
  %286 = extractelement <1 x float> %285, i32 0
  %287 = call float @llvm.maxnum.f32(float %m, float %286)
  %288 = fcmp oeq float %287, 0xFFF0000000000000
  %muse42 = select i1 %288, float 0.000000e+00, float %287
  %289 = fsub float %m, %muse42
  %290 = insertelement <16 x float> poison, float %289, i32 0
  %splat43 = shufflevector <16 x float> %290, <16 x float> poison, <16 x i32> zeroinitializer
  %291 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat43, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %292 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %291, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %293 = fadd <16 x float> %292, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %293, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %292, %n
  %294 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %295 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %294, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %296 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %295, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %297 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %296, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %298 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %297, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %299 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %298, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %300 = fptosi <16 x float> %n to <16 x i32>
  %301 = add <16 x i32> %300, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %302 = shl <16 x i32> %301, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %303 = bitcast <16 x i32> %302 to <16 x float>
  %exp2 = fmul <16 x float> %299, %303
  %alpha44 = extractelement <16 x float> %exp2, i32 0
  store float %287, ptr %271, align 4
  %304 = getelementptr float, ptr %muse, i64 %rmax41
  store float %muse42, ptr %304, align 4
  %305 = getelementptr float, ptr %alpha, i64 %rmax41
  store float %alpha44, ptr %305, align 4
  %306 = add nsw i64 %rmax41, 1
  br label %rmax

pexp:                                             ; preds = %rmax, %body45
  %pexp48 = phi i64 [ %337, %body45 ], [ 0, %rmax ]
  %307 = icmp slt i64 %pexp48, 2
  br i1 %307, label %body45, label %lsum53

body45:                                           ; preds = %pexp
  %308 = sdiv i64 %pexp48, 2
  %309 = srem i64 %pexp48, 2
  %310 = mul i64 %309, 16
  %311 = mul i64 %308, 32
  %312 = add i64 %311, %310
  %313 = getelementptr float, ptr %pbuf, i64 %312
  %314 = getelementptr float, ptr %muse, i64 %308
  %315 = load float, ptr %314, align 4
  %316 = insertelement <16 x float> poison, float %315, i32 0
  %splat49 = shufflevector <16 x float> %316, <16 x float> poison, <16 x i32> zeroinitializer
  %317 = load <16 x float>, ptr %313, align 64
  %318 = fsub <16 x float> %317, %splat49
  %319 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %318, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %320 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %319, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %321 = fadd <16 x float> %320, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n50 = fsub <16 x float> %321, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f51 = fsub <16 x float> %320, %n50
  %322 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f51, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %323 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %322, <16 x float> %f51, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %324 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %323, <16 x float> %f51, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %325 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %324, <16 x float> %f51, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %326 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %325, <16 x float> %f51, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %327 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %326, <16 x float> %f51, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %328 = fptosi <16 x float> %n50 to <16 x i32>
  %329 = add <16 x i32> %328, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %330 = shl <16 x i32> %329, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %331 = bitcast <16 x i32> %330 to <16 x float>
  %exp252 = fmul <16 x float> %327, %331
  store <16 x float> %exp252, ptr %313, align 64
  %332 = getelementptr <16 x float>, ptr %lsum, i64 %308
  %333 = icmp eq i64 %309, 0
  %334 = load <16 x float>, ptr %332, align 64
  %335 = select i1 %333, <16 x float> zeroinitializer, <16 x float> %334
  %336 = fadd <16 x float> %335, %exp252
  store <16 x float> %336, ptr %332, align 64
  %337 = add nsw i64 %pexp48, 1
  br label %pexp

lsum53:                                           ; preds = %pexp, %body54
  %lsum57 = phi i64 [ %346, %body54 ], [ 0, %pexp ]
  %338 = icmp slt i64 %lsum57, 1
  br i1 %338, label %body54, label %exit56

body54:                                           ; preds = %lsum53
  %339 = getelementptr float, ptr %78, i64 %lsum57
  %340 = getelementptr float, ptr %alpha, i64 %lsum57
  %341 = load float, ptr %340, align 4
  %342 = getelementptr <16 x float>, ptr %lsum, i64 %lsum57
  %343 = load <16 x float>, ptr %342, align 64
  %344 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %343)
  %l = load float, ptr %339, align 4
  %345 = call float @llvm.fmuladd.f32(float %l, float %341, float %344)
  store float %345, ptr %339, align 4
  %346 = add nsw i64 %lsum57, 1
  br label %lsum53

exit56:                                           ; preds = %lsum53
  %347 = sub i32 %47, %kblock14
  %348 = call i32 @llvm.smin.i32(i32 32, i32 %347)
  %349 = load float, ptr %alpha, align 4
  %350 = insertelement <16 x float> poison, float %349, i32 0
  %splat58 = shufflevector <16 x float> %350, <16 x float> poison, <16 x i32> zeroinitializer
  %351 = load <16 x float>, ptr %82, align 64
  %352 = fmul <16 x float> %351, %splat58
  %353 = getelementptr float, ptr %82, i64 16
  %354 = load <16 x float>, ptr %353, align 64
  %355 = fmul <16 x float> %354, %splat58
  %356 = getelementptr float, ptr %82, i64 32
  %357 = load <16 x float>, ptr %356, align 64
  %358 = fmul <16 x float> %357, %splat58
  %359 = getelementptr float, ptr %82, i64 48
  %360 = load <16 x float>, ptr %359, align 64
  %361 = fmul <16 x float> %360, %splat58
  br label %kpv

kpv:                                              ; preds = %body59, %exit56
  %pacc.sroa.12.0 = phi <16 x float> [ %361, %exit56 ], [ %390, %body59 ]
  %pacc.sroa.8.0 = phi <16 x float> [ %358, %exit56 ], [ %387, %body59 ]
  %pacc.sroa.4.0 = phi <16 x float> [ %355, %exit56 ], [ %384, %body59 ]
  %pacc.sroa.0.0 = phi <16 x float> [ %352, %exit56 ], [ %381, %body59 ]
  %kpv62 = phi i32 [ 0, %exit56 ], [ %391, %body59 ]
  %362 = icmp slt i32 %kpv62, %348
  br i1 %362, label %body59, label %exit61

body59:                                           ; preds = %kpv
  %363 = add i32 %kblock14, %kpv62
  %364 = sext i32 %363 to i64
  %365 = mul i64 %364, 8
  %row63 = add i64 %76, %365
  %366 = mul i64 %row63, 256
  %367 = getelementptr i8, ptr %23, i64 %366
  %368 = add i32 %kb_next, %kpv62
  %369 = call i32 @llvm.smin.i32(i32 %368, i32 %k_last)
  %370 = sext i32 %369 to i64
  %371 = mul i64 %370, 8
  %row64 = add i64 %86, %371
  %372 = mul i64 %row64, 256
  %373 = getelementptr i8, ptr %23, i64 %372
  call void @llvm.prefetch.p0(ptr %373, i32 0, i32 2, i32 1)
  %374 = getelementptr i8, ptr %373, i64 64
  call void @llvm.prefetch.p0(ptr %374, i32 0, i32 2, i32 1)
  %375 = getelementptr i8, ptr %373, i64 128
  call void @llvm.prefetch.p0(ptr %375, i32 0, i32 2, i32 1)
  %376 = getelementptr i8, ptr %373, i64 192
  call void @llvm.prefetch.p0(ptr %376, i32 0, i32 2, i32 1)
  %377 = sext i32 %kpv62 to i64
  %378 = getelementptr float, ptr %pbuf, i64 %377
  %p = load float, ptr %378, align 4
  %379 = insertelement <16 x float> poison, float %p, i32 0
  %splat65 = shufflevector <16 x float> %379, <16 x float> poison, <16 x i32> zeroinitializer
  %380 = load <16 x float>, ptr %367, align 4
  %381 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat65, <16 x float> %380, <16 x float> %pacc.sroa.0.0)
  %382 = getelementptr i8, ptr %367, i64 64
  %383 = load <16 x float>, ptr %382, align 4
  %384 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat65, <16 x float> %383, <16 x float> %pacc.sroa.4.0)
  %385 = getelementptr i8, ptr %367, i64 128
  %386 = load <16 x float>, ptr %385, align 4
  %387 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat65, <16 x float> %386, <16 x float> %pacc.sroa.8.0)
  %388 = getelementptr i8, ptr %367, i64 192
  %389 = load <16 x float>, ptr %388, align 4
  %390 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat65, <16 x float> %389, <16 x float> %pacc.sroa.12.0)
  %391 = add nsw i32 %kpv62, 1
  br label %kpv

exit61:                                           ; preds = %kpv
  store <16 x float> %pacc.sroa.0.0, ptr %82, align 64
  store <16 x float> %pacc.sroa.4.0, ptr %353, align 64
  store <16 x float> %pacc.sroa.8.0, ptr %356, align 64
  store <16 x float> %pacc.sroa.12.0, ptr %359, align 64
  br label %kvh

orow66:                                           ; preds = %kblock, %written
  %orow70 = phi i32 [ %413, %written ], [ 0, %kblock ]
  %392 = icmp slt i32 %orow70, %nrows
  br i1 %392, label %body67, label %done

body67:                                           ; preds = %orow66
  %393 = sext i32 %orow70 to i64
  %394 = getelementptr float, ptr %ms, i64 %393
  %m71 = load float, ptr %394, align 4
  %395 = getelementptr float, ptr %ls, i64 %393
  %l72 = load float, ptr %395, align 4
  %396 = mul i64 %393, 64
  %397 = getelementptr float, ptr %accs, i64 %396
  %398 = icmp ne ptr %part, null
  br i1 %398, label %partial, label %final

partial:                                          ; preds = %body67
  %399 = sext i32 %nrows to i64
  %400 = getelementptr float, ptr %part, i64 %396
  br label %chunk73

final:                                            ; preds = %body67
  %401 = sdiv i32 %orow70, %nh
  %qi78 = add i32 %q_begin, %401
  %402 = srem i32 %orow70, %nh
  %h79 = add i32 %h_begin, %402
  %hq80 = add i32 %kv_head0, %h79
  %403 = sext i32 %qi78 to i64
  %404 = add i64 %q_row0, %403
  %405 = mul i64 %404, 8
  %406 = sext i32 %hq80 to i64
  %orow81 = add i64 %405, %406
  %407 = fcmp oeq float %l72, 0.000000e+00
  %408 = fdiv float 1.000000e+00, %l72
  %409 = select i1 %407, float 0.000000e+00, float %408
  %410 = mul i64 %orow81, 256
  %411 = getelementptr i8, ptr %out, i64 %410
  %412 = insertelement <16 x float> poison, float %409, i32 0
  %splat82 = shufflevector <16 x float> %412, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk83

written:                                          ; preds = %chunk83, %exit76
  %413 = add nsw i32 %orow70, 1
  br label %orow66

chunk73:                                          ; preds = %body74, %partial
  %chunk77 = phi i64 [ 0, %partial ], [ %419, %body74 ]
  %414 = icmp slt i64 %chunk77, 4
  br i1 %414, label %body74, label %exit76

body74:                                           ; preds = %chunk73
  %415 = getelementptr <16 x float>, ptr %397, i64 %chunk77
  %416 = load <16 x float>, ptr %415, align 64
  %417 = mul i64 %chunk77, 64
  %418 = getelementptr i8, ptr %400, i64 %417
  store <16 x float> %416, ptr %418, align 4
  %419 = add nsw i64 %chunk77, 1
  br label %chunk73

exit76:                                           ; preds = %chunk73
  %420 = mul i64 %399, 64
  %421 = add i64 %420, %393
  %422 = getelementptr float, ptr %part, i64 %421
  store float %m71, ptr %422, align 4
  %423 = add i64 %421, %399
  %424 = getelementptr float, ptr %part, i64 %423
  store float %l72, ptr %424, align 4
  br label %written

chunk83:                                          ; preds = %body84, %final
  %chunk87 = phi i64 [ 0, %final ], [ %431, %body84 ]
  %425 = icmp slt i64 %chunk87, 4
  br i1 %425, label %body84, label %written

body84:                                           ; preds = %chunk83
  %426 = getelementptr <16 x float>, ptr %397, i64 %chunk87
  %427 = load <16 x float>, ptr %426, align 64
  %428 = fmul <16 x float> %427, %splat82
  %429 = mul i64 %chunk87, 64
  %430 = getelementptr i8, ptr %411, i64 %429
  store <16 x float> %428, ptr %430, align 4
  %431 = add nsw i64 %chunk87, 1
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
