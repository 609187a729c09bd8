; ModuleID = 'document_mask'
source_filename = "document_mask"
target triple = "x86_64-unknown-linux-gnu"

@document_mask.name = private unnamed_addr constant [14 x i8] c"document_mask\00"
@document_mask.spec = private unnamed_addr constant [396 x i8] c"attncc: 1\0Aname: document_mask\0Aphase: prefill\0Akind: self\0Aheads: {q: 32, kv: 8, dim: 128, v_dim: 128}\0Atypes: {q: bf16, cache: bf16, out: bf16}\0Ascale: auto\0Acache: {store: kv, layout: contiguous, order: token_major, capacity: 8192, latent_dim: 0, rope_dim: 0, shared_across_layers: false}\0Amask: {causal: true, documents: true}\0Aoutput: {lse: false}\0Aslim: {order: auto}\0Amodel: {layers: 1, d_model: 0}\0A\00"
@document_mask_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32, ptr, i32, i32, i32, i32, float, i32, i32, i32, i32, i32, ptr } { i32 7, i32 1, i64 -3012026109158186559, ptr @document_mask.name, ptr @document_mask.spec, i32 32, i32 8, i32 128, i32 128, i32 2, i32 2, i32 2, i32 1, i32 0, i32 0, i32 8192, i32 1, i32 0, float 0x3FB6A09E60000000, i32 0, i32 0, i32 0, ptr null, i32 0, i32 0, i32 0, i32 0, float 0.000000e+00, i32 0, i32 0, i32 1, i32 0, i32 0, ptr null }, align 8
@document_mask_kernel = internal constant { ptr, ptr, i32, i32, i32, i32, i32, i32, ptr } { ptr @document_mask_info_data, ptr @document_mask_tile, i32 32, i32 4, i32 16, i32 256, i32 8, i32 128, ptr null }, align 8

; Function Attrs: nounwind
define internal void @document_mask_tile_one(ptr %0, ptr %1) #0 {
entry:
  %muse = alloca [4 x float], align 64
  %lsum = alloca [4 x <16 x float>], align 64
  %smax = alloca [4 x <16 x float>], align 64
  %lows = alloca [4 x i32], align 64
  %lims = alloca [4 x i32], align 64
  %alpha = alloca [4 x float], align 64
  %accs = alloca [512 x float], align 64
  %pbuf = alloca [256 x float], align 64
  %dbuf = alloca [256 x <16 x float>], align 64
  %qs = alloca [32 x <16 x float>], align 64
  %ls = alloca [4 x float], align 64
  %ms = alloca [4 x float], align 64
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
  %15 = getelementptr i8, ptr %0, i64 168
  %doc_id = load ptr, ptr %15, align 8
  %16 = mul i64 %14, 8192
  %17 = getelementptr i32, ptr %doc_id, i64 %16
  %18 = getelementptr i8, ptr %0, i64 16
  %kv_len = load ptr, ptr %18, align 8
  %19 = getelementptr i32, ptr %kv_len, i64 %14
  %20 = getelementptr i8, ptr %0, i64 32
  %q = load ptr, ptr %20, align 8
  %21 = getelementptr i8, ptr %0, i64 40
  %out = load ptr, ptr %21, align 8
  %22 = getelementptr i8, ptr %0, i64 48
  %23 = getelementptr i8, ptr %0, i64 56
  %k_cache = load ptr, ptr %23, align 8
  %24 = mul i64 %14, 16777216
  %25 = getelementptr i8, ptr %k_cache, i64 %24
  %26 = sext i32 %kv_head to i64
  %27 = getelementptr i8, ptr %0, i64 64
  %v_cache = load ptr, ptr %27, align 8
  %28 = getelementptr i8, ptr %v_cache, i64 %24
  %29 = icmp sgt i32 %nrows, 0
  br i1 %29, label %rinit, label %done

done:                                             ; preds = %orow163, %entry
  ret void

rinit:                                            ; preds = %entry, %exit13
  %rinit1 = phi i32 [ %95, %exit13 ], [ 0, %entry ]
  %30 = icmp slt i32 %rinit1, 4
  br i1 %30, label %body, label %exit

body:                                             ; preds = %rinit
  %31 = sext i32 %rinit1 to i64
  %32 = mul i64 %31, 8
  %33 = getelementptr <16 x float>, ptr %qs, i64 %32
  %34 = icmp slt i32 %rinit1, %nrows
  %35 = sub i32 %nrows, 1
  %36 = call i32 @llvm.smin.i32(i32 %rinit1, i32 %35)
  %37 = sdiv i32 %36, %nh
  %qi = add i32 %q_begin, %37
  %38 = srem i32 %36, %nh
  %39 = add i32 %h_begin, %38
  %40 = mul i32 %kv_head, 4
  %hq = add i32 %40, %39
  %41 = sext i32 %qi to i64
  %42 = add i64 %q_row0, %41
  %43 = mul i64 %42, 32
  %44 = sext i32 %hq to i64
  %orow = add i64 %43, %44
  %45 = mul i64 %orow, 256
  %46 = getelementptr i8, ptr %q, i64 %45
  %47 = select i1 %34, float 0x3FC0527DC0000000, float 0.000000e+00
  %48 = insertelement <16 x float> poison, float %47, i32 0
  %splat = shufflevector <16 x float> %48, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

exit:                                             ; preds = %rinit
  %49 = sub i32 %nrows, 1
  %50 = sdiv i32 %49, %nh
  %51 = add i32 %q_begin, %50
  %qpos15 = add i32 %q_pos0, %51
  %52 = add i32 %qpos15, 1
  %53 = call i32 @llvm.smin.i32(i32 %52, i32 %k_end)
  %qpos16 = add i32 %q_pos0, %q_begin
  %54 = sext i32 %qpos16 to i64
  %55 = getelementptr i32, ptr %17, i64 %54
  %doc_q17 = load i32, ptr %55, align 4
  br label %doc_search20

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %64, %body2 ]
  %56 = icmp slt i64 %chunk5, 8
  br i1 %56, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %57 = mul i64 %chunk5, 32
  %58 = getelementptr i8, ptr %46, i64 %57
  %59 = load <16 x i16>, ptr %58, align 2
  %60 = zext <16 x i16> %59 to <16 x i32>
  %61 = shl <16 x i32> %60, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16 = bitcast <16 x i32> %61 to <16 x float>
  %62 = fmul <16 x float> %bf16, %splat
  %63 = getelementptr <16 x float>, ptr %33, i64 %chunk5
  store <16 x float> %62, ptr %63, align 64
  %64 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %65 = getelementptr float, ptr %ms, i64 %31
  store float 0xFFF0000000000000, ptr %65, align 4
  %66 = getelementptr float, ptr %ls, i64 %31
  store float 0.000000e+00, ptr %66, align 4
  %67 = getelementptr i32, ptr %lims, i64 %31
  %qpos = add i32 %q_pos0, %qi
  %68 = add i32 %qpos, 1
  %69 = call i32 @llvm.smin.i32(i32 %68, i32 %k_end)
  store i32 %69, ptr %67, align 4
  %70 = getelementptr i32, ptr %lows, i64 %31
  %71 = sext i32 %qpos to i64
  %72 = getelementptr i32, ptr %17, i64 %71
  %doc_q = load i32, ptr %72, align 4
  br label %doc_search

doc_search:                                       ; preds = %body7, %exit4
  %doc_hi.0 = phi i32 [ %qpos, %exit4 ], [ %86, %body7 ]
  %doc_lo.0 = phi i32 [ 0, %exit4 ], [ %83, %body7 ]
  %doc_search10 = phi i32 [ 0, %exit4 ], [ %87, %body7 ]
  %73 = icmp slt i32 %doc_search10, 14
  br i1 %73, label %body7, label %exit9

body7:                                            ; preds = %doc_search
  %74 = icmp slt i32 %doc_lo.0, %doc_hi.0
  %75 = sub i32 %doc_hi.0, %doc_lo.0
  %76 = lshr i32 %75, 1
  %mid = add i32 %doc_lo.0, %76
  %77 = select i1 %74, i32 %mid, i32 0
  %78 = sext i32 %77 to i64
  %79 = getelementptr i32, ptr %17, i64 %78
  %doc = load i32, ptr %79, align 4
  %80 = icmp slt i32 %doc, %doc_q
  %81 = add i32 %mid, 1
  %82 = and i1 %74, %80
  %83 = select i1 %82, i32 %81, i32 %doc_lo.0
  %84 = xor i1 %80, true
  %85 = and i1 %74, %84
  %86 = select i1 %85, i32 %mid, i32 %doc_hi.0
  %87 = add nsw i32 %doc_search10, 1
  br label %doc_search

exit9:                                            ; preds = %doc_search
  %88 = call i32 @llvm.smax.i32(i32 %doc_lo.0, i32 %k_begin)
  store i32 %88, ptr %70, align 4
  br label %acczero

acczero:                                          ; preds = %body11, %exit9
  %acczero14 = phi i64 [ 0, %exit9 ], [ %94, %body11 ]
  %89 = icmp slt i64 %acczero14, 8
  br i1 %89, label %body11, label %exit13

body11:                                           ; preds = %acczero
  %90 = mul i64 %acczero14, 16
  %91 = mul i64 %31, 128
  %92 = add i64 %91, %90
  %93 = getelementptr float, ptr %accs, i64 %92
  store <16 x float> zeroinitializer, ptr %93, align 64
  %94 = add nsw i64 %acczero14, 1
  br label %acczero

exit13:                                           ; preds = %acczero
  %95 = add nsw i32 %rinit1, 1
  br label %rinit

doc_search20:                                     ; preds = %body21, %exit
  %doc_hi19.0 = phi i32 [ %qpos16, %exit ], [ %109, %body21 ]
  %doc_lo18.0 = phi i32 [ 0, %exit ], [ %106, %body21 ]
  %doc_search24 = phi i32 [ 0, %exit ], [ %110, %body21 ]
  %96 = icmp slt i32 %doc_search24, 14
  br i1 %96, label %body21, label %exit23

body21:                                           ; preds = %doc_search20
  %97 = icmp slt i32 %doc_lo18.0, %doc_hi19.0
  %98 = sub i32 %doc_hi19.0, %doc_lo18.0
  %99 = lshr i32 %98, 1
  %mid25 = add i32 %doc_lo18.0, %99
  %100 = select i1 %97, i32 %mid25, i32 0
  %101 = sext i32 %100 to i64
  %102 = getelementptr i32, ptr %17, i64 %101
  %doc26 = load i32, ptr %102, align 4
  %103 = icmp slt i32 %doc26, %doc_q17
  %104 = add i32 %mid25, 1
  %105 = and i1 %97, %103
  %106 = select i1 %105, i32 %104, i32 %doc_lo18.0
  %107 = xor i1 %103, true
  %108 = and i1 %97, %107
  %109 = select i1 %108, i32 %mid25, i32 %doc_hi19.0
  %110 = add nsw i32 %doc_search24, 1
  br label %doc_search20

exit23:                                           ; preds = %doc_search20
  %111 = call i32 @llvm.smax.i32(i32 %doc_lo18.0, i32 %k_begin)
  %k_last = sub i32 %53, 1
  br label %kblock

kblock:                                           ; preds = %exit146, %exit23
  %kblock31 = phi i32 [ %111, %exit23 ], [ %113, %exit146 ]
  %112 = icmp slt i32 %kblock31, %53
  br i1 %112, label %body28, label %orow163

body28:                                           ; preds = %kblock
  %113 = add i32 %kblock31, 64
  br label %kdot

kdot:                                             ; preds = %body32, %body28
  %kdot35 = phi i32 [ 0, %body28 ], [ %337, %body32 ]
  %114 = icmp slt i32 %kdot35, 64
  br i1 %114, label %body32, label %score

