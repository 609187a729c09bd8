; ModuleID = 'block_sparse'
source_filename = "block_sparse"
target triple = "x86_64-unknown-linux-gnu"

@block_sparse.name = private unnamed_addr constant [13 x i8] c"block_sparse\00"
@block_sparse.spec = private unnamed_addr constant [413 x i8] c"attncc: 1\0Aname: block_sparse\0Aphase: prefill\0Akind: self\0Aheads: {q: 16, kv: 16, dim: 64, v_dim: 64}\0Atypes: {q: f32, cache: f32, out: f32}\0Ascale: auto\0Acache: {store: kv, layout: contiguous, order: token_major, capacity: 8192, latent_dim: 0, rope_dim: 0, shared_across_layers: false}\0Amask: {causal: false, block_sparse: runtime, block_size: 64}\0Aoutput: {lse: true}\0Aslim: {order: auto}\0Amodel: {layers: 1, d_model: 0}\0A\00"
@block_sparse_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32, ptr, i32, i32, i32, i32, float, i32, i32, i32, i32, i32, ptr } { i32 7, i32 1, i64 284475152545050355, ptr @block_sparse.name, ptr @block_sparse.spec, i32 16, i32 16, i32 64, i32 64, i32 0, i32 0, i32 0, i32 1, i32 0, i32 0, i32 8192, i32 0, i32 1, float 1.250000e-01, i32 0, i32 0, i32 0, ptr null, i32 0, i32 0, i32 0, i32 0, float 0.000000e+00, i32 0, i32 0, i32 0, i32 64, i32 0, ptr null }, align 8
@block_sparse_kernel = internal constant { ptr, ptr, i32, i32, i32, i32, i32, i32, ptr } { ptr @block_sparse_info_data, ptr @block_sparse_tile, i32 64, i32 1, i32 16, i32 256, i32 16, i32 64, ptr null }, align 8

; Function Attrs: nounwind
define internal void @block_sparse_tile_one(ptr %0, ptr %1) #0 {
entry:
  %muse = alloca float, align 64
  %lsum = alloca <16 x float>, align 64
  %smax = alloca <16 x float>, align 64
  %qblks = alloca i32, align 64
  %lims = alloca i32, align 64
  %alpha = alloca float, align 64
  %accs = alloca [64 x float], align 64
  %pbuf = alloca [64 x float], align 64
  %dbuf = alloca [64 x <16 x float>], align 64
  %qs = alloca [4 x <16 x float>], align 64
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
  %q_pos0 = load i32, ptr %9, align 4
  %10 = getelementptr i8, ptr %1, i64 36
  %k_begin = load i32, ptr %10, align 4
  %11 = getelementptr i8, ptr %1, i64 40
  %k_end = load i32, ptr %11, align 4
  %12 = getelementptr i8, ptr %1, i64 44
  %13 = getelementptr i8, ptr %1, i64 48
  %part = load ptr, ptr %13, align 8
  %14 = sext i32 %seq to i64
  %15 = getelementptr i8, ptr %0, i64 176
  %block_row = load ptr, ptr %15, align 8
  %16 = mul i64 %14, 129
  %17 = getelementptr i32, ptr %block_row, i64 %16
  %18 = getelementptr i8, ptr %0, i64 184
  %block_col = load ptr, ptr %18, align 8
  %19 = getelementptr i8, ptr %0, i64 32
  %q = load ptr, ptr %19, align 8
  %20 = getelementptr i8, ptr %0, i64 40
  %out = load ptr, ptr %20, align 8
  %21 = getelementptr i8, ptr %0, i64 48
  %lse = load ptr, ptr %21, align 8
  %22 = getelementptr i8, ptr %0, i64 56
  %k_cache = load ptr, ptr %22, align 8
  %23 = mul i64 %14, 33554432
  %24 = getelementptr i8, ptr %k_cache, i64 %23
  %25 = sext i32 %kv_head to i64
  %26 = getelementptr i8, ptr %0, i64 64
  %v_cache = load ptr, ptr %26, align 8
  %27 = getelementptr i8, ptr %v_cache, i64 %23
  %28 = icmp sgt i32 %nrows, 0
  br i1 %28, label %rinit, label %done

done:                                             ; preds = %orow75, %entry
  ret void

rinit:                                            ; preds = %entry, %exit8
  %rinit1 = phi i32 [ %70, %exit8 ], [ 0, %entry ]
  %29 = icmp slt i32 %rinit1, 1
  br i1 %29, label %body, label %exit

body:                                             ; preds = %rinit
  %30 = sext i32 %rinit1 to i64
  %31 = mul i64 %30, 4
  %32 = getelementptr <16 x float>, ptr %qs, i64 %31
  %33 = icmp slt i32 %rinit1, %nrows
  %34 = sub i32 %nrows, 1
  %35 = call i32 @llvm.smin.i32(i32 %rinit1, i32 %34)
  %36 = sdiv i32 %35, %nh
  %qi = add i32 %q_begin, %36
  %37 = srem i32 %35, %nh
  %38 = add i32 %h_begin, %37
  %hq = add i32 %kv_head, %38
  %39 = sext i32 %qi to i64
  %40 = add i64 %q_row0, %39
  %41 = mul i64 %40, 16
  %42 = sext i32 %hq to i64
  %orow = add i64 %41, %42
  %43 = mul i64 %orow, 256
  %44 = getelementptr i8, ptr %q, i64 %43
  %45 = select i1 %33, float 0x3FC7154760000000, float 0.000000e+00
  %46 = insertelement <16 x float> poison, float %45, i32 0
  %splat = shufflevector <16 x float> %46, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

exit:                                             ; preds = %rinit
  %qpos10 = add i32 %q_pos0, %q_begin
  %qb0 = sdiv i32 %qpos10, 64
  %47 = sub i32 %nrows, 1
  %48 = sdiv i32 %47, %nh
  %49 = add i32 %q_begin, %48
  %qpos11 = add i32 %q_pos0, %49
  %50 = sdiv i32 %qpos11, 64
  %51 = add i32 %50, 1
  br label %qblock

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %58, %body2 ]
  %52 = icmp slt i64 %chunk5, 4
  br i1 %52, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %53 = mul i64 %chunk5, 64
  %54 = getelementptr i8, ptr %44, i64 %53
  %55 = load <16 x float>, ptr %54, align 4
  %56 = fmul <16 x float> %55, %splat
  %57 = getelementptr <16 x float>, ptr %32, i64 %chunk5
  store <16 x float> %56, ptr %57, align 64
  %58 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %59 = getelementptr float, ptr %ms, i64 %30
  store float 0xFFF0000000000000, ptr %59, align 4
  %60 = getelementptr float, ptr %ls, i64 %30
  store float 0.000000e+00, ptr %60, align 4
  %61 = getelementptr i32, ptr %lims, i64 %30
  store i32 %k_end, ptr %61, align 4
  %62 = getelementptr i32, ptr %qblks, i64 %30
  %qpos = add i32 %q_pos0, %qi
  %63 = sdiv i32 %qpos, 64
  store i32 %63, ptr %62, align 4
  br label %acczero

acczero:                                          ; preds = %body6, %exit4
  %acczero9 = phi i64 [ 0, %exit4 ], [ %69, %body6 ]
  %64 = icmp slt i64 %acczero9, 4
  br i1 %64, label %body6, label %exit8

body6:                                            ; preds = %acczero
  %65 = mul i64 %acczero9, 16
  %66 = mul i64 %30, 64
  %67 = add i64 %66, %65
  %68 = getelementptr float, ptr %accs, i64 %67
  store <16 x float> zeroinitializer, ptr %68, align 64
  %69 = add nsw i64 %acczero9, 1
  br label %acczero

exit8:                                            ; preds = %acczero
  %70 = add nsw i32 %rinit1, 1
  br label %rinit

qblock:                                           ; preds = %exit18, %exit
  %qblock15 = phi i32 [ %qb0, %exit ], [ %85, %exit18 ]
  %71 = icmp slt i32 %qblock15, %51
  br i1 %71, label %body12, label %orow75

body12:                                           ; preds = %qblock
  %72 = sext i32 %qblock15 to i64
  %73 = getelementptr i32, ptr %17, i64 %72
  %74 = load i32, ptr %73, align 4
  %75 = add i64 %72, 1
  %76 = getelementptr i32, ptr %17, i64 %75
  %77 = load i32, ptr %76, align 4
  br label %kblocks

kblocks:                                          ; preds = %exit22, %body12
  %kblocks19 = phi i32 [ %74, %body12 ], [ %88, %exit22 ]
  %78 = icmp slt i32 %kblocks19, %77
  br i1 %78, label %body16, label %exit18

body16:                                           ; preds = %kblocks
  %79 = sext i32 %kblocks19 to i64
  %80 = getelementptr i32, ptr %block_col, i64 %79
  %kblk = load i32, ptr %80, align 4
  %81 = mul i32 %kblk, 64
  %82 = call i32 @llvm.smax.i32(i32 %k_begin, i32 %81)
  %83 = add i32 %81, 64
  %84 = call i32 @llvm.smin.i32(i32 %k_end, i32 %83)
  %k_last = sub i32 %84, 1
  br label %kblock

exit18:                                           ; preds = %kblocks
  %85 = add nsw i32 %qblock15, 1
  br label %qblock

kblock:                                           ; preds = %exit69, %body16
  %kblock23 = phi i32 [ %82, %body16 ], [ %87, %exit69 ]
  %86 = icmp slt i32 %kblock23, %84
  br i1 %86, label %body20, label %exit22

body20:                                           ; preds = %kblock
  %87 = add i32 %kblock23, 64
  br label %kdot

exit22:                                           ; preds = %kblock
  %88 = add nsw i32 %kblocks19, 1
  br label %kblocks

kdot:                                             ; preds = %body24, %body20
  %kdot27 = phi i32 [ 0, %body20 ], [ %170, %body24 ]
  %89 = icmp slt i32 %kdot27, 64
  br i1 %89, label %body24, label %score

