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

done:                                             ; preds = %orow66, %entry
  ret void

rinit:                                            ; preds = %entry, %exit10
  %rinit1 = phi i32 [ %65, %exit10 ], [ 0, %entry ]
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
  br label %acczero

acczero:                                          ; preds = %body8, %exit4
  %acczero11 = phi i64 [ 0, %exit4 ], [ %64, %body8 ]
  %59 = icmp slt i64 %acczero11, 4
  br i1 %59, label %body8, label %exit10

body8:                                            ; preds = %acczero
  %60 = mul i64 %acczero11, 16
  %61 = mul i64 %26, 64
  %62 = add i64 %61, %60
  %63 = getelementptr float, ptr %accs, i64 %62
  store <16 x float> zeroinitializer, ptr %63, align 64
  %64 = add nsw i64 %acczero11, 1
  br label %acczero

exit10:                                           ; preds = %acczero
  %65 = add nsw i32 %rinit1, 1
  br label %rinit

kblock:                                           ; preds = %kvh, %exit
  %kblock15 = phi i32 [ %k_begin, %exit ], [ %67, %kvh ]
  %66 = icmp slt i32 %kblock15, %fact
  br i1 %66, label %body12, label %orow66

body12:                                           ; preds = %kblock
  %67 = add i32 %kblock15, 32
  br label %kvh

kvh:                                              ; preds = %exit61, %body12
  %kvh19 = phi i32 [ 0, %body12 ], [ %70, %exit61 ]
  %68 = icmp slt i32 %kvh19, 8
  br i1 %68, label %body16, label %kblock

body16:                                           ; preds = %kvh
  %69 = icmp eq i32 %kvh19, 7
  %70 = add i32 %kvh19, 1
  %71 = select i1 %69, i32 0, i32 %70
  %kb_next = select i1 %69, i32 %67, i32 %kblock15
  %72 = sext i32 %kvh19 to i64
  %73 = add i64 %21, %72
  %74 = getelementptr float, ptr %ms, i64 %72
  %75 = getelementptr float, ptr %ls, i64 %72
  %76 = mul i64 %72, 4
  %77 = getelementptr <16 x float>, ptr %qs, i64 %76
  %78 = mul i64 %72, 64
  %79 = getelementptr float, ptr %accs, i64 %78
  %80 = getelementptr i32, ptr %lims, i64 %72
  %81 = getelementptr i32, ptr %qpos, i64 %72
  %82 = sext i32 %71 to i64
  %83 = add i64 %21, %82
  br label %kdot

kdot:                                             ; preds = %body20, %body16
  %kdot23 = phi i32 [ 0, %body16 ], [ %147, %body20 ]
  %84 = icmp slt i32 %kdot23, 32
  br i1 %84, label %body20, label %score