body32:                                           ; preds = %kdot
  %115 = add i32 %kblock31, %kdot35
  %116 = call i32 @llvm.smin.i32(i32 %115, i32 %k_last)
  %117 = sext i32 %116 to i64
  %118 = mul i64 %117, 8
  %row = add i64 %26, %118
  %119 = mul i64 %row, 256
  %120 = getelementptr i8, ptr %25, i64 %119
  %121 = add i32 %116, 16
  %122 = call i32 @llvm.smin.i32(i32 %121, i32 %k_last)
  %123 = sext i32 %122 to i64
  %124 = mul i64 %123, 8
  %row36 = add i64 %26, %124
  %125 = mul i64 %row36, 256
  %126 = getelementptr i8, ptr %25, i64 %125
  call void @llvm.prefetch.p0(ptr %126, i32 0, i32 3, i32 1)
  %127 = getelementptr i8, ptr %126, i64 64
  call void @llvm.prefetch.p0(ptr %127, i32 0, i32 3, i32 1)
  %128 = getelementptr i8, ptr %126, i64 128
  call void @llvm.prefetch.p0(ptr %128, i32 0, i32 3, i32 1)
  %129 = getelementptr i8, ptr %126, i64 192
  call void @llvm.prefetch.p0(ptr %129, i32 0, i32 3, i32 1)
  %130 = add i32 %113, %kdot35
  %131 = call i32 @llvm.smin.i32(i32 %130, i32 %k_last)
  %132 = sext i32 %131 to i64
  %133 = mul i64 %132, 8
  %row37 = add i64 %26, %133
  %134 = mul i64 %row37, 256
  %135 = getelementptr i8, ptr %25, i64 %134
  call void @llvm.prefetch.p0(ptr %135, i32 0, i32 2, i32 1)
  %136 = getelementptr i8, ptr %135, i64 64
  call void @llvm.prefetch.p0(ptr %136, i32 0, i32 2, i32 1)
  %137 = getelementptr i8, ptr %135, i64 128
  call void @llvm.prefetch.p0(ptr %137, i32 0, i32 2, i32 1)
  %138 = getelementptr i8, ptr %135, i64 192
  call void @llvm.prefetch.p0(ptr %138, i32 0, i32 2, i32 1)
  %139 = add i32 %kdot35, 1
  %140 = add i32 %kblock31, %139
  %141 = call i32 @llvm.smin.i32(i32 %140, i32 %k_last)
  %142 = sext i32 %141 to i64
  %143 = mul i64 %142, 8
  %row38 = add i64 %26, %143
  %144 = mul i64 %row38, 256
  %145 = getelementptr i8, ptr %25, i64 %144
  %146 = add i32 %141, 16
  %147 = call i32 @llvm.smin.i32(i32 %146, i32 %k_last)
  %148 = sext i32 %147 to i64
  %149 = mul i64 %148, 8
  %row39 = add i64 %26, %149
  %150 = mul i64 %row39, 256
  %151 = getelementptr i8, ptr %25, i64 %150
  call void @llvm.prefetch.p0(ptr %151, i32 0, i32 3, i32 1)
  %152 = getelementptr i8, ptr %151, i64 64
  call void @llvm.prefetch.p0(ptr %152, i32 0, i32 3, i32 1)
  %153 = getelementptr i8, ptr %151, i64 128
  call void @llvm.prefetch.p0(ptr %153, i32 0, i32 3, i32 1)
  %154 = getelementptr i8, ptr %151, i64 192
  call void @llvm.prefetch.p0(ptr %154, i32 0, i32 3, i32 1)
  %155 = add i32 %113, %139
  %156 = call i32 @llvm.smin.i32(i32 %155, i32 %k_last)
  %157 = sext i32 %156 to i64
  %158 = mul i64 %157, 8
  %row40 = add i64 %26, %158
  %159 = mul i64 %row40, 256
  %160 = getelementptr i8, ptr %25, i64 %159
  call void @llvm.prefetch.p0(ptr %160, i32 0, i32 2, i32 1)
  %161 = getelementptr i8, ptr %160, i64 64
  call void @llvm.prefetch.p0(ptr %161, i32 0, i32 2, i32 1)
  %162 = getelementptr i8, ptr %160, i64 128
  call void @llvm.prefetch.p0(ptr %162, i32 0, i32 2, i32 1)
  %163 = getelementptr i8, ptr %160, i64 192
  call void @llvm.prefetch.p0(ptr %163, i32 0, i32 2, i32 1)
  %q41 = load <16 x float>, ptr %qs, align 64
  %164 = load <16 x i16>, ptr %120, align 2
  %165 = zext <16 x i16> %164 to <16 x i32>
  %166 = shl <16 x i32> %165, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1642 = bitcast <16 x i32> %166 to <16 x float>
  %167 = load <16 x i16>, ptr %145, align 2
  %168 = zext <16 x i16> %167 to <16 x i32>
  %169 = shl <16 x i32> %168, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1643 = bitcast <16 x i32> %169 to <16 x float>
  %170 = fmul <16 x float> %q41, %bf1642
  %171 = fmul <16 x float> %q41, %bf1643
  %172 = getelementptr <16 x float>, ptr %qs, i64 8
  %q44 = load <16 x float>, ptr %172, align 64
  %173 = fmul <16 x float> %q44, %bf1642
  %174 = fmul <16 x float> %q44, %bf1643
  %175 = getelementptr <16 x float>, ptr %qs, i64 16
  %q45 = load <16 x float>, ptr %175, align 64
  %176 = fmul <16 x float> %q45, %bf1642
  %177 = fmul <16 x float> %q45, %bf1643
  %178 = getelementptr <16 x float>, ptr %qs, i64 24
  %q46 = load <16 x float>, ptr %178, align 64
  %179 = fmul <16 x float> %q46, %bf1642
  %180 = fmul <16 x float> %q46, %bf1643
  %181 = getelementptr <16 x float>, ptr %qs, i64 1
  %q47 = load <16 x float>, ptr %181, align 64
  %182 = getelementptr i8, ptr %120, i64 32
  %183 = load <16 x i16>, ptr %182, align 2
  %184 = zext <16 x i16> %183 to <16 x i32>
  %185 = shl <16 x i32> %184, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1648 = bitcast <16 x i32> %185 to <16 x float>
  %186 = getelementptr i8, ptr %145, i64 32
  %187 = load <16 x i16>, ptr %186, align 2
  %188 = zext <16 x i16> %187 to <16 x i32>
  %189 = shl <16 x i32> %188, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1649 = bitcast <16 x i32> %189 to <16 x float>
  %190 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q47, <16 x float> %bf1648, <16 x float> %170)
  %191 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q47, <16 x float> %bf1649, <16 x float> %171)
  %192 = getelementptr <16 x float>, ptr %qs, i64 9
  %q50 = load <16 x float>, ptr %192, align 64
  %193 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q50, <16 x float> %bf1648, <16 x float> %173)
  %194 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q50, <16 x float> %bf1649, <16 x float> %174)
  %195 = getelementptr <16 x float>, ptr %qs, i64 17
  %q51 = load <16 x float>, ptr %195, align 64
  %196 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q51, <16 x float> %bf1648, <16 x float> %176)
  %197 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q51, <16 x float> %bf1649, <16 x float> %177)
  %198 = getelementptr <16 x float>, ptr %qs, i64 25
  %q52 = load <16 x float>, ptr %198, align 64
  %199 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q52, <16 x float> %bf1648, <16 x float> %179)
  %200 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q52, <16 x float> %bf1649, <16 x float> %180)
  %201 = getelementptr <16 x float>, ptr %qs, i64 2
  %q53 = load <16 x float>, ptr %201, align 64
  %202 = getelementptr i8, ptr %120, i64 64
  %203 = load <16 x i16>, ptr %202, align 2
  %204 = zext <16 x i16> %203 to <16 x i32>
  %205 = shl <16 x i32> %204, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1654 = bitcast <16 x i32> %205 to <16 x float>
  %206 = getelementptr i8, ptr %145, i64 64
  %207 = load <16 x i16>, ptr %206, align 2
  %208 = zext <16 x i16> %207 to <16 x i32>
  %209 = shl <16 x i32> %208, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1655 = bitcast <16 x i32> %209 to <16 x float>
  %210 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q53, <16 x float> %bf1654, <16 x float> %190)
  %211 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q53, <16 x float> %bf1655, <16 x float> %191)
  %212 = getelementptr <16 x float>, ptr %qs, i64 10
  %q56 = load <16 x float>, ptr %212, align 64
  %213 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q56, <16 x float> %bf1654, <16 x float> %193)
  %214 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q56, <16 x float> %bf1655, <16 x float> %194)
  %215 = getelementptr <16 x float>, ptr %qs, i64 18
  %q57 = load <16 x float>, ptr %215, align 64
  %216 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q57, <16 x float> %bf1654, <16 x float> %196)
  %217 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q57, <16 x float> %bf1655, <16 x float> %197)
  %218 = getelementptr <16 x float>, ptr %qs, i64 26
  %q58 = load <16 x float>, ptr %218, align 64
  %219 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q58, <16 x float> %bf1654, <16 x float> %199)
  %220 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q58, <16 x float> %bf1655, <16 x float> %200)
  %221 = getelementptr <16 x float>, ptr %qs, i64 3
  %q59 = load <16 x float>, ptr %221, align 64
  %222 = getelementptr i8, ptr %120, i64 96
  %223 = load <16 x i16>, ptr %222, align 2
  %224 = zext <16 x i16> %223 to <16 x i32>
  %225 = shl <16 x i32> %224, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1660 = bitcast <16 x i32> %225 to <16 x float>
  %226 = getelementptr i8, ptr %145, i64 96
  %227 = load <16 x i16>, ptr %226, align 2
  %228 = zext <16 x i16> %227 to <16 x i32>
  %229 = shl <16 x i32> %228, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1661 = bitcast <16 x i32> %229 to <16 x float>
  %230 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q59, <16 x float> %bf1660, <16 x float> %210)
  %231 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q59, <16 x float> %bf1661, <16 x float> %211)
  %232 = getelementptr <16 x float>, ptr %qs, i64 11
  %q62 = load <16 x float>, ptr %232, align 64
  %233 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q62, <16 x float> %bf1660, <16 x float> %213)
  %234 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q62, <16 x float> %bf1661, <16 x float> %214)
  %235 = getelementptr <16 x float>, ptr %qs, i64 19
  %q63 = load <16 x float>, ptr %235, align 64
  %236 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q63, <16 x float> %bf1660, <16 x float> %216)
  %237 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q63, <16 x float> %bf1661, <16 x float> %217)
  %238 = getelementptr <16 x float>, ptr %qs, i64 27
  %q64 = load <16 x float>, ptr %238, align 64
  %239 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q64, <16 x float> %bf1660, <16 x float> %219)
  %240 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q64, <16 x float> %bf1661, <16 x float> %220)
  %241 = getelementptr <16 x float>, ptr %qs, i64 4
  %q65 = load <16 x float>, ptr %241, align 64
  %242 = getelementptr i8, ptr %120, i64 128
  %243 = load <16 x i16>, ptr %242, align 2
  %244 = zext <16 x i16> %243 to <16 x i32>
  %245 = shl <16 x i32> %244, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1666 = bitcast <16 x i32> %245 to <16 x float>
  %246 = getelementptr i8, ptr %145, i64 128
  %247 = load <16 x i16>, ptr %246, align 2
  %248 = zext <16 x i16> %247 to <16 x i32>
  %249 = shl <16 x i32> %248, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1667 = bitcast <16 x i32> %249 to <16 x float>
  %250 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q65, <16 x float> %bf1666, <16 x float> %230)
  %251 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q65, <16 x float> %bf1667, <16 x float> %231)
  %252 = getelementptr <16 x float>, ptr %qs, i64 12
  %q68 = load <16 x float>, ptr %252, align 64
  %253 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q68, <16 x float> %bf1666, <16 x float> %233)
  %254 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q68, <16 x float> %bf1667, <16 x float> %234)
  %255 = getelementptr <16 x float>, ptr %qs, i64 20
  %q69 = load <16 x float>, ptr %255, align 64
  %256 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q69, <16 x float> %bf1666, <16 x float> %236)
  %257 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q69, <16 x float> %bf1667, <16 x float> %237)
  %258 = getelementptr <16 x float>, ptr %qs, i64 28
  %q70 = load <16 x float>, ptr %258, align 64
  %259 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q70, <16 x float> %bf1666, <16 x float> %239)
  %260 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q70, <16 x float> %bf1667, <16 x float> %240)
  %261 = getelementptr <16 x float>, ptr %qs, i64 5
  %q71 = load <16 x float>, ptr %261, align 64
  %262 = getelementptr i8, ptr %120, i64 160
  %263 = load <16 x i16>, ptr %262, align 2
  %264 = zext <16 x i16> %263 to <16 x i32>
  %265 = shl <16 x i32> %264, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1672 = bitcast <16 x i32> %265 to <16 x float>
  %266 = getelementptr i8, ptr %145, i64 160
  %267 = load <16 x i16>, ptr %266, align 2
  %268 = zext <16 x i16> %267 to <16 x i32>
  %269 = shl <16 x i32> %268, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1673 = bitcast <16 x i32> %269 to <16 x float>
  %270 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q71, <16 x float> %bf1672, <16 x float> %250)
  %271 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q71, <16 x float> %bf1673, <16 x float> %251)
  %272 = getelementptr <16 x float>, ptr %qs, i64 13
  %q74 = load <16 x float>, ptr %272, align 64
  %273 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q74, <16 x float> %bf1672, <16 x float> %253)
  %274 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q74, <16 x float> %bf1673, <16 x float> %254)
  %275 = getelementptr <16 x float>, ptr %qs, i64 21
  %q75 = load <16 x float>, ptr %275, align 64
  %276 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q75, <16 x float> %bf1672, <16 x float> %256)
  %277 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q75, <16 x float> %bf1673, <16 x float> %257)
  %278 = getelementptr <16 x float>, ptr %qs, i64 29
  %q76 = load <16 x float>, ptr %278, align 64
  %279 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q76, <16 x float> %bf1672, <16 x float> %259)
  %280 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q76, <16 x float> %bf1673, <16 x float> %260)
  %281 = getelementptr <16 x float>, ptr %qs, i64 6
  %q77 = load <16 x float>, ptr %281, align 64
  %282 = getelementptr i8, ptr %120, i64 192
  %283 = load <16 x i16>, ptr %282, align 2
  %284 = zext <16 x i16> %283 to <16 x i32>
  %285 = shl <16 x i32> %284, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1678 = bitcast <16 x i32> %285 to <16 x float>
  %286 = getelementptr i8, ptr %145, i64 192
  %287 = load <16 x i16>, ptr %286, align 2
  %288 = zext <16 x i16> %287 to <16 x i32>
  %289 = shl <16 x i32> %288, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1679 = bitcast <16 x i32> %289 to <16 x float>
  %290 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q77, <16 x float> %bf1678, <16 x float> %270)
  %291 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q77, <16 x float> %bf1679, <16 x float> %271)
  %292 = getelementptr <16 x float>, ptr %qs, i64 14
  %q80 = load <16 x float>, ptr %292, align 64
  %293 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q80, <16 x float> %bf1678, <16 x float> %273)
  %294 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q80, <16 x float> %bf1679, <16 x float> %274)
  %295 = getelementptr <16 x float>, ptr %qs, i64 22
  %q81 = load <16 x float>, ptr %295, align 64
  %296 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q81, <16 x float> %bf1678, <16 x float> %276)
  %297 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q81, <16 x float> %bf1679, <16 x float> %277)
  %298 = getelementptr <16 x float>, ptr %qs, i64 30
  %q82 = load <16 x float>, ptr %298, align 64
  %299 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q82, <16 x float> %bf1678, <16 x float> %279)
  %300 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q82, <16 x float> %bf1679, <16 x float> %280)
  %301 = getelementptr <16 x float>, ptr %qs, i64 7
  %q83 = load <16 x float>, ptr %301, align 64
  %302 = getelementptr i8, ptr %120, i64 224
  %303 = load <16 x i16>, ptr %302, align 2
  %304 = zext <16 x i16> %303 to <16 x i32>
  %305 = shl <16 x i32> %304, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1684 = bitcast <16 x i32> %305 to <16 x float>
  %306 = getelementptr i8, ptr %145, i64 224
  %307 = load <16 x i16>, ptr %306, align 2
  %308 = zext <16 x i16> %307 to <16 x i32>
  %309 = shl <16 x i32> %308, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1685 = bitcast <16 x i32> %309 to <16 x float>
  %310 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q83, <16 x float> %bf1684, <16 x float> %290)
  %311 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q83, <16 x float> %bf1685, <16 x float> %291)
  %312 = getelementptr <16 x float>, ptr %qs, i64 15
  %q86 = load <16 x float>, ptr %312, align 64
  %313 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q86, <16 x float> %bf1684, <16 x float> %293)
  %314 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q86, <16 x float> %bf1685, <16 x float> %294)
  %315 = getelementptr <16 x float>, ptr %qs, i64 23
  %q87 = load <16 x float>, ptr %315, align 64
  %316 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q87, <16 x float> %bf1684, <16 x float> %296)
  %317 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q87, <16 x float> %bf1685, <16 x float> %297)
  %318 = getelementptr <16 x float>, ptr %qs, i64 31
  %q88 = load <16 x float>, ptr %318, align 64
  %319 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q88, <16 x float> %bf1684, <16 x float> %299)
  %320 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q88, <16 x float> %bf1685, <16 x float> %300)
  %321 = sext i32 %kdot35 to i64
  %322 = getelementptr <16 x float>, ptr %dbuf, i64 %321
  store <16 x float> %310, ptr %322, align 64
  %323 = sext i32 %139 to i64
  %324 = getelementptr <16 x float>, ptr %dbuf, i64 %323
  store <16 x float> %311, ptr %324, align 64
  %325 = add i64 64, %321
  %326 = getelementptr <16 x float>, ptr %dbuf, i64 %325
  store <16 x float> %313, ptr %326, align 64
  %327 = add i64 64, %323
  %328 = getelementptr <16 x float>, ptr %dbuf, i64 %327
  store <16 x float> %314, ptr %328, align 64
  %329 = add i64 128, %321
  %330 = getelementptr <16 x float>, ptr %dbuf, i64 %329
  store <16 x float> %316, ptr %330, align 64
  %331 = add i64 128, %323
  %332 = getelementptr <16 x float>, ptr %dbuf, i64 %331
  store <16 x float> %317, ptr %332, align 64
  %333 = add i64 192, %321
  %334 = getelementptr <16 x float>, ptr %dbuf, i64 %333
  store <16 x float> %319, ptr %334, align 64
  %335 = add i64 192, %323
  %336 = getelementptr <16 x float>, ptr %dbuf, i64 %335
  store <16 x float> %320, ptr %336, align 64
  %337 = add nsw i32 %kdot35, 2
  br label %kdot

score:                                            ; preds = %kdot, %body89
  %score92 = phi i64 [ %456, %body89 ], [ 0, %kdot ]
  %338 = icmp slt i64 %score92, 16
  br i1 %338, label %body89, label %rmax

