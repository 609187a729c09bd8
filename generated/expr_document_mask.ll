; ModuleID = 'expr_document_mask'
source_filename = "expr_document_mask"
target triple = "x86_64-unknown-linux-gnu"

@expr_document_mask.name = private unnamed_addr constant [19 x i8] c"expr_document_mask\00"
@expr_document_mask.spec = private unnamed_addr constant [476 x i8] c"attncc: 1\0Aname: expr_document_mask\0Aphase: prefill\0Akind: self\0Aheads: {q: 32, kv: 8, dim: 128, v_dim: 128}\0Atypes: {q: f32, cache: f16, out: f32}\0Ascale: auto\0Acache: {store: kv, layout: contiguous, order: token_major, capacity: 4096, latent_dim: 0, rope_dim: 0, shared_across_layers: false}\0Amask: {causal: true, expr: \22doc[b, q_pos] == doc[b, kv_pos]\22}\0Aoutput: {lse: false}\0Aslim: {order: auto}\0Amodel: {layers: 1, d_model: 0}\0Atensors: {doc: {shape: [batch, capacity], type: i32}}\0A\00"
@expr_document_mask.tensor.doc = private unnamed_addr constant [4 x i8] c"doc\00"
@expr_document_mask_tensors = internal constant [1 x { ptr, i32, i32, [4 x i32] }] [{ ptr, i32, i32, [4 x i32] } { ptr @expr_document_mask.tensor.doc, i32 1, i32 2, [4 x i32] [i32 -1, i32 4096, i32 0, i32 0] }], align 8
@expr_document_mask_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32, ptr, i32, i32, i32, i32, float, i32, i32, i32, i32, i32, ptr } { i32 7, i32 1, i64 -451721955261519960, ptr @expr_document_mask.name, ptr @expr_document_mask.spec, i32 32, i32 8, i32 128, i32 128, i32 0, i32 1, i32 0, i32 1, i32 0, i32 0, i32 4096, i32 1, i32 0, float 0x3FB6A09E60000000, i32 0, i32 0, i32 0, ptr null, i32 0, i32 0, i32 0, i32 0, float 0.000000e+00, i32 1, i32 0, i32 0, i32 0, i32 1, ptr @expr_document_mask_tensors }, align 8
@expr_document_mask_kernel = internal constant { ptr, ptr, i32, i32, i32, i32, i32, i32, ptr } { ptr @expr_document_mask_info_data, ptr @expr_document_mask_tile, i32 32, i32 4, i32 16, i32 256, i32 8, i32 128, ptr null }, align 8

; Function Attrs: nounwind
define internal void @expr_document_mask_tile_one(ptr %0, ptr %1) #0 {
entry:
  %muse = alloca [4 x float], align 64
  %lsum = alloca [4 x <16 x float>], align 64
  %smax = alloca [4 x <16 x float>], align 64
  %qpos = alloca [4 x i32], align 64
  %lims = alloca [4 x i32], align 64
  %alpha = alloca [4 x float], align 64
  %accs = alloca [512 x float], align 64
  %pbuf = alloca [256 x float], align 64
  %dbuf = alloca [256 x <16 x float>], align 64
  %qs = alloca [32 x <16 x float>], align 64
  %ls = alloca [4 x float], align 64
  %ms = alloca [4 x float], align 64
  %2 = getelementptr i8, ptr %0, i64 192
  %tensors = load ptr, ptr %2, align 8
  %doc = load ptr, ptr %tensors, align 8
  %3 = getelementptr i8, ptr %0, i64 8
  %batch = load i32, ptr %3, align 4
  %q_row0 = load i64, ptr %1, align 4
  %4 = getelementptr i8, ptr %1, i64 8
  %seq = load i32, ptr %4, align 4
  %5 = getelementptr i8, ptr %1, i64 12
  %kv_head = load i32, ptr %5, align 4
  %6 = getelementptr i8, ptr %1, i64 16
  %h_begin = load i32, ptr %6, align 4
  %7 = getelementptr i8, ptr %1, i64 20
  %h_end = load i32, ptr %7, align 4
  %nh = sub i32 %h_end, %h_begin
  %8 = getelementptr i8, ptr %1, i64 24
  %q_begin = load i32, ptr %8, align 4
  %9 = getelementptr i8, ptr %1, i64 28
  %q_end = load i32, ptr %9, align 4
  %10 = sub i32 %q_end, %q_begin
  %nrows = mul i32 %10, %nh
  %11 = getelementptr i8, ptr %1, i64 32
  %q_pos0 = load i32, ptr %11, align 4
  %12 = getelementptr i8, ptr %1, i64 36
  %k_begin = load i32, ptr %12, align 4
  %13 = getelementptr i8, ptr %1, i64 40
  %k_end = load i32, ptr %13, align 4
  %14 = getelementptr i8, ptr %1, i64 44
  %15 = getelementptr i8, ptr %1, i64 48
  %part = load ptr, ptr %15, align 8
  %16 = getelementptr i8, ptr %0, i64 32
  %q = load ptr, ptr %16, align 8
  %17 = getelementptr i8, ptr %0, i64 40
  %out = load ptr, ptr %17, align 8
  %18 = getelementptr i8, ptr %0, i64 48
  %19 = getelementptr i8, ptr %0, i64 56
  %k_cache = load ptr, ptr %19, align 8
  %20 = sext i32 %seq to i64
  %21 = mul i64 %20, 8388608
  %22 = getelementptr i8, ptr %k_cache, i64 %21
  %23 = sext i32 %kv_head to i64
  %24 = getelementptr i8, ptr %0, i64 64
  %v_cache = load ptr, ptr %24, align 8
  %25 = getelementptr i8, ptr %v_cache, i64 %21
  %26 = icmp sgt i32 %nrows, 0
  br i1 %26, label %rinit, label %done

done:                                             ; preds = %orow156, %entry
  ret void

rinit:                                            ; preds = %entry, %exit10
  %rinit1 = phi i32 [ %70, %exit10 ], [ 0, %entry ]
  %27 = icmp slt i32 %rinit1, 4
  br i1 %27, label %body, label %exit

body:                                             ; preds = %rinit
  %28 = sext i32 %rinit1 to i64
  %29 = mul i64 %28, 8
  %30 = getelementptr <16 x float>, ptr %qs, i64 %29
  %31 = icmp slt i32 %rinit1, %nrows
  %32 = sub i32 %nrows, 1
  %33 = call i32 @llvm.smin.i32(i32 %rinit1, i32 %32)
  %34 = sdiv i32 %33, %nh
  %qi = add i32 %q_begin, %34
  %35 = srem i32 %33, %nh
  %36 = add i32 %h_begin, %35
  %37 = mul i32 %kv_head, 4
  %hq = add i32 %37, %36
  %38 = sext i32 %qi to i64
  %39 = add i64 %q_row0, %38
  %40 = mul i64 %39, 32
  %41 = sext i32 %hq to i64
  %orow = add i64 %40, %41
  %42 = mul i64 %orow, 512
  %43 = getelementptr i8, ptr %q, i64 %42
  %44 = select i1 %31, float 0x3FC0527DC0000000, float 0.000000e+00
  %45 = insertelement <16 x float> poison, float %44, i32 0
  %splat = shufflevector <16 x float> %45, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

exit:                                             ; preds = %rinit
  %46 = sub i32 %nrows, 1
  %47 = sdiv i32 %46, %nh
  %48 = add i32 %q_begin, %47
  %qpos12 = add i32 %q_pos0, %48
  %49 = add i32 %qpos12, 1
  %50 = call i32 @llvm.smin.i32(i32 %49, i32 %k_end)
  %k_last = sub i32 %50, 1
  br label %kblock

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %57, %body2 ]
  %51 = icmp slt i64 %chunk5, 8
  br i1 %51, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %52 = mul i64 %chunk5, 64
  %53 = getelementptr i8, ptr %43, i64 %52
  %54 = load <16 x float>, ptr %53, align 4
  %55 = fmul <16 x float> %54, %splat
  %56 = getelementptr <16 x float>, ptr %30, i64 %chunk5
  store <16 x float> %55, ptr %56, align 64
  %57 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %58 = getelementptr float, ptr %ms, i64 %28
  store float 0xFFF0000000000000, ptr %58, align 4
  %59 = getelementptr float, ptr %ls, i64 %28
  store float 0.000000e+00, ptr %59, align 4
  %60 = getelementptr i32, ptr %lims, i64 %28
  %qpos6 = add i32 %q_pos0, %qi
  %61 = add i32 %qpos6, 1
  %62 = call i32 @llvm.smin.i32(i32 %61, i32 %k_end)
  store i32 %62, ptr %60, align 4
  %63 = getelementptr i32, ptr %qpos, i64 %28
  store i32 %qpos6, ptr %63, align 4
  br label %acczero

acczero:                                          ; preds = %body8, %exit4
  %acczero11 = phi i64 [ 0, %exit4 ], [ %69, %body8 ]
  %64 = icmp slt i64 %acczero11, 8
  br i1 %64, label %body8, label %exit10

body8:                                            ; preds = %acczero
  %65 = mul i64 %acczero11, 16
  %66 = mul i64 %28, 128
  %67 = add i64 %66, %65
  %68 = getelementptr float, ptr %accs, i64 %67
  store <16 x float> zeroinitializer, ptr %68, align 64
  %69 = add nsw i64 %acczero11, 1
  br label %acczero

exit10:                                           ; preds = %acczero
  %70 = add nsw i32 %rinit1, 1
  br label %rinit

kblock:                                           ; preds = %exit139, %exit
  %kblock16 = phi i32 [ %k_begin, %exit ], [ %713, %exit139 ]
  %71 = icmp slt i32 %kblock16, %50
  br i1 %71, label %body13, label %orow156

body13:                                           ; preds = %kblock
  %72 = add i32 %kblock16, 63
  %73 = mul i32 %kv_head, 4
  %hq17 = add i32 %73, %h_begin
  %74 = sub i32 %nh, 1
  %75 = add i32 %kblock16, 64
  br label %kdot

kdot:                                             ; preds = %body20, %body13
  %kdot23 = phi i32 [ 0, %body13 ], [ %267, %body20 ]
  %76 = icmp slt i32 %kdot23, 64
  br i1 %76, label %body20, label %score