body24:                                           ; preds = %kdot
  %90 = add i32 %kblock23, %kdot27
  %91 = call i32 @llvm.smin.i32(i32 %90, i32 %k_last)
  %92 = sext i32 %91 to i64
  %93 = mul i64 %92, 16
  %row = add i64 %25, %93
  %94 = mul i64 %row, 256
  %95 = getelementptr i8, ptr %24, i64 %94
  %96 = add i32 %91, 16
  %97 = call i32 @llvm.smin.i32(i32 %96, i32 %k_last)
  %98 = sext i32 %97 to i64
  %99 = mul i64 %98, 16
  %row28 = add i64 %25, %99
  %100 = mul i64 %row28, 256
  %101 = getelementptr i8, ptr %24, i64 %100
  call void @llvm.prefetch.p0(ptr %101, i32 0, i32 3, i32 1)
  %102 = getelementptr i8, ptr %101, i64 64
  call void @llvm.prefetch.p0(ptr %102, i32 0, i32 3, i32 1)
  %103 = getelementptr i8, ptr %101, i64 128
  call void @llvm.prefetch.p0(ptr %103, i32 0, i32 3, i32 1)
  %104 = getelementptr i8, ptr %101, i64 192
  call void @llvm.prefetch.p0(ptr %104, i32 0, i32 3, i32 1)
  %105 = add i32 %87, %kdot27
  %106 = call i32 @llvm.smin.i32(i32 %105, i32 %k_last)
  %107 = sext i32 %106 to i64
  %108 = mul i64 %107, 16
  %row29 = add i64 %25, %108
  %109 = mul i64 %row29, 256
  %110 = getelementptr i8, ptr %24, i64 %109
  call void @llvm.prefetch.p0(ptr %110, i32 0, i32 2, i32 1)
  %111 = getelementptr i8, ptr %110, i64 64
  call void @llvm.prefetch.p0(ptr %111, i32 0, i32 2, i32 1)
  %112 = getelementptr i8, ptr %110, i64 128
  call void @llvm.prefetch.p0(ptr %112, i32 0, i32 2, i32 1)
  %113 = getelementptr i8, ptr %110, i64 192
  call void @llvm.prefetch.p0(ptr %113, i32 0, i32 2, i32 1)
  %114 = add i32 %kdot27, 1
  %115 = add i32 %kblock23, %114
  %116 = call i32 @llvm.smin.i32(i32 %115, i32 %k_last)
  %117 = sext i32 %116 to i64
  %118 = mul i64 %117, 16
  %row30 = add i64 %25, %118
  %119 = mul i64 %row30, 256
  %120 = getelementptr i8, ptr %24, i64 %119
  %121 = add i32 %116, 16
  %122 = call i32 @llvm.smin.i32(i32 %121, i32 %k_last)
  %123 = sext i32 %122 to i64
  %124 = mul i64 %123, 16
  %row31 = add i64 %25, %124
  %125 = mul i64 %row31, 256
  %126 = getelementptr i8, ptr %24, i64 %125
  call void @llvm.prefetch.p0(ptr %126, i32 0, i32 3, i32 1)
  %127 = getelementptr i8, ptr %126, i64 64
  call void @llvm.prefetch.p0(ptr %127, i32 0, i32 3, i32 1)
  %128 = getelementptr i8, ptr %126, i64 128
  call void @llvm.prefetch.p0(ptr %128, i32 0, i32 3, i32 1)
  %129 = getelementptr i8, ptr %126, i64 192
  call void @llvm.prefetch.p0(ptr %129, i32 0, i32 3, i32 1)
  %130 = add i32 %87, %114
  %131 = call i32 @llvm.smin.i32(i32 %130, i32 %k_last)
  %132 = sext i32 %131 to i64
  %133 = mul i64 %132, 16
  %row32 = add i64 %25, %133
  %134 = mul i64 %row32, 256
  %135 = getelementptr i8, ptr %24, i64 %134
  call void @llvm.prefetch.p0(ptr %135, i32 0, i32 2, i32 1)
  %136 = getelementptr i8, ptr %135, i64 64
  call void @llvm.prefetch.p0(ptr %136, i32 0, i32 2, i32 1)
  %137 = getelementptr i8, ptr %135, i64 128
  call void @llvm.prefetch.p0(ptr %137, i32 0, i32 2, i32 1)
  %138 = getelementptr i8, ptr %135, i64 192
  call void @llvm.prefetch.p0(ptr %138, i32 0, i32 2, i32 1)
  %q33 = load <16 x float>, ptr %qs, align 64
  %139 = load <16 x float>, ptr %95, align 4
  %140 = load <16 x float>, ptr %120, align 4
  %141 = fmul <16 x float> %q33, %139
  %142 = fmul <16 x float> %q33, %140
  %143 = getelementptr <16 x float>, ptr %qs, i64 1
  %q34 = load <16 x float>, ptr %143, align 64
  %144 = getelementptr i8, ptr %95, i64 64
  %145 = load <16 x float>, ptr %144, align 4
  %146 = getelementptr i8, ptr %120, i64 64
  %147 = load <16 x float>, ptr %146, align 4
  %148 = fmul <16 x float> %q34, %145
  %149 = fmul <16 x float> %q34, %147
  %150 = getelementptr <16 x float>, ptr %qs, i64 2
  %q35 = load <16 x float>, ptr %150, align 64
  %151 = getelementptr i8, ptr %95, i64 128
  %152 = load <16 x float>, ptr %151, align 4
  %153 = getelementptr i8, ptr %120, i64 128
  %154 = load <16 x float>, ptr %153, align 4
  %155 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %152, <16 x float> %141)
  %156 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %154, <16 x float> %142)
  %157 = getelementptr <16 x float>, ptr %qs, i64 3
  %q36 = load <16 x float>, ptr %157, align 64
  %158 = getelementptr i8, ptr %95, i64 192
  %159 = load <16 x float>, ptr %158, align 4
  %160 = getelementptr i8, ptr %120, i64 192
  %161 = load <16 x float>, ptr %160, align 4
  %162 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %159, <16 x float> %148)
  %163 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %161, <16 x float> %149)
  %164 = fadd <16 x float> %155, %162
  %165 = sext i32 %kdot27 to i64
  %166 = getelementptr <16 x float>, ptr %dbuf, i64 %165
  store <16 x float> %164, ptr %166, align 64
  %167 = fadd <16 x float> %156, %163
  %168 = sext i32 %114 to i64
  %169 = getelementptr <16 x float>, ptr %dbuf, i64 %168
  store <16 x float> %167, ptr %169, align 64
  %170 = add nsw i32 %kdot27, 2
  br label %kdot

score:                                            ; preds = %kdot, %body37
  %score40 = phi i64 [ %292, %body37 ], [ 0, %kdot ]
  %171 = icmp slt i64 %score40, 4
  br i1 %171, label %body37, label %rmax

body37:                                           ; preds = %score
  %172 = sdiv i64 %score40, 4
  %173 = srem i64 %score40, 4
  %174 = mul i64 %173, 16
  %175 = mul i64 %172, 64
  %176 = add i64 %175, %174
  %177 = getelementptr <16 x float>, ptr %dbuf, i64 %176
  %178 = load <16 x float>, ptr %177, align 64
  %179 = add i64 %176, 1
  %180 = getelementptr <16 x float>, ptr %dbuf, i64 %179
  %181 = load <16 x float>, ptr %180, align 64
  %182 = shufflevector <16 x float> %178, <16 x float> %181, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %183 = shufflevector <16 x float> %178, <16 x float> %181, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %184 = fadd <16 x float> %182, %183
  %185 = add i64 %176, 2
  %186 = getelementptr <16 x float>, ptr %dbuf, i64 %185
  %187 = load <16 x float>, ptr %186, align 64
  %188 = add i64 %176, 3
  %189 = getelementptr <16 x float>, ptr %dbuf, i64 %188
  %190 = load <16 x float>, ptr %189, align 64
  %191 = shufflevector <16 x float> %187, <16 x float> %190, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %192 = shufflevector <16 x float> %187, <16 x float> %190, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %193 = fadd <16 x float> %191, %192
  %194 = shufflevector <16 x float> %184, <16 x float> %193, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %195 = shufflevector <16 x float> %184, <16 x float> %193, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %196 = fadd <16 x float> %194, %195
  %197 = add i64 %176, 4
  %198 = getelementptr <16 x float>, ptr %dbuf, i64 %197
  %199 = load <16 x float>, ptr %198, align 64
  %200 = add i64 %176, 5
  %201 = getelementptr <16 x float>, ptr %dbuf, i64 %200
  %202 = load <16 x float>, ptr %201, align 64
  %203 = shufflevector <16 x float> %199, <16 x float> %202, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %204 = shufflevector <16 x float> %199, <16 x float> %202, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %205 = fadd <16 x float> %203, %204
  %206 = add i64 %176, 6
  %207 = getelementptr <16 x float>, ptr %dbuf, i64 %206
  %208 = load <16 x float>, ptr %207, align 64
  %209 = add i64 %176, 7
  %210 = getelementptr <16 x float>, ptr %dbuf, i64 %209
  %211 = load <16 x float>, ptr %210, align 64
  %212 = shufflevector <16 x float> %208, <16 x float> %211, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %213 = shufflevector <16 x float> %208, <16 x float> %211, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %214 = fadd <16 x float> %212, %213
  %215 = shufflevector <16 x float> %205, <16 x float> %214, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %216 = shufflevector <16 x float> %205, <16 x float> %214, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %217 = fadd <16 x float> %215, %216
  %218 = shufflevector <16 x float> %196, <16 x float> %217, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %219 = shufflevector <16 x float> %196, <16 x float> %217, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %220 = fadd <16 x float> %218, %219
  %221 = add i64 %176, 8
  %222 = getelementptr <16 x float>, ptr %dbuf, i64 %221
  %223 = load <16 x float>, ptr %222, align 64
  %224 = add i64 %176, 9
  %225 = getelementptr <16 x float>, ptr %dbuf, i64 %224
  %226 = load <16 x float>, ptr %225, align 64
  %227 = shufflevector <16 x float> %223, <16 x float> %226, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %228 = shufflevector <16 x float> %223, <16 x float> %226, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %229 = fadd <16 x float> %227, %228
  %230 = add i64 %176, 10
  %231 = getelementptr <16 x float>, ptr %dbuf, i64 %230
  %232 = load <16 x float>, ptr %231, align 64
  %233 = add i64 %176, 11
  %234 = getelementptr <16 x float>, ptr %dbuf, i64 %233
  %235 = load <16 x float>, ptr %234, align 64
  %236 = shufflevector <16 x float> %232, <16 x float> %235, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %237 = shufflevector <16 x float> %232, <16 x float> %235, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %238 = fadd <16 x float> %236, %237
  %239 = shufflevector <16 x float> %229, <16 x float> %238, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %240 = shufflevector <16 x float> %229, <16 x float> %238, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %241 = fadd <16 x float> %239, %240
  %242 = add i64 %176, 12
  %243 = getelementptr <16 x float>, ptr %dbuf, i64 %242
  %244 = load <16 x float>, ptr %243, align 64
  %245 = add i64 %176, 13
  %246 = getelementptr <16 x float>, ptr %dbuf, i64 %245
  %247 = load <16 x float>, ptr %246, align 64
  %248 = shufflevector <16 x float> %244, <16 x float> %247, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %249 = shufflevector <16 x float> %244, <16 x float> %247, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %250 = fadd <16 x float> %248, %249
  %251 = add i64 %176, 14
  %252 = getelementptr <16 x float>, ptr %dbuf, i64 %251
  %253 = load <16 x float>, ptr %252, align 64
  %254 = add i64 %176, 15
  %255 = getelementptr <16 x float>, ptr %dbuf, i64 %254
  %256 = load <16 x float>, ptr %255, align 64
  %257 = shufflevector <16 x float> %253, <16 x float> %256, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %258 = shufflevector <16 x float> %253, <16 x float> %256, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %259 = fadd <16 x float> %257, %258
  %260 = shufflevector <16 x float> %250, <16 x float> %259, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %261 = shufflevector <16 x float> %250, <16 x float> %259, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %262 = fadd <16 x float> %260, %261
  %263 = shufflevector <16 x float> %241, <16 x float> %262, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %264 = shufflevector <16 x float> %241, <16 x float> %262, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %265 = fadd <16 x float> %263, %264
  %266 = shufflevector <16 x float> %220, <16 x float> %265, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %267 = shufflevector <16 x float> %220, <16 x float> %265, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %268 = fadd <16 x float> %266, %267
  %269 = getelementptr i32, ptr %lims, i64 %172
  %270 = load i32, ptr %269, align 4
  %271 = insertelement <16 x i32> poison, i32 %270, i32 0
  %splat41 = shufflevector <16 x i32> %271, <16 x i32> poison, <16 x i32> zeroinitializer
  %272 = getelementptr i32, ptr %qblks, i64 %172
  %273 = load i32, ptr %272, align 4
  %274 = insertelement <16 x i32> poison, i32 %273, i32 0
  %splat42 = shufflevector <16 x i32> %274, <16 x i32> poison, <16 x i32> zeroinitializer
  %275 = insertelement <16 x i32> poison, i32 %84, i32 0
  %splat43 = shufflevector <16 x i32> %275, <16 x i32> poison, <16 x i32> zeroinitializer
  %276 = call <16 x i32> @llvm.smin.v16i32(<16 x i32> %splat41, <16 x i32> %splat43)
  %277 = insertelement <16 x i32> poison, i32 %qblock15, i32 0
  %splat44 = shufflevector <16 x i32> %277, <16 x i32> poison, <16 x i32> zeroinitializer
  %278 = trunc i64 %174 to i32
  %279 = add i32 %kblock23, %278
  %280 = insertelement <16 x i32> poison, i32 %279, i32 0
  %splat45 = shufflevector <16 x i32> %280, <16 x i32> poison, <16 x i32> zeroinitializer
  %281 = add <16 x i32> %splat45, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %282 = icmp slt <16 x i32> %281, %276
  %283 = icmp eq <16 x i32> %splat42, %splat44
  %284 = and <16 x i1> %282, %283
  %285 = select <16 x i1> %284, <16 x float> %268, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %286 = getelementptr float, ptr %pbuf, i64 %176
  store <16 x float> %285, ptr %286, align 64
  %287 = getelementptr <16 x float>, ptr %smax, i64 %172
  %288 = icmp eq i64 %173, 0
  %289 = load <16 x float>, ptr %287, align 64
  %290 = select i1 %288, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <16 x float> %289
  %291 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %290, <16 x float> %285)
  store <16 x float> %291, ptr %287, align 64
  %292 = add nsw i64 %score40, 1
  br label %score