body89:                                           ; preds = %score
  %339 = sdiv i64 %score92, 4
  %340 = srem i64 %score92, 4
  %341 = mul i64 %340, 16
  %342 = mul i64 %339, 64
  %343 = add i64 %342, %341
  %344 = getelementptr <16 x float>, ptr %dbuf, i64 %343
  %345 = load <16 x float>, ptr %344, align 64
  %346 = add i64 %343, 1
  %347 = getelementptr <16 x float>, ptr %dbuf, i64 %346
  %348 = load <16 x float>, ptr %347, align 64
  %349 = shufflevector <16 x float> %345, <16 x float> %348, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %350 = shufflevector <16 x float> %345, <16 x float> %348, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %351 = fadd <16 x float> %349, %350
  %352 = add i64 %343, 2
  %353 = getelementptr <16 x float>, ptr %dbuf, i64 %352
  %354 = load <16 x float>, ptr %353, align 64
  %355 = add i64 %343, 3
  %356 = getelementptr <16 x float>, ptr %dbuf, i64 %355
  %357 = load <16 x float>, ptr %356, align 64
  %358 = shufflevector <16 x float> %354, <16 x float> %357, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %359 = shufflevector <16 x float> %354, <16 x float> %357, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %360 = fadd <16 x float> %358, %359
  %361 = shufflevector <16 x float> %351, <16 x float> %360, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %362 = shufflevector <16 x float> %351, <16 x float> %360, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %363 = fadd <16 x float> %361, %362
  %364 = add i64 %343, 4
  %365 = getelementptr <16 x float>, ptr %dbuf, i64 %364
  %366 = load <16 x float>, ptr %365, align 64
  %367 = add i64 %343, 5
  %368 = getelementptr <16 x float>, ptr %dbuf, i64 %367
  %369 = load <16 x float>, ptr %368, align 64
  %370 = shufflevector <16 x float> %366, <16 x float> %369, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %371 = shufflevector <16 x float> %366, <16 x float> %369, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %372 = fadd <16 x float> %370, %371
  %373 = add i64 %343, 6
  %374 = getelementptr <16 x float>, ptr %dbuf, i64 %373
  %375 = load <16 x float>, ptr %374, align 64
  %376 = add i64 %343, 7
  %377 = getelementptr <16 x float>, ptr %dbuf, i64 %376
  %378 = load <16 x float>, ptr %377, align 64
  %379 = shufflevector <16 x float> %375, <16 x float> %378, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %380 = shufflevector <16 x float> %375, <16 x float> %378, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %381 = fadd <16 x float> %379, %380
  %382 = shufflevector <16 x float> %372, <16 x float> %381, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %383 = shufflevector <16 x float> %372, <16 x float> %381, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %384 = fadd <16 x float> %382, %383
  %385 = shufflevector <16 x float> %363, <16 x float> %384, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %386 = shufflevector <16 x float> %363, <16 x float> %384, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %387 = fadd <16 x float> %385, %386
  %388 = add i64 %343, 8
  %389 = getelementptr <16 x float>, ptr %dbuf, i64 %388
  %390 = load <16 x float>, ptr %389, align 64
  %391 = add i64 %343, 9
  %392 = getelementptr <16 x float>, ptr %dbuf, i64 %391
  %393 = load <16 x float>, ptr %392, align 64
  %394 = shufflevector <16 x float> %390, <16 x float> %393, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %395 = shufflevector <16 x float> %390, <16 x float> %393, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %396 = fadd <16 x float> %394, %395
  %397 = add i64 %343, 10
  %398 = getelementptr <16 x float>, ptr %dbuf, i64 %397
  %399 = load <16 x float>, ptr %398, align 64
  %400 = add i64 %343, 11
  %401 = getelementptr <16 x float>, ptr %dbuf, i64 %400
  %402 = load <16 x float>, ptr %401, align 64
  %403 = shufflevector <16 x float> %399, <16 x float> %402, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %404 = shufflevector <16 x float> %399, <16 x float> %402, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %405 = fadd <16 x float> %403, %404
  %406 = shufflevector <16 x float> %396, <16 x float> %405, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %407 = shufflevector <16 x float> %396, <16 x float> %405, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %408 = fadd <16 x float> %406, %407
  %409 = add i64 %343, 12
  %410 = getelementptr <16 x float>, ptr %dbuf, i64 %409
  %411 = load <16 x float>, ptr %410, align 64
  %412 = add i64 %343, 13
  %413 = getelementptr <16 x float>, ptr %dbuf, i64 %412
  %414 = load <16 x float>, ptr %413, align 64
  %415 = shufflevector <16 x float> %411, <16 x float> %414, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %416 = shufflevector <16 x float> %411, <16 x float> %414, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %417 = fadd <16 x float> %415, %416
  %418 = add i64 %343, 14
  %419 = getelementptr <16 x float>, ptr %dbuf, i64 %418
  %420 = load <16 x float>, ptr %419, align 64
  %421 = add i64 %343, 15
  %422 = getelementptr <16 x float>, ptr %dbuf, i64 %421
  %423 = load <16 x float>, ptr %422, align 64
  %424 = shufflevector <16 x float> %420, <16 x float> %423, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %425 = shufflevector <16 x float> %420, <16 x float> %423, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %426 = fadd <16 x float> %424, %425
  %427 = shufflevector <16 x float> %417, <16 x float> %426, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %428 = shufflevector <16 x float> %417, <16 x float> %426, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %429 = fadd <16 x float> %427, %428
  %430 = shufflevector <16 x float> %408, <16 x float> %429, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %431 = shufflevector <16 x float> %408, <16 x float> %429, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %432 = fadd <16 x float> %430, %431
  %433 = shufflevector <16 x float> %387, <16 x float> %432, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %434 = shufflevector <16 x float> %387, <16 x float> %432, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %435 = fadd <16 x float> %433, %434
  %436 = getelementptr i32, ptr %lims, i64 %339
  %437 = load i32, ptr %436, align 4
  %438 = insertelement <16 x i32> poison, i32 %437, i32 0
  %splat93 = shufflevector <16 x i32> %438, <16 x i32> poison, <16 x i32> zeroinitializer
  %439 = getelementptr i32, ptr %lows, i64 %339
  %440 = load i32, ptr %439, align 4
  %441 = insertelement <16 x i32> poison, i32 %440, i32 0
  %splat94 = shufflevector <16 x i32> %441, <16 x i32> poison, <16 x i32> zeroinitializer
  %442 = trunc i64 %341 to i32
  %443 = add i32 %kblock31, %442
  %444 = insertelement <16 x i32> poison, i32 %443, i32 0
  %splat95 = shufflevector <16 x i32> %444, <16 x i32> poison, <16 x i32> zeroinitializer
  %445 = add <16 x i32> %splat95, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %446 = icmp slt <16 x i32> %445, %splat93
  %447 = icmp sge <16 x i32> %445, %splat94
  %448 = and <16 x i1> %446, %447
  %449 = select <16 x i1> %448, <16 x float> %435, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %450 = getelementptr float, ptr %pbuf, i64 %343
  store <16 x float> %449, ptr %450, align 64
  %451 = getelementptr <16 x float>, ptr %smax, i64 %339
  %452 = icmp eq i64 %340, 0
  %453 = load <16 x float>, ptr %451, align 64
  %454 = select i1 %452, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <16 x float> %453
  %455 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %454, <16 x float> %449)
  store <16 x float> %455, ptr %451, align 64
  %456 = add nsw i64 %score92, 1
  br label %score

rmax:                                             ; preds = %score, %body96
  %rmax99 = phi i64 [ %493, %body96 ], [ 0, %score ]
  %457 = icmp slt i64 %rmax99, 4
  br i1 %457, label %body96, label %pexp

body96:                                           ; preds = %rmax
  %458 = getelementptr float, ptr %ms, i64 %rmax99
  %m = load float, ptr %458, align 4
  %459 = getelementptr <16 x float>, ptr %smax, i64 %rmax99
  %460 = load <16 x float>, ptr %459, align 64
  %461 = shufflevector <16 x float> %460, <16 x float> undef, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %462 = shufflevector <16 x float> %460, <16 x float> undef, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %463 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %461, <8 x float> %462)
  %464 = shufflevector <8 x float> %463, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %465 = shufflevector <8 x float> %463, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %466 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %464, <4 x float> %465)
  %467 = shufflevector <4 x float> %466, <4 x float> undef, <2 x i32> <i32 0, i32 1>
  %468 = shufflevector <4 x float> %466, <4 x float> undef, <2 x i32> <i32 2, i32 3>
  %469 = call <2 x float> @llvm.maxnum.v2f32(<2 x float> %467, <2 x float> %468)
  %470 = shufflevector <2 x float> %469, <2 x float> undef, <1 x i32> zeroinitializer
  %471 = shufflevector <2 x float> %469, <2 x float> undef, <1 x i32> <i32 1>
  %472 = call <1 x float> @llvm.maxnum.v1f32(<1 x float> %470, <1 x float> %471)
  %473 = extractelement <1 x float> %472, i32 0
  %474 = call float @llvm.maxnum.f32(float %m, float %473)
  %475 = fcmp oeq float %474, 0xFFF0000000000000
  %muse100 = select i1 %475, float 0.000000e+00, float %474
  %476 = fsub float %m, %muse100
  %477 = insertelement <16 x float> poison, float %476, i32 0
  %splat101 = shufflevector <16 x float> %477, <16 x float> poison, <16 x i32> zeroinitializer
  %478 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat101, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %479 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %478, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %480 = fadd <16 x float> %479, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %480, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %479, %n
  %481 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %482 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %481, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %483 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %482, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %484 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %483, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %485 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %484, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %486 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %485, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %487 = fptosi <16 x float> %n to <16 x i32>
  %488 = add <16 x i32> %487, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %489 = shl <16 x i32> %488, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %490 = bitcast <16 x i32> %489 to <16 x float>
  %exp2 = fmul <16 x float> %486, %490
  %alpha102 = extractelement <16 x float> %exp2, i32 0
  store float %474, ptr %458, align 4
  %491 = getelementptr float, ptr %muse, i64 %rmax99
  store float %muse100, ptr %491, align 4
  %492 = getelementptr float, ptr %alpha, i64 %rmax99
  store float %alpha102, ptr %492, align 4
  %493 = add nsw i64 %rmax99, 1
  br label %rmax

pexp:                                             ; preds = %rmax, %body103
  %pexp106 = phi i64 [ %524, %body103 ], [ 0, %rmax ]
  %494 = icmp slt i64 %pexp106, 16
  br i1 %494, label %body103, label %lsum111

body103:                                          ; preds = %pexp
  %495 = sdiv i64 %pexp106, 4
  %496 = srem i64 %pexp106, 4
  %497 = mul i64 %496, 16
  %498 = mul i64 %495, 64
  %499 = add i64 %498, %497
  %500 = getelementptr float, ptr %pbuf, i64 %499
  %501 = getelementptr float, ptr %muse, i64 %495
  %502 = load float, ptr %501, align 4
  %503 = insertelement <16 x float> poison, float %502, i32 0
  %splat107 = shufflevector <16 x float> %503, <16 x float> poison, <16 x i32> zeroinitializer
  %504 = load <16 x float>, ptr %500, align 64
  %505 = fsub <16 x float> %504, %splat107
  %506 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %505, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %507 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %506, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %508 = fadd <16 x float> %507, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n108 = fsub <16 x float> %508, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f109 = fsub <16 x float> %507, %n108
  %509 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f109, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %510 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %509, <16 x float> %f109, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %511 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %510, <16 x float> %f109, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %512 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %511, <16 x float> %f109, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %513 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %512, <16 x float> %f109, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %514 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %513, <16 x float> %f109, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %515 = fptosi <16 x float> %n108 to <16 x i32>
  %516 = add <16 x i32> %515, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %517 = shl <16 x i32> %516, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %518 = bitcast <16 x i32> %517 to <16 x float>
  %exp2110 = fmul <16 x float> %514, %518
  store <16 x float> %exp2110, ptr %500, align 64
  %519 = getelementptr <16 x float>, ptr %lsum, i64 %495
  %520 = icmp eq i64 %496, 0
  %521 = load <16 x float>, ptr %519, align 64
  %522 = select i1 %520, <16 x float> zeroinitializer, <16 x float> %521
  %523 = fadd <16 x float> %522, %exp2110
  store <16 x float> %523, ptr %519, align 64
  %524 = add nsw i64 %pexp106, 1
  br label %pexp

lsum111:                                          ; preds = %pexp, %body112
  %lsum115 = phi i64 [ %533, %body112 ], [ 0, %pexp ]
  %525 = icmp slt i64 %lsum115, 4
  br i1 %525, label %body112, label %exit114

body112:                                          ; preds = %lsum111
  %526 = getelementptr float, ptr %ls, i64 %lsum115
  %527 = getelementptr float, ptr %alpha, i64 %lsum115
  %528 = load float, ptr %527, align 4
  %529 = getelementptr <16 x float>, ptr %lsum, i64 %lsum115
  %530 = load <16 x float>, ptr %529, align 64
  %531 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %530)
  %l = load float, ptr %526, align 4
  %532 = call float @llvm.fmuladd.f32(float %l, float %528, float %531)
  store float %532, ptr %526, align 4
  %533 = add nsw i64 %lsum115, 1
  br label %lsum111

exit114:                                          ; preds = %lsum111
  %534 = sub i32 %53, %kblock31
  %535 = call i32 @llvm.smin.i32(i32 64, i32 %534)
  %536 = load float, ptr %alpha, align 4
  %537 = insertelement <16 x float> poison, float %536, i32 0
  %splat116 = shufflevector <16 x float> %537, <16 x float> poison, <16 x i32> zeroinitializer
  %538 = load <16 x float>, ptr %accs, align 64
  %539 = fmul <16 x float> %538, %splat116
  %540 = getelementptr float, ptr %accs, i64 16
  %541 = load <16 x float>, ptr %540, align 64
  %542 = fmul <16 x float> %541, %splat116
  %543 = getelementptr float, ptr %accs, i64 32
  %544 = load <16 x float>, ptr %543, align 64
  %545 = fmul <16 x float> %544, %splat116
  %546 = getelementptr float, ptr %accs, i64 48
  %547 = load <16 x float>, ptr %546, align 64
  %548 = fmul <16 x float> %547, %splat116
  %549 = getelementptr float, ptr %alpha, i64 1
  %550 = load float, ptr %549, align 4
  %551 = insertelement <16 x float> poison, float %550, i32 0
  %splat117 = shufflevector <16 x float> %551, <16 x float> poison, <16 x i32> zeroinitializer
  %552 = getelementptr float, ptr %accs, i64 128
  %553 = load <16 x float>, ptr %552, align 64
  %554 = fmul <16 x float> %553, %splat117
  %555 = getelementptr float, ptr %accs, i64 144
  %556 = load <16 x float>, ptr %555, align 64
  %557 = fmul <16 x float> %556, %splat117
  %558 = getelementptr float, ptr %accs, i64 160
  %559 = load <16 x float>, ptr %558, align 64
  %560 = fmul <16 x float> %559, %splat117
  %561 = getelementptr float, ptr %accs, i64 176
  %562 = load <16 x float>, ptr %561, align 64
  %563 = fmul <16 x float> %562, %splat117
  %564 = getelementptr float, ptr %alpha, i64 2
  %565 = load float, ptr %564, align 4
  %566 = insertelement <16 x float> poison, float %565, i32 0
  %splat118 = shufflevector <16 x float> %566, <16 x float> poison, <16 x i32> zeroinitializer
  %567 = getelementptr float, ptr %accs, i64 256
  %568 = load <16 x float>, ptr %567, align 64
  %569 = fmul <16 x float> %568, %splat118
  %570 = getelementptr float, ptr %accs, i64 272
  %571 = load <16 x float>, ptr %570, align 64
  %572 = fmul <16 x float> %571, %splat118
  %573 = getelementptr float, ptr %accs, i64 288
  %574 = load <16 x float>, ptr %573, align 64
  %575 = fmul <16 x float> %574, %splat118
  %576 = getelementptr float, ptr %accs, i64 304
  %577 = load <16 x float>, ptr %576, align 64
  %578 = fmul <16 x float> %577, %splat118
  %579 = getelementptr float, ptr %alpha, i64 3
  %580 = load float, ptr %579, align 4
  %581 = insertelement <16 x float> poison, float %580, i32 0
  %splat119 = shufflevector <16 x float> %581, <16 x float> poison, <16 x i32> zeroinitializer
  %582 = getelementptr float, ptr %accs, i64 384
  %583 = load <16 x float>, ptr %582, align 64
  %584 = fmul <16 x float> %583, %splat119
  %585 = getelementptr float, ptr %accs, i64 400
  %586 = load <16 x float>, ptr %585, align 64
  %587 = fmul <16 x float> %586, %splat119
  %588 = getelementptr float, ptr %accs, i64 416
  %589 = load <16 x float>, ptr %588, align 64
  %590 = fmul <16 x float> %589, %splat119
  %591 = getelementptr float, ptr %accs, i64 432
  %592 = load <16 x float>, ptr %591, align 64
  %593 = fmul <16 x float> %592, %splat119
  br label %kpv

kpv:                                              ; preds = %body120, %exit114
  %pacc.sroa.60.0 = phi <16 x float> [ %593, %exit114 ], [ %656, %body120 ]
  %pacc.sroa.56.0 = phi <16 x float> [ %590, %exit114 ], [ %648, %body120 ]
  %pacc.sroa.52.0 = phi <16 x float> [ %587, %exit114 ], [ %640, %body120 ]
  %pacc.sroa.48.0 = phi <16 x float> [ %584, %exit114 ], [ %632, %body120 ]
  %pacc.sroa.44.0 = phi <16 x float> [ %578, %exit114 ], [ %655, %body120 ]
  %pacc.sroa.40.0 = phi <16 x float> [ %575, %exit114 ], [ %647, %body120 ]
  %pacc.sroa.36.0 = phi <16 x float> [ %572, %exit114 ], [ %639, %body120 ]
  %pacc.sroa.32.0 = phi <16 x float> [ %569, %exit114 ], [ %631, %body120 ]
  %pacc.sroa.28.0 = phi <16 x float> [ %563, %exit114 ], [ %654, %body120 ]
  %pacc.sroa.24.0 = phi <16 x float> [ %560, %exit114 ], [ %646, %body120 ]
  %pacc.sroa.20.0 = phi <16 x float> [ %557, %exit114 ], [ %638, %body120 ]
  %pacc.sroa.16.0 = phi <16 x float> [ %554, %exit114 ], [ %630, %body120 ]
  %pacc.sroa.12.0 = phi <16 x float> [ %548, %exit114 ], [ %653, %body120 ]
  %pacc.sroa.8.0 = phi <16 x float> [ %545, %exit114 ], [ %645, %body120 ]
  %pacc.sroa.4.0 = phi <16 x float> [ %542, %exit114 ], [ %637, %body120 ]
  %pacc.sroa.0.0 = phi <16 x float> [ %539, %exit114 ], [ %629, %body120 ]
  %kpv123 = phi i32 [ 0, %exit114 ], [ %657, %body120 ]
  %594 = icmp slt i32 %kpv123, %535
  br i1 %594, label %body120, label %exit122

