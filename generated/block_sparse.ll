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
  %rinit1 = phi i32 [ %72, %exit8 ], [ 0, %entry ]
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
  %47 = sub i32 %nrows, 1
  %48 = sext i32 %47 to i64
  %49 = getelementptr i32, ptr %lims, i64 %48
  %fact = load i32, ptr %49, align 4
  %qpos10 = add i32 %q_pos0, %q_begin
  %qb0 = sdiv i32 %qpos10, 64
  %50 = sdiv i32 %47, %nh
  %51 = add i32 %q_begin, %50
  %qpos11 = add i32 %q_pos0, %51
  %52 = sdiv i32 %qpos11, 64
  %53 = add i32 %52, 1
  br label %qblock

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %60, %body2 ]
  %54 = icmp slt i64 %chunk5, 4
  br i1 %54, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %55 = mul i64 %chunk5, 64
  %56 = getelementptr i8, ptr %44, i64 %55
  %57 = load <16 x float>, ptr %56, align 4
  %58 = fmul <16 x float> %57, %splat
  %59 = getelementptr <16 x float>, ptr %32, i64 %chunk5
  store <16 x float> %58, ptr %59, align 64
  %60 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %61 = getelementptr float, ptr %ms, i64 %30
  store float 0xFFF0000000000000, ptr %61, align 4
  %62 = getelementptr float, ptr %ls, i64 %30
  store float 0.000000e+00, ptr %62, align 4
  %63 = getelementptr i32, ptr %lims, i64 %30
  store i32 %k_end, ptr %63, align 4
  %64 = getelementptr i32, ptr %qblks, i64 %30
  %qpos = add i32 %q_pos0, %qi
  %65 = sdiv i32 %qpos, 64
  store i32 %65, ptr %64, align 4
  br label %acczero

acczero:                                          ; preds = %body6, %exit4
  %acczero9 = phi i64 [ 0, %exit4 ], [ %71, %body6 ]
  %66 = icmp slt i64 %acczero9, 4
  br i1 %66, label %body6, label %exit8

body6:                                            ; preds = %acczero
  %67 = mul i64 %acczero9, 16
  %68 = mul i64 %30, 64
  %69 = add i64 %68, %67
  %70 = getelementptr float, ptr %accs, i64 %69
  store <16 x float> zeroinitializer, ptr %70, align 64
  %71 = add nsw i64 %acczero9, 1
  br label %acczero

exit8:                                            ; preds = %acczero
  %72 = add nsw i32 %rinit1, 1
  br label %rinit

qblock:                                           ; preds = %exit18, %exit
  %qblock15 = phi i32 [ %qb0, %exit ], [ %87, %exit18 ]
  %73 = icmp slt i32 %qblock15, %53
  br i1 %73, label %body12, label %orow75

body12:                                           ; preds = %qblock
  %74 = sext i32 %qblock15 to i64
  %75 = getelementptr i32, ptr %17, i64 %74
  %76 = load i32, ptr %75, align 4
  %77 = add i64 %74, 1
  %78 = getelementptr i32, ptr %17, i64 %77
  %79 = load i32, ptr %78, align 4
  br label %kblocks

kblocks:                                          ; preds = %exit22, %body12
  %kblocks19 = phi i32 [ %76, %body12 ], [ %90, %exit22 ]
  %80 = icmp slt i32 %kblocks19, %79
  br i1 %80, label %body16, label %exit18

body16:                                           ; preds = %kblocks
  %81 = sext i32 %kblocks19 to i64
  %82 = getelementptr i32, ptr %block_col, i64 %81
  %kblk = load i32, ptr %82, align 4
  %83 = mul i32 %kblk, 64
  %84 = call i32 @llvm.smax.i32(i32 %k_begin, i32 %83)
  %85 = add i32 %83, 64
  %86 = call i32 @llvm.smin.i32(i32 %fact, i32 %85)
  %k_last = sub i32 %86, 1
  br label %kblock

exit18:                                           ; preds = %kblocks
  %87 = add nsw i32 %qblock15, 1
  br label %qblock

kblock:                                           ; preds = %exit69, %body16
  %kblock23 = phi i32 [ %84, %body16 ], [ %89, %exit69 ]
  %88 = icmp slt i32 %kblock23, %86
  br i1 %88, label %body20, label %exit22

body20:                                           ; preds = %kblock
  %89 = add i32 %kblock23, 64
  br label %kdot

exit22:                                           ; preds = %kblock
  %90 = add nsw i32 %kblocks19, 1
  br label %kblocks

kdot:                                             ; preds = %body24, %body20
  %kdot27 = phi i32 [ 0, %body20 ], [ %172, %body24 ]
  %91 = icmp slt i32 %kdot27, 64
  br i1 %91, label %body24, label %score

body24:                                           ; preds = %kdot
  %92 = add i32 %kblock23, %kdot27
  %93 = call i32 @llvm.smin.i32(i32 %92, i32 %k_last)
  %94 = sext i32 %93 to i64
  %95 = mul i64 %94, 16
  %row = add i64 %25, %95
  %96 = mul i64 %row, 256
  %97 = getelementptr i8, ptr %24, i64 %96
  %98 = add i32 %93, 16
  %99 = call i32 @llvm.smin.i32(i32 %98, i32 %k_last)
  %100 = sext i32 %99 to i64
  %101 = mul i64 %100, 16
  %row28 = add i64 %25, %101
  %102 = mul i64 %row28, 256
  %103 = getelementptr i8, ptr %24, i64 %102
  call void @llvm.prefetch.p0(ptr %103, i32 0, i32 3, i32 1)
  %104 = getelementptr i8, ptr %103, i64 64
  call void @llvm.prefetch.p0(ptr %104, i32 0, i32 3, i32 1)
  %105 = getelementptr i8, ptr %103, i64 128
  call void @llvm.prefetch.p0(ptr %105, i32 0, i32 3, i32 1)
  %106 = getelementptr i8, ptr %103, i64 192
  call void @llvm.prefetch.p0(ptr %106, i32 0, i32 3, i32 1)
  %107 = add i32 %89, %kdot27
  %108 = call i32 @llvm.smin.i32(i32 %107, i32 %k_last)
  %109 = sext i32 %108 to i64
  %110 = mul i64 %109, 16
  %row29 = add i64 %25, %110
  %111 = mul i64 %row29, 256
  %112 = getelementptr i8, ptr %24, i64 %111
  call void @llvm.prefetch.p0(ptr %112, i32 0, i32 2, i32 1)
  %113 = getelementptr i8, ptr %112, i64 64
  call void @llvm.prefetch.p0(ptr %113, i32 0, i32 2, i32 1)
  %114 = getelementptr i8, ptr %112, i64 128
  call void @llvm.prefetch.p0(ptr %114, i32 0, i32 2, i32 1)
  %115 = getelementptr i8, ptr %112, i64 192
  call void @llvm.prefetch.p0(ptr %115, i32 0, i32 2, i32 1)
  %116 = add i32 %kdot27, 1
  %117 = add i32 %kblock23, %116
  %118 = call i32 @llvm.smin.i32(i32 %117, i32 %k_last)
  %119 = sext i32 %118 to i64
  %120 = mul i64 %119, 16
  %row30 = add i64 %25, %120
  %121 = mul i64 %row30, 256
  %122 = getelementptr i8, ptr %24, i64 %121
  %123 = add i32 %118, 16
  %124 = call i32 @llvm.smin.i32(i32 %123, i32 %k_last)
  %125 = sext i32 %124 to i64
  %126 = mul i64 %125, 16
  %row31 = add i64 %25, %126
  %127 = mul i64 %row31, 256
  %128 = getelementptr i8, ptr %24, i64 %127
  call void @llvm.prefetch.p0(ptr %128, i32 0, i32 3, i32 1)
  %129 = getelementptr i8, ptr %128, i64 64
  call void @llvm.prefetch.p0(ptr %129, i32 0, i32 3, i32 1)
  %130 = getelementptr i8, ptr %128, i64 128
  call void @llvm.prefetch.p0(ptr %130, i32 0, i32 3, i32 1)
  %131 = getelementptr i8, ptr %128, i64 192
  call void @llvm.prefetch.p0(ptr %131, i32 0, i32 3, i32 1)
  %132 = add i32 %89, %116
  %133 = call i32 @llvm.smin.i32(i32 %132, i32 %k_last)
  %134 = sext i32 %133 to i64
  %135 = mul i64 %134, 16
  %row32 = add i64 %25, %135
  %136 = mul i64 %row32, 256
  %137 = getelementptr i8, ptr %24, i64 %136
  call void @llvm.prefetch.p0(ptr %137, i32 0, i32 2, i32 1)
  %138 = getelementptr i8, ptr %137, i64 64
  call void @llvm.prefetch.p0(ptr %138, i32 0, i32 2, i32 1)
  %139 = getelementptr i8, ptr %137, i64 128
  call void @llvm.prefetch.p0(ptr %139, i32 0, i32 2, i32 1)
  %140 = getelementptr i8, ptr %137, i64 192
  call void @llvm.prefetch.p0(ptr %140, i32 0, i32 2, i32 1)
  %q33 = load <16 x float>, ptr %qs, align 64
  %141 = load <16 x float>, ptr %97, align 4
  %142 = load <16 x float>, ptr %122, align 4
  %143 = fmul <16 x float> %q33, %141
  %144 = fmul <16 x float> %q33, %142
  %145 = getelementptr <16 x float>, ptr %qs, i64 1
  %q34 = load <16 x float>, ptr %145, align 64
  %146 = getelementptr i8, ptr %97, i64 64
  %147 = load <16 x float>, ptr %146, align 4
  %148 = getelementptr i8, ptr %122, i64 64
  %149 = load <16 x float>, ptr %148, align 4
  %150 = fmul <16 x float> %q34, %147
  %151 = fmul <16 x float> %q34, %149
  %152 = getelementptr <16 x float>, ptr %qs, i64 2
  %q35 = load <16 x float>, ptr %152, align 64
  %153 = getelementptr i8, ptr %97, i64 128
  %154 = load <16 x float>, ptr %153, align 4
  %155 = getelementptr i8, ptr %122, i64 128
  %156 = load <16 x float>, ptr %155, align 4
  %157 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %154, <16 x float> %143)
  %158 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %156, <16 x float> %144)
  %159 = getelementptr <16 x float>, ptr %qs, i64 3
  %q36 = load <16 x float>, ptr %159, align 64
  %160 = getelementptr i8, ptr %97, i64 192
  %161 = load <16 x float>, ptr %160, align 4
  %162 = getelementptr i8, ptr %122, i64 192
  %163 = load <16 x float>, ptr %162, align 4
  %164 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %161, <16 x float> %150)
  %165 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %163, <16 x float> %151)
  %166 = fadd <16 x float> %157, %164
  %167 = sext i32 %kdot27 to i64
  %168 = getelementptr <16 x float>, ptr %dbuf, i64 %167
  store <16 x float> %166, ptr %168, align 64
  %169 = fadd <16 x float> %158, %165
  %170 = sext i32 %116 to i64
  %171 = getelementptr <16 x float>, ptr %dbuf, i64 %170
  store <16 x float> %169, ptr %171, align 64
  %172 = add nsw i32 %kdot27, 2
  br label %kdot