body20:                                           ; preds = %kdot
  %85 = add i32 %kblock15, %kdot23
  %86 = call i32 @llvm.smin.i32(i32 %85, i32 %k_last)
  %87 = sext i32 %86 to i64
  %88 = mul i64 %87, 8
  %row = add i64 %73, %88
  %89 = mul i64 %row, 256
  %90 = getelementptr i8, ptr %20, i64 %89
  %91 = add i32 %kb_next, %kdot23
  %92 = call i32 @llvm.smin.i32(i32 %91, i32 %k_last)
  %93 = sext i32 %92 to i64
  %94 = mul i64 %93, 8
  %row24 = add i64 %83, %94
  %95 = mul i64 %row24, 256
  %96 = getelementptr i8, ptr %20, i64 %95
  call void @llvm.prefetch.p0(ptr %96, i32 0, i32 2, i32 1)
  %97 = getelementptr i8, ptr %96, i64 64
  call void @llvm.prefetch.p0(ptr %97, i32 0, i32 2, i32 1)
  %98 = getelementptr i8, ptr %96, i64 128
  call void @llvm.prefetch.p0(ptr %98, i32 0, i32 2, i32 1)
  %99 = getelementptr i8, ptr %96, i64 192
  call void @llvm.prefetch.p0(ptr %99, i32 0, i32 2, i32 1)
  %100 = add i32 %kdot23, 1
  %101 = add i32 %kblock15, %100
  %102 = call i32 @llvm.smin.i32(i32 %101, i32 %k_last)
  %103 = sext i32 %102 to i64
  %104 = mul i64 %103, 8
  %row25 = add i64 %73, %104
  %105 = mul i64 %row25, 256
  %106 = getelementptr i8, ptr %20, i64 %105
  %107 = add i32 %kb_next, %100
  %108 = call i32 @llvm.smin.i32(i32 %107, i32 %k_last)
  %109 = sext i32 %108 to i64
  %110 = mul i64 %109, 8
  %row26 = add i64 %83, %110
  %111 = mul i64 %row26, 256
  %112 = getelementptr i8, ptr %20, i64 %111
  call void @llvm.prefetch.p0(ptr %112, i32 0, i32 2, i32 1)
  %113 = getelementptr i8, ptr %112, i64 64
  call void @llvm.prefetch.p0(ptr %113, i32 0, i32 2, i32 1)
  %114 = getelementptr i8, ptr %112, i64 128
  call void @llvm.prefetch.p0(ptr %114, i32 0, i32 2, i32 1)
  %115 = getelementptr i8, ptr %112, i64 192
  call void @llvm.prefetch.p0(ptr %115, i32 0, i32 2, i32 1)
  %q27 = load <16 x float>, ptr %77, align 64
  %116 = load <16 x float>, ptr %90, align 4
  %117 = load <16 x float>, ptr %106, align 4
  %118 = fmul <16 x float> %q27, %116
  %119 = fmul <16 x float> %q27, %117
  %120 = getelementptr <16 x float>, ptr %77, i64 1
  %q28 = load <16 x float>, ptr %120, align 64
  %121 = getelementptr i8, ptr %90, i64 64
  %122 = load <16 x float>, ptr %121, align 4
  %123 = getelementptr i8, ptr %106, i64 64
  %124 = load <16 x float>, ptr %123, align 4
  %125 = fmul <16 x float> %q28, %122
  %126 = fmul <16 x float> %q28, %124
  %127 = getelementptr <16 x float>, ptr %77, i64 2
  %q29 = load <16 x float>, ptr %127, align 64
  %128 = getelementptr i8, ptr %90, i64 128
  %129 = load <16 x float>, ptr %128, align 4
  %130 = getelementptr i8, ptr %106, i64 128
  %131 = load <16 x float>, ptr %130, align 4
  %132 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q29, <16 x float> %129, <16 x float> %118)
  %133 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q29, <16 x float> %131, <16 x float> %119)
  %134 = getelementptr <16 x float>, ptr %77, i64 3
  %q30 = load <16 x float>, ptr %134, align 64
  %135 = getelementptr i8, ptr %90, i64 192
  %136 = load <16 x float>, ptr %135, align 4
  %137 = getelementptr i8, ptr %106, i64 192
  %138 = load <16 x float>, ptr %137, align 4
  %139 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q30, <16 x float> %136, <16 x float> %125)
  %140 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q30, <16 x float> %138, <16 x float> %126)
  %141 = fadd <16 x float> %132, %139
  %142 = sext i32 %kdot23 to i64
  %143 = getelementptr <16 x float>, ptr %dbuf, i64 %142
  store <16 x float> %141, ptr %143, align 64
  %144 = fadd <16 x float> %133, %140
  %145 = sext i32 %100 to i64
  %146 = getelementptr <16 x float>, ptr %dbuf, i64 %145
  store <16 x float> %144, ptr %146, align 64
  %147 = add nsw i32 %kdot23, 2
  br label %kdot

score:                                            ; preds = %kdot, %body31
  %score34 = phi i64 [ %268, %body31 ], [ 0, %kdot ]
  %148 = icmp slt i64 %score34, 2
  br i1 %148, label %body31, label %rmax