body120:                                          ; preds = %kpv
  %595 = add i32 %kblock31, %kpv123
  %596 = sext i32 %595 to i64
  %597 = mul i64 %596, 8
  %row124 = add i64 %26, %597
  %598 = mul i64 %row124, 256
  %599 = getelementptr i8, ptr %28, i64 %598
  %600 = add i32 %595, 16
  %601 = call i32 @llvm.smin.i32(i32 %600, i32 %k_last)
  %602 = sext i32 %601 to i64
  %603 = mul i64 %602, 8
  %row125 = add i64 %26, %603
  %604 = mul i64 %row125, 256
  %605 = getelementptr i8, ptr %28, i64 %604
  call void @llvm.prefetch.p0(ptr %605, i32 0, i32 3, i32 1)
  %606 = getelementptr i8, ptr %605, i64 64
  call void @llvm.prefetch.p0(ptr %606, i32 0, i32 3, i32 1)
  %607 = add i32 %113, %kpv123
  %608 = call i32 @llvm.smin.i32(i32 %607, i32 %k_last)
  %609 = sext i32 %608 to i64
  %610 = mul i64 %609, 8
  %row126 = add i64 %26, %610
  %611 = mul i64 %row126, 256
  %612 = getelementptr i8, ptr %28, i64 %611
  call void @llvm.prefetch.p0(ptr %612, i32 0, i32 2, i32 1)
  %613 = getelementptr i8, ptr %612, i64 64
  call void @llvm.prefetch.p0(ptr %613, i32 0, i32 2, i32 1)
  %614 = sext i32 %kpv123 to i64
  %615 = getelementptr float, ptr %pbuf, i64 %614
  %p = load float, ptr %615, align 4
  %616 = insertelement <16 x float> poison, float %p, i32 0
  %splat127 = shufflevector <16 x float> %616, <16 x float> poison, <16 x i32> zeroinitializer
  %617 = add i64 64, %614
  %618 = getelementptr float, ptr %pbuf, i64 %617
  %p128 = load float, ptr %618, align 4
  %619 = insertelement <16 x float> poison, float %p128, i32 0
  %splat129 = shufflevector <16 x float> %619, <16 x float> poison, <16 x i32> zeroinitializer
  %620 = add i64 128, %614
  %621 = getelementptr float, ptr %pbuf, i64 %620
  %p130 = load float, ptr %621, align 4
  %622 = insertelement <16 x float> poison, float %p130, i32 0
  %splat131 = shufflevector <16 x float> %622, <16 x float> poison, <16 x i32> zeroinitializer
  %623 = add i64 192, %614
  %624 = getelementptr float, ptr %pbuf, i64 %623
  %p132 = load float, ptr %624, align 4
  %625 = insertelement <16 x float> poison, float %p132, i32 0
  %splat133 = shufflevector <16 x float> %625, <16 x float> poison, <16 x i32> zeroinitializer
  %626 = load <16 x i16>, ptr %599, align 2
  %627 = zext <16 x i16> %626 to <16 x i32>
  %628 = shl <16 x i32> %627, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16134 = bitcast <16 x i32> %628 to <16 x float>
  %629 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat127, <16 x float> %bf16134, <16 x float> %pacc.sroa.0.0)
  %630 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat129, <16 x float> %bf16134, <16 x float> %pacc.sroa.16.0)
  %631 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat131, <16 x float> %bf16134, <16 x float> %pacc.sroa.32.0)
  %632 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat133, <16 x float> %bf16134, <16 x float> %pacc.sroa.48.0)
  %633 = getelementptr i8, ptr %599, i64 32
  %634 = load <16 x i16>, ptr %633, align 2
  %635 = zext <16 x i16> %634 to <16 x i32>
  %636 = shl <16 x i32> %635, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16135 = bitcast <16 x i32> %636 to <16 x float>
  %637 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat127, <16 x float> %bf16135, <16 x float> %pacc.sroa.4.0)
  %638 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat129, <16 x float> %bf16135, <16 x float> %pacc.sroa.20.0)
  %639 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat131, <16 x float> %bf16135, <16 x float> %pacc.sroa.36.0)
  %640 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat133, <16 x float> %bf16135, <16 x float> %pacc.sroa.52.0)
  %641 = getelementptr i8, ptr %599, i64 64
  %642 = load <16 x i16>, ptr %641, align 2
  %643 = zext <16 x i16> %642 to <16 x i32>
  %644 = shl <16 x i32> %643, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16136 = bitcast <16 x i32> %644 to <16 x float>
  %645 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat127, <16 x float> %bf16136, <16 x float> %pacc.sroa.8.0)
  %646 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat129, <16 x float> %bf16136, <16 x float> %pacc.sroa.24.0)
  %647 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat131, <16 x float> %bf16136, <16 x float> %pacc.sroa.40.0)
  %648 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat133, <16 x float> %bf16136, <16 x float> %pacc.sroa.56.0)
  %649 = getelementptr i8, ptr %599, i64 96
  %650 = load <16 x i16>, ptr %649, align 2
  %651 = zext <16 x i16> %650 to <16 x i32>
  %652 = shl <16 x i32> %651, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16137 = bitcast <16 x i32> %652 to <16 x float>
  %653 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat127, <16 x float> %bf16137, <16 x float> %pacc.sroa.12.0)
  %654 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat129, <16 x float> %bf16137, <16 x float> %pacc.sroa.28.0)
  %655 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat131, <16 x float> %bf16137, <16 x float> %pacc.sroa.44.0)
  %656 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat133, <16 x float> %bf16137, <16 x float> %pacc.sroa.60.0)
  %657 = add nsw i32 %kpv123, 1
  br label %kpv

exit122:                                          ; preds = %kpv
  store <16 x float> %pacc.sroa.0.0, ptr %accs, align 64
  store <16 x float> %pacc.sroa.4.0, ptr %540, align 64
  store <16 x float> %pacc.sroa.8.0, ptr %543, align 64
  store <16 x float> %pacc.sroa.12.0, ptr %546, align 64
  store <16 x float> %pacc.sroa.16.0, ptr %552, align 64
  store <16 x float> %pacc.sroa.20.0, ptr %555, align 64
  store <16 x float> %pacc.sroa.24.0, ptr %558, align 64
  store <16 x float> %pacc.sroa.28.0, ptr %561, align 64
  store <16 x float> %pacc.sroa.32.0, ptr %567, align 64
  store <16 x float> %pacc.sroa.36.0, ptr %570, align 64
  store <16 x float> %pacc.sroa.40.0, ptr %573, align 64
  store <16 x float> %pacc.sroa.44.0, ptr %576, align 64
  store <16 x float> %pacc.sroa.48.0, ptr %582, align 64
  store <16 x float> %pacc.sroa.52.0, ptr %585, align 64
  store <16 x float> %pacc.sroa.56.0, ptr %588, align 64
  store <16 x float> %pacc.sroa.60.0, ptr %591, align 64
  %658 = load float, ptr %alpha, align 4
  %659 = insertelement <16 x float> poison, float %658, i32 0
  %splat139 = shufflevector <16 x float> %659, <16 x float> poison, <16 x i32> zeroinitializer
  %660 = getelementptr float, ptr %accs, i64 64
  %661 = load <16 x float>, ptr %660, align 64
  %662 = fmul <16 x float> %661, %splat139
  %663 = getelementptr float, ptr %accs, i64 80
  %664 = load <16 x float>, ptr %663, align 64
  %665 = fmul <16 x float> %664, %splat139
  %666 = getelementptr float, ptr %accs, i64 96
  %667 = load <16 x float>, ptr %666, align 64
  %668 = fmul <16 x float> %667, %splat139
  %669 = getelementptr float, ptr %accs, i64 112
  %670 = load <16 x float>, ptr %669, align 64
  %671 = fmul <16 x float> %670, %splat139
  %672 = load float, ptr %549, align 4
  %673 = insertelement <16 x float> poison, float %672, i32 0
  %splat140 = shufflevector <16 x float> %673, <16 x float> poison, <16 x i32> zeroinitializer
  %674 = getelementptr float, ptr %accs, i64 192
  %675 = load <16 x float>, ptr %674, align 64
  %676 = fmul <16 x float> %675, %splat140
  %677 = getelementptr float, ptr %accs, i64 208
  %678 = load <16 x float>, ptr %677, align 64
  %679 = fmul <16 x float> %678, %splat140
  %680 = getelementptr float, ptr %accs, i64 224
  %681 = load <16 x float>, ptr %680, align 64
  %682 = fmul <16 x float> %681, %splat140
  %683 = getelementptr float, ptr %accs, i64 240
  %684 = load <16 x float>, ptr %683, align 64
  %685 = fmul <16 x float> %684, %splat140
  %686 = load float, ptr %564, align 4
  %687 = insertelement <16 x float> poison, float %686, i32 0
  %splat141 = shufflevector <16 x float> %687, <16 x float> poison, <16 x i32> zeroinitializer
  %688 = getelementptr float, ptr %accs, i64 320
  %689 = load <16 x float>, ptr %688, align 64
  %690 = fmul <16 x float> %689, %splat141
  %691 = getelementptr float, ptr %accs, i64 336
  %692 = load <16 x float>, ptr %691, align 64
  %693 = fmul <16 x float> %692, %splat141
  %694 = getelementptr float, ptr %accs, i64 352
  %695 = load <16 x float>, ptr %694, align 64
  %696 = fmul <16 x float> %695, %splat141
  %697 = getelementptr float, ptr %accs, i64 368
  %698 = load <16 x float>, ptr %697, align 64
  %699 = fmul <16 x float> %698, %splat141
  %700 = load float, ptr %579, align 4
  %701 = insertelement <16 x float> poison, float %700, i32 0
  %splat142 = shufflevector <16 x float> %701, <16 x float> poison, <16 x i32> zeroinitializer
  %702 = getelementptr float, ptr %accs, i64 448
  %703 = load <16 x float>, ptr %702, align 64
  %704 = fmul <16 x float> %703, %splat142
  %705 = getelementptr float, ptr %accs, i64 464
  %706 = load <16 x float>, ptr %705, align 64
  %707 = fmul <16 x float> %706, %splat142
  %708 = getelementptr float, ptr %accs, i64 480
  %709 = load <16 x float>, ptr %708, align 64
  %710 = fmul <16 x float> %709, %splat142
  %711 = getelementptr float, ptr %accs, i64 496
  %712 = load <16 x float>, ptr %711, align 64
  %713 = fmul <16 x float> %712, %splat142
  br label %kpv143

kpv143:                                           ; preds = %body144, %exit122
  %pacc138.sroa.60.0 = phi <16 x float> [ %713, %exit122 ], [ %779, %body144 ]
  %pacc138.sroa.56.0 = phi <16 x float> [ %710, %exit122 ], [ %771, %body144 ]
  %pacc138.sroa.52.0 = phi <16 x float> [ %707, %exit122 ], [ %763, %body144 ]
  %pacc138.sroa.48.0 = phi <16 x float> [ %704, %exit122 ], [ %755, %body144 ]
  %pacc138.sroa.44.0 = phi <16 x float> [ %699, %exit122 ], [ %778, %body144 ]
  %pacc138.sroa.40.0 = phi <16 x float> [ %696, %exit122 ], [ %770, %body144 ]
  %pacc138.sroa.36.0 = phi <16 x float> [ %693, %exit122 ], [ %762, %body144 ]
  %pacc138.sroa.32.0 = phi <16 x float> [ %690, %exit122 ], [ %754, %body144 ]
  %pacc138.sroa.28.0 = phi <16 x float> [ %685, %exit122 ], [ %777, %body144 ]
  %pacc138.sroa.24.0 = phi <16 x float> [ %682, %exit122 ], [ %769, %body144 ]
  %pacc138.sroa.20.0 = phi <16 x float> [ %679, %exit122 ], [ %761, %body144 ]
  %pacc138.sroa.16.0 = phi <16 x float> [ %676, %exit122 ], [ %753, %body144 ]
  %pacc138.sroa.12.0 = phi <16 x float> [ %671, %exit122 ], [ %776, %body144 ]
  %pacc138.sroa.8.0 = phi <16 x float> [ %668, %exit122 ], [ %768, %body144 ]
  %pacc138.sroa.4.0 = phi <16 x float> [ %665, %exit122 ], [ %760, %body144 ]
  %pacc138.sroa.0.0 = phi <16 x float> [ %662, %exit122 ], [ %752, %body144 ]
  %kpv147 = phi i32 [ 0, %exit122 ], [ %780, %body144 ]
  %714 = icmp slt i32 %kpv147, %535
  br i1 %714, label %body144, label %exit146

body144:                                          ; preds = %kpv143
  %715 = add i32 %kblock31, %kpv147
  %716 = sext i32 %715 to i64
  %717 = mul i64 %716, 8
  %row148 = add i64 %26, %717
  %718 = mul i64 %row148, 256
  %719 = getelementptr i8, ptr %28, i64 %718
  %720 = add i32 %715, 16
  %721 = call i32 @llvm.smin.i32(i32 %720, i32 %k_last)
  %722 = sext i32 %721 to i64
  %723 = mul i64 %722, 8
  %row149 = add i64 %26, %723
  %724 = mul i64 %row149, 256
  %725 = getelementptr i8, ptr %28, i64 %724
  %726 = getelementptr i8, ptr %725, i64 128
  call void @llvm.prefetch.p0(ptr %726, i32 0, i32 3, i32 1)
  %727 = getelementptr i8, ptr %726, i64 64
  call void @llvm.prefetch.p0(ptr %727, i32 0, i32 3, i32 1)
  %728 = add i32 %113, %kpv147
  %729 = call i32 @llvm.smin.i32(i32 %728, i32 %k_last)
  %730 = sext i32 %729 to i64
  %731 = mul i64 %730, 8
  %row150 = add i64 %26, %731
  %732 = mul i64 %row150, 256
  %733 = getelementptr i8, ptr %28, i64 %732
  %734 = getelementptr i8, ptr %733, i64 128
  call void @llvm.prefetch.p0(ptr %734, i32 0, i32 2, i32 1)
  %735 = getelementptr i8, ptr %734, i64 64
  call void @llvm.prefetch.p0(ptr %735, i32 0, i32 2, i32 1)
  %736 = sext i32 %kpv147 to i64
  %737 = getelementptr float, ptr %pbuf, i64 %736
  %p151 = load float, ptr %737, align 4
  %738 = insertelement <16 x float> poison, float %p151, i32 0
  %splat152 = shufflevector <16 x float> %738, <16 x float> poison, <16 x i32> zeroinitializer
  %739 = add i64 64, %736
  %740 = getelementptr float, ptr %pbuf, i64 %739
  %p153 = load float, ptr %740, align 4
  %741 = insertelement <16 x float> poison, float %p153, i32 0
  %splat154 = shufflevector <16 x float> %741, <16 x float> poison, <16 x i32> zeroinitializer
  %742 = add i64 128, %736
  %743 = getelementptr float, ptr %pbuf, i64 %742
  %p155 = load float, ptr %743, align 4
  %744 = insertelement <16 x float> poison, float %p155, i32 0
  %splat156 = shufflevector <16 x float> %744, <16 x float> poison, <16 x i32> zeroinitializer
  %745 = add i64 192, %736
  %746 = getelementptr float, ptr %pbuf, i64 %745
  %p157 = load float, ptr %746, align 4
  %747 = insertelement <16 x float> poison, float %p157, i32 0
  %splat158 = shufflevector <16 x float> %747, <16 x float> poison, <16 x i32> zeroinitializer
  %748 = getelementptr i8, ptr %719, i64 128
  %749 = load <16 x i16>, ptr %748, align 2
  %750 = zext <16 x i16> %749 to <16 x i32>
  %751 = shl <16 x i32> %750, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16159 = bitcast <16 x i32> %751 to <16 x float>
  %752 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat152, <16 x float> %bf16159, <16 x float> %pacc138.sroa.0.0)
  %753 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat154, <16 x float> %bf16159, <16 x float> %pacc138.sroa.16.0)
  %754 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat156, <16 x float> %bf16159, <16 x float> %pacc138.sroa.32.0)
  %755 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat158, <16 x float> %bf16159, <16 x float> %pacc138.sroa.48.0)
  %756 = getelementptr i8, ptr %719, i64 160
  %757 = load <16 x i16>, ptr %756, align 2
  %758 = zext <16 x i16> %757 to <16 x i32>
  %759 = shl <16 x i32> %758, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16160 = bitcast <16 x i32> %759 to <16 x float>
  %760 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat152, <16 x float> %bf16160, <16 x float> %pacc138.sroa.4.0)
  %761 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat154, <16 x float> %bf16160, <16 x float> %pacc138.sroa.20.0)
  %762 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat156, <16 x float> %bf16160, <16 x float> %pacc138.sroa.36.0)
  %763 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat158, <16 x float> %bf16160, <16 x float> %pacc138.sroa.52.0)
  %764 = getelementptr i8, ptr %719, i64 192
  %765 = load <16 x i16>, ptr %764, align 2
  %766 = zext <16 x i16> %765 to <16 x i32>
  %767 = shl <16 x i32> %766, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16161 = bitcast <16 x i32> %767 to <16 x float>
  %768 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat152, <16 x float> %bf16161, <16 x float> %pacc138.sroa.8.0)
  %769 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat154, <16 x float> %bf16161, <16 x float> %pacc138.sroa.24.0)
  %770 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat156, <16 x float> %bf16161, <16 x float> %pacc138.sroa.40.0)
  %771 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat158, <16 x float> %bf16161, <16 x float> %pacc138.sroa.56.0)
  %772 = getelementptr i8, ptr %719, i64 224
  %773 = load <16 x i16>, ptr %772, align 2
  %774 = zext <16 x i16> %773 to <16 x i32>
  %775 = shl <16 x i32> %774, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16162 = bitcast <16 x i32> %775 to <16 x float>
  %776 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat152, <16 x float> %bf16162, <16 x float> %pacc138.sroa.12.0)
  %777 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat154, <16 x float> %bf16162, <16 x float> %pacc138.sroa.28.0)
  %778 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat156, <16 x float> %bf16162, <16 x float> %pacc138.sroa.44.0)
  %779 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat158, <16 x float> %bf16162, <16 x float> %pacc138.sroa.60.0)
  %780 = add nsw i32 %kpv147, 1
  br label %kpv143