score:                                            ; preds = %kdot, %body37
  %score40 = phi i64 [ %294, %body37 ], [ 0, %kdot ]
  %173 = icmp slt i64 %score40, 4
  br i1 %173, label %body37, label %rmax

body37:                                           ; preds = %score
  %174 = sdiv i64 %score40, 4
  %175 = srem i64 %score40, 4
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
  %272 = load i32, ptr %271, align 4
  %273 = insertelement <16 x i32> poison, i32 %272, i32 0
  %splat41 = shufflevector <16 x i32> %273, <16 x i32> poison, <16 x i32> zeroinitializer
  %274 = getelementptr i32, ptr %qblks, i64 %174
  %275 = load i32, ptr %274, align 4
  %276 = insertelement <16 x i32> poison, i32 %275, i32 0
  %splat42 = shufflevector <16 x i32> %276, <16 x i32> poison, <16 x i32> zeroinitializer
  %277 = insertelement <16 x i32> poison, i32 %86, i32 0
  %splat43 = shufflevector <16 x i32> %277, <16 x i32> poison, <16 x i32> zeroinitializer
  %278 = call <16 x i32> @llvm.smin.v16i32(<16 x i32> %splat41, <16 x i32> %splat43)
  %279 = insertelement <16 x i32> poison, i32 %qblock15, i32 0
  %splat44 = shufflevector <16 x i32> %279, <16 x i32> poison, <16 x i32> zeroinitializer
  %280 = trunc i64 %176 to i32
  %281 = add i32 %kblock23, %280
  %282 = insertelement <16 x i32> poison, i32 %281, i32 0
  %splat45 = shufflevector <16 x i32> %282, <16 x i32> poison, <16 x i32> zeroinitializer
  %283 = add <16 x i32> %splat45, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %284 = icmp slt <16 x i32> %283, %278
  %285 = icmp eq <16 x i32> %splat42, %splat44
  %286 = and <16 x i1> %284, %285
  %287 = select <16 x i1> %286, <16 x float> %270, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %288 = getelementptr float, ptr %pbuf, i64 %178
  store <16 x float> %287, ptr %288, align 64
  %289 = getelementptr <16 x float>, ptr %smax, i64 %174
  %290 = icmp eq i64 %175, 0
  %291 = load <16 x float>, ptr %289, align 64
  %292 = select i1 %290, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <16 x float> %291
  %293 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %292, <16 x float> %287)
  store <16 x float> %293, ptr %289, align 64
  %294 = add nsw i64 %score40, 1
  br label %score

rmax:                                             ; preds = %score, %body46
  %rmax49 = phi i64 [ %331, %body46 ], [ 0, %score ]
  %295 = icmp slt i64 %rmax49, 1
  br i1 %295, label %body46, label %pexp

body46:                                           ; preds = %rmax
  %296 = getelementptr float, ptr %ms, i64 %rmax49
  %m = load float, ptr %296, align 4
  %297 = getelementptr <16 x float>, ptr %smax, i64 %rmax49
  %298 = load <16 x float>, ptr %297, align 64
  %299 = shufflevector <16 x float> %298, <16 x float> undef, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %300 = shufflevector <16 x float> %298, <16 x float> undef, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %301 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %299, <8 x float> %300)
  %302 = shufflevector <8 x float> %301, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %303 = shufflevector <8 x float> %301, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %304 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %302, <4 x float> %303)
  %305 = shufflevector <4 x float> %304, <4 x float> undef, <2 x i32> <i32 0, i32 1>
  %306 = shufflevector <4 x float> %304, <4 x float> undef, <2 x i32> <i32 2, i32 3>
  %307 = call <2 x float> @llvm.maxnum.v2f32(<2 x float> %305, <2 x float> %306)
  %308 = shufflevector <2 x float> %307, <2 x float> undef, <1 x i32> zeroinitializer
  %309 = shufflevector <2 x float> %307, <2 x float> undef, <1 x i32> <i32 1>
  %310 = call <1 x float> @llvm.maxnum.v1f32(<1 x float> %308, <1 x float> %309)
  %311 = extractelement <1 x float> %310, i32 0
  %312 = call float @llvm.maxnum.f32(float %m, float %311)
  %313 = fcmp oeq float %312, 0xFFF0000000000000
  %muse50 = select i1 %313, float 0.000000e+00, float %312
  %314 = fsub float %m, %muse50
  %315 = insertelement <16 x float> poison, float %314, i32 0
  %splat51 = shufflevector <16 x float> %315, <16 x float> poison, <16 x i32> zeroinitializer
  %316 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat51, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %317 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %316, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %318 = fadd <16 x float> %317, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %318, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %317, %n
  %319 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %320 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %319, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %321 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %320, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %322 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %321, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %323 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %322, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %324 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %323, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %325 = fptosi <16 x float> %n to <16 x i32>
  %326 = add <16 x i32> %325, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %327 = shl <16 x i32> %326, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %328 = bitcast <16 x i32> %327 to <16 x float>
  %exp2 = fmul <16 x float> %324, %328
  %alpha52 = extractelement <16 x float> %exp2, i32 0
  store float %312, ptr %296, align 4
  %329 = getelementptr float, ptr %muse, i64 %rmax49
  store float %muse50, ptr %329, align 4
  %330 = getelementptr float, ptr %alpha, i64 %rmax49
  store float %alpha52, ptr %330, align 4
  %331 = add nsw i64 %rmax49, 1
  br label %rmax

pexp:                                             ; preds = %rmax, %body53
  %pexp56 = phi i64 [ %362, %body53 ], [ 0, %rmax ]
  %332 = icmp slt i64 %pexp56, 4
  br i1 %332, label %body53, label %lsum61

body53:                                           ; preds = %pexp
  %333 = sdiv i64 %pexp56, 4
  %334 = srem i64 %pexp56, 4
  %335 = mul i64 %334, 16
  %336 = mul i64 %333, 64
  %337 = add i64 %336, %335
  %338 = getelementptr float, ptr %pbuf, i64 %337
  %339 = getelementptr float, ptr %muse, i64 %333
  %340 = load float, ptr %339, align 4
  %341 = insertelement <16 x float> poison, float %340, i32 0
  %splat57 = shufflevector <16 x float> %341, <16 x float> poison, <16 x i32> zeroinitializer
  %342 = load <16 x float>, ptr %338, align 64
  %343 = fsub <16 x float> %342, %splat57
  %344 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %343, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %345 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %344, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %346 = fadd <16 x float> %345, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n58 = fsub <16 x float> %346, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f59 = fsub <16 x float> %345, %n58
  %347 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f59, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %348 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %347, <16 x float> %f59, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %349 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %348, <16 x float> %f59, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %350 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %349, <16 x float> %f59, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %351 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %350, <16 x float> %f59, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %352 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %351, <16 x float> %f59, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %353 = fptosi <16 x float> %n58 to <16 x i32>
  %354 = add <16 x i32> %353, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %355 = shl <16 x i32> %354, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %356 = bitcast <16 x i32> %355 to <16 x float>
  %exp260 = fmul <16 x float> %352, %356
  store <16 x float> %exp260, ptr %338, align 64
  %357 = getelementptr <16 x float>, ptr %lsum, i64 %333
  %358 = icmp eq i64 %334, 0
  %359 = load <16 x float>, ptr %357, align 64
  %360 = select i1 %358, <16 x float> zeroinitializer, <16 x float> %359
  %361 = fadd <16 x float> %360, %exp260
  store <16 x float> %361, ptr %357, align 64
  %362 = add nsw i64 %pexp56, 1
  br label %pexp