body31:                                           ; preds = %score
  %149 = sdiv i64 %score34, 2
  %150 = srem i64 %score34, 2
  %151 = mul i64 %150, 16
  %152 = mul i64 %149, 32
  %153 = add i64 %152, %151
  %154 = getelementptr <16 x float>, ptr %dbuf, i64 %153
  %155 = load <16 x float>, ptr %154, align 64
  %156 = add i64 %153, 1
  %157 = getelementptr <16 x float>, ptr %dbuf, i64 %156
  %158 = load <16 x float>, ptr %157, align 64
  %159 = shufflevector <16 x float> %155, <16 x float> %158, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %160 = shufflevector <16 x float> %155, <16 x float> %158, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %161 = fadd <16 x float> %159, %160
  %162 = add i64 %153, 2
  %163 = getelementptr <16 x float>, ptr %dbuf, i64 %162
  %164 = load <16 x float>, ptr %163, align 64
  %165 = add i64 %153, 3
  %166 = getelementptr <16 x float>, ptr %dbuf, i64 %165
  %167 = load <16 x float>, ptr %166, align 64
  %168 = shufflevector <16 x float> %164, <16 x float> %167, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %169 = shufflevector <16 x float> %164, <16 x float> %167, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %170 = fadd <16 x float> %168, %169
  %171 = shufflevector <16 x float> %161, <16 x float> %170, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %172 = shufflevector <16 x float> %161, <16 x float> %170, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %173 = fadd <16 x float> %171, %172
  %174 = add i64 %153, 4
  %175 = getelementptr <16 x float>, ptr %dbuf, i64 %174
  %176 = load <16 x float>, ptr %175, align 64
  %177 = add i64 %153, 5
  %178 = getelementptr <16 x float>, ptr %dbuf, i64 %177
  %179 = load <16 x float>, ptr %178, align 64
  %180 = shufflevector <16 x float> %176, <16 x float> %179, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %181 = shufflevector <16 x float> %176, <16 x float> %179, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %182 = fadd <16 x float> %180, %181
  %183 = add i64 %153, 6
  %184 = getelementptr <16 x float>, ptr %dbuf, i64 %183
  %185 = load <16 x float>, ptr %184, align 64
  %186 = add i64 %153, 7
  %187 = getelementptr <16 x float>, ptr %dbuf, i64 %186
  %188 = load <16 x float>, ptr %187, align 64
  %189 = shufflevector <16 x float> %185, <16 x float> %188, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %190 = shufflevector <16 x float> %185, <16 x float> %188, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %191 = fadd <16 x float> %189, %190
  %192 = shufflevector <16 x float> %182, <16 x float> %191, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %193 = shufflevector <16 x float> %182, <16 x float> %191, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %194 = fadd <16 x float> %192, %193
  %195 = shufflevector <16 x float> %173, <16 x float> %194, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %196 = shufflevector <16 x float> %173, <16 x float> %194, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %197 = fadd <16 x float> %195, %196
  %198 = add i64 %153, 8
  %199 = getelementptr <16 x float>, ptr %dbuf, i64 %198
  %200 = load <16 x float>, ptr %199, align 64
  %201 = add i64 %153, 9
  %202 = getelementptr <16 x float>, ptr %dbuf, i64 %201
  %203 = load <16 x float>, ptr %202, align 64
  %204 = shufflevector <16 x float> %200, <16 x float> %203, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %205 = shufflevector <16 x float> %200, <16 x float> %203, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %206 = fadd <16 x float> %204, %205
  %207 = add i64 %153, 10
  %208 = getelementptr <16 x float>, ptr %dbuf, i64 %207
  %209 = load <16 x float>, ptr %208, align 64
  %210 = add i64 %153, 11
  %211 = getelementptr <16 x float>, ptr %dbuf, i64 %210
  %212 = load <16 x float>, ptr %211, align 64
  %213 = shufflevector <16 x float> %209, <16 x float> %212, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %214 = shufflevector <16 x float> %209, <16 x float> %212, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %215 = fadd <16 x float> %213, %214
  %216 = shufflevector <16 x float> %206, <16 x float> %215, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %217 = shufflevector <16 x float> %206, <16 x float> %215, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %218 = fadd <16 x float> %216, %217
  %219 = add i64 %153, 12
  %220 = getelementptr <16 x float>, ptr %dbuf, i64 %219
  %221 = load <16 x float>, ptr %220, align 64
  %222 = add i64 %153, 13
  %223 = getelementptr <16 x float>, ptr %dbuf, i64 %222
  %224 = load <16 x float>, ptr %223, align 64
  %225 = shufflevector <16 x float> %221, <16 x float> %224, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %226 = shufflevector <16 x float> %221, <16 x float> %224, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %227 = fadd <16 x float> %225, %226
  %228 = add i64 %153, 14
  %229 = getelementptr <16 x float>, ptr %dbuf, i64 %228
  %230 = load <16 x float>, ptr %229, align 64
  %231 = add i64 %153, 15
  %232 = getelementptr <16 x float>, ptr %dbuf, i64 %231
  %233 = load <16 x float>, ptr %232, align 64
  %234 = shufflevector <16 x float> %230, <16 x float> %233, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %235 = shufflevector <16 x float> %230, <16 x float> %233, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %236 = fadd <16 x float> %234, %235
  %237 = shufflevector <16 x float> %227, <16 x float> %236, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %238 = shufflevector <16 x float> %227, <16 x float> %236, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %239 = fadd <16 x float> %237, %238
  %240 = shufflevector <16 x float> %218, <16 x float> %239, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %241 = shufflevector <16 x float> %218, <16 x float> %239, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %242 = fadd <16 x float> %240, %241
  %243 = shufflevector <16 x float> %197, <16 x float> %242, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %244 = shufflevector <16 x float> %197, <16 x float> %242, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %245 = fadd <16 x float> %243, %244
  %246 = getelementptr i32, ptr %80, i64 %149
  %247 = load i32, ptr %246, align 4
  %248 = insertelement <16 x i32> poison, i32 %247, i32 0
  %splat35 = shufflevector <16 x i32> %248, <16 x i32> poison, <16 x i32> zeroinitializer
  %249 = getelementptr i32, ptr %81, i64 %149
  %250 = load i32, ptr %249, align 4
  %251 = insertelement <16 x i32> poison, i32 %250, i32 0
  %splat36 = shufflevector <16 x i32> %251, <16 x i32> poison, <16 x i32> zeroinitializer
  %252 = trunc i64 %151 to i32
  %253 = add i32 %kblock15, %252
  %254 = insertelement <16 x i32> poison, i32 %253, i32 0
  %splat37 = shufflevector <16 x i32> %254, <16 x i32> poison, <16 x i32> zeroinitializer
  %255 = add <16 x i32> %splat37, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %256 = icmp slt <16 x i32> %255, %splat35
  %s = fmul <16 x float> %245, <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>
  %257 = sub <16 x i32> %splat36, %255
  %258 = sitofp <16 x i32> %257 to <16 x float>
  %259 = fdiv <16 x float> %258, <float 6.400000e+01, float 6.400000e+01, float 6.400000e+01, float 6.400000e+01, float 6.400000e+01, float 6.400000e+01, float 6.400000e+01, float 6.400000e+01, float 6.400000e+01, float 6.400000e+01, float 6.400000e+01, float 6.400000e+01, float 6.400000e+01, float 6.400000e+01, float 6.400000e+01, float 6.400000e+01>
  %260 = fadd <16 x float> %s, %259
  %score_expr = fmul <16 x float> %260, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %261 = select <16 x i1> %256, <16 x float> %score_expr, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %262 = getelementptr float, ptr %pbuf, i64 %153
  store <16 x float> %261, ptr %262, align 64
  %263 = getelementptr <16 x float>, ptr %smax, i64 %149
  %264 = icmp eq i64 %150, 0
  %265 = load <16 x float>, ptr %263, align 64
  %266 = select i1 %264, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <16 x float> %265
  %267 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %266, <16 x float> %261)
  store <16 x float> %267, ptr %263, align 64
  %268 = add nsw i64 %score34, 1
  br label %score