exit146:                                          ; preds = %kpv143
  store <16 x float> %pacc138.sroa.0.0, ptr %660, align 64
  store <16 x float> %pacc138.sroa.4.0, ptr %663, align 64
  store <16 x float> %pacc138.sroa.8.0, ptr %666, align 64
  store <16 x float> %pacc138.sroa.12.0, ptr %669, align 64
  store <16 x float> %pacc138.sroa.16.0, ptr %674, align 64
  store <16 x float> %pacc138.sroa.20.0, ptr %677, align 64
  store <16 x float> %pacc138.sroa.24.0, ptr %680, align 64
  store <16 x float> %pacc138.sroa.28.0, ptr %683, align 64
  store <16 x float> %pacc138.sroa.32.0, ptr %688, align 64
  store <16 x float> %pacc138.sroa.36.0, ptr %691, align 64
  store <16 x float> %pacc138.sroa.40.0, ptr %694, align 64
  store <16 x float> %pacc138.sroa.44.0, ptr %697, align 64
  store <16 x float> %pacc138.sroa.48.0, ptr %702, align 64
  store <16 x float> %pacc138.sroa.52.0, ptr %705, align 64
  store <16 x float> %pacc138.sroa.56.0, ptr %708, align 64
  store <16 x float> %pacc138.sroa.60.0, ptr %711, align 64
  br label %kblock

orow163:                                          ; preds = %kblock, %written
  %orow167 = phi i32 [ %804, %written ], [ 0, %kblock ]
  %781 = icmp slt i32 %orow167, %nrows
  br i1 %781, label %body164, label %done

body164:                                          ; preds = %orow163
  %782 = sext i32 %orow167 to i64
  %783 = getelementptr float, ptr %ms, i64 %782
  %m168 = load float, ptr %783, align 4
  %784 = getelementptr float, ptr %ls, i64 %782
  %l169 = load float, ptr %784, align 4
  %785 = mul i64 %782, 128
  %786 = getelementptr float, ptr %accs, i64 %785
  %787 = icmp ne ptr %part, null
  br i1 %787, label %partial, label %final

partial:                                          ; preds = %body164
  %788 = sext i32 %nrows to i64
  %789 = getelementptr float, ptr %part, i64 %785
  br label %chunk170

final:                                            ; preds = %body164
  %790 = sdiv i32 %orow167, %nh
  %qi175 = add i32 %q_begin, %790
  %791 = srem i32 %orow167, %nh
  %792 = add i32 %h_begin, %791
  %793 = mul i32 %kv_head, 4
  %hq176 = add i32 %793, %792
  %794 = sext i32 %qi175 to i64
  %795 = add i64 %q_row0, %794
  %796 = mul i64 %795, 32
  %797 = sext i32 %hq176 to i64
  %orow177 = add i64 %796, %797
  %798 = fcmp oeq float %l169, 0.000000e+00
  %799 = fdiv float 1.000000e+00, %l169
  %800 = select i1 %798, float 0.000000e+00, float %799
  %801 = mul i64 %orow177, 256
  %802 = getelementptr i8, ptr %out, i64 %801
  %803 = insertelement <16 x float> poison, float %800, i32 0
  %splat178 = shufflevector <16 x float> %803, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk179

written:                                          ; preds = %chunk179, %exit173
  %804 = add nsw i32 %orow167, 1
  br label %orow163

chunk170:                                         ; preds = %body171, %partial
  %chunk174 = phi i64 [ 0, %partial ], [ %810, %body171 ]
  %805 = icmp slt i64 %chunk174, 8
  br i1 %805, label %body171, label %exit173

body171:                                          ; preds = %chunk170
  %806 = getelementptr <16 x float>, ptr %786, i64 %chunk174
  %807 = load <16 x float>, ptr %806, align 64
  %808 = mul i64 %chunk174, 64
  %809 = getelementptr i8, ptr %789, i64 %808
  store <16 x float> %807, ptr %809, align 4
  %810 = add nsw i64 %chunk174, 1
  br label %chunk170

exit173:                                          ; preds = %chunk170
  %811 = mul i64 %788, 128
  %812 = add i64 %811, %782
  %813 = getelementptr float, ptr %part, i64 %812
  store float %m168, ptr %813, align 4
  %814 = add i64 %812, %788
  %815 = getelementptr float, ptr %part, i64 %814
  store float %l169, ptr %815, align 4
  br label %written

chunk179:                                         ; preds = %body180, %final
  %chunk183 = phi i64 [ 0, %final ], [ %832, %body180 ]
  %816 = icmp slt i64 %chunk183, 8
  br i1 %816, label %body180, label %written

body180:                                          ; preds = %chunk179
  %817 = getelementptr <16 x float>, ptr %786, i64 %chunk183
  %818 = load <16 x float>, ptr %817, align 64
  %819 = fmul <16 x float> %818, %splat178
  %820 = mul i64 %chunk183, 32
  %821 = getelementptr i8, ptr %802, i64 %820
  %822 = bitcast <16 x float> %819 to <16 x i32>
  %823 = lshr <16 x i32> %822, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %824 = and <16 x i32> %823, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %825 = add <16 x i32> %824, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %826 = add <16 x i32> %822, %825
  %827 = lshr <16 x i32> %826, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %828 = fcmp uno <16 x float> %819, %819
  %829 = or <16 x i32> %823, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %830 = select <16 x i1> %828, <16 x i32> %829, <16 x i32> %827
  %831 = trunc <16 x i32> %830 to <16 x i16>
  store <16 x i16> %831, ptr %821, align 2
  %832 = add nsw i64 %chunk183, 1
  br label %chunk179
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
define internal void @document_mask_tile(ptr %0, ptr %1) #0 {
entry:
  %lv = alloca [8 x <16 x float>], align 64
  %mv = alloca [8 x <16 x float>], align 64
  %lows = alloca [128 x i32], align 64
  %lims = alloca [128 x i32], align 64
  %rowbuf = alloca [8 x <16 x float>], align 64
  %ot = alloca [65536 x i8], align 64
  %st = alloca [7680 x i8], align 64
  %vbuf = alloca [24576 x i8], align 64
  %kbuf = alloca [30720 x i8], align 64
  %qt = alloca [65536 x i8], align 64
  %ls = alloca [128 x float], align 64
  %ms = alloca [128 x float], align 64
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

common.ret:                                       ; preds = %orow145, %rows, %one_query
  ret void

one_query:                                        ; preds = %entry
  call void @document_mask_tile_one(ptr %0, ptr %1)
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
  %15 = getelementptr i8, ptr %0, i64 168
  %doc_id = load ptr, ptr %15, align 8
  %16 = mul i64 %14, 8192
  %17 = getelementptr i32, ptr %doc_id, i64 %16
  %18 = getelementptr i8, ptr %0, i64 16
  %kv_len = load ptr, ptr %18, align 8
  %19 = getelementptr i32, ptr %kv_len, i64 %14
  %20 = getelementptr i8, ptr %0, i64 32
  %q = load ptr, ptr %20, align 8
  %21 = getelementptr i8, ptr %0, i64 40
  %out = load ptr, ptr %21, align 8
  %22 = getelementptr i8, ptr %0, i64 48
  %23 = getelementptr i8, ptr %0, i64 56
  %k_cache = load ptr, ptr %23, align 8
  %24 = mul i64 %14, 16777216
  %25 = getelementptr i8, ptr %k_cache, i64 %24
  %26 = sext i32 %kv_head to i64
  %27 = getelementptr i8, ptr %0, i64 64
  %v_cache = load ptr, ptr %27, align 8
  %28 = getelementptr i8, ptr %v_cache, i64 %24
  %29 = icmp sgt i32 %nrows, 0
  br i1 %29, label %qrow, label %common.ret

qrow:                                             ; preds = %rows, %exit13
  %qrow1 = phi i32 [ %92, %exit13 ], [ 0, %rows ]
  %30 = icmp slt i32 %qrow1, 128
  br i1 %30, label %body, label %otzero

body:                                             ; preds = %qrow
  %31 = icmp slt i32 %qrow1, %nrows
  %32 = sub i32 %nrows, 1
  %33 = call i32 @llvm.smin.i32(i32 %qrow1, i32 %32)
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
  %42 = mul i64 %orow, 256
  %43 = getelementptr i8, ptr %q, i64 %42
  %44 = select i1 %31, float 0x3FC0527DC0000000, float 0.000000e+00
  %45 = insertelement <16 x float> poison, float %44, i32 0
  %splat = shufflevector <16 x float> %45, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %54, %body2 ]
  %46 = icmp slt i64 %chunk5, 8
  br i1 %46, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %47 = mul i64 %chunk5, 32
  %48 = getelementptr i8, ptr %43, i64 %47
  %49 = load <16 x i16>, ptr %48, align 2
  %50 = zext <16 x i16> %49 to <16 x i32>
  %51 = shl <16 x i32> %50, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16 = bitcast <16 x i32> %51 to <16 x float>
  %52 = fmul <16 x float> %bf16, %splat
  %53 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk5
  store <16 x float> %52, ptr %53, align 64
  %54 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %55 = sext i32 %qrow1 to i64
  %56 = getelementptr i32, ptr %lims, i64 %55
  %qpos = add i32 %q_pos0, %qi
  %57 = add i32 %qpos, 1
  %58 = call i32 @llvm.smin.i32(i32 %57, i32 %k_end)
  store i32 %58, ptr %56, align 4
  %59 = getelementptr i32, ptr %lows, i64 %55
  %60 = sext i32 %qpos to i64
  %61 = getelementptr i32, ptr %17, i64 %60
  %doc_q = load i32, ptr %61, align 4
  br label %doc_search

doc_search:                                       ; preds = %body7, %exit4
  %doc_hi.0 = phi i32 [ %qpos, %exit4 ], [ %75, %body7 ]
  %doc_lo.0 = phi i32 [ 0, %exit4 ], [ %72, %body7 ]
  %doc_search10 = phi i32 [ 0, %exit4 ], [ %76, %body7 ]
  %62 = icmp slt i32 %doc_search10, 14
  br i1 %62, label %body7, label %exit9

body7:                                            ; preds = %doc_search
  %63 = icmp slt i32 %doc_lo.0, %doc_hi.0
  %64 = sub i32 %doc_hi.0, %doc_lo.0
  %65 = lshr i32 %64, 1
  %mid = add i32 %doc_lo.0, %65
  %66 = select i1 %63, i32 %mid, i32 0
  %67 = sext i32 %66 to i64
  %68 = getelementptr i32, ptr %17, i64 %67
  %doc = load i32, ptr %68, align 4
  %69 = icmp slt i32 %doc, %doc_q
  %70 = add i32 %mid, 1
  %71 = and i1 %63, %69
  %72 = select i1 %71, i32 %70, i32 %doc_lo.0
  %73 = xor i1 %69, true
  %74 = and i1 %63, %73
  %75 = select i1 %74, i32 %mid, i32 %doc_hi.0
  %76 = add nsw i32 %doc_search10, 1
  br label %doc_search

exit9:                                            ; preds = %doc_search
  %77 = call i32 @llvm.smax.i32(i32 %doc_lo.0, i32 %k_begin)
  store i32 %77, ptr %59, align 4
  %78 = sdiv i32 %qrow1, 32
  %79 = sext i32 %78 to i64
  %80 = mul i64 %79, 4096
  %81 = getelementptr i32, ptr %qt, i64 %80
  %82 = srem i32 %qrow1, 32
  br label %qcol

qcol:                                             ; preds = %body11, %exit9
  %qcol14 = phi i32 [ 0, %exit9 ], [ %91, %body11 ]
  %83 = icmp slt i32 %qcol14, 128
  br i1 %83, label %body11, label %exit13

body11:                                           ; preds = %qcol
  %84 = sext i32 %qcol14 to i64
  %85 = getelementptr i32, ptr %rowbuf, i64 %84
  %86 = load float, ptr %85, align 4
  %87 = sext i32 %82 to i64
  %88 = mul i64 %84, 32
  %89 = add i64 %88, %87
  %90 = getelementptr i32, ptr %81, i64 %89
  store float %86, ptr %90, align 4
  %91 = add nsw i32 %qcol14, 1
  br label %qcol

exit13:                                           ; preds = %qcol
  %92 = add nsw i32 %qrow1, 1
  br label %qrow

otzero:                                           ; preds = %qrow, %body15
  %otzero18 = phi i32 [ %97, %body15 ], [ 0, %qrow ]
  %93 = icmp slt i32 %otzero18, 1024
  br i1 %93, label %body15, label %exit17

body15:                                           ; preds = %otzero
  %94 = sext i32 %otzero18 to i64
  %95 = mul i64 %94, 16
  %96 = getelementptr i32, ptr %ot, i64 %95
  store <16 x float> zeroinitializer, ptr %96, align 64
  %97 = add nsw i32 %otzero18, 1
  br label %otzero

exit17:                                           ; preds = %otzero
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %mv, align 64
  store <16 x float> zeroinitializer, ptr %lv, align 64
  %98 = getelementptr <16 x float>, ptr %mv, i64 1
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %98, align 64
  %99 = getelementptr <16 x float>, ptr %lv, i64 1
  store <16 x float> zeroinitializer, ptr %99, align 64
  %100 = getelementptr <16 x float>, ptr %mv, i64 2
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %100, align 64
  %101 = getelementptr <16 x float>, ptr %lv, i64 2
  store <16 x float> zeroinitializer, ptr %101, align 64
  %102 = getelementptr <16 x float>, ptr %mv, i64 3
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %102, align 64
  %103 = getelementptr <16 x float>, ptr %lv, i64 3
  store <16 x float> zeroinitializer, ptr %103, align 64
  %104 = getelementptr <16 x float>, ptr %mv, i64 4
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %104, align 64
  %105 = getelementptr <16 x float>, ptr %lv, i64 4
  store <16 x float> zeroinitializer, ptr %105, align 64
  %106 = getelementptr <16 x float>, ptr %mv, i64 5
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %106, align 64
  %107 = getelementptr <16 x float>, ptr %lv, i64 5
  store <16 x float> zeroinitializer, ptr %107, align 64
  %108 = getelementptr <16 x float>, ptr %mv, i64 6
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %108, align 64
  %109 = getelementptr <16 x float>, ptr %lv, i64 6
  store <16 x float> zeroinitializer, ptr %109, align 64
  %110 = getelementptr <16 x float>, ptr %mv, i64 7
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %110, align 64
  %111 = getelementptr <16 x float>, ptr %lv, i64 7
  store <16 x float> zeroinitializer, ptr %111, align 64
  %112 = sub i32 %nrows, 1
  %113 = sdiv i32 %112, %nh
  %114 = add i32 %q_begin, %113
  %qpos19 = add i32 %q_pos0, %114
  %115 = add i32 %qpos19, 1
  %116 = call i32 @llvm.smin.i32(i32 %115, i32 %k_end)
  %qpos20 = add i32 %q_pos0, %q_begin
  %117 = sext i32 %qpos20 to i64
  %118 = getelementptr i32, ptr %17, i64 %117
  %doc_q21 = load i32, ptr %118, align 4
  br label %doc_search24

doc_search24:                                     ; preds = %body25, %exit17
  %doc_hi23.0 = phi i32 [ %qpos20, %exit17 ], [ %132, %body25 ]
  %doc_lo22.0 = phi i32 [ 0, %exit17 ], [ %129, %body25 ]
  %doc_search28 = phi i32 [ 0, %exit17 ], [ %133, %body25 ]
  %119 = icmp slt i32 %doc_search28, 14
  br i1 %119, label %body25, label %exit27

body25:                                           ; preds = %doc_search24
  %120 = icmp slt i32 %doc_lo22.0, %doc_hi23.0
  %121 = sub i32 %doc_hi23.0, %doc_lo22.0
  %122 = lshr i32 %121, 1
  %mid29 = add i32 %doc_lo22.0, %122
  %123 = select i1 %120, i32 %mid29, i32 0
  %124 = sext i32 %123 to i64
  %125 = getelementptr i32, ptr %17, i64 %124
  %doc30 = load i32, ptr %125, align 4
  %126 = icmp slt i32 %doc30, %doc_q21
  %127 = add i32 %mid29, 1
  %128 = and i1 %120, %126
  %129 = select i1 %128, i32 %127, i32 %doc_lo22.0
  %130 = xor i1 %126, true
  %131 = and i1 %120, %130
  %132 = select i1 %131, i32 %mid29, i32 %doc_hi23.0
  %133 = add nsw i32 %doc_search28, 1
  br label %doc_search24