body20:                                           ; preds = %kdot
  %77 = add i32 %kblock16, %kdot23
  %78 = call i32 @llvm.smin.i32(i32 %77, i32 %k_last)
  %79 = sext i32 %78 to i64
  %80 = mul i64 %79, 8
  %row = add i64 %23, %80
  %81 = mul i64 %row, 256
  %82 = getelementptr i8, ptr %22, i64 %81
  %83 = add i32 %78, 16
  %84 = call i32 @llvm.smin.i32(i32 %83, i32 %k_last)
  %85 = sext i32 %84 to i64
  %86 = mul i64 %85, 8
  %row24 = add i64 %23, %86
  %87 = mul i64 %row24, 256
  %88 = getelementptr i8, ptr %22, i64 %87
  call void @llvm.prefetch.p0(ptr %88, i32 0, i32 3, i32 1)
  %89 = getelementptr i8, ptr %88, i64 64
  call void @llvm.prefetch.p0(ptr %89, i32 0, i32 3, i32 1)
  %90 = getelementptr i8, ptr %88, i64 128
  call void @llvm.prefetch.p0(ptr %90, i32 0, i32 3, i32 1)
  %91 = getelementptr i8, ptr %88, i64 192
  call void @llvm.prefetch.p0(ptr %91, i32 0, i32 3, i32 1)
  %92 = add i32 %75, %kdot23
  %93 = call i32 @llvm.smin.i32(i32 %92, i32 %k_last)
  %94 = sext i32 %93 to i64
  %95 = mul i64 %94, 8
  %row25 = add i64 %23, %95
  %96 = mul i64 %row25, 256
  %97 = getelementptr i8, ptr %22, i64 %96
  call void @llvm.prefetch.p0(ptr %97, i32 0, i32 2, i32 1)
  %98 = getelementptr i8, ptr %97, i64 64
  call void @llvm.prefetch.p0(ptr %98, i32 0, i32 2, i32 1)
  %99 = getelementptr i8, ptr %97, i64 128
  call void @llvm.prefetch.p0(ptr %99, i32 0, i32 2, i32 1)
  %100 = getelementptr i8, ptr %97, i64 192
  call void @llvm.prefetch.p0(ptr %100, i32 0, i32 2, i32 1)
  %101 = add i32 %kdot23, 1
  %102 = add i32 %kblock16, %101
  %103 = call i32 @llvm.smin.i32(i32 %102, i32 %k_last)
  %104 = sext i32 %103 to i64
  %105 = mul i64 %104, 8
  %row26 = add i64 %23, %105
  %106 = mul i64 %row26, 256
  %107 = getelementptr i8, ptr %22, i64 %106
  %108 = add i32 %103, 16
  %109 = call i32 @llvm.smin.i32(i32 %108, i32 %k_last)
  %110 = sext i32 %109 to i64
  %111 = mul i64 %110, 8
  %row27 = add i64 %23, %111
  %112 = mul i64 %row27, 256
  %113 = getelementptr i8, ptr %22, i64 %112
  call void @llvm.prefetch.p0(ptr %113, i32 0, i32 3, i32 1)
  %114 = getelementptr i8, ptr %113, i64 64
  call void @llvm.prefetch.p0(ptr %114, i32 0, i32 3, i32 1)
  %115 = getelementptr i8, ptr %113, i64 128
  call void @llvm.prefetch.p0(ptr %115, i32 0, i32 3, i32 1)
  %116 = getelementptr i8, ptr %113, i64 192
  call void @llvm.prefetch.p0(ptr %116, i32 0, i32 3, i32 1)
  %117 = add i32 %75, %101
  %118 = call i32 @llvm.smin.i32(i32 %117, i32 %k_last)
  %119 = sext i32 %118 to i64
  %120 = mul i64 %119, 8
  %row28 = add i64 %23, %120
  %121 = mul i64 %row28, 256
  %122 = getelementptr i8, ptr %22, i64 %121
  call void @llvm.prefetch.p0(ptr %122, i32 0, i32 2, i32 1)
  %123 = getelementptr i8, ptr %122, i64 64
  call void @llvm.prefetch.p0(ptr %123, i32 0, i32 2, i32 1)
  %124 = getelementptr i8, ptr %122, i64 128
  call void @llvm.prefetch.p0(ptr %124, i32 0, i32 2, i32 1)
  %125 = getelementptr i8, ptr %122, i64 192
  call void @llvm.prefetch.p0(ptr %125, i32 0, i32 2, i32 1)
  %q29 = load <16 x float>, ptr %qs, align 64
  %126 = load <16 x half>, ptr %82, align 2
  %f16 = fpext <16 x half> %126 to <16 x float>
  %127 = load <16 x half>, ptr %107, align 2
  %f1630 = fpext <16 x half> %127 to <16 x float>
  %128 = fmul <16 x float> %q29, %f16
  %129 = fmul <16 x float> %q29, %f1630
  %130 = getelementptr <16 x float>, ptr %qs, i64 8
  %q31 = load <16 x float>, ptr %130, align 64
  %131 = fmul <16 x float> %q31, %f16
  %132 = fmul <16 x float> %q31, %f1630
  %133 = getelementptr <16 x float>, ptr %qs, i64 16
  %q32 = load <16 x float>, ptr %133, align 64
  %134 = fmul <16 x float> %q32, %f16
  %135 = fmul <16 x float> %q32, %f1630
  %136 = getelementptr <16 x float>, ptr %qs, i64 24
  %q33 = load <16 x float>, ptr %136, align 64
  %137 = fmul <16 x float> %q33, %f16
  %138 = fmul <16 x float> %q33, %f1630
  %139 = getelementptr <16 x float>, ptr %qs, i64 1
  %q34 = load <16 x float>, ptr %139, align 64
  %140 = getelementptr i8, ptr %82, i64 32
  %141 = load <16 x half>, ptr %140, align 2
  %f1635 = fpext <16 x half> %141 to <16 x float>
  %142 = getelementptr i8, ptr %107, i64 32
  %143 = load <16 x half>, ptr %142, align 2
  %f1636 = fpext <16 x half> %143 to <16 x float>
  %144 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %f1635, <16 x float> %128)
  %145 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %f1636, <16 x float> %129)
  %146 = getelementptr <16 x float>, ptr %qs, i64 9
  %q37 = load <16 x float>, ptr %146, align 64
  %147 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %f1635, <16 x float> %131)
  %148 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %f1636, <16 x float> %132)
  %149 = getelementptr <16 x float>, ptr %qs, i64 17
  %q38 = load <16 x float>, ptr %149, align 64
  %150 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q38, <16 x float> %f1635, <16 x float> %134)
  %151 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q38, <16 x float> %f1636, <16 x float> %135)
  %152 = getelementptr <16 x float>, ptr %qs, i64 25
  %q39 = load <16 x float>, ptr %152, align 64
  %153 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q39, <16 x float> %f1635, <16 x float> %137)
  %154 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q39, <16 x float> %f1636, <16 x float> %138)
  %155 = getelementptr <16 x float>, ptr %qs, i64 2
  %q40 = load <16 x float>, ptr %155, align 64
  %156 = getelementptr i8, ptr %82, i64 64
  %157 = load <16 x half>, ptr %156, align 2
  %f1641 = fpext <16 x half> %157 to <16 x float>
  %158 = getelementptr i8, ptr %107, i64 64
  %159 = load <16 x half>, ptr %158, align 2
  %f1642 = fpext <16 x half> %159 to <16 x float>
  %160 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q40, <16 x float> %f1641, <16 x float> %144)
  %161 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q40, <16 x float> %f1642, <16 x float> %145)
  %162 = getelementptr <16 x float>, ptr %qs, i64 10
  %q43 = load <16 x float>, ptr %162, align 64
  %163 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q43, <16 x float> %f1641, <16 x float> %147)
  %164 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q43, <16 x float> %f1642, <16 x float> %148)
  %165 = getelementptr <16 x float>, ptr %qs, i64 18
  %q44 = load <16 x float>, ptr %165, align 64
  %166 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q44, <16 x float> %f1641, <16 x float> %150)
  %167 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q44, <16 x float> %f1642, <16 x float> %151)
  %168 = getelementptr <16 x float>, ptr %qs, i64 26
  %q45 = load <16 x float>, ptr %168, align 64
  %169 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q45, <16 x float> %f1641, <16 x float> %153)
  %170 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q45, <16 x float> %f1642, <16 x float> %154)
  %171 = getelementptr <16 x float>, ptr %qs, i64 3
  %q46 = load <16 x float>, ptr %171, align 64
  %172 = getelementptr i8, ptr %82, i64 96
  %173 = load <16 x half>, ptr %172, align 2
  %f1647 = fpext <16 x half> %173 to <16 x float>
  %174 = getelementptr i8, ptr %107, i64 96
  %175 = load <16 x half>, ptr %174, align 2
  %f1648 = fpext <16 x half> %175 to <16 x float>
  %176 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q46, <16 x float> %f1647, <16 x float> %160)
  %177 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q46, <16 x float> %f1648, <16 x float> %161)
  %178 = getelementptr <16 x float>, ptr %qs, i64 11
  %q49 = load <16 x float>, ptr %178, align 64
  %179 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q49, <16 x float> %f1647, <16 x float> %163)
  %180 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q49, <16 x float> %f1648, <16 x float> %164)
  %181 = getelementptr <16 x float>, ptr %qs, i64 19
  %q50 = load <16 x float>, ptr %181, align 64
  %182 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q50, <16 x float> %f1647, <16 x float> %166)
  %183 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q50, <16 x float> %f1648, <16 x float> %167)
  %184 = getelementptr <16 x float>, ptr %qs, i64 27
  %q51 = load <16 x float>, ptr %184, align 64
  %185 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q51, <16 x float> %f1647, <16 x float> %169)
  %186 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q51, <16 x float> %f1648, <16 x float> %170)
  %187 = getelementptr <16 x float>, ptr %qs, i64 4
  %q52 = load <16 x float>, ptr %187, align 64
  %188 = getelementptr i8, ptr %82, i64 128
  %189 = load <16 x half>, ptr %188, align 2
  %f1653 = fpext <16 x half> %189 to <16 x float>
  %190 = getelementptr i8, ptr %107, i64 128
  %191 = load <16 x half>, ptr %190, align 2
  %f1654 = fpext <16 x half> %191 to <16 x float>
  %192 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q52, <16 x float> %f1653, <16 x float> %176)
  %193 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q52, <16 x float> %f1654, <16 x float> %177)
  %194 = getelementptr <16 x float>, ptr %qs, i64 12
  %q55 = load <16 x float>, ptr %194, align 64
  %195 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q55, <16 x float> %f1653, <16 x float> %179)
  %196 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q55, <16 x float> %f1654, <16 x float> %180)
  %197 = getelementptr <16 x float>, ptr %qs, i64 20
  %q56 = load <16 x float>, ptr %197, align 64
  %198 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q56, <16 x float> %f1653, <16 x float> %182)
  %199 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q56, <16 x float> %f1654, <16 x float> %183)
  %200 = getelementptr <16 x float>, ptr %qs, i64 28
  %q57 = load <16 x float>, ptr %200, align 64
  %201 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q57, <16 x float> %f1653, <16 x float> %185)
  %202 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q57, <16 x float> %f1654, <16 x float> %186)
  %203 = getelementptr <16 x float>, ptr %qs, i64 5
  %q58 = load <16 x float>, ptr %203, align 64
  %204 = getelementptr i8, ptr %82, i64 160
  %205 = load <16 x half>, ptr %204, align 2
  %f1659 = fpext <16 x half> %205 to <16 x float>
  %206 = getelementptr i8, ptr %107, i64 160
  %207 = load <16 x half>, ptr %206, align 2
  %f1660 = fpext <16 x half> %207 to <16 x float>
  %208 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q58, <16 x float> %f1659, <16 x float> %192)
  %209 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q58, <16 x float> %f1660, <16 x float> %193)
  %210 = getelementptr <16 x float>, ptr %qs, i64 13
  %q61 = load <16 x float>, ptr %210, align 64
  %211 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q61, <16 x float> %f1659, <16 x float> %195)
  %212 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q61, <16 x float> %f1660, <16 x float> %196)
  %213 = getelementptr <16 x float>, ptr %qs, i64 21
  %q62 = load <16 x float>, ptr %213, align 64
  %214 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q62, <16 x float> %f1659, <16 x float> %198)
  %215 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q62, <16 x float> %f1660, <16 x float> %199)
  %216 = getelementptr <16 x float>, ptr %qs, i64 29
  %q63 = load <16 x float>, ptr %216, align 64
  %217 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q63, <16 x float> %f1659, <16 x float> %201)
  %218 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q63, <16 x float> %f1660, <16 x float> %202)
  %219 = getelementptr <16 x float>, ptr %qs, i64 6
  %q64 = load <16 x float>, ptr %219, align 64
  %220 = getelementptr i8, ptr %82, i64 192
  %221 = load <16 x half>, ptr %220, align 2
  %f1665 = fpext <16 x half> %221 to <16 x float>
  %222 = getelementptr i8, ptr %107, i64 192
  %223 = load <16 x half>, ptr %222, align 2
  %f1666 = fpext <16 x half> %223 to <16 x float>
  %224 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q64, <16 x float> %f1665, <16 x float> %208)
  %225 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q64, <16 x float> %f1666, <16 x float> %209)
  %226 = getelementptr <16 x float>, ptr %qs, i64 14
  %q67 = load <16 x float>, ptr %226, align 64
  %227 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q67, <16 x float> %f1665, <16 x float> %211)
  %228 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q67, <16 x float> %f1666, <16 x float> %212)
  %229 = getelementptr <16 x float>, ptr %qs, i64 22
  %q68 = load <16 x float>, ptr %229, align 64
  %230 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q68, <16 x float> %f1665, <16 x float> %214)
  %231 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q68, <16 x float> %f1666, <16 x float> %215)
  %232 = getelementptr <16 x float>, ptr %qs, i64 30
  %q69 = load <16 x float>, ptr %232, align 64
  %233 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q69, <16 x float> %f1665, <16 x float> %217)
  %234 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q69, <16 x float> %f1666, <16 x float> %218)
  %235 = getelementptr <16 x float>, ptr %qs, i64 7
  %q70 = load <16 x float>, ptr %235, align 64
  %236 = getelementptr i8, ptr %82, i64 224
  %237 = load <16 x half>, ptr %236, align 2
  %f1671 = fpext <16 x half> %237 to <16 x float>
  %238 = getelementptr i8, ptr %107, i64 224
  %239 = load <16 x half>, ptr %238, align 2
  %f1672 = fpext <16 x half> %239 to <16 x float>
  %240 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q70, <16 x float> %f1671, <16 x float> %224)
  %241 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q70, <16 x float> %f1672, <16 x float> %225)
  %242 = getelementptr <16 x float>, ptr %qs, i64 15
  %q73 = load <16 x float>, ptr %242, align 64
  %243 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q73, <16 x float> %f1671, <16 x float> %227)
  %244 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q73, <16 x float> %f1672, <16 x float> %228)
  %245 = getelementptr <16 x float>, ptr %qs, i64 23
  %q74 = load <16 x float>, ptr %245, align 64
  %246 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q74, <16 x float> %f1671, <16 x float> %230)
  %247 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q74, <16 x float> %f1672, <16 x float> %231)
  %248 = getelementptr <16 x float>, ptr %qs, i64 31
  %q75 = load <16 x float>, ptr %248, align 64
  %249 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q75, <16 x float> %f1671, <16 x float> %233)
  %250 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q75, <16 x float> %f1672, <16 x float> %234)
  %251 = sext i32 %kdot23 to i64
  %252 = getelementptr <16 x float>, ptr %dbuf, i64 %251
  store <16 x float> %240, ptr %252, align 64
  %253 = sext i32 %101 to i64
  %254 = getelementptr <16 x float>, ptr %dbuf, i64 %253
  store <16 x float> %241, ptr %254, align 64
  %255 = add i64 64, %251
  %256 = getelementptr <16 x float>, ptr %dbuf, i64 %255
  store <16 x float> %243, ptr %256, align 64
  %257 = add i64 64, %253
  %258 = getelementptr <16 x float>, ptr %dbuf, i64 %257
  store <16 x float> %244, ptr %258, align 64
  %259 = add i64 128, %251
  %260 = getelementptr <16 x float>, ptr %dbuf, i64 %259
  store <16 x float> %246, ptr %260, align 64
  %261 = add i64 128, %253
  %262 = getelementptr <16 x float>, ptr %dbuf, i64 %261
  store <16 x float> %247, ptr %262, align 64
  %263 = add i64 192, %251
  %264 = getelementptr <16 x float>, ptr %dbuf, i64 %263
  store <16 x float> %249, ptr %264, align 64
  %265 = add i64 192, %253
  %266 = getelementptr <16 x float>, ptr %dbuf, i64 %265
  store <16 x float> %250, ptr %266, align 64
  %267 = add nsw i32 %kdot23, 2
  br label %kdot

score:                                            ; preds = %kdot, %body76
  %score79 = phi i64 [ %404, %body76 ], [ 0, %kdot ]
  %268 = icmp slt i64 %score79, 16
  br i1 %268, label %body76, label %rmax

body76:                                           ; preds = %score
  %269 = sdiv i64 %score79, 4
  %270 = srem i64 %score79, 4
  %271 = mul i64 %270, 16
  %272 = mul i64 %269, 64
  %273 = add i64 %272, %271
  %274 = getelementptr <16 x float>, ptr %dbuf, i64 %273
  %275 = load <16 x float>, ptr %274, align 64
  %276 = add i64 %273, 1
  %277 = getelementptr <16 x float>, ptr %dbuf, i64 %276
  %278 = load <16 x float>, ptr %277, align 64
  %279 = shufflevector <16 x float> %275, <16 x float> %278, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %280 = shufflevector <16 x float> %275, <16 x float> %278, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %281 = fadd <16 x float> %279, %280
  %282 = add i64 %273, 2
  %283 = getelementptr <16 x float>, ptr %dbuf, i64 %282
  %284 = load <16 x float>, ptr %283, align 64
  %285 = add i64 %273, 3
  %286 = getelementptr <16 x float>, ptr %dbuf, i64 %285
  %287 = load <16 x float>, ptr %286, align 64
  %288 = shufflevector <16 x float> %284, <16 x float> %287, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %289 = shufflevector <16 x float> %284, <16 x float> %287, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %290 = fadd <16 x float> %288, %289
  %291 = shufflevector <16 x float> %281, <16 x float> %290, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %292 = shufflevector <16 x float> %281, <16 x float> %290, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %293 = fadd <16 x float> %291, %292
  %294 = add i64 %273, 4
  %295 = getelementptr <16 x float>, ptr %dbuf, i64 %294
  %296 = load <16 x float>, ptr %295, align 64
  %297 = add i64 %273, 5
  %298 = getelementptr <16 x float>, ptr %dbuf, i64 %297
  %299 = load <16 x float>, ptr %298, align 64
  %300 = shufflevector <16 x float> %296, <16 x float> %299, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %301 = shufflevector <16 x float> %296, <16 x float> %299, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %302 = fadd <16 x float> %300, %301
  %303 = add i64 %273, 6
  %304 = getelementptr <16 x float>, ptr %dbuf, i64 %303
  %305 = load <16 x float>, ptr %304, align 64
  %306 = add i64 %273, 7
  %307 = getelementptr <16 x float>, ptr %dbuf, i64 %306
  %308 = load <16 x float>, ptr %307, align 64
  %309 = shufflevector <16 x float> %305, <16 x float> %308, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %310 = shufflevector <16 x float> %305, <16 x float> %308, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %311 = fadd <16 x float> %309, %310
  %312 = shufflevector <16 x float> %302, <16 x float> %311, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %313 = shufflevector <16 x float> %302, <16 x float> %311, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %314 = fadd <16 x float> %312, %313
  %315 = shufflevector <16 x float> %293, <16 x float> %314, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %316 = shufflevector <16 x float> %293, <16 x float> %314, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %317 = fadd <16 x float> %315, %316
  %318 = add i64 %273, 8
  %319 = getelementptr <16 x float>, ptr %dbuf, i64 %318
  %320 = load <16 x float>, ptr %319, align 64
  %321 = add i64 %273, 9
  %322 = getelementptr <16 x float>, ptr %dbuf, i64 %321
  %323 = load <16 x float>, ptr %322, align 64
  %324 = shufflevector <16 x float> %320, <16 x float> %323, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %325 = shufflevector <16 x float> %320, <16 x float> %323, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %326 = fadd <16 x float> %324, %325
  %327 = add i64 %273, 10
  %328 = getelementptr <16 x float>, ptr %dbuf, i64 %327
  %329 = load <16 x float>, ptr %328, align 64
  %330 = add i64 %273, 11
  %331 = getelementptr <16 x float>, ptr %dbuf, i64 %330
  %332 = load <16 x float>, ptr %331, align 64
  %333 = shufflevector <16 x float> %329, <16 x float> %332, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %334 = shufflevector <16 x float> %329, <16 x float> %332, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %335 = fadd <16 x float> %333, %334
  %336 = shufflevector <16 x float> %326, <16 x float> %335, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %337 = shufflevector <16 x float> %326, <16 x float> %335, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %338 = fadd <16 x float> %336, %337
  %339 = add i64 %273, 12
  %340 = getelementptr <16 x float>, ptr %dbuf, i64 %339
  %341 = load <16 x float>, ptr %340, align 64
  %342 = add i64 %273, 13
  %343 = getelementptr <16 x float>, ptr %dbuf, i64 %342
  %344 = load <16 x float>, ptr %343, align 64
  %345 = shufflevector <16 x float> %341, <16 x float> %344, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %346 = shufflevector <16 x float> %341, <16 x float> %344, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %347 = fadd <16 x float> %345, %346
  %348 = add i64 %273, 14
  %349 = getelementptr <16 x float>, ptr %dbuf, i64 %348
  %350 = load <16 x float>, ptr %349, align 64
  %351 = add i64 %273, 15
  %352 = getelementptr <16 x float>, ptr %dbuf, i64 %351
  %353 = load <16 x float>, ptr %352, align 64
  %354 = shufflevector <16 x float> %350, <16 x float> %353, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %355 = shufflevector <16 x float> %350, <16 x float> %353, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %356 = fadd <16 x float> %354, %355
  %357 = shufflevector <16 x float> %347, <16 x float> %356, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %358 = shufflevector <16 x float> %347, <16 x float> %356, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %359 = fadd <16 x float> %357, %358
  %360 = shufflevector <16 x float> %338, <16 x float> %359, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %361 = shufflevector <16 x float> %338, <16 x float> %359, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %362 = fadd <16 x float> %360, %361
  %363 = shufflevector <16 x float> %317, <16 x float> %362, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %364 = shufflevector <16 x float> %317, <16 x float> %362, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %365 = fadd <16 x float> %363, %364
  %366 = getelementptr i32, ptr %lims, i64 %269
  %367 = load i32, ptr %366, align 4
  %368 = insertelement <16 x i32> poison, i32 %367, i32 0
  %splat80 = shufflevector <16 x i32> %368, <16 x i32> poison, <16 x i32> zeroinitializer
  %369 = getelementptr i32, ptr %qpos, i64 %269
  %370 = load i32, ptr %369, align 4
  %371 = insertelement <16 x i32> poison, i32 %370, i32 0
  %splat81 = shufflevector <16 x i32> %371, <16 x i32> poison, <16 x i32> zeroinitializer
  %372 = insertelement <16 x i32> poison, i32 %seq, i32 0
  %splat82 = shufflevector <16 x i32> %372, <16 x i32> poison, <16 x i32> zeroinitializer
  %373 = trunc i64 %271 to i32
  %374 = add i32 %kblock16, %373
  %375 = insertelement <16 x i32> poison, i32 %374, i32 0
  %splat83 = shufflevector <16 x i32> %375, <16 x i32> poison, <16 x i32> zeroinitializer
  %376 = add <16 x i32> %splat83, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %377 = icmp slt <16 x i32> %376, %splat80
  %378 = insertelement <16 x i32> poison, i32 %batch, i32 0
  %splat84 = shufflevector <16 x i32> %378, <16 x i32> poison, <16 x i32> zeroinitializer
  %379 = sub <16 x i32> %splat84, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %380 = call <16 x i32> @llvm.smin.v16i32(<16 x i32> %splat82, <16 x i32> %379)
  %381 = call <16 x i32> @llvm.smax.v16i32(<16 x i32> %380, <16 x i32> zeroinitializer)
  %382 = call <16 x i32> @llvm.smin.v16i32(<16 x i32> %splat81, <16 x i32> <i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095>)
  %383 = call <16 x i32> @llvm.smax.v16i32(<16 x i32> %382, <16 x i32> zeroinitializer)
  %384 = sext <16 x i32> %381 to <16 x i64>
  %385 = sext <16 x i32> %383 to <16 x i64>
  %386 = mul <16 x i64> %384, <i64 4096, i64 4096, i64 4096, i64 4096, i64 4096, i64 4096, i64 4096, i64 4096, i64 4096, i64 4096, i64 4096, i64 4096, i64 4096, i64 4096, i64 4096, i64 4096>
  %387 = add <16 x i64> %386, %385
  %388 = extractelement <16 x i64> %387, i32 0
  %389 = getelementptr i32, ptr %doc, i64 %388
  %doc85 = load i32, ptr %389, align 4
  %390 = insertelement <16 x i32> poison, i32 %doc85, i32 0
  %splat86 = shufflevector <16 x i32> %390, <16 x i32> poison, <16 x i32> zeroinitializer
  %391 = call <16 x i32> @llvm.smin.v16i32(<16 x i32> %376, <16 x i32> <i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095>)
  %392 = call <16 x i32> @llvm.smax.v16i32(<16 x i32> %391, <16 x i32> zeroinitializer)
  %393 = sext <16 x i32> %392 to <16 x i64>
  %394 = add <16 x i64> %386, %393
  %doc88 = getelementptr i32, ptr %doc, <16 x i64> %394
  %395 = call <16 x i32> @llvm.masked.gather.v16i32.v16p0(<16 x ptr> %doc88, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x i32> undef)
  %396 = icmp eq <16 x i32> %splat86, %395
  %mask_expr = and <16 x i1> %377, %396
  %397 = select <16 x i1> %mask_expr, <16 x float> %365, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %398 = getelementptr float, ptr %pbuf, i64 %273
  store <16 x float> %397, ptr %398, align 64
  %399 = getelementptr <16 x float>, ptr %smax, i64 %269
  %400 = icmp eq i64 %270, 0
  %401 = load <16 x float>, ptr %399, align 64
  %402 = select i1 %400, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <16 x float> %401
  %403 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %402, <16 x float> %397)
  store <16 x float> %403, ptr %399, align 64
  %404 = add nsw i64 %score79, 1
  br label %score