rmax:                                             ; preds = %score, %body46
  %rmax49 = phi i64 [ %329, %body46 ], [ 0, %score ]
  %293 = icmp slt i64 %rmax49, 1
  br i1 %293, label %body46, label %pexp

body46:                                           ; preds = %rmax
  %294 = getelementptr float, ptr %ms, i64 %rmax49
  %m = load float, ptr %294, align 4
  %295 = getelementptr <16 x float>, ptr %smax, i64 %rmax49
  %296 = load <16 x float>, ptr %295, align 64
  %297 = shufflevector <16 x float> %296, <16 x float> undef, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %298 = shufflevector <16 x float> %296, <16 x float> undef, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %299 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %297, <8 x float> %298)
  %300 = shufflevector <8 x float> %299, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %301 = shufflevector <8 x float> %299, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %302 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %300, <4 x float> %301)
  %303 = shufflevector <4 x float> %302, <4 x float> undef, <2 x i32> <i32 0, i32 1>
  %304 = shufflevector <4 x float> %302, <4 x float> undef, <2 x i32> <i32 2, i32 3>
  %305 = call <2 x float> @llvm.maxnum.v2f32(<2 x float> %303, <2 x float> %304)
  %306 = shufflevector <2 x float> %305, <2 x float> undef, <1 x i32> zeroinitializer
  %307 = shufflevector <2 x float> %305, <2 x float> undef, <1 x i32> <i32 1>
  %308 = call <1 x float> @llvm.maxnum.v1f32(<1 x float> %306, <1 x float> %307)
  %309 = extractelement <1 x float> %308, i32 0
  %310 = call float @llvm.maxnum.f32(float %m, float %309)
  %311 = fcmp oeq float %310, 0xFFF0000000000000
  %muse50 = select i1 %311, float 0.000000e+00, float %310
  %312 = fsub float %m, %muse50
  %313 = insertelement <16 x float> poison, float %312, i32 0
  %splat51 = shufflevector <16 x float> %313, <16 x float> poison, <16 x i32> zeroinitializer
  %314 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat51, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %315 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %314, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %316 = fadd <16 x float> %315, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %316, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %315, %n
  %317 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %318 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %317, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %319 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %318, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %320 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %319, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %321 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %320, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %322 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %321, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %323 = fptosi <16 x float> %n to <16 x i32>
  %324 = add <16 x i32> %323, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %325 = shl <16 x i32> %324, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %326 = bitcast <16 x i32> %325 to <16 x float>
  %exp2 = fmul <16 x float> %322, %326
  %alpha52 = extractelement <16 x float> %exp2, i32 0
  store float %310, ptr %294, align 4
  %327 = getelementptr float, ptr %muse, i64 %rmax49
  store float %muse50, ptr %327, align 4
  %328 = getelementptr float, ptr %alpha, i64 %rmax49
  store float %alpha52, ptr %328, align 4
  %329 = add nsw i64 %rmax49, 1
  br label %rmax

pexp:                                             ; preds = %rmax, %body53
  %pexp56 = phi i64 [ %360, %body53 ], [ 0, %rmax ]
  %330 = icmp slt i64 %pexp56, 4
  br i1 %330, label %body53, label %lsum61

body53:                                           ; preds = %pexp
  %331 = sdiv i64 %pexp56, 4
  %332 = srem i64 %pexp56, 4
  %333 = mul i64 %332, 16
  %334 = mul i64 %331, 64
  %335 = add i64 %334, %333
  %336 = getelementptr float, ptr %pbuf, i64 %335
  %337 = getelementptr float, ptr %muse, i64 %331
  %338 = load float, ptr %337, align 4
  %339 = insertelement <16 x float> poison, float %338, i32 0
  %splat57 = shufflevector <16 x float> %339, <16 x float> poison, <16 x i32> zeroinitializer
  %340 = load <16 x float>, ptr %336, align 64
  %341 = fsub <16 x float> %340, %splat57
  %342 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %341, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %343 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %342, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %344 = fadd <16 x float> %343, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n58 = fsub <16 x float> %344, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f59 = fsub <16 x float> %343, %n58
  %345 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f59, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %346 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %345, <16 x float> %f59, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %347 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %346, <16 x float> %f59, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %348 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %347, <16 x float> %f59, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %349 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %348, <16 x float> %f59, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %350 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %349, <16 x float> %f59, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %351 = fptosi <16 x float> %n58 to <16 x i32>
  %352 = add <16 x i32> %351, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %353 = shl <16 x i32> %352, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %354 = bitcast <16 x i32> %353 to <16 x float>
  %exp260 = fmul <16 x float> %350, %354
  store <16 x float> %exp260, ptr %336, align 64
  %355 = getelementptr <16 x float>, ptr %lsum, i64 %331
  %356 = icmp eq i64 %332, 0
  %357 = load <16 x float>, ptr %355, align 64
  %358 = select i1 %356, <16 x float> zeroinitializer, <16 x float> %357
  %359 = fadd <16 x float> %358, %exp260
  store <16 x float> %359, ptr %355, align 64
  %360 = add nsw i64 %pexp56, 1
  br label %pexp

lsum61:                                           ; preds = %pexp, %body62
  %lsum65 = phi i64 [ %369, %body62 ], [ 0, %pexp ]
  %361 = icmp slt i64 %lsum65, 1
  br i1 %361, label %body62, label %exit64

body62:                                           ; preds = %lsum61
  %362 = getelementptr float, ptr %ls, i64 %lsum65
  %363 = getelementptr float, ptr %alpha, i64 %lsum65
  %364 = load float, ptr %363, align 4
  %365 = getelementptr <16 x float>, ptr %lsum, i64 %lsum65
  %366 = load <16 x float>, ptr %365, align 64
  %367 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %366)
  %l = load float, ptr %362, align 4
  %368 = call float @llvm.fmuladd.f32(float %l, float %364, float %367)
  store float %368, ptr %362, align 4
  %369 = add nsw i64 %lsum65, 1
  br label %lsum61

exit64:                                           ; preds = %lsum61
  %370 = sub i32 %84, %kblock23
  %371 = call i32 @llvm.smin.i32(i32 64, i32 %370)
  %372 = load float, ptr %alpha, align 4
  %373 = insertelement <16 x float> poison, float %372, i32 0
  %splat66 = shufflevector <16 x float> %373, <16 x float> poison, <16 x i32> zeroinitializer
  %374 = load <16 x float>, ptr %accs, align 64
  %375 = fmul <16 x float> %374, %splat66
  %376 = getelementptr float, ptr %accs, i64 16
  %377 = load <16 x float>, ptr %376, align 64
  %378 = fmul <16 x float> %377, %splat66
  %379 = getelementptr float, ptr %accs, i64 32
  %380 = load <16 x float>, ptr %379, align 64
  %381 = fmul <16 x float> %380, %splat66
  %382 = getelementptr float, ptr %accs, i64 48
  %383 = load <16 x float>, ptr %382, align 64
  %384 = fmul <16 x float> %383, %splat66
  br label %kpv

kpv:                                              ; preds = %body67, %exit64
  %pacc.sroa.12.0 = phi <16 x float> [ %384, %exit64 ], [ %422, %body67 ]
  %pacc.sroa.8.0 = phi <16 x float> [ %381, %exit64 ], [ %419, %body67 ]
  %pacc.sroa.4.0 = phi <16 x float> [ %378, %exit64 ], [ %416, %body67 ]
  %pacc.sroa.0.0 = phi <16 x float> [ %375, %exit64 ], [ %413, %body67 ]
  %kpv70 = phi i32 [ 0, %exit64 ], [ %423, %body67 ]
  %385 = icmp slt i32 %kpv70, %371
  br i1 %385, label %body67, label %exit69

body67:                                           ; preds = %kpv
  %386 = add i32 %kblock23, %kpv70
  %387 = sext i32 %386 to i64
  %388 = mul i64 %387, 16
  %row71 = add i64 %25, %388
  %389 = mul i64 %row71, 256
  %390 = getelementptr i8, ptr %27, i64 %389
  %391 = add i32 %386, 16
  %392 = call i32 @llvm.smin.i32(i32 %391, i32 %k_last)
  %393 = sext i32 %392 to i64
  %394 = mul i64 %393, 16
  %row72 = add i64 %25, %394
  %395 = mul i64 %row72, 256
  %396 = getelementptr i8, ptr %27, i64 %395
  call void @llvm.prefetch.p0(ptr %396, i32 0, i32 3, i32 1)
  %397 = getelementptr i8, ptr %396, i64 64
  call void @llvm.prefetch.p0(ptr %397, i32 0, i32 3, i32 1)
  %398 = getelementptr i8, ptr %396, i64 128
  call void @llvm.prefetch.p0(ptr %398, i32 0, i32 3, i32 1)
  %399 = getelementptr i8, ptr %396, i64 192
  call void @llvm.prefetch.p0(ptr %399, i32 0, i32 3, i32 1)
  %400 = add i32 %87, %kpv70
  %401 = call i32 @llvm.smin.i32(i32 %400, i32 %k_last)
  %402 = sext i32 %401 to i64
  %403 = mul i64 %402, 16
  %row73 = add i64 %25, %403
  %404 = mul i64 %row73, 256
  %405 = getelementptr i8, ptr %27, i64 %404
  call void @llvm.prefetch.p0(ptr %405, i32 0, i32 2, i32 1)
  %406 = getelementptr i8, ptr %405, i64 64
  call void @llvm.prefetch.p0(ptr %406, i32 0, i32 2, i32 1)
  %407 = getelementptr i8, ptr %405, i64 128
  call void @llvm.prefetch.p0(ptr %407, i32 0, i32 2, i32 1)
  %408 = getelementptr i8, ptr %405, i64 192
  call void @llvm.prefetch.p0(ptr %408, i32 0, i32 2, i32 1)
  %409 = sext i32 %kpv70 to i64
  %410 = getelementptr float, ptr %pbuf, i64 %409
  %p = load float, ptr %410, align 4
  %411 = insertelement <16 x float> poison, float %p, i32 0
  %splat74 = shufflevector <16 x float> %411, <16 x float> poison, <16 x i32> zeroinitializer
  %412 = load <16 x float>, ptr %390, align 4
  %413 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat74, <16 x float> %412, <16 x float> %pacc.sroa.0.0)
  %414 = getelementptr i8, ptr %390, i64 64
  %415 = load <16 x float>, ptr %414, align 4
  %416 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat74, <16 x float> %415, <16 x float> %pacc.sroa.4.0)
  %417 = getelementptr i8, ptr %390, i64 128
  %418 = load <16 x float>, ptr %417, align 4
  %419 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat74, <16 x float> %418, <16 x float> %pacc.sroa.8.0)
  %420 = getelementptr i8, ptr %390, i64 192
  %421 = load <16 x float>, ptr %420, align 4
  %422 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat74, <16 x float> %421, <16 x float> %pacc.sroa.12.0)
  %423 = add nsw i32 %kpv70, 1
  br label %kpv

