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

done:                                             ; preds = %orow155, %entry
  ret void

rinit:                                            ; preds = %entry, %exit10
  %rinit1 = phi i32 [ %68, %exit10 ], [ 0, %entry ]
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
  %47 = sext i32 %46 to i64
  %48 = getelementptr i32, ptr %lims, i64 %47
  %fact = load i32, ptr %48, align 4
  %k_last = sub i32 %fact, 1
  br label %kblock

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %55, %body2 ]
  %49 = icmp slt i64 %chunk5, 8
  br i1 %49, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %50 = mul i64 %chunk5, 64
  %51 = getelementptr i8, ptr %43, i64 %50
  %52 = load <16 x float>, ptr %51, align 4
  %53 = fmul <16 x float> %52, %splat
  %54 = getelementptr <16 x float>, ptr %30, i64 %chunk5
  store <16 x float> %53, ptr %54, align 64
  %55 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %56 = getelementptr float, ptr %ms, i64 %28
  store float 0xFFF0000000000000, ptr %56, align 4
  %57 = getelementptr float, ptr %ls, i64 %28
  store float 0.000000e+00, ptr %57, align 4
  %58 = getelementptr i32, ptr %lims, i64 %28
  %qpos6 = add i32 %q_pos0, %qi
  %59 = add i32 %qpos6, 1
  %60 = call i32 @llvm.smin.i32(i32 %59, i32 %k_end)
  store i32 %60, ptr %58, align 4
  %61 = getelementptr i32, ptr %qpos, i64 %28
  store i32 %qpos6, ptr %61, align 4
  br label %acczero

acczero:                                          ; preds = %body8, %exit4
  %acczero11 = phi i64 [ 0, %exit4 ], [ %67, %body8 ]
  %62 = icmp slt i64 %acczero11, 8
  br i1 %62, label %body8, label %exit10

body8:                                            ; preds = %acczero
  %63 = mul i64 %acczero11, 16
  %64 = mul i64 %28, 128
  %65 = add i64 %64, %63
  %66 = getelementptr float, ptr %accs, i64 %65
  store <16 x float> zeroinitializer, ptr %66, align 64
  %67 = add nsw i64 %acczero11, 1
  br label %acczero

exit10:                                           ; preds = %acczero
  %68 = add nsw i32 %rinit1, 1
  br label %rinit

kblock:                                           ; preds = %exit138, %exit
  %kblock15 = phi i32 [ %k_begin, %exit ], [ %713, %exit138 ]
  %69 = icmp slt i32 %kblock15, %fact
  br i1 %69, label %body12, label %orow155

body12:                                           ; preds = %kblock
  %70 = add i32 %kblock15, 63
  %71 = mul i32 %kv_head, 4
  %hq16 = add i32 %71, %h_begin
  %72 = sub i32 %nh, 1
  %73 = sdiv i32 %46, %nh
  %74 = add i32 %q_begin, %73
  %75 = add i32 %kblock15, 64
  br label %kdot

kdot:                                             ; preds = %body19, %body12
  %kdot22 = phi i32 [ 0, %body12 ], [ %267, %body19 ]
  %76 = icmp slt i32 %kdot22, 64
  br i1 %76, label %body19, label %score

body19:                                           ; preds = %kdot
  %77 = add i32 %kblock15, %kdot22
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
  %row23 = add i64 %23, %86
  %87 = mul i64 %row23, 256
  %88 = getelementptr i8, ptr %22, i64 %87
  call void @llvm.prefetch.p0(ptr %88, i32 0, i32 3, i32 1)
  %89 = getelementptr i8, ptr %88, i64 64
  call void @llvm.prefetch.p0(ptr %89, i32 0, i32 3, i32 1)
  %90 = getelementptr i8, ptr %88, i64 128
  call void @llvm.prefetch.p0(ptr %90, i32 0, i32 3, i32 1)
  %91 = getelementptr i8, ptr %88, i64 192
  call void @llvm.prefetch.p0(ptr %91, i32 0, i32 3, i32 1)
  %92 = add i32 %75, %kdot22
  %93 = call i32 @llvm.smin.i32(i32 %92, i32 %k_last)
  %94 = sext i32 %93 to i64
  %95 = mul i64 %94, 8
  %row24 = add i64 %23, %95
  %96 = mul i64 %row24, 256
  %97 = getelementptr i8, ptr %22, i64 %96
  call void @llvm.prefetch.p0(ptr %97, i32 0, i32 2, i32 1)
  %98 = getelementptr i8, ptr %97, i64 64
  call void @llvm.prefetch.p0(ptr %98, i32 0, i32 2, i32 1)
  %99 = getelementptr i8, ptr %97, i64 128
  call void @llvm.prefetch.p0(ptr %99, i32 0, i32 2, i32 1)
  %100 = getelementptr i8, ptr %97, i64 192
  call void @llvm.prefetch.p0(ptr %100, i32 0, i32 2, i32 1)
  %101 = add i32 %kdot22, 1
  %102 = add i32 %kblock15, %101
  %103 = call i32 @llvm.smin.i32(i32 %102, i32 %k_last)
  %104 = sext i32 %103 to i64
  %105 = mul i64 %104, 8
  %row25 = add i64 %23, %105
  %106 = mul i64 %row25, 256
  %107 = getelementptr i8, ptr %22, i64 %106
  %108 = add i32 %103, 16
  %109 = call i32 @llvm.smin.i32(i32 %108, i32 %k_last)
  %110 = sext i32 %109 to i64
  %111 = mul i64 %110, 8
  %row26 = add i64 %23, %111
  %112 = mul i64 %row26, 256
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
  %row27 = add i64 %23, %120
  %121 = mul i64 %row27, 256
  %122 = getelementptr i8, ptr %22, i64 %121
  call void @llvm.prefetch.p0(ptr %122, i32 0, i32 2, i32 1)
  %123 = getelementptr i8, ptr %122, i64 64
  call void @llvm.prefetch.p0(ptr %123, i32 0, i32 2, i32 1)
  %124 = getelementptr i8, ptr %122, i64 128
  call void @llvm.prefetch.p0(ptr %124, i32 0, i32 2, i32 1)
  %125 = getelementptr i8, ptr %122, i64 192
  call void @llvm.prefetch.p0(ptr %125, i32 0, i32 2, i32 1)
  %q28 = load <16 x float>, ptr %qs, align 64
  %126 = load <16 x half>, ptr %82, align 2
  %f16 = fpext <16 x half> %126 to <16 x float>
  %127 = load <16 x half>, ptr %107, align 2
  %f1629 = fpext <16 x half> %127 to <16 x float>
  %128 = fmul <16 x float> %q28, %f16
  %129 = fmul <16 x float> %q28, %f1629
  %130 = getelementptr <16 x float>, ptr %qs, i64 8
  %q30 = load <16 x float>, ptr %130, align 64
  %131 = fmul <16 x float> %q30, %f16
  %132 = fmul <16 x float> %q30, %f1629
  %133 = getelementptr <16 x float>, ptr %qs, i64 16
  %q31 = load <16 x float>, ptr %133, align 64
  %134 = fmul <16 x float> %q31, %f16
  %135 = fmul <16 x float> %q31, %f1629
  %136 = getelementptr <16 x float>, ptr %qs, i64 24
  %q32 = load <16 x float>, ptr %136, align 64
  %137 = fmul <16 x float> %q32, %f16
  %138 = fmul <16 x float> %q32, %f1629
  %139 = getelementptr <16 x float>, ptr %qs, i64 1
  %q33 = load <16 x float>, ptr %139, align 64
  %140 = getelementptr i8, ptr %82, i64 32
  %141 = load <16 x half>, ptr %140, align 2
  %f1634 = fpext <16 x half> %141 to <16 x float>
  %142 = getelementptr i8, ptr %107, i64 32
  %143 = load <16 x half>, ptr %142, align 2
  %f1635 = fpext <16 x half> %143 to <16 x float>
  %144 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %f1634, <16 x float> %128)
  %145 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %f1635, <16 x float> %129)
  %146 = getelementptr <16 x float>, ptr %qs, i64 9
  %q36 = load <16 x float>, ptr %146, align 64
  %147 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %f1634, <16 x float> %131)
  %148 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %f1635, <16 x float> %132)
  %149 = getelementptr <16 x float>, ptr %qs, i64 17
  %q37 = load <16 x float>, ptr %149, align 64
  %150 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %f1634, <16 x float> %134)
  %151 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %f1635, <16 x float> %135)
  %152 = getelementptr <16 x float>, ptr %qs, i64 25
  %q38 = load <16 x float>, ptr %152, align 64
  %153 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q38, <16 x float> %f1634, <16 x float> %137)
  %154 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q38, <16 x float> %f1635, <16 x float> %138)
  %155 = getelementptr <16 x float>, ptr %qs, i64 2
  %q39 = load <16 x float>, ptr %155, align 64
  %156 = getelementptr i8, ptr %82, i64 64
  %157 = load <16 x half>, ptr %156, align 2
  %f1640 = fpext <16 x half> %157 to <16 x float>
  %158 = getelementptr i8, ptr %107, i64 64
  %159 = load <16 x half>, ptr %158, align 2
  %f1641 = fpext <16 x half> %159 to <16 x float>
  %160 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q39, <16 x float> %f1640, <16 x float> %144)
  %161 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q39, <16 x float> %f1641, <16 x float> %145)
  %162 = getelementptr <16 x float>, ptr %qs, i64 10
  %q42 = load <16 x float>, ptr %162, align 64
  %163 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q42, <16 x float> %f1640, <16 x float> %147)
  %164 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q42, <16 x float> %f1641, <16 x float> %148)
  %165 = getelementptr <16 x float>, ptr %qs, i64 18
  %q43 = load <16 x float>, ptr %165, align 64
  %166 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q43, <16 x float> %f1640, <16 x float> %150)
  %167 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q43, <16 x float> %f1641, <16 x float> %151)
  %168 = getelementptr <16 x float>, ptr %qs, i64 26
  %q44 = load <16 x float>, ptr %168, align 64
  %169 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q44, <16 x float> %f1640, <16 x float> %153)
  %170 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q44, <16 x float> %f1641, <16 x float> %154)
  %171 = getelementptr <16 x float>, ptr %qs, i64 3
  %q45 = load <16 x float>, ptr %171, align 64
  %172 = getelementptr i8, ptr %82, i64 96
  %173 = load <16 x half>, ptr %172, align 2
  %f1646 = fpext <16 x half> %173 to <16 x float>
  %174 = getelementptr i8, ptr %107, i64 96
  %175 = load <16 x half>, ptr %174, align 2
  %f1647 = fpext <16 x half> %175 to <16 x float>
  %176 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q45, <16 x float> %f1646, <16 x float> %160)
  %177 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q45, <16 x float> %f1647, <16 x float> %161)
  %178 = getelementptr <16 x float>, ptr %qs, i64 11
  %q48 = load <16 x float>, ptr %178, align 64
  %179 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q48, <16 x float> %f1646, <16 x float> %163)
  %180 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q48, <16 x float> %f1647, <16 x float> %164)
  %181 = getelementptr <16 x float>, ptr %qs, i64 19
  %q49 = load <16 x float>, ptr %181, align 64
  %182 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q49, <16 x float> %f1646, <16 x float> %166)
  %183 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q49, <16 x float> %f1647, <16 x float> %167)
  %184 = getelementptr <16 x float>, ptr %qs, i64 27
  %q50 = load <16 x float>, ptr %184, align 64
  %185 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q50, <16 x float> %f1646, <16 x float> %169)
  %186 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q50, <16 x float> %f1647, <16 x float> %170)
  %187 = getelementptr <16 x float>, ptr %qs, i64 4
  %q51 = load <16 x float>, ptr %187, align 64
  %188 = getelementptr i8, ptr %82, i64 128
  %189 = load <16 x half>, ptr %188, align 2
  %f1652 = fpext <16 x half> %189 to <16 x float>
  %190 = getelementptr i8, ptr %107, i64 128
  %191 = load <16 x half>, ptr %190, align 2
  %f1653 = fpext <16 x half> %191 to <16 x float>
  %192 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q51, <16 x float> %f1652, <16 x float> %176)
  %193 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q51, <16 x float> %f1653, <16 x float> %177)
  %194 = getelementptr <16 x float>, ptr %qs, i64 12
  %q54 = load <16 x float>, ptr %194, align 64
  %195 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q54, <16 x float> %f1652, <16 x float> %179)
  %196 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q54, <16 x float> %f1653, <16 x float> %180)
  %197 = getelementptr <16 x float>, ptr %qs, i64 20
  %q55 = load <16 x float>, ptr %197, align 64
  %198 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q55, <16 x float> %f1652, <16 x float> %182)
  %199 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q55, <16 x float> %f1653, <16 x float> %183)
  %200 = getelementptr <16 x float>, ptr %qs, i64 28
  %q56 = load <16 x float>, ptr %200, align 64
  %201 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q56, <16 x float> %f1652, <16 x float> %185)
  %202 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q56, <16 x float> %f1653, <16 x float> %186)
  %203 = getelementptr <16 x float>, ptr %qs, i64 5
  %q57 = load <16 x float>, ptr %203, align 64
  %204 = getelementptr i8, ptr %82, i64 160
  %205 = load <16 x half>, ptr %204, align 2
  %f1658 = fpext <16 x half> %205 to <16 x float>
  %206 = getelementptr i8, ptr %107, i64 160
  %207 = load <16 x half>, ptr %206, align 2
  %f1659 = fpext <16 x half> %207 to <16 x float>
  %208 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q57, <16 x float> %f1658, <16 x float> %192)
  %209 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q57, <16 x float> %f1659, <16 x float> %193)
  %210 = getelementptr <16 x float>, ptr %qs, i64 13
  %q60 = load <16 x float>, ptr %210, align 64
  %211 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q60, <16 x float> %f1658, <16 x float> %195)
  %212 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q60, <16 x float> %f1659, <16 x float> %196)
  %213 = getelementptr <16 x float>, ptr %qs, i64 21
  %q61 = load <16 x float>, ptr %213, align 64
  %214 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q61, <16 x float> %f1658, <16 x float> %198)
  %215 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q61, <16 x float> %f1659, <16 x float> %199)
  %216 = getelementptr <16 x float>, ptr %qs, i64 29
  %q62 = load <16 x float>, ptr %216, align 64
  %217 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q62, <16 x float> %f1658, <16 x float> %201)
  %218 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q62, <16 x float> %f1659, <16 x float> %202)
  %219 = getelementptr <16 x float>, ptr %qs, i64 6
  %q63 = load <16 x float>, ptr %219, align 64
  %220 = getelementptr i8, ptr %82, i64 192
  %221 = load <16 x half>, ptr %220, align 2
  %f1664 = fpext <16 x half> %221 to <16 x float>
  %222 = getelementptr i8, ptr %107, i64 192
  %223 = load <16 x half>, ptr %222, align 2
  %f1665 = fpext <16 x half> %223 to <16 x float>
  %224 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q63, <16 x float> %f1664, <16 x float> %208)
  %225 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q63, <16 x float> %f1665, <16 x float> %209)
  %226 = getelementptr <16 x float>, ptr %qs, i64 14
  %q66 = load <16 x float>, ptr %226, align 64
  %227 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q66, <16 x float> %f1664, <16 x float> %211)
  %228 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q66, <16 x float> %f1665, <16 x float> %212)
  %229 = getelementptr <16 x float>, ptr %qs, i64 22
  %q67 = load <16 x float>, ptr %229, align 64
  %230 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q67, <16 x float> %f1664, <16 x float> %214)
  %231 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q67, <16 x float> %f1665, <16 x float> %215)
  %232 = getelementptr <16 x float>, ptr %qs, i64 30
  %q68 = load <16 x float>, ptr %232, align 64
  %233 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q68, <16 x float> %f1664, <16 x float> %217)
  %234 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q68, <16 x float> %f1665, <16 x float> %218)
  %235 = getelementptr <16 x float>, ptr %qs, i64 7
  %q69 = load <16 x float>, ptr %235, align 64
  %236 = getelementptr i8, ptr %82, i64 224
  %237 = load <16 x half>, ptr %236, align 2
  %f1670 = fpext <16 x half> %237 to <16 x float>
  %238 = getelementptr i8, ptr %107, i64 224
  %239 = load <16 x half>, ptr %238, align 2
  %f1671 = fpext <16 x half> %239 to <16 x float>
  %240 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q69, <16 x float> %f1670, <16 x float> %224)
  %241 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q69, <16 x float> %f1671, <16 x float> %225)
  %242 = getelementptr <16 x float>, ptr %qs, i64 15
  %q72 = load <16 x float>, ptr %242, align 64
  %243 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q72, <16 x float> %f1670, <16 x float> %227)
  %244 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q72, <16 x float> %f1671, <16 x float> %228)
  %245 = getelementptr <16 x float>, ptr %qs, i64 23
  %q73 = load <16 x float>, ptr %245, align 64
  %246 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q73, <16 x float> %f1670, <16 x float> %230)
  %247 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q73, <16 x float> %f1671, <16 x float> %231)
  %248 = getelementptr <16 x float>, ptr %qs, i64 31
  %q74 = load <16 x float>, ptr %248, align 64
  %249 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q74, <16 x float> %f1670, <16 x float> %233)
  %250 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q74, <16 x float> %f1671, <16 x float> %234)
  %251 = sext i32 %kdot22 to i64
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
  %267 = add nsw i32 %kdot22, 2
  br label %kdot