rmax:                                             ; preds = %score, %body89
  %rmax92 = phi i64 [ %441, %body89 ], [ 0, %score ]
  %405 = icmp slt i64 %rmax92, 4
  br i1 %405, label %body89, label %pexp

body89:                                           ; preds = %rmax
  %406 = getelementptr float, ptr %ms, i64 %rmax92
  %m = load float, ptr %406, align 4
  %407 = getelementptr <16 x float>, ptr %smax, i64 %rmax92
  %408 = load <16 x float>, ptr %407, align 64
  %409 = shufflevector <16 x float> %408, <16 x float> undef, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %410 = shufflevector <16 x float> %408, <16 x float> undef, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %411 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %409, <8 x float> %410)
  %412 = shufflevector <8 x float> %411, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %413 = shufflevector <8 x float> %411, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %414 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %412, <4 x float> %413)
  %415 = shufflevector <4 x float> %414, <4 x float> undef, <2 x i32> <i32 0, i32 1>
  %416 = shufflevector <4 x float> %414, <4 x float> undef, <2 x i32> <i32 2, i32 3>
  %417 = call <2 x float> @llvm.maxnum.v2f32(<2 x float> %415, <2 x float> %416)
  %418 = shufflevector <2 x float> %417, <2 x float> undef, <1 x i32> zeroinitializer
  %419 = shufflevector <2 x float> %417, <2 x float> undef, <1 x i32> <i32 1>
  %420 = call <1 x float> @llvm.maxnum.v1f32(<1 x float> %418, <1 x float> %419)
  %421 = extractelement <1 x float> %420, i32 0
  %422 = call float @llvm.maxnum.f32(float %m, float %421)
  %423 = fcmp oeq float %422, 0xFFF0000000000000
  %muse93 = select i1 %423, float 0.000000e+00, float %422
  %424 = fsub float %m, %muse93
  %425 = insertelement <16 x float> poison, float %424, i32 0
  %splat94 = shufflevector <16 x float> %425, <16 x float> poison, <16 x i32> zeroinitializer
  %426 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat94, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %427 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %426, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %428 = fadd <16 x float> %427, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %428, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %427, %n
  %429 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %430 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %429, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %431 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %430, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %432 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %431, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %433 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %432, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %434 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %433, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %435 = fptosi <16 x float> %n to <16 x i32>
  %436 = add <16 x i32> %435, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %437 = shl <16 x i32> %436, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %438 = bitcast <16 x i32> %437 to <16 x float>
  %exp2 = fmul <16 x float> %434, %438
  %alpha95 = extractelement <16 x float> %exp2, i32 0
  store float %422, ptr %406, align 4
  %439 = getelementptr float, ptr %muse, i64 %rmax92
  store float %muse93, ptr %439, align 4
  %440 = getelementptr float, ptr %alpha, i64 %rmax92
  store float %alpha95, ptr %440, align 4
  %441 = add nsw i64 %rmax92, 1
  br label %rmax

pexp:                                             ; preds = %rmax, %body96
  %pexp99 = phi i64 [ %472, %body96 ], [ 0, %rmax ]
  %442 = icmp slt i64 %pexp99, 16
  br i1 %442, label %body96, label %lsum104

body96:                                           ; preds = %pexp
  %443 = sdiv i64 %pexp99, 4
  %444 = srem i64 %pexp99, 4
  %445 = mul i64 %444, 16
  %446 = mul i64 %443, 64
  %447 = add i64 %446, %445
  %448 = getelementptr float, ptr %pbuf, i64 %447
  %449 = getelementptr float, ptr %muse, i64 %443
  %450 = load float, ptr %449, align 4
  %451 = insertelement <16 x float> poison, float %450, i32 0
  %splat100 = shufflevector <16 x float> %451, <16 x float> poison, <16 x i32> zeroinitializer
  %452 = load <16 x float>, ptr %448, align 64
  %453 = fsub <16 x float> %452, %splat100
  %454 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %453, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %455 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %454, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %456 = fadd <16 x float> %455, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n101 = fsub <16 x float> %456, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f102 = fsub <16 x float> %455, %n101
  %457 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f102, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %458 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %457, <16 x float> %f102, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %459 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %458, <16 x float> %f102, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %460 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %459, <16 x float> %f102, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %461 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %460, <16 x float> %f102, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %462 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %461, <16 x float> %f102, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %463 = fptosi <16 x float> %n101 to <16 x i32>
  %464 = add <16 x i32> %463, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %465 = shl <16 x i32> %464, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %466 = bitcast <16 x i32> %465 to <16 x float>
  %exp2103 = fmul <16 x float> %462, %466
  store <16 x float> %exp2103, ptr %448, align 64
  %467 = getelementptr <16 x float>, ptr %lsum, i64 %443
  %468 = icmp eq i64 %444, 0
  %469 = load <16 x float>, ptr %467, align 64
  %470 = select i1 %468, <16 x float> zeroinitializer, <16 x float> %469
  %471 = fadd <16 x float> %470, %exp2103
  store <16 x float> %471, ptr %467, align 64
  %472 = add nsw i64 %pexp99, 1
  br label %pexp

lsum104:                                          ; preds = %pexp, %body105
  %lsum108 = phi i64 [ %481, %body105 ], [ 0, %pexp ]
  %473 = icmp slt i64 %lsum108, 4
  br i1 %473, label %body105, label %exit107

body105:                                          ; preds = %lsum104
  %474 = getelementptr float, ptr %ls, i64 %lsum108
  %475 = getelementptr float, ptr %alpha, i64 %lsum108
  %476 = load float, ptr %475, align 4
  %477 = getelementptr <16 x float>, ptr %lsum, i64 %lsum108
  %478 = load <16 x float>, ptr %477, align 64
  %479 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %478)
  %l = load float, ptr %474, align 4
  %480 = call float @llvm.fmuladd.f32(float %l, float %476, float %479)
  store float %480, ptr %474, align 4
  %481 = add nsw i64 %lsum108, 1
  br label %lsum104

exit107:                                          ; preds = %lsum104
  %482 = sub i32 %50, %kblock16
  %483 = call i32 @llvm.smin.i32(i32 64, i32 %482)
  %484 = load float, ptr %alpha, align 4
  %485 = insertelement <16 x float> poison, float %484, i32 0
  %splat109 = shufflevector <16 x float> %485, <16 x float> poison, <16 x i32> zeroinitializer
  %486 = load <16 x float>, ptr %accs, align 64
  %487 = fmul <16 x float> %486, %splat109
  %488 = getelementptr float, ptr %accs, i64 16
  %489 = load <16 x float>, ptr %488, align 64
  %490 = fmul <16 x float> %489, %splat109
  %491 = getelementptr float, ptr %accs, i64 32
  %492 = load <16 x float>, ptr %491, align 64
  %493 = fmul <16 x float> %492, %splat109
  %494 = getelementptr float, ptr %accs, i64 48
  %495 = load <16 x float>, ptr %494, align 64
  %496 = fmul <16 x float> %495, %splat109
  %497 = getelementptr float, ptr %alpha, i64 1
  %498 = load float, ptr %497, align 4
  %499 = insertelement <16 x float> poison, float %498, i32 0
  %splat110 = shufflevector <16 x float> %499, <16 x float> poison, <16 x i32> zeroinitializer
  %500 = getelementptr float, ptr %accs, i64 128
  %501 = load <16 x float>, ptr %500, align 64
  %502 = fmul <16 x float> %501, %splat110
  %503 = getelementptr float, ptr %accs, i64 144
  %504 = load <16 x float>, ptr %503, align 64
  %505 = fmul <16 x float> %504, %splat110
  %506 = getelementptr float, ptr %accs, i64 160
  %507 = load <16 x float>, ptr %506, align 64
  %508 = fmul <16 x float> %507, %splat110
  %509 = getelementptr float, ptr %accs, i64 176
  %510 = load <16 x float>, ptr %509, align 64
  %511 = fmul <16 x float> %510, %splat110
  %512 = getelementptr float, ptr %alpha, i64 2
  %513 = load float, ptr %512, align 4
  %514 = insertelement <16 x float> poison, float %513, i32 0
  %splat111 = shufflevector <16 x float> %514, <16 x float> poison, <16 x i32> zeroinitializer
  %515 = getelementptr float, ptr %accs, i64 256
  %516 = load <16 x float>, ptr %515, align 64
  %517 = fmul <16 x float> %516, %splat111
  %518 = getelementptr float, ptr %accs, i64 272
  %519 = load <16 x float>, ptr %518, align 64
  %520 = fmul <16 x float> %519, %splat111
  %521 = getelementptr float, ptr %accs, i64 288
  %522 = load <16 x float>, ptr %521, align 64
  %523 = fmul <16 x float> %522, %splat111
  %524 = getelementptr float, ptr %accs, i64 304
  %525 = load <16 x float>, ptr %524, align 64
  %526 = fmul <16 x float> %525, %splat111
  %527 = getelementptr float, ptr %alpha, i64 3
  %528 = load float, ptr %527, align 4
  %529 = insertelement <16 x float> poison, float %528, i32 0
  %splat112 = shufflevector <16 x float> %529, <16 x float> poison, <16 x i32> zeroinitializer
  %530 = getelementptr float, ptr %accs, i64 384
  %531 = load <16 x float>, ptr %530, align 64
  %532 = fmul <16 x float> %531, %splat112
  %533 = getelementptr float, ptr %accs, i64 400
  %534 = load <16 x float>, ptr %533, align 64
  %535 = fmul <16 x float> %534, %splat112
  %536 = getelementptr float, ptr %accs, i64 416
  %537 = load <16 x float>, ptr %536, align 64
  %538 = fmul <16 x float> %537, %splat112
  %539 = getelementptr float, ptr %accs, i64 432
  %540 = load <16 x float>, ptr %539, align 64
  %541 = fmul <16 x float> %540, %splat112
  br label %kpv

kpv:                                              ; preds = %body113, %exit107
  %pacc.sroa.60.0 = phi <16 x float> [ %541, %exit107 ], [ %596, %body113 ]
  %pacc.sroa.56.0 = phi <16 x float> [ %538, %exit107 ], [ %590, %body113 ]
  %pacc.sroa.52.0 = phi <16 x float> [ %535, %exit107 ], [ %584, %body113 ]
  %pacc.sroa.48.0 = phi <16 x float> [ %532, %exit107 ], [ %578, %body113 ]
  %pacc.sroa.44.0 = phi <16 x float> [ %526, %exit107 ], [ %595, %body113 ]
  %pacc.sroa.40.0 = phi <16 x float> [ %523, %exit107 ], [ %589, %body113 ]
  %pacc.sroa.36.0 = phi <16 x float> [ %520, %exit107 ], [ %583, %body113 ]
  %pacc.sroa.32.0 = phi <16 x float> [ %517, %exit107 ], [ %577, %body113 ]
  %pacc.sroa.28.0 = phi <16 x float> [ %511, %exit107 ], [ %594, %body113 ]
  %pacc.sroa.24.0 = phi <16 x float> [ %508, %exit107 ], [ %588, %body113 ]
  %pacc.sroa.20.0 = phi <16 x float> [ %505, %exit107 ], [ %582, %body113 ]
  %pacc.sroa.16.0 = phi <16 x float> [ %502, %exit107 ], [ %576, %body113 ]
  %pacc.sroa.12.0 = phi <16 x float> [ %496, %exit107 ], [ %593, %body113 ]
  %pacc.sroa.8.0 = phi <16 x float> [ %493, %exit107 ], [ %587, %body113 ]
  %pacc.sroa.4.0 = phi <16 x float> [ %490, %exit107 ], [ %581, %body113 ]
  %pacc.sroa.0.0 = phi <16 x float> [ %487, %exit107 ], [ %575, %body113 ]
  %kpv116 = phi i32 [ 0, %exit107 ], [ %597, %body113 ]
  %542 = icmp slt i32 %kpv116, %483
  br i1 %542, label %body113, label %exit115