lsum61:                                           ; preds = %pexp, %body62
  %lsum65 = phi i64 [ %371, %body62 ], [ 0, %pexp ]
  %363 = icmp slt i64 %lsum65, 1
  br i1 %363, label %body62, label %exit64

body62:                                           ; preds = %lsum61
  %364 = getelementptr float, ptr %ls, i64 %lsum65
  %365 = getelementptr float, ptr %alpha, i64 %lsum65
  %366 = load float, ptr %365, align 4
  %367 = getelementptr <16 x float>, ptr %lsum, i64 %lsum65
  %368 = load <16 x float>, ptr %367, align 64
  %369 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %368)
  %l = load float, ptr %364, align 4
  %370 = call float @llvm.fmuladd.f32(float %l, float %366, float %369)
  store float %370, ptr %364, align 4
  %371 = add nsw i64 %lsum65, 1
  br label %lsum61

exit64:                                           ; preds = %lsum61
  %372 = sub i32 %86, %kblock23
  %373 = call i32 @llvm.smin.i32(i32 64, i32 %372)
  %374 = load float, ptr %alpha, align 4
  %375 = insertelement <16 x float> poison, float %374, i32 0
  %splat66 = shufflevector <16 x float> %375, <16 x float> poison, <16 x i32> zeroinitializer
  %376 = load <16 x float>, ptr %accs, align 64
  %377 = fmul <16 x float> %376, %splat66
  %378 = getelementptr float, ptr %accs, i64 16
  %379 = load <16 x float>, ptr %378, align 64
  %380 = fmul <16 x float> %379, %splat66
  %381 = getelementptr float, ptr %accs, i64 32
  %382 = load <16 x float>, ptr %381, align 64
  %383 = fmul <16 x float> %382, %splat66
  %384 = getelementptr float, ptr %accs, i64 48
  %385 = load <16 x float>, ptr %384, align 64
  %386 = fmul <16 x float> %385, %splat66
  br label %kpv

kpv:                                              ; preds = %body67, %exit64
  %pacc.sroa.12.0 = phi <16 x float> [ %386, %exit64 ], [ %424, %body67 ]
  %pacc.sroa.8.0 = phi <16 x float> [ %383, %exit64 ], [ %421, %body67 ]
  %pacc.sroa.4.0 = phi <16 x float> [ %380, %exit64 ], [ %418, %body67 ]
  %pacc.sroa.0.0 = phi <16 x float> [ %377, %exit64 ], [ %415, %body67 ]
  %kpv70 = phi i32 [ 0, %exit64 ], [ %425, %body67 ]
  %387 = icmp slt i32 %kpv70, %373
  br i1 %387, label %body67, label %exit69

body67:                                           ; preds = %kpv
  %388 = add i32 %kblock23, %kpv70
  %389 = sext i32 %388 to i64
  %390 = mul i64 %389, 16
  %row71 = add i64 %25, %390
  %391 = mul i64 %row71, 256
  %392 = getelementptr i8, ptr %27, i64 %391
  %393 = add i32 %388, 16
  %394 = call i32 @llvm.smin.i32(i32 %393, i32 %k_last)
  %395 = sext i32 %394 to i64
  %396 = mul i64 %395, 16
  %row72 = add i64 %25, %396
  %397 = mul i64 %row72, 256
  %398 = getelementptr i8, ptr %27, i64 %397
  call void @llvm.prefetch.p0(ptr %398, i32 0, i32 3, i32 1)
  %399 = getelementptr i8, ptr %398, i64 64
  call void @llvm.prefetch.p0(ptr %399, i32 0, i32 3, i32 1)
  %400 = getelementptr i8, ptr %398, i64 128
  call void @llvm.prefetch.p0(ptr %400, i32 0, i32 3, i32 1)
  %401 = getelementptr i8, ptr %398, i64 192
  call void @llvm.prefetch.p0(ptr %401, i32 0, i32 3, i32 1)
  %402 = add i32 %89, %kpv70
  %403 = call i32 @llvm.smin.i32(i32 %402, i32 %k_last)
  %404 = sext i32 %403 to i64
  %405 = mul i64 %404, 16
  %row73 = add i64 %25, %405
  %406 = mul i64 %row73, 256
  %407 = getelementptr i8, ptr %27, i64 %406
  call void @llvm.prefetch.p0(ptr %407, i32 0, i32 2, i32 1)
  %408 = getelementptr i8, ptr %407, i64 64
  call void @llvm.prefetch.p0(ptr %408, i32 0, i32 2, i32 1)
  %409 = getelementptr i8, ptr %407, i64 128
  call void @llvm.prefetch.p0(ptr %409, i32 0, i32 2, i32 1)
  %410 = getelementptr i8, ptr %407, i64 192
  call void @llvm.prefetch.p0(ptr %410, i32 0, i32 2, i32 1)
  %411 = sext i32 %kpv70 to i64
  %412 = getelementptr float, ptr %pbuf, i64 %411
  %p = load float, ptr %412, align 4
  %413 = insertelement <16 x float> poison, float %p, i32 0
  %splat74 = shufflevector <16 x float> %413, <16 x float> poison, <16 x i32> zeroinitializer
  %414 = load <16 x float>, ptr %392, align 4
  %415 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat74, <16 x float> %414, <16 x float> %pacc.sroa.0.0)
  %416 = getelementptr i8, ptr %392, i64 64
  %417 = load <16 x float>, ptr %416, align 4
  %418 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat74, <16 x float> %417, <16 x float> %pacc.sroa.4.0)
  %419 = getelementptr i8, ptr %392, i64 128
  %420 = load <16 x float>, ptr %419, align 4
  %421 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat74, <16 x float> %420, <16 x float> %pacc.sroa.8.0)
  %422 = getelementptr i8, ptr %392, i64 192
  %423 = load <16 x float>, ptr %422, align 4
  %424 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat74, <16 x float> %423, <16 x float> %pacc.sroa.12.0)
  %425 = add nsw i32 %kpv70, 1
  br label %kpv

exit69:                                           ; preds = %kpv
  store <16 x float> %pacc.sroa.0.0, ptr %accs, align 64
  store <16 x float> %pacc.sroa.4.0, ptr %378, align 64
  store <16 x float> %pacc.sroa.8.0, ptr %381, align 64
  store <16 x float> %pacc.sroa.12.0, ptr %384, align 64
  br label %kblock

orow75:                                           ; preds = %qblock, %written
  %orow79 = phi i32 [ %448, %written ], [ 0, %qblock ]
  %426 = icmp slt i32 %orow79, %nrows
  br i1 %426, label %body76, label %done

body76:                                           ; preds = %orow75
  %427 = sext i32 %orow79 to i64
  %428 = getelementptr float, ptr %ms, i64 %427
  %m80 = load float, ptr %428, align 4
  %429 = getelementptr float, ptr %ls, i64 %427
  %l81 = load float, ptr %429, align 4
  %430 = mul i64 %427, 64
  %431 = getelementptr float, ptr %accs, i64 %430
  %432 = icmp ne ptr %part, null
  br i1 %432, label %partial, label %final

partial:                                          ; preds = %body76
  %433 = sext i32 %nrows to i64
  %434 = getelementptr float, ptr %part, i64 %430
  br label %chunk82

final:                                            ; preds = %body76
  %435 = sdiv i32 %orow79, %nh
  %qi87 = add i32 %q_begin, %435
  %436 = srem i32 %orow79, %nh
  %437 = add i32 %h_begin, %436
  %hq88 = add i32 %kv_head, %437
  %438 = sext i32 %qi87 to i64
  %439 = add i64 %q_row0, %438
  %440 = mul i64 %439, 16
  %441 = sext i32 %hq88 to i64
  %orow89 = add i64 %440, %441
  %442 = fcmp oeq float %l81, 0.000000e+00
  %443 = fdiv float 1.000000e+00, %l81
  %444 = select i1 %442, float 0.000000e+00, float %443
  %445 = mul i64 %orow89, 256
  %446 = getelementptr i8, ptr %out, i64 %445
  %447 = insertelement <16 x float> poison, float %444, i32 0
  %splat90 = shufflevector <16 x float> %447, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk91

written:                                          ; preds = %exit94, %exit85
  %448 = add nsw i32 %orow79, 1
  br label %orow75

chunk82:                                          ; preds = %body83, %partial
  %chunk86 = phi i64 [ 0, %partial ], [ %454, %body83 ]
  %449 = icmp slt i64 %chunk86, 4
  br i1 %449, label %body83, label %exit85