exit69:                                           ; preds = %kpv
  store <16 x float> %pacc.sroa.0.0, ptr %accs, align 64
  store <16 x float> %pacc.sroa.4.0, ptr %376, align 64
  store <16 x float> %pacc.sroa.8.0, ptr %379, align 64
  store <16 x float> %pacc.sroa.12.0, ptr %382, align 64
  br label %kblock

orow75:                                           ; preds = %qblock, %written
  %orow79 = phi i32 [ %446, %written ], [ 0, %qblock ]
  %424 = icmp slt i32 %orow79, %nrows
  br i1 %424, label %body76, label %done

body76:                                           ; preds = %orow75
  %425 = sext i32 %orow79 to i64
  %426 = getelementptr float, ptr %ms, i64 %425
  %m80 = load float, ptr %426, align 4
  %427 = getelementptr float, ptr %ls, i64 %425
  %l81 = load float, ptr %427, align 4
  %428 = mul i64 %425, 64
  %429 = getelementptr float, ptr %accs, i64 %428
  %430 = icmp ne ptr %part, null
  br i1 %430, label %partial, label %final

partial:                                          ; preds = %body76
  %431 = sext i32 %nrows to i64
  %432 = getelementptr float, ptr %part, i64 %428
  br label %chunk82

final:                                            ; preds = %body76
  %433 = sdiv i32 %orow79, %nh
  %qi87 = add i32 %q_begin, %433
  %434 = srem i32 %orow79, %nh
  %435 = add i32 %h_begin, %434
  %hq88 = add i32 %kv_head, %435
  %436 = sext i32 %qi87 to i64
  %437 = add i64 %q_row0, %436
  %438 = mul i64 %437, 16
  %439 = sext i32 %hq88 to i64
  %orow89 = add i64 %438, %439
  %440 = fcmp oeq float %l81, 0.000000e+00
  %441 = fdiv float 1.000000e+00, %l81
  %442 = select i1 %440, float 0.000000e+00, float %441
  %443 = mul i64 %orow89, 256
  %444 = getelementptr i8, ptr %out, i64 %443
  %445 = insertelement <16 x float> poison, float %442, i32 0
  %splat90 = shufflevector <16 x float> %445, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk91

written:                                          ; preds = %exit94, %exit85
  %446 = add nsw i32 %orow79, 1
  br label %orow75

chunk82:                                          ; preds = %body83, %partial
  %chunk86 = phi i64 [ 0, %partial ], [ %452, %body83 ]
  %447 = icmp slt i64 %chunk86, 4
  br i1 %447, label %body83, label %exit85

body83:                                           ; preds = %chunk82
  %448 = getelementptr <16 x float>, ptr %429, i64 %chunk86
  %449 = load <16 x float>, ptr %448, align 64
  %450 = mul i64 %chunk86, 64
  %451 = getelementptr i8, ptr %432, i64 %450
  store <16 x float> %449, ptr %451, align 4
  %452 = add nsw i64 %chunk86, 1
  br label %chunk82

exit85:                                           ; preds = %chunk82
  %453 = mul i64 %431, 64
  %454 = add i64 %453, %425
  %455 = getelementptr float, ptr %part, i64 %454
  store float %m80, ptr %455, align 4
  %456 = add i64 %454, %431
  %457 = getelementptr float, ptr %part, i64 %456
  store float %l81, ptr %457, align 4
  br label %written

chunk91:                                          ; preds = %body92, %final
  %chunk95 = phi i64 [ 0, %final ], [ %464, %body92 ]
  %458 = icmp slt i64 %chunk95, 4
  br i1 %458, label %body92, label %exit94

body92:                                           ; preds = %chunk91
  %459 = getelementptr <16 x float>, ptr %429, i64 %chunk95
  %460 = load <16 x float>, ptr %459, align 64
  %461 = fmul <16 x float> %460, %splat90
  %462 = mul i64 %chunk95, 64
  %463 = getelementptr i8, ptr %444, i64 %462
  store <16 x float> %461, ptr %463, align 4
  %464 = add nsw i64 %chunk95, 1
  br label %chunk91

exit94:                                           ; preds = %chunk91
  %465 = call float @llvm.log.f32(float %l81)
  %466 = call float @llvm.fmuladd.f32(float %m80, float 0x3FE62E4300000000, float %465)
  %lse96 = select i1 %440, float 0xFFF0000000000000, float %466
  %467 = getelementptr float, ptr %lse, i64 %orow89
  store float %lse96, ptr %467, align 4
  br label %written
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @llvm.prefetch.p0(ptr nocapture readonly, i32 immarg, i32 immarg, i32 immarg) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fmuladd.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x i32> @llvm.smin.v16i32(<16 x i32>, <16 x i32>) #1

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

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.log.f32(float) #1

; Function Attrs: nounwind
define internal void @block_sparse_tile(ptr %0, ptr %1) #0 {
entry:
  %lv = alloca [4 x <16 x float>], align 64
  %mv = alloca [4 x <16 x float>], align 64
  %qblks = alloca [64 x i32], align 64
  %lims = alloca [64 x i32], align 64
  %rowbuf = alloca [4 x <16 x float>], align 64
  %ot = alloca [16384 x i8], align 64
  %st = alloca [10752 x i8], align 64
  %vbuf = alloca [18432 x i8], align 64
  %kbuf = alloca [21504 x i8], align 64
  %qt = alloca [16384 x i8], align 64
  %ls = alloca [64 x float], align 64
  %ms = alloca [64 x float], align 64
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
  %one = icmp eq i32 %8, 1
  br i1 %one, label %one_query, label %rows

common.ret:                                       ; preds = %orow124, %rows, %one_query
  ret void

one_query:                                        ; preds = %entry
  call void @block_sparse_tile_one(ptr %0, ptr %1)
  br label %common.ret

rows:                                             ; preds = %entry
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
  %14 = sext i32 %seq to i64
  %15 = getelementptr i8, ptr %0, i64 176
  %block_row = load ptr, ptr %15, align 8
  %16 = mul i64 %14, 129
  %17 = getelementptr i32, ptr %block_row, i64 %16
  %18 = getelementptr i8, ptr %0, i64 184
  %block_col = load ptr, ptr %18, align 8
  %19 = getelementptr i8, ptr %0, i64 32
  %q = load ptr, ptr %19, align 8
  %20 = getelementptr i8, ptr %0, i64 40
  %out = load ptr, ptr %20, align 8
  %21 = getelementptr i8, ptr %0, i64 48
  %lse = load ptr, ptr %21, align 8
  %22 = getelementptr i8, ptr %0, i64 56
  %k_cache = load ptr, ptr %22, align 8
  %23 = mul i64 %14, 33554432
  %24 = getelementptr i8, ptr %k_cache, i64 %23
  %25 = sext i32 %kv_head to i64
  %26 = getelementptr i8, ptr %0, i64 64
  %v_cache = load ptr, ptr %26, align 8
  %27 = getelementptr i8, ptr %v_cache, i64 %23
  %28 = icmp sgt i32 %nrows, 0
  br i1 %28, label %qrow, label %common.ret

qrow:                                             ; preds = %rows, %exit8
  %qrow1 = phi i32 [ %69, %exit8 ], [ 0, %rows ]
  %29 = icmp slt i32 %qrow1, 64
  br i1 %29, label %body, label %otzero

body:                                             ; preds = %qrow
  %30 = icmp slt i32 %qrow1, %nrows
  %31 = sub i32 %nrows, 1
  %32 = call i32 @llvm.smin.i32(i32 %qrow1, i32 %31)
  %33 = sdiv i32 %32, %nh
  %qi = add i32 %q_begin, %33
  %34 = srem i32 %32, %nh
  %35 = add i32 %h_begin, %34
  %hq = add i32 %kv_head, %35
  %36 = sext i32 %qi to i64
  %37 = add i64 %q_row0, %36
  %38 = mul i64 %37, 16
  %39 = sext i32 %hq to i64
  %orow = add i64 %38, %39
  %40 = mul i64 %orow, 256
  %41 = getelementptr i8, ptr %q, i64 %40
  %42 = select i1 %30, float 0x3FC7154760000000, float 0.000000e+00
  %43 = insertelement <16 x float> poison, float %42, i32 0
  %splat = shufflevector <16 x float> %43, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %50, %body2 ]
  %44 = icmp slt i64 %chunk5, 4
  br i1 %44, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %45 = mul i64 %chunk5, 64
  %46 = getelementptr i8, ptr %41, i64 %45
  %47 = load <16 x float>, ptr %46, align 4
  %48 = fmul <16 x float> %47, %splat
  %49 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk5
  store <16 x float> %48, ptr %49, align 64
  %50 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %51 = sext i32 %qrow1 to i64
  %52 = getelementptr i32, ptr %lims, i64 %51
  store i32 %k_end, ptr %52, align 4
  %53 = getelementptr i32, ptr %qblks, i64 %51
  %qpos = add i32 %q_pos0, %qi
  %54 = sdiv i32 %qpos, 64
  store i32 %54, ptr %53, align 4
  %55 = sdiv i32 %qrow1, 32
  %56 = sext i32 %55 to i64
  %57 = mul i64 %56, 2048
  %58 = getelementptr i32, ptr %qt, i64 %57
  %59 = srem i32 %qrow1, 32
  br label %qcol

qcol:                                             ; preds = %body6, %exit4
  %qcol9 = phi i32 [ 0, %exit4 ], [ %68, %body6 ]
  %60 = icmp slt i32 %qcol9, 64
  br i1 %60, label %body6, label %exit8

body6:                                            ; preds = %qcol
  %61 = sext i32 %qcol9 to i64
  %62 = getelementptr i32, ptr %rowbuf, i64 %61
  %63 = load float, ptr %62, align 4
  %64 = sext i32 %59 to i64
  %65 = mul i64 %61, 32
  %66 = add i64 %65, %64
  %67 = getelementptr i32, ptr %58, i64 %66
  store float %63, ptr %67, align 4
  %68 = add nsw i32 %qcol9, 1
  br label %qcol

exit8:                                            ; preds = %qcol
  %69 = add nsw i32 %qrow1, 1
  br label %qrow

otzero:                                           ; preds = %qrow, %body10
  %otzero13 = phi i32 [ %74, %body10 ], [ 0, %qrow ]
  %70 = icmp slt i32 %otzero13, 256
  br i1 %70, label %body10, label %exit12

body10:                                           ; preds = %otzero
  %71 = sext i32 %otzero13 to i64
  %72 = mul i64 %71, 16
  %73 = getelementptr i32, ptr %ot, i64 %72
  store <16 x float> zeroinitializer, ptr %73, align 64
  %74 = add nsw i32 %otzero13, 1
  br label %otzero