exit27:                                           ; preds = %doc_search24
  %134 = call i32 @llvm.smax.i32(i32 %doc_lo22.0, i32 %k_begin)
  %k_last = sub i32 %116, 1
  br label %ktile

ktile:                                            ; preds = %exit63, %exit27
  %ktile35 = phi i32 [ %134, %exit27 ], [ %281, %exit63 ]
  %135 = icmp slt i32 %ktile35, %116
  br i1 %135, label %body32, label %exit34

body32:                                           ; preds = %ktile
  %136 = sub i32 %116, %ktile35
  %137 = call i32 @llvm.smin.i32(i32 48, i32 %136)
  %138 = add i32 %137, 11
  %139 = sdiv i32 %138, 12
  %140 = mul i32 %139, 12
  br label %kpack

exit34:                                           ; preds = %ktile
  %141 = load <16 x float>, ptr %mv, align 64
  store <16 x float> %141, ptr %ms, align 64
  %142 = load <16 x float>, ptr %lv, align 64
  store <16 x float> %142, ptr %ls, align 64
  %143 = getelementptr float, ptr %ms, i64 16
  %144 = load <16 x float>, ptr %98, align 64
  store <16 x float> %144, ptr %143, align 64
  %145 = getelementptr float, ptr %ls, i64 16
  %146 = load <16 x float>, ptr %99, align 64
  store <16 x float> %146, ptr %145, align 64
  %147 = getelementptr float, ptr %ms, i64 32
  %148 = load <16 x float>, ptr %100, align 64
  store <16 x float> %148, ptr %147, align 64
  %149 = getelementptr float, ptr %ls, i64 32
  %150 = load <16 x float>, ptr %101, align 64
  store <16 x float> %150, ptr %149, align 64
  %151 = getelementptr float, ptr %ms, i64 48
  %152 = load <16 x float>, ptr %102, align 64
  store <16 x float> %152, ptr %151, align 64
  %153 = getelementptr float, ptr %ls, i64 48
  %154 = load <16 x float>, ptr %103, align 64
  store <16 x float> %154, ptr %153, align 64
  %155 = getelementptr float, ptr %ms, i64 64
  %156 = load <16 x float>, ptr %104, align 64
  store <16 x float> %156, ptr %155, align 64
  %157 = getelementptr float, ptr %ls, i64 64
  %158 = load <16 x float>, ptr %105, align 64
  store <16 x float> %158, ptr %157, align 64
  %159 = getelementptr float, ptr %ms, i64 80
  %160 = load <16 x float>, ptr %106, align 64
  store <16 x float> %160, ptr %159, align 64
  %161 = getelementptr float, ptr %ls, i64 80
  %162 = load <16 x float>, ptr %107, align 64
  store <16 x float> %162, ptr %161, align 64
  %163 = getelementptr float, ptr %ms, i64 96
  %164 = load <16 x float>, ptr %108, align 64
  store <16 x float> %164, ptr %163, align 64
  %165 = getelementptr float, ptr %ls, i64 96
  %166 = load <16 x float>, ptr %109, align 64
  store <16 x float> %166, ptr %165, align 64
  %167 = getelementptr float, ptr %ms, i64 112
  %168 = load <16 x float>, ptr %110, align 64
  store <16 x float> %168, ptr %167, align 64
  %169 = getelementptr float, ptr %ls, i64 112
  %170 = load <16 x float>, ptr %111, align 64
  store <16 x float> %170, ptr %169, align 64
  br label %orow145

kpack:                                            ; preds = %body36, %body32
  %kpack39 = phi i32 [ 0, %body32 ], [ %219, %body36 ]
  %171 = icmp slt i32 %kpack39, %140
  br i1 %171, label %body36, label %vpack

body36:                                           ; preds = %kpack
  %172 = add i32 %ktile35, %kpack39
  %173 = call i32 @llvm.smin.i32(i32 %172, i32 %k_last)
  %174 = sext i32 %173 to i64
  %175 = mul i64 %174, 8
  %row = add i64 %26, %175
  %176 = mul i64 %row, 256
  %177 = getelementptr i8, ptr %25, i64 %176
  %178 = sext i32 %kpack39 to i64
  %179 = mul i64 %178, 128
  %180 = getelementptr i32, ptr %kbuf, i64 %179
  %181 = load <16 x i16>, ptr %177, align 2
  %182 = zext <16 x i16> %181 to <16 x i32>
  %183 = shl <16 x i32> %182, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1640 = bitcast <16 x i32> %183 to <16 x float>
  store <16 x float> %bf1640, ptr %180, align 64
  %184 = getelementptr i8, ptr %177, i64 32
  %185 = load <16 x i16>, ptr %184, align 2
  %186 = zext <16 x i16> %185 to <16 x i32>
  %187 = shl <16 x i32> %186, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1641 = bitcast <16 x i32> %187 to <16 x float>
  %188 = getelementptr i8, ptr %180, i64 64
  store <16 x float> %bf1641, ptr %188, align 64
  %189 = getelementptr i8, ptr %177, i64 64
  %190 = load <16 x i16>, ptr %189, align 2
  %191 = zext <16 x i16> %190 to <16 x i32>
  %192 = shl <16 x i32> %191, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1642 = bitcast <16 x i32> %192 to <16 x float>
  %193 = getelementptr i8, ptr %180, i64 128
  store <16 x float> %bf1642, ptr %193, align 64
  %194 = getelementptr i8, ptr %177, i64 96
  %195 = load <16 x i16>, ptr %194, align 2
  %196 = zext <16 x i16> %195 to <16 x i32>
  %197 = shl <16 x i32> %196, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1643 = bitcast <16 x i32> %197 to <16 x float>
  %198 = getelementptr i8, ptr %180, i64 192
  store <16 x float> %bf1643, ptr %198, align 64
  %199 = getelementptr i8, ptr %177, i64 128
  %200 = load <16 x i16>, ptr %199, align 2
  %201 = zext <16 x i16> %200 to <16 x i32>
  %202 = shl <16 x i32> %201, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1644 = bitcast <16 x i32> %202 to <16 x float>
  %203 = getelementptr i8, ptr %180, i64 256
  store <16 x float> %bf1644, ptr %203, align 64
  %204 = getelementptr i8, ptr %177, i64 160
  %205 = load <16 x i16>, ptr %204, align 2
  %206 = zext <16 x i16> %205 to <16 x i32>
  %207 = shl <16 x i32> %206, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1645 = bitcast <16 x i32> %207 to <16 x float>
  %208 = getelementptr i8, ptr %180, i64 320
  store <16 x float> %bf1645, ptr %208, align 64
  %209 = getelementptr i8, ptr %177, i64 192
  %210 = load <16 x i16>, ptr %209, align 2
  %211 = zext <16 x i16> %210 to <16 x i32>
  %212 = shl <16 x i32> %211, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1646 = bitcast <16 x i32> %212 to <16 x float>
  %213 = getelementptr i8, ptr %180, i64 384
  store <16 x float> %bf1646, ptr %213, align 64
  %214 = getelementptr i8, ptr %177, i64 224
  %215 = load <16 x i16>, ptr %214, align 2
  %216 = zext <16 x i16> %215 to <16 x i32>
  %217 = shl <16 x i32> %216, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1647 = bitcast <16 x i32> %217 to <16 x float>
  %218 = getelementptr i8, ptr %180, i64 448
  store <16 x float> %bf1647, ptr %218, align 64
  %219 = add nsw i32 %kpack39, 1
  br label %kpack

vpack:                                            ; preds = %kpack, %body48
  %vpack51 = phi i32 [ %267, %body48 ], [ 0, %kpack ]
  %220 = icmp slt i32 %vpack51, %137
  br i1 %220, label %body48, label %exit50

body48:                                           ; preds = %vpack
  %221 = add i32 %ktile35, %vpack51
  %222 = sext i32 %221 to i64
  %223 = mul i64 %222, 8
  %row52 = add i64 %26, %223
  %224 = mul i64 %row52, 256
  %225 = getelementptr i8, ptr %28, i64 %224
  %226 = sext i32 %vpack51 to i64
  %227 = mul i64 %226, 128
  %228 = getelementptr i32, ptr %vbuf, i64 %227
  %229 = load <16 x i16>, ptr %225, align 2
  %230 = zext <16 x i16> %229 to <16 x i32>
  %231 = shl <16 x i32> %230, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1653 = bitcast <16 x i32> %231 to <16 x float>
  store <16 x float> %bf1653, ptr %228, align 64
  %232 = getelementptr i8, ptr %225, i64 32
  %233 = load <16 x i16>, ptr %232, align 2
  %234 = zext <16 x i16> %233 to <16 x i32>
  %235 = shl <16 x i32> %234, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1654 = bitcast <16 x i32> %235 to <16 x float>
  %236 = getelementptr i8, ptr %228, i64 64
  store <16 x float> %bf1654, ptr %236, align 64
  %237 = getelementptr i8, ptr %225, i64 64
  %238 = load <16 x i16>, ptr %237, align 2
  %239 = zext <16 x i16> %238 to <16 x i32>
  %240 = shl <16 x i32> %239, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1655 = bitcast <16 x i32> %240 to <16 x float>
  %241 = getelementptr i8, ptr %228, i64 128
  store <16 x float> %bf1655, ptr %241, align 64
  %242 = getelementptr i8, ptr %225, i64 96
  %243 = load <16 x i16>, ptr %242, align 2
  %244 = zext <16 x i16> %243 to <16 x i32>
  %245 = shl <16 x i32> %244, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1656 = bitcast <16 x i32> %245 to <16 x float>
  %246 = getelementptr i8, ptr %228, i64 192
  store <16 x float> %bf1656, ptr %246, align 64
  %247 = getelementptr i8, ptr %225, i64 128
  %248 = load <16 x i16>, ptr %247, align 2
  %249 = zext <16 x i16> %248 to <16 x i32>
  %250 = shl <16 x i32> %249, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1657 = bitcast <16 x i32> %250 to <16 x float>
  %251 = getelementptr i8, ptr %228, i64 256
  store <16 x float> %bf1657, ptr %251, align 64
  %252 = getelementptr i8, ptr %225, i64 160
  %253 = load <16 x i16>, ptr %252, align 2
  %254 = zext <16 x i16> %253 to <16 x i32>
  %255 = shl <16 x i32> %254, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1658 = bitcast <16 x i32> %255 to <16 x float>
  %256 = getelementptr i8, ptr %228, i64 320
  store <16 x float> %bf1658, ptr %256, align 64
  %257 = getelementptr i8, ptr %225, i64 192
  %258 = load <16 x i16>, ptr %257, align 2
  %259 = zext <16 x i16> %258 to <16 x i32>
  %260 = shl <16 x i32> %259, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1659 = bitcast <16 x i32> %260 to <16 x float>
  %261 = getelementptr i8, ptr %228, i64 384
  store <16 x float> %bf1659, ptr %261, align 64
  %262 = getelementptr i8, ptr %225, i64 224
  %263 = load <16 x i16>, ptr %262, align 2
  %264 = zext <16 x i16> %263 to <16 x i32>
  %265 = shl <16 x i32> %264, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1660 = bitcast <16 x i32> %265 to <16 x float>
  %266 = getelementptr i8, ptr %228, i64 448
  store <16 x float> %bf1660, ptr %266, align 64
  %267 = add nsw i32 %vpack51, 1
  br label %vpack

exit50:                                           ; preds = %vpack
  %268 = add i32 %nrows, 31
  %nblk = sdiv i32 %268, 32
  br label %rblock

rblock:                                           ; preds = %join, %exit50
  %rblock64 = phi i32 [ 0, %exit50 ], [ %298, %join ]
  %269 = icmp slt i32 %rblock64, %nblk
  br i1 %269, label %body61, label %exit63

body61:                                           ; preds = %rblock
  %270 = sext i32 %rblock64 to i64
  %271 = mul i32 %rblock64, 32
  %272 = add i32 %271, 31
  %273 = call i32 @llvm.smin.i32(i32 %272, i32 %112)
  %274 = sdiv i32 %273, %nh
  %275 = add i32 %q_begin, %274
  %qpos65 = add i32 %q_pos0, %275
  %276 = add i32 %qpos65, 1
  %277 = call i32 @llvm.smin.i32(i32 %276, i32 %k_end)
  %278 = sub i32 %277, %ktile35
  %279 = call i32 @llvm.smin.i32(i32 %137, i32 %278)
  %280 = icmp sgt i32 %279, 0
  br i1 %280, label %rvisit, label %join

exit63:                                           ; preds = %rblock
  %281 = add nsw i32 %ktile35, 48
  br label %ktile

rvisit:                                           ; preds = %body61
  %282 = mul i64 %270, 4096
  %283 = getelementptr i32, ptr %qt, i64 %282
  %284 = getelementptr i32, ptr %ot, i64 %282
  %285 = mul i64 %270, 2
  %286 = getelementptr <16 x float>, ptr %mv, i64 %285
  %287 = getelementptr <16 x float>, ptr %lv, i64 %285
  %288 = mul i64 %270, 32
  %289 = getelementptr i32, ptr %lims, i64 %288
  %290 = load <16 x i32>, ptr %289, align 64
  %291 = getelementptr i32, ptr %lows, i64 %288
  %292 = load <16 x i32>, ptr %291, align 64
  %293 = add i64 %288, 16
  %294 = getelementptr i32, ptr %lims, i64 %293
  %295 = load <16 x i32>, ptr %294, align 64
  %296 = getelementptr i32, ptr %lows, i64 %293
  %297 = load <16 x i32>, ptr %296, align 64
  br label %sblock

join:                                             ; preds = %pvblock, %body61
  %298 = add nsw i32 %rblock64, 1
  br label %rblock

sblock:                                           ; preds = %exit72, %rvisit
  %sblock69 = phi i32 [ 0, %rvisit ], [ %382, %exit72 ]
  %299 = icmp slt i32 %sblock69, %279
  br i1 %299, label %body66, label %smask

body66:                                           ; preds = %sblock
  %300 = sext i32 %sblock69 to i64
  %301 = mul i64 %300, 128
  %302 = getelementptr i32, ptr %kbuf, i64 %301
  br label %sdim

sdim:                                             ; preds = %body70, %body66
  %sacc.sroa.92.0 = phi <16 x float> [ zeroinitializer, %body66 ], [ %355, %body70 ]
  %sacc.sroa.88.0 = phi <16 x float> [ zeroinitializer, %body66 ], [ %354, %body70 ]
  %sacc.sroa.84.0 = phi <16 x float> [ zeroinitializer, %body66 ], [ %351, %body70 ]
  %sacc.sroa.80.0 = phi <16 x float> [ zeroinitializer, %body66 ], [ %350, %body70 ]
  %sacc.sroa.76.0 = phi <16 x float> [ zeroinitializer, %body66 ], [ %347, %body70 ]
  %sacc.sroa.72.0 = phi <16 x float> [ zeroinitializer, %body66 ], [ %346, %body70 ]
  %sacc.sroa.68.0 = phi <16 x float> [ zeroinitializer, %body66 ], [ %343, %body70 ]
  %sacc.sroa.64.0 = phi <16 x float> [ zeroinitializer, %body66 ], [ %342, %body70 ]
  %sacc.sroa.60.0 = phi <16 x float> [ zeroinitializer, %body66 ], [ %339, %body70 ]
  %sacc.sroa.56.0 = phi <16 x float> [ zeroinitializer, %body66 ], [ %338, %body70 ]
  %sacc.sroa.52.0 = phi <16 x float> [ zeroinitializer, %body66 ], [ %335, %body70 ]
  %sacc.sroa.48.0 = phi <16 x float> [ zeroinitializer, %body66 ], [ %334, %body70 ]
  %sacc.sroa.44.0 = phi <16 x float> [ zeroinitializer, %body66 ], [ %331, %body70 ]
  %sacc.sroa.40.0 = phi <16 x float> [ zeroinitializer, %body66 ], [ %330, %body70 ]
  %sacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %body66 ], [ %327, %body70 ]
  %sacc.sroa.32.0 = phi <16 x float> [ zeroinitializer, %body66 ], [ %326, %body70 ]
  %sacc.sroa.28.0 = phi <16 x float> [ zeroinitializer, %body66 ], [ %323, %body70 ]
  %sacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %body66 ], [ %322, %body70 ]
  %sacc.sroa.20.0 = phi <16 x float> [ zeroinitializer, %body66 ], [ %319, %body70 ]
  %sacc.sroa.16.0 = phi <16 x float> [ zeroinitializer, %body66 ], [ %318, %body70 ]
  %sacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %body66 ], [ %315, %body70 ]
  %sacc.sroa.8.0 = phi <16 x float> [ zeroinitializer, %body66 ], [ %314, %body70 ]
  %sacc.sroa.4.0 = phi <16 x float> [ zeroinitializer, %body66 ], [ %311, %body70 ]
  %sacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %body66 ], [ %310, %body70 ]
  %sdim73 = phi i32 [ 0, %body66 ], [ %356, %body70 ]
  %303 = icmp slt i32 %sdim73, 128
  br i1 %303, label %body70, label %exit72