score:                                            ; preds = %kdot, %body75
  %score78 = phi i64 [ %404, %body75 ], [ 0, %kdot ]
  %268 = icmp slt i64 %score78, 16
  br i1 %268, label %body75, label %rmax

body75:                                           ; preds = %score
  %269 = sdiv i64 %score78, 4
  %270 = srem i64 %score78, 4
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
  %splat79 = shufflevector <16 x i32> %368, <16 x i32> poison, <16 x i32> zeroinitializer
  %369 = getelementptr i32, ptr %qpos, i64 %269
  %370 = load i32, ptr %369, align 4
  %371 = insertelement <16 x i32> poison, i32 %370, i32 0
  %splat80 = shufflevector <16 x i32> %371, <16 x i32> poison, <16 x i32> zeroinitializer
  %372 = insertelement <16 x i32> poison, i32 %seq, i32 0
  %splat81 = shufflevector <16 x i32> %372, <16 x i32> poison, <16 x i32> zeroinitializer
  %373 = trunc i64 %271 to i32
  %374 = add i32 %kblock15, %373
  %375 = insertelement <16 x i32> poison, i32 %374, i32 0
  %splat82 = shufflevector <16 x i32> %375, <16 x i32> poison, <16 x i32> zeroinitializer
  %376 = add <16 x i32> %splat82, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %377 = icmp slt <16 x i32> %376, %splat79
  %378 = insertelement <16 x i32> poison, i32 %batch, i32 0
  %splat83 = shufflevector <16 x i32> %378, <16 x i32> poison, <16 x i32> zeroinitializer
  %379 = sub <16 x i32> %splat83, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %380 = call <16 x i32> @llvm.smin.v16i32(<16 x i32> %splat81, <16 x i32> %379)
  %381 = call <16 x i32> @llvm.smax.v16i32(<16 x i32> %380, <16 x i32> zeroinitializer)
  %382 = call <16 x i32> @llvm.smin.v16i32(<16 x i32> %splat80, <16 x i32> <i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095>)
  %383 = call <16 x i32> @llvm.smax.v16i32(<16 x i32> %382, <16 x i32> zeroinitializer)
  %384 = sext <16 x i32> %381 to <16 x i64>
  %385 = sext <16 x i32> %383 to <16 x i64>
  %386 = mul <16 x i64> %384, <i64 4096, i64 4096, i64 4096, i64 4096, i64 4096, i64 4096, i64 4096, i64 4096, i64 4096, i64 4096, i64 4096, i64 4096, i64 4096, i64 4096, i64 4096, i64 4096>
  %387 = add <16 x i64> %386, %385
  %388 = extractelement <16 x i64> %387, i32 0
  %389 = getelementptr i32, ptr %doc, i64 %388
  %doc84 = load i32, ptr %389, align 4
  %390 = insertelement <16 x i32> poison, i32 %doc84, i32 0
  %splat85 = shufflevector <16 x i32> %390, <16 x i32> poison, <16 x i32> zeroinitializer
  %391 = call <16 x i32> @llvm.smin.v16i32(<16 x i32> %376, <16 x i32> <i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095>)
  %392 = call <16 x i32> @llvm.smax.v16i32(<16 x i32> %391, <16 x i32> zeroinitializer)
  %393 = sext <16 x i32> %392 to <16 x i64>
  %394 = add <16 x i64> %386, %393
  %doc87 = getelementptr i32, ptr %doc, <16 x i64> %394
  %395 = call <16 x i32> @llvm.masked.gather.v16i32.v16p0(<16 x ptr> %doc87, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x i32> undef)
  %396 = icmp eq <16 x i32> %splat85, %395
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
  %404 = add nsw i64 %score78, 1
  br label %score

rmax:                                             ; preds = %score, %body88
  %rmax91 = phi i64 [ %441, %body88 ], [ 0, %score ]
  %405 = icmp slt i64 %rmax91, 4
  br i1 %405, label %body88, label %pexp

body88:                                           ; preds = %rmax
  %406 = getelementptr float, ptr %ms, i64 %rmax91
  %m = load float, ptr %406, align 4
  %407 = getelementptr <16 x float>, ptr %smax, i64 %rmax91
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
  %muse92 = select i1 %423, float 0.000000e+00, float %422
  %424 = fsub float %m, %muse92
  %425 = insertelement <16 x float> poison, float %424, i32 0
  %splat93 = shufflevector <16 x float> %425, <16 x float> poison, <16 x i32> zeroinitializer
  %426 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat93, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
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
  %alpha94 = extractelement <16 x float> %exp2, i32 0
  store float %422, ptr %406, align 4
  %439 = getelementptr float, ptr %muse, i64 %rmax91
  store float %muse92, ptr %439, align 4
  %440 = getelementptr float, ptr %alpha, i64 %rmax91
  store float %alpha94, ptr %440, align 4
  %441 = add nsw i64 %rmax91, 1
  br label %rmax

pexp:                                             ; preds = %rmax, %body95
  %pexp98 = phi i64 [ %472, %body95 ], [ 0, %rmax ]
  %442 = icmp slt i64 %pexp98, 16
  br i1 %442, label %body95, label %lsum103

body95:                                           ; preds = %pexp
  %443 = sdiv i64 %pexp98, 4
  %444 = srem i64 %pexp98, 4
  %445 = mul i64 %444, 16
  %446 = mul i64 %443, 64
  %447 = add i64 %446, %445
  %448 = getelementptr float, ptr %pbuf, i64 %447
  %449 = getelementptr float, ptr %muse, i64 %443
  %450 = load float, ptr %449, align 4
  %451 = insertelement <16 x float> poison, float %450, i32 0
  %splat99 = shufflevector <16 x float> %451, <16 x float> poison, <16 x i32> zeroinitializer
  %452 = load <16 x float>, ptr %448, align 64
  %453 = fsub <16 x float> %452, %splat99
  %454 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %453, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %455 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %454, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %456 = fadd <16 x float> %455, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n100 = fsub <16 x float> %456, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f101 = fsub <16 x float> %455, %n100
  %457 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f101, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %458 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %457, <16 x float> %f101, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %459 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %458, <16 x float> %f101, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %460 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %459, <16 x float> %f101, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %461 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %460, <16 x float> %f101, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %462 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %461, <16 x float> %f101, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %463 = fptosi <16 x float> %n100 to <16 x i32>
  %464 = add <16 x i32> %463, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %465 = shl <16 x i32> %464, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %466 = bitcast <16 x i32> %465 to <16 x float>
  %exp2102 = fmul <16 x float> %462, %466
  store <16 x float> %exp2102, ptr %448, align 64
  %467 = getelementptr <16 x float>, ptr %lsum, i64 %443
  %468 = icmp eq i64 %444, 0
  %469 = load <16 x float>, ptr %467, align 64
  %470 = select i1 %468, <16 x float> zeroinitializer, <16 x float> %469
  %471 = fadd <16 x float> %470, %exp2102
  store <16 x float> %471, ptr %467, align 64
  %472 = add nsw i64 %pexp98, 1
  br label %pexp

lsum103:                                          ; preds = %pexp, %body104
  %lsum107 = phi i64 [ %481, %body104 ], [ 0, %pexp ]
  %473 = icmp slt i64 %lsum107, 4
  br i1 %473, label %body104, label %exit106

body104:                                          ; preds = %lsum103
  %474 = getelementptr float, ptr %ls, i64 %lsum107
  %475 = getelementptr float, ptr %alpha, i64 %lsum107
  %476 = load float, ptr %475, align 4
  %477 = getelementptr <16 x float>, ptr %lsum, i64 %lsum107
  %478 = load <16 x float>, ptr %477, align 64
  %479 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %478)
  %l = load float, ptr %474, align 4
  %480 = call float @llvm.fmuladd.f32(float %l, float %476, float %479)
  store float %480, ptr %474, align 4
  %481 = add nsw i64 %lsum107, 1
  br label %lsum103