exit12:                                           ; preds = %otzero
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %mv, align 64
  store <16 x float> zeroinitializer, ptr %lv, align 64
  %75 = getelementptr <16 x float>, ptr %mv, i64 1
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %75, align 64
  %76 = getelementptr <16 x float>, ptr %lv, i64 1
  store <16 x float> zeroinitializer, ptr %76, align 64
  %77 = getelementptr <16 x float>, ptr %mv, i64 2
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %77, align 64
  %78 = getelementptr <16 x float>, ptr %lv, i64 2
  store <16 x float> zeroinitializer, ptr %78, align 64
  %79 = getelementptr <16 x float>, ptr %mv, i64 3
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %79, align 64
  %80 = getelementptr <16 x float>, ptr %lv, i64 3
  store <16 x float> zeroinitializer, ptr %80, align 64
  %qpos14 = add i32 %q_pos0, %q_begin
  %qb0 = sdiv i32 %qpos14, 64
  %81 = sub i32 %nrows, 1
  %82 = sdiv i32 %81, %nh
  %83 = add i32 %q_begin, %82
  %qpos15 = add i32 %q_pos0, %83
  %84 = sdiv i32 %qpos15, 64
  %85 = add i32 %84, 1
  br label %qblock

qblock:                                           ; preds = %exit22, %exit12
  %qblock19 = phi i32 [ %qb0, %exit12 ], [ %114, %exit22 ]
  %86 = icmp slt i32 %qblock19, %85
  br i1 %86, label %body16, label %exit18

body16:                                           ; preds = %qblock
  %87 = sext i32 %qblock19 to i64
  %88 = getelementptr i32, ptr %17, i64 %87
  %89 = load i32, ptr %88, align 4
  %90 = add i64 %87, 1
  %91 = getelementptr i32, ptr %17, i64 %90
  %92 = load i32, ptr %91, align 4
  br label %kblocks

exit18:                                           ; preds = %qblock
  %93 = load <16 x float>, ptr %mv, align 64
  store <16 x float> %93, ptr %ms, align 64
  %94 = load <16 x float>, ptr %lv, align 64
  store <16 x float> %94, ptr %ls, align 64
  %95 = getelementptr float, ptr %ms, i64 16
  %96 = load <16 x float>, ptr %75, align 64
  store <16 x float> %96, ptr %95, align 64
  %97 = getelementptr float, ptr %ls, i64 16
  %98 = load <16 x float>, ptr %76, align 64
  store <16 x float> %98, ptr %97, align 64
  %99 = getelementptr float, ptr %ms, i64 32
  %100 = load <16 x float>, ptr %77, align 64
  store <16 x float> %100, ptr %99, align 64
  %101 = getelementptr float, ptr %ls, i64 32
  %102 = load <16 x float>, ptr %78, align 64
  store <16 x float> %102, ptr %101, align 64
  %103 = getelementptr float, ptr %ms, i64 48
  %104 = load <16 x float>, ptr %79, align 64
  store <16 x float> %104, ptr %103, align 64
  %105 = getelementptr float, ptr %ls, i64 48
  %106 = load <16 x float>, ptr %80, align 64
  store <16 x float> %106, ptr %105, align 64
  br label %orow124

kblocks:                                          ; preds = %exit26, %body16
  %kblocks23 = phi i32 [ %89, %body16 ], [ %121, %exit26 ]
  %107 = icmp slt i32 %kblocks23, %92
  br i1 %107, label %body20, label %exit22

body20:                                           ; preds = %kblocks
  %108 = sext i32 %kblocks23 to i64
  %109 = getelementptr i32, ptr %block_col, i64 %108
  %kblk = load i32, ptr %109, align 4
  %110 = mul i32 %kblk, 64
  %111 = call i32 @llvm.smax.i32(i32 %k_begin, i32 %110)
  %112 = add i32 %110, 64
  %113 = call i32 @llvm.smin.i32(i32 %k_end, i32 %112)
  %k_last = sub i32 %113, 1
  br label %ktile

exit22:                                           ; preds = %kblocks
  %114 = add nsw i32 %qblock19, 1
  br label %qblock

ktile:                                            ; preds = %exit39, %body20
  %ktile27 = phi i32 [ %111, %body20 ], [ %171, %exit39 ]
  %115 = icmp slt i32 %ktile27, %113
  br i1 %115, label %body24, label %exit26

body24:                                           ; preds = %ktile
  %116 = sub i32 %113, %ktile27
  %117 = call i32 @llvm.smin.i32(i32 72, i32 %116)
  %118 = add i32 %117, 11
  %119 = sdiv i32 %118, 12
  %120 = mul i32 %119, 12
  br label %kpack

exit26:                                           ; preds = %ktile
  %121 = add nsw i32 %kblocks23, 1
  br label %kblocks

kpack:                                            ; preds = %body28, %body24
  %kpack31 = phi i32 [ 0, %body24 ], [ %142, %body28 ]
  %122 = icmp slt i32 %kpack31, %120
  br i1 %122, label %body28, label %vpack

body28:                                           ; preds = %kpack
  %123 = add i32 %ktile27, %kpack31
  %124 = call i32 @llvm.smin.i32(i32 %123, i32 %k_last)
  %125 = sext i32 %124 to i64
  %126 = mul i64 %125, 16
  %row = add i64 %25, %126
  %127 = mul i64 %row, 256
  %128 = getelementptr i8, ptr %24, i64 %127
  %129 = sext i32 %kpack31 to i64
  %130 = mul i64 %129, 64
  %131 = getelementptr i32, ptr %kbuf, i64 %130
  %132 = load <16 x float>, ptr %128, align 4
  store <16 x float> %132, ptr %131, align 64
  %133 = getelementptr i8, ptr %128, i64 64
  %134 = load <16 x float>, ptr %133, align 4
  %135 = getelementptr i8, ptr %131, i64 64
  store <16 x float> %134, ptr %135, align 64
  %136 = getelementptr i8, ptr %128, i64 128
  %137 = load <16 x float>, ptr %136, align 4
  %138 = getelementptr i8, ptr %131, i64 128
  store <16 x float> %137, ptr %138, align 64
  %139 = getelementptr i8, ptr %128, i64 192
  %140 = load <16 x float>, ptr %139, align 4
  %141 = getelementptr i8, ptr %131, i64 192
  store <16 x float> %140, ptr %141, align 64
  %142 = add nsw i32 %kpack31, 1
  br label %kpack

vpack:                                            ; preds = %kpack, %body32
  %vpack35 = phi i32 [ %162, %body32 ], [ 0, %kpack ]
  %143 = icmp slt i32 %vpack35, %117
  br i1 %143, label %body32, label %exit34

body32:                                           ; preds = %vpack
  %144 = add i32 %ktile27, %vpack35
  %145 = sext i32 %144 to i64
  %146 = mul i64 %145, 16
  %row36 = add i64 %25, %146
  %147 = mul i64 %row36, 256
  %148 = getelementptr i8, ptr %27, i64 %147
  %149 = sext i32 %vpack35 to i64
  %150 = mul i64 %149, 64
  %151 = getelementptr i32, ptr %vbuf, i64 %150
  %152 = load <16 x float>, ptr %148, align 4
  store <16 x float> %152, ptr %151, align 64
  %153 = getelementptr i8, ptr %148, i64 64
  %154 = load <16 x float>, ptr %153, align 4
  %155 = getelementptr i8, ptr %151, i64 64
  store <16 x float> %154, ptr %155, align 64
  %156 = getelementptr i8, ptr %148, i64 128
  %157 = load <16 x float>, ptr %156, align 4
  %158 = getelementptr i8, ptr %151, i64 128
  store <16 x float> %157, ptr %158, align 64
  %159 = getelementptr i8, ptr %148, i64 192
  %160 = load <16 x float>, ptr %159, align 4
  %161 = getelementptr i8, ptr %151, i64 192
  store <16 x float> %160, ptr %161, align 64
  %162 = add nsw i32 %vpack35, 1
  br label %vpack

exit34:                                           ; preds = %vpack
  %163 = add i32 %nrows, 31
  %nblk = sdiv i32 %163, 32
  br label %rblock

rblock:                                           ; preds = %join, %exit34
  %rblock40 = phi i32 [ 0, %exit34 ], [ %192, %join ]
  %164 = icmp slt i32 %rblock40, %nblk
  br i1 %164, label %body37, label %exit39

body37:                                           ; preds = %rblock
  %165 = sext i32 %rblock40 to i64
  %166 = mul i32 %rblock40, 32
  %167 = add i32 %166, 31
  %168 = sub i32 %k_end, %ktile27
  %169 = call i32 @llvm.smin.i32(i32 %117, i32 %168)
  %170 = icmp sgt i32 %169, 0
  br i1 %170, label %rvisit, label %join

exit39:                                           ; preds = %rblock
  %171 = add nsw i32 %ktile27, 72
  br label %ktile

rvisit:                                           ; preds = %body37
  %172 = mul i64 %165, 2048
  %173 = getelementptr i32, ptr %qt, i64 %172
  %174 = getelementptr i32, ptr %ot, i64 %172
  %175 = mul i64 %165, 2
  %176 = getelementptr <16 x float>, ptr %mv, i64 %175
  %177 = getelementptr <16 x float>, ptr %lv, i64 %175
  %178 = mul i64 %165, 32
  %179 = getelementptr i32, ptr %lims, i64 %178
  %180 = load <16 x i32>, ptr %179, align 64
  %181 = getelementptr i32, ptr %qblks, i64 %178
  %182 = load <16 x i32>, ptr %181, align 64
  %183 = insertelement <16 x i32> poison, i32 %113, i32 0
  %splat41 = shufflevector <16 x i32> %183, <16 x i32> poison, <16 x i32> zeroinitializer
  %184 = call <16 x i32> @llvm.smin.v16i32(<16 x i32> %180, <16 x i32> %splat41)
  %185 = insertelement <16 x i32> poison, i32 %qblock19, i32 0
  %splat42 = shufflevector <16 x i32> %185, <16 x i32> poison, <16 x i32> zeroinitializer
  %186 = add i64 %178, 16
  %187 = getelementptr i32, ptr %lims, i64 %186
  %188 = load <16 x i32>, ptr %187, align 64
  %189 = getelementptr i32, ptr %qblks, i64 %186
  %190 = load <16 x i32>, ptr %189, align 64
  %191 = call <16 x i32> @llvm.smin.v16i32(<16 x i32> %188, <16 x i32> %splat41)
  br label %sblock

join:                                             ; preds = %pvblock, %body37
  %192 = add nsw i32 %rblock40, 1
  br label %rblock

sblock:                                           ; preds = %exit51, %rvisit
  %sblock48 = phi i32 [ 0, %rvisit ], [ %276, %exit51 ]
  %193 = icmp slt i32 %sblock48, %169
  br i1 %193, label %body45, label %smask

body45:                                           ; preds = %sblock
  %194 = sext i32 %sblock48 to i64
  %195 = mul i64 %194, 64
  %196 = getelementptr i32, ptr %kbuf, i64 %195
  br label %sdim