body113:                                          ; preds = %kpv
  %543 = add i32 %kblock16, %kpv116
  %544 = sext i32 %543 to i64
  %545 = mul i64 %544, 8
  %row117 = add i64 %23, %545
  %546 = mul i64 %row117, 256
  %547 = getelementptr i8, ptr %25, i64 %546
  %548 = add i32 %543, 16
  %549 = call i32 @llvm.smin.i32(i32 %548, i32 %k_last)
  %550 = sext i32 %549 to i64
  %551 = mul i64 %550, 8
  %row118 = add i64 %23, %551
  %552 = mul i64 %row118, 256
  %553 = getelementptr i8, ptr %25, i64 %552
  call void @llvm.prefetch.p0(ptr %553, i32 0, i32 3, i32 1)
  %554 = getelementptr i8, ptr %553, i64 64
  call void @llvm.prefetch.p0(ptr %554, i32 0, i32 3, i32 1)
  %555 = add i32 %75, %kpv116
  %556 = call i32 @llvm.smin.i32(i32 %555, i32 %k_last)
  %557 = sext i32 %556 to i64
  %558 = mul i64 %557, 8
  %row119 = add i64 %23, %558
  %559 = mul i64 %row119, 256
  %560 = getelementptr i8, ptr %25, i64 %559
  call void @llvm.prefetch.p0(ptr %560, i32 0, i32 2, i32 1)
  %561 = getelementptr i8, ptr %560, i64 64
  call void @llvm.prefetch.p0(ptr %561, i32 0, i32 2, i32 1)
  %562 = sext i32 %kpv116 to i64
  %563 = getelementptr float, ptr %pbuf, i64 %562
  %p = load float, ptr %563, align 4
  %564 = insertelement <16 x float> poison, float %p, i32 0
  %splat120 = shufflevector <16 x float> %564, <16 x float> poison, <16 x i32> zeroinitializer
  %565 = add i64 64, %562
  %566 = getelementptr float, ptr %pbuf, i64 %565
  %p121 = load float, ptr %566, align 4
  %567 = insertelement <16 x float> poison, float %p121, i32 0
  %splat122 = shufflevector <16 x float> %567, <16 x float> poison, <16 x i32> zeroinitializer
  %568 = add i64 128, %562
  %569 = getelementptr float, ptr %pbuf, i64 %568
  %p123 = load float, ptr %569, align 4
  %570 = insertelement <16 x float> poison, float %p123, i32 0
  %splat124 = shufflevector <16 x float> %570, <16 x float> poison, <16 x i32> zeroinitializer
  %571 = add i64 192, %562
  %572 = getelementptr float, ptr %pbuf, i64 %571
  %p125 = load float, ptr %572, align 4
  %573 = insertelement <16 x float> poison, float %p125, i32 0
  %splat126 = shufflevector <16 x float> %573, <16 x float> poison, <16 x i32> zeroinitializer
  %574 = load <16 x half>, ptr %547, align 2
  %f16127 = fpext <16 x half> %574 to <16 x float>
  %575 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat120, <16 x float> %f16127, <16 x float> %pacc.sroa.0.0)
  %576 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat122, <16 x float> %f16127, <16 x float> %pacc.sroa.16.0)
  %577 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat124, <16 x float> %f16127, <16 x float> %pacc.sroa.32.0)
  %578 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat126, <16 x float> %f16127, <16 x float> %pacc.sroa.48.0)
  %579 = getelementptr i8, ptr %547, i64 32
  %580 = load <16 x half>, ptr %579, align 2
  %f16128 = fpext <16 x half> %580 to <16 x float>
  %581 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat120, <16 x float> %f16128, <16 x float> %pacc.sroa.4.0)
  %582 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat122, <16 x float> %f16128, <16 x float> %pacc.sroa.20.0)
  %583 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat124, <16 x float> %f16128, <16 x float> %pacc.sroa.36.0)
  %584 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat126, <16 x float> %f16128, <16 x float> %pacc.sroa.52.0)
  %585 = getelementptr i8, ptr %547, i64 64
  %586 = load <16 x half>, ptr %585, align 2
  %f16129 = fpext <16 x half> %586 to <16 x float>
  %587 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat120, <16 x float> %f16129, <16 x float> %pacc.sroa.8.0)
  %588 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat122, <16 x float> %f16129, <16 x float> %pacc.sroa.24.0)
  %589 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat124, <16 x float> %f16129, <16 x float> %pacc.sroa.40.0)
  %590 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat126, <16 x float> %f16129, <16 x float> %pacc.sroa.56.0)
  %591 = getelementptr i8, ptr %547, i64 96
  %592 = load <16 x half>, ptr %591, align 2
  %f16130 = fpext <16 x half> %592 to <16 x float>
  %593 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat120, <16 x float> %f16130, <16 x float> %pacc.sroa.12.0)
  %594 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat122, <16 x float> %f16130, <16 x float> %pacc.sroa.28.0)
  %595 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat124, <16 x float> %f16130, <16 x float> %pacc.sroa.44.0)
  %596 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat126, <16 x float> %f16130, <16 x float> %pacc.sroa.60.0)
  %597 = add nsw i32 %kpv116, 1
  br label %kpv

exit115:                                          ; preds = %kpv
  store <16 x float> %pacc.sroa.0.0, ptr %accs, align 64
  store <16 x float> %pacc.sroa.4.0, ptr %488, align 64
  store <16 x float> %pacc.sroa.8.0, ptr %491, align 64
  store <16 x float> %pacc.sroa.12.0, ptr %494, align 64
  store <16 x float> %pacc.sroa.16.0, ptr %500, align 64
  store <16 x float> %pacc.sroa.20.0, ptr %503, align 64
  store <16 x float> %pacc.sroa.24.0, ptr %506, align 64
  store <16 x float> %pacc.sroa.28.0, ptr %509, align 64
  store <16 x float> %pacc.sroa.32.0, ptr %515, align 64
  store <16 x float> %pacc.sroa.36.0, ptr %518, align 64
  store <16 x float> %pacc.sroa.40.0, ptr %521, align 64
  store <16 x float> %pacc.sroa.44.0, ptr %524, align 64
  store <16 x float> %pacc.sroa.48.0, ptr %530, align 64
  store <16 x float> %pacc.sroa.52.0, ptr %533, align 64
  store <16 x float> %pacc.sroa.56.0, ptr %536, align 64
  store <16 x float> %pacc.sroa.60.0, ptr %539, align 64
  %598 = load float, ptr %alpha, align 4
  %599 = insertelement <16 x float> poison, float %598, i32 0
  %splat132 = shufflevector <16 x float> %599, <16 x float> poison, <16 x i32> zeroinitializer
  %600 = getelementptr float, ptr %accs, i64 64
  %601 = load <16 x float>, ptr %600, align 64
  %602 = fmul <16 x float> %601, %splat132
  %603 = getelementptr float, ptr %accs, i64 80
  %604 = load <16 x float>, ptr %603, align 64
  %605 = fmul <16 x float> %604, %splat132
  %606 = getelementptr float, ptr %accs, i64 96
  %607 = load <16 x float>, ptr %606, align 64
  %608 = fmul <16 x float> %607, %splat132
  %609 = getelementptr float, ptr %accs, i64 112
  %610 = load <16 x float>, ptr %609, align 64
  %611 = fmul <16 x float> %610, %splat132
  %612 = load float, ptr %497, align 4
  %613 = insertelement <16 x float> poison, float %612, i32 0
  %splat133 = shufflevector <16 x float> %613, <16 x float> poison, <16 x i32> zeroinitializer
  %614 = getelementptr float, ptr %accs, i64 192
  %615 = load <16 x float>, ptr %614, align 64
  %616 = fmul <16 x float> %615, %splat133
  %617 = getelementptr float, ptr %accs, i64 208
  %618 = load <16 x float>, ptr %617, align 64
  %619 = fmul <16 x float> %618, %splat133
  %620 = getelementptr float, ptr %accs, i64 224
  %621 = load <16 x float>, ptr %620, align 64
  %622 = fmul <16 x float> %621, %splat133
  %623 = getelementptr float, ptr %accs, i64 240
  %624 = load <16 x float>, ptr %623, align 64
  %625 = fmul <16 x float> %624, %splat133
  %626 = load float, ptr %512, align 4
  %627 = insertelement <16 x float> poison, float %626, i32 0
  %splat134 = shufflevector <16 x float> %627, <16 x float> poison, <16 x i32> zeroinitializer
  %628 = getelementptr float, ptr %accs, i64 320
  %629 = load <16 x float>, ptr %628, align 64
  %630 = fmul <16 x float> %629, %splat134
  %631 = getelementptr float, ptr %accs, i64 336
  %632 = load <16 x float>, ptr %631, align 64
  %633 = fmul <16 x float> %632, %splat134
  %634 = getelementptr float, ptr %accs, i64 352
  %635 = load <16 x float>, ptr %634, align 64
  %636 = fmul <16 x float> %635, %splat134
  %637 = getelementptr float, ptr %accs, i64 368
  %638 = load <16 x float>, ptr %637, align 64
  %639 = fmul <16 x float> %638, %splat134
  %640 = load float, ptr %527, align 4
  %641 = insertelement <16 x float> poison, float %640, i32 0
  %splat135 = shufflevector <16 x float> %641, <16 x float> poison, <16 x i32> zeroinitializer
  %642 = getelementptr float, ptr %accs, i64 448
  %643 = load <16 x float>, ptr %642, align 64
  %644 = fmul <16 x float> %643, %splat135
  %645 = getelementptr float, ptr %accs, i64 464
  %646 = load <16 x float>, ptr %645, align 64
  %647 = fmul <16 x float> %646, %splat135
  %648 = getelementptr float, ptr %accs, i64 480
  %649 = load <16 x float>, ptr %648, align 64
  %650 = fmul <16 x float> %649, %splat135
  %651 = getelementptr float, ptr %accs, i64 496
  %652 = load <16 x float>, ptr %651, align 64
  %653 = fmul <16 x float> %652, %splat135
  br label %kpv136

kpv136:                                           ; preds = %body137, %exit115
  %pacc131.sroa.60.0 = phi <16 x float> [ %653, %exit115 ], [ %711, %body137 ]
  %pacc131.sroa.56.0 = phi <16 x float> [ %650, %exit115 ], [ %705, %body137 ]
  %pacc131.sroa.52.0 = phi <16 x float> [ %647, %exit115 ], [ %699, %body137 ]
  %pacc131.sroa.48.0 = phi <16 x float> [ %644, %exit115 ], [ %693, %body137 ]
  %pacc131.sroa.44.0 = phi <16 x float> [ %639, %exit115 ], [ %710, %body137 ]
  %pacc131.sroa.40.0 = phi <16 x float> [ %636, %exit115 ], [ %704, %body137 ]
  %pacc131.sroa.36.0 = phi <16 x float> [ %633, %exit115 ], [ %698, %body137 ]
  %pacc131.sroa.32.0 = phi <16 x float> [ %630, %exit115 ], [ %692, %body137 ]
  %pacc131.sroa.28.0 = phi <16 x float> [ %625, %exit115 ], [ %709, %body137 ]
  %pacc131.sroa.24.0 = phi <16 x float> [ %622, %exit115 ], [ %703, %body137 ]
  %pacc131.sroa.20.0 = phi <16 x float> [ %619, %exit115 ], [ %697, %body137 ]
  %pacc131.sroa.16.0 = phi <16 x float> [ %616, %exit115 ], [ %691, %body137 ]
  %pacc131.sroa.12.0 = phi <16 x float> [ %611, %exit115 ], [ %708, %body137 ]
  %pacc131.sroa.8.0 = phi <16 x float> [ %608, %exit115 ], [ %702, %body137 ]
  %pacc131.sroa.4.0 = phi <16 x float> [ %605, %exit115 ], [ %696, %body137 ]
  %pacc131.sroa.0.0 = phi <16 x float> [ %602, %exit115 ], [ %690, %body137 ]
  %kpv140 = phi i32 [ 0, %exit115 ], [ %712, %body137 ]
  %654 = icmp slt i32 %kpv140, %483
  br i1 %654, label %body137, label %exit139

body137:                                          ; preds = %kpv136
  %655 = add i32 %kblock16, %kpv140
  %656 = sext i32 %655 to i64
  %657 = mul i64 %656, 8
  %row141 = add i64 %23, %657
  %658 = mul i64 %row141, 256
  %659 = getelementptr i8, ptr %25, i64 %658
  %660 = add i32 %655, 16
  %661 = call i32 @llvm.smin.i32(i32 %660, i32 %k_last)
  %662 = sext i32 %661 to i64
  %663 = mul i64 %662, 8
  %row142 = add i64 %23, %663
  %664 = mul i64 %row142, 256
  %665 = getelementptr i8, ptr %25, i64 %664
  %666 = getelementptr i8, ptr %665, i64 128
  call void @llvm.prefetch.p0(ptr %666, i32 0, i32 3, i32 1)
  %667 = getelementptr i8, ptr %666, i64 64
  call void @llvm.prefetch.p0(ptr %667, i32 0, i32 3, i32 1)
  %668 = add i32 %75, %kpv140
  %669 = call i32 @llvm.smin.i32(i32 %668, i32 %k_last)
  %670 = sext i32 %669 to i64
  %671 = mul i64 %670, 8
  %row143 = add i64 %23, %671
  %672 = mul i64 %row143, 256
  %673 = getelementptr i8, ptr %25, i64 %672
  %674 = getelementptr i8, ptr %673, i64 128
  call void @llvm.prefetch.p0(ptr %674, i32 0, i32 2, i32 1)
  %675 = getelementptr i8, ptr %674, i64 64
  call void @llvm.prefetch.p0(ptr %675, i32 0, i32 2, i32 1)
  %676 = sext i32 %kpv140 to i64
  %677 = getelementptr float, ptr %pbuf, i64 %676
  %p144 = load float, ptr %677, align 4
  %678 = insertelement <16 x float> poison, float %p144, i32 0
  %splat145 = shufflevector <16 x float> %678, <16 x float> poison, <16 x i32> zeroinitializer
  %679 = add i64 64, %676
  %680 = getelementptr float, ptr %pbuf, i64 %679
  %p146 = load float, ptr %680, align 4
  %681 = insertelement <16 x float> poison, float %p146, i32 0
  %splat147 = shufflevector <16 x float> %681, <16 x float> poison, <16 x i32> zeroinitializer
  %682 = add i64 128, %676
  %683 = getelementptr float, ptr %pbuf, i64 %682
  %p148 = load float, ptr %683, align 4
  %684 = insertelement <16 x float> poison, float %p148, i32 0
  %splat149 = shufflevector <16 x float> %684, <16 x float> poison, <16 x i32> zeroinitializer
  %685 = add i64 192, %676
  %686 = getelementptr float, ptr %pbuf, i64 %685
  %p150 = load float, ptr %686, align 4
  %687 = insertelement <16 x float> poison, float %p150, i32 0
  %splat151 = shufflevector <16 x float> %687, <16 x float> poison, <16 x i32> zeroinitializer
  %688 = getelementptr i8, ptr %659, i64 128
  %689 = load <16 x half>, ptr %688, align 2
  %f16152 = fpext <16 x half> %689 to <16 x float>
  %690 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat145, <16 x float> %f16152, <16 x float> %pacc131.sroa.0.0)
  %691 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat147, <16 x float> %f16152, <16 x float> %pacc131.sroa.16.0)
  %692 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat149, <16 x float> %f16152, <16 x float> %pacc131.sroa.32.0)
  %693 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat151, <16 x float> %f16152, <16 x float> %pacc131.sroa.48.0)
  %694 = getelementptr i8, ptr %659, i64 160
  %695 = load <16 x half>, ptr %694, align 2
  %f16153 = fpext <16 x half> %695 to <16 x float>
  %696 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat145, <16 x float> %f16153, <16 x float> %pacc131.sroa.4.0)
  %697 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat147, <16 x float> %f16153, <16 x float> %pacc131.sroa.20.0)
  %698 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat149, <16 x float> %f16153, <16 x float> %pacc131.sroa.36.0)
  %699 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat151, <16 x float> %f16153, <16 x float> %pacc131.sroa.52.0)
  %700 = getelementptr i8, ptr %659, i64 192
  %701 = load <16 x half>, ptr %700, align 2
  %f16154 = fpext <16 x half> %701 to <16 x float>
  %702 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat145, <16 x float> %f16154, <16 x float> %pacc131.sroa.8.0)
  %703 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat147, <16 x float> %f16154, <16 x float> %pacc131.sroa.24.0)
  %704 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat149, <16 x float> %f16154, <16 x float> %pacc131.sroa.40.0)
  %705 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat151, <16 x float> %f16154, <16 x float> %pacc131.sroa.56.0)
  %706 = getelementptr i8, ptr %659, i64 224
  %707 = load <16 x half>, ptr %706, align 2
  %f16155 = fpext <16 x half> %707 to <16 x float>
  %708 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat145, <16 x float> %f16155, <16 x float> %pacc131.sroa.12.0)
  %709 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat147, <16 x float> %f16155, <16 x float> %pacc131.sroa.28.0)
  %710 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat149, <16 x float> %f16155, <16 x float> %pacc131.sroa.44.0)
  %711 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat151, <16 x float> %f16155, <16 x float> %pacc131.sroa.60.0)
  %712 = add nsw i32 %kpv140, 1
  br label %kpv136