rmax:                                             ; preds = %score, %body38
  %rmax41 = phi i64 [ %305, %body38 ], [ 0, %score ]
  %269 = icmp slt i64 %rmax41, 1
  br i1 %269, label %body38, label %pexp

body38:                                           ; preds = %rmax
  %270 = getelementptr float, ptr %74, i64 %rmax41
  %m = load float, ptr %270, align 4
  %271 = getelementptr <16 x float>, ptr %smax, i64 %rmax41
  %272 = load <16 x float>, ptr %271, align 64
  %273 = shufflevector <16 x float> %272, <16 x float> undef, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %274 = shufflevector <16 x float> %272, <16 x float> undef, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %275 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %273, <8 x float> %274)
  %276 = shufflevector <8 x float> %275, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %277 = shufflevector <8 x float> %275, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %278 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %276, <4 x float> %277)
  %279 = shufflevector <4 x float> %278, <4 x float> undef, <2 x i32> <i32 0, i32 1>
  %280 = shufflevector <4 x float> %278, <4 x float> undef, <2 x i32> <i32 2, i32 3>
  %281 = call <2 x float> @llvm.maxnum.v2f32(<2 x float> %279, <2 x float> %280)
  %282 = shufflevector <2 x float> %281, <2 x float> undef, <1 x i32> zeroinitializer
  %283 = shufflevector <2 x float> %281, <2 x float> undef, <1 x i32> <i32 1>
  %284 = call <1 x float> @llvm.maxnum.v1f32(<1 x float> %282, <1 x float> %283)
  %285 = extractelement <1 x float> %284, i32 0
  %286 = call float @llvm.maxnum.f32(float %m, float %285)
  %287 = fcmp oeq float %286, 0xFFF0000000000000
  %muse42 = select i1 %287, float 0.000000e+00, float %286
  %288 = fsub float %m, %muse42
  %289 = insertelement <16 x float> poison, float %288, i32 0
  %splat43 = shufflevector <16 x float> %289, <16 x float> poison, <16 x i32> zeroinitializer
  %290 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat43, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %291 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %290, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %292 = fadd <16 x float> %291, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %292, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %291, %n
  %293 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %294 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %293, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %295 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %294, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %296 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %295, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %297 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %296, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %298 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %297, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %299 = fptosi <16 x float> %n to <16 x i32>
  %300 = add <16 x i32> %299, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %301 = shl <16 x i32> %300, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %302 = bitcast <16 x i32> %301 to <16 x float>
  %exp2 = fmul <16 x float> %298, %302
  %alpha44 = extractelement <16 x float> %exp2, i32 0
  store float %286, ptr %270, align 4
  %303 = getelementptr float, ptr %muse, i64 %rmax41
  store float %muse42, ptr %303, align 4
  %304 = getelementptr float, ptr %alpha, i64 %rmax41
  store float %alpha44, ptr %304, align 4
  %305 = add nsw i64 %rmax41, 1
  br label %rmax