sdim:                                             ; preds = %body49, %body45
  %sacc.sroa.92.0 = phi <16 x float> [ zeroinitializer, %body45 ], [ %249, %body49 ]
  %sacc.sroa.88.0 = phi <16 x float> [ zeroinitializer, %body45 ], [ %248, %body49 ]
  %sacc.sroa.84.0 = phi <16 x float> [ zeroinitializer, %body45 ], [ %245, %body49 ]
  %sacc.sroa.80.0 = phi <16 x float> [ zeroinitializer, %body45 ], [ %244, %body49 ]
  %sacc.sroa.76.0 = phi <16 x float> [ zeroinitializer, %body45 ], [ %241, %body49 ]
  %sacc.sroa.72.0 = phi <16 x float> [ zeroinitializer, %body45 ], [ %240, %body49 ]
  %sacc.sroa.68.0 = phi <16 x float> [ zeroinitializer, %body45 ], [ %237, %body49 ]
  %sacc.sroa.64.0 = phi <16 x float> [ zeroinitializer, %body45 ], [ %236, %body49 ]
  %sacc.sroa.60.0 = phi <16 x float> [ zeroinitializer, %body45 ], [ %233, %body49 ]
  %sacc.sroa.56.0 = phi <16 x float> [ zeroinitializer, %body45 ], [ %232, %body49 ]
  %sacc.sroa.52.0 = phi <16 x float> [ zeroinitializer, %body45 ], [ %229, %body49 ]
  %sacc.sroa.48.0 = phi <16 x float> [ zeroinitializer, %body45 ], [ %228, %body49 ]
  %sacc.sroa.44.0 = phi <16 x float> [ zeroinitializer, %body45 ], [ %225, %body49 ]
  %sacc.sroa.40.0 = phi <16 x float> [ zeroinitializer, %body45 ], [ %224, %body49 ]
  %sacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %body45 ], [ %221, %body49 ]
  %sacc.sroa.32.0 = phi <16 x float> [ zeroinitializer, %body45 ], [ %220, %body49 ]
  %sacc.sroa.28.0 = phi <16 x float> [ zeroinitializer, %body45 ], [ %217, %body49 ]
  %sacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %body45 ], [ %216, %body49 ]
  %sacc.sroa.20.0 = phi <16 x float> [ zeroinitializer, %body45 ], [ %213, %body49 ]
  %sacc.sroa.16.0 = phi <16 x float> [ zeroinitializer, %body45 ], [ %212, %body49 ]
  %sacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %body45 ], [ %209, %body49 ]
  %sacc.sroa.8.0 = phi <16 x float> [ zeroinitializer, %body45 ], [ %208, %body49 ]
  %sacc.sroa.4.0 = phi <16 x float> [ zeroinitializer, %body45 ], [ %205, %body49 ]
  %sacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %body45 ], [ %204, %body49 ]
  %sdim52 = phi i32 [ 0, %body45 ], [ %250, %body49 ]
  %197 = icmp slt i32 %sdim52, 64
  br i1 %197, label %body49, label %exit51

body49:                                           ; preds = %sdim
  %198 = sext i32 %sdim52 to i64
  %199 = mul i64 %198, 32
  %200 = getelementptr i32, ptr %173, i64 %199
  %qt53 = load <16 x float>, ptr %200, align 64
  %201 = getelementptr i32, ptr %200, i64 16
  %qt54 = load <16 x float>, ptr %201, align 64
  %202 = getelementptr i32, ptr %196, i64 %198
  %k = load float, ptr %202, align 4
  %203 = insertelement <16 x float> poison, float %k, i32 0
  %splat55 = shufflevector <16 x float> %203, <16 x float> poison, <16 x i32> zeroinitializer
  %204 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt53, <16 x float> %splat55, <16 x float> %sacc.sroa.0.0)
  %205 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat55, <16 x float> %sacc.sroa.4.0)
  %206 = getelementptr i32, ptr %202, i64 64
  %k56 = load float, ptr %206, align 4
  %207 = insertelement <16 x float> poison, float %k56, i32 0
  %splat57 = shufflevector <16 x float> %207, <16 x float> poison, <16 x i32> zeroinitializer
  %208 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt53, <16 x float> %splat57, <16 x float> %sacc.sroa.8.0)
  %209 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat57, <16 x float> %sacc.sroa.12.0)
  %210 = getelementptr i32, ptr %202, i64 128
  %k58 = load float, ptr %210, align 4
  %211 = insertelement <16 x float> poison, float %k58, i32 0
  %splat59 = shufflevector <16 x float> %211, <16 x float> poison, <16 x i32> zeroinitializer
  %212 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt53, <16 x float> %splat59, <16 x float> %sacc.sroa.16.0)
  %213 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat59, <16 x float> %sacc.sroa.20.0)
  %214 = getelementptr i32, ptr %202, i64 192
  %k60 = load float, ptr %214, align 4
  %215 = insertelement <16 x float> poison, float %k60, i32 0
  %splat61 = shufflevector <16 x float> %215, <16 x float> poison, <16 x i32> zeroinitializer
  %216 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt53, <16 x float> %splat61, <16 x float> %sacc.sroa.24.0)
  %217 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat61, <16 x float> %sacc.sroa.28.0)
  %218 = getelementptr i32, ptr %202, i64 256
  %k62 = load float, ptr %218, align 4
  %219 = insertelement <16 x float> poison, float %k62, i32 0
  %splat63 = shufflevector <16 x float> %219, <16 x float> poison, <16 x i32> zeroinitializer
  %220 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt53, <16 x float> %splat63, <16 x float> %sacc.sroa.32.0)
  %221 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat63, <16 x float> %sacc.sroa.36.0)
  %222 = getelementptr i32, ptr %202, i64 320
  %k64 = load float, ptr %222, align 4
  %223 = insertelement <16 x float> poison, float %k64, i32 0
  %splat65 = shufflevector <16 x float> %223, <16 x float> poison, <16 x i32> zeroinitializer
  %224 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt53, <16 x float> %splat65, <16 x float> %sacc.sroa.40.0)
  %225 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat65, <16 x float> %sacc.sroa.44.0)
  %226 = getelementptr i32, ptr %202, i64 384
  %k66 = load float, ptr %226, align 4
  %227 = insertelement <16 x float> poison, float %k66, i32 0
  %splat67 = shufflevector <16 x float> %227, <16 x float> poison, <16 x i32> zeroinitializer
  %228 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt53, <16 x float> %splat67, <16 x float> %sacc.sroa.48.0)
  %229 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat67, <16 x float> %sacc.sroa.52.0)
  %230 = getelementptr i32, ptr %202, i64 448
  %k68 = load float, ptr %230, align 4
  %231 = insertelement <16 x float> poison, float %k68, i32 0
  %splat69 = shufflevector <16 x float> %231, <16 x float> poison, <16 x i32> zeroinitializer
  %232 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt53, <16 x float> %splat69, <16 x float> %sacc.sroa.56.0)
  %233 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat69, <16 x float> %sacc.sroa.60.0)
  %234 = getelementptr i32, ptr %202, i64 512
  %k70 = load float, ptr %234, align 4
  %235 = insertelement <16 x float> poison, float %k70, i32 0
  %splat71 = shufflevector <16 x float> %235, <16 x float> poison, <16 x i32> zeroinitializer
  %236 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt53, <16 x float> %splat71, <16 x float> %sacc.sroa.64.0)
  %237 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat71, <16 x float> %sacc.sroa.68.0)
  %238 = getelementptr i32, ptr %202, i64 576
  %k72 = load float, ptr %238, align 4
  %239 = insertelement <16 x float> poison, float %k72, i32 0
  %splat73 = shufflevector <16 x float> %239, <16 x float> poison, <16 x i32> zeroinitializer
  %240 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt53, <16 x float> %splat73, <16 x float> %sacc.sroa.72.0)
  %241 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat73, <16 x float> %sacc.sroa.76.0)
  %242 = getelementptr i32, ptr %202, i64 640
  %k74 = load float, ptr %242, align 4
  %243 = insertelement <16 x float> poison, float %k74, i32 0
  %splat75 = shufflevector <16 x float> %243, <16 x float> poison, <16 x i32> zeroinitializer
  %244 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt53, <16 x float> %splat75, <16 x float> %sacc.sroa.80.0)
  %245 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat75, <16 x float> %sacc.sroa.84.0)
  %246 = getelementptr i32, ptr %202, i64 704
  %k76 = load float, ptr %246, align 4
  %247 = insertelement <16 x float> poison, float %k76, i32 0
  %splat77 = shufflevector <16 x float> %247, <16 x float> poison, <16 x i32> zeroinitializer
  %248 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt53, <16 x float> %splat77, <16 x float> %sacc.sroa.88.0)
  %249 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat77, <16 x float> %sacc.sroa.92.0)
  %250 = add nsw i32 %sdim52, 1
  br label %sdim

exit51:                                           ; preds = %sdim
  %251 = mul i64 %194, 32
  %252 = getelementptr i32, ptr %st, i64 %251
  store <16 x float> %sacc.sroa.0.0, ptr %252, align 64
  %253 = getelementptr i32, ptr %252, i64 16
  store <16 x float> %sacc.sroa.4.0, ptr %253, align 64
  %254 = getelementptr i32, ptr %252, i64 32
  store <16 x float> %sacc.sroa.8.0, ptr %254, align 64
  %255 = getelementptr i32, ptr %252, i64 48
  store <16 x float> %sacc.sroa.12.0, ptr %255, align 64
  %256 = getelementptr i32, ptr %252, i64 64
  store <16 x float> %sacc.sroa.16.0, ptr %256, align 64
  %257 = getelementptr i32, ptr %252, i64 80
  store <16 x float> %sacc.sroa.20.0, ptr %257, align 64
  %258 = getelementptr i32, ptr %252, i64 96
  store <16 x float> %sacc.sroa.24.0, ptr %258, align 64
  %259 = getelementptr i32, ptr %252, i64 112
  store <16 x float> %sacc.sroa.28.0, ptr %259, align 64
  %260 = getelementptr i32, ptr %252, i64 128
  store <16 x float> %sacc.sroa.32.0, ptr %260, align 64
  %261 = getelementptr i32, ptr %252, i64 144
  store <16 x float> %sacc.sroa.36.0, ptr %261, align 64
  %262 = getelementptr i32, ptr %252, i64 160
  store <16 x float> %sacc.sroa.40.0, ptr %262, align 64
  %263 = getelementptr i32, ptr %252, i64 176
  store <16 x float> %sacc.sroa.44.0, ptr %263, align 64
  %264 = getelementptr i32, ptr %252, i64 192
  store <16 x float> %sacc.sroa.48.0, ptr %264, align 64
  %265 = getelementptr i32, ptr %252, i64 208
  store <16 x float> %sacc.sroa.52.0, ptr %265, align 64
  %266 = getelementptr i32, ptr %252, i64 224
  store <16 x float> %sacc.sroa.56.0, ptr %266, align 64
  %267 = getelementptr i32, ptr %252, i64 240
  store <16 x float> %sacc.sroa.60.0, ptr %267, align 64
  %268 = getelementptr i32, ptr %252, i64 256
  store <16 x float> %sacc.sroa.64.0, ptr %268, align 64
  %269 = getelementptr i32, ptr %252, i64 272
  store <16 x float> %sacc.sroa.68.0, ptr %269, align 64
  %270 = getelementptr i32, ptr %252, i64 288
  store <16 x float> %sacc.sroa.72.0, ptr %270, align 64
  %271 = getelementptr i32, ptr %252, i64 304
  store <16 x float> %sacc.sroa.76.0, ptr %271, align 64
  %272 = getelementptr i32, ptr %252, i64 320
  store <16 x float> %sacc.sroa.80.0, ptr %272, align 64
  %273 = getelementptr i32, ptr %252, i64 336
  store <16 x float> %sacc.sroa.84.0, ptr %273, align 64
  %274 = getelementptr i32, ptr %252, i64 352
  store <16 x float> %sacc.sroa.88.0, ptr %274, align 64
  %275 = getelementptr i32, ptr %252, i64 368
  store <16 x float> %sacc.sroa.92.0, ptr %275, align 64
  %276 = add nsw i32 %sblock48, 12
  br label %sblock