exit106:                                          ; preds = %lsum103
  %482 = sub i32 %fact, %kblock15
  %483 = call i32 @llvm.smin.i32(i32 64, i32 %482)
  %484 = load float, ptr %alpha, align 4
  %485 = insertelement <16 x float> poison, float %484, i32 0
  %splat108 = shufflevector <16 x float> %485, <16 x float> poison, <16 x i32> zeroinitializer
  %486 = load <16 x float>, ptr %accs, align 64
  %487 = fmul <16 x float> %486, %splat108
  %488 = getelementptr float, ptr %accs, i64 16
  %489 = load <16 x float>, ptr %488, align 64
  %490 = fmul <16 x float> %489, %splat108
  %491 = getelementptr float, ptr %accs, i64 32
  %492 = load <16 x float>, ptr %491, align 64
  %493 = fmul <16 x float> %492, %splat108
  %494 = getelementptr float, ptr %accs, i64 48
  %495 = load <16 x float>, ptr %494, align 64
  %496 = fmul <16 x float> %495, %splat108
  %497 = getelementptr float, ptr %alpha, i64 1
  %498 = load float, ptr %497, align 4
  %499 = insertelement <16 x float> poison, float %498, i32 0
  %splat109 = shufflevector <16 x float> %499, <16 x float> poison, <16 x i32> zeroinitializer
  %500 = getelementptr float, ptr %accs, i64 128
  %501 = load <16 x float>, ptr %500, align 64
  %502 = fmul <16 x float> %501, %splat109
  %503 = getelementptr float, ptr %accs, i64 144
  %504 = load <16 x float>, ptr %503, align 64
  %505 = fmul <16 x float> %504, %splat109
  %506 = getelementptr float, ptr %accs, i64 160
  %507 = load <16 x float>, ptr %506, align 64
  %508 = fmul <16 x float> %507, %splat109
  %509 = getelementptr float, ptr %accs, i64 176
  %510 = load <16 x float>, ptr %509, align 64
  %511 = fmul <16 x float> %510, %splat109
  %512 = getelementptr float, ptr %alpha, i64 2
  %513 = load float, ptr %512, align 4
  %514 = insertelement <16 x float> poison, float %513, i32 0
  %splat110 = shufflevector <16 x float> %514, <16 x float> poison, <16 x i32> zeroinitializer
  %515 = getelementptr float, ptr %accs, i64 256
  %516 = load <16 x float>, ptr %515, align 64
  %517 = fmul <16 x float> %516, %splat110
  %518 = getelementptr float, ptr %accs, i64 272
  %519 = load <16 x float>, ptr %518, align 64
  %520 = fmul <16 x float> %519, %splat110
  %521 = getelementptr float, ptr %accs, i64 288
  %522 = load <16 x float>, ptr %521, align 64
  %523 = fmul <16 x float> %522, %splat110
  %524 = getelementptr float, ptr %accs, i64 304
  %525 = load <16 x float>, ptr %524, align 64
  %526 = fmul <16 x float> %525, %splat110
  %527 = getelementptr float, ptr %alpha, i64 3
  %528 = load float, ptr %527, align 4
  %529 = insertelement <16 x float> poison, float %528, i32 0
  %splat111 = shufflevector <16 x float> %529, <16 x float> poison, <16 x i32> zeroinitializer
  %530 = getelementptr float, ptr %accs, i64 384
  %531 = load <16 x float>, ptr %530, align 64
  %532 = fmul <16 x float> %531, %splat111
  %533 = getelementptr float, ptr %accs, i64 400
  %534 = load <16 x float>, ptr %533, align 64
  %535 = fmul <16 x float> %534, %splat111
  %536 = getelementptr float, ptr %accs, i64 416
  %537 = load <16 x float>, ptr %536, align 64
  %538 = fmul <16 x float> %537, %splat111
  %539 = getelementptr float, ptr %accs, i64 432
  %540 = load <16 x float>, ptr %539, align 64
  %541 = fmul <16 x float> %540, %splat111
  br label %kpv

kpv:                                              ; preds = %body112, %exit106
  %pacc.sroa.60.0 = phi <16 x float> [ %541, %exit106 ], [ %596, %body112 ]
  %pacc.sroa.56.0 = phi <16 x float> [ %538, %exit106 ], [ %590, %body112 ]
  %pacc.sroa.52.0 = phi <16 x float> [ %535, %exit106 ], [ %584, %body112 ]
  %pacc.sroa.48.0 = phi <16 x float> [ %532, %exit106 ], [ %578, %body112 ]
  %pacc.sroa.44.0 = phi <16 x float> [ %526, %exit106 ], [ %595, %body112 ]
  %pacc.sroa.40.0 = phi <16 x float> [ %523, %exit106 ], [ %589, %body112 ]
  %pacc.sroa.36.0 = phi <16 x float> [ %520, %exit106 ], [ %583, %body112 ]
  %pacc.sroa.32.0 = phi <16 x float> [ %517, %exit106 ], [ %577, %body112 ]
  %pacc.sroa.28.0 = phi <16 x float> [ %511, %exit106 ], [ %594, %body112 ]
  %pacc.sroa.24.0 = phi <16 x float> [ %508, %exit106 ], [ %588, %body112 ]
  %pacc.sroa.20.0 = phi <16 x float> [ %505, %exit106 ], [ %582, %body112 ]
  %pacc.sroa.16.0 = phi <16 x float> [ %502, %exit106 ], [ %576, %body112 ]
  %pacc.sroa.12.0 = phi <16 x float> [ %496, %exit106 ], [ %593, %body112 ]
  %pacc.sroa.8.0 = phi <16 x float> [ %493, %exit106 ], [ %587, %body112 ]
  %pacc.sroa.4.0 = phi <16 x float> [ %490, %exit106 ], [ %581, %body112 ]
  %pacc.sroa.0.0 = phi <16 x float> [ %487, %exit106 ], [ %575, %body112 ]
  %kpv115 = phi i32 [ 0, %exit106 ], [ %597, %body112 ]
  %542 = icmp slt i32 %kpv115, %483
  br i1 %542, label %body112, label %exit114

body112:                                          ; preds = %kpv
  %543 = add i32 %kblock15, %kpv115
  %544 = sext i32 %543 to i64
  %545 = mul i64 %544, 8
  %row116 = add i64 %23, %545
  %546 = mul i64 %row116, 256
  %547 = getelementptr i8, ptr %25, i64 %546
  %548 = add i32 %543, 16
  %549 = call i32 @llvm.smin.i32(i32 %548, i32 %k_last)
  %550 = sext i32 %549 to i64
  %551 = mul i64 %550, 8
  %row117 = add i64 %23, %551
  %552 = mul i64 %row117, 256
  %553 = getelementptr i8, ptr %25, i64 %552
  call void @llvm.prefetch.p0(ptr %553, i32 0, i32 3, i32 1)
  %554 = getelementptr i8, ptr %553, i64 64
  call void @llvm.prefetch.p0(ptr %554, i32 0, i32 3, i32 1)
  %555 = add i32 %75, %kpv115
  %556 = call i32 @llvm.smin.i32(i32 %555, i32 %k_last)
  %557 = sext i32 %556 to i64
  %558 = mul i64 %557, 8
  %row118 = add i64 %23, %558
  %559 = mul i64 %row118, 256
  %560 = getelementptr i8, ptr %25, i64 %559
  call void @llvm.prefetch.p0(ptr %560, i32 0, i32 2, i32 1)
  %561 = getelementptr i8, ptr %560, i64 64
  call void @llvm.prefetch.p0(ptr %561, i32 0, i32 2, i32 1)
  %562 = sext i32 %kpv115 to i64
  %563 = getelementptr float, ptr %pbuf, i64 %562
  %p = load float, ptr %563, align 4
  %564 = insertelement <16 x float> poison, float %p, i32 0
  %splat119 = shufflevector <16 x float> %564, <16 x float> poison, <16 x i32> zeroinitializer
  %565 = add i64 64, %562
  %566 = getelementptr float, ptr %pbuf, i64 %565
  %p120 = load float, ptr %566, align 4
  %567 = insertelement <16 x float> poison, float %p120, i32 0
  %splat121 = shufflevector <16 x float> %567, <16 x float> poison, <16 x i32> zeroinitializer
  %568 = add i64 128, %562
  %569 = getelementptr float, ptr %pbuf, i64 %568
  %p122 = load float, ptr %569, align 4
  %570 = insertelement <16 x float> poison, float %p122, i32 0
  %splat123 = shufflevector <16 x float> %570, <16 x float> poison, <16 x i32> zeroinitializer
  %571 = add i64 192, %562
  %572 = getelementptr float, ptr %pbuf, i64 %571
  %p124 = load float, ptr %572, align 4
  %573 = insertelement <16 x float> poison, float %p124, i32 0
  %splat125 = shufflevector <16 x float> %573, <16 x float> poison, <16 x i32> zeroinitializer
  %574 = load <16 x half>, ptr %547, align 2
  %f16126 = fpext <16 x half> %574 to <16 x float>
  %575 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat119, <16 x float> %f16126, <16 x float> %pacc.sroa.0.0)
  %576 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat121, <16 x float> %f16126, <16 x float> %pacc.sroa.16.0)
  %577 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat123, <16 x float> %f16126, <16 x float> %pacc.sroa.32.0)
  %578 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat125, <16 x float> %f16126, <16 x float> %pacc.sroa.48.0)
  %579 = getelementptr i8, ptr %547, i64 32
  %580 = load <16 x half>, ptr %579, align 2
  %f16127 = fpext <16 x half> %580 to <16 x float>
  %581 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat119, <16 x float> %f16127, <16 x float> %pacc.sroa.4.0)
  %582 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat121, <16 x float> %f16127, <16 x float> %pacc.sroa.20.0)
  %583 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat123, <16 x float> %f16127, <16 x float> %pacc.sroa.36.0)
  %584 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat125, <16 x float> %f16127, <16 x float> %pacc.sroa.52.0)
  %585 = getelementptr i8, ptr %547, i64 64
  %586 = load <16 x half>, ptr %585, align 2
  %f16128 = fpext <16 x half> %586 to <16 x float>
  %587 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat119, <16 x float> %f16128, <16 x float> %pacc.sroa.8.0)
  %588 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat121, <16 x float> %f16128, <16 x float> %pacc.sroa.24.0)
  %589 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat123, <16 x float> %f16128, <16 x float> %pacc.sroa.40.0)
  %590 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat125, <16 x float> %f16128, <16 x float> %pacc.sroa.56.0)
  %591 = getelementptr i8, ptr %547, i64 96
  %592 = load <16 x half>, ptr %591, align 2
  %f16129 = fpext <16 x half> %592 to <16 x float>
  %593 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat119, <16 x float> %f16129, <16 x float> %pacc.sroa.12.0)
  %594 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat121, <16 x float> %f16129, <16 x float> %pacc.sroa.28.0)
  %595 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat123, <16 x float> %f16129, <16 x float> %pacc.sroa.44.0)
  %596 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat125, <16 x float> %f16129, <16 x float> %pacc.sroa.60.0)
  %597 = add nsw i32 %kpv115, 1
  br label %kpv