body70:                                           ; preds = %sdim
  %304 = sext i32 %sdim73 to i64
  %305 = mul i64 %304, 32
  %306 = getelementptr i32, ptr %283, i64 %305
  %qt74 = load <16 x float>, ptr %306, align 64
  %307 = getelementptr i32, ptr %306, i64 16
  %qt75 = load <16 x float>, ptr %307, align 64
  %308 = getelementptr i32, ptr %302, i64 %304
  %k = load float, ptr %308, align 4
  %309 = insertelement <16 x float> poison, float %k, i32 0
  %splat76 = shufflevector <16 x float> %309, <16 x float> poison, <16 x i32> zeroinitializer
  %310 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt74, <16 x float> %splat76, <16 x float> %sacc.sroa.0.0)
  %311 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt75, <16 x float> %splat76, <16 x float> %sacc.sroa.4.0)
  %312 = getelementptr i32, ptr %308, i64 128
  %k77 = load float, ptr %312, align 4
  %313 = insertelement <16 x float> poison, float %k77, i32 0
  %splat78 = shufflevector <16 x float> %313, <16 x float> poison, <16 x i32> zeroinitializer
  %314 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt74, <16 x float> %splat78, <16 x float> %sacc.sroa.8.0)
  %315 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt75, <16 x float> %splat78, <16 x float> %sacc.sroa.12.0)
  %316 = getelementptr i32, ptr %308, i64 256
  %k79 = load float, ptr %316, align 4
  %317 = insertelement <16 x float> poison, float %k79, i32 0
  %splat80 = shufflevector <16 x float> %317, <16 x float> poison, <16 x i32> zeroinitializer
  %318 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt74, <16 x float> %splat80, <16 x float> %sacc.sroa.16.0)
  %319 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt75, <16 x float> %splat80, <16 x float> %sacc.sroa.20.0)
  %320 = getelementptr i32, ptr %308, i64 384
  %k81 = load float, ptr %320, align 4
  %321 = insertelement <16 x float> poison, float %k81, i32 0
  %splat82 = shufflevector <16 x float> %321, <16 x float> poison, <16 x i32> zeroinitializer
  %322 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt74, <16 x float> %splat82, <16 x float> %sacc.sroa.24.0)
  %323 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt75, <16 x float> %splat82, <16 x float> %sacc.sroa.28.0)
  %324 = getelementptr i32, ptr %308, i64 512
  %k83 = load float, ptr %324, align 4
  %325 = insertelement <16 x float> poison, float %k83, i32 0
  %splat84 = shufflevector <16 x float> %325, <16 x float> poison, <16 x i32> zeroinitializer
  %326 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt74, <16 x float> %splat84, <16 x float> %sacc.sroa.32.0)
  %327 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt75, <16 x float> %splat84, <16 x float> %sacc.sroa.36.0)
  %328 = getelementptr i32, ptr %308, i64 640
  %k85 = load float, ptr %328, align 4
  %329 = insertelement <16 x float> poison, float %k85, i32 0
  %splat86 = shufflevector <16 x float> %329, <16 x float> poison, <16 x i32> zeroinitializer
  %330 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt74, <16 x float> %splat86, <16 x float> %sacc.sroa.40.0)
  %331 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt75, <16 x float> %splat86, <16 x float> %sacc.sroa.44.0)
  %332 = getelementptr i32, ptr %308, i64 768
  %k87 = load float, ptr %332, align 4
  %333 = insertelement <16 x float> poison, float %k87, i32 0
  %splat88 = shufflevector <16 x float> %333, <16 x float> poison, <16 x i32> zeroinitializer
  %334 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt74, <16 x float> %splat88, <16 x float> %sacc.sroa.48.0)
  %335 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt75, <16 x float> %splat88, <16 x float> %sacc.sroa.52.0)
  %336 = getelementptr i32, ptr %308, i64 896
  %k89 = load float, ptr %336, align 4
  %337 = insertelement <16 x float> poison, float %k89, i32 0
  %splat90 = shufflevector <16 x float> %337, <16 x float> poison, <16 x i32> zeroinitializer
  %338 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt74, <16 x float> %splat90, <16 x float> %sacc.sroa.56.0)
  %339 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt75, <16 x float> %splat90, <16 x float> %sacc.sroa.60.0)
  %340 = getelementptr i32, ptr %308, i64 1024
  %k91 = load float, ptr %340, align 4
  %341 = insertelement <16 x float> poison, float %k91, i32 0
  %splat92 = shufflevector <16 x float> %341, <16 x float> poison, <16 x i32> zeroinitializer
  %342 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt74, <16 x float> %splat92, <16 x float> %sacc.sroa.64.0)
  %343 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt75, <16 x float> %splat92, <16 x float> %sacc.sroa.68.0)
  %344 = getelementptr i32, ptr %308, i64 1152
  %k93 = load float, ptr %344, align 4
  %345 = insertelement <16 x float> poison, float %k93, i32 0
  %splat94 = shufflevector <16 x float> %345, <16 x float> poison, <16 x i32> zeroinitializer
  %346 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt74, <16 x float> %splat94, <16 x float> %sacc.sroa.72.0)
  %347 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt75, <16 x float> %splat94, <16 x float> %sacc.sroa.76.0)
  %348 = getelementptr i32, ptr %308, i64 1280
  %k95 = load float, ptr %348, align 4
  %349 = insertelement <16 x float> poison, float %k95, i32 0
  %splat96 = shufflevector <16 x float> %349, <16 x float> poison, <16 x i32> zeroinitializer
  %350 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt74, <16 x float> %splat96, <16 x float> %sacc.sroa.80.0)
  %351 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt75, <16 x float> %splat96, <16 x float> %sacc.sroa.84.0)
  %352 = getelementptr i32, ptr %308, i64 1408
  %k97 = load float, ptr %352, align 4
  %353 = insertelement <16 x float> poison, float %k97, i32 0
  %splat98 = shufflevector <16 x float> %353, <16 x float> poison, <16 x i32> zeroinitializer
  %354 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt74, <16 x float> %splat98, <16 x float> %sacc.sroa.88.0)
  %355 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt75, <16 x float> %splat98, <16 x float> %sacc.sroa.92.0)
  %356 = add nsw i32 %sdim73, 1
  br label %sdim

exit72:                                           ; preds = %sdim
  %357 = mul i64 %300, 32
  %358 = getelementptr i32, ptr %st, i64 %357
  store <16 x float> %sacc.sroa.0.0, ptr %358, align 64
  %359 = getelementptr i32, ptr %358, i64 16
  store <16 x float> %sacc.sroa.4.0, ptr %359, align 64
  %360 = getelementptr i32, ptr %358, i64 32
  store <16 x float> %sacc.sroa.8.0, ptr %360, align 64
  %361 = getelementptr i32, ptr %358, i64 48
  store <16 x float> %sacc.sroa.12.0, ptr %361, align 64
  %362 = getelementptr i32, ptr %358, i64 64
  store <16 x float> %sacc.sroa.16.0, ptr %362, align 64
  %363 = getelementptr i32, ptr %358, i64 80
  store <16 x float> %sacc.sroa.20.0, ptr %363, align 64
  %364 = getelementptr i32, ptr %358, i64 96
  store <16 x float> %sacc.sroa.24.0, ptr %364, align 64
  %365 = getelementptr i32, ptr %358, i64 112
  store <16 x float> %sacc.sroa.28.0, ptr %365, align 64
  %366 = getelementptr i32, ptr %358, i64 128
  store <16 x float> %sacc.sroa.32.0, ptr %366, align 64
  %367 = getelementptr i32, ptr %358, i64 144
  store <16 x float> %sacc.sroa.36.0, ptr %367, align 64
  %368 = getelementptr i32, ptr %358, i64 160
  store <16 x float> %sacc.sroa.40.0, ptr %368, align 64
  %369 = getelementptr i32, ptr %358, i64 176
  store <16 x float> %sacc.sroa.44.0, ptr %369, align 64
  %370 = getelementptr i32, ptr %358, i64 192
  store <16 x float> %sacc.sroa.48.0, ptr %370, align 64
  %371 = getelementptr i32, ptr %358, i64 208
  store <16 x float> %sacc.sroa.52.0, ptr %371, align 64
  %372 = getelementptr i32, ptr %358, i64 224
  store <16 x float> %sacc.sroa.56.0, ptr %372, align 64
  %373 = getelementptr i32, ptr %358, i64 240
  store <16 x float> %sacc.sroa.60.0, ptr %373, align 64
  %374 = getelementptr i32, ptr %358, i64 256
  store <16 x float> %sacc.sroa.64.0, ptr %374, align 64
  %375 = getelementptr i32, ptr %358, i64 272
  store <16 x float> %sacc.sroa.68.0, ptr %375, align 64
  %376 = getelementptr i32, ptr %358, i64 288
  store <16 x float> %sacc.sroa.72.0, ptr %376, align 64
  %377 = getelementptr i32, ptr %358, i64 304
  store <16 x float> %sacc.sroa.76.0, ptr %377, align 64
  %378 = getelementptr i32, ptr %358, i64 320
  store <16 x float> %sacc.sroa.80.0, ptr %378, align 64
  %379 = getelementptr i32, ptr %358, i64 336
  store <16 x float> %sacc.sroa.84.0, ptr %379, align 64
  %380 = getelementptr i32, ptr %358, i64 352
  store <16 x float> %sacc.sroa.88.0, ptr %380, align 64
  %381 = getelementptr i32, ptr %358, i64 368
  store <16 x float> %sacc.sroa.92.0, ptr %381, align 64
  %382 = add nsw i32 %sblock69, 12
  br label %sblock

smask:                                            ; preds = %sblock, %body99
  %tmax.sroa.4.0 = phi <16 x float> [ %400, %body99 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %tmax.sroa.0.0 = phi <16 x float> [ %393, %body99 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %smask102 = phi i32 [ %401, %body99 ], [ 0, %sblock ]
  %383 = icmp slt i32 %smask102, %279
  br i1 %383, label %body99, label %exit101

body99:                                           ; preds = %smask
  %384 = add i32 %ktile35, %smask102
  %385 = insertelement <16 x i32> poison, i32 %384, i32 0
  %splat103 = shufflevector <16 x i32> %385, <16 x i32> poison, <16 x i32> zeroinitializer
  %386 = sext i32 %smask102 to i64
  %387 = mul i64 %386, 32
  %388 = getelementptr i32, ptr %st, i64 %387
  %s = load <16 x float>, ptr %388, align 64
  %389 = icmp slt <16 x i32> %splat103, %290
  %390 = icmp sge <16 x i32> %splat103, %292
  %391 = and <16 x i1> %389, %390
  %392 = select <16 x i1> %391, <16 x float> %s, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %392, ptr %388, align 64
  %393 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.0.0, <16 x float> %392)
  %394 = add i64 %387, 16
  %395 = getelementptr i32, ptr %st, i64 %394
  %s104 = load <16 x float>, ptr %395, align 64
  %396 = icmp slt <16 x i32> %splat103, %295
  %397 = icmp sge <16 x i32> %splat103, %297
  %398 = and <16 x i1> %396, %397
  %399 = select <16 x i1> %398, <16 x float> %s104, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %399, ptr %395, align 64
  %400 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.4.0, <16 x float> %399)
  %401 = add nsw i32 %smask102, 1
  br label %smask

exit101:                                          ; preds = %smask
  %m = load <16 x float>, ptr %286, align 64
  %402 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m, <16 x float> %tmax.sroa.0.0)
  %403 = fcmp oeq <16 x float> %402, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse105 = select <16 x i1> %403, <16 x float> zeroinitializer, <16 x float> %402
  %404 = fsub <16 x float> %m, %muse105
  %405 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %404, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %406 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %405, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %407 = fadd <16 x float> %406, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %407, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %406, %n
  %408 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %409 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %408, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %410 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %409, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %411 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %410, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %412 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %411, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %413 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %412, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %414 = fptosi <16 x float> %n to <16 x i32>
  %415 = add <16 x i32> %414, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %416 = shl <16 x i32> %415, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %417 = bitcast <16 x i32> %416 to <16 x float>
  %exp2 = fmul <16 x float> %413, %417
  store <16 x float> %402, ptr %286, align 64
  %418 = getelementptr <16 x float>, ptr %286, i64 1
  %m106 = load <16 x float>, ptr %418, align 64
  %419 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m106, <16 x float> %tmax.sroa.4.0)
  %420 = fcmp oeq <16 x float> %419, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse107 = select <16 x i1> %420, <16 x float> zeroinitializer, <16 x float> %419
  %421 = fsub <16 x float> %m106, %muse107
  %422 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %421, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %423 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %422, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %424 = fadd <16 x float> %423, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n108 = fsub <16 x float> %424, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f109 = fsub <16 x float> %423, %n108
  %425 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f109, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %426 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %425, <16 x float> %f109, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %427 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %426, <16 x float> %f109, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %428 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %427, <16 x float> %f109, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %429 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %428, <16 x float> %f109, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %430 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %429, <16 x float> %f109, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %431 = fptosi <16 x float> %n108 to <16 x i32>
  %432 = add <16 x i32> %431, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %433 = shl <16 x i32> %432, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %434 = bitcast <16 x i32> %433 to <16 x float>
  %exp2110 = fmul <16 x float> %430, %434
  store <16 x float> %419, ptr %418, align 64
  br label %sexp

sexp:                                             ; preds = %body111, %exit101
  %lsum.sroa.4.0 = phi <16 x float> [ zeroinitializer, %exit101 ], [ %472, %body111 ]
  %lsum.sroa.0.0 = phi <16 x float> [ zeroinitializer, %exit101 ], [ %454, %body111 ]
  %sexp114 = phi i32 [ 0, %exit101 ], [ %473, %body111 ]
  %435 = icmp slt i32 %sexp114, %279
  br i1 %435, label %body111, label %exit113

body111:                                          ; preds = %sexp
  %436 = sext i32 %sexp114 to i64
  %437 = mul i64 %436, 32
  %438 = getelementptr i32, ptr %st, i64 %437
  %439 = load <16 x float>, ptr %438, align 64
  %440 = fsub <16 x float> %439, %muse105
  %441 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %440, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %442 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %441, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %443 = fadd <16 x float> %442, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n115 = fsub <16 x float> %443, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f116 = fsub <16 x float> %442, %n115
  %444 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f116, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %445 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %444, <16 x float> %f116, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %446 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %445, <16 x float> %f116, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %447 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %446, <16 x float> %f116, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %448 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %447, <16 x float> %f116, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %449 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %448, <16 x float> %f116, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %450 = fptosi <16 x float> %n115 to <16 x i32>
  %451 = add <16 x i32> %450, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %452 = shl <16 x i32> %451, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %453 = bitcast <16 x i32> %452 to <16 x float>
  %exp2117 = fmul <16 x float> %449, %453
  store <16 x float> %exp2117, ptr %438, align 64
  %454 = fadd <16 x float> %lsum.sroa.0.0, %exp2117
  %455 = add i64 %437, 16
  %456 = getelementptr i32, ptr %st, i64 %455
  %457 = load <16 x float>, ptr %456, align 64
  %458 = fsub <16 x float> %457, %muse107
  %459 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %458, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %460 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %459, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %461 = fadd <16 x float> %460, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n118 = fsub <16 x float> %461, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f119 = fsub <16 x float> %460, %n118
  %462 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f119, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %463 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %462, <16 x float> %f119, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %464 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %463, <16 x float> %f119, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %465 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %464, <16 x float> %f119, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %466 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %465, <16 x float> %f119, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %467 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %466, <16 x float> %f119, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %468 = fptosi <16 x float> %n118 to <16 x i32>
  %469 = add <16 x i32> %468, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %470 = shl <16 x i32> %469, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %471 = bitcast <16 x i32> %470 to <16 x float>
  %exp2120 = fmul <16 x float> %467, %471
  store <16 x float> %exp2120, ptr %456, align 64
  %472 = fadd <16 x float> %lsum.sroa.4.0, %exp2120
  %473 = add nsw i32 %sexp114, 1
  br label %sexp

exit113:                                          ; preds = %sexp
  %474 = load <16 x float>, ptr %287, align 64
  %475 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %474, <16 x float> %exp2, <16 x float> %lsum.sroa.0.0)
  store <16 x float> %475, ptr %287, align 64
  %476 = getelementptr <16 x float>, ptr %287, i64 1
  %477 = load <16 x float>, ptr %476, align 64
  %478 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %477, <16 x float> %exp2110, <16 x float> %lsum.sroa.4.0)
  store <16 x float> %478, ptr %476, align 64
  br label %pvblock