exit139:                                          ; preds = %kpv136
  store <16 x float> %pacc131.sroa.0.0, ptr %600, align 64
  store <16 x float> %pacc131.sroa.4.0, ptr %603, align 64
  store <16 x float> %pacc131.sroa.8.0, ptr %606, align 64
  store <16 x float> %pacc131.sroa.12.0, ptr %609, align 64
  store <16 x float> %pacc131.sroa.16.0, ptr %614, align 64
  store <16 x float> %pacc131.sroa.20.0, ptr %617, align 64
  store <16 x float> %pacc131.sroa.24.0, ptr %620, align 64
  store <16 x float> %pacc131.sroa.28.0, ptr %623, align 64
  store <16 x float> %pacc131.sroa.32.0, ptr %628, align 64
  store <16 x float> %pacc131.sroa.36.0, ptr %631, align 64
  store <16 x float> %pacc131.sroa.40.0, ptr %634, align 64
  store <16 x float> %pacc131.sroa.44.0, ptr %637, align 64
  store <16 x float> %pacc131.sroa.48.0, ptr %642, align 64
  store <16 x float> %pacc131.sroa.52.0, ptr %645, align 64
  store <16 x float> %pacc131.sroa.56.0, ptr %648, align 64
  store <16 x float> %pacc131.sroa.60.0, ptr %651, align 64
  %713 = add nsw i32 %kblock16, 64
  br label %kblock

orow156:                                          ; preds = %kblock, %written
  %orow160 = phi i32 [ %737, %written ], [ 0, %kblock ]
  %714 = icmp slt i32 %orow160, %nrows
  br i1 %714, label %body157, label %done

body157:                                          ; preds = %orow156
  %715 = sext i32 %orow160 to i64
  %716 = getelementptr float, ptr %ms, i64 %715
  %m161 = load float, ptr %716, align 4
  %717 = getelementptr float, ptr %ls, i64 %715
  %l162 = load float, ptr %717, align 4
  %718 = mul i64 %715, 128
  %719 = getelementptr float, ptr %accs, i64 %718
  %720 = icmp ne ptr %part, null
  br i1 %720, label %partial, label %final

partial:                                          ; preds = %body157
  %721 = sext i32 %nrows to i64
  %722 = getelementptr float, ptr %part, i64 %718
  br label %chunk163

final:                                            ; preds = %body157
  %723 = sdiv i32 %orow160, %nh
  %qi168 = add i32 %q_begin, %723
  %724 = srem i32 %orow160, %nh
  %725 = add i32 %h_begin, %724
  %726 = mul i32 %kv_head, 4
  %hq169 = add i32 %726, %725
  %727 = sext i32 %qi168 to i64
  %728 = add i64 %q_row0, %727
  %729 = mul i64 %728, 32
  %730 = sext i32 %hq169 to i64
  %orow170 = add i64 %729, %730
  %731 = fcmp oeq float %l162, 0.000000e+00
  %732 = fdiv float 1.000000e+00, %l162
  %733 = select i1 %731, float 0.000000e+00, float %732
  %734 = mul i64 %orow170, 512
  %735 = getelementptr i8, ptr %out, i64 %734
  %736 = insertelement <16 x float> poison, float %733, i32 0
  %splat171 = shufflevector <16 x float> %736, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk172

written:                                          ; preds = %chunk172, %exit166
  %737 = add nsw i32 %orow160, 1
  br label %orow156

chunk163:                                         ; preds = %body164, %partial
  %chunk167 = phi i64 [ 0, %partial ], [ %743, %body164 ]
  %738 = icmp slt i64 %chunk167, 8
  br i1 %738, label %body164, label %exit166

body164:                                          ; preds = %chunk163
  %739 = getelementptr <16 x float>, ptr %719, i64 %chunk167
  %740 = load <16 x float>, ptr %739, align 64
  %741 = mul i64 %chunk167, 64
  %742 = getelementptr i8, ptr %722, i64 %741
  store <16 x float> %740, ptr %742, align 4
  %743 = add nsw i64 %chunk167, 1
  br label %chunk163

exit166:                                          ; preds = %chunk163
  %744 = mul i64 %721, 128
  %745 = add i64 %744, %715
  %746 = getelementptr float, ptr %part, i64 %745
  store float %m161, ptr %746, align 4
  %747 = add i64 %745, %721
  %748 = getelementptr float, ptr %part, i64 %747
  store float %l162, ptr %748, align 4
  br label %written

chunk172:                                         ; preds = %body173, %final
  %chunk176 = phi i64 [ 0, %final ], [ %755, %body173 ]
  %749 = icmp slt i64 %chunk176, 8
  br i1 %749, label %body173, label %written

body173:                                          ; preds = %chunk172
  %750 = getelementptr <16 x float>, ptr %719, i64 %chunk176
  %751 = load <16 x float>, ptr %750, align 64
  %752 = fmul <16 x float> %751, %splat171
  %753 = mul i64 %chunk176, 64
  %754 = getelementptr i8, ptr %735, i64 %753
  store <16 x float> %752, ptr %754, align 4
  %755 = add nsw i64 %chunk176, 1
  br label %chunk172
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @llvm.prefetch.p0(ptr nocapture readonly, i32 immarg, i32 immarg, i32 immarg) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fmuladd.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x i32> @llvm.smin.v16i32(<16 x i32>, <16 x i32>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x i32> @llvm.smax.v16i32(<16 x i32>, <16 x i32>) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(read)
declare <16 x i32> @llvm.masked.gather.v16i32.v16p0(<16 x ptr>, i32 immarg, <16 x i1>, <16 x i32>) #3

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

; Function Attrs: nounwind
define internal void @expr_document_mask_tile(ptr %0, ptr %1) #0 {
entry:
  %lv = alloca [8 x <16 x float>], align 64
  %mv = alloca [8 x <16 x float>], align 64
  %qpos = alloca [128 x i32], align 64
  %lims = alloca [128 x i32], align 64
  %rowbuf = alloca [8 x <16 x float>], align 64
  %ot = alloca [65536 x i8], align 64
  %st = alloca [7680 x i8], align 64
  %vbuf = alloca [24576 x i8], align 64
  %kbuf = alloca [30720 x i8], align 64
  %qt = alloca [65536 x i8], align 64
  %ls = alloca [128 x float], align 64
  %ms = alloca [128 x float], align 64
  %2 = getelementptr i8, ptr %0, i64 192
  %tensors = load ptr, ptr %2, align 8
  %doc = load ptr, ptr %tensors, align 8
  %3 = getelementptr i8, ptr %0, i64 8
  %batch = load i32, ptr %3, align 4
  %q_row0 = load i64, ptr %1, align 4
  %4 = getelementptr i8, ptr %1, i64 8
  %seq = load i32, ptr %4, align 4
  %5 = getelementptr i8, ptr %1, i64 12
  %kv_head = load i32, ptr %5, align 4
  %6 = getelementptr i8, ptr %1, i64 16
  %h_begin = load i32, ptr %6, align 4
  %7 = getelementptr i8, ptr %1, i64 20
  %h_end = load i32, ptr %7, align 4
  %nh = sub i32 %h_end, %h_begin
  %8 = getelementptr i8, ptr %1, i64 24
  %q_begin = load i32, ptr %8, align 4
  %9 = getelementptr i8, ptr %1, i64 28
  %q_end = load i32, ptr %9, align 4
  %10 = sub i32 %q_end, %q_begin
  %one = icmp eq i32 %10, 1
  br i1 %one, label %one_query, label %rows

common.ret:                                       ; preds = %orow146, %rows, %one_query
  ret void

one_query:                                        ; preds = %entry
  call void @expr_document_mask_tile_one(ptr %0, ptr %1)
  br label %common.ret

rows:                                             ; preds = %entry
  %nrows = mul i32 %10, %nh
  %11 = getelementptr i8, ptr %1, i64 32
  %q_pos0 = load i32, ptr %11, align 4
  %12 = getelementptr i8, ptr %1, i64 36
  %k_begin = load i32, ptr %12, align 4
  %13 = getelementptr i8, ptr %1, i64 40
  %k_end = load i32, ptr %13, align 4
  %14 = getelementptr i8, ptr %1, i64 44
  %15 = getelementptr i8, ptr %1, i64 48
  %part = load ptr, ptr %15, align 8
  %16 = getelementptr i8, ptr %0, i64 32
  %q = load ptr, ptr %16, align 8
  %17 = getelementptr i8, ptr %0, i64 40
  %out = load ptr, ptr %17, align 8
  %18 = getelementptr i8, ptr %0, i64 48
  %19 = getelementptr i8, ptr %0, i64 56
  %k_cache = load ptr, ptr %19, align 8
  %20 = sext i32 %seq to i64
  %21 = mul i64 %20, 8388608
  %22 = getelementptr i8, ptr %k_cache, i64 %21
  %23 = sext i32 %kv_head to i64
  %24 = getelementptr i8, ptr %0, i64 64
  %v_cache = load ptr, ptr %24, align 8
  %25 = getelementptr i8, ptr %v_cache, i64 %21
  %26 = icmp sgt i32 %nrows, 0
  br i1 %26, label %qrow, label %common.ret

qrow:                                             ; preds = %rows, %exit10
  %qrow1 = phi i32 [ %69, %exit10 ], [ 0, %rows ]
  %27 = icmp slt i32 %qrow1, 128
  br i1 %27, label %body, label %otzero

body:                                             ; preds = %qrow
  %28 = icmp slt i32 %qrow1, %nrows
  %29 = sub i32 %nrows, 1
  %30 = call i32 @llvm.smin.i32(i32 %qrow1, i32 %29)
  %31 = sdiv i32 %30, %nh
  %qi = add i32 %q_begin, %31
  %32 = srem i32 %30, %nh
  %33 = add i32 %h_begin, %32
  %34 = mul i32 %kv_head, 4
  %hq = add i32 %34, %33
  %35 = sext i32 %qi to i64
  %36 = add i64 %q_row0, %35
  %37 = mul i64 %36, 32
  %38 = sext i32 %hq to i64
  %orow = add i64 %37, %38
  %39 = mul i64 %orow, 512
  %40 = getelementptr i8, ptr %q, i64 %39
  %41 = select i1 %28, float 0x3FC0527DC0000000, float 0.000000e+00
  %42 = insertelement <16 x float> poison, float %41, i32 0
  %splat = shufflevector <16 x float> %42, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %49, %body2 ]
  %43 = icmp slt i64 %chunk5, 8
  br i1 %43, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %44 = mul i64 %chunk5, 64
  %45 = getelementptr i8, ptr %40, i64 %44
  %46 = load <16 x float>, ptr %45, align 4
  %47 = fmul <16 x float> %46, %splat
  %48 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk5
  store <16 x float> %47, ptr %48, align 64
  %49 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %50 = sext i32 %qrow1 to i64
  %51 = getelementptr i32, ptr %lims, i64 %50
  %qpos6 = add i32 %q_pos0, %qi
  %52 = add i32 %qpos6, 1
  %53 = call i32 @llvm.smin.i32(i32 %52, i32 %k_end)
  store i32 %53, ptr %51, align 4
  %54 = getelementptr i32, ptr %qpos, i64 %50
  store i32 %qpos6, ptr %54, align 4
  %55 = sdiv i32 %qrow1, 32
  %56 = sext i32 %55 to i64
  %57 = mul i64 %56, 4096
  %58 = getelementptr i32, ptr %qt, i64 %57
  %59 = srem i32 %qrow1, 32
  br label %qcol

qcol:                                             ; preds = %body8, %exit4
  %qcol11 = phi i32 [ 0, %exit4 ], [ %68, %body8 ]
  %60 = icmp slt i32 %qcol11, 128
  br i1 %60, label %body8, label %exit10

body8:                                            ; preds = %qcol
  %61 = sext i32 %qcol11 to i64
  %62 = getelementptr i32, ptr %rowbuf, i64 %61
  %63 = load float, ptr %62, align 4
  %64 = sext i32 %59 to i64
  %65 = mul i64 %61, 32
  %66 = add i64 %65, %64
  %67 = getelementptr i32, ptr %58, i64 %66
  store float %63, ptr %67, align 4
  %68 = add nsw i32 %qcol11, 1
  br label %qcol

exit10:                                           ; preds = %qcol
  %69 = add nsw i32 %qrow1, 1
  br label %qrow

otzero:                                           ; preds = %qrow, %body12
  %otzero15 = phi i32 [ %74, %body12 ], [ 0, %qrow ]
  %70 = icmp slt i32 %otzero15, 1024
  br i1 %70, label %body12, label %exit14

body12:                                           ; preds = %otzero
  %71 = sext i32 %otzero15 to i64
  %72 = mul i64 %71, 16
  %73 = getelementptr i32, ptr %ot, i64 %72
  store <16 x float> zeroinitializer, ptr %73, align 64
  %74 = add nsw i32 %otzero15, 1
  br label %otzero

exit14:                                           ; preds = %otzero
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
  %81 = getelementptr <16 x float>, ptr %mv, i64 4
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %81, align 64
  %82 = getelementptr <16 x float>, ptr %lv, i64 4
  store <16 x float> zeroinitializer, ptr %82, align 64
  %83 = getelementptr <16 x float>, ptr %mv, i64 5
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %83, align 64
  %84 = getelementptr <16 x float>, ptr %lv, i64 5
  store <16 x float> zeroinitializer, ptr %84, align 64
  %85 = getelementptr <16 x float>, ptr %mv, i64 6
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %85, align 64
  %86 = getelementptr <16 x float>, ptr %lv, i64 6
  store <16 x float> zeroinitializer, ptr %86, align 64
  %87 = getelementptr <16 x float>, ptr %mv, i64 7
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %87, align 64
  %88 = getelementptr <16 x float>, ptr %lv, i64 7
  store <16 x float> zeroinitializer, ptr %88, align 64
  %89 = sub i32 %nrows, 1
  %90 = sdiv i32 %89, %nh
  %91 = add i32 %q_begin, %90
  %qpos16 = add i32 %q_pos0, %91
  %92 = add i32 %qpos16, 1
  %93 = call i32 @llvm.smin.i32(i32 %92, i32 %k_end)
  %k_last = sub i32 %93, 1
  br label %ktile

ktile:                                            ; preds = %exit50, %exit14
  %ktile20 = phi i32 [ %k_begin, %exit14 ], [ %211, %exit50 ]
  %94 = icmp slt i32 %ktile20, %93
  br i1 %94, label %body17, label %exit19

body17:                                           ; preds = %ktile
  %95 = sub i32 %93, %ktile20
  %96 = call i32 @llvm.smin.i32(i32 48, i32 %95)
  %97 = add i32 %ktile20, %96
  %98 = mul i32 %kv_head, 4
  %hq21 = add i32 %98, %h_begin
  %99 = sub i32 %nh, 1
  %100 = add i32 %96, 11
  %101 = sdiv i32 %100, 12
  %102 = mul i32 %101, 12
  br label %kpack