exit114:                                          ; preds = %kpv
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
  %splat131 = shufflevector <16 x float> %599, <16 x float> poison, <16 x i32> zeroinitializer
  %600 = getelementptr float, ptr %accs, i64 64
  %601 = load <16 x float>, ptr %600, align 64
  %602 = fmul <16 x float> %601, %splat131
  %603 = getelementptr float, ptr %accs, i64 80
  %604 = load <16 x float>, ptr %603, align 64
  %605 = fmul <16 x float> %604, %splat131
  %606 = getelementptr float, ptr %accs, i64 96
  %607 = load <16 x float>, ptr %606, align 64
  %608 = fmul <16 x float> %607, %splat131
  %609 = getelementptr float, ptr %accs, i64 112
  %610 = load <16 x float>, ptr %609, align 64
  %611 = fmul <16 x float> %610, %splat131
  %612 = load float, ptr %497, align 4
  %613 = insertelement <16 x float> poison, float %612, i32 0
  %splat132 = shufflevector <16 x float> %613, <16 x float> poison, <16 x i32> zeroinitializer
  %614 = getelementptr float, ptr %accs, i64 192
  %615 = load <16 x float>, ptr %614, align 64
  %616 = fmul <16 x float> %615, %splat132
  %617 = getelementptr float, ptr %accs, i64 208
  %618 = load <16 x float>, ptr %617, align 64
  %619 = fmul <16 x float> %618, %splat132
  %620 = getelementptr float, ptr %accs, i64 224
  %621 = load <16 x float>, ptr %620, align 64
  %622 = fmul <16 x float> %621, %splat132
  %623 = getelementptr float, ptr %accs, i64 240
  %624 = load <16 x float>, ptr %623, align 64
  %625 = fmul <16 x float> %624, %splat132
  %626 = load float, ptr %512, align 4
  %627 = insertelement <16 x float> poison, float %626, i32 0
  %splat133 = shufflevector <16 x float> %627, <16 x float> poison, <16 x i32> zeroinitializer
  %628 = getelementptr float, ptr %accs, i64 320
  %629 = load <16 x float>, ptr %628, align 64
  %630 = fmul <16 x float> %629, %splat133
  %631 = getelementptr float, ptr %accs, i64 336
  %632 = load <16 x float>, ptr %631, align 64
  %633 = fmul <16 x float> %632, %splat133
  %634 = getelementptr float, ptr %accs, i64 352
  %635 = load <16 x float>, ptr %634, align 64
  %636 = fmul <16 x float> %635, %splat133
  %637 = getelementptr float, ptr %accs, i64 368
  %638 = load <16 x float>, ptr %637, align 64
  %639 = fmul <16 x float> %638, %splat133
  %640 = load float, ptr %527, align 4
  %641 = insertelement <16 x float> poison, float %640, i32 0
  %splat134 = shufflevector <16 x float> %641, <16 x float> poison, <16 x i32> zeroinitializer
  %642 = getelementptr float, ptr %accs, i64 448
  %643 = load <16 x float>, ptr %642, align 64
  %644 = fmul <16 x float> %643, %splat134
  %645 = getelementptr float, ptr %accs, i64 464
  %646 = load <16 x float>, ptr %645, align 64
  %647 = fmul <16 x float> %646, %splat134
  %648 = getelementptr float, ptr %accs, i64 480
  %649 = load <16 x float>, ptr %648, align 64
  %650 = fmul <16 x float> %649, %splat134
  %651 = getelementptr float, ptr %accs, i64 496
  %652 = load <16 x float>, ptr %651, align 64
  %653 = fmul <16 x float> %652, %splat134
  br label %kpv135

kpv135:                                           ; preds = %body136, %exit114
  %pacc130.sroa.60.0 = phi <16 x float> [ %653, %exit114 ], [ %711, %body136 ]
  %pacc130.sroa.56.0 = phi <16 x float> [ %650, %exit114 ], [ %705, %body136 ]
  %pacc130.sroa.52.0 = phi <16 x float> [ %647, %exit114 ], [ %699, %body136 ]
  %pacc130.sroa.48.0 = phi <16 x float> [ %644, %exit114 ], [ %693, %body136 ]
  %pacc130.sroa.44.0 = phi <16 x float> [ %639, %exit114 ], [ %710, %body136 ]
  %pacc130.sroa.40.0 = phi <16 x float> [ %636, %exit114 ], [ %704, %body136 ]
  %pacc130.sroa.36.0 = phi <16 x float> [ %633, %exit114 ], [ %698, %body136 ]
  %pacc130.sroa.32.0 = phi <16 x float> [ %630, %exit114 ], [ %692, %body136 ]
  %pacc130.sroa.28.0 = phi <16 x float> [ %625, %exit114 ], [ %709, %body136 ]
  %pacc130.sroa.24.0 = phi <16 x float> [ %622, %exit114 ], [ %703, %body136 ]
  %pacc130.sroa.20.0 = phi <16 x float> [ %619, %exit114 ], [ %697, %body136 ]
  %pacc130.sroa.16.0 = phi <16 x float> [ %616, %exit114 ], [ %691, %body136 ]
  %pacc130.sroa.12.0 = phi <16 x float> [ %611, %exit114 ], [ %708, %body136 ]
  %pacc130.sroa.8.0 = phi <16 x float> [ %608, %exit114 ], [ %702, %body136 ]
  %pacc130.sroa.4.0 = phi <16 x float> [ %605, %exit114 ], [ %696, %body136 ]
  %pacc130.sroa.0.0 = phi <16 x float> [ %602, %exit114 ], [ %690, %body136 ]
  %kpv139 = phi i32 [ 0, %exit114 ], [ %712, %body136 ]
  %654 = icmp slt i32 %kpv139, %483
  br i1 %654, label %body136, label %exit138

body136:                                          ; preds = %kpv135
  %655 = add i32 %kblock15, %kpv139
  %656 = sext i32 %655 to i64
  %657 = mul i64 %656, 8
  %row140 = add i64 %23, %657
  %658 = mul i64 %row140, 256
  %659 = getelementptr i8, ptr %25, i64 %658
  %660 = add i32 %655, 16
  %661 = call i32 @llvm.smin.i32(i32 %660, i32 %k_last)
  %662 = sext i32 %661 to i64
  %663 = mul i64 %662, 8
  %row141 = add i64 %23, %663
  %664 = mul i64 %row141, 256
  %665 = getelementptr i8, ptr %25, i64 %664
  %666 = getelementptr i8, ptr %665, i64 128
  call void @llvm.prefetch.p0(ptr %666, i32 0, i32 3, i32 1)
  %667 = getelementptr i8, ptr %666, i64 64
  call void @llvm.prefetch.p0(ptr %667, i32 0, i32 3, i32 1)
  %668 = add i32 %75, %kpv139
  %669 = call i32 @llvm.smin.i32(i32 %668, i32 %k_last)
  %670 = sext i32 %669 to i64
  %671 = mul i64 %670, 8
  %row142 = add i64 %23, %671
  %672 = mul i64 %row142, 256
  %673 = getelementptr i8, ptr %25, i64 %672
  %674 = getelementptr i8, ptr %673, i64 128
  call void @llvm.prefetch.p0(ptr %674, i32 0, i32 2, i32 1)
  %675 = getelementptr i8, ptr %674, i64 64
  call void @llvm.prefetch.p0(ptr %675, i32 0, i32 2, i32 1)
  %676 = sext i32 %kpv139 to i64
  %677 = getelementptr float, ptr %pbuf, i64 %676
  %p143 = load float, ptr %677, align 4
  %678 = insertelement <16 x float> poison, float %p143, i32 0
  %splat144 = shufflevector <16 x float> %678, <16 x float> poison, <16 x i32> zeroinitializer
  %679 = add i64 64, %676
  %680 = getelementptr float, ptr %pbuf, i64 %679
  %p145 = load float, ptr %680, align 4
  %681 = insertelement <16 x float> poison, float %p145, i32 0
  %splat146 = shufflevector <16 x float> %681, <16 x float> poison, <16 x i32> zeroinitializer
  %682 = add i64 128, %676
  %683 = getelementptr float, ptr %pbuf, i64 %682
  %p147 = load float, ptr %683, align 4
  %684 = insertelement <16 x float> poison, float %p147, i32 0
  %splat148 = shufflevector <16 x float> %684, <16 x float> poison, <16 x i32> zeroinitializer
  %685 = add i64 192, %676
  %686 = getelementptr float, ptr %pbuf, i64 %685
  %p149 = load float, ptr %686, align 4
  %687 = insertelement <16 x float> poison, float %p149, i32 0
  %splat150 = shufflevector <16 x float> %687, <16 x float> poison, <16 x i32> zeroinitializer
  %688 = getelementptr i8, ptr %659, i64 128
  %689 = load <16 x half>, ptr %688, align 2
  %f16151 = fpext <16 x half> %689 to <16 x float>
  %690 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat144, <16 x float> %f16151, <16 x float> %pacc130.sroa.0.0)
  %691 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat146, <16 x float> %f16151, <16 x float> %pacc130.sroa.16.0)
  %692 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat148, <16 x float> %f16151, <16 x float> %pacc130.sroa.32.0)
  %693 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat150, <16 x float> %f16151, <16 x float> %pacc130.sroa.48.0)
  %694 = getelementptr i8, ptr %659, i64 160
  %695 = load <16 x half>, ptr %694, align 2
  %f16152 = fpext <16 x half> %695 to <16 x float>
  %696 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat144, <16 x float> %f16152, <16 x float> %pacc130.sroa.4.0)
  %697 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat146, <16 x float> %f16152, <16 x float> %pacc130.sroa.20.0)
  %698 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat148, <16 x float> %f16152, <16 x float> %pacc130.sroa.36.0)
  %699 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat150, <16 x float> %f16152, <16 x float> %pacc130.sroa.52.0)
  %700 = getelementptr i8, ptr %659, i64 192
  %701 = load <16 x half>, ptr %700, align 2
  %f16153 = fpext <16 x half> %701 to <16 x float>
  %702 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat144, <16 x float> %f16153, <16 x float> %pacc130.sroa.8.0)
  %703 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat146, <16 x float> %f16153, <16 x float> %pacc130.sroa.24.0)
  %704 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat148, <16 x float> %f16153, <16 x float> %pacc130.sroa.40.0)
  %705 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat150, <16 x float> %f16153, <16 x float> %pacc130.sroa.56.0)
  %706 = getelementptr i8, ptr %659, i64 224
  %707 = load <16 x half>, ptr %706, align 2
  %f16154 = fpext <16 x half> %707 to <16 x float>
  %708 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat144, <16 x float> %f16154, <16 x float> %pacc130.sroa.12.0)
  %709 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat146, <16 x float> %f16154, <16 x float> %pacc130.sroa.28.0)
  %710 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat148, <16 x float> %f16154, <16 x float> %pacc130.sroa.44.0)
  %711 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat150, <16 x float> %f16154, <16 x float> %pacc130.sroa.60.0)
  %712 = add nsw i32 %kpv139, 1
  br label %kpv135

exit138:                                          ; preds = %kpv135
  store <16 x float> %pacc130.sroa.0.0, ptr %600, align 64
  store <16 x float> %pacc130.sroa.4.0, ptr %603, align 64
  store <16 x float> %pacc130.sroa.8.0, ptr %606, align 64
  store <16 x float> %pacc130.sroa.12.0, ptr %609, align 64
  store <16 x float> %pacc130.sroa.16.0, ptr %614, align 64
  store <16 x float> %pacc130.sroa.20.0, ptr %617, align 64
  store <16 x float> %pacc130.sroa.24.0, ptr %620, align 64
  store <16 x float> %pacc130.sroa.28.0, ptr %623, align 64
  store <16 x float> %pacc130.sroa.32.0, ptr %628, align 64
  store <16 x float> %pacc130.sroa.36.0, ptr %631, align 64
  store <16 x float> %pacc130.sroa.40.0, ptr %634, align 64
  store <16 x float> %pacc130.sroa.44.0, ptr %637, align 64
  store <16 x float> %pacc130.sroa.48.0, ptr %642, align 64
  store <16 x float> %pacc130.sroa.52.0, ptr %645, align 64
  store <16 x float> %pacc130.sroa.56.0, ptr %648, align 64
  store <16 x float> %pacc130.sroa.60.0, ptr %651, align 64
  %713 = add nsw i32 %kblock15, 64
  br label %kblock

orow155:                                          ; preds = %kblock, %written
  %orow159 = phi i32 [ %737, %written ], [ 0, %kblock ]
  %714 = icmp slt i32 %orow159, %nrows
  br i1 %714, label %body156, label %done

body156:                                          ; preds = %orow155
  %715 = sext i32 %orow159 to i64
  %716 = getelementptr float, ptr %ms, i64 %715
  %m160 = load float, ptr %716, align 4
  %717 = getelementptr float, ptr %ls, i64 %715
  %l161 = load float, ptr %717, align 4
  %718 = mul i64 %715, 128
  %719 = getelementptr float, ptr %accs, i64 %718
  %720 = icmp ne ptr %part, null
  br i1 %720, label %partial, label %final

partial:                                          ; preds = %body156
  %721 = sext i32 %nrows to i64
  %722 = getelementptr float, ptr %part, i64 %718
  br label %chunk162