body83:                                           ; preds = %chunk82
  %450 = getelementptr <16 x float>, ptr %431, i64 %chunk86
  %451 = load <16 x float>, ptr %450, align 64
  %452 = mul i64 %chunk86, 64
  %453 = getelementptr i8, ptr %434, i64 %452
  store <16 x float> %451, ptr %453, align 4
  %454 = add nsw i64 %chunk86, 1
  br label %chunk82

exit85:                                           ; preds = %chunk82
  %455 = mul i64 %433, 64
  %456 = add i64 %455, %427
  %457 = getelementptr float, ptr %part, i64 %456
  store float %m80, ptr %457, align 4
  %458 = add i64 %456, %433
  %459 = getelementptr float, ptr %part, i64 %458
  store float %l81, ptr %459, align 4
  br label %written

chunk91:                                          ; preds = %body92, %final
  %chunk95 = phi i64 [ 0, %final ], [ %466, %body92 ]
  %460 = icmp slt i64 %chunk95, 4
  br i1 %460, label %body92, label %exit94

body92:                                           ; preds = %chunk91
  %461 = getelementptr <16 x float>, ptr %431, i64 %chunk95
  %462 = load <16 x float>, ptr %461, align 64
  %463 = fmul <16 x float> %462, %splat90
  %464 = mul i64 %chunk95, 64
  %465 = getelementptr i8, ptr %446, i64 %464
  store <16 x float> %463, ptr %465, align 4
  %466 = add nsw i64 %chunk95, 1
  br label %chunk91

exit94:                                           ; preds = %chunk91
  %467 = call float @llvm.log.f32(float %l81)
  %468 = call float @llvm.fmuladd.f32(float %m80, float 0x3FE62E4300000000, float %467)
  %lse96 = select i1 %442, float 0xFFF0000000000000, float %468
  %469 = getelementptr float, ptr %lse, i64 %orow89
  store float %lse96, ptr %469, align 4
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

common.ret:                                       ; preds = %orow125, %rows, %one_query
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
  %81 = sub i32 %nrows, 1
  %82 = sext i32 %81 to i64
  %83 = getelementptr i32, ptr %lims, i64 %82
  %fact = load i32, ptr %83, align 4
  %qpos14 = add i32 %q_pos0, %q_begin
  %qb0 = sdiv i32 %qpos14, 64
  %84 = sdiv i32 %81, %nh
  %85 = add i32 %q_begin, %84
  %qpos15 = add i32 %q_pos0, %85
  %86 = sdiv i32 %qpos15, 64
  %87 = add i32 %86, 1
  br label %qblock

qblock:                                           ; preds = %exit22, %exit12
  %qblock19 = phi i32 [ %qb0, %exit12 ], [ %116, %exit22 ]
  %88 = icmp slt i32 %qblock19, %87
  br i1 %88, label %body16, label %exit18

body16:                                           ; preds = %qblock
  %89 = sext i32 %qblock19 to i64
  %90 = getelementptr i32, ptr %17, i64 %89
  %91 = load i32, ptr %90, align 4
  %92 = add i64 %89, 1
  %93 = getelementptr i32, ptr %17, i64 %92
  %94 = load i32, ptr %93, align 4
  br label %kblocks

exit18:                                           ; preds = %qblock
  %95 = load <16 x float>, ptr %mv, align 64
  store <16 x float> %95, ptr %ms, align 64
  %96 = load <16 x float>, ptr %lv, align 64
  store <16 x float> %96, ptr %ls, align 64
  %97 = getelementptr float, ptr %ms, i64 16
  %98 = load <16 x float>, ptr %75, align 64
  store <16 x float> %98, ptr %97, align 64
  %99 = getelementptr float, ptr %ls, i64 16
  %100 = load <16 x float>, ptr %76, align 64
  store <16 x float> %100, ptr %99, align 64
  %101 = getelementptr float, ptr %ms, i64 32
  %102 = load <16 x float>, ptr %77, align 64
  store <16 x float> %102, ptr %101, align 64
  %103 = getelementptr float, ptr %ls, i64 32
  %104 = load <16 x float>, ptr %78, align 64
  store <16 x float> %104, ptr %103, align 64
  %105 = getelementptr float, ptr %ms, i64 48
  %106 = load <16 x float>, ptr %79, align 64
  store <16 x float> %106, ptr %105, align 64
  %107 = getelementptr float, ptr %ls, i64 48
  %108 = load <16 x float>, ptr %80, align 64
  store <16 x float> %108, ptr %107, align 64
  br label %orow125

kblocks:                                          ; preds = %exit26, %body16
  %kblocks23 = phi i32 [ %91, %body16 ], [ %123, %exit26 ]
  %109 = icmp slt i32 %kblocks23, %94
  br i1 %109, label %body20, label %exit22

body20:                                           ; preds = %kblocks
  %110 = sext i32 %kblocks23 to i64
  %111 = getelementptr i32, ptr %block_col, i64 %110
  %kblk = load i32, ptr %111, align 4
  %112 = mul i32 %kblk, 64
  %113 = call i32 @llvm.smax.i32(i32 %k_begin, i32 %112)
  %114 = add i32 %112, 64
  %115 = call i32 @llvm.smin.i32(i32 %fact, i32 %114)
  %k_last = sub i32 %115, 1
  br label %ktile

exit22:                                           ; preds = %kblocks
  %116 = add nsw i32 %qblock19, 1
  br label %qblock

ktile:                                            ; preds = %exit39, %body20
  %ktile27 = phi i32 [ %113, %body20 ], [ %175, %exit39 ]
  %117 = icmp slt i32 %ktile27, %115
  br i1 %117, label %body24, label %exit26

body24:                                           ; preds = %ktile
  %118 = sub i32 %115, %ktile27
  %119 = call i32 @llvm.smin.i32(i32 72, i32 %118)
  %120 = add i32 %119, 11
  %121 = sdiv i32 %120, 12
  %122 = mul i32 %121, 12
  br label %kpack

exit26:                                           ; preds = %ktile
  %123 = add nsw i32 %kblocks23, 1
  br label %kblocks

kpack:                                            ; preds = %body28, %body24
  %kpack31 = phi i32 [ 0, %body24 ], [ %144, %body28 ]
  %124 = icmp slt i32 %kpack31, %122
  br i1 %124, label %body28, label %vpack

body28:                                           ; preds = %kpack
  %125 = add i32 %ktile27, %kpack31
  %126 = call i32 @llvm.smin.i32(i32 %125, i32 %k_last)
  %127 = sext i32 %126 to i64
  %128 = mul i64 %127, 16
  %row = add i64 %25, %128
  %129 = mul i64 %row, 256
  %130 = getelementptr i8, ptr %24, i64 %129
  %131 = sext i32 %kpack31 to i64
  %132 = mul i64 %131, 64
  %133 = getelementptr i32, ptr %kbuf, i64 %132
  %134 = load <16 x float>, ptr %130, align 4
  store <16 x float> %134, ptr %133, align 64
  %135 = getelementptr i8, ptr %130, i64 64
  %136 = load <16 x float>, ptr %135, align 4
  %137 = getelementptr i8, ptr %133, i64 64
  store <16 x float> %136, ptr %137, align 64
  %138 = getelementptr i8, ptr %130, i64 128
  %139 = load <16 x float>, ptr %138, align 4
  %140 = getelementptr i8, ptr %133, i64 128
  store <16 x float> %139, ptr %140, align 64
  %141 = getelementptr i8, ptr %130, i64 192
  %142 = load <16 x float>, ptr %141, align 4
  %143 = getelementptr i8, ptr %133, i64 192
  store <16 x float> %142, ptr %143, align 64
  %144 = add nsw i32 %kpack31, 1
  br label %kpack

vpack:                                            ; preds = %kpack, %body32
  %vpack35 = phi i32 [ %164, %body32 ], [ 0, %kpack ]
  %145 = icmp slt i32 %vpack35, %119
  br i1 %145, label %body32, label %exit34

body32:                                           ; preds = %vpack
  %146 = add i32 %ktile27, %vpack35
  %147 = sext i32 %146 to i64
  %148 = mul i64 %147, 16
  %row36 = add i64 %25, %148
  %149 = mul i64 %row36, 256
  %150 = getelementptr i8, ptr %27, i64 %149
  %151 = sext i32 %vpack35 to i64
  %152 = mul i64 %151, 64
  %153 = getelementptr i32, ptr %vbuf, i64 %152
  %154 = load <16 x float>, ptr %150, align 4
  store <16 x float> %154, ptr %153, align 64
  %155 = getelementptr i8, ptr %150, i64 64
  %156 = load <16 x float>, ptr %155, align 4
  %157 = getelementptr i8, ptr %153, i64 64
  store <16 x float> %156, ptr %157, align 64
  %158 = getelementptr i8, ptr %150, i64 128
  %159 = load <16 x float>, ptr %158, align 4
  %160 = getelementptr i8, ptr %153, i64 128
  store <16 x float> %159, ptr %160, align 64
  %161 = getelementptr i8, ptr %150, i64 192
  %162 = load <16 x float>, ptr %161, align 4
  %163 = getelementptr i8, ptr %153, i64 192
  store <16 x float> %162, ptr %163, align 64
  %164 = add nsw i32 %vpack35, 1
  br label %vpack