exit19:                                           ; preds = %ktile
  %103 = load <16 x float>, ptr %mv, align 64
  store <16 x float> %103, ptr %ms, align 64
  %104 = load <16 x float>, ptr %lv, align 64
  store <16 x float> %104, ptr %ls, align 64
  %105 = getelementptr float, ptr %ms, i64 16
  %106 = load <16 x float>, ptr %75, align 64
  store <16 x float> %106, ptr %105, align 64
  %107 = getelementptr float, ptr %ls, i64 16
  %108 = load <16 x float>, ptr %76, align 64
  store <16 x float> %108, ptr %107, align 64
  %109 = getelementptr float, ptr %ms, i64 32
  %110 = load <16 x float>, ptr %77, align 64
  store <16 x float> %110, ptr %109, align 64
  %111 = getelementptr float, ptr %ls, i64 32
  %112 = load <16 x float>, ptr %78, align 64
  store <16 x float> %112, ptr %111, align 64
  %113 = getelementptr float, ptr %ms, i64 48
  %114 = load <16 x float>, ptr %79, align 64
  store <16 x float> %114, ptr %113, align 64
  %115 = getelementptr float, ptr %ls, i64 48
  %116 = load <16 x float>, ptr %80, align 64
  store <16 x float> %116, ptr %115, align 64
  %117 = getelementptr float, ptr %ms, i64 64
  %118 = load <16 x float>, ptr %81, align 64
  store <16 x float> %118, ptr %117, align 64
  %119 = getelementptr float, ptr %ls, i64 64
  %120 = load <16 x float>, ptr %82, align 64
  store <16 x float> %120, ptr %119, align 64
  %121 = getelementptr float, ptr %ms, i64 80
  %122 = load <16 x float>, ptr %83, align 64
  store <16 x float> %122, ptr %121, align 64
  %123 = getelementptr float, ptr %ls, i64 80
  %124 = load <16 x float>, ptr %84, align 64
  store <16 x float> %124, ptr %123, align 64
  %125 = getelementptr float, ptr %ms, i64 96
  %126 = load <16 x float>, ptr %85, align 64
  store <16 x float> %126, ptr %125, align 64
  %127 = getelementptr float, ptr %ls, i64 96
  %128 = load <16 x float>, ptr %86, align 64
  store <16 x float> %128, ptr %127, align 64
  %129 = getelementptr float, ptr %ms, i64 112
  %130 = load <16 x float>, ptr %87, align 64
  store <16 x float> %130, ptr %129, align 64
  %131 = getelementptr float, ptr %ls, i64 112
  %132 = load <16 x float>, ptr %88, align 64
  store <16 x float> %132, ptr %131, align 64
  br label %orow146

kpack:                                            ; preds = %body24, %body17
  %kpack27 = phi i32 [ 0, %body17 ], [ %165, %body24 ]
  %133 = icmp slt i32 %kpack27, %102
  br i1 %133, label %body24, label %vpack

body24:                                           ; preds = %kpack
  %134 = add i32 %ktile20, %kpack27
  %135 = call i32 @llvm.smin.i32(i32 %134, i32 %k_last)
  %136 = sext i32 %135 to i64
  %137 = mul i64 %136, 8
  %row = add i64 %23, %137
  %138 = mul i64 %row, 256
  %139 = getelementptr i8, ptr %22, i64 %138
  %140 = sext i32 %kpack27 to i64
  %141 = mul i64 %140, 128
  %142 = getelementptr i32, ptr %kbuf, i64 %141
  %143 = load <16 x half>, ptr %139, align 2
  %f16 = fpext <16 x half> %143 to <16 x float>
  store <16 x float> %f16, ptr %142, align 64
  %144 = getelementptr i8, ptr %139, i64 32
  %145 = load <16 x half>, ptr %144, align 2
  %f1628 = fpext <16 x half> %145 to <16 x float>
  %146 = getelementptr i8, ptr %142, i64 64
  store <16 x float> %f1628, ptr %146, align 64
  %147 = getelementptr i8, ptr %139, i64 64
  %148 = load <16 x half>, ptr %147, align 2
  %f1629 = fpext <16 x half> %148 to <16 x float>
  %149 = getelementptr i8, ptr %142, i64 128
  store <16 x float> %f1629, ptr %149, align 64
  %150 = getelementptr i8, ptr %139, i64 96
  %151 = load <16 x half>, ptr %150, align 2
  %f1630 = fpext <16 x half> %151 to <16 x float>
  %152 = getelementptr i8, ptr %142, i64 192
  store <16 x float> %f1630, ptr %152, align 64
  %153 = getelementptr i8, ptr %139, i64 128
  %154 = load <16 x half>, ptr %153, align 2
  %f1631 = fpext <16 x half> %154 to <16 x float>
  %155 = getelementptr i8, ptr %142, i64 256
  store <16 x float> %f1631, ptr %155, align 64
  %156 = getelementptr i8, ptr %139, i64 160
  %157 = load <16 x half>, ptr %156, align 2
  %f1632 = fpext <16 x half> %157 to <16 x float>
  %158 = getelementptr i8, ptr %142, i64 320
  store <16 x float> %f1632, ptr %158, align 64
  %159 = getelementptr i8, ptr %139, i64 192
  %160 = load <16 x half>, ptr %159, align 2
  %f1633 = fpext <16 x half> %160 to <16 x float>
  %161 = getelementptr i8, ptr %142, i64 384
  store <16 x float> %f1633, ptr %161, align 64
  %162 = getelementptr i8, ptr %139, i64 224
  %163 = load <16 x half>, ptr %162, align 2
  %f1634 = fpext <16 x half> %163 to <16 x float>
  %164 = getelementptr i8, ptr %142, i64 448
  store <16 x float> %f1634, ptr %164, align 64
  %165 = add nsw i32 %kpack27, 1
  br label %kpack

vpack:                                            ; preds = %kpack, %body35
  %vpack38 = phi i32 [ %197, %body35 ], [ 0, %kpack ]
  %166 = icmp slt i32 %vpack38, %96
  br i1 %166, label %body35, label %exit37

body35:                                           ; preds = %vpack
  %167 = add i32 %ktile20, %vpack38
  %168 = sext i32 %167 to i64
  %169 = mul i64 %168, 8
  %row39 = add i64 %23, %169
  %170 = mul i64 %row39, 256
  %171 = getelementptr i8, ptr %25, i64 %170
  %172 = sext i32 %vpack38 to i64
  %173 = mul i64 %172, 128
  %174 = getelementptr i32, ptr %vbuf, i64 %173
  %175 = load <16 x half>, ptr %171, align 2
  %f1640 = fpext <16 x half> %175 to <16 x float>
  store <16 x float> %f1640, ptr %174, align 64
  %176 = getelementptr i8, ptr %171, i64 32
  %177 = load <16 x half>, ptr %176, align 2
  %f1641 = fpext <16 x half> %177 to <16 x float>
  %178 = getelementptr i8, ptr %174, i64 64
  store <16 x float> %f1641, ptr %178, align 64
  %179 = getelementptr i8, ptr %171, i64 64
  %180 = load <16 x half>, ptr %179, align 2
  %f1642 = fpext <16 x half> %180 to <16 x float>
  %181 = getelementptr i8, ptr %174, i64 128
  store <16 x float> %f1642, ptr %181, align 64
  %182 = getelementptr i8, ptr %171, i64 96
  %183 = load <16 x half>, ptr %182, align 2
  %f1643 = fpext <16 x half> %183 to <16 x float>
  %184 = getelementptr i8, ptr %174, i64 192
  store <16 x float> %f1643, ptr %184, align 64
  %185 = getelementptr i8, ptr %171, i64 128
  %186 = load <16 x half>, ptr %185, align 2
  %f1644 = fpext <16 x half> %186 to <16 x float>
  %187 = getelementptr i8, ptr %174, i64 256
  store <16 x float> %f1644, ptr %187, align 64
  %188 = getelementptr i8, ptr %171, i64 160
  %189 = load <16 x half>, ptr %188, align 2
  %f1645 = fpext <16 x half> %189 to <16 x float>
  %190 = getelementptr i8, ptr %174, i64 320
  store <16 x float> %f1645, ptr %190, align 64
  %191 = getelementptr i8, ptr %171, i64 192
  %192 = load <16 x half>, ptr %191, align 2
  %f1646 = fpext <16 x half> %192 to <16 x float>
  %193 = getelementptr i8, ptr %174, i64 384
  store <16 x float> %f1646, ptr %193, align 64
  %194 = getelementptr i8, ptr %171, i64 224
  %195 = load <16 x half>, ptr %194, align 2
  %f1647 = fpext <16 x half> %195 to <16 x float>
  %196 = getelementptr i8, ptr %174, i64 448
  store <16 x float> %f1647, ptr %196, align 64
  %197 = add nsw i32 %vpack38, 1
  br label %vpack

exit37:                                           ; preds = %vpack
  %198 = add i32 %nrows, 31
  %nblk = sdiv i32 %198, 32
  br label %rblock

rblock:                                           ; preds = %join53, %exit37
  %rblock51 = phi i32 [ 0, %exit37 ], [ %229, %join53 ]
  %199 = icmp slt i32 %rblock51, %nblk
  br i1 %199, label %body48, label %exit50

body48:                                           ; preds = %rblock
  %200 = sext i32 %rblock51 to i64
  %201 = mul i32 %rblock51, 32
  %202 = add i32 %201, 31
  %203 = call i32 @llvm.smin.i32(i32 %202, i32 %89)
  %204 = sdiv i32 %203, %nh
  %205 = add i32 %q_begin, %204
  %qpos52 = add i32 %q_pos0, %205
  %206 = add i32 %qpos52, 1
  %207 = call i32 @llvm.smin.i32(i32 %206, i32 %k_end)
  %208 = sub i32 %207, %ktile20
  %209 = call i32 @llvm.smin.i32(i32 %96, i32 %208)
  %210 = icmp sgt i32 %209, 0
  br i1 %210, label %rvisit, label %join53

exit50:                                           ; preds = %rblock
  %211 = add nsw i32 %ktile20, 48
  br label %ktile

rvisit:                                           ; preds = %body48
  %212 = mul i64 %200, 4096
  %213 = getelementptr i32, ptr %qt, i64 %212
  %214 = getelementptr i32, ptr %ot, i64 %212
  %215 = mul i64 %200, 2
  %216 = getelementptr <16 x float>, ptr %mv, i64 %215
  %217 = getelementptr <16 x float>, ptr %lv, i64 %215
  %218 = mul i64 %200, 32
  %219 = getelementptr i32, ptr %lims, i64 %218
  %220 = load <16 x i32>, ptr %219, align 64
  %221 = getelementptr i32, ptr %qpos, i64 %218
  %222 = load <16 x i32>, ptr %221, align 64
  %223 = insertelement <16 x i32> poison, i32 %seq, i32 0
  %splat54 = shufflevector <16 x i32> %223, <16 x i32> poison, <16 x i32> zeroinitializer
  %224 = add i64 %218, 16
  %225 = getelementptr i32, ptr %lims, i64 %224
  %226 = load <16 x i32>, ptr %225, align 64
  %227 = getelementptr i32, ptr %qpos, i64 %224
  %228 = load <16 x i32>, ptr %227, align 64
  br label %sblock

join53:                                           ; preds = %pvblock, %body48
  %229 = add nsw i32 %rblock51, 1
  br label %rblock

sblock:                                           ; preds = %exit62, %rvisit
  %sblock59 = phi i32 [ 0, %rvisit ], [ %313, %exit62 ]
  %230 = icmp slt i32 %sblock59, %209
  br i1 %230, label %body56, label %smask

body56:                                           ; preds = %sblock
  %231 = sext i32 %sblock59 to i64
  %232 = mul i64 %231, 128
  %233 = getelementptr i32, ptr %kbuf, i64 %232
  br label %sdim

sdim:                                             ; preds = %body60, %body56
  %sacc.sroa.92.0 = phi <16 x float> [ zeroinitializer, %body56 ], [ %286, %body60 ]
  %sacc.sroa.88.0 = phi <16 x float> [ zeroinitializer, %body56 ], [ %285, %body60 ]
  %sacc.sroa.84.0 = phi <16 x float> [ zeroinitializer, %body56 ], [ %282, %body60 ]
  %sacc.sroa.80.0 = phi <16 x float> [ zeroinitializer, %body56 ], [ %281, %body60 ]
  %sacc.sroa.76.0 = phi <16 x float> [ zeroinitializer, %body56 ], [ %278, %body60 ]
  %sacc.sroa.72.0 = phi <16 x float> [ zeroinitializer, %body56 ], [ %277, %body60 ]
  %sacc.sroa.68.0 = phi <16 x float> [ zeroinitializer, %body56 ], [ %274, %body60 ]
  %sacc.sroa.64.0 = phi <16 x float> [ zeroinitializer, %body56 ], [ %273, %body60 ]
  %sacc.sroa.60.0 = phi <16 x float> [ zeroinitializer, %body56 ], [ %270, %body60 ]
  %sacc.sroa.56.0 = phi <16 x float> [ zeroinitializer, %body56 ], [ %269, %body60 ]
  %sacc.sroa.52.0 = phi <16 x float> [ zeroinitializer, %body56 ], [ %266, %body60 ]
  %sacc.sroa.48.0 = phi <16 x float> [ zeroinitializer, %body56 ], [ %265, %body60 ]
  %sacc.sroa.44.0 = phi <16 x float> [ zeroinitializer, %body56 ], [ %262, %body60 ]
  %sacc.sroa.40.0 = phi <16 x float> [ zeroinitializer, %body56 ], [ %261, %body60 ]
  %sacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %body56 ], [ %258, %body60 ]
  %sacc.sroa.32.0 = phi <16 x float> [ zeroinitializer, %body56 ], [ %257, %body60 ]
  %sacc.sroa.28.0 = phi <16 x float> [ zeroinitializer, %body56 ], [ %254, %body60 ]
  %sacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %body56 ], [ %253, %body60 ]
  %sacc.sroa.20.0 = phi <16 x float> [ zeroinitializer, %body56 ], [ %250, %body60 ]
  %sacc.sroa.16.0 = phi <16 x float> [ zeroinitializer, %body56 ], [ %249, %body60 ]
  %sacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %body56 ], [ %246, %body60 ]
  %sacc.sroa.8.0 = phi <16 x float> [ zeroinitializer, %body56 ], [ %245, %body60 ]
  %sacc.sroa.4.0 = phi <16 x float> [ zeroinitializer, %body56 ], [ %242, %body60 ]
  %sacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %body56 ], [ %241, %body60 ]
  %sdim63 = phi i32 [ 0, %body56 ], [ %287, %body60 ]
  %234 = icmp slt i32 %sdim63, 128
  br i1 %234, label %body60, label %exit62