final:                                            ; preds = %body156
  %723 = sdiv i32 %orow159, %nh
  %qi167 = add i32 %q_begin, %723
  %724 = srem i32 %orow159, %nh
  %725 = add i32 %h_begin, %724
  %726 = mul i32 %kv_head, 4
  %hq168 = add i32 %726, %725
  %727 = sext i32 %qi167 to i64
  %728 = add i64 %q_row0, %727
  %729 = mul i64 %728, 32
  %730 = sext i32 %hq168 to i64
  %orow169 = add i64 %729, %730
  %731 = fcmp oeq float %l161, 0.000000e+00
  %732 = fdiv float 1.000000e+00, %l161
  %733 = select i1 %731, float 0.000000e+00, float %732
  %734 = mul i64 %orow169, 512
  %735 = getelementptr i8, ptr %out, i64 %734
  %736 = insertelement <16 x float> poison, float %733, i32 0
  %splat170 = shufflevector <16 x float> %736, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk171

written:                                          ; preds = %chunk171, %exit165
  %737 = add nsw i32 %orow159, 1
  br label %orow155

chunk162:                                         ; preds = %body163, %partial
  %chunk166 = phi i64 [ 0, %partial ], [ %743, %body163 ]
  %738 = icmp slt i64 %chunk166, 8
  br i1 %738, label %body163, label %exit165

body163:                                          ; preds = %chunk162
  %739 = getelementptr <16 x float>, ptr %719, i64 %chunk166
  %740 = load <16 x float>, ptr %739, align 64
  %741 = mul i64 %chunk166, 64
  %742 = getelementptr i8, ptr %722, i64 %741
  store <16 x float> %740, ptr %742, align 4
  %743 = add nsw i64 %chunk166, 1
  br label %chunk162

exit165:                                          ; preds = %chunk162
  %744 = mul i64 %721, 128
  %745 = add i64 %744, %715
  %746 = getelementptr float, ptr %part, i64 %745
  store float %m160, ptr %746, align 4
  %747 = add i64 %745, %721
  %748 = getelementptr float, ptr %part, i64 %747
  store float %l161, ptr %748, align 4
  br label %written

chunk171:                                         ; preds = %body172, %final
  %chunk175 = phi i64 [ 0, %final ], [ %755, %body172 ]
  %749 = icmp slt i64 %chunk175, 8
  br i1 %749, label %body172, label %written

body172:                                          ; preds = %chunk171
  %750 = getelementptr <16 x float>, ptr %719, i64 %chunk175
  %751 = load <16 x float>, ptr %750, align 64
  %752 = fmul <16 x float> %751, %splat170
  %753 = mul i64 %chunk175, 64
  %754 = getelementptr i8, ptr %735, i64 %753
  store <16 x float> %752, ptr %754, align 4
  %755 = add nsw i64 %chunk175, 1
  br label %chunk171
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

common.ret:                                       ; preds = %orow145, %rows, %one_query
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
  %90 = sext i32 %89 to i64
  %91 = getelementptr i32, ptr %lims, i64 %90
  %fact = load i32, ptr %91, align 4
  %k_last = sub i32 %fact, 1
  br label %ktile

ktile:                                            ; preds = %exit49, %exit14
  %ktile19 = phi i32 [ %k_begin, %exit14 ], [ %208, %exit49 ]
  %92 = icmp slt i32 %ktile19, %fact
  br i1 %92, label %body16, label %exit18

body16:                                           ; preds = %ktile
  %93 = sub i32 %fact, %ktile19
  %94 = call i32 @llvm.smin.i32(i32 48, i32 %93)
  %95 = add i32 %ktile19, %94
  %96 = mul i32 %kv_head, 4
  %hq20 = add i32 %96, %h_begin
  %97 = sub i32 %nh, 1
  %98 = sdiv i32 %89, %nh
  %99 = add i32 %q_begin, %98
  %100 = add i32 %94, 11
  %101 = sdiv i32 %100, 12
  %102 = mul i32 %101, 12
  br label %kpack

exit18:                                           ; preds = %ktile
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
  br label %orow145

kpack:                                            ; preds = %body23, %body16
  %kpack26 = phi i32 [ 0, %body16 ], [ %165, %body23 ]
  %133 = icmp slt i32 %kpack26, %102
  br i1 %133, label %body23, label %vpack

body23:                                           ; preds = %kpack
  %134 = add i32 %ktile19, %kpack26
  %135 = call i32 @llvm.smin.i32(i32 %134, i32 %k_last)
  %136 = sext i32 %135 to i64
  %137 = mul i64 %136, 8
  %row = add i64 %23, %137
  %138 = mul i64 %row, 256
  %139 = getelementptr i8, ptr %22, i64 %138
  %140 = sext i32 %kpack26 to i64
  %141 = mul i64 %140, 128
  %142 = getelementptr i32, ptr %kbuf, i64 %141
  %143 = load <16 x half>, ptr %139, align 2
  %f16 = fpext <16 x half> %143 to <16 x float>
  store <16 x float> %f16, ptr %142, align 64
  %144 = getelementptr i8, ptr %139, i64 32
  %145 = load <16 x half>, ptr %144, align 2
  %f1627 = fpext <16 x half> %145 to <16 x float>
  %146 = getelementptr i8, ptr %142, i64 64
  store <16 x float> %f1627, ptr %146, align 64
  %147 = getelementptr i8, ptr %139, i64 64
  %148 = load <16 x half>, ptr %147, align 2
  %f1628 = fpext <16 x half> %148 to <16 x float>
  %149 = getelementptr i8, ptr %142, i64 128
  store <16 x float> %f1628, ptr %149, align 64
  %150 = getelementptr i8, ptr %139, i64 96
  %151 = load <16 x half>, ptr %150, align 2
  %f1629 = fpext <16 x half> %151 to <16 x float>
  %152 = getelementptr i8, ptr %142, i64 192
  store <16 x float> %f1629, ptr %152, align 64
  %153 = getelementptr i8, ptr %139, i64 128
  %154 = load <16 x half>, ptr %153, align 2
  %f1630 = fpext <16 x half> %154 to <16 x float>
  %155 = getelementptr i8, ptr %142, i64 256
  store <16 x float> %f1630, ptr %155, align 64
  %156 = getelementptr i8, ptr %139, i64 160
  %157 = load <16 x half>, ptr %156, align 2
  %f1631 = fpext <16 x half> %157 to <16 x float>
  %158 = getelementptr i8, ptr %142, i64 320
  store <16 x float> %f1631, ptr %158, align 64
  %159 = getelementptr i8, ptr %139, i64 192
  %160 = load <16 x half>, ptr %159, align 2
  %f1632 = fpext <16 x half> %160 to <16 x float>
  %161 = getelementptr i8, ptr %142, i64 384
  store <16 x float> %f1632, ptr %161, align 64
  %162 = getelementptr i8, ptr %139, i64 224
  %163 = load <16 x half>, ptr %162, align 2
  %f1633 = fpext <16 x half> %163 to <16 x float>
  %164 = getelementptr i8, ptr %142, i64 448
  store <16 x float> %f1633, ptr %164, align 64
  %165 = add nsw i32 %kpack26, 1
  br label %kpack

vpack:                                            ; preds = %kpack, %body34
  %vpack37 = phi i32 [ %197, %body34 ], [ 0, %kpack ]
  %166 = icmp slt i32 %vpack37, %94
  br i1 %166, label %body34, label %exit36

body34:                                           ; preds = %vpack
  %167 = add i32 %ktile19, %vpack37
  %168 = sext i32 %167 to i64
  %169 = mul i64 %168, 8
  %row38 = add i64 %23, %169
  %170 = mul i64 %row38, 256
  %171 = getelementptr i8, ptr %25, i64 %170
  %172 = sext i32 %vpack37 to i64
  %173 = mul i64 %172, 128
  %174 = getelementptr i32, ptr %vbuf, i64 %173
  %175 = load <16 x half>, ptr %171, align 2
  %f1639 = fpext <16 x half> %175 to <16 x float>
  store <16 x float> %f1639, ptr %174, align 64
  %176 = getelementptr i8, ptr %171, i64 32
  %177 = load <16 x half>, ptr %176, align 2
  %f1640 = fpext <16 x half> %177 to <16 x float>
  %178 = getelementptr i8, ptr %174, i64 64
  store <16 x float> %f1640, ptr %178, align 64
  %179 = getelementptr i8, ptr %171, i64 64
  %180 = load <16 x half>, ptr %179, align 2
  %f1641 = fpext <16 x half> %180 to <16 x float>
  %181 = getelementptr i8, ptr %174, i64 128
  store <16 x float> %f1641, ptr %181, align 64
  %182 = getelementptr i8, ptr %171, i64 96
  %183 = load <16 x half>, ptr %182, align 2
  %f1642 = fpext <16 x half> %183 to <16 x float>
  %184 = getelementptr i8, ptr %174, i64 192
  store <16 x float> %f1642, ptr %184, align 64
  %185 = getelementptr i8, ptr %171, i64 128
  %186 = load <16 x half>, ptr %185, align 2
  %f1643 = fpext <16 x half> %186 to <16 x float>
  %187 = getelementptr i8, ptr %174, i64 256
  store <16 x float> %f1643, ptr %187, align 64
  %188 = getelementptr i8, ptr %171, i64 160
  %189 = load <16 x half>, ptr %188, align 2
  %f1644 = fpext <16 x half> %189 to <16 x float>
  %190 = getelementptr i8, ptr %174, i64 320
  store <16 x float> %f1644, ptr %190, align 64
  %191 = getelementptr i8, ptr %171, i64 192
  %192 = load <16 x half>, ptr %191, align 2
  %f1645 = fpext <16 x half> %192 to <16 x float>
  %193 = getelementptr i8, ptr %174, i64 384
  store <16 x float> %f1645, ptr %193, align 64
  %194 = getelementptr i8, ptr %171, i64 224
  %195 = load <16 x half>, ptr %194, align 2
  %f1646 = fpext <16 x half> %195 to <16 x float>
  %196 = getelementptr i8, ptr %174, i64 448
  store <16 x float> %f1646, ptr %196, align 64
  %197 = add nsw i32 %vpack37, 1
  br label %vpack

exit36:                                           ; preds = %vpack
  %198 = add i32 %nrows, 31
  %nblk = sdiv i32 %198, 32
  br label %rblock

rblock:                                           ; preds = %join52, %exit36
  %rblock50 = phi i32 [ 0, %exit36 ], [ %226, %join52 ]
  %199 = icmp slt i32 %rblock50, %nblk
  br i1 %199, label %body47, label %exit49

body47:                                           ; preds = %rblock
  %200 = sext i32 %rblock50 to i64
  %201 = mul i32 %rblock50, 32
  %202 = add i32 %201, 31
  %203 = sext i32 %202 to i64
  %204 = getelementptr i32, ptr %lims, i64 %203
  %fact51 = load i32, ptr %204, align 4
  %205 = sub i32 %fact51, %ktile19
  %206 = call i32 @llvm.smin.i32(i32 %94, i32 %205)
  %207 = icmp sgt i32 %206, 0
  br i1 %207, label %rvisit, label %join52

exit49:                                           ; preds = %rblock
  %208 = add nsw i32 %ktile19, 48
  br label %ktile

rvisit:                                           ; preds = %body47
  %209 = mul i64 %200, 4096
  %210 = getelementptr i32, ptr %qt, i64 %209
  %211 = getelementptr i32, ptr %ot, i64 %209
  %212 = mul i64 %200, 2
  %213 = getelementptr <16 x float>, ptr %mv, i64 %212
  %214 = getelementptr <16 x float>, ptr %lv, i64 %212
  %215 = mul i64 %200, 32
  %216 = getelementptr i32, ptr %lims, i64 %215
  %217 = load <16 x i32>, ptr %216, align 64
  %218 = getelementptr i32, ptr %qpos, i64 %215
  %219 = load <16 x i32>, ptr %218, align 64
  %220 = insertelement <16 x i32> poison, i32 %seq, i32 0
  %splat53 = shufflevector <16 x i32> %220, <16 x i32> poison, <16 x i32> zeroinitializer
  %221 = add i64 %215, 16
  %222 = getelementptr i32, ptr %lims, i64 %221
  %223 = load <16 x i32>, ptr %222, align 64
  %224 = getelementptr i32, ptr %qpos, i64 %221
  %225 = load <16 x i32>, ptr %224, align 64
  br label %sblock

join52:                                           ; preds = %pvblock, %body47
  %226 = add nsw i32 %rblock50, 1
  br label %rblock

sblock:                                           ; preds = %exit61, %rvisit
  %sblock58 = phi i32 [ 0, %rvisit ], [ %310, %exit61 ]
  %227 = icmp slt i32 %sblock58, %206
  br i1 %227, label %body55, label %smask

body55:                                           ; preds = %sblock
  %228 = sext i32 %sblock58 to i64
  %229 = mul i64 %228, 128
  %230 = getelementptr i32, ptr %kbuf, i64 %229
  br label %sdim