pexp:                                             ; preds = %rmax, %body45
  %pexp48 = phi i64 [ %336, %body45 ], [ 0, %rmax ]
  %306 = icmp slt i64 %pexp48, 2
  br i1 %306, label %body45, label %lsum53

body45:                                           ; preds = %pexp
  %307 = sdiv i64 %pexp48, 2
  %308 = srem i64 %pexp48, 2
  %309 = mul i64 %308, 16
  %310 = mul i64 %307, 32
  %311 = add i64 %310, %309
  %312 = getelementptr float, ptr %pbuf, i64 %311
  %313 = getelementptr float, ptr %muse, i64 %307
  %314 = load float, ptr %313, align 4
  %315 = insertelement <16 x float> poison, float %314, i32 0
  %splat49 = shufflevector <16 x float> %315, <16 x float> poison, <16 x i32> zeroinitializer
  %316 = load <16 x float>, ptr %312, align 64
  %317 = fsub <16 x float> %316, %splat49
  %318 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %317, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %319 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %318, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %320 = fadd <16 x float> %319, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n50 = fsub <16 x float> %320, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f51 = fsub <16 x float> %319, %n50
  %321 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f51, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %322 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %321, <16 x float> %f51, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %323 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %322, <16 x float> %f51, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %324 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %323, <16 x float> %f51, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %325 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %324, <16 x float> %f51, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %326 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %325, <16 x float> %f51, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %327 = fptosi <16 x float> %n50 to <16 x i32>
  %328 = add <16 x i32> %327, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %329 = shl <16 x i32> %328, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %330 = bitcast <16 x i32> %329 to <16 x float>
  %exp252 = fmul <16 x float> %326, %330
  store <16 x float> %exp252, ptr %312, align 64
  %331 = getelementptr <16 x float>, ptr %lsum, i64 %307
  %332 = icmp eq i64 %308, 0
  %333 = load <16 x float>, ptr %331, align 64
  %334 = select i1 %332, <16 x float> zeroinitializer, <16 x float> %333
  %335 = fadd <16 x float> %334, %exp252
  store <16 x float> %335, ptr %331, align 64
  %336 = add nsw i64 %pexp48, 1
  br label %pexp

lsum53:                                           ; preds = %pexp, %body54
  %lsum57 = phi i64 [ %345, %body54 ], [ 0, %pexp ]
  %337 = icmp slt i64 %lsum57, 1
  br i1 %337, label %body54, label %exit56