body60:                                           ; preds = %sdim
  %235 = sext i32 %sdim63 to i64
  %236 = mul i64 %235, 32
  %237 = getelementptr i32, ptr %213, i64 %236
  %qt64 = load <16 x float>, ptr %237, align 64
  %238 = getelementptr i32, ptr %237, i64 16
  %qt65 = load <16 x float>, ptr %238, align 64
  %239 = getelementptr i32, ptr %233, i64 %235
  %k = load float, ptr %239, align 4
  %240 = insertelement <16 x float> poison, float %k, i32 0
  %splat66 = shufflevector <16 x float> %240, <16 x float> poison, <16 x i32> zeroinitializer
  %241 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt64, <16 x float> %splat66, <16 x float> %sacc.sroa.0.0)
  %242 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt65, <16 x float> %splat66, <16 x float> %sacc.sroa.4.0)
  %243 = getelementptr i32, ptr %239, i64 128
  %k67 = load float, ptr %243, align 4
  %244 = insertelement <16 x float> poison, float %k67, i32 0
  %splat68 = shufflevector <16 x float> %244, <16 x float> poison, <16 x i32> zeroinitializer
  %245 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt64, <16 x float> %splat68, <16 x float> %sacc.sroa.8.0)
  %246 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt65, <16 x float> %splat68, <16 x float> %sacc.sroa.12.0)
  %247 = getelementptr i32, ptr %239, i64 256
  %k69 = load float, ptr %247, align 4
  %248 = insertelement <16 x float> poison, float %k69, i32 0
  %splat70 = shufflevector <16 x float> %248, <16 x float> poison, <16 x i32> zeroinitializer
  %249 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt64, <16 x float> %splat70, <16 x float> %sacc.sroa.16.0)
  %250 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt65, <16 x float> %splat70, <16 x float> %sacc.sroa.20.0)
  %251 = getelementptr i32, ptr %239, i64 384
  %k71 = load float, ptr %251, align 4
  %252 = insertelement <16 x float> poison, float %k71, i32 0
  %splat72 = shufflevector <16 x float> %252, <16 x float> poison, <16 x i32> zeroinitializer
  %253 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt64, <16 x float> %splat72, <16 x float> %sacc.sroa.24.0)
  %254 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt65, <16 x float> %splat72, <16 x float> %sacc.sroa.28.0)
  %255 = getelementptr i32, ptr %239, i64 512
  %k73 = load float, ptr %255, align 4
  %256 = insertelement <16 x float> poison, float %k73, i32 0
  %splat74 = shufflevector <16 x float> %256, <16 x float> poison, <16 x i32> zeroinitializer
  %257 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt64, <16 x float> %splat74, <16 x float> %sacc.sroa.32.0)
  %258 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt65, <16 x float> %splat74, <16 x float> %sacc.sroa.36.0)
  %259 = getelementptr i32, ptr %239, i64 640
  %k75 = load float, ptr %259, align 4
  %260 = insertelement <16 x float> poison, float %k75, i32 0
  %splat76 = shufflevector <16 x float> %260, <16 x float> poison, <16 x i32> zeroinitializer
  %261 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt64, <16 x float> %splat76, <16 x float> %sacc.sroa.40.0)
  %262 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt65, <16 x float> %splat76, <16 x float> %sacc.sroa.44.0)
  %263 = getelementptr i32, ptr %239, i64 768
  %k77 = load float, ptr %263, align 4
  %264 = insertelement <16 x float> poison, float %k77, i32 0
  %splat78 = shufflevector <16 x float> %264, <16 x float> poison, <16 x i32> zeroinitializer
  %265 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt64, <16 x float> %splat78, <16 x float> %sacc.sroa.48.0)
  %266 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt65, <16 x float> %splat78, <16 x float> %sacc.sroa.52.0)
  %267 = getelementptr i32, ptr %239, i64 896
  %k79 = load float, ptr %267, align 4
  %268 = insertelement <16 x float> poison, float %k79, i32 0
  %splat80 = shufflevector <16 x float> %268, <16 x float> poison, <16 x i32> zeroinitializer
  %269 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt64, <16 x float> %splat80, <16 x float> %sacc.sroa.56.0)
  %270 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt65, <16 x float> %splat80, <16 x float> %sacc.sroa.60.0)
  %271 = getelementptr i32, ptr %239, i64 1024
  %k81 = load float, ptr %271, align 4
  %272 = insertelement <16 x float> poison, float %k81, i32 0
  %splat82 = shufflevector <16 x float> %272, <16 x float> poison, <16 x i32> zeroinitializer
  %273 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt64, <16 x float> %splat82, <16 x float> %sacc.sroa.64.0)
  %274 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt65, <16 x float> %splat82, <16 x float> %sacc.sroa.68.0)
  %275 = getelementptr i32, ptr %239, i64 1152
  %k83 = load float, ptr %275, align 4
  %276 = insertelement <16 x float> poison, float %k83, i32 0
  %splat84 = shufflevector <16 x float> %276, <16 x float> poison, <16 x i32> zeroinitializer
  %277 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt64, <16 x float> %splat84, <16 x float> %sacc.sroa.72.0)
  %278 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt65, <16 x float> %splat84, <16 x float> %sacc.sroa.76.0)
  %279 = getelementptr i32, ptr %239, i64 1280
  %k85 = load float, ptr %279, align 4
  %280 = insertelement <16 x float> poison, float %k85, i32 0
  %splat86 = shufflevector <16 x float> %280, <16 x float> poison, <16 x i32> zeroinitializer
  %281 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt64, <16 x float> %splat86, <16 x float> %sacc.sroa.80.0)
  %282 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt65, <16 x float> %splat86, <16 x float> %sacc.sroa.84.0)
  %283 = getelementptr i32, ptr %239, i64 1408
  %k87 = load float, ptr %283, align 4
  %284 = insertelement <16 x float> poison, float %k87, i32 0
  %splat88 = shufflevector <16 x float> %284, <16 x float> poison, <16 x i32> zeroinitializer
  %285 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt64, <16 x float> %splat88, <16 x float> %sacc.sroa.88.0)
  %286 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt65, <16 x float> %splat88, <16 x float> %sacc.sroa.92.0)
  %287 = add nsw i32 %sdim63, 1
  br label %sdim

exit62:                                           ; preds = %sdim
  %288 = mul i64 %231, 32
  %289 = getelementptr i32, ptr %st, i64 %288
  store <16 x float> %sacc.sroa.0.0, ptr %289, align 64
  %290 = getelementptr i32, ptr %289, i64 16
  store <16 x float> %sacc.sroa.4.0, ptr %290, align 64
  %291 = getelementptr i32, ptr %289, i64 32
  store <16 x float> %sacc.sroa.8.0, ptr %291, align 64
  %292 = getelementptr i32, ptr %289, i64 48
  store <16 x float> %sacc.sroa.12.0, ptr %292, align 64
  %293 = getelementptr i32, ptr %289, i64 64
  store <16 x float> %sacc.sroa.16.0, ptr %293, align 64
  %294 = getelementptr i32, ptr %289, i64 80
  store <16 x float> %sacc.sroa.20.0, ptr %294, align 64
  %295 = getelementptr i32, ptr %289, i64 96
  store <16 x float> %sacc.sroa.24.0, ptr %295, align 64
  %296 = getelementptr i32, ptr %289, i64 112
  store <16 x float> %sacc.sroa.28.0, ptr %296, align 64
  %297 = getelementptr i32, ptr %289, i64 128
  store <16 x float> %sacc.sroa.32.0, ptr %297, align 64
  %298 = getelementptr i32, ptr %289, i64 144
  store <16 x float> %sacc.sroa.36.0, ptr %298, align 64
  %299 = getelementptr i32, ptr %289, i64 160
  store <16 x float> %sacc.sroa.40.0, ptr %299, align 64
  %300 = getelementptr i32, ptr %289, i64 176
  store <16 x float> %sacc.sroa.44.0, ptr %300, align 64
  %301 = getelementptr i32, ptr %289, i64 192
  store <16 x float> %sacc.sroa.48.0, ptr %301, align 64
  %302 = getelementptr i32, ptr %289, i64 208
  store <16 x float> %sacc.sroa.52.0, ptr %302, align 64
  %303 = getelementptr i32, ptr %289, i64 224
  store <16 x float> %sacc.sroa.56.0, ptr %303, align 64
  %304 = getelementptr i32, ptr %289, i64 240
  store <16 x float> %sacc.sroa.60.0, ptr %304, align 64
  %305 = getelementptr i32, ptr %289, i64 256
  store <16 x float> %sacc.sroa.64.0, ptr %305, align 64
  %306 = getelementptr i32, ptr %289, i64 272
  store <16 x float> %sacc.sroa.68.0, ptr %306, align 64
  %307 = getelementptr i32, ptr %289, i64 288
  store <16 x float> %sacc.sroa.72.0, ptr %307, align 64
  %308 = getelementptr i32, ptr %289, i64 304
  store <16 x float> %sacc.sroa.76.0, ptr %308, align 64
  %309 = getelementptr i32, ptr %289, i64 320
  store <16 x float> %sacc.sroa.80.0, ptr %309, align 64
  %310 = getelementptr i32, ptr %289, i64 336
  store <16 x float> %sacc.sroa.84.0, ptr %310, align 64
  %311 = getelementptr i32, ptr %289, i64 352
  store <16 x float> %sacc.sroa.88.0, ptr %311, align 64
  %312 = getelementptr i32, ptr %289, i64 368
  store <16 x float> %sacc.sroa.92.0, ptr %312, align 64
  %313 = add nsw i32 %sblock59, 12
  br label %sblock

smask:                                            ; preds = %sblock, %body89
  %tmax.sroa.4.0 = phi <16 x float> [ %353, %body89 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %tmax.sroa.0.0 = phi <16 x float> [ %341, %body89 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %smask92 = phi i32 [ %354, %body89 ], [ 0, %sblock ]
  %314 = icmp slt i32 %smask92, %209
  br i1 %314, label %body89, label %exit91

body89:                                           ; preds = %smask
  %315 = add i32 %ktile20, %smask92
  %316 = insertelement <16 x i32> poison, i32 %315, i32 0
  %splat93 = shufflevector <16 x i32> %316, <16 x i32> poison, <16 x i32> zeroinitializer
  %317 = sext i32 %smask92 to i64
  %318 = mul i64 %317, 32
  %319 = getelementptr i32, ptr %st, i64 %318
  %s = load <16 x float>, ptr %319, align 64
  %320 = icmp slt <16 x i32> %splat93, %220
  %321 = insertelement <16 x i32> poison, i32 %batch, i32 0
  %splat94 = shufflevector <16 x i32> %321, <16 x i32> poison, <16 x i32> zeroinitializer
  %322 = sub <16 x i32> %splat94, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %323 = call <16 x i32> @llvm.smin.v16i32(<16 x i32> %splat54, <16 x i32> %322)
  %324 = call <16 x i32> @llvm.smax.v16i32(<16 x i32> %323, <16 x i32> zeroinitializer)
  %325 = call <16 x i32> @llvm.smin.v16i32(<16 x i32> %222, <16 x i32> <i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095>)
  %326 = call <16 x i32> @llvm.smax.v16i32(<16 x i32> %325, <16 x i32> zeroinitializer)
  %327 = sext <16 x i32> %324 to <16 x i64>
  %328 = sext <16 x i32> %326 to <16 x i64>
  %329 = mul <16 x i64> %327, <i64 4096, i64 4096, i64 4096, i64 4096, i64 4096, i64 4096, i64 4096, i64 4096, i64 4096, i64 4096, i64 4096, i64 4096, i64 4096, i64 4096, i64 4096, i64 4096>
  %330 = add <16 x i64> %329, %328
  %doc95 = getelementptr i32, ptr %doc, <16 x i64> %330
  %331 = call <16 x i32> @llvm.masked.gather.v16i32.v16p0(<16 x ptr> %doc95, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x i32> undef)
  %332 = call <16 x i32> @llvm.smin.v16i32(<16 x i32> %splat93, <16 x i32> <i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095>)
  %333 = call <16 x i32> @llvm.smax.v16i32(<16 x i32> %332, <16 x i32> zeroinitializer)
  %334 = sext <16 x i32> %333 to <16 x i64>
  %335 = add <16 x i64> %329, %334
  %336 = extractelement <16 x i64> %335, i32 0
  %337 = getelementptr i32, ptr %doc, i64 %336
  %doc97 = load i32, ptr %337, align 4
  %338 = insertelement <16 x i32> poison, i32 %doc97, i32 0
  %splat98 = shufflevector <16 x i32> %338, <16 x i32> poison, <16 x i32> zeroinitializer
  %339 = icmp eq <16 x i32> %331, %splat98
  %mask_expr = and <16 x i1> %320, %339
  %340 = select <16 x i1> %mask_expr, <16 x float> %s, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %340, ptr %319, align 64
  %341 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.0.0, <16 x float> %340)
  %342 = add i64 %318, 16
  %343 = getelementptr i32, ptr %st, i64 %342
  %s99 = load <16 x float>, ptr %343, align 64
  %344 = icmp slt <16 x i32> %splat93, %226
  %345 = call <16 x i32> @llvm.smin.v16i32(<16 x i32> %228, <16 x i32> <i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095>)
  %346 = call <16 x i32> @llvm.smax.v16i32(<16 x i32> %345, <16 x i32> zeroinitializer)
  %347 = sext <16 x i32> %346 to <16 x i64>
  %348 = add <16 x i64> %329, %347
  %doc101 = getelementptr i32, ptr %doc, <16 x i64> %348
  %349 = call <16 x i32> @llvm.masked.gather.v16i32.v16p0(<16 x ptr> %doc101, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x i32> undef)
  %doc103 = load i32, ptr %337, align 4
  %350 = insertelement <16 x i32> poison, i32 %doc103, i32 0
  %splat104 = shufflevector <16 x i32> %350, <16 x i32> poison, <16 x i32> zeroinitializer
  %351 = icmp eq <16 x i32> %349, %splat104
  %mask_expr105 = and <16 x i1> %344, %351
  %352 = select <16 x i1> %mask_expr105, <16 x float> %s99, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %352, ptr %343, align 64
  %353 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.4.0, <16 x float> %352)
  %354 = add nsw i32 %smask92, 1
  br label %smask

exit91:                                           ; preds = %smask
  %m = load <16 x float>, ptr %216, align 64
  %355 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m, <16 x float> %tmax.sroa.0.0)
  %356 = fcmp oeq <16 x float> %355, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse106 = select <16 x i1> %356, <16 x float> zeroinitializer, <16 x float> %355
  %357 = fsub <16 x float> %m, %muse106
  %358 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %357, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %359 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %358, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %360 = fadd <16 x float> %359, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %360, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %359, %n
  %361 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %362 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %361, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %363 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %362, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %364 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %363, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %365 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %364, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %366 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %365, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %367 = fptosi <16 x float> %n to <16 x i32>
  %368 = add <16 x i32> %367, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %369 = shl <16 x i32> %368, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %370 = bitcast <16 x i32> %369 to <16 x float>
  %exp2 = fmul <16 x float> %366, %370
  store <16 x float> %355, ptr %216, align 64
  %371 = getelementptr <16 x float>, ptr %216, i64 1
  %m107 = load <16 x float>, ptr %371, align 64
  %372 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m107, <16 x float> %tmax.sroa.4.0)
  %373 = fcmp oeq <16 x float> %372, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse108 = select <16 x i1> %373, <16 x float> zeroinitializer, <16 x float> %372
  %374 = fsub <16 x float> %m107, %muse108
  %375 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %374, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %376 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %375, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %377 = fadd <16 x float> %376, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n109 = fsub <16 x float> %377, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f110 = fsub <16 x float> %376, %n109
  %378 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f110, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %379 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %378, <16 x float> %f110, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %380 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %379, <16 x float> %f110, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %381 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %380, <16 x float> %f110, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %382 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %381, <16 x float> %f110, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %383 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %382, <16 x float> %f110, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %384 = fptosi <16 x float> %n109 to <16 x i32>
  %385 = add <16 x i32> %384, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %386 = shl <16 x i32> %385, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %387 = bitcast <16 x i32> %386 to <16 x float>
  %exp2111 = fmul <16 x float> %383, %387
  store <16 x float> %372, ptr %371, align 64
  br label %sexp

sexp:                                             ; preds = %body112, %exit91
  %lsum.sroa.4.0 = phi <16 x float> [ zeroinitializer, %exit91 ], [ %425, %body112 ]
  %lsum.sroa.0.0 = phi <16 x float> [ zeroinitializer, %exit91 ], [ %407, %body112 ]
  %sexp115 = phi i32 [ 0, %exit91 ], [ %426, %body112 ]
  %388 = icmp slt i32 %sexp115, %209
  br i1 %388, label %body112, label %exit114

body112:                                          ; preds = %sexp
  %389 = sext i32 %sexp115 to i64
  %390 = mul i64 %389, 32
  %391 = getelementptr i32, ptr %st, i64 %390
  %392 = load <16 x float>, ptr %391, align 64
  %393 = fsub <16 x float> %392, %muse106
  %394 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %393, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %395 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %394, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %396 = fadd <16 x float> %395, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n116 = fsub <16 x float> %396, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f117 = fsub <16 x float> %395, %n116
  %397 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f117, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %398 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %397, <16 x float> %f117, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %399 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %398, <16 x float> %f117, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %400 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %399, <16 x float> %f117, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %401 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %400, <16 x float> %f117, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %402 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %401, <16 x float> %f117, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %403 = fptosi <16 x float> %n116 to <16 x i32>
  %404 = add <16 x i32> %403, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %405 = shl <16 x i32> %404, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %406 = bitcast <16 x i32> %405 to <16 x float>
  %exp2118 = fmul <16 x float> %402, %406
  store <16 x float> %exp2118, ptr %391, align 64
  %407 = fadd <16 x float> %lsum.sroa.0.0, %exp2118
  %408 = add i64 %390, 16
  %409 = getelementptr i32, ptr %st, i64 %408
  %410 = load <16 x float>, ptr %409, align 64
  %411 = fsub <16 x float> %410, %muse108
  %412 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %411, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %413 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %412, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %414 = fadd <16 x float> %413, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n119 = fsub <16 x float> %414, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f120 = fsub <16 x float> %413, %n119
  %415 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f120, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %416 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %415, <16 x float> %f120, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %417 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %416, <16 x float> %f120, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %418 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %417, <16 x float> %f120, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %419 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %418, <16 x float> %f120, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %420 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %419, <16 x float> %f120, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %421 = fptosi <16 x float> %n119 to <16 x i32>
  %422 = add <16 x i32> %421, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %423 = shl <16 x i32> %422, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %424 = bitcast <16 x i32> %423 to <16 x float>
  %exp2121 = fmul <16 x float> %420, %424
  store <16 x float> %exp2121, ptr %409, align 64
  %425 = fadd <16 x float> %lsum.sroa.4.0, %exp2121
  %426 = add nsw i32 %sexp115, 1
  br label %sexp

exit114:                                          ; preds = %sexp
  %427 = load <16 x float>, ptr %217, align 64
  %428 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %427, <16 x float> %exp2, <16 x float> %lsum.sroa.0.0)
  store <16 x float> %428, ptr %217, align 64
  %429 = getelementptr <16 x float>, ptr %217, i64 1
  %430 = load <16 x float>, ptr %429, align 64
  %431 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %430, <16 x float> %exp2111, <16 x float> %lsum.sroa.4.0)
  store <16 x float> %431, ptr %429, align 64
  br label %pvblock