sdim:                                             ; preds = %body59, %body55
  %sacc.sroa.92.0 = phi <16 x float> [ zeroinitializer, %body55 ], [ %283, %body59 ]
  %sacc.sroa.88.0 = phi <16 x float> [ zeroinitializer, %body55 ], [ %282, %body59 ]
  %sacc.sroa.84.0 = phi <16 x float> [ zeroinitializer, %body55 ], [ %279, %body59 ]
  %sacc.sroa.80.0 = phi <16 x float> [ zeroinitializer, %body55 ], [ %278, %body59 ]
  %sacc.sroa.76.0 = phi <16 x float> [ zeroinitializer, %body55 ], [ %275, %body59 ]
  %sacc.sroa.72.0 = phi <16 x float> [ zeroinitializer, %body55 ], [ %274, %body59 ]
  %sacc.sroa.68.0 = phi <16 x float> [ zeroinitializer, %body55 ], [ %271, %body59 ]
  %sacc.sroa.64.0 = phi <16 x float> [ zeroinitializer, %body55 ], [ %270, %body59 ]
  %sacc.sroa.60.0 = phi <16 x float> [ zeroinitializer, %body55 ], [ %267, %body59 ]
  %sacc.sroa.56.0 = phi <16 x float> [ zeroinitializer, %body55 ], [ %266, %body59 ]
  %sacc.sroa.52.0 = phi <16 x float> [ zeroinitializer, %body55 ], [ %263, %body59 ]
  %sacc.sroa.48.0 = phi <16 x float> [ zeroinitializer, %body55 ], [ %262, %body59 ]
  %sacc.sroa.44.0 = phi <16 x float> [ zeroinitializer, %body55 ], [ %259, %body59 ]
  %sacc.sroa.40.0 = phi <16 x float> [ zeroinitializer, %body55 ], [ %258, %body59 ]
  %sacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %body55 ], [ %255, %body59 ]
  %sacc.sroa.32.0 = phi <16 x float> [ zeroinitializer, %body55 ], [ %254, %body59 ]
  %sacc.sroa.28.0 = phi <16 x float> [ zeroinitializer, %body55 ], [ %251, %body59 ]
  %sacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %body55 ], [ %250, %body59 ]
  %sacc.sroa.20.0 = phi <16 x float> [ zeroinitializer, %body55 ], [ %247, %body59 ]
  %sacc.sroa.16.0 = phi <16 x float> [ zeroinitializer, %body55 ], [ %246, %body59 ]
  %sacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %body55 ], [ %243, %body59 ]
  %sacc.sroa.8.0 = phi <16 x float> [ zeroinitializer, %body55 ], [ %242, %body59 ]
  %sacc.sroa.4.0 = phi <16 x float> [ zeroinitializer, %body55 ], [ %239, %body59 ]
  %sacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %body55 ], [ %238, %body59 ]
  %sdim62 = phi i32 [ 0, %body55 ], [ %284, %body59 ]
  %231 = icmp slt i32 %sdim62, 128
  br i1 %231, label %body59, label %exit61

body59:                                           ; preds = %sdim
  %232 = sext i32 %sdim62 to i64
  %233 = mul i64 %232, 32
  %234 = getelementptr i32, ptr %210, i64 %233
  %qt63 = load <16 x float>, ptr %234, align 64
  %235 = getelementptr i32, ptr %234, i64 16
  %qt64 = load <16 x float>, ptr %235, align 64
  %236 = getelementptr i32, ptr %230, i64 %232
  %k = load float, ptr %236, align 4
  %237 = insertelement <16 x float> poison, float %k, i32 0
  %splat65 = shufflevector <16 x float> %237, <16 x float> poison, <16 x i32> zeroinitializer
  %238 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt63, <16 x float> %splat65, <16 x float> %sacc.sroa.0.0)
  %239 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt64, <16 x float> %splat65, <16 x float> %sacc.sroa.4.0)
  %240 = getelementptr i32, ptr %236, i64 128
  %k66 = load float, ptr %240, align 4
  %241 = insertelement <16 x float> poison, float %k66, i32 0
  %splat67 = shufflevector <16 x float> %241, <16 x float> poison, <16 x i32> zeroinitializer
  %242 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt63, <16 x float> %splat67, <16 x float> %sacc.sroa.8.0)
  %243 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt64, <16 x float> %splat67, <16 x float> %sacc.sroa.12.0)
  %244 = getelementptr i32, ptr %236, i64 256
  %k68 = load float, ptr %244, align 4
  %245 = insertelement <16 x float> poison, float %k68, i32 0
  %splat69 = shufflevector <16 x float> %245, <16 x float> poison, <16 x i32> zeroinitializer
  %246 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt63, <16 x float> %splat69, <16 x float> %sacc.sroa.16.0)
  %247 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt64, <16 x float> %splat69, <16 x float> %sacc.sroa.20.0)
  %248 = getelementptr i32, ptr %236, i64 384
  %k70 = load float, ptr %248, align 4
  %249 = insertelement <16 x float> poison, float %k70, i32 0
  %splat71 = shufflevector <16 x float> %249, <16 x float> poison, <16 x i32> zeroinitializer
  %250 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt63, <16 x float> %splat71, <16 x float> %sacc.sroa.24.0)
  %251 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt64, <16 x float> %splat71, <16 x float> %sacc.sroa.28.0)
  %252 = getelementptr i32, ptr %236, i64 512
  %k72 = load float, ptr %252, align 4
  %253 = insertelement <16 x float> poison, float %k72, i32 0
  %splat73 = shufflevector <16 x float> %253, <16 x float> poison, <16 x i32> zeroinitializer
  %254 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt63, <16 x float> %splat73, <16 x float> %sacc.sroa.32.0)
  %255 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt64, <16 x float> %splat73, <16 x float> %sacc.sroa.36.0)
  %256 = getelementptr i32, ptr %236, i64 640
  %k74 = load float, ptr %256, align 4
  %257 = insertelement <16 x float> poison, float %k74, i32 0
  %splat75 = shufflevector <16 x float> %257, <16 x float> poison, <16 x i32> zeroinitializer
  %258 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt63, <16 x float> %splat75, <16 x float> %sacc.sroa.40.0)
  %259 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt64, <16 x float> %splat75, <16 x float> %sacc.sroa.44.0)
  %260 = getelementptr i32, ptr %236, i64 768
  %k76 = load float, ptr %260, align 4
  %261 = insertelement <16 x float> poison, float %k76, i32 0
  %splat77 = shufflevector <16 x float> %261, <16 x float> poison, <16 x i32> zeroinitializer
  %262 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt63, <16 x float> %splat77, <16 x float> %sacc.sroa.48.0)
  %263 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt64, <16 x float> %splat77, <16 x float> %sacc.sroa.52.0)
  %264 = getelementptr i32, ptr %236, i64 896
  %k78 = load float, ptr %264, align 4
  %265 = insertelement <16 x float> poison, float %k78, i32 0
  %splat79 = shufflevector <16 x float> %265, <16 x float> poison, <16 x i32> zeroinitializer
  %266 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt63, <16 x float> %splat79, <16 x float> %sacc.sroa.56.0)
  %267 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt64, <16 x float> %splat79, <16 x float> %sacc.sroa.60.0)
  %268 = getelementptr i32, ptr %236, i64 1024
  %k80 = load float, ptr %268, align 4
  %269 = insertelement <16 x float> poison, float %k80, i32 0
  %splat81 = shufflevector <16 x float> %269, <16 x float> poison, <16 x i32> zeroinitializer
  %270 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt63, <16 x float> %splat81, <16 x float> %sacc.sroa.64.0)
  %271 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt64, <16 x float> %splat81, <16 x float> %sacc.sroa.68.0)
  %272 = getelementptr i32, ptr %236, i64 1152
  %k82 = load float, ptr %272, align 4
  %273 = insertelement <16 x float> poison, float %k82, i32 0
  %splat83 = shufflevector <16 x float> %273, <16 x float> poison, <16 x i32> zeroinitializer
  %274 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt63, <16 x float> %splat83, <16 x float> %sacc.sroa.72.0)
  %275 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt64, <16 x float> %splat83, <16 x float> %sacc.sroa.76.0)
  %276 = getelementptr i32, ptr %236, i64 1280
  %k84 = load float, ptr %276, align 4
  %277 = insertelement <16 x float> poison, float %k84, i32 0
  %splat85 = shufflevector <16 x float> %277, <16 x float> poison, <16 x i32> zeroinitializer
  %278 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt63, <16 x float> %splat85, <16 x float> %sacc.sroa.80.0)
  %279 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt64, <16 x float> %splat85, <16 x float> %sacc.sroa.84.0)
  %280 = getelementptr i32, ptr %236, i64 1408
  %k86 = load float, ptr %280, align 4
  %281 = insertelement <16 x float> poison, float %k86, i32 0
  %splat87 = shufflevector <16 x float> %281, <16 x float> poison, <16 x i32> zeroinitializer
  %282 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt63, <16 x float> %splat87, <16 x float> %sacc.sroa.88.0)
  %283 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt64, <16 x float> %splat87, <16 x float> %sacc.sroa.92.0)
  %284 = add nsw i32 %sdim62, 1
  br label %sdim

exit61:                                           ; preds = %sdim
  %285 = mul i64 %228, 32
  %286 = getelementptr i32, ptr %st, i64 %285
  store <16 x float> %sacc.sroa.0.0, ptr %286, align 64
  %287 = getelementptr i32, ptr %286, i64 16
  store <16 x float> %sacc.sroa.4.0, ptr %287, align 64
  %288 = getelementptr i32, ptr %286, i64 32
  store <16 x float> %sacc.sroa.8.0, ptr %288, align 64
  %289 = getelementptr i32, ptr %286, i64 48
  store <16 x float> %sacc.sroa.12.0, ptr %289, align 64
  %290 = getelementptr i32, ptr %286, i64 64
  store <16 x float> %sacc.sroa.16.0, ptr %290, align 64
  %291 = getelementptr i32, ptr %286, i64 80
  store <16 x float> %sacc.sroa.20.0, ptr %291, align 64
  %292 = getelementptr i32, ptr %286, i64 96
  store <16 x float> %sacc.sroa.24.0, ptr %292, align 64
  %293 = getelementptr i32, ptr %286, i64 112
  store <16 x float> %sacc.sroa.28.0, ptr %293, align 64
  %294 = getelementptr i32, ptr %286, i64 128
  store <16 x float> %sacc.sroa.32.0, ptr %294, align 64
  %295 = getelementptr i32, ptr %286, i64 144
  store <16 x float> %sacc.sroa.36.0, ptr %295, align 64
  %296 = getelementptr i32, ptr %286, i64 160
  store <16 x float> %sacc.sroa.40.0, ptr %296, align 64
  %297 = getelementptr i32, ptr %286, i64 176
  store <16 x float> %sacc.sroa.44.0, ptr %297, align 64
  %298 = getelementptr i32, ptr %286, i64 192
  store <16 x float> %sacc.sroa.48.0, ptr %298, align 64
  %299 = getelementptr i32, ptr %286, i64 208
  store <16 x float> %sacc.sroa.52.0, ptr %299, align 64
  %300 = getelementptr i32, ptr %286, i64 224
  store <16 x float> %sacc.sroa.56.0, ptr %300, align 64
  %301 = getelementptr i32, ptr %286, i64 240
  store <16 x float> %sacc.sroa.60.0, ptr %301, align 64
  %302 = getelementptr i32, ptr %286, i64 256
  store <16 x float> %sacc.sroa.64.0, ptr %302, align 64
  %303 = getelementptr i32, ptr %286, i64 272
  store <16 x float> %sacc.sroa.68.0, ptr %303, align 64
  %304 = getelementptr i32, ptr %286, i64 288
  store <16 x float> %sacc.sroa.72.0, ptr %304, align 64
  %305 = getelementptr i32, ptr %286, i64 304
  store <16 x float> %sacc.sroa.76.0, ptr %305, align 64
  %306 = getelementptr i32, ptr %286, i64 320
  store <16 x float> %sacc.sroa.80.0, ptr %306, align 64
  %307 = getelementptr i32, ptr %286, i64 336
  store <16 x float> %sacc.sroa.84.0, ptr %307, align 64
  %308 = getelementptr i32, ptr %286, i64 352
  store <16 x float> %sacc.sroa.88.0, ptr %308, align 64
  %309 = getelementptr i32, ptr %286, i64 368
  store <16 x float> %sacc.sroa.92.0, ptr %309, align 64
  %310 = add nsw i32 %sblock58, 12
  br label %sblock