smask:                                            ; preds = %sblock, %body78
  %tmax.sroa.4.0 = phi <16 x float> [ %294, %body78 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %tmax.sroa.0.0 = phi <16 x float> [ %287, %body78 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %smask81 = phi i32 [ %295, %body78 ], [ 0, %sblock ]
  %277 = icmp slt i32 %smask81, %169
  br i1 %277, label %body78, label %exit80

body78:                                           ; preds = %smask
  %278 = add i32 %ktile27, %smask81
  %279 = insertelement <16 x i32> poison, i32 %278, i32 0
  %splat82 = shufflevector <16 x i32> %279, <16 x i32> poison, <16 x i32> zeroinitializer
  %280 = sext i32 %smask81 to i64
  %281 = mul i64 %280, 32
  %282 = getelementptr i32, ptr %st, i64 %281
  %s = load <16 x float>, ptr %282, align 64
  %283 = icmp slt <16 x i32> %splat82, %184
  %284 = icmp eq <16 x i32> %182, %splat42
  %285 = and <16 x i1> %283, %284
  %286 = select <16 x i1> %285, <16 x float> %s, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %286, ptr %282, align 64
  %287 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.0.0, <16 x float> %286)
  %288 = add i64 %281, 16
  %289 = getelementptr i32, ptr %st, i64 %288
  %s83 = load <16 x float>, ptr %289, align 64
  %290 = icmp slt <16 x i32> %splat82, %191
  %291 = icmp eq <16 x i32> %190, %splat42
  %292 = and <16 x i1> %290, %291
  %293 = select <16 x i1> %292, <16 x float> %s83, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %293, ptr %289, align 64
  %294 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.4.0, <16 x float> %293)
  %295 = add nsw i32 %smask81, 1
  br label %smask

exit80:                                           ; preds = %smask
  %m = load <16 x float>, ptr %176, align 64
  %296 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m, <16 x float> %tmax.sroa.0.0)
  %297 = fcmp oeq <16 x float> %296, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse84 = select <16 x i1> %297, <16 x float> zeroinitializer, <16 x float> %296
  %298 = fsub <16 x float> %m, %muse84
  %299 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %298, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %300 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %299, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %301 = fadd <16 x float> %300, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %301, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %300, %n
  %302 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %303 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %302, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %304 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %303, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %305 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %304, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %306 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %305, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %307 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %306, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %308 = fptosi <16 x float> %n to <16 x i32>
  %309 = add <16 x i32> %308, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %310 = shl <16 x i32> %309, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %311 = bitcast <16 x i32> %310 to <16 x float>
  %exp2 = fmul <16 x float> %307, %311
  store <16 x float> %296, ptr %176, align 64
  %312 = getelementptr <16 x float>, ptr %176, i64 1
  %m85 = load <16 x float>, ptr %312, align 64
  %313 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m85, <16 x float> %tmax.sroa.4.0)
  %314 = fcmp oeq <16 x float> %313, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse86 = select <16 x i1> %314, <16 x float> zeroinitializer, <16 x float> %313
  %315 = fsub <16 x float> %m85, %muse86
  %316 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %315, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %317 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %316, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %318 = fadd <16 x float> %317, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n87 = fsub <16 x float> %318, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f88 = fsub <16 x float> %317, %n87
  %319 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f88, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %320 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %319, <16 x float> %f88, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %321 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %320, <16 x float> %f88, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %322 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %321, <16 x float> %f88, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %323 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %322, <16 x float> %f88, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %324 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %323, <16 x float> %f88, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %325 = fptosi <16 x float> %n87 to <16 x i32>
  %326 = add <16 x i32> %325, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %327 = shl <16 x i32> %326, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %328 = bitcast <16 x i32> %327 to <16 x float>
  %exp289 = fmul <16 x float> %324, %328
  store <16 x float> %313, ptr %312, align 64
  br label %sexp

sexp:                                             ; preds = %body90, %exit80
  %lsum.sroa.4.0 = phi <16 x float> [ zeroinitializer, %exit80 ], [ %366, %body90 ]
  %lsum.sroa.0.0 = phi <16 x float> [ zeroinitializer, %exit80 ], [ %348, %body90 ]
  %sexp93 = phi i32 [ 0, %exit80 ], [ %367, %body90 ]
  %329 = icmp slt i32 %sexp93, %169
  br i1 %329, label %body90, label %exit92

body90:                                           ; preds = %sexp
  %330 = sext i32 %sexp93 to i64
  %331 = mul i64 %330, 32
  %332 = getelementptr i32, ptr %st, i64 %331
  %333 = load <16 x float>, ptr %332, align 64
  %334 = fsub <16 x float> %333, %muse84
  %335 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %334, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %336 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %335, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %337 = fadd <16 x float> %336, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n94 = fsub <16 x float> %337, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f95 = fsub <16 x float> %336, %n94
  %338 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f95, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %339 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %338, <16 x float> %f95, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %340 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %339, <16 x float> %f95, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %341 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %340, <16 x float> %f95, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %342 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %341, <16 x float> %f95, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %343 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %342, <16 x float> %f95, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %344 = fptosi <16 x float> %n94 to <16 x i32>
  %345 = add <16 x i32> %344, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %346 = shl <16 x i32> %345, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %347 = bitcast <16 x i32> %346 to <16 x float>
  %exp296 = fmul <16 x float> %343, %347
  store <16 x float> %exp296, ptr %332, align 64
  %348 = fadd <16 x float> %lsum.sroa.0.0, %exp296
  %349 = add i64 %331, 16
  %350 = getelementptr i32, ptr %st, i64 %349
  %351 = load <16 x float>, ptr %350, align 64
  %352 = fsub <16 x float> %351, %muse86
  %353 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %352, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %354 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %353, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %355 = fadd <16 x float> %354, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n97 = fsub <16 x float> %355, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f98 = fsub <16 x float> %354, %n97
  %356 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f98, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %357 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %356, <16 x float> %f98, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %358 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %357, <16 x float> %f98, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %359 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %358, <16 x float> %f98, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %360 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %359, <16 x float> %f98, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %361 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %360, <16 x float> %f98, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %362 = fptosi <16 x float> %n97 to <16 x i32>
  %363 = add <16 x i32> %362, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %364 = shl <16 x i32> %363, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %365 = bitcast <16 x i32> %364 to <16 x float>
  %exp299 = fmul <16 x float> %361, %365
  store <16 x float> %exp299, ptr %350, align 64
  %366 = fadd <16 x float> %lsum.sroa.4.0, %exp299
  %367 = add nsw i32 %sexp93, 1
  br label %sexp

exit92:                                           ; preds = %sexp
  %368 = load <16 x float>, ptr %177, align 64
  %369 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %368, <16 x float> %exp2, <16 x float> %lsum.sroa.0.0)
  store <16 x float> %369, ptr %177, align 64
  %370 = getelementptr <16 x float>, ptr %177, i64 1
  %371 = load <16 x float>, ptr %370, align 64
  %372 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %371, <16 x float> %exp289, <16 x float> %lsum.sroa.4.0)
  store <16 x float> %372, ptr %370, align 64
  br label %pvblock

pvblock:                                          ; preds = %exit106, %exit92
  %pvblock103 = phi i32 [ 0, %exit92 ], [ %466, %exit106 ]
  %373 = icmp slt i32 %pvblock103, 8
  br i1 %373, label %body100, label %join

body100:                                          ; preds = %pvblock
  %374 = mul i32 %pvblock103, 8
  %375 = sext i32 %374 to i64
  %376 = mul i64 %375, 32
  %377 = getelementptr i32, ptr %174, i64 %376
  %378 = load <16 x float>, ptr %377, align 64
  %379 = fmul <16 x float> %378, %exp2
  %380 = getelementptr i32, ptr %377, i64 16
  %381 = load <16 x float>, ptr %380, align 64
  %382 = fmul <16 x float> %381, %exp289
  %383 = getelementptr i32, ptr %377, i64 32
  %384 = load <16 x float>, ptr %383, align 64
  %385 = fmul <16 x float> %384, %exp2
  %386 = getelementptr i32, ptr %377, i64 48
  %387 = load <16 x float>, ptr %386, align 64
  %388 = fmul <16 x float> %387, %exp289
  %389 = getelementptr i32, ptr %377, i64 64
  %390 = load <16 x float>, ptr %389, align 64
  %391 = fmul <16 x float> %390, %exp2
  %392 = getelementptr i32, ptr %377, i64 80
  %393 = load <16 x float>, ptr %392, align 64
  %394 = fmul <16 x float> %393, %exp289
  %395 = getelementptr i32, ptr %377, i64 96
  %396 = load <16 x float>, ptr %395, align 64
  %397 = fmul <16 x float> %396, %exp2
  %398 = getelementptr i32, ptr %377, i64 112
  %399 = load <16 x float>, ptr %398, align 64
  %400 = fmul <16 x float> %399, %exp289
  %401 = getelementptr i32, ptr %377, i64 128
  %402 = load <16 x float>, ptr %401, align 64
  %403 = fmul <16 x float> %402, %exp2
  %404 = getelementptr i32, ptr %377, i64 144
  %405 = load <16 x float>, ptr %404, align 64
  %406 = fmul <16 x float> %405, %exp289
  %407 = getelementptr i32, ptr %377, i64 160
  %408 = load <16 x float>, ptr %407, align 64
  %409 = fmul <16 x float> %408, %exp2
  %410 = getelementptr i32, ptr %377, i64 176
  %411 = load <16 x float>, ptr %410, align 64
  %412 = fmul <16 x float> %411, %exp289
  %413 = getelementptr i32, ptr %377, i64 192
  %414 = load <16 x float>, ptr %413, align 64
  %415 = fmul <16 x float> %414, %exp2
  %416 = getelementptr i32, ptr %377, i64 208
  %417 = load <16 x float>, ptr %416, align 64
  %418 = fmul <16 x float> %417, %exp289
  %419 = getelementptr i32, ptr %377, i64 224
  %420 = load <16 x float>, ptr %419, align 64
  %421 = fmul <16 x float> %420, %exp2
  %422 = getelementptr i32, ptr %377, i64 240
  %423 = load <16 x float>, ptr %422, align 64
  %424 = fmul <16 x float> %423, %exp289
  br label %kpv

kpv:                                              ; preds = %body104, %body100
  %o.sroa.44.0 = phi <16 x float> [ %412, %body100 ], [ %456, %body104 ]
  %o.sroa.40.0 = phi <16 x float> [ %409, %body100 ], [ %455, %body104 ]
  %o.sroa.36.0 = phi <16 x float> [ %406, %body100 ], [ %452, %body104 ]
  %o.sroa.32.0 = phi <16 x float> [ %403, %body100 ], [ %451, %body104 ]
  %o.sroa.28.0 = phi <16 x float> [ %400, %body100 ], [ %448, %body104 ]
  %o.sroa.24.0 = phi <16 x float> [ %397, %body100 ], [ %447, %body104 ]
  %o.sroa.20.0 = phi <16 x float> [ %394, %body100 ], [ %444, %body104 ]
  %o.sroa.16.0 = phi <16 x float> [ %391, %body100 ], [ %443, %body104 ]
  %o.sroa.12.0 = phi <16 x float> [ %388, %body100 ], [ %440, %body104 ]
  %o.sroa.8.0 = phi <16 x float> [ %385, %body100 ], [ %439, %body104 ]
  %o.sroa.4.0 = phi <16 x float> [ %382, %body100 ], [ %436, %body104 ]
  %o.sroa.0.0 = phi <16 x float> [ %379, %body100 ], [ %435, %body104 ]
  %o.sroa.48.0 = phi <16 x float> [ %415, %body100 ], [ %459, %body104 ]
  %o.sroa.52.0 = phi <16 x float> [ %418, %body100 ], [ %460, %body104 ]
  %o.sroa.56.0 = phi <16 x float> [ %421, %body100 ], [ %463, %body104 ]
  %o.sroa.60.0 = phi <16 x float> [ %424, %body100 ], [ %464, %body104 ]
  %kpv107 = phi i32 [ 0, %body100 ], [ %465, %body104 ]
  %425 = icmp slt i32 %kpv107, %169
  br i1 %425, label %body104, label %exit106