body54:                                           ; preds = %lsum53
  %338 = getelementptr float, ptr %75, i64 %lsum57
  %339 = getelementptr float, ptr %alpha, i64 %lsum57
  %340 = load float, ptr %339, align 4
  %341 = getelementptr <16 x float>, ptr %lsum, i64 %lsum57
  %342 = load <16 x float>, ptr %341, align 64
  %343 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %342)
  %l = load float, ptr %338, align 4
  %344 = call float @llvm.fmuladd.f32(float %l, float %340, float %343)
  store float %344, ptr %338, align 4
  %345 = add nsw i64 %lsum57, 1
  br label %lsum53

exit56:                                           ; preds = %lsum53
  %346 = sub i32 %fact, %kblock15
  %347 = call i32 @llvm.smin.i32(i32 32, i32 %346)
  %348 = load float, ptr %alpha, align 4
  %349 = insertelement <16 x float> poison, float %348, i32 0
  %splat58 = shufflevector <16 x float> %349, <16 x float> poison, <16 x i32> zeroinitializer
  %350 = load <16 x float>, ptr %79, align 64
  %351 = fmul <16 x float> %350, %splat58
  %352 = getelementptr float, ptr %79, i64 16
  %353 = load <16 x float>, ptr %352, align 64
  %354 = fmul <16 x float> %353, %splat58
  %355 = getelementptr float, ptr %79, i64 32
  %356 = load <16 x float>, ptr %355, align 64
  %357 = fmul <16 x float> %356, %splat58
  %358 = getelementptr float, ptr %79, i64 48
  %359 = load <16 x float>, ptr %358, align 64
  %360 = fmul <16 x float> %359, %splat58
  br label %kpv

kpv:                                              ; preds = %body59, %exit56
  %pacc.sroa.12.0 = phi <16 x float> [ %360, %exit56 ], [ %389, %body59 ]
  %pacc.sroa.8.0 = phi <16 x float> [ %357, %exit56 ], [ %386, %body59 ]
  %pacc.sroa.4.0 = phi <16 x float> [ %354, %exit56 ], [ %383, %body59 ]
  %pacc.sroa.0.0 = phi <16 x float> [ %351, %exit56 ], [ %380, %body59 ]
  %kpv62 = phi i32 [ 0, %exit56 ], [ %390, %body59 ]
  %361 = icmp slt i32 %kpv62, %347
  br i1 %361, label %body59, label %exit61

body59:                                           ; preds = %kpv
  %362 = add i32 %kblock15, %kpv62
  %363 = sext i32 %362 to i64
  %364 = mul i64 %363, 8
  %row63 = add i64 %73, %364
  %365 = mul i64 %row63, 256
  %366 = getelementptr i8, ptr %23, i64 %365
  %367 = add i32 %kb_next, %kpv62
  %368 = call i32 @llvm.smin.i32(i32 %367, i32 %k_last)
  %369 = sext i32 %368 to i64
  %370 = mul i64 %369, 8
  %row64 = add i64 %83, %370
  %371 = mul i64 %row64, 256
  %372 = getelementptr i8, ptr %23, i64 %371
  call void @llvm.prefetch.p0(ptr %372, i32 0, i32 2, i32 1)
  %373 = getelementptr i8, ptr %372, i64 64
  call void @llvm.prefetch.p0(ptr %373, i32 0, i32 2, i32 1)
  %374 = getelementptr i8, ptr %372, i64 128
  call void @llvm.prefetch.p0(ptr %374, i32 0, i32 2, i32 1)
  %375 = getelementptr i8, ptr %372, i64 192
  call void @llvm.prefetch.p0(ptr %375, i32 0, i32 2, i32 1)
  %376 = sext i32 %kpv62 to i64
  %377 = getelementptr float, ptr %pbuf, i64 %376
  %p = load float, ptr %377, align 4
  %378 = insertelement <16 x float> poison, float %p, i32 0
  %splat65 = shufflevector <16 x float> %378, <16 x float> poison, <16 x i32> zeroinitializer
  %379 = load <16 x float>, ptr %366, align 4
  %380 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat65, <16 x float> %379, <16 x float> %pacc.sroa.0.0)
  %381 = getelementptr i8, ptr %366, i64 64
  %382 = load <16 x float>, ptr %381, align 4
  %383 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat65, <16 x float> %382, <16 x float> %pacc.sroa.4.0)
  %384 = getelementptr i8, ptr %366, i64 128
  %385 = load <16 x float>, ptr %384, align 4
  %386 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat65, <16 x float> %385, <16 x float> %pacc.sroa.8.0)
  %387 = getelementptr i8, ptr %366, i64 192
  %388 = load <16 x float>, ptr %387, align 4
  %389 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat65, <16 x float> %388, <16 x float> %pacc.sroa.12.0)
  %390 = add nsw i32 %kpv62, 1
  br label %kpv