smask:                                            ; preds = %sblock, %body88
  %tmax.sroa.4.0 = phi <16 x float> [ %350, %body88 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %tmax.sroa.0.0 = phi <16 x float> [ %338, %body88 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %smask91 = phi i32 [ %351, %body88 ], [ 0, %sblock ]
  %311 = icmp slt i32 %smask91, %206
  br i1 %311, label %body88, label %exit90

body88:                                           ; preds = %smask
  %312 = add i32 %ktile19, %smask91
  %313 = insertelement <16 x i32> poison, i32 %312, i32 0
  %splat92 = shufflevector <16 x i32> %313, <16 x i32> poison, <16 x i32> zeroinitializer
  %314 = sext i32 %smask91 to i64
  %315 = mul i64 %314, 32
  %316 = getelementptr i32, ptr %st, i64 %315
  %s = load <16 x float>, ptr %316, align 64
  %317 = icmp slt <16 x i32> %splat92, %217
  %318 = insertelement <16 x i32> poison, i32 %batch, i32 0
  %splat93 = shufflevector <16 x i32> %318, <16 x i32> poison, <16 x i32> zeroinitializer
  %319 = sub <16 x i32> %splat93, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %320 = call <16 x i32> @llvm.smin.v16i32(<16 x i32> %splat53, <16 x i32> %319)
  %321 = call <16 x i32> @llvm.smax.v16i32(<16 x i32> %320, <16 x i32> zeroinitializer)
  %322 = call <16 x i32> @llvm.smin.v16i32(<16 x i32> %219, <16 x i32> <i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095>)
  %323 = call <16 x i32> @llvm.smax.v16i32(<16 x i32> %322, <16 x i32> zeroinitializer)
  %324 = sext <16 x i32> %321 to <16 x i64>
  %325 = sext <16 x i32> %323 to <16 x i64>
  %326 = mul <16 x i64> %324, <i64 4096, i64 4096, i64 4096, i64 4096, i64 4096, i64 4096, i64 4096, i64 4096, i64 4096, i64 4096, i64 4096, i64 4096, i64 4096, i64 4096, i64 4096, i64 4096>
  %327 = add <16 x i64> %326, %325
  %doc94 = getelementptr i32, ptr %doc, <16 x i64> %327
  %328 = call <16 x i32> @llvm.masked.gather.v16i32.v16p0(<16 x ptr> %doc94, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x i32> undef)
  %329 = call <16 x i32> @llvm.smin.v16i32(<16 x i32> %splat92, <16 x i32> <i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095>)
  %330 = call <16 x i32> @llvm.smax.v16i32(<16 x i32> %329, <16 x i32> zeroinitializer)
  %331 = sext <16 x i32> %330 to <16 x i64>
  %332 = add <16 x i64> %326, %331
  %333 = extractelement <16 x i64> %332, i32 0
  %334 = getelementptr i32, ptr %doc, i64 %333
  %doc96 = load i32, ptr %334, align 4
  %335 = insertelement <16 x i32> poison, i32 %doc96, i32 0
  %splat97 = shufflevector <16 x i32> %335, <16 x i32> poison, <16 x i32> zeroinitializer
  %336 = icmp eq <16 x i32> %328, %splat97
  %mask_expr = and <16 x i1> %317, %336
  %337 = select <16 x i1> %mask_expr, <16 x float> %s, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %337, ptr %316, align 64
  %338 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.0.0, <16 x float> %337)
  %339 = add i64 %315, 16
  %340 = getelementptr i32, ptr %st, i64 %339
  %s98 = load <16 x float>, ptr %340, align 64
  %341 = icmp slt <16 x i32> %splat92, %223
  %342 = call <16 x i32> @llvm.smin.v16i32(<16 x i32> %225, <16 x i32> <i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095, i32 4095>)
  %343 = call <16 x i32> @llvm.smax.v16i32(<16 x i32> %342, <16 x i32> zeroinitializer)
  %344 = sext <16 x i32> %343 to <16 x i64>
  %345 = add <16 x i64> %326, %344
  %doc100 = getelementptr i32, ptr %doc, <16 x i64> %345
  %346 = call <16 x i32> @llvm.masked.gather.v16i32.v16p0(<16 x ptr> %doc100, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x i32> undef)
  %doc102 = load i32, ptr %334, align 4
  %347 = insertelement <16 x i32> poison, i32 %doc102, i32 0
  %splat103 = shufflevector <16 x i32> %347, <16 x i32> poison, <16 x i32> zeroinitializer
  %348 = icmp eq <16 x i32> %346, %splat103
  %mask_expr104 = and <16 x i1> %341, %348
  %349 = select <16 x i1> %mask_expr104, <16 x float> %s98, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %349, ptr %340, align 64
  %350 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.4.0, <16 x float> %349)
  %351 = add nsw i32 %smask91, 1
  br label %smask

exit90:                                           ; preds = %smask
  %m = load <16 x float>, ptr %213, align 64
  %352 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m, <16 x float> %tmax.sroa.0.0)
  %353 = fcmp oeq <16 x float> %352, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse105 = select <16 x i1> %353, <16 x float> zeroinitializer, <16 x float> %352
  %354 = fsub <16 x float> %m, %muse105
  %355 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %354, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %356 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %355, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %357 = fadd <16 x float> %356, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %357, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %356, %n
  %358 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %359 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %358, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %360 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %359, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %361 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %360, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %362 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %361, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %363 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %362, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %364 = fptosi <16 x float> %n to <16 x i32>
  %365 = add <16 x i32> %364, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %366 = shl <16 x i32> %365, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %367 = bitcast <16 x i32> %366 to <16 x float>
  %exp2 = fmul <16 x float> %363, %367
  store <16 x float> %352, ptr %213, align 64
  %368 = getelementptr <16 x float>, ptr %213, i64 1
  %m106 = load <16 x float>, ptr %368, align 64
  %369 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m106, <16 x float> %tmax.sroa.4.0)
  %370 = fcmp oeq <16 x float> %369, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse107 = select <16 x i1> %370, <16 x float> zeroinitializer, <16 x float> %369
  %371 = fsub <16 x float> %m106, %muse107
  %372 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %371, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %373 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %372, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %374 = fadd <16 x float> %373, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n108 = fsub <16 x float> %374, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f109 = fsub <16 x float> %373, %n108
  %375 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f109, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %376 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %375, <16 x float> %f109, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %377 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %376, <16 x float> %f109, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %378 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %377, <16 x float> %f109, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %379 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %378, <16 x float> %f109, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %380 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %379, <16 x float> %f109, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %381 = fptosi <16 x float> %n108 to <16 x i32>
  %382 = add <16 x i32> %381, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %383 = shl <16 x i32> %382, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %384 = bitcast <16 x i32> %383 to <16 x float>
  %exp2110 = fmul <16 x float> %380, %384
  store <16 x float> %369, ptr %368, align 64
  br label %sexp

sexp:                                             ; preds = %body111, %exit90
  %lsum.sroa.4.0 = phi <16 x float> [ zeroinitializer, %exit90 ], [ %422, %body111 ]
  %lsum.sroa.0.0 = phi <16 x float> [ zeroinitializer, %exit90 ], [ %404, %body111 ]
  %sexp114 = phi i32 [ 0, %exit90 ], [ %423, %body111 ]
  %385 = icmp slt i32 %sexp114, %206
  br i1 %385, label %body111, label %exit113

body111:                                          ; preds = %sexp
  %386 = sext i32 %sexp114 to i64
  %387 = mul i64 %386, 32
  %388 = getelementptr i32, ptr %st, i64 %387
  %389 = load <16 x float>, ptr %388, align 64
  %390 = fsub <16 x float> %389, %muse105
  %391 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %390, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %392 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %391, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %393 = fadd <16 x float> %392, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n115 = fsub <16 x float> %393, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f116 = fsub <16 x float> %392, %n115
  %394 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f116, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %395 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %394, <16 x float> %f116, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %396 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %395, <16 x float> %f116, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %397 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %396, <16 x float> %f116, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %398 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %397, <16 x float> %f116, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %399 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %398, <16 x float> %f116, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %400 = fptosi <16 x float> %n115 to <16 x i32>
  %401 = add <16 x i32> %400, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %402 = shl <16 x i32> %401, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %403 = bitcast <16 x i32> %402 to <16 x float>
  %exp2117 = fmul <16 x float> %399, %403
  store <16 x float> %exp2117, ptr %388, align 64
  %404 = fadd <16 x float> %lsum.sroa.0.0, %exp2117
  %405 = add i64 %387, 16
  %406 = getelementptr i32, ptr %st, i64 %405
  %407 = load <16 x float>, ptr %406, align 64
  %408 = fsub <16 x float> %407, %muse107
  %409 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %408, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %410 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %409, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %411 = fadd <16 x float> %410, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n118 = fsub <16 x float> %411, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f119 = fsub <16 x float> %410, %n118
  %412 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f119, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %413 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %412, <16 x float> %f119, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %414 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %413, <16 x float> %f119, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %415 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %414, <16 x float> %f119, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %416 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %415, <16 x float> %f119, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %417 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %416, <16 x float> %f119, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %418 = fptosi <16 x float> %n118 to <16 x i32>
  %419 = add <16 x i32> %418, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %420 = shl <16 x i32> %419, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %421 = bitcast <16 x i32> %420 to <16 x float>
  %exp2120 = fmul <16 x float> %417, %421
  store <16 x float> %exp2120, ptr %406, align 64
  %422 = fadd <16 x float> %lsum.sroa.4.0, %exp2120
  %423 = add nsw i32 %sexp114, 1
  br label %sexp

exit113:                                          ; preds = %sexp
  %424 = load <16 x float>, ptr %214, align 64
  %425 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %424, <16 x float> %exp2, <16 x float> %lsum.sroa.0.0)
  store <16 x float> %425, ptr %214, align 64
  %426 = getelementptr <16 x float>, ptr %214, i64 1
  %427 = load <16 x float>, ptr %426, align 64
  %428 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %427, <16 x float> %exp2110, <16 x float> %lsum.sroa.4.0)
  store <16 x float> %428, ptr %426, align 64
  br label %pvblock

pvblock:                                          ; preds = %exit127, %exit113
  %pvblock124 = phi i32 [ 0, %exit113 ], [ %522, %exit127 ]
  %429 = icmp slt i32 %pvblock124, 16
  br i1 %429, label %body121, label %join52

body121:                                          ; preds = %pvblock
  %430 = mul i32 %pvblock124, 8
  %431 = sext i32 %430 to i64
  %432 = mul i64 %431, 32
  %433 = getelementptr i32, ptr %211, i64 %432
  %434 = load <16 x float>, ptr %433, align 64
  %435 = fmul <16 x float> %434, %exp2
  %436 = getelementptr i32, ptr %433, i64 16
  %437 = load <16 x float>, ptr %436, align 64
  %438 = fmul <16 x float> %437, %exp2110
  %439 = getelementptr i32, ptr %433, i64 32
  %440 = load <16 x float>, ptr %439, align 64
  %441 = fmul <16 x float> %440, %exp2
  %442 = getelementptr i32, ptr %433, i64 48
  %443 = load <16 x float>, ptr %442, align 64
  %444 = fmul <16 x float> %443, %exp2110
  %445 = getelementptr i32, ptr %433, i64 64
  %446 = load <16 x float>, ptr %445, align 64
  %447 = fmul <16 x float> %446, %exp2
  %448 = getelementptr i32, ptr %433, i64 80
  %449 = load <16 x float>, ptr %448, align 64
  %450 = fmul <16 x float> %449, %exp2110
  %451 = getelementptr i32, ptr %433, i64 96
  %452 = load <16 x float>, ptr %451, align 64
  %453 = fmul <16 x float> %452, %exp2
  %454 = getelementptr i32, ptr %433, i64 112
  %455 = load <16 x float>, ptr %454, align 64
  %456 = fmul <16 x float> %455, %exp2110
  %457 = getelementptr i32, ptr %433, i64 128
  %458 = load <16 x float>, ptr %457, align 64
  %459 = fmul <16 x float> %458, %exp2
  %460 = getelementptr i32, ptr %433, i64 144
  %461 = load <16 x float>, ptr %460, align 64
  %462 = fmul <16 x float> %461, %exp2110
  %463 = getelementptr i32, ptr %433, i64 160
  %464 = load <16 x float>, ptr %463, align 64
  %465 = fmul <16 x float> %464, %exp2
  %466 = getelementptr i32, ptr %433, i64 176
  %467 = load <16 x float>, ptr %466, align 64
  %468 = fmul <16 x float> %467, %exp2110
  %469 = getelementptr i32, ptr %433, i64 192
  %470 = load <16 x float>, ptr %469, align 64
  %471 = fmul <16 x float> %470, %exp2
  %472 = getelementptr i32, ptr %433, i64 208
  %473 = load <16 x float>, ptr %472, align 64
  %474 = fmul <16 x float> %473, %exp2110
  %475 = getelementptr i32, ptr %433, i64 224
  %476 = load <16 x float>, ptr %475, align 64
  %477 = fmul <16 x float> %476, %exp2
  %478 = getelementptr i32, ptr %433, i64 240
  %479 = load <16 x float>, ptr %478, align 64
  %480 = fmul <16 x float> %479, %exp2110
  br label %kpv