pvblock:                                          ; preds = %exit127, %exit113
  %pvblock124 = phi i32 [ 0, %exit113 ], [ %572, %exit127 ]
  %479 = icmp slt i32 %pvblock124, 16
  br i1 %479, label %body121, label %join

body121:                                          ; preds = %pvblock
  %480 = mul i32 %pvblock124, 8
  %481 = sext i32 %480 to i64
  %482 = mul i64 %481, 32
  %483 = getelementptr i32, ptr %284, i64 %482
  %484 = load <16 x float>, ptr %483, align 64
  %485 = fmul <16 x float> %484, %exp2
  %486 = getelementptr i32, ptr %483, i64 16
  %487 = load <16 x float>, ptr %486, align 64
  %488 = fmul <16 x float> %487, %exp2110
  %489 = getelementptr i32, ptr %483, i64 32
  %490 = load <16 x float>, ptr %489, align 64
  %491 = fmul <16 x float> %490, %exp2
  %492 = getelementptr i32, ptr %483, i64 48
  %493 = load <16 x float>, ptr %492, align 64
  %494 = fmul <16 x float> %493, %exp2110
  %495 = getelementptr i32, ptr %483, i64 64
  %496 = load <16 x float>, ptr %495, align 64
  %497 = fmul <16 x float> %496, %exp2
  %498 = getelementptr i32, ptr %483, i64 80
  %499 = load <16 x float>, ptr %498, align 64
  %500 = fmul <16 x float> %499, %exp2110
  %501 = getelementptr i32, ptr %483, i64 96
  %502 = load <16 x float>, ptr %501, align 64
  %503 = fmul <16 x float> %502, %exp2
  %504 = getelementptr i32, ptr %483, i64 112
  %505 = load <16 x float>, ptr %504, align 64
  %506 = fmul <16 x float> %505, %exp2110
  %507 = getelementptr i32, ptr %483, i64 128
  %508 = load <16 x float>, ptr %507, align 64
  %509 = fmul <16 x float> %508, %exp2
  %510 = getelementptr i32, ptr %483, i64 144
  %511 = load <16 x float>, ptr %510, align 64
  %512 = fmul <16 x float> %511, %exp2110
  %513 = getelementptr i32, ptr %483, i64 160
  %514 = load <16 x float>, ptr %513, align 64
  %515 = fmul <16 x float> %514, %exp2
  %516 = getelementptr i32, ptr %483, i64 176
  %517 = load <16 x float>, ptr %516, align 64
  %518 = fmul <16 x float> %517, %exp2110
  %519 = getelementptr i32, ptr %483, i64 192
  %520 = load <16 x float>, ptr %519, align 64
  %521 = fmul <16 x float> %520, %exp2
  %522 = getelementptr i32, ptr %483, i64 208
  %523 = load <16 x float>, ptr %522, align 64
  %524 = fmul <16 x float> %523, %exp2110
  %525 = getelementptr i32, ptr %483, i64 224
  %526 = load <16 x float>, ptr %525, align 64
  %527 = fmul <16 x float> %526, %exp2
  %528 = getelementptr i32, ptr %483, i64 240
  %529 = load <16 x float>, ptr %528, align 64
  %530 = fmul <16 x float> %529, %exp2110
  br label %kpv

kpv:                                              ; preds = %body125, %body121
  %o.sroa.44.0 = phi <16 x float> [ %518, %body121 ], [ %562, %body125 ]
  %o.sroa.40.0 = phi <16 x float> [ %515, %body121 ], [ %561, %body125 ]
  %o.sroa.36.0 = phi <16 x float> [ %512, %body121 ], [ %558, %body125 ]
  %o.sroa.32.0 = phi <16 x float> [ %509, %body121 ], [ %557, %body125 ]
  %o.sroa.28.0 = phi <16 x float> [ %506, %body121 ], [ %554, %body125 ]
  %o.sroa.24.0 = phi <16 x float> [ %503, %body121 ], [ %553, %body125 ]
  %o.sroa.20.0 = phi <16 x float> [ %500, %body121 ], [ %550, %body125 ]
  %o.sroa.16.0 = phi <16 x float> [ %497, %body121 ], [ %549, %body125 ]
  %o.sroa.12.0 = phi <16 x float> [ %494, %body121 ], [ %546, %body125 ]
  %o.sroa.8.0 = phi <16 x float> [ %491, %body121 ], [ %545, %body125 ]
  %o.sroa.4.0 = phi <16 x float> [ %488, %body121 ], [ %542, %body125 ]
  %o.sroa.0.0 = phi <16 x float> [ %485, %body121 ], [ %541, %body125 ]
  %o.sroa.48.0 = phi <16 x float> [ %521, %body121 ], [ %565, %body125 ]
  %o.sroa.52.0 = phi <16 x float> [ %524, %body121 ], [ %566, %body125 ]
  %o.sroa.56.0 = phi <16 x float> [ %527, %body121 ], [ %569, %body125 ]
  %o.sroa.60.0 = phi <16 x float> [ %530, %body121 ], [ %570, %body125 ]
  %kpv128 = phi i32 [ 0, %body121 ], [ %571, %body125 ]
  %531 = icmp slt i32 %kpv128, %279
  br i1 %531, label %body125, label %exit127

body125:                                          ; preds = %kpv
  %532 = sext i32 %kpv128 to i64
  %533 = mul i64 %532, 32
  %534 = getelementptr i32, ptr %st, i64 %533
  %p = load <16 x float>, ptr %534, align 64
  %535 = add i64 %533, 16
  %536 = getelementptr i32, ptr %st, i64 %535
  %p129 = load <16 x float>, ptr %536, align 64
  %537 = mul i64 %532, 512
  %538 = getelementptr i8, ptr %vbuf, i64 %537
  %539 = getelementptr i32, ptr %538, i64 %481
  %v = load float, ptr %539, align 4
  %540 = insertelement <16 x float> poison, float %v, i32 0
  %splat130 = shufflevector <16 x float> %540, <16 x float> poison, <16 x i32> zeroinitializer
  %541 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat130, <16 x float> %o.sroa.0.0)
  %542 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p129, <16 x float> %splat130, <16 x float> %o.sroa.4.0)
  %543 = getelementptr i32, ptr %539, i64 1
  %v131 = load float, ptr %543, align 4
  %544 = insertelement <16 x float> poison, float %v131, i32 0
  %splat132 = shufflevector <16 x float> %544, <16 x float> poison, <16 x i32> zeroinitializer
  %545 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat132, <16 x float> %o.sroa.8.0)
  %546 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p129, <16 x float> %splat132, <16 x float> %o.sroa.12.0)
  %547 = getelementptr i32, ptr %539, i64 2
  %v133 = load float, ptr %547, align 4
  %548 = insertelement <16 x float> poison, float %v133, i32 0
  %splat134 = shufflevector <16 x float> %548, <16 x float> poison, <16 x i32> zeroinitializer
  %549 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat134, <16 x float> %o.sroa.16.0)
  %550 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p129, <16 x float> %splat134, <16 x float> %o.sroa.20.0)
  %551 = getelementptr i32, ptr %539, i64 3
  %v135 = load float, ptr %551, align 4
  %552 = insertelement <16 x float> poison, float %v135, i32 0
  %splat136 = shufflevector <16 x float> %552, <16 x float> poison, <16 x i32> zeroinitializer
  %553 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat136, <16 x float> %o.sroa.24.0)
  %554 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p129, <16 x float> %splat136, <16 x float> %o.sroa.28.0)
  %555 = getelementptr i32, ptr %539, i64 4
  %v137 = load float, ptr %555, align 4
  %556 = insertelement <16 x float> poison, float %v137, i32 0
  %splat138 = shufflevector <16 x float> %556, <16 x float> poison, <16 x i32> zeroinitializer
  %557 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat138, <16 x float> %o.sroa.32.0)
  %558 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p129, <16 x float> %splat138, <16 x float> %o.sroa.36.0)
  %559 = getelementptr i32, ptr %539, i64 5
  %v139 = load float, ptr %559, align 4
  %560 = insertelement <16 x float> poison, float %v139, i32 0
  %splat140 = shufflevector <16 x float> %560, <16 x float> poison, <16 x i32> zeroinitializer
  %561 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat140, <16 x float> %o.sroa.40.0)
  %562 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p129, <16 x float> %splat140, <16 x float> %o.sroa.44.0)
  %563 = getelementptr i32, ptr %539, i64 6
  %v141 = load float, ptr %563, align 4
  %564 = insertelement <16 x float> poison, float %v141, i32 0
  %splat142 = shufflevector <16 x float> %564, <16 x float> poison, <16 x i32> zeroinitializer
  %565 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat142, <16 x float> %o.sroa.48.0)
  %566 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p129, <16 x float> %splat142, <16 x float> %o.sroa.52.0)
  %567 = getelementptr i32, ptr %539, i64 7
  %v143 = load float, ptr %567, align 4
  %568 = insertelement <16 x float> poison, float %v143, i32 0
  %splat144 = shufflevector <16 x float> %568, <16 x float> poison, <16 x i32> zeroinitializer
  %569 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat144, <16 x float> %o.sroa.56.0)
  %570 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p129, <16 x float> %splat144, <16 x float> %o.sroa.60.0)
  %571 = add nsw i32 %kpv128, 1
  br label %kpv

exit127:                                          ; preds = %kpv
  store <16 x float> %o.sroa.0.0, ptr %483, align 64
  store <16 x float> %o.sroa.4.0, ptr %486, align 64
  store <16 x float> %o.sroa.8.0, ptr %489, align 64
  store <16 x float> %o.sroa.12.0, ptr %492, align 64
  store <16 x float> %o.sroa.16.0, ptr %495, align 64
  store <16 x float> %o.sroa.20.0, ptr %498, align 64
  store <16 x float> %o.sroa.24.0, ptr %501, align 64
  store <16 x float> %o.sroa.28.0, ptr %504, align 64
  store <16 x float> %o.sroa.32.0, ptr %507, align 64
  store <16 x float> %o.sroa.36.0, ptr %510, align 64
  store <16 x float> %o.sroa.40.0, ptr %513, align 64
  store <16 x float> %o.sroa.44.0, ptr %516, align 64
  store <16 x float> %o.sroa.48.0, ptr %519, align 64
  store <16 x float> %o.sroa.52.0, ptr %522, align 64
  store <16 x float> %o.sroa.56.0, ptr %525, align 64
  store <16 x float> %o.sroa.60.0, ptr %528, align 64
  %572 = add nsw i32 %pvblock124, 1
  br label %pvblock

orow145:                                          ; preds = %written, %exit34
  %orow149 = phi i32 [ 0, %exit34 ], [ %609, %written ]
  %573 = icmp slt i32 %orow149, %nrows
  br i1 %573, label %body146, label %common.ret

body146:                                          ; preds = %orow145
  %574 = sext i32 %orow149 to i64
  %575 = getelementptr float, ptr %ms, i64 %574
  %m150 = load float, ptr %575, align 4
  %576 = getelementptr float, ptr %ls, i64 %574
  %l = load float, ptr %576, align 4
  %577 = sdiv i32 %orow149, 32
  %578 = srem i32 %orow149, 32
  %579 = sext i32 %577 to i64
  %580 = mul i64 %579, 4096
  %581 = getelementptr i32, ptr %ot, i64 %580
  br label %otrow

otrow:                                            ; preds = %body151, %body146
  %otrow154 = phi i32 [ 0, %body146 ], [ %590, %body151 ]
  %582 = icmp slt i32 %otrow154, 128
  br i1 %582, label %body151, label %exit153

body151:                                          ; preds = %otrow
  %583 = sext i32 %578 to i64
  %584 = sext i32 %otrow154 to i64
  %585 = mul i64 %584, 32
  %586 = add i64 %585, %583
  %587 = getelementptr i32, ptr %581, i64 %586
  %588 = load float, ptr %587, align 4
  %589 = getelementptr i32, ptr %rowbuf, i64 %584
  store float %588, ptr %589, align 4
  %590 = add nsw i32 %otrow154, 1
  br label %otrow

exit153:                                          ; preds = %otrow
  %591 = icmp ne ptr %part, null
  br i1 %591, label %partial, label %final

partial:                                          ; preds = %exit153
  %592 = sext i32 %nrows to i64
  %593 = mul i64 %574, 128
  %594 = getelementptr float, ptr %part, i64 %593
  br label %chunk155

final:                                            ; preds = %exit153
  %595 = sdiv i32 %orow149, %nh
  %qi160 = add i32 %q_begin, %595
  %596 = srem i32 %orow149, %nh
  %597 = add i32 %h_begin, %596
  %598 = mul i32 %kv_head, 4
  %hq161 = add i32 %598, %597
  %599 = sext i32 %qi160 to i64
  %600 = add i64 %q_row0, %599
  %601 = mul i64 %600, 32
  %602 = sext i32 %hq161 to i64
  %orow162 = add i64 %601, %602
  %603 = fcmp oeq float %l, 0.000000e+00
  %604 = fdiv float 1.000000e+00, %l
  %605 = select i1 %603, float 0.000000e+00, float %604
  %606 = mul i64 %orow162, 256
  %607 = getelementptr i8, ptr %out, i64 %606
  %608 = insertelement <16 x float> poison, float %605, i32 0
  %splat163 = shufflevector <16 x float> %608, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk164

written:                                          ; preds = %chunk164, %exit158
  %609 = add nsw i32 %orow149, 1
  br label %orow145

chunk155:                                         ; preds = %body156, %partial
  %chunk159 = phi i64 [ 0, %partial ], [ %615, %body156 ]
  %610 = icmp slt i64 %chunk159, 8
  br i1 %610, label %body156, label %exit158

body156:                                          ; preds = %chunk155
  %611 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk159
  %612 = load <16 x float>, ptr %611, align 64
  %613 = mul i64 %chunk159, 64
  %614 = getelementptr i8, ptr %594, i64 %613
  store <16 x float> %612, ptr %614, align 4
  %615 = add nsw i64 %chunk159, 1
  br label %chunk155

exit158:                                          ; preds = %chunk155
  %616 = mul i64 %592, 128
  %617 = add i64 %616, %574
  %618 = getelementptr float, ptr %part, i64 %617
  store float %m150, ptr %618, align 4
  %619 = add i64 %617, %592
  %620 = getelementptr float, ptr %part, i64 %619
  store float %l, ptr %620, align 4
  br label %written

chunk164:                                         ; preds = %body165, %final
  %chunk168 = phi i64 [ 0, %final ], [ %637, %body165 ]
  %621 = icmp slt i64 %chunk168, 8
  br i1 %621, label %body165, label %written

body165:                                          ; preds = %chunk164
  %622 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk168
  %623 = load <16 x float>, ptr %622, align 64
  %624 = fmul <16 x float> %623, %splat163
  %625 = mul i64 %chunk168, 32
  %626 = getelementptr i8, ptr %607, i64 %625
  %627 = bitcast <16 x float> %624 to <16 x i32>
  %628 = lshr <16 x i32> %627, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %629 = and <16 x i32> %628, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %630 = add <16 x i32> %629, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %631 = add <16 x i32> %627, %630
  %632 = lshr <16 x i32> %631, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %633 = fcmp uno <16 x float> %624, %624
  %634 = or <16 x i32> %628, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %635 = select <16 x i1> %633, <16 x i32> %634, <16 x i32> %632
  %636 = trunc <16 x i32> %635 to <16 x i16>
  store <16 x i16> %636, ptr %626, align 2
  %637 = add nsw i64 %chunk168, 1
  br label %chunk164
}

declare i32 @attnrt_run(ptr, ptr)

; Function Attrs: nounwind
define i32 @document_mask(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_run(ptr @document_mask_kernel, ptr %0)
  ret i32 %1
}

declare i64 @attnrt_tasks(ptr, ptr)

; Function Attrs: nounwind
define i64 @document_mask_tasks(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_tasks(ptr @document_mask_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_task(ptr, ptr, i64)

; Function Attrs: nounwind
define i32 @document_mask_task(ptr %0, i64 %1) #0 {
entry:
  %2 = call i32 @attnrt_task(ptr @document_mask_kernel, ptr %0, i64 %1)
  ret i32 %2
}

declare i64 @attnrt_workspace(ptr, ptr)

; Function Attrs: nounwind
define i64 @document_mask_workspace(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_workspace(ptr @document_mask_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_append(ptr, ptr)

; Function Attrs: nounwind
define i32 @document_mask_append(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_append(ptr @document_mask_kernel, ptr %0)
  ret i32 %1
}

; Function Attrs: nounwind
define ptr @document_mask_info() #0 {
entry:
  ret ptr @document_mask_info_data
}

attributes #0 = { nounwind "target-cpu"="x86-64-v4" "target-features"="+avx512f,+evex512,+avx512bw,+avx512vl,+avx,+avx2,+fma,+f16c" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite) }