exit61:                                           ; preds = %kpv
  store <16 x float> %pacc.sroa.0.0, ptr %79, align 64
  store <16 x float> %pacc.sroa.4.0, ptr %352, align 64
  store <16 x float> %pacc.sroa.8.0, ptr %355, align 64
  store <16 x float> %pacc.sroa.12.0, ptr %358, align 64
  br label %kvh

orow66:                                           ; preds = %kblock, %written
  %orow70 = phi i32 [ %413, %written ], [ 0, %kblock ]
  %391 = icmp slt i32 %orow70, %nrows
  br i1 %391, label %body67, label %done

body67:                                           ; preds = %orow66
  %392 = sext i32 %orow70 to i64
  %393 = getelementptr float, ptr %ms, i64 %392
  %m71 = load float, ptr %393, align 4
  %394 = getelementptr float, ptr %ls, i64 %392
  %l72 = load float, ptr %394, align 4
  %395 = mul i64 %392, 64
  %396 = getelementptr float, ptr %accs, i64 %395
  %397 = icmp ne ptr %part, null
  br i1 %397, label %partial, label %final

partial:                                          ; preds = %body67
  %398 = sext i32 %nrows to i64
  %399 = getelementptr float, ptr %part, i64 %395
  br label %chunk73

final:                                            ; preds = %body67
  %400 = sdiv i32 %orow70, %nh
  %qi78 = add i32 %q_begin, %400
  %401 = srem i32 %orow70, %nh
  %402 = add i32 %h_begin, %401
  %hq79 = add i32 %kv_head0, %402
  %403 = sext i32 %qi78 to i64
  %404 = add i64 %q_row0, %403
  %405 = mul i64 %404, 8
  %406 = sext i32 %hq79 to i64
  %orow80 = add i64 %405, %406
  %407 = fcmp oeq float %l72, 0.000000e+00
  %408 = fdiv float 1.000000e+00, %l72
  %409 = select i1 %407, float 0.000000e+00, float %408
  %410 = mul i64 %orow80, 256
  %411 = getelementptr i8, ptr %out, i64 %410
  %412 = insertelement <16 x float> poison, float %409, i32 0
  %splat81 = shufflevector <16 x float> %412, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk82

written:                                          ; preds = %chunk82, %exit76
  %413 = add nsw i32 %orow70, 1
  br label %orow66

chunk73:                                          ; preds = %body74, %partial
  %chunk77 = phi i64 [ 0, %partial ], [ %419, %body74 ]
  %414 = icmp slt i64 %chunk77, 4
  br i1 %414, label %body74, label %exit76

body74:                                           ; preds = %chunk73
  %415 = getelementptr <16 x float>, ptr %396, i64 %chunk77
  %416 = load <16 x float>, ptr %415, align 64
  %417 = mul i64 %chunk77, 64
  %418 = getelementptr i8, ptr %399, i64 %417
  store <16 x float> %416, ptr %418, align 4
  %419 = add nsw i64 %chunk77, 1
  br label %chunk73

exit76:                                           ; preds = %chunk73
  %420 = mul i64 %398, 64
  %421 = add i64 %420, %392
  %422 = getelementptr float, ptr %part, i64 %421
  store float %m71, ptr %422, align 4
  %423 = add i64 %421, %398
  %424 = getelementptr float, ptr %part, i64 %423
  store float %l72, ptr %424, align 4
  br label %written

chunk82:                                          ; preds = %body83, %final
  %chunk86 = phi i64 [ 0, %final ], [ %431, %body83 ]
  %425 = icmp slt i64 %chunk86, 4
  br i1 %425, label %body83, label %written

body83:                                           ; preds = %chunk82
  %426 = getelementptr <16 x float>, ptr %396, i64 %chunk86
  %427 = load <16 x float>, ptr %426, align 64
  %428 = fmul <16 x float> %427, %splat81
  %429 = mul i64 %chunk86, 64
  %430 = getelementptr i8, ptr %411, i64 %429
  store <16 x float> %428, ptr %430, align 4
  %431 = add nsw i64 %chunk86, 1
  br label %chunk82
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