pvblock:                                          ; preds = %exit128, %exit114
  %pvblock125 = phi i32 [ 0, %exit114 ], [ %525, %exit128 ]
  %432 = icmp slt i32 %pvblock125, 16
  br i1 %432, label %body122, label %join53

body122:                                          ; preds = %pvblock
  %433 = mul i32 %pvblock125, 8
  %434 = sext i32 %433 to i64
  %435 = mul i64 %434, 32
  %436 = getelementptr i32, ptr %214, i64 %435
  %437 = load <16 x float>, ptr %436, align 64
  %438 = fmul <16 x float> %437, %exp2
  %439 = getelementptr i32, ptr %436, i64 16
  %440 = load <16 x float>, ptr %439, align 64
  %441 = fmul <16 x float> %440, %exp2111
  %442 = getelementptr i32, ptr %436, i64 32
  %443 = load <16 x float>, ptr %442, align 64
  %444 = fmul <16 x float> %443, %exp2
  %445 = getelementptr i32, ptr %436, i64 48
  %446 = load <16 x float>, ptr %445, align 64
  %447 = fmul <16 x float> %446, %exp2111
  %448 = getelementptr i32, ptr %436, i64 64
  %449 = load <16 x float>, ptr %448, align 64
  %450 = fmul <16 x float> %449, %exp2
  %451 = getelementptr i32, ptr %436, i64 80
  %452 = load <16 x float>, ptr %451, align 64
  %453 = fmul <16 x float> %452, %exp2111
  %454 = getelementptr i32, ptr %436, i64 96
  %455 = load <16 x float>, ptr %454, align 64
  %456 = fmul <16 x float> %455, %exp2
  %457 = getelementptr i32, ptr %436, i64 112
  %458 = load <16 x float>, ptr %457, align 64
  %459 = fmul <16 x float> %458, %exp2111
  %460 = getelementptr i32, ptr %436, i64 128
  %461 = load <16 x float>, ptr %460, align 64
  %462 = fmul <16 x float> %461, %exp2
  %463 = getelementptr i32, ptr %436, i64 144
  %464 = load <16 x float>, ptr %463, align 64
  %465 = fmul <16 x float> %464, %exp2111
  %466 = getelementptr i32, ptr %436, i64 160
  %467 = load <16 x float>, ptr %466, align 64
  %468 = fmul <16 x float> %467, %exp2
  %469 = getelementptr i32, ptr %436, i64 176
  %470 = load <16 x float>, ptr %469, align 64
  %471 = fmul <16 x float> %470, %exp2111
  %472 = getelementptr i32, ptr %436, i64 192
  %473 = load <16 x float>, ptr %472, align 64
  %474 = fmul <16 x float> %473, %exp2
  %475 = getelementptr i32, ptr %436, i64 208
  %476 = load <16 x float>, ptr %475, align 64
  %477 = fmul <16 x float> %476, %exp2111
  %478 = getelementptr i32, ptr %436, i64 224
  %479 = load <16 x float>, ptr %478, align 64
  %480 = fmul <16 x float> %479, %exp2
  %481 = getelementptr i32, ptr %436, i64 240
  %482 = load <16 x float>, ptr %481, align 64
  %483 = fmul <16 x float> %482, %exp2111
  br label %kpv

kpv:                                              ; preds = %body126, %body122
  %o.sroa.44.0 = phi <16 x float> [ %471, %body122 ], [ %515, %body126 ]
  %o.sroa.40.0 = phi <16 x float> [ %468, %body122 ], [ %514, %body126 ]
  %o.sroa.36.0 = phi <16 x float> [ %465, %body122 ], [ %511, %body126 ]
  %o.sroa.32.0 = phi <16 x float> [ %462, %body122 ], [ %510, %body126 ]
  %o.sroa.28.0 = phi <16 x float> [ %459, %body122 ], [ %507, %body126 ]
  %o.sroa.24.0 = phi <16 x float> [ %456, %body122 ], [ %506, %body126 ]
  %o.sroa.20.0 = phi <16 x float> [ %453, %body122 ], [ %503, %body126 ]
  %o.sroa.16.0 = phi <16 x float> [ %450, %body122 ], [ %502, %body126 ]
  %o.sroa.12.0 = phi <16 x float> [ %447, %body122 ], [ %499, %body126 ]
  %o.sroa.8.0 = phi <16 x float> [ %444, %body122 ], [ %498, %body126 ]
  %o.sroa.4.0 = phi <16 x float> [ %441, %body122 ], [ %495, %body126 ]
  %o.sroa.0.0 = phi <16 x float> [ %438, %body122 ], [ %494, %body126 ]
  %o.sroa.48.0 = phi <16 x float> [ %474, %body122 ], [ %518, %body126 ]
  %o.sroa.52.0 = phi <16 x float> [ %477, %body122 ], [ %519, %body126 ]
  %o.sroa.56.0 = phi <16 x float> [ %480, %body122 ], [ %522, %body126 ]
  %o.sroa.60.0 = phi <16 x float> [ %483, %body122 ], [ %523, %body126 ]
  %kpv129 = phi i32 [ 0, %body122 ], [ %524, %body126 ]
  %484 = icmp slt i32 %kpv129, %209
  br i1 %484, label %body126, label %exit128

body126:                                          ; preds = %kpv
  %485 = sext i32 %kpv129 to i64
  %486 = mul i64 %485, 32
  %487 = getelementptr i32, ptr %st, i64 %486
  %p = load <16 x float>, ptr %487, align 64
  %488 = add i64 %486, 16
  %489 = getelementptr i32, ptr %st, i64 %488
  %p130 = load <16 x float>, ptr %489, align 64
  %490 = mul i64 %485, 512
  %491 = getelementptr i8, ptr %vbuf, i64 %490
  %492 = getelementptr i32, ptr %491, i64 %434
  %v = load float, ptr %492, align 4
  %493 = insertelement <16 x float> poison, float %v, i32 0
  %splat131 = shufflevector <16 x float> %493, <16 x float> poison, <16 x i32> zeroinitializer
  %494 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat131, <16 x float> %o.sroa.0.0)
  %495 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p130, <16 x float> %splat131, <16 x float> %o.sroa.4.0)
  %496 = getelementptr i32, ptr %492, i64 1
  %v132 = load float, ptr %496, align 4
  %497 = insertelement <16 x float> poison, float %v132, i32 0
  %splat133 = shufflevector <16 x float> %497, <16 x float> poison, <16 x i32> zeroinitializer
  %498 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat133, <16 x float> %o.sroa.8.0)
  %499 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p130, <16 x float> %splat133, <16 x float> %o.sroa.12.0)
  %500 = getelementptr i32, ptr %492, i64 2
  %v134 = load float, ptr %500, align 4
  %501 = insertelement <16 x float> poison, float %v134, i32 0
  %splat135 = shufflevector <16 x float> %501, <16 x float> poison, <16 x i32> zeroinitializer
  %502 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat135, <16 x float> %o.sroa.16.0)
  %503 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p130, <16 x float> %splat135, <16 x float> %o.sroa.20.0)
  %504 = getelementptr i32, ptr %492, i64 3
  %v136 = load float, ptr %504, align 4
  %505 = insertelement <16 x float> poison, float %v136, i32 0
  %splat137 = shufflevector <16 x float> %505, <16 x float> poison, <16 x i32> zeroinitializer
  %506 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat137, <16 x float> %o.sroa.24.0)
  %507 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p130, <16 x float> %splat137, <16 x float> %o.sroa.28.0)
  %508 = getelementptr i32, ptr %492, i64 4
  %v138 = load float, ptr %508, align 4
  %509 = insertelement <16 x float> poison, float %v138, i32 0
  %splat139 = shufflevector <16 x float> %509, <16 x float> poison, <16 x i32> zeroinitializer
  %510 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat139, <16 x float> %o.sroa.32.0)
  %511 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p130, <16 x float> %splat139, <16 x float> %o.sroa.36.0)
  %512 = getelementptr i32, ptr %492, i64 5
  %v140 = load float, ptr %512, align 4
  %513 = insertelement <16 x float> poison, float %v140, i32 0
  %splat141 = shufflevector <16 x float> %513, <16 x float> poison, <16 x i32> zeroinitializer
  %514 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat141, <16 x float> %o.sroa.40.0)
  %515 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p130, <16 x float> %splat141, <16 x float> %o.sroa.44.0)
  %516 = getelementptr i32, ptr %492, i64 6
  %v142 = load float, ptr %516, align 4
  %517 = insertelement <16 x float> poison, float %v142, i32 0
  %splat143 = shufflevector <16 x float> %517, <16 x float> poison, <16 x i32> zeroinitializer
  %518 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat143, <16 x float> %o.sroa.48.0)
  %519 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p130, <16 x float> %splat143, <16 x float> %o.sroa.52.0)
  %520 = getelementptr i32, ptr %492, i64 7
  %v144 = load float, ptr %520, align 4
  %521 = insertelement <16 x float> poison, float %v144, i32 0
  %splat145 = shufflevector <16 x float> %521, <16 x float> poison, <16 x i32> zeroinitializer
  %522 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat145, <16 x float> %o.sroa.56.0)
  %523 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p130, <16 x float> %splat145, <16 x float> %o.sroa.60.0)
  %524 = add nsw i32 %kpv129, 1
  br label %kpv

exit128:                                          ; preds = %kpv
  store <16 x float> %o.sroa.0.0, ptr %436, align 64
  store <16 x float> %o.sroa.4.0, ptr %439, align 64
  store <16 x float> %o.sroa.8.0, ptr %442, align 64
  store <16 x float> %o.sroa.12.0, ptr %445, align 64
  store <16 x float> %o.sroa.16.0, ptr %448, align 64
  store <16 x float> %o.sroa.20.0, ptr %451, align 64
  store <16 x float> %o.sroa.24.0, ptr %454, align 64
  store <16 x float> %o.sroa.28.0, ptr %457, align 64
  store <16 x float> %o.sroa.32.0, ptr %460, align 64
  store <16 x float> %o.sroa.36.0, ptr %463, align 64
  store <16 x float> %o.sroa.40.0, ptr %466, align 64
  store <16 x float> %o.sroa.44.0, ptr %469, align 64
  store <16 x float> %o.sroa.48.0, ptr %472, align 64
  store <16 x float> %o.sroa.52.0, ptr %475, align 64
  store <16 x float> %o.sroa.56.0, ptr %478, align 64
  store <16 x float> %o.sroa.60.0, ptr %481, align 64
  %525 = add nsw i32 %pvblock125, 1
  br label %pvblock

orow146:                                          ; preds = %written, %exit19
  %orow150 = phi i32 [ 0, %exit19 ], [ %562, %written ]
  %526 = icmp slt i32 %orow150, %nrows
  br i1 %526, label %body147, label %common.ret

body147:                                          ; preds = %orow146
  %527 = sext i32 %orow150 to i64
  %528 = getelementptr float, ptr %ms, i64 %527
  %m151 = load float, ptr %528, align 4
  %529 = getelementptr float, ptr %ls, i64 %527
  %l = load float, ptr %529, align 4
  %530 = sdiv i32 %orow150, 32
  %531 = srem i32 %orow150, 32
  %532 = sext i32 %530 to i64
  %533 = mul i64 %532, 4096
  %534 = getelementptr i32, ptr %ot, i64 %533
  br label %otrow

otrow:                                            ; preds = %body152, %body147
  %otrow155 = phi i32 [ 0, %body147 ], [ %543, %body152 ]
  %535 = icmp slt i32 %otrow155, 128
  br i1 %535, label %body152, label %exit154

body152:                                          ; preds = %otrow
  %536 = sext i32 %531 to i64
  %537 = sext i32 %otrow155 to i64
  %538 = mul i64 %537, 32
  %539 = add i64 %538, %536
  %540 = getelementptr i32, ptr %534, i64 %539
  %541 = load float, ptr %540, align 4
  %542 = getelementptr i32, ptr %rowbuf, i64 %537
  store float %541, ptr %542, align 4
  %543 = add nsw i32 %otrow155, 1
  br label %otrow

exit154:                                          ; preds = %otrow
  %544 = icmp ne ptr %part, null
  br i1 %544, label %partial, label %final

partial:                                          ; preds = %exit154
  %545 = sext i32 %nrows to i64
  %546 = mul i64 %527, 128
  %547 = getelementptr float, ptr %part, i64 %546
  br label %chunk156

final:                                            ; preds = %exit154
  %548 = sdiv i32 %orow150, %nh
  %qi161 = add i32 %q_begin, %548
  %549 = srem i32 %orow150, %nh
  %550 = add i32 %h_begin, %549
  %551 = mul i32 %kv_head, 4
  %hq162 = add i32 %551, %550
  %552 = sext i32 %qi161 to i64
  %553 = add i64 %q_row0, %552
  %554 = mul i64 %553, 32
  %555 = sext i32 %hq162 to i64
  %orow163 = add i64 %554, %555
  %556 = fcmp oeq float %l, 0.000000e+00
  %557 = fdiv float 1.000000e+00, %l
  %558 = select i1 %556, float 0.000000e+00, float %557
  %559 = mul i64 %orow163, 512
  %560 = getelementptr i8, ptr %out, i64 %559
  %561 = insertelement <16 x float> poison, float %558, i32 0
  %splat164 = shufflevector <16 x float> %561, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk165

written:                                          ; preds = %chunk165, %exit159
  %562 = add nsw i32 %orow150, 1
  br label %orow146

chunk156:                                         ; preds = %body157, %partial
  %chunk160 = phi i64 [ 0, %partial ], [ %568, %body157 ]
  %563 = icmp slt i64 %chunk160, 8
  br i1 %563, label %body157, label %exit159

body157:                                          ; preds = %chunk156
  %564 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk160
  %565 = load <16 x float>, ptr %564, align 64
  %566 = mul i64 %chunk160, 64
  %567 = getelementptr i8, ptr %547, i64 %566
  store <16 x float> %565, ptr %567, align 4
  %568 = add nsw i64 %chunk160, 1
  br label %chunk156

exit159:                                          ; preds = %chunk156
  %569 = mul i64 %545, 128
  %570 = add i64 %569, %527
  %571 = getelementptr float, ptr %part, i64 %570
  store float %m151, ptr %571, align 4
  %572 = add i64 %570, %545
  %573 = getelementptr float, ptr %part, i64 %572
  store float %l, ptr %573, align 4
  br label %written

chunk165:                                         ; preds = %body166, %final
  %chunk169 = phi i64 [ 0, %final ], [ %580, %body166 ]
  %574 = icmp slt i64 %chunk169, 8
  br i1 %574, label %body166, label %written

body166:                                          ; preds = %chunk165
  %575 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk169
  %576 = load <16 x float>, ptr %575, align 64
  %577 = fmul <16 x float> %576, %splat164
  %578 = mul i64 %chunk169, 64
  %579 = getelementptr i8, ptr %560, i64 %578
  store <16 x float> %577, ptr %579, align 4
  %580 = add nsw i64 %chunk169, 1
  br label %chunk165
}

declare i32 @attnrt_run(ptr, ptr)

; Function Attrs: nounwind
define i32 @expr_document_mask(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_run(ptr @expr_document_mask_kernel, ptr %0)
  ret i32 %1
}

declare i64 @attnrt_tasks(ptr, ptr)

; Function Attrs: nounwind
define i64 @expr_document_mask_tasks(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_tasks(ptr @expr_document_mask_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_task(ptr, ptr, i64)

; Function Attrs: nounwind
define i32 @expr_document_mask_task(ptr %0, i64 %1) #0 {
entry:
  %2 = call i32 @attnrt_task(ptr @expr_document_mask_kernel, ptr %0, i64 %1)
  ret i32 %2
}

declare i64 @attnrt_workspace(ptr, ptr)

; Function Attrs: nounwind
define i64 @expr_document_mask_workspace(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_workspace(ptr @expr_document_mask_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_append(ptr, ptr)

; Function Attrs: nounwind
define i32 @expr_document_mask_append(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_append(ptr @expr_document_mask_kernel, ptr %0)
  ret i32 %1
}

; Function Attrs: nounwind
define ptr @expr_document_mask_info() #0 {
entry:
  ret ptr @expr_document_mask_info_data
}

attributes #0 = { nounwind "target-cpu"="x86-64-v4" "target-features"="+avx512f,+evex512,+avx512bw,+avx512vl,+avx,+avx2,+fma,+f16c" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite) }
attributes #3 = { nocallback nofree nosync nounwind willreturn memory(read) }