exit34:                                           ; preds = %vpack
  %165 = add i32 %nrows, 31
  %nblk = sdiv i32 %165, 32
  br label %rblock

rblock:                                           ; preds = %join, %exit34
  %rblock40 = phi i32 [ 0, %exit34 ], [ %196, %join ]
  %166 = icmp slt i32 %rblock40, %nblk
  br i1 %166, label %body37, label %exit39

body37:                                           ; preds = %rblock
  %167 = sext i32 %rblock40 to i64
  %168 = mul i32 %rblock40, 32
  %169 = add i32 %168, 31
  %170 = sext i32 %169 to i64
  %171 = getelementptr i32, ptr %lims, i64 %170
  %fact41 = load i32, ptr %171, align 4
  %172 = sub i32 %fact41, %ktile27
  %173 = call i32 @llvm.smin.i32(i32 %119, i32 %172)
  %174 = icmp sgt i32 %173, 0
  br i1 %174, label %rvisit, label %join

exit39:                                           ; preds = %rblock
  %175 = add nsw i32 %ktile27, 72
  br label %ktile

rvisit:                                           ; preds = %body37
  %176 = mul i64 %167, 2048
  %177 = getelementptr i32, ptr %qt, i64 %176
  %178 = getelementptr i32, ptr %ot, i64 %176
  %179 = mul i64 %167, 2
  %180 = getelementptr <16 x float>, ptr %mv, i64 %179
  %181 = getelementptr <16 x float>, ptr %lv, i64 %179
  %182 = mul i64 %167, 32
  %183 = getelementptr i32, ptr %lims, i64 %182
  %184 = load <16 x i32>, ptr %183, align 64
  %185 = getelementptr i32, ptr %qblks, i64 %182
  %186 = load <16 x i32>, ptr %185, align 64
  %187 = insertelement <16 x i32> poison, i32 %115, i32 0
  %splat42 = shufflevector <16 x i32> %187, <16 x i32> poison, <16 x i32> zeroinitializer
  %188 = call <16 x i32> @llvm.smin.v16i32(<16 x i32> %184, <16 x i32> %splat42)
  %189 = insertelement <16 x i32> poison, i32 %qblock19, i32 0
  %splat43 = shufflevector <16 x i32> %189, <16 x i32> poison, <16 x i32> zeroinitializer
  %190 = add i64 %182, 16
  %191 = getelementptr i32, ptr %lims, i64 %190
  %192 = load <16 x i32>, ptr %191, align 64
  %193 = getelementptr i32, ptr %qblks, i64 %190
  %194 = load <16 x i32>, ptr %193, align 64
  %195 = call <16 x i32> @llvm.smin.v16i32(<16 x i32> %192, <16 x i32> %splat42)
  br label %sblock

join:                                             ; preds = %pvblock, %body37
  %196 = add nsw i32 %rblock40, 1
  br label %rblock

sblock:                                           ; preds = %exit52, %rvisit
  %sblock49 = phi i32 [ 0, %rvisit ], [ %280, %exit52 ]
  %197 = icmp slt i32 %sblock49, %173
  br i1 %197, label %body46, label %smask

body46:                                           ; preds = %sblock
  %198 = sext i32 %sblock49 to i64
  %199 = mul i64 %198, 64
  %200 = getelementptr i32, ptr %kbuf, i64 %199
  br label %sdim

sdim:                                             ; preds = %body50, %body46
  %sacc.sroa.92.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %253, %body50 ]
  %sacc.sroa.88.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %252, %body50 ]
  %sacc.sroa.84.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %249, %body50 ]
  %sacc.sroa.80.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %248, %body50 ]
  %sacc.sroa.76.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %245, %body50 ]
  %sacc.sroa.72.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %244, %body50 ]
  %sacc.sroa.68.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %241, %body50 ]
  %sacc.sroa.64.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %240, %body50 ]
  %sacc.sroa.60.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %237, %body50 ]
  %sacc.sroa.56.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %236, %body50 ]
  %sacc.sroa.52.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %233, %body50 ]
  %sacc.sroa.48.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %232, %body50 ]
  %sacc.sroa.44.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %229, %body50 ]
  %sacc.sroa.40.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %228, %body50 ]
  %sacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %225, %body50 ]
  %sacc.sroa.32.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %224, %body50 ]
  %sacc.sroa.28.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %221, %body50 ]
  %sacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %220, %body50 ]
  %sacc.sroa.20.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %217, %body50 ]
  %sacc.sroa.16.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %216, %body50 ]
  %sacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %213, %body50 ]
  %sacc.sroa.8.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %212, %body50 ]
  %sacc.sroa.4.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %209, %body50 ]
  %sacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %208, %body50 ]
  %sdim53 = phi i32 [ 0, %body46 ], [ %254, %body50 ]
  %201 = icmp slt i32 %sdim53, 64
  br i1 %201, label %body50, label %exit52

body50:                                           ; preds = %sdim
  %202 = sext i32 %sdim53 to i64
  %203 = mul i64 %202, 32
  %204 = getelementptr i32, ptr %177, i64 %203
  %qt54 = load <16 x float>, ptr %204, align 64
  %205 = getelementptr i32, ptr %204, i64 16
  %qt55 = load <16 x float>, ptr %205, align 64
  %206 = getelementptr i32, ptr %200, i64 %202
  %k = load float, ptr %206, align 4
  %207 = insertelement <16 x float> poison, float %k, i32 0
  %splat56 = shufflevector <16 x float> %207, <16 x float> poison, <16 x i32> zeroinitializer
  %208 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat56, <16 x float> %sacc.sroa.0.0)
  %209 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat56, <16 x float> %sacc.sroa.4.0)
  %210 = getelementptr i32, ptr %206, i64 64
  %k57 = load float, ptr %210, align 4
  %211 = insertelement <16 x float> poison, float %k57, i32 0
  %splat58 = shufflevector <16 x float> %211, <16 x float> poison, <16 x i32> zeroinitializer
  %212 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat58, <16 x float> %sacc.sroa.8.0)
  %213 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat58, <16 x float> %sacc.sroa.12.0)
  %214 = getelementptr i32, ptr %206, i64 128
  %k59 = load float, ptr %214, align 4
  %215 = insertelement <16 x float> poison, float %k59, i32 0
  %splat60 = shufflevector <16 x float> %215, <16 x float> poison, <16 x i32> zeroinitializer
  %216 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat60, <16 x float> %sacc.sroa.16.0)
  %217 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat60, <16 x float> %sacc.sroa.20.0)
  %218 = getelementptr i32, ptr %206, i64 192
  %k61 = load float, ptr %218, align 4
  %219 = insertelement <16 x float> poison, float %k61, i32 0
  %splat62 = shufflevector <16 x float> %219, <16 x float> poison, <16 x i32> zeroinitializer
  %220 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat62, <16 x float> %sacc.sroa.24.0)
  %221 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat62, <16 x float> %sacc.sroa.28.0)
  %222 = getelementptr i32, ptr %206, i64 256
  %k63 = load float, ptr %222, align 4
  %223 = insertelement <16 x float> poison, float %k63, i32 0
  %splat64 = shufflevector <16 x float> %223, <16 x float> poison, <16 x i32> zeroinitializer
  %224 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat64, <16 x float> %sacc.sroa.32.0)
  %225 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat64, <16 x float> %sacc.sroa.36.0)
  %226 = getelementptr i32, ptr %206, i64 320
  %k65 = load float, ptr %226, align 4
  %227 = insertelement <16 x float> poison, float %k65, i32 0
  %splat66 = shufflevector <16 x float> %227, <16 x float> poison, <16 x i32> zeroinitializer
  %228 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat66, <16 x float> %sacc.sroa.40.0)
  %229 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat66, <16 x float> %sacc.sroa.44.0)
  %230 = getelementptr i32, ptr %206, i64 384
  %k67 = load float, ptr %230, align 4
  %231 = insertelement <16 x float> poison, float %k67, i32 0
  %splat68 = shufflevector <16 x float> %231, <16 x float> poison, <16 x i32> zeroinitializer
  %232 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat68, <16 x float> %sacc.sroa.48.0)
  %233 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat68, <16 x float> %sacc.sroa.52.0)
  %234 = getelementptr i32, ptr %206, i64 448
  %k69 = load float, ptr %234, align 4
  %235 = insertelement <16 x float> poison, float %k69, i32 0
  %splat70 = shufflevector <16 x float> %235, <16 x float> poison, <16 x i32> zeroinitializer
  %236 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat70, <16 x float> %sacc.sroa.56.0)
  %237 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat70, <16 x float> %sacc.sroa.60.0)
  %238 = getelementptr i32, ptr %206, i64 512
  %k71 = load float, ptr %238, align 4
  %239 = insertelement <16 x float> poison, float %k71, i32 0
  %splat72 = shufflevector <16 x float> %239, <16 x float> poison, <16 x i32> zeroinitializer
  %240 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat72, <16 x float> %sacc.sroa.64.0)
  %241 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat72, <16 x float> %sacc.sroa.68.0)
  %242 = getelementptr i32, ptr %206, i64 576
  %k73 = load float, ptr %242, align 4
  %243 = insertelement <16 x float> poison, float %k73, i32 0
  %splat74 = shufflevector <16 x float> %243, <16 x float> poison, <16 x i32> zeroinitializer
  %244 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat74, <16 x float> %sacc.sroa.72.0)
  %245 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat74, <16 x float> %sacc.sroa.76.0)
  %246 = getelementptr i32, ptr %206, i64 640
  %k75 = load float, ptr %246, align 4
  %247 = insertelement <16 x float> poison, float %k75, i32 0
  %splat76 = shufflevector <16 x float> %247, <16 x float> poison, <16 x i32> zeroinitializer
  %248 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat76, <16 x float> %sacc.sroa.80.0)
  %249 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat76, <16 x float> %sacc.sroa.84.0)
  %250 = getelementptr i32, ptr %206, i64 704
  %k77 = load float, ptr %250, align 4
  %251 = insertelement <16 x float> poison, float %k77, i32 0
  %splat78 = shufflevector <16 x float> %251, <16 x float> poison, <16 x i32> zeroinitializer
  %252 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat78, <16 x float> %sacc.sroa.88.0)
  %253 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat78, <16 x float> %sacc.sroa.92.0)
  %254 = add nsw i32 %sdim53, 1
  br label %sdim