kpv:                                              ; preds = %body125, %body121
  %o.sroa.44.0 = phi <16 x float> [ %468, %body121 ], [ %512, %body125 ]
  %o.sroa.40.0 = phi <16 x float> [ %465, %body121 ], [ %511, %body125 ]
  %o.sroa.36.0 = phi <16 x float> [ %462, %body121 ], [ %508, %body125 ]
  %o.sroa.32.0 = phi <16 x float> [ %459, %body121 ], [ %507, %body125 ]
  %o.sroa.28.0 = phi <16 x float> [ %456, %body121 ], [ %504, %body125 ]
  %o.sroa.24.0 = phi <16 x float> [ %453, %body121 ], [ %503, %body125 ]
  %o.sroa.20.0 = phi <16 x float> [ %450, %body121 ], [ %500, %body125 ]
  %o.sroa.16.0 = phi <16 x float> [ %447, %body121 ], [ %499, %body125 ]
  %o.sroa.12.0 = phi <16 x float> [ %444, %body121 ], [ %496, %body125 ]
  %o.sroa.8.0 = phi <16 x float> [ %441, %body121 ], [ %495, %body125 ]
  %o.sroa.4.0 = phi <16 x float> [ %438, %body121 ], [ %492, %body125 ]
  %o.sroa.0.0 = phi <16 x float> [ %435, %body121 ], [ %491, %body125 ]
  %o.sroa.48.0 = phi <16 x float> [ %471, %body121 ], [ %515, %body125 ]
  %o.sroa.52.0 = phi <16 x float> [ %474, %body121 ], [ %516, %body125 ]
  %o.sroa.56.0 = phi <16 x float> [ %477, %body121 ], [ %519, %body125 ]
  %o.sroa.60.0 = phi <16 x float> [ %480, %body121 ], [ %520, %body125 ]
  %kpv128 = phi i32 [ 0, %body121 ], [ %521, %body125 ]
  %481 = icmp slt i32 %kpv128, %206
  br i1 %481, label %body125, label %exit127

body125:                                          ; preds = %kpv
  %482 = sext i32 %kpv128 to i64
  %483 = mul i64 %482, 32
  %484 = getelementptr i32, ptr %st, i64 %483
  %p = load <16 x float>, ptr %484, align 64
  %485 = add i64 %483, 16
  %486 = getelementptr i32, ptr %st, i64 %485
  %p129 = load <16 x float>, ptr %486, align 64
  %487 = mul i64 %482, 512
  %488 = getelementptr i8, ptr %vbuf, i64 %487
  %489 = getelementptr i32, ptr %488, i64 %431
  %v = load float, ptr %489, align 4
  %490 = insertelement <16 x float> poison, float %v, i32 0
  %splat130 = shufflevector <16 x float> %490, <16 x float> poison, <16 x i32> zeroinitializer
  %491 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat130, <16 x float> %o.sroa.0.0)
  %492 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p129, <16 x float> %splat130, <16 x float> %o.sroa.4.0)
  %493 = getelementptr i32, ptr %489, i64 1
  %v131 = load float, ptr %493, align 4
  %494 = insertelement <16 x float> poison, float %v131, i32 0
  %splat132 = shufflevector <16 x float> %494, <16 x float> poison, <16 x i32> zeroinitializer
  %495 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat132, <16 x float> %o.sroa.8.0)
  %496 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p129, <16 x float> %splat132, <16 x float> %o.sroa.12.0)
  %497 = getelementptr i32, ptr %489, i64 2
  %v133 = load float, ptr %497, align 4
  %498 = insertelement <16 x float> poison, float %v133, i32 0
  %splat134 = shufflevector <16 x float> %498, <16 x float> poison, <16 x i32> zeroinitializer
  %499 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat134, <16 x float> %o.sroa.16.0)
  %500 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p129, <16 x float> %splat134, <16 x float> %o.sroa.20.0)
  %501 = getelementptr i32, ptr %489, i64 3
  %v135 = load float, ptr %501, align 4
  %502 = insertelement <16 x float> poison, float %v135, i32 0
  %splat136 = shufflevector <16 x float> %502, <16 x float> poison, <16 x i32> zeroinitializer
  %503 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat136, <16 x float> %o.sroa.24.0)
  %504 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p129, <16 x float> %splat136, <16 x float> %o.sroa.28.0)
  %505 = getelementptr i32, ptr %489, i64 4
  %v137 = load float, ptr %505, align 4
  %506 = insertelement <16 x float> poison, float %v137, i32 0
  %splat138 = shufflevector <16 x float> %506, <16 x float> poison, <16 x i32> zeroinitializer
  %507 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat138, <16 x float> %o.sroa.32.0)
  %508 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p129, <16 x float> %splat138, <16 x float> %o.sroa.36.0)
  %509 = getelementptr i32, ptr %489, i64 5
  %v139 = load float, ptr %509, align 4
  %510 = insertelement <16 x float> poison, float %v139, i32 0
  %splat140 = shufflevector <16 x float> %510, <16 x float> poison, <16 x i32> zeroinitializer
  %511 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat140, <16 x float> %o.sroa.40.0)
  %512 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p129, <16 x float> %splat140, <16 x float> %o.sroa.44.0)
  %513 = getelementptr i32, ptr %489, i64 6
  %v141 = load float, ptr %513, align 4
  %514 = insertelement <16 x float> poison, float %v141, i32 0
  %splat142 = shufflevector <16 x float> %514, <16 x float> poison, <16 x i32> zeroinitializer
  %515 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat142, <16 x float> %o.sroa.48.0)
  %516 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p129, <16 x float> %splat142, <16 x float> %o.sroa.52.0)
  %517 = getelementptr i32, ptr %489, i64 7
  %v143 = load float, ptr %517, align 4
  %518 = insertelement <16 x float> poison, float %v143, i32 0
  %splat144 = shufflevector <16 x float> %518, <16 x float> poison, <16 x i32> zeroinitializer
  %519 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat144, <16 x float> %o.sroa.56.0)
  %520 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p129, <16 x float> %splat144, <16 x float> %o.sroa.60.0)
  %521 = add nsw i32 %kpv128, 1
  br label %kpv

exit127:                                          ; preds = %kpv
  store <16 x float> %o.sroa.0.0, ptr %433, align 64
  store <16 x float> %o.sroa.4.0, ptr %436, align 64
  store <16 x float> %o.sroa.8.0, ptr %439, align 64
  store <16 x float> %o.sroa.12.0, ptr %442, align 64
  store <16 x float> %o.sroa.16.0, ptr %445, align 64
  store <16 x float> %o.sroa.20.0, ptr %448, align 64
  store <16 x float> %o.sroa.24.0, ptr %451, align 64
  store <16 x float> %o.sroa.28.0, ptr %454, align 64
  store <16 x float> %o.sroa.32.0, ptr %457, align 64
  store <16 x float> %o.sroa.36.0, ptr %460, align 64
  store <16 x float> %o.sroa.40.0, ptr %463, align 64
  store <16 x float> %o.sroa.44.0, ptr %466, align 64
  store <16 x float> %o.sroa.48.0, ptr %469, align 64
  store <16 x float> %o.sroa.52.0, ptr %472, align 64
  store <16 x float> %o.sroa.56.0, ptr %475, align 64
  store <16 x float> %o.sroa.60.0, ptr %478, align 64
  %522 = add nsw i32 %pvblock124, 1
  br label %pvblock

orow145:                                          ; preds = %written, %exit18
  %orow149 = phi i32 [ 0, %exit18 ], [ %559, %written ]
  %523 = icmp slt i32 %orow149, %nrows
  br i1 %523, label %body146, label %common.ret

body146:                                          ; preds = %orow145
  %524 = sext i32 %orow149 to i64
  %525 = getelementptr float, ptr %ms, i64 %524
  %m150 = load float, ptr %525, align 4
  %526 = getelementptr float, ptr %ls, i64 %524
  %l = load float, ptr %526, align 4
  %527 = sdiv i32 %orow149, 32
  %528 = srem i32 %orow149, 32
  %529 = sext i32 %527 to i64
  %530 = mul i64 %529, 4096
  %531 = getelementptr i32, ptr %ot, i64 %530
  br label %otrow

otrow:                                            ; preds = %body151, %body146
  %otrow154 = phi i32 [ 0, %body146 ], [ %540, %body151 ]
  %532 = icmp slt i32 %otrow154, 128
  br i1 %532, label %body151, label %exit153

body151:                                          ; preds = %otrow
  %533 = sext i32 %528 to i64
  %534 = sext i32 %otrow154 to i64
  %535 = mul i64 %534, 32
  %536 = add i64 %535, %533
  %537 = getelementptr i32, ptr %531, i64 %536
  %538 = load float, ptr %537, align 4
  %539 = getelementptr i32, ptr %rowbuf, i64 %534
  store float %538, ptr %539, align 4
  %540 = add nsw i32 %otrow154, 1
  br label %otrow

exit153:                                          ; preds = %otrow
  %541 = icmp ne ptr %part, null
  br i1 %541, label %partial, label %final

partial:                                          ; preds = %exit153
  %542 = sext i32 %nrows to i64
  %543 = mul i64 %524, 128
  %544 = getelementptr float, ptr %part, i64 %543
  br label %chunk155

final:                                            ; preds = %exit153
  %545 = sdiv i32 %orow149, %nh
  %qi160 = add i32 %q_begin, %545
  %546 = srem i32 %orow149, %nh
  %547 = add i32 %h_begin, %546
  %548 = mul i32 %kv_head, 4
  %hq161 = add i32 %548, %547
  %549 = sext i32 %qi160 to i64
  %550 = add i64 %q_row0, %549
  %551 = mul i64 %550, 32
  %552 = sext i32 %hq161 to i64
  %orow162 = add i64 %551, %552
  %553 = fcmp oeq float %l, 0.000000e+00
  %554 = fdiv float 1.000000e+00, %l
  %555 = select i1 %553, float 0.000000e+00, float %554
  %556 = mul i64 %orow162, 512
  %557 = getelementptr i8, ptr %out, i64 %556
  %558 = insertelement <16 x float> poison, float %555, i32 0
  %splat163 = shufflevector <16 x float> %558, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk164

written:                                          ; preds = %chunk164, %exit158
  %559 = add nsw i32 %orow149, 1
  br label %orow145

chunk155:                                         ; preds = %body156, %partial
  %chunk159 = phi i64 [ 0, %partial ], [ %565, %body156 ]
  %560 = icmp slt i64 %chunk159, 8
  br i1 %560, label %body156, label %exit158

body156:                                          ; preds = %chunk155
  %561 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk159
  %562 = load <16 x float>, ptr %561, align 64
  %563 = mul i64 %chunk159, 64
  %564 = getelementptr i8, ptr %544, i64 %563
  store <16 x float> %562, ptr %564, align 4
  %565 = add nsw i64 %chunk159, 1
  br label %chunk155

exit158:                                          ; preds = %chunk155
  %566 = mul i64 %542, 128
  %567 = add i64 %566, %524
  %568 = getelementptr float, ptr %part, i64 %567
  store float %m150, ptr %568, align 4
  %569 = add i64 %567, %542
  %570 = getelementptr float, ptr %part, i64 %569
  store float %l, ptr %570, align 4
  br label %written

chunk164:                                         ; preds = %body165, %final
  %chunk168 = phi i64 [ 0, %final ], [ %577, %body165 ]
  %571 = icmp slt i64 %chunk168, 8
  br i1 %571, label %body165, label %written

body165:                                          ; preds = %chunk164
  %572 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk168
  %573 = load <16 x float>, ptr %572, align 64
  %574 = fmul <16 x float> %573, %splat163
  %575 = mul i64 %chunk168, 64
  %576 = getelementptr i8, ptr %557, i64 %575
  store <16 x float> %574, ptr %576, align 4
  %577 = add nsw i64 %chunk168, 1
  br label %chunk164
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