body104:                                          ; preds = %kpv
  %426 = sext i32 %kpv107 to i64
  %427 = mul i64 %426, 32
  %428 = getelementptr i32, ptr %st, i64 %427
  %p = load <16 x float>, ptr %428, align 64
  %429 = add i64 %427, 16
  %430 = getelementptr i32, ptr %st, i64 %429
  %p108 = load <16 x float>, ptr %430, align 64
  %431 = mul i64 %426, 256
  %432 = getelementptr i8, ptr %vbuf, i64 %431
  %433 = getelementptr i32, ptr %432, i64 %375
  %v = load float, ptr %433, align 4
  %434 = insertelement <16 x float> poison, float %v, i32 0
  %splat109 = shufflevector <16 x float> %434, <16 x float> poison, <16 x i32> zeroinitializer
  %435 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat109, <16 x float> %o.sroa.0.0)
  %436 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p108, <16 x float> %splat109, <16 x float> %o.sroa.4.0)
  %437 = getelementptr i32, ptr %433, i64 1
  %v110 = load float, ptr %437, align 4
  %438 = insertelement <16 x float> poison, float %v110, i32 0
  %splat111 = shufflevector <16 x float> %438, <16 x float> poison, <16 x i32> zeroinitializer
  %439 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat111, <16 x float> %o.sroa.8.0)
  %440 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p108, <16 x float> %splat111, <16 x float> %o.sroa.12.0)
  %441 = getelementptr i32, ptr %433, i64 2
  %v112 = load float, ptr %441, align 4
  %442 = insertelement <16 x float> poison, float %v112, i32 0
  %splat113 = shufflevector <16 x float> %442, <16 x float> poison, <16 x i32> zeroinitializer
  %443 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat113, <16 x float> %o.sroa.16.0)
  %444 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p108, <16 x float> %splat113, <16 x float> %o.sroa.20.0)
  %445 = getelementptr i32, ptr %433, i64 3
  %v114 = load float, ptr %445, align 4
  %446 = insertelement <16 x float> poison, float %v114, i32 0
  %splat115 = shufflevector <16 x float> %446, <16 x float> poison, <16 x i32> zeroinitializer
  %447 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat115, <16 x float> %o.sroa.24.0)
  %448 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p108, <16 x float> %splat115, <16 x float> %o.sroa.28.0)
  %449 = getelementptr i32, ptr %433, i64 4
  %v116 = load float, ptr %449, align 4
  %450 = insertelement <16 x float> poison, float %v116, i32 0
  %splat117 = shufflevector <16 x float> %450, <16 x float> poison, <16 x i32> zeroinitializer
  %451 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat117, <16 x float> %o.sroa.32.0)
  %452 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p108, <16 x float> %splat117, <16 x float> %o.sroa.36.0)
  %453 = getelementptr i32, ptr %433, i64 5
  %v118 = load float, ptr %453, align 4
  %454 = insertelement <16 x float> poison, float %v118, i32 0
  %splat119 = shufflevector <16 x float> %454, <16 x float> poison, <16 x i32> zeroinitializer
  %455 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat119, <16 x float> %o.sroa.40.0)
  %456 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p108, <16 x float> %splat119, <16 x float> %o.sroa.44.0)
  %457 = getelementptr i32, ptr %433, i64 6
  %v120 = load float, ptr %457, align 4
  %458 = insertelement <16 x float> poison, float %v120, i32 0
  %splat121 = shufflevector <16 x float> %458, <16 x float> poison, <16 x i32> zeroinitializer
  %459 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat121, <16 x float> %o.sroa.48.0)
  %460 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p108, <16 x float> %splat121, <16 x float> %o.sroa.52.0)
  %461 = getelementptr i32, ptr %433, i64 7
  %v122 = load float, ptr %461, align 4
  %462 = insertelement <16 x float> poison, float %v122, i32 0
  %splat123 = shufflevector <16 x float> %462, <16 x float> poison, <16 x i32> zeroinitializer
  %463 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat123, <16 x float> %o.sroa.56.0)
  %464 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p108, <16 x float> %splat123, <16 x float> %o.sroa.60.0)
  %465 = add nsw i32 %kpv107, 1
  br label %kpv

exit106:                                          ; preds = %kpv
  store <16 x float> %o.sroa.0.0, ptr %377, align 64
  store <16 x float> %o.sroa.4.0, ptr %380, align 64
  store <16 x float> %o.sroa.8.0, ptr %383, align 64
  store <16 x float> %o.sroa.12.0, ptr %386, align 64
  store <16 x float> %o.sroa.16.0, ptr %389, align 64
  store <16 x float> %o.sroa.20.0, ptr %392, align 64
  store <16 x float> %o.sroa.24.0, ptr %395, align 64
  store <16 x float> %o.sroa.28.0, ptr %398, align 64
  store <16 x float> %o.sroa.32.0, ptr %401, align 64
  store <16 x float> %o.sroa.36.0, ptr %404, align 64
  store <16 x float> %o.sroa.40.0, ptr %407, align 64
  store <16 x float> %o.sroa.44.0, ptr %410, align 64
  store <16 x float> %o.sroa.48.0, ptr %413, align 64
  store <16 x float> %o.sroa.52.0, ptr %416, align 64
  store <16 x float> %o.sroa.56.0, ptr %419, align 64
  store <16 x float> %o.sroa.60.0, ptr %422, align 64
  %466 = add nsw i32 %pvblock103, 1
  br label %pvblock

orow124:                                          ; preds = %written, %exit18
  %orow128 = phi i32 [ 0, %exit18 ], [ %502, %written ]
  %467 = icmp slt i32 %orow128, %nrows
  br i1 %467, label %body125, label %common.ret

body125:                                          ; preds = %orow124
  %468 = sext i32 %orow128 to i64
  %469 = getelementptr float, ptr %ms, i64 %468
  %m129 = load float, ptr %469, align 4
  %470 = getelementptr float, ptr %ls, i64 %468
  %l = load float, ptr %470, align 4
  %471 = sdiv i32 %orow128, 32
  %472 = srem i32 %orow128, 32
  %473 = sext i32 %471 to i64
  %474 = mul i64 %473, 2048
  %475 = getelementptr i32, ptr %ot, i64 %474
  br label %otrow

otrow:                                            ; preds = %body130, %body125
  %otrow133 = phi i32 [ 0, %body125 ], [ %484, %body130 ]
  %476 = icmp slt i32 %otrow133, 64
  br i1 %476, label %body130, label %exit132

body130:                                          ; preds = %otrow
  %477 = sext i32 %472 to i64
  %478 = sext i32 %otrow133 to i64
  %479 = mul i64 %478, 32
  %480 = add i64 %479, %477
  %481 = getelementptr i32, ptr %475, i64 %480
  %482 = load float, ptr %481, align 4
  %483 = getelementptr i32, ptr %rowbuf, i64 %478
  store float %482, ptr %483, align 4
  %484 = add nsw i32 %otrow133, 1
  br label %otrow

exit132:                                          ; preds = %otrow
  %485 = icmp ne ptr %part, null
  br i1 %485, label %partial, label %final

partial:                                          ; preds = %exit132
  %486 = sext i32 %nrows to i64
  %487 = mul i64 %468, 64
  %488 = getelementptr float, ptr %part, i64 %487
  br label %chunk134

final:                                            ; preds = %exit132
  %489 = sdiv i32 %orow128, %nh
  %qi139 = add i32 %q_begin, %489
  %490 = srem i32 %orow128, %nh
  %491 = add i32 %h_begin, %490
  %hq140 = add i32 %kv_head, %491
  %492 = sext i32 %qi139 to i64
  %493 = add i64 %q_row0, %492
  %494 = mul i64 %493, 16
  %495 = sext i32 %hq140 to i64
  %orow141 = add i64 %494, %495
  %496 = fcmp oeq float %l, 0.000000e+00
  %497 = fdiv float 1.000000e+00, %l
  %498 = select i1 %496, float 0.000000e+00, float %497
  %499 = mul i64 %orow141, 256
  %500 = getelementptr i8, ptr %out, i64 %499
  %501 = insertelement <16 x float> poison, float %498, i32 0
  %splat142 = shufflevector <16 x float> %501, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk143

written:                                          ; preds = %exit146, %exit137
  %502 = add nsw i32 %orow128, 1
  br label %orow124

chunk134:                                         ; preds = %body135, %partial
  %chunk138 = phi i64 [ 0, %partial ], [ %508, %body135 ]
  %503 = icmp slt i64 %chunk138, 4
  br i1 %503, label %body135, label %exit137

body135:                                          ; preds = %chunk134
  %504 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk138
  %505 = load <16 x float>, ptr %504, align 64
  %506 = mul i64 %chunk138, 64
  %507 = getelementptr i8, ptr %488, i64 %506
  store <16 x float> %505, ptr %507, align 4
  %508 = add nsw i64 %chunk138, 1
  br label %chunk134

exit137:                                          ; preds = %chunk134
  %509 = mul i64 %486, 64
  %510 = add i64 %509, %468
  %511 = getelementptr float, ptr %part, i64 %510
  store float %m129, ptr %511, align 4
  %512 = add i64 %510, %486
  %513 = getelementptr float, ptr %part, i64 %512
  store float %l, ptr %513, align 4
  br label %written

chunk143:                                         ; preds = %body144, %final
  %chunk147 = phi i64 [ 0, %final ], [ %520, %body144 ]
  %514 = icmp slt i64 %chunk147, 4
  br i1 %514, label %body144, label %exit146

body144:                                          ; preds = %chunk143
  %515 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk147
  %516 = load <16 x float>, ptr %515, align 64
  %517 = fmul <16 x float> %516, %splat142
  %518 = mul i64 %chunk147, 64
  %519 = getelementptr i8, ptr %500, i64 %518
  store <16 x float> %517, ptr %519, align 4
  %520 = add nsw i64 %chunk147, 1
  br label %chunk143

exit146:                                          ; preds = %chunk143
  %521 = call float @llvm.log.f32(float %l)
  %522 = call float @llvm.fmuladd.f32(float %m129, float 0x3FE62E4300000000, float %521)
  %lse148 = select i1 %496, float 0xFFF0000000000000, float %522
  %523 = getelementptr float, ptr %lse, i64 %orow141
  store float %lse148, ptr %523, align 4
  br label %written
}

declare i32 @attnrt_run(ptr, ptr)

; Function Attrs: nounwind
define i32 @block_sparse(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_run(ptr @block_sparse_kernel, ptr %0)
  ret i32 %1
}

declare i64 @attnrt_tasks(ptr, ptr)

; Function Attrs: nounwind
define i64 @block_sparse_tasks(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_tasks(ptr @block_sparse_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_task(ptr, ptr, i64)

; Function Attrs: nounwind
define i32 @block_sparse_task(ptr %0, i64 %1) #0 {
entry:
  %2 = call i32 @attnrt_task(ptr @block_sparse_kernel, ptr %0, i64 %1)
  ret i32 %2
}

declare i64 @attnrt_workspace(ptr, ptr)

; Function Attrs: nounwind
define i64 @block_sparse_workspace(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_workspace(ptr @block_sparse_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_append(ptr, ptr)

; Function Attrs: nounwind
define i32 @block_sparse_append(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_append(ptr @block_sparse_kernel, ptr %0)
  ret i32 %1
}

; Function Attrs: nounwind
define ptr @block_sparse_info() #0 {
entry:
  ret ptr @block_sparse_info_data
}

attributes #0 = { nounwind "target-cpu"="x86-64-v4" "target-features"="+avx512f,+evex512,+avx512bw,+avx512vl,+avx,+avx2,+fma,+f16c" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite) }