exit52:                                           ; preds = %sdim
  %255 = mul i64 %198, 32
  %256 = getelementptr i32, ptr %st, i64 %255
  store <16 x float> %sacc.sroa.0.0, ptr %256, align 64
  %257 = getelementptr i32, ptr %256, i64 16
  store <16 x float> %sacc.sroa.4.0, ptr %257, align 64
  %258 = getelementptr i32, ptr %256, i64 32
  store <16 x float> %sacc.sroa.8.0, ptr %258, align 64
  %259 = getelementptr i32, ptr %256, i64 48
  store <16 x float> %sacc.sroa.12.0, ptr %259, align 64
  %260 = getelementptr i32, ptr %256, i64 64
  store <16 x float> %sacc.sroa.16.0, ptr %260, align 64
  %261 = getelementptr i32, ptr %256, i64 80
  store <16 x float> %sacc.sroa.20.0, ptr %261, align 64
  %262 = getelementptr i32, ptr %256, i64 96
  store <16 x float> %sacc.sroa.24.0, ptr %262, align 64
  %263 = getelementptr i32, ptr %256, i64 112
  store <16 x float> %sacc.sroa.28.0, ptr %263, align 64
  %264 = getelementptr i32, ptr %256, i64 128
  store <16 x float> %sacc.sroa.32.0, ptr %264, align 64
  %265 = getelementptr i32, ptr %256, i64 144
  store <16 x float> %sacc.sroa.36.0, ptr %265, align 64
  %266 = getelementptr i32, ptr %256, i64 160
  store <16 x float> %sacc.sroa.40.0, ptr %266, align 64
  %267 = getelementptr i32, ptr %256, i64 176
  store <16 x float> %sacc.sroa.44.0, ptr %267, align 64
  %268 = getelementptr i32, ptr %256, i64 192
  store <16 x float> %sacc.sroa.48.0, ptr %268, align 64
  %269 = getelementptr i32, ptr %256, i64 208
  store <16 x float> %sacc.sroa.52.0, ptr %269, align 64
  %270 = getelementptr i32, ptr %256, i64 224
  store <16 x float> %sacc.sroa.56.0, ptr %270, align 64
  %271 = getelementptr i32, ptr %256, i64 240
  store <16 x float> %sacc.sroa.60.0, ptr %271, align 64
  %272 = getelementptr i32, ptr %256, i64 256
  store <16 x float> %sacc.sroa.64.0, ptr %272, align 64
  %273 = getelementptr i32, ptr %256, i64 272
  store <16 x float> %sacc.sroa.68.0, ptr %273, align 64
  %274 = getelementptr i32, ptr %256, i64 288
  store <16 x float> %sacc.sroa.72.0, ptr %274, align 64
  %275 = getelementptr i32, ptr %256, i64 304
  store <16 x float> %sacc.sroa.76.0, ptr %275, align 64
  %276 = getelementptr i32, ptr %256, i64 320
  store <16 x float> %sacc.sroa.80.0, ptr %276, align 64
  %277 = getelementptr i32, ptr %256, i64 336
  store <16 x float> %sacc.sroa.84.0, ptr %277, align 64
  %278 = getelementptr i32, ptr %256, i64 352
  store <16 x float> %sacc.sroa.88.0, ptr %278, align 64
  %279 = getelementptr i32, ptr %256, i64 368
  store <16 x float> %sacc.sroa.92.0, ptr %279, align 64
  %280 = add nsw i32 %sblock49, 12
  br label %sblock

smask:                                            ; preds = %sblock, %body79
  %tmax.sroa.4.0 = phi <16 x float> [ %298, %body79 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %tmax.sroa.0.0 = phi <16 x float> [ %291, %body79 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %smask82 = phi i32 [ %299, %body79 ], [ 0, %sblock ]
  %281 = icmp slt i32 %smask82, %173
  br i1 %281, label %body79, label %exit81

body79:                                           ; preds = %smask
  %282 = add i32 %ktile27, %smask82
  %283 = insertelement <16 x i32> poison, i32 %282, i32 0
  %splat83 = shufflevector <16 x i32> %283, <16 x i32> poison, <16 x i32> zeroinitializer
  %284 = sext i32 %smask82 to i64
  %285 = mul i64 %284, 32
  %286 = getelementptr i32, ptr %st, i64 %285
  %s = load <16 x float>, ptr %286, align 64
  %287 = icmp slt <16 x i32> %splat83, %188
  %288 = icmp eq <16 x i32> %186, %splat43
  %289 = and <16 x i1> %287, %288
  %290 = select <16 x i1> %289, <16 x float> %s, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %290, ptr %286, align 64
  %291 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.0.0, <16 x float> %290)
  %292 = add i64 %285, 16
  %293 = getelementptr i32, ptr %st, i64 %292
  %s84 = load <16 x float>, ptr %293, align 64
  %294 = icmp slt <16 x i32> %splat83, %195
  %295 = icmp eq <16 x i32> %194, %splat43
  %296 = and <16 x i1> %294, %295
  %297 = select <16 x i1> %296, <16 x float> %s84, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %297, ptr %293, align 64
  %298 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.4.0, <16 x float> %297)
  %299 = add nsw i32 %smask82, 1
  br label %smask

exit81:                                           ; preds = %smask
  %m = load <16 x float>, ptr %180, align 64
  %300 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m, <16 x float> %tmax.sroa.0.0)
  %301 = fcmp oeq <16 x float> %300, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse85 = select <16 x i1> %301, <16 x float> zeroinitializer, <16 x float> %300
  %302 = fsub <16 x float> %m, %muse85
  %303 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %302, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %304 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %303, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %305 = fadd <16 x float> %304, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %305, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %304, %n
  %306 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %307 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %306, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %308 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %307, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %309 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %308, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %310 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %309, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %311 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %310, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %312 = fptosi <16 x float> %n to <16 x i32>
  %313 = add <16 x i32> %312, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %314 = shl <16 x i32> %313, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %315 = bitcast <16 x i32> %314 to <16 x float>
  %exp2 = fmul <16 x float> %311, %315
  store <16 x float> %300, ptr %180, align 64
  %316 = getelementptr <16 x float>, ptr %180, i64 1
  %m86 = load <16 x float>, ptr %316, align 64
  %317 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m86, <16 x float> %tmax.sroa.4.0)
  %318 = fcmp oeq <16 x float> %317, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse87 = select <16 x i1> %318, <16 x float> zeroinitializer, <16 x float> %317
  %319 = fsub <16 x float> %m86, %muse87
  %320 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %319, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %321 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %320, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %322 = fadd <16 x float> %321, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n88 = fsub <16 x float> %322, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f89 = fsub <16 x float> %321, %n88
  %323 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f89, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %324 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %323, <16 x float> %f89, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %325 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %324, <16 x float> %f89, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %326 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %325, <16 x float> %f89, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %327 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %326, <16 x float> %f89, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %328 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %327, <16 x float> %f89, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %329 = fptosi <16 x float> %n88 to <16 x i32>
  %330 = add <16 x i32> %329, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %331 = shl <16 x i32> %330, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %332 = bitcast <16 x i32> %331 to <16 x float>
  %exp290 = fmul <16 x float> %328, %332
  store <16 x float> %317, ptr %316, align 64
  br label %sexp

sexp:                                             ; preds = %body91, %exit81
  %lsum.sroa.4.0 = phi <16 x float> [ zeroinitializer, %exit81 ], [ %370, %body91 ]
  %lsum.sroa.0.0 = phi <16 x float> [ zeroinitializer, %exit81 ], [ %352, %body91 ]
  %sexp94 = phi i32 [ 0, %exit81 ], [ %371, %body91 ]
  %333 = icmp slt i32 %sexp94, %173
  br i1 %333, label %body91, label %exit93

body91:                                           ; preds = %sexp
  %334 = sext i32 %sexp94 to i64
  %335 = mul i64 %334, 32
  %336 = getelementptr i32, ptr %st, i64 %335
  %337 = load <16 x float>, ptr %336, align 64
  %338 = fsub <16 x float> %337, %muse85
  %339 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %338, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %340 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %339, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %341 = fadd <16 x float> %340, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n95 = fsub <16 x float> %341, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f96 = fsub <16 x float> %340, %n95
  %342 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f96, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %343 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %342, <16 x float> %f96, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %344 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %343, <16 x float> %f96, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %345 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %344, <16 x float> %f96, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %346 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %345, <16 x float> %f96, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %347 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %346, <16 x float> %f96, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %348 = fptosi <16 x float> %n95 to <16 x i32>
  %349 = add <16 x i32> %348, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %350 = shl <16 x i32> %349, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %351 = bitcast <16 x i32> %350 to <16 x float>
  %exp297 = fmul <16 x float> %347, %351
  store <16 x float> %exp297, ptr %336, align 64
  %352 = fadd <16 x float> %lsum.sroa.0.0, %exp297
  %353 = add i64 %335, 16
  %354 = getelementptr i32, ptr %st, i64 %353
  %355 = load <16 x float>, ptr %354, align 64
  %356 = fsub <16 x float> %355, %muse87
  %357 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %356, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %358 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %357, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %359 = fadd <16 x float> %358, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n98 = fsub <16 x float> %359, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f99 = fsub <16 x float> %358, %n98
  %360 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f99, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %361 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %360, <16 x float> %f99, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %362 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %361, <16 x float> %f99, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %363 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %362, <16 x float> %f99, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %364 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %363, <16 x float> %f99, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %365 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %364, <16 x float> %f99, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %366 = fptosi <16 x float> %n98 to <16 x i32>
  %367 = add <16 x i32> %366, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %368 = shl <16 x i32> %367, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %369 = bitcast <16 x i32> %368 to <16 x float>
  %exp2100 = fmul <16 x float> %365, %369
  store <16 x float> %exp2100, ptr %354, align 64
  %370 = fadd <16 x float> %lsum.sroa.4.0, %exp2100
  %371 = add nsw i32 %sexp94, 1
  br label %sexp

exit93:                                           ; preds = %sexp
  %372 = load <16 x float>, ptr %181, align 64
  %373 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %372, <16 x float> %exp2, <16 x float> %lsum.sroa.0.0)
  store <16 x float> %373, ptr %181, align 64
  %374 = getelementptr <16 x float>, ptr %181, i64 1
  %375 = load <16 x float>, ptr %374, align 64
  %376 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %375, <16 x float> %exp290, <16 x float> %lsum.sroa.4.0)
  store <16 x float> %376, ptr %374, align 64
  br label %pvblock

pvblock:                                          ; preds = %exit107, %exit93
  %pvblock104 = phi i32 [ 0, %exit93 ], [ %470, %exit107 ]
  %377 = icmp slt i32 %pvblock104, 8
  br i1 %377, label %body101, label %join

body101:                                          ; preds = %pvblock
  %378 = mul i32 %pvblock104, 8
  %379 = sext i32 %378 to i64
  %380 = mul i64 %379, 32
  %381 = getelementptr i32, ptr %178, i64 %380
  %382 = load <16 x float>, ptr %381, align 64
  %383 = fmul <16 x float> %382, %exp2
  %384 = getelementptr i32, ptr %381, i64 16
  %385 = load <16 x float>, ptr %384, align 64
  %386 = fmul <16 x float> %385, %exp290
  %387 = getelementptr i32, ptr %381, i64 32
  %388 = load <16 x float>, ptr %387, align 64
  %389 = fmul <16 x float> %388, %exp2
  %390 = getelementptr i32, ptr %381, i64 48
  %391 = load <16 x float>, ptr %390, align 64
  %392 = fmul <16 x float> %391, %exp290
  %393 = getelementptr i32, ptr %381, i64 64
  %394 = load <16 x float>, ptr %393, align 64
  %395 = fmul <16 x float> %394, %exp2
  %396 = getelementptr i32, ptr %381, i64 80
  %397 = load <16 x float>, ptr %396, align 64
  %398 = fmul <16 x float> %397, %exp290
  %399 = getelementptr i32, ptr %381, i64 96
  %400 = load <16 x float>, ptr %399, align 64
  %401 = fmul <16 x float> %400, %exp2
  %402 = getelementptr i32, ptr %381, i64 112
  %403 = load <16 x float>, ptr %402, align 64
  %404 = fmul <16 x float> %403, %exp290
  %405 = getelementptr i32, ptr %381, i64 128
  %406 = load <16 x float>, ptr %405, align 64
  %407 = fmul <16 x float> %406, %exp2
  %408 = getelementptr i32, ptr %381, i64 144
  %409 = load <16 x float>, ptr %408, align 64
  %410 = fmul <16 x float> %409, %exp290
  %411 = getelementptr i32, ptr %381, i64 160
  %412 = load <16 x float>, ptr %411, align 64
  %413 = fmul <16 x float> %412, %exp2
  %414 = getelementptr i32, ptr %381, i64 176
  %415 = load <16 x float>, ptr %414, align 64
  %416 = fmul <16 x float> %415, %exp290
  %417 = getelementptr i32, ptr %381, i64 192
  %418 = load <16 x float>, ptr %417, align 64
  %419 = fmul <16 x float> %418, %exp2
  %420 = getelementptr i32, ptr %381, i64 208
  %421 = load <16 x float>, ptr %420, align 64
  %422 = fmul <16 x float> %421, %exp290
  %423 = getelementptr i32, ptr %381, i64 224
  %424 = load <16 x float>, ptr %423, align 64
  %425 = fmul <16 x float> %424, %exp2
  %426 = getelementptr i32, ptr %381, i64 240
  %427 = load <16 x float>, ptr %426, align 64
  %428 = fmul <16 x float> %427, %exp290
  br label %kpv

kpv:                                              ; preds = %body105, %body101
  %o.sroa.44.0 = phi <16 x float> [ %416, %body101 ], [ %460, %body105 ]
  %o.sroa.40.0 = phi <16 x float> [ %413, %body101 ], [ %459, %body105 ]
  %o.sroa.36.0 = phi <16 x float> [ %410, %body101 ], [ %456, %body105 ]
  %o.sroa.32.0 = phi <16 x float> [ %407, %body101 ], [ %455, %body105 ]
  %o.sroa.28.0 = phi <16 x float> [ %404, %body101 ], [ %452, %body105 ]
  %o.sroa.24.0 = phi <16 x float> [ %401, %body101 ], [ %451, %body105 ]
  %o.sroa.20.0 = phi <16 x float> [ %398, %body101 ], [ %448, %body105 ]
  %o.sroa.16.0 = phi <16 x float> [ %395, %body101 ], [ %447, %body105 ]
  %o.sroa.12.0 = phi <16 x float> [ %392, %body101 ], [ %444, %body105 ]
  %o.sroa.8.0 = phi <16 x float> [ %389, %body101 ], [ %443, %body105 ]
  %o.sroa.4.0 = phi <16 x float> [ %386, %body101 ], [ %440, %body105 ]
  %o.sroa.0.0 = phi <16 x float> [ %383, %body101 ], [ %439, %body105 ]
  %o.sroa.48.0 = phi <16 x float> [ %419, %body101 ], [ %463, %body105 ]
  %o.sroa.52.0 = phi <16 x float> [ %422, %body101 ], [ %464, %body105 ]
  %o.sroa.56.0 = phi <16 x float> [ %425, %body101 ], [ %467, %body105 ]
  %o.sroa.60.0 = phi <16 x float> [ %428, %body101 ], [ %468, %body105 ]
  %kpv108 = phi i32 [ 0, %body101 ], [ %469, %body105 ]
  %429 = icmp slt i32 %kpv108, %173
  br i1 %429, label %body105, label %exit107

body105:                                          ; preds = %kpv
  %430 = sext i32 %kpv108 to i64
  %431 = mul i64 %430, 32
  %432 = getelementptr i32, ptr %st, i64 %431
  %p = load <16 x float>, ptr %432, align 64
  %433 = add i64 %431, 16
  %434 = getelementptr i32, ptr %st, i64 %433
  %p109 = load <16 x float>, ptr %434, align 64
  %435 = mul i64 %430, 256
  %436 = getelementptr i8, ptr %vbuf, i64 %435
  %437 = getelementptr i32, ptr %436, i64 %379
  %v = load float, ptr %437, align 4
  %438 = insertelement <16 x float> poison, float %v, i32 0
  %splat110 = shufflevector <16 x float> %438, <16 x float> poison, <16 x i32> zeroinitializer
  %439 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat110, <16 x float> %o.sroa.0.0)
  %440 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p109, <16 x float> %splat110, <16 x float> %o.sroa.4.0)
  %441 = getelementptr i32, ptr %437, i64 1
  %v111 = load float, ptr %441, align 4
  %442 = insertelement <16 x float> poison, float %v111, i32 0
  %splat112 = shufflevector <16 x float> %442, <16 x float> poison, <16 x i32> zeroinitializer
  %443 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat112, <16 x float> %o.sroa.8.0)
  %444 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p109, <16 x float> %splat112, <16 x float> %o.sroa.12.0)
  %445 = getelementptr i32, ptr %437, i64 2
  %v113 = load float, ptr %445, align 4
  %446 = insertelement <16 x float> poison, float %v113, i32 0
  %splat114 = shufflevector <16 x float> %446, <16 x float> poison, <16 x i32> zeroinitializer
  %447 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat114, <16 x float> %o.sroa.16.0)
  %448 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p109, <16 x float> %splat114, <16 x float> %o.sroa.20.0)
  %449 = getelementptr i32, ptr %437, i64 3
  %v115 = load float, ptr %449, align 4
  %450 = insertelement <16 x float> poison, float %v115, i32 0
  %splat116 = shufflevector <16 x float> %450, <16 x float> poison, <16 x i32> zeroinitializer
  %451 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat116, <16 x float> %o.sroa.24.0)
  %452 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p109, <16 x float> %splat116, <16 x float> %o.sroa.28.0)
  %453 = getelementptr i32, ptr %437, i64 4
  %v117 = load float, ptr %453, align 4
  %454 = insertelement <16 x float> poison, float %v117, i32 0
  %splat118 = shufflevector <16 x float> %454, <16 x float> poison, <16 x i32> zeroinitializer
  %455 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat118, <16 x float> %o.sroa.32.0)
  %456 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p109, <16 x float> %splat118, <16 x float> %o.sroa.36.0)
  %457 = getelementptr i32, ptr %437, i64 5
  %v119 = load float, ptr %457, align 4
  %458 = insertelement <16 x float> poison, float %v119, i32 0
  %splat120 = shufflevector <16 x float> %458, <16 x float> poison, <16 x i32> zeroinitializer
  %459 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat120, <16 x float> %o.sroa.40.0)
  %460 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p109, <16 x float> %splat120, <16 x float> %o.sroa.44.0)
  %461 = getelementptr i32, ptr %437, i64 6
  %v121 = load float, ptr %461, align 4
  %462 = insertelement <16 x float> poison, float %v121, i32 0
  %splat122 = shufflevector <16 x float> %462, <16 x float> poison, <16 x i32> zeroinitializer
  %463 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat122, <16 x float> %o.sroa.48.0)
  %464 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p109, <16 x float> %splat122, <16 x float> %o.sroa.52.0)
  %465 = getelementptr i32, ptr %437, i64 7
  %v123 = load float, ptr %465, align 4
  %466 = insertelement <16 x float> poison, float %v123, i32 0
  %splat124 = shufflevector <16 x float> %466, <16 x float> poison, <16 x i32> zeroinitializer
  %467 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat124, <16 x float> %o.sroa.56.0)
  %468 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p109, <16 x float> %splat124, <16 x float> %o.sroa.60.0)
  %469 = add nsw i32 %kpv108, 1
  br label %kpv

exit107:                                          ; preds = %kpv
  store <16 x float> %o.sroa.0.0, ptr %381, align 64
  store <16 x float> %o.sroa.4.0, ptr %384, align 64
  store <16 x float> %o.sroa.8.0, ptr %387, align 64
  store <16 x float> %o.sroa.12.0, ptr %390, align 64
  store <16 x float> %o.sroa.16.0, ptr %393, align 64
  store <16 x float> %o.sroa.20.0, ptr %396, align 64
  store <16 x float> %o.sroa.24.0, ptr %399, align 64
  store <16 x float> %o.sroa.28.0, ptr %402, align 64
  store <16 x float> %o.sroa.32.0, ptr %405, align 64
  store <16 x float> %o.sroa.36.0, ptr %408, align 64
  store <16 x float> %o.sroa.40.0, ptr %411, align 64
  store <16 x float> %o.sroa.44.0, ptr %414, align 64
  store <16 x float> %o.sroa.48.0, ptr %417, align 64
  store <16 x float> %o.sroa.52.0, ptr %420, align 64
  store <16 x float> %o.sroa.56.0, ptr %423, align 64
  store <16 x float> %o.sroa.60.0, ptr %426, align 64
  %470 = add nsw i32 %pvblock104, 1
  br label %pvblock

orow125:                                          ; preds = %written, %exit18
  %orow129 = phi i32 [ 0, %exit18 ], [ %506, %written ]
  %471 = icmp slt i32 %orow129, %nrows
  br i1 %471, label %body126, label %common.ret

body126:                                          ; preds = %orow125
  %472 = sext i32 %orow129 to i64
  %473 = getelementptr float, ptr %ms, i64 %472
  %m130 = load float, ptr %473, align 4
  %474 = getelementptr float, ptr %ls, i64 %472
  %l = load float, ptr %474, align 4
  %475 = sdiv i32 %orow129, 32
  %476 = srem i32 %orow129, 32
  %477 = sext i32 %475 to i64
  %478 = mul i64 %477, 2048
  %479 = getelementptr i32, ptr %ot, i64 %478
  br label %otrow

otrow:                                            ; preds = %body131, %body126
  %otrow134 = phi i32 [ 0, %body126 ], [ %488, %body131 ]
  %480 = icmp slt i32 %otrow134, 64
  br i1 %480, label %body131, label %exit133

body131:                                          ; preds = %otrow
  %481 = sext i32 %476 to i64
  %482 = sext i32 %otrow134 to i64
  %483 = mul i64 %482, 32
  %484 = add i64 %483, %481
  %485 = getelementptr i32, ptr %479, i64 %484
  %486 = load float, ptr %485, align 4
  %487 = getelementptr i32, ptr %rowbuf, i64 %482
  store float %486, ptr %487, align 4
  %488 = add nsw i32 %otrow134, 1
  br label %otrow

exit133:                                          ; preds = %otrow
  %489 = icmp ne ptr %part, null
  br i1 %489, label %partial, label %final

partial:                                          ; preds = %exit133
  %490 = sext i32 %nrows to i64
  %491 = mul i64 %472, 64
  %492 = getelementptr float, ptr %part, i64 %491
  br label %chunk135

final:                                            ; preds = %exit133
  %493 = sdiv i32 %orow129, %nh
  %qi140 = add i32 %q_begin, %493
  %494 = srem i32 %orow129, %nh
  %495 = add i32 %h_begin, %494
  %hq141 = add i32 %kv_head, %495
  %496 = sext i32 %qi140 to i64
  %497 = add i64 %q_row0, %496
  %498 = mul i64 %497, 16
  %499 = sext i32 %hq141 to i64
  %orow142 = add i64 %498, %499
  %500 = fcmp oeq float %l, 0.000000e+00
  %501 = fdiv float 1.000000e+00, %l
  %502 = select i1 %500, float 0.000000e+00, float %501
  %503 = mul i64 %orow142, 256
  %504 = getelementptr i8, ptr %out, i64 %503
  %505 = insertelement <16 x float> poison, float %502, i32 0
  %splat143 = shufflevector <16 x float> %505, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk144

written:                                          ; preds = %exit147, %exit138
  %506 = add nsw i32 %orow129, 1
  br label %orow125

chunk135:                                         ; preds = %body136, %partial
  %chunk139 = phi i64 [ 0, %partial ], [ %512, %body136 ]
  %507 = icmp slt i64 %chunk139, 4
  br i1 %507, label %body136, label %exit138

body136:                                          ; preds = %chunk135
  %508 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk139
  %509 = load <16 x float>, ptr %508, align 64
  %510 = mul i64 %chunk139, 64
  %511 = getelementptr i8, ptr %492, i64 %510
  store <16 x float> %509, ptr %511, align 4
  %512 = add nsw i64 %chunk139, 1
  br label %chunk135

exit138:                                          ; preds = %chunk135
  %513 = mul i64 %490, 64
  %514 = add i64 %513, %472
  %515 = getelementptr float, ptr %part, i64 %514
  store float %m130, ptr %515, align 4
  %516 = add i64 %514, %490
  %517 = getelementptr float, ptr %part, i64 %516
  store float %l, ptr %517, align 4
  br label %written

chunk144:                                         ; preds = %body145, %final
  %chunk148 = phi i64 [ 0, %final ], [ %524, %body145 ]
  %518 = icmp slt i64 %chunk148, 4
  br i1 %518, label %body145, label %exit147

body145:                                          ; preds = %chunk144
  %519 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk148
  %520 = load <16 x float>, ptr %519, align 64
  %521 = fmul <16 x float> %520, %splat143
  %522 = mul i64 %chunk148, 64
  %523 = getelementptr i8, ptr %504, i64 %522
  store <16 x float> %521, ptr %523, align 4
  %524 = add nsw i64 %chunk148, 1
  br label %chunk144

exit147:                                          ; preds = %chunk144
  %525 = call float @llvm.log.f32(float %l)
  %526 = call float @llvm.fmuladd.f32(float %m130, float 0x3FE62E4300000000, float %525)
  %lse149 = select i1 %500, float 0xFFF0000000000000, float %526
  %527 = getelementptr float, ptr %lse, i64 %orow142
  store float %lse149, ptr %527, align 4
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
