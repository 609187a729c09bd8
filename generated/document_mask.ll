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

done:                                             ; preds = %orow151, %entry
  ret void

rinit:                                            ; preds = %entry, %exit13
  %rinit1 = phi i32 [ %91, %exit13 ], [ 0, %entry ]
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
  %50 = sext i32 %49 to i64
  %51 = getelementptr i32, ptr %lims, i64 %50
  %fact = load i32, ptr %51, align 4
  %fact15 = load i32, ptr %lows, align 4
  %k_last = sub i32 %fact, 1
  br label %kblock

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %60, %body2 ]
  %52 = icmp slt i64 %chunk5, 8
  br i1 %52, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %53 = mul i64 %chunk5, 32
  %54 = getelementptr i8, ptr %46, i64 %53
  %55 = load <16 x i16>, ptr %54, align 2
  %56 = zext <16 x i16> %55 to <16 x i32>
  %57 = shl <16 x i32> %56, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16 = bitcast <16 x i32> %57 to <16 x float>
  %58 = fmul <16 x float> %bf16, %splat
  %59 = getelementptr <16 x float>, ptr %33, i64 %chunk5
  store <16 x float> %58, ptr %59, align 64
  %60 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %61 = getelementptr float, ptr %ms, i64 %31
  store float 0xFFF0000000000000, ptr %61, align 4
  %62 = getelementptr float, ptr %ls, i64 %31
  store float 0.000000e+00, ptr %62, align 4
  %63 = getelementptr i32, ptr %lims, i64 %31
  %qpos = add i32 %q_pos0, %qi
  %64 = add i32 %qpos, 1
  %65 = call i32 @llvm.smin.i32(i32 %64, i32 %k_end)
  store i32 %65, ptr %63, align 4
  %66 = getelementptr i32, ptr %lows, i64 %31
  %67 = sext i32 %qpos to i64
  %68 = getelementptr i32, ptr %17, i64 %67
  %doc_q = load i32, ptr %68, align 4
  br label %doc_search

doc_search:                                       ; preds = %body7, %exit4
  %doc_hi.0 = phi i32 [ %qpos, %exit4 ], [ %82, %body7 ]
  %doc_lo.0 = phi i32 [ 0, %exit4 ], [ %79, %body7 ]
  %doc_search10 = phi i32 [ 0, %exit4 ], [ %83, %body7 ]
  %69 = icmp slt i32 %doc_search10, 14
  br i1 %69, label %body7, label %exit9

body7:                                            ; preds = %doc_search
  %70 = icmp slt i32 %doc_lo.0, %doc_hi.0
  %71 = sub i32 %doc_hi.0, %doc_lo.0
  %72 = lshr i32 %71, 1
  %mid = add i32 %doc_lo.0, %72
  %73 = select i1 %70, i32 %mid, i32 0
  %74 = sext i32 %73 to i64
  %75 = getelementptr i32, ptr %17, i64 %74
  %doc = load i32, ptr %75, align 4
  %76 = icmp slt i32 %doc, %doc_q
  %77 = add i32 %mid, 1
  %78 = and i1 %70, %76
  %79 = select i1 %78, i32 %77, i32 %doc_lo.0
  %80 = xor i1 %76, true
  %81 = and i1 %70, %80
  %82 = select i1 %81, i32 %mid, i32 %doc_hi.0
  %83 = add nsw i32 %doc_search10, 1
  br label %doc_search

exit9:                                            ; preds = %doc_search
  %84 = call i32 @llvm.smax.i32(i32 %doc_lo.0, i32 %k_begin)
  store i32 %84, ptr %66, align 4
  br label %acczero

acczero:                                          ; preds = %body11, %exit9
  %acczero14 = phi i64 [ 0, %exit9 ], [ %90, %body11 ]
  %85 = icmp slt i64 %acczero14, 8
  br i1 %85, label %body11, label %exit13

body11:                                           ; preds = %acczero
  %86 = mul i64 %acczero14, 16
  %87 = mul i64 %31, 128
  %88 = add i64 %87, %86
  %89 = getelementptr float, ptr %accs, i64 %88
  store <16 x float> zeroinitializer, ptr %89, align 64
  %90 = add nsw i64 %acczero14, 1
  br label %acczero

exit13:                                           ; preds = %acczero
  %91 = add nsw i32 %rinit1, 1
  br label %rinit

kblock:                                           ; preds = %exit134, %exit
  %kblock19 = phi i32 [ %fact15, %exit ], [ %93, %exit134 ]
  %92 = icmp slt i32 %kblock19, %fact
  br i1 %92, label %body16, label %orow151

body16:                                           ; preds = %kblock
  %93 = add i32 %kblock19, 64
  br label %kdot

kdot:                                             ; preds = %body20, %body16
  %kdot23 = phi i32 [ 0, %body16 ], [ %317, %body20 ]
  %94 = icmp slt i32 %kdot23, 64
  br i1 %94, label %body20, label %score

body20:                                           ; preds = %kdot
  %95 = add i32 %kblock19, %kdot23
  %96 = call i32 @llvm.smin.i32(i32 %95, i32 %k_last)
  %97 = sext i32 %96 to i64
  %98 = mul i64 %97, 8
  %row = add i64 %26, %98
  %99 = mul i64 %row, 256
  %100 = getelementptr i8, ptr %25, i64 %99
  %101 = add i32 %96, 16
  %102 = call i32 @llvm.smin.i32(i32 %101, i32 %k_last)
  %103 = sext i32 %102 to i64
  %104 = mul i64 %103, 8
  %row24 = add i64 %26, %104
  %105 = mul i64 %row24, 256
  %106 = getelementptr i8, ptr %25, i64 %105
  call void @llvm.prefetch.p0(ptr %106, i32 0, i32 3, i32 1)
  %107 = getelementptr i8, ptr %106, i64 64
  call void @llvm.prefetch.p0(ptr %107, i32 0, i32 3, i32 1)
  %108 = getelementptr i8, ptr %106, i64 128
  call void @llvm.prefetch.p0(ptr %108, i32 0, i32 3, i32 1)
  %109 = getelementptr i8, ptr %106, i64 192
  call void @llvm.prefetch.p0(ptr %109, i32 0, i32 3, i32 1)
  %110 = add i32 %93, %kdot23
  %111 = call i32 @llvm.smin.i32(i32 %110, i32 %k_last)
  %112 = sext i32 %111 to i64
  %113 = mul i64 %112, 8
  %row25 = add i64 %26, %113
  %114 = mul i64 %row25, 256
  %115 = getelementptr i8, ptr %25, i64 %114
  call void @llvm.prefetch.p0(ptr %115, i32 0, i32 2, i32 1)
  %116 = getelementptr i8, ptr %115, i64 64
  call void @llvm.prefetch.p0(ptr %116, i32 0, i32 2, i32 1)
  %117 = getelementptr i8, ptr %115, i64 128
  call void @llvm.prefetch.p0(ptr %117, i32 0, i32 2, i32 1)
  %118 = getelementptr i8, ptr %115, i64 192
  call void @llvm.prefetch.p0(ptr %118, i32 0, i32 2, i32 1)
  %119 = add i32 %kdot23, 1
  %120 = add i32 %kblock19, %119
  %121 = call i32 @llvm.smin.i32(i32 %120, i32 %k_last)
  %122 = sext i32 %121 to i64
  %123 = mul i64 %122, 8
  %row26 = add i64 %26, %123
  %124 = mul i64 %row26, 256
  %125 = getelementptr i8, ptr %25, i64 %124
  %126 = add i32 %121, 16
  %127 = call i32 @llvm.smin.i32(i32 %126, i32 %k_last)
  %128 = sext i32 %127 to i64
  %129 = mul i64 %128, 8
  %row27 = add i64 %26, %129
  %130 = mul i64 %row27, 256
  %131 = getelementptr i8, ptr %25, i64 %130
  call void @llvm.prefetch.p0(ptr %131, i32 0, i32 3, i32 1)
  %132 = getelementptr i8, ptr %131, i64 64
  call void @llvm.prefetch.p0(ptr %132, i32 0, i32 3, i32 1)
  %133 = getelementptr i8, ptr %131, i64 128
  call void @llvm.prefetch.p0(ptr %133, i32 0, i32 3, i32 1)
  %134 = getelementptr i8, ptr %131, i64 192
  call void @llvm.prefetch.p0(ptr %134, i32 0, i32 3, i32 1)
  %135 = add i32 %93, %119
  %136 = call i32 @llvm.smin.i32(i32 %135, i32 %k_last)
  %137 = sext i32 %136 to i64
  %138 = mul i64 %137, 8
  %row28 = add i64 %26, %138
  %139 = mul i64 %row28, 256
  %140 = getelementptr i8, ptr %25, i64 %139
  call void @llvm.prefetch.p0(ptr %140, i32 0, i32 2, i32 1)
  %141 = getelementptr i8, ptr %140, i64 64
  call void @llvm.prefetch.p0(ptr %141, i32 0, i32 2, i32 1)
  %142 = getelementptr i8, ptr %140, i64 128
  call void @llvm.prefetch.p0(ptr %142, i32 0, i32 2, i32 1)
  %143 = getelementptr i8, ptr %140, i64 192
  call void @llvm.prefetch.p0(ptr %143, i32 0, i32 2, i32 1)
  %q29 = load <16 x float>, ptr %qs, align 64
  %144 = load <16 x i16>, ptr %100, align 2
  %145 = zext <16 x i16> %144 to <16 x i32>
  %146 = shl <16 x i32> %145, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1630 = bitcast <16 x i32> %146 to <16 x float>
  %147 = load <16 x i16>, ptr %125, align 2
  %148 = zext <16 x i16> %147 to <16 x i32>
  %149 = shl <16 x i32> %148, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1631 = bitcast <16 x i32> %149 to <16 x float>
  %150 = fmul <16 x float> %q29, %bf1630
  %151 = fmul <16 x float> %q29, %bf1631
  %152 = getelementptr <16 x float>, ptr %qs, i64 8
  %q32 = load <16 x float>, ptr %152, align 64
  %153 = fmul <16 x float> %q32, %bf1630
  %154 = fmul <16 x float> %q32, %bf1631
  %155 = getelementptr <16 x float>, ptr %qs, i64 16
  %q33 = load <16 x float>, ptr %155, align 64
  %156 = fmul <16 x float> %q33, %bf1630
  %157 = fmul <16 x float> %q33, %bf1631
  %158 = getelementptr <16 x float>, ptr %qs, i64 24
  %q34 = load <16 x float>, ptr %158, align 64
  %159 = fmul <16 x float> %q34, %bf1630
  %160 = fmul <16 x float> %q34, %bf1631
  %161 = getelementptr <16 x float>, ptr %qs, i64 1
  %q35 = load <16 x float>, ptr %161, align 64
  %162 = getelementptr i8, ptr %100, i64 32
  %163 = load <16 x i16>, ptr %162, align 2
  %164 = zext <16 x i16> %163 to <16 x i32>
  %165 = shl <16 x i32> %164, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1636 = bitcast <16 x i32> %165 to <16 x float>
  %166 = getelementptr i8, ptr %125, i64 32
  %167 = load <16 x i16>, ptr %166, align 2
  %168 = zext <16 x i16> %167 to <16 x i32>
  %169 = shl <16 x i32> %168, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1637 = bitcast <16 x i32> %169 to <16 x float>
  %170 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %bf1636, <16 x float> %150)
  %171 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %bf1637, <16 x float> %151)
  %172 = getelementptr <16 x float>, ptr %qs, i64 9
  %q38 = load <16 x float>, ptr %172, align 64
  %173 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q38, <16 x float> %bf1636, <16 x float> %153)
  %174 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q38, <16 x float> %bf1637, <16 x float> %154)
  %175 = getelementptr <16 x float>, ptr %qs, i64 17
  %q39 = load <16 x float>, ptr %175, align 64
  %176 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q39, <16 x float> %bf1636, <16 x float> %156)
  %177 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q39, <16 x float> %bf1637, <16 x float> %157)
  %178 = getelementptr <16 x float>, ptr %qs, i64 25
  %q40 = load <16 x float>, ptr %178, align 64
  %179 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q40, <16 x float> %bf1636, <16 x float> %159)
  %180 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q40, <16 x float> %bf1637, <16 x float> %160)
  %181 = getelementptr <16 x float>, ptr %qs, i64 2
  %q41 = load <16 x float>, ptr %181, align 64
  %182 = getelementptr i8, ptr %100, i64 64
  %183 = load <16 x i16>, ptr %182, align 2
  %184 = zext <16 x i16> %183 to <16 x i32>
  %185 = shl <16 x i32> %184, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1642 = bitcast <16 x i32> %185 to <16 x float>
  %186 = getelementptr i8, ptr %125, i64 64
  %187 = load <16 x i16>, ptr %186, align 2
  %188 = zext <16 x i16> %187 to <16 x i32>
  %189 = shl <16 x i32> %188, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1643 = bitcast <16 x i32> %189 to <16 x float>
  %190 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q41, <16 x float> %bf1642, <16 x float> %170)
  %191 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q41, <16 x float> %bf1643, <16 x float> %171)
  %192 = getelementptr <16 x float>, ptr %qs, i64 10
  %q44 = load <16 x float>, ptr %192, align 64
  %193 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q44, <16 x float> %bf1642, <16 x float> %173)
  %194 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q44, <16 x float> %bf1643, <16 x float> %174)
  %195 = getelementptr <16 x float>, ptr %qs, i64 18
  %q45 = load <16 x float>, ptr %195, align 64
  %196 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q45, <16 x float> %bf1642, <16 x float> %176)
  %197 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q45, <16 x float> %bf1643, <16 x float> %177)
  %198 = getelementptr <16 x float>, ptr %qs, i64 26
  %q46 = load <16 x float>, ptr %198, align 64
  %199 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q46, <16 x float> %bf1642, <16 x float> %179)
  %200 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q46, <16 x float> %bf1643, <16 x float> %180)
  %201 = getelementptr <16 x float>, ptr %qs, i64 3
  %q47 = load <16 x float>, ptr %201, align 64
  %202 = getelementptr i8, ptr %100, i64 96
  %203 = load <16 x i16>, ptr %202, align 2
  %204 = zext <16 x i16> %203 to <16 x i32>
  %205 = shl <16 x i32> %204, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1648 = bitcast <16 x i32> %205 to <16 x float>
  %206 = getelementptr i8, ptr %125, i64 96
  %207 = load <16 x i16>, ptr %206, align 2
  %208 = zext <16 x i16> %207 to <16 x i32>
  %209 = shl <16 x i32> %208, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1649 = bitcast <16 x i32> %209 to <16 x float>
  %210 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q47, <16 x float> %bf1648, <16 x float> %190)
  %211 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q47, <16 x float> %bf1649, <16 x float> %191)
  %212 = getelementptr <16 x float>, ptr %qs, i64 11
  %q50 = load <16 x float>, ptr %212, align 64
  %213 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q50, <16 x float> %bf1648, <16 x float> %193)
  %214 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q50, <16 x float> %bf1649, <16 x float> %194)
  %215 = getelementptr <16 x float>, ptr %qs, i64 19
  %q51 = load <16 x float>, ptr %215, align 64
  %216 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q51, <16 x float> %bf1648, <16 x float> %196)
  %217 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q51, <16 x float> %bf1649, <16 x float> %197)
  %218 = getelementptr <16 x float>, ptr %qs, i64 27
  %q52 = load <16 x float>, ptr %218, align 64
  %219 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q52, <16 x float> %bf1648, <16 x float> %199)
  %220 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q52, <16 x float> %bf1649, <16 x float> %200)
  %221 = getelementptr <16 x float>, ptr %qs, i64 4
  %q53 = load <16 x float>, ptr %221, align 64
  %222 = getelementptr i8, ptr %100, i64 128
  %223 = load <16 x i16>, ptr %222, align 2
  %224 = zext <16 x i16> %223 to <16 x i32>
  %225 = shl <16 x i32> %224, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1654 = bitcast <16 x i32> %225 to <16 x float>
  %226 = getelementptr i8, ptr %125, i64 128
  %227 = load <16 x i16>, ptr %226, align 2
  %228 = zext <16 x i16> %227 to <16 x i32>
  %229 = shl <16 x i32> %228, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1655 = bitcast <16 x i32> %229 to <16 x float>
  %230 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q53, <16 x float> %bf1654, <16 x float> %210)
  %231 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q53, <16 x float> %bf1655, <16 x float> %211)
  %232 = getelementptr <16 x float>, ptr %qs, i64 12
  %q56 = load <16 x float>, ptr %232, align 64
  %233 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q56, <16 x float> %bf1654, <16 x float> %213)
  %234 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q56, <16 x float> %bf1655, <16 x float> %214)
  %235 = getelementptr <16 x float>, ptr %qs, i64 20
  %q57 = load <16 x float>, ptr %235, align 64
  %236 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q57, <16 x float> %bf1654, <16 x float> %216)
  %237 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q57, <16 x float> %bf1655, <16 x float> %217)
  %238 = getelementptr <16 x float>, ptr %qs, i64 28
  %q58 = load <16 x float>, ptr %238, align 64
  %239 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q58, <16 x float> %bf1654, <16 x float> %219)
  %240 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q58, <16 x float> %bf1655, <16 x float> %220)
  %241 = getelementptr <16 x float>, ptr %qs, i64 5
  %q59 = load <16 x float>, ptr %241, align 64
  %242 = getelementptr i8, ptr %100, i64 160
  %243 = load <16 x i16>, ptr %242, align 2
  %244 = zext <16 x i16> %243 to <16 x i32>
  %245 = shl <16 x i32> %244, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1660 = bitcast <16 x i32> %245 to <16 x float>
  %246 = getelementptr i8, ptr %125, i64 160
  %247 = load <16 x i16>, ptr %246, align 2
  %248 = zext <16 x i16> %247 to <16 x i32>
  %249 = shl <16 x i32> %248, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1661 = bitcast <16 x i32> %249 to <16 x float>
  %250 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q59, <16 x float> %bf1660, <16 x float> %230)
  %251 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q59, <16 x float> %bf1661, <16 x float> %231)
  %252 = getelementptr <16 x float>, ptr %qs, i64 13
  %q62 = load <16 x float>, ptr %252, align 64
  %253 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q62, <16 x float> %bf1660, <16 x float> %233)
  %254 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q62, <16 x float> %bf1661, <16 x float> %234)
  %255 = getelementptr <16 x float>, ptr %qs, i64 21
  %q63 = load <16 x float>, ptr %255, align 64
  %256 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q63, <16 x float> %bf1660, <16 x float> %236)
  %257 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q63, <16 x float> %bf1661, <16 x float> %237)
  %258 = getelementptr <16 x float>, ptr %qs, i64 29
  %q64 = load <16 x float>, ptr %258, align 64
  %259 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q64, <16 x float> %bf1660, <16 x float> %239)
  %260 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q64, <16 x float> %bf1661, <16 x float> %240)
  %261 = getelementptr <16 x float>, ptr %qs, i64 6
  %q65 = load <16 x float>, ptr %261, align 64
  %262 = getelementptr i8, ptr %100, i64 192
  %263 = load <16 x i16>, ptr %262, align 2
  %264 = zext <16 x i16> %263 to <16 x i32>
  %265 = shl <16 x i32> %264, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1666 = bitcast <16 x i32> %265 to <16 x float>
  %266 = getelementptr i8, ptr %125, i64 192
  %267 = load <16 x i16>, ptr %266, align 2
  %268 = zext <16 x i16> %267 to <16 x i32>
  %269 = shl <16 x i32> %268, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1667 = bitcast <16 x i32> %269 to <16 x float>
  %270 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q65, <16 x float> %bf1666, <16 x float> %250)
  %271 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q65, <16 x float> %bf1667, <16 x float> %251)
  %272 = getelementptr <16 x float>, ptr %qs, i64 14
  %q68 = load <16 x float>, ptr %272, align 64
  %273 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q68, <16 x float> %bf1666, <16 x float> %253)
  %274 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q68, <16 x float> %bf1667, <16 x float> %254)
  %275 = getelementptr <16 x float>, ptr %qs, i64 22
  %q69 = load <16 x float>, ptr %275, align 64
  %276 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q69, <16 x float> %bf1666, <16 x float> %256)
  %277 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q69, <16 x float> %bf1667, <16 x float> %257)
  %278 = getelementptr <16 x float>, ptr %qs, i64 30
  %q70 = load <16 x float>, ptr %278, align 64
  %279 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q70, <16 x float> %bf1666, <16 x float> %259)
  %280 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q70, <16 x float> %bf1667, <16 x float> %260)
  %281 = getelementptr <16 x float>, ptr %qs, i64 7
  %q71 = load <16 x float>, ptr %281, align 64
  %282 = getelementptr i8, ptr %100, i64 224
  %283 = load <16 x i16>, ptr %282, align 2
  %284 = zext <16 x i16> %283 to <16 x i32>
  %285 = shl <16 x i32> %284, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1672 = bitcast <16 x i32> %285 to <16 x float>
  %286 = getelementptr i8, ptr %125, i64 224
  %287 = load <16 x i16>, ptr %286, align 2
  %288 = zext <16 x i16> %287 to <16 x i32>
  %289 = shl <16 x i32> %288, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1673 = bitcast <16 x i32> %289 to <16 x float>
  %290 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q71, <16 x float> %bf1672, <16 x float> %270)
  %291 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q71, <16 x float> %bf1673, <16 x float> %271)
  %292 = getelementptr <16 x float>, ptr %qs, i64 15
  %q74 = load <16 x float>, ptr %292, align 64
  %293 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q74, <16 x float> %bf1672, <16 x float> %273)
  %294 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q74, <16 x float> %bf1673, <16 x float> %274)
  %295 = getelementptr <16 x float>, ptr %qs, i64 23
  %q75 = load <16 x float>, ptr %295, align 64
  %296 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q75, <16 x float> %bf1672, <16 x float> %276)
  %297 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q75, <16 x float> %bf1673, <16 x float> %277)
  %298 = getelementptr <16 x float>, ptr %qs, i64 31
  %q76 = load <16 x float>, ptr %298, align 64
  %299 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q76, <16 x float> %bf1672, <16 x float> %279)
  %300 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q76, <16 x float> %bf1673, <16 x float> %280)
  %301 = sext i32 %kdot23 to i64
  %302 = getelementptr <16 x float>, ptr %dbuf, i64 %301
  store <16 x float> %290, ptr %302, align 64
  %303 = sext i32 %119 to i64
  %304 = getelementptr <16 x float>, ptr %dbuf, i64 %303
  store <16 x float> %291, ptr %304, align 64
  %305 = add i64 64, %301
  %306 = getelementptr <16 x float>, ptr %dbuf, i64 %305
  store <16 x float> %293, ptr %306, align 64
  %307 = add i64 64, %303
  %308 = getelementptr <16 x float>, ptr %dbuf, i64 %307
  store <16 x float> %294, ptr %308, align 64
  %309 = add i64 128, %301
  %310 = getelementptr <16 x float>, ptr %dbuf, i64 %309
  store <16 x float> %296, ptr %310, align 64
  %311 = add i64 128, %303
  %312 = getelementptr <16 x float>, ptr %dbuf, i64 %311
  store <16 x float> %297, ptr %312, align 64
  %313 = add i64 192, %301
  %314 = getelementptr <16 x float>, ptr %dbuf, i64 %313
  store <16 x float> %299, ptr %314, align 64
  %315 = add i64 192, %303
  %316 = getelementptr <16 x float>, ptr %dbuf, i64 %315
  store <16 x float> %300, ptr %316, align 64
  %317 = add nsw i32 %kdot23, 2
  br label %kdot

score:                                            ; preds = %kdot, %body77
  %score80 = phi i64 [ %436, %body77 ], [ 0, %kdot ]
  %318 = icmp slt i64 %score80, 16
  br i1 %318, label %body77, label %rmax

body77:                                           ; preds = %score
  %319 = sdiv i64 %score80, 4
  %320 = srem i64 %score80, 4
  %321 = mul i64 %320, 16
  %322 = mul i64 %319, 64
  %323 = add i64 %322, %321
  %324 = getelementptr <16 x float>, ptr %dbuf, i64 %323
  %325 = load <16 x float>, ptr %324, align 64
  %326 = add i64 %323, 1
  %327 = getelementptr <16 x float>, ptr %dbuf, i64 %326
  %328 = load <16 x float>, ptr %327, align 64
  %329 = shufflevector <16 x float> %325, <16 x float> %328, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %330 = shufflevector <16 x float> %325, <16 x float> %328, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %331 = fadd <16 x float> %329, %330
  %332 = add i64 %323, 2
  %333 = getelementptr <16 x float>, ptr %dbuf, i64 %332
  %334 = load <16 x float>, ptr %333, align 64
  %335 = add i64 %323, 3
  %336 = getelementptr <16 x float>, ptr %dbuf, i64 %335
  %337 = load <16 x float>, ptr %336, align 64
  %338 = shufflevector <16 x float> %334, <16 x float> %337, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %339 = shufflevector <16 x float> %334, <16 x float> %337, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %340 = fadd <16 x float> %338, %339
  %341 = shufflevector <16 x float> %331, <16 x float> %340, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %342 = shufflevector <16 x float> %331, <16 x float> %340, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %343 = fadd <16 x float> %341, %342
  %344 = add i64 %323, 4
  %345 = getelementptr <16 x float>, ptr %dbuf, i64 %344
  %346 = load <16 x float>, ptr %345, align 64
  %347 = add i64 %323, 5
  %348 = getelementptr <16 x float>, ptr %dbuf, i64 %347
  %349 = load <16 x float>, ptr %348, align 64
  %350 = shufflevector <16 x float> %346, <16 x float> %349, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %351 = shufflevector <16 x float> %346, <16 x float> %349, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %352 = fadd <16 x float> %350, %351
  %353 = add i64 %323, 6
  %354 = getelementptr <16 x float>, ptr %dbuf, i64 %353
  %355 = load <16 x float>, ptr %354, align 64
  %356 = add i64 %323, 7
  %357 = getelementptr <16 x float>, ptr %dbuf, i64 %356
  %358 = load <16 x float>, ptr %357, align 64
  %359 = shufflevector <16 x float> %355, <16 x float> %358, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %360 = shufflevector <16 x float> %355, <16 x float> %358, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %361 = fadd <16 x float> %359, %360
  %362 = shufflevector <16 x float> %352, <16 x float> %361, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %363 = shufflevector <16 x float> %352, <16 x float> %361, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %364 = fadd <16 x float> %362, %363
  %365 = shufflevector <16 x float> %343, <16 x float> %364, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %366 = shufflevector <16 x float> %343, <16 x float> %364, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %367 = fadd <16 x float> %365, %366
  %368 = add i64 %323, 8
  %369 = getelementptr <16 x float>, ptr %dbuf, i64 %368
  %370 = load <16 x float>, ptr %369, align 64
  %371 = add i64 %323, 9
  %372 = getelementptr <16 x float>, ptr %dbuf, i64 %371
  %373 = load <16 x float>, ptr %372, align 64
  %374 = shufflevector <16 x float> %370, <16 x float> %373, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %375 = shufflevector <16 x float> %370, <16 x float> %373, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %376 = fadd <16 x float> %374, %375
  %377 = add i64 %323, 10
  %378 = getelementptr <16 x float>, ptr %dbuf, i64 %377
  %379 = load <16 x float>, ptr %378, align 64
  %380 = add i64 %323, 11
  %381 = getelementptr <16 x float>, ptr %dbuf, i64 %380
  %382 = load <16 x float>, ptr %381, align 64
  %383 = shufflevector <16 x float> %379, <16 x float> %382, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %384 = shufflevector <16 x float> %379, <16 x float> %382, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %385 = fadd <16 x float> %383, %384
  %386 = shufflevector <16 x float> %376, <16 x float> %385, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %387 = shufflevector <16 x float> %376, <16 x float> %385, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %388 = fadd <16 x float> %386, %387
  %389 = add i64 %323, 12
  %390 = getelementptr <16 x float>, ptr %dbuf, i64 %389
  %391 = load <16 x float>, ptr %390, align 64
  %392 = add i64 %323, 13
  %393 = getelementptr <16 x float>, ptr %dbuf, i64 %392
  %394 = load <16 x float>, ptr %393, align 64
  %395 = shufflevector <16 x float> %391, <16 x float> %394, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %396 = shufflevector <16 x float> %391, <16 x float> %394, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %397 = fadd <16 x float> %395, %396
  %398 = add i64 %323, 14
  %399 = getelementptr <16 x float>, ptr %dbuf, i64 %398
  %400 = load <16 x float>, ptr %399, align 64
  %401 = add i64 %323, 15
  %402 = getelementptr <16 x float>, ptr %dbuf, i64 %401
  %403 = load <16 x float>, ptr %402, align 64
  %404 = shufflevector <16 x float> %400, <16 x float> %403, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %405 = shufflevector <16 x float> %400, <16 x float> %403, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %406 = fadd <16 x float> %404, %405
  %407 = shufflevector <16 x float> %397, <16 x float> %406, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %408 = shufflevector <16 x float> %397, <16 x float> %406, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %409 = fadd <16 x float> %407, %408
  %410 = shufflevector <16 x float> %388, <16 x float> %409, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %411 = shufflevector <16 x float> %388, <16 x float> %409, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %412 = fadd <16 x float> %410, %411
  %413 = shufflevector <16 x float> %367, <16 x float> %412, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %414 = shufflevector <16 x float> %367, <16 x float> %412, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %415 = fadd <16 x float> %413, %414
  %416 = getelementptr i32, ptr %lims, i64 %319
  %417 = load i32, ptr %416, align 4
  %418 = insertelement <16 x i32> poison, i32 %417, i32 0
  %splat81 = shufflevector <16 x i32> %418, <16 x i32> poison, <16 x i32> zeroinitializer
  %419 = getelementptr i32, ptr %lows, i64 %319
  %420 = load i32, ptr %419, align 4
  %421 = insertelement <16 x i32> poison, i32 %420, i32 0
  %splat82 = shufflevector <16 x i32> %421, <16 x i32> poison, <16 x i32> zeroinitializer
  %422 = trunc i64 %321 to i32
  %423 = add i32 %kblock19, %422
  %424 = insertelement <16 x i32> poison, i32 %423, i32 0
  %splat83 = shufflevector <16 x i32> %424, <16 x i32> poison, <16 x i32> zeroinitializer
  %425 = add <16 x i32> %splat83, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %426 = icmp slt <16 x i32> %425, %splat81
  %427 = icmp sge <16 x i32> %425, %splat82
  %428 = and <16 x i1> %426, %427
  %429 = select <16 x i1> %428, <16 x float> %415, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %430 = getelementptr float, ptr %pbuf, i64 %323
  store <16 x float> %429, ptr %430, align 64
  %431 = getelementptr <16 x float>, ptr %smax, i64 %319
  %432 = icmp eq i64 %320, 0
  %433 = load <16 x float>, ptr %431, align 64
  %434 = select i1 %432, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <16 x float> %433
  %435 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %434, <16 x float> %429)
  store <16 x float> %435, ptr %431, align 64
  %436 = add nsw i64 %score80, 1
  br label %score

rmax:                                             ; preds = %score, %body84
  %rmax87 = phi i64 [ %473, %body84 ], [ 0, %score ]
  %437 = icmp slt i64 %rmax87, 4
  br i1 %437, label %body84, label %pexp

body84:                                           ; preds = %rmax
  %438 = getelementptr float, ptr %ms, i64 %rmax87
  %m = load float, ptr %438, align 4
  %439 = getelementptr <16 x float>, ptr %smax, i64 %rmax87
  %440 = load <16 x float>, ptr %439, align 64
  %441 = shufflevector <16 x float> %440, <16 x float> undef, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %442 = shufflevector <16 x float> %440, <16 x float> undef, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %443 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %441, <8 x float> %442)
  %444 = shufflevector <8 x float> %443, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %445 = shufflevector <8 x float> %443, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %446 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %444, <4 x float> %445)
  %447 = shufflevector <4 x float> %446, <4 x float> undef, <2 x i32> <i32 0, i32 1>
  %448 = shufflevector <4 x float> %446, <4 x float> undef, <2 x i32> <i32 2, i32 3>
  %449 = call <2 x float> @llvm.maxnum.v2f32(<2 x float> %447, <2 x float> %448)
  %450 = shufflevector <2 x float> %449, <2 x float> undef, <1 x i32> zeroinitializer
  %451 = shufflevector <2 x float> %449, <2 x float> undef, <1 x i32> <i32 1>
  %452 = call <1 x float> @llvm.maxnum.v1f32(<1 x float> %450, <1 x float> %451)
  %453 = extractelement <1 x float> %452, i32 0
  %454 = call float @llvm.maxnum.f32(float %m, float %453)
  %455 = fcmp oeq float %454, 0xFFF0000000000000
  %muse88 = select i1 %455, float 0.000000e+00, float %454
  %456 = fsub float %m, %muse88
  %457 = insertelement <16 x float> poison, float %456, i32 0
  %splat89 = shufflevector <16 x float> %457, <16 x float> poison, <16 x i32> zeroinitializer
  %458 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat89, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %459 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %458, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %460 = fadd <16 x float> %459, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %460, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %459, %n
  %461 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %462 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %461, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %463 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %462, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %464 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %463, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %465 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %464, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %466 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %465, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %467 = fptosi <16 x float> %n to <16 x i32>
  %468 = add <16 x i32> %467, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %469 = shl <16 x i32> %468, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %470 = bitcast <16 x i32> %469 to <16 x float>
  %exp2 = fmul <16 x float> %466, %470
  %alpha90 = extractelement <16 x float> %exp2, i32 0
  store float %454, ptr %438, align 4
  %471 = getelementptr float, ptr %muse, i64 %rmax87
  store float %muse88, ptr %471, align 4
  %472 = getelementptr float, ptr %alpha, i64 %rmax87
  store float %alpha90, ptr %472, align 4
  %473 = add nsw i64 %rmax87, 1
  br label %rmax

pexp:                                             ; preds = %rmax, %body91
  %pexp94 = phi i64 [ %504, %body91 ], [ 0, %rmax ]
  %474 = icmp slt i64 %pexp94, 16
  br i1 %474, label %body91, label %lsum99

body91:                                           ; preds = %pexp
  %475 = sdiv i64 %pexp94, 4
  %476 = srem i64 %pexp94, 4
  %477 = mul i64 %476, 16
  %478 = mul i64 %475, 64
  %479 = add i64 %478, %477
  %480 = getelementptr float, ptr %pbuf, i64 %479
  %481 = getelementptr float, ptr %muse, i64 %475
  %482 = load float, ptr %481, align 4
  %483 = insertelement <16 x float> poison, float %482, i32 0
  %splat95 = shufflevector <16 x float> %483, <16 x float> poison, <16 x i32> zeroinitializer
  %484 = load <16 x float>, ptr %480, align 64
  %485 = fsub <16 x float> %484, %splat95
  %486 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %485, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %487 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %486, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %488 = fadd <16 x float> %487, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n96 = fsub <16 x float> %488, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f97 = fsub <16 x float> %487, %n96
  %489 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f97, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %490 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %489, <16 x float> %f97, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %491 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %490, <16 x float> %f97, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %492 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %491, <16 x float> %f97, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %493 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %492, <16 x float> %f97, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %494 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %493, <16 x float> %f97, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %495 = fptosi <16 x float> %n96 to <16 x i32>
  %496 = add <16 x i32> %495, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %497 = shl <16 x i32> %496, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %498 = bitcast <16 x i32> %497 to <16 x float>
  %exp298 = fmul <16 x float> %494, %498
  store <16 x float> %exp298, ptr %480, align 64
  %499 = getelementptr <16 x float>, ptr %lsum, i64 %475
  %500 = icmp eq i64 %476, 0
  %501 = load <16 x float>, ptr %499, align 64
  %502 = select i1 %500, <16 x float> zeroinitializer, <16 x float> %501
  %503 = fadd <16 x float> %502, %exp298
  store <16 x float> %503, ptr %499, align 64
  %504 = add nsw i64 %pexp94, 1
  br label %pexp

lsum99:                                           ; preds = %pexp, %body100
  %lsum103 = phi i64 [ %513, %body100 ], [ 0, %pexp ]
  %505 = icmp slt i64 %lsum103, 4
  br i1 %505, label %body100, label %exit102

body100:                                          ; preds = %lsum99
  %506 = getelementptr float, ptr %ls, i64 %lsum103
  %507 = getelementptr float, ptr %alpha, i64 %lsum103
  %508 = load float, ptr %507, align 4
  %509 = getelementptr <16 x float>, ptr %lsum, i64 %lsum103
  %510 = load <16 x float>, ptr %509, align 64
  %511 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %510)
  %l = load float, ptr %506, align 4
  %512 = call float @llvm.fmuladd.f32(float %l, float %508, float %511)
  store float %512, ptr %506, align 4
  %513 = add nsw i64 %lsum103, 1
  br label %lsum99

exit102:                                          ; preds = %lsum99
  %514 = sub i32 %fact, %kblock19
  %515 = call i32 @llvm.smin.i32(i32 64, i32 %514)
  %516 = load float, ptr %alpha, align 4
  %517 = insertelement <16 x float> poison, float %516, i32 0
  %splat104 = shufflevector <16 x float> %517, <16 x float> poison, <16 x i32> zeroinitializer
  %518 = load <16 x float>, ptr %accs, align 64
  %519 = fmul <16 x float> %518, %splat104
  %520 = getelementptr float, ptr %accs, i64 16
  %521 = load <16 x float>, ptr %520, align 64
  %522 = fmul <16 x float> %521, %splat104
  %523 = getelementptr float, ptr %accs, i64 32
  %524 = load <16 x float>, ptr %523, align 64
  %525 = fmul <16 x float> %524, %splat104
  %526 = getelementptr float, ptr %accs, i64 48
  %527 = load <16 x float>, ptr %526, align 64
  %528 = fmul <16 x float> %527, %splat104
  %529 = getelementptr float, ptr %alpha, i64 1
  %530 = load float, ptr %529, align 4
  %531 = insertelement <16 x float> poison, float %530, i32 0
  %splat105 = shufflevector <16 x float> %531, <16 x float> poison, <16 x i32> zeroinitializer
  %532 = getelementptr float, ptr %accs, i64 128
  %533 = load <16 x float>, ptr %532, align 64
  %534 = fmul <16 x float> %533, %splat105
  %535 = getelementptr float, ptr %accs, i64 144
  %536 = load <16 x float>, ptr %535, align 64
  %537 = fmul <16 x float> %536, %splat105
  %538 = getelementptr float, ptr %accs, i64 160
  %539 = load <16 x float>, ptr %538, align 64
  %540 = fmul <16 x float> %539, %splat105
  %541 = getelementptr float, ptr %accs, i64 176
  %542 = load <16 x float>, ptr %541, align 64
  %543 = fmul <16 x float> %542, %splat105
  %544 = getelementptr float, ptr %alpha, i64 2
  %545 = load float, ptr %544, align 4
  %546 = insertelement <16 x float> poison, float %545, i32 0
  %splat106 = shufflevector <16 x float> %546, <16 x float> poison, <16 x i32> zeroinitializer
  %547 = getelementptr float, ptr %accs, i64 256
  %548 = load <16 x float>, ptr %547, align 64
  %549 = fmul <16 x float> %548, %splat106
  %550 = getelementptr float, ptr %accs, i64 272
  %551 = load <16 x float>, ptr %550, align 64
  %552 = fmul <16 x float> %551, %splat106
  %553 = getelementptr float, ptr %accs, i64 288
  %554 = load <16 x float>, ptr %553, align 64
  %555 = fmul <16 x float> %554, %splat106
  %556 = getelementptr float, ptr %accs, i64 304
  %557 = load <16 x float>, ptr %556, align 64
  %558 = fmul <16 x float> %557, %splat106
  %559 = getelementptr float, ptr %alpha, i64 3
  %560 = load float, ptr %559, align 4
  %561 = insertelement <16 x float> poison, float %560, i32 0
  %splat107 = shufflevector <16 x float> %561, <16 x float> poison, <16 x i32> zeroinitializer
  %562 = getelementptr float, ptr %accs, i64 384
  %563 = load <16 x float>, ptr %562, align 64
  %564 = fmul <16 x float> %563, %splat107
  %565 = getelementptr float, ptr %accs, i64 400
  %566 = load <16 x float>, ptr %565, align 64
  %567 = fmul <16 x float> %566, %splat107
  %568 = getelementptr float, ptr %accs, i64 416
  %569 = load <16 x float>, ptr %568, align 64
  %570 = fmul <16 x float> %569, %splat107
  %571 = getelementptr float, ptr %accs, i64 432
  %572 = load <16 x float>, ptr %571, align 64
  %573 = fmul <16 x float> %572, %splat107
  br label %kpv

kpv:                                              ; preds = %body108, %exit102
  %pacc.sroa.60.0 = phi <16 x float> [ %573, %exit102 ], [ %636, %body108 ]
  %pacc.sroa.56.0 = phi <16 x float> [ %570, %exit102 ], [ %628, %body108 ]
  %pacc.sroa.52.0 = phi <16 x float> [ %567, %exit102 ], [ %620, %body108 ]
  %pacc.sroa.48.0 = phi <16 x float> [ %564, %exit102 ], [ %612, %body108 ]
  %pacc.sroa.44.0 = phi <16 x float> [ %558, %exit102 ], [ %635, %body108 ]
  %pacc.sroa.40.0 = phi <16 x float> [ %555, %exit102 ], [ %627, %body108 ]
  %pacc.sroa.36.0 = phi <16 x float> [ %552, %exit102 ], [ %619, %body108 ]
  %pacc.sroa.32.0 = phi <16 x float> [ %549, %exit102 ], [ %611, %body108 ]
  %pacc.sroa.28.0 = phi <16 x float> [ %543, %exit102 ], [ %634, %body108 ]
  %pacc.sroa.24.0 = phi <16 x float> [ %540, %exit102 ], [ %626, %body108 ]
  %pacc.sroa.20.0 = phi <16 x float> [ %537, %exit102 ], [ %618, %body108 ]
  %pacc.sroa.16.0 = phi <16 x float> [ %534, %exit102 ], [ %610, %body108 ]
  %pacc.sroa.12.0 = phi <16 x float> [ %528, %exit102 ], [ %633, %body108 ]
  %pacc.sroa.8.0 = phi <16 x float> [ %525, %exit102 ], [ %625, %body108 ]
  %pacc.sroa.4.0 = phi <16 x float> [ %522, %exit102 ], [ %617, %body108 ]
  %pacc.sroa.0.0 = phi <16 x float> [ %519, %exit102 ], [ %609, %body108 ]
  %kpv111 = phi i32 [ 0, %exit102 ], [ %637, %body108 ]
  %574 = icmp slt i32 %kpv111, %515
  br i1 %574, label %body108, label %exit110

body108:                                          ; preds = %kpv
  %575 = add i32 %kblock19, %kpv111
  %576 = sext i32 %575 to i64
  %577 = mul i64 %576, 8
  %row112 = add i64 %26, %577
  %578 = mul i64 %row112, 256
  %579 = getelementptr i8, ptr %28, i64 %578
  %580 = add i32 %575, 16
  %581 = call i32 @llvm.smin.i32(i32 %580, i32 %k_last)
  %582 = sext i32 %581 to i64
  %583 = mul i64 %582, 8
  %row113 = add i64 %26, %583
  %584 = mul i64 %row113, 256
  %585 = getelementptr i8, ptr %28, i64 %584
  call void @llvm.prefetch.p0(ptr %585, i32 0, i32 3, i32 1)
  %586 = getelementptr i8, ptr %585, i64 64
  call void @llvm.prefetch.p0(ptr %586, i32 0, i32 3, i32 1)
  %587 = add i32 %93, %kpv111
  %588 = call i32 @llvm.smin.i32(i32 %587, i32 %k_last)
  %589 = sext i32 %588 to i64
  %590 = mul i64 %589, 8
  %row114 = add i64 %26, %590
  %591 = mul i64 %row114, 256
  %592 = getelementptr i8, ptr %28, i64 %591
  call void @llvm.prefetch.p0(ptr %592, i32 0, i32 2, i32 1)
  %593 = getelementptr i8, ptr %592, i64 64
  call void @llvm.prefetch.p0(ptr %593, i32 0, i32 2, i32 1)
  %594 = sext i32 %kpv111 to i64
  %595 = getelementptr float, ptr %pbuf, i64 %594
  %p = load float, ptr %595, align 4
  %596 = insertelement <16 x float> poison, float %p, i32 0
  %splat115 = shufflevector <16 x float> %596, <16 x float> poison, <16 x i32> zeroinitializer
  %597 = add i64 64, %594
  %598 = getelementptr float, ptr %pbuf, i64 %597
  %p116 = load float, ptr %598, align 4
  %599 = insertelement <16 x float> poison, float %p116, i32 0
  %splat117 = shufflevector <16 x float> %599, <16 x float> poison, <16 x i32> zeroinitializer
  %600 = add i64 128, %594
  %601 = getelementptr float, ptr %pbuf, i64 %600
  %p118 = load float, ptr %601, align 4
  %602 = insertelement <16 x float> poison, float %p118, i32 0
  %splat119 = shufflevector <16 x float> %602, <16 x float> poison, <16 x i32> zeroinitializer
  %603 = add i64 192, %594
  %604 = getelementptr float, ptr %pbuf, i64 %603
  %p120 = load float, ptr %604, align 4
  %605 = insertelement <16 x float> poison, float %p120, i32 0
  %splat121 = shufflevector <16 x float> %605, <16 x float> poison, <16 x i32> zeroinitializer
  %606 = load <16 x i16>, ptr %579, align 2
  %607 = zext <16 x i16> %606 to <16 x i32>
  %608 = shl <16 x i32> %607, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16122 = bitcast <16 x i32> %608 to <16 x float>
  %609 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat115, <16 x float> %bf16122, <16 x float> %pacc.sroa.0.0)
  %610 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat117, <16 x float> %bf16122, <16 x float> %pacc.sroa.16.0)
  %611 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat119, <16 x float> %bf16122, <16 x float> %pacc.sroa.32.0)
  %612 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat121, <16 x float> %bf16122, <16 x float> %pacc.sroa.48.0)
  %613 = getelementptr i8, ptr %579, i64 32
  %614 = load <16 x i16>, ptr %613, align 2
  %615 = zext <16 x i16> %614 to <16 x i32>
  %616 = shl <16 x i32> %615, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16123 = bitcast <16 x i32> %616 to <16 x float>
  %617 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat115, <16 x float> %bf16123, <16 x float> %pacc.sroa.4.0)
  %618 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat117, <16 x float> %bf16123, <16 x float> %pacc.sroa.20.0)
  %619 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat119, <16 x float> %bf16123, <16 x float> %pacc.sroa.36.0)
  %620 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat121, <16 x float> %bf16123, <16 x float> %pacc.sroa.52.0)
  %621 = getelementptr i8, ptr %579, i64 64
  %622 = load <16 x i16>, ptr %621, align 2
  %623 = zext <16 x i16> %622 to <16 x i32>
  %624 = shl <16 x i32> %623, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16124 = bitcast <16 x i32> %624 to <16 x float>
  %625 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat115, <16 x float> %bf16124, <16 x float> %pacc.sroa.8.0)
  %626 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat117, <16 x float> %bf16124, <16 x float> %pacc.sroa.24.0)
  %627 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat119, <16 x float> %bf16124, <16 x float> %pacc.sroa.40.0)
  %628 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat121, <16 x float> %bf16124, <16 x float> %pacc.sroa.56.0)
  %629 = getelementptr i8, ptr %579, i64 96
  %630 = load <16 x i16>, ptr %629, align 2
  %631 = zext <16 x i16> %630 to <16 x i32>
  %632 = shl <16 x i32> %631, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16125 = bitcast <16 x i32> %632 to <16 x float>
  %633 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat115, <16 x float> %bf16125, <16 x float> %pacc.sroa.12.0)
  %634 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat117, <16 x float> %bf16125, <16 x float> %pacc.sroa.28.0)
  %635 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat119, <16 x float> %bf16125, <16 x float> %pacc.sroa.44.0)
  %636 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat121, <16 x float> %bf16125, <16 x float> %pacc.sroa.60.0)
  %637 = add nsw i32 %kpv111, 1
  br label %kpv

exit110:                                          ; preds = %kpv
  store <16 x float> %pacc.sroa.0.0, ptr %accs, align 64
  store <16 x float> %pacc.sroa.4.0, ptr %520, align 64
  store <16 x float> %pacc.sroa.8.0, ptr %523, align 64
  store <16 x float> %pacc.sroa.12.0, ptr %526, align 64
  store <16 x float> %pacc.sroa.16.0, ptr %532, align 64
  store <16 x float> %pacc.sroa.20.0, ptr %535, align 64
  store <16 x float> %pacc.sroa.24.0, ptr %538, align 64
  store <16 x float> %pacc.sroa.28.0, ptr %541, align 64
  store <16 x float> %pacc.sroa.32.0, ptr %547, align 64
  store <16 x float> %pacc.sroa.36.0, ptr %550, align 64
  store <16 x float> %pacc.sroa.40.0, ptr %553, align 64
  store <16 x float> %pacc.sroa.44.0, ptr %556, align 64
  store <16 x float> %pacc.sroa.48.0, ptr %562, align 64
  store <16 x float> %pacc.sroa.52.0, ptr %565, align 64
  store <16 x float> %pacc.sroa.56.0, ptr %568, align 64
  store <16 x float> %pacc.sroa.60.0, ptr %571, align 64
  %638 = load float, ptr %alpha, align 4
  %639 = insertelement <16 x float> poison, float %638, i32 0
  %splat127 = shufflevector <16 x float> %639, <16 x float> poison, <16 x i32> zeroinitializer
  %640 = getelementptr float, ptr %accs, i64 64
  %641 = load <16 x float>, ptr %640, align 64
  %642 = fmul <16 x float> %641, %splat127
  %643 = getelementptr float, ptr %accs, i64 80
  %644 = load <16 x float>, ptr %643, align 64
  %645 = fmul <16 x float> %644, %splat127
  %646 = getelementptr float, ptr %accs, i64 96
  %647 = load <16 x float>, ptr %646, align 64
  %648 = fmul <16 x float> %647, %splat127
  %649 = getelementptr float, ptr %accs, i64 112
  %650 = load <16 x float>, ptr %649, align 64
  %651 = fmul <16 x float> %650, %splat127
  %652 = load float, ptr %529, align 4
  %653 = insertelement <16 x float> poison, float %652, i32 0
  %splat128 = shufflevector <16 x float> %653, <16 x float> poison, <16 x i32> zeroinitializer
  %654 = getelementptr float, ptr %accs, i64 192
  %655 = load <16 x float>, ptr %654, align 64
  %656 = fmul <16 x float> %655, %splat128
  %657 = getelementptr float, ptr %accs, i64 208
  %658 = load <16 x float>, ptr %657, align 64
  %659 = fmul <16 x float> %658, %splat128
  %660 = getelementptr float, ptr %accs, i64 224
  %661 = load <16 x float>, ptr %660, align 64
  %662 = fmul <16 x float> %661, %splat128
  %663 = getelementptr float, ptr %accs, i64 240
  %664 = load <16 x float>, ptr %663, align 64
  %665 = fmul <16 x float> %664, %splat128
  %666 = load float, ptr %544, align 4
  %667 = insertelement <16 x float> poison, float %666, i32 0
  %splat129 = shufflevector <16 x float> %667, <16 x float> poison, <16 x i32> zeroinitializer
  %668 = getelementptr float, ptr %accs, i64 320
  %669 = load <16 x float>, ptr %668, align 64
  %670 = fmul <16 x float> %669, %splat129
  %671 = getelementptr float, ptr %accs, i64 336
  %672 = load <16 x float>, ptr %671, align 64
  %673 = fmul <16 x float> %672, %splat129
  %674 = getelementptr float, ptr %accs, i64 352
  %675 = load <16 x float>, ptr %674, align 64
  %676 = fmul <16 x float> %675, %splat129
  %677 = getelementptr float, ptr %accs, i64 368
  %678 = load <16 x float>, ptr %677, align 64
  %679 = fmul <16 x float> %678, %splat129
  %680 = load float, ptr %559, align 4
  %681 = insertelement <16 x float> poison, float %680, i32 0
  %splat130 = shufflevector <16 x float> %681, <16 x float> poison, <16 x i32> zeroinitializer
  %682 = getelementptr float, ptr %accs, i64 448
  %683 = load <16 x float>, ptr %682, align 64
  %684 = fmul <16 x float> %683, %splat130
  %685 = getelementptr float, ptr %accs, i64 464
  %686 = load <16 x float>, ptr %685, align 64
  %687 = fmul <16 x float> %686, %splat130
  %688 = getelementptr float, ptr %accs, i64 480
  %689 = load <16 x float>, ptr %688, align 64
  %690 = fmul <16 x float> %689, %splat130
  %691 = getelementptr float, ptr %accs, i64 496
  %692 = load <16 x float>, ptr %691, align 64
  %693 = fmul <16 x float> %692, %splat130
  br label %kpv131

kpv131:                                           ; preds = %body132, %exit110
  %pacc126.sroa.60.0 = phi <16 x float> [ %693, %exit110 ], [ %759, %body132 ]
  %pacc126.sroa.56.0 = phi <16 x float> [ %690, %exit110 ], [ %751, %body132 ]
  %pacc126.sroa.52.0 = phi <16 x float> [ %687, %exit110 ], [ %743, %body132 ]
  %pacc126.sroa.48.0 = phi <16 x float> [ %684, %exit110 ], [ %735, %body132 ]
  %pacc126.sroa.44.0 = phi <16 x float> [ %679, %exit110 ], [ %758, %body132 ]
  %pacc126.sroa.40.0 = phi <16 x float> [ %676, %exit110 ], [ %750, %body132 ]
  %pacc126.sroa.36.0 = phi <16 x float> [ %673, %exit110 ], [ %742, %body132 ]
  %pacc126.sroa.32.0 = phi <16 x float> [ %670, %exit110 ], [ %734, %body132 ]
  %pacc126.sroa.28.0 = phi <16 x float> [ %665, %exit110 ], [ %757, %body132 ]
  %pacc126.sroa.24.0 = phi <16 x float> [ %662, %exit110 ], [ %749, %body132 ]
  %pacc126.sroa.20.0 = phi <16 x float> [ %659, %exit110 ], [ %741, %body132 ]
  %pacc126.sroa.16.0 = phi <16 x float> [ %656, %exit110 ], [ %733, %body132 ]
  %pacc126.sroa.12.0 = phi <16 x float> [ %651, %exit110 ], [ %756, %body132 ]
  %pacc126.sroa.8.0 = phi <16 x float> [ %648, %exit110 ], [ %748, %body132 ]
  %pacc126.sroa.4.0 = phi <16 x float> [ %645, %exit110 ], [ %740, %body132 ]
  %pacc126.sroa.0.0 = phi <16 x float> [ %642, %exit110 ], [ %732, %body132 ]
  %kpv135 = phi i32 [ 0, %exit110 ], [ %760, %body132 ]
  %694 = icmp slt i32 %kpv135, %515
  br i1 %694, label %body132, label %exit134

body132:                                          ; preds = %kpv131
  %695 = add i32 %kblock19, %kpv135
  %696 = sext i32 %695 to i64
  %697 = mul i64 %696, 8
  %row136 = add i64 %26, %697
  %698 = mul i64 %row136, 256
  %699 = getelementptr i8, ptr %28, i64 %698
  %700 = add i32 %695, 16
  %701 = call i32 @llvm.smin.i32(i32 %700, i32 %k_last)
  %702 = sext i32 %701 to i64
  %703 = mul i64 %702, 8
  %row137 = add i64 %26, %703
  %704 = mul i64 %row137, 256
  %705 = getelementptr i8, ptr %28, i64 %704
  %706 = getelementptr i8, ptr %705, i64 128
  call void @llvm.prefetch.p0(ptr %706, i32 0, i32 3, i32 1)
  %707 = getelementptr i8, ptr %706, i64 64
  call void @llvm.prefetch.p0(ptr %707, i32 0, i32 3, i32 1)
  %708 = add i32 %93, %kpv135
  %709 = call i32 @llvm.smin.i32(i32 %708, i32 %k_last)
  %710 = sext i32 %709 to i64
  %711 = mul i64 %710, 8
  %row138 = add i64 %26, %711
  %712 = mul i64 %row138, 256
  %713 = getelementptr i8, ptr %28, i64 %712
  %714 = getelementptr i8, ptr %713, i64 128
  call void @llvm.prefetch.p0(ptr %714, i32 0, i32 2, i32 1)
  %715 = getelementptr i8, ptr %714, i64 64
  call void @llvm.prefetch.p0(ptr %715, i32 0, i32 2, i32 1)
  %716 = sext i32 %kpv135 to i64
  %717 = getelementptr float, ptr %pbuf, i64 %716
  %p139 = load float, ptr %717, align 4
  %718 = insertelement <16 x float> poison, float %p139, i32 0
  %splat140 = shufflevector <16 x float> %718, <16 x float> poison, <16 x i32> zeroinitializer
  %719 = add i64 64, %716
  %720 = getelementptr float, ptr %pbuf, i64 %719
  %p141 = load float, ptr %720, align 4
  %721 = insertelement <16 x float> poison, float %p141, i32 0
  %splat142 = shufflevector <16 x float> %721, <16 x float> poison, <16 x i32> zeroinitializer
  %722 = add i64 128, %716
  %723 = getelementptr float, ptr %pbuf, i64 %722
  %p143 = load float, ptr %723, align 4
  %724 = insertelement <16 x float> poison, float %p143, i32 0
  %splat144 = shufflevector <16 x float> %724, <16 x float> poison, <16 x i32> zeroinitializer
  %725 = add i64 192, %716
  %726 = getelementptr float, ptr %pbuf, i64 %725
  %p145 = load float, ptr %726, align 4
  %727 = insertelement <16 x float> poison, float %p145, i32 0
  %splat146 = shufflevector <16 x float> %727, <16 x float> poison, <16 x i32> zeroinitializer
  %728 = getelementptr i8, ptr %699, i64 128
  %729 = load <16 x i16>, ptr %728, align 2
  %730 = zext <16 x i16> %729 to <16 x i32>
  %731 = shl <16 x i32> %730, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16147 = bitcast <16 x i32> %731 to <16 x float>
  %732 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat140, <16 x float> %bf16147, <16 x float> %pacc126.sroa.0.0)
  %733 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat142, <16 x float> %bf16147, <16 x float> %pacc126.sroa.16.0)
  %734 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat144, <16 x float> %bf16147, <16 x float> %pacc126.sroa.32.0)
  %735 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat146, <16 x float> %bf16147, <16 x float> %pacc126.sroa.48.0)
  %736 = getelementptr i8, ptr %699, i64 160
  %737 = load <16 x i16>, ptr %736, align 2
  %738 = zext <16 x i16> %737 to <16 x i32>
  %739 = shl <16 x i32> %738, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16148 = bitcast <16 x i32> %739 to <16 x float>
  %740 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat140, <16 x float> %bf16148, <16 x float> %pacc126.sroa.4.0)
  %741 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat142, <16 x float> %bf16148, <16 x float> %pacc126.sroa.20.0)
  %742 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat144, <16 x float> %bf16148, <16 x float> %pacc126.sroa.36.0)
  %743 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat146, <16 x float> %bf16148, <16 x float> %pacc126.sroa.52.0)
  %744 = getelementptr i8, ptr %699, i64 192
  %745 = load <16 x i16>, ptr %744, align 2
  %746 = zext <16 x i16> %745 to <16 x i32>
  %747 = shl <16 x i32> %746, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16149 = bitcast <16 x i32> %747 to <16 x float>
  %748 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat140, <16 x float> %bf16149, <16 x float> %pacc126.sroa.8.0)
  %749 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat142, <16 x float> %bf16149, <16 x float> %pacc126.sroa.24.0)
  %750 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat144, <16 x float> %bf16149, <16 x float> %pacc126.sroa.40.0)
  %751 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat146, <16 x float> %bf16149, <16 x float> %pacc126.sroa.56.0)
  %752 = getelementptr i8, ptr %699, i64 224
  %753 = load <16 x i16>, ptr %752, align 2
  %754 = zext <16 x i16> %753 to <16 x i32>
  %755 = shl <16 x i32> %754, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16150 = bitcast <16 x i32> %755 to <16 x float>
  %756 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat140, <16 x float> %bf16150, <16 x float> %pacc126.sroa.12.0)
  %757 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat142, <16 x float> %bf16150, <16 x float> %pacc126.sroa.28.0)
  %758 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat144, <16 x float> %bf16150, <16 x float> %pacc126.sroa.44.0)
  %759 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat146, <16 x float> %bf16150, <16 x float> %pacc126.sroa.60.0)
  %760 = add nsw i32 %kpv135, 1
  br label %kpv131

exit134:                                          ; preds = %kpv131
  store <16 x float> %pacc126.sroa.0.0, ptr %640, align 64
  store <16 x float> %pacc126.sroa.4.0, ptr %643, align 64
  store <16 x float> %pacc126.sroa.8.0, ptr %646, align 64
  store <16 x float> %pacc126.sroa.12.0, ptr %649, align 64
  store <16 x float> %pacc126.sroa.16.0, ptr %654, align 64
  store <16 x float> %pacc126.sroa.20.0, ptr %657, align 64
  store <16 x float> %pacc126.sroa.24.0, ptr %660, align 64
  store <16 x float> %pacc126.sroa.28.0, ptr %663, align 64
  store <16 x float> %pacc126.sroa.32.0, ptr %668, align 64
  store <16 x float> %pacc126.sroa.36.0, ptr %671, align 64
  store <16 x float> %pacc126.sroa.40.0, ptr %674, align 64
  store <16 x float> %pacc126.sroa.44.0, ptr %677, align 64
  store <16 x float> %pacc126.sroa.48.0, ptr %682, align 64
  store <16 x float> %pacc126.sroa.52.0, ptr %685, align 64
  store <16 x float> %pacc126.sroa.56.0, ptr %688, align 64
  store <16 x float> %pacc126.sroa.60.0, ptr %691, align 64
  br label %kblock

orow151:                                          ; preds = %kblock, %written
  %orow155 = phi i32 [ %784, %written ], [ 0, %kblock ]
  %761 = icmp slt i32 %orow155, %nrows
  br i1 %761, label %body152, label %done

body152:                                          ; preds = %orow151
  %762 = sext i32 %orow155 to i64
  %763 = getelementptr float, ptr %ms, i64 %762
  %m156 = load float, ptr %763, align 4
  %764 = getelementptr float, ptr %ls, i64 %762
  %l157 = load float, ptr %764, align 4
  %765 = mul i64 %762, 128
  %766 = getelementptr float, ptr %accs, i64 %765
  %767 = icmp ne ptr %part, null
  br i1 %767, label %partial, label %final

partial:                                          ; preds = %body152
  %768 = sext i32 %nrows to i64
  %769 = getelementptr float, ptr %part, i64 %765
  br label %chunk158

final:                                            ; preds = %body152
  %770 = sdiv i32 %orow155, %nh
  %qi163 = add i32 %q_begin, %770
  %771 = srem i32 %orow155, %nh
  %772 = add i32 %h_begin, %771
  %773 = mul i32 %kv_head, 4
  %hq164 = add i32 %773, %772
  %774 = sext i32 %qi163 to i64
  %775 = add i64 %q_row0, %774
  %776 = mul i64 %775, 32
  %777 = sext i32 %hq164 to i64
  %orow165 = add i64 %776, %777
  %778 = fcmp oeq float %l157, 0.000000e+00
  %779 = fdiv float 1.000000e+00, %l157
  %780 = select i1 %778, float 0.000000e+00, float %779
  %781 = mul i64 %orow165, 256
  %782 = getelementptr i8, ptr %out, i64 %781
  %783 = insertelement <16 x float> poison, float %780, i32 0
  %splat166 = shufflevector <16 x float> %783, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk167

written:                                          ; preds = %chunk167, %exit161
  %784 = add nsw i32 %orow155, 1
  br label %orow151

chunk158:                                         ; preds = %body159, %partial
  %chunk162 = phi i64 [ 0, %partial ], [ %790, %body159 ]
  %785 = icmp slt i64 %chunk162, 8
  br i1 %785, label %body159, label %exit161

body159:                                          ; preds = %chunk158
  %786 = getelementptr <16 x float>, ptr %766, i64 %chunk162
  %787 = load <16 x float>, ptr %786, align 64
  %788 = mul i64 %chunk162, 64
  %789 = getelementptr i8, ptr %769, i64 %788
  store <16 x float> %787, ptr %789, align 4
  %790 = add nsw i64 %chunk162, 1
  br label %chunk158

exit161:                                          ; preds = %chunk158
  %791 = mul i64 %768, 128
  %792 = add i64 %791, %762
  %793 = getelementptr float, ptr %part, i64 %792
  store float %m156, ptr %793, align 4
  %794 = add i64 %792, %768
  %795 = getelementptr float, ptr %part, i64 %794
  store float %l157, ptr %795, align 4
  br label %written

chunk167:                                         ; preds = %body168, %final
  %chunk171 = phi i64 [ 0, %final ], [ %812, %body168 ]
  %796 = icmp slt i64 %chunk171, 8
  br i1 %796, label %body168, label %written

body168:                                          ; preds = %chunk167
  %797 = getelementptr <16 x float>, ptr %766, i64 %chunk171
  %798 = load <16 x float>, ptr %797, align 64
  %799 = fmul <16 x float> %798, %splat166
  %800 = mul i64 %chunk171, 32
  %801 = getelementptr i8, ptr %782, i64 %800
  %802 = bitcast <16 x float> %799 to <16 x i32>
  %803 = lshr <16 x i32> %802, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %804 = and <16 x i32> %803, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %805 = add <16 x i32> %804, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %806 = add <16 x i32> %802, %805
  %807 = lshr <16 x i32> %806, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %808 = fcmp uno <16 x float> %799, %799
  %809 = or <16 x i32> %803, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %810 = select <16 x i1> %808, <16 x i32> %809, <16 x i32> %807
  %811 = trunc <16 x i32> %810 to <16 x i16>
  store <16 x i16> %811, ptr %801, align 2
  %812 = add nsw i64 %chunk171, 1
  br label %chunk167
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

common.ret:                                       ; preds = %orow133, %rows, %one_query
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
  %113 = sext i32 %112 to i64
  %114 = getelementptr i32, ptr %lims, i64 %113
  %fact = load i32, ptr %114, align 4
  %fact19 = load i32, ptr %lows, align 4
  %k_last = sub i32 %fact, 1
  br label %ktile

ktile:                                            ; preds = %exit51, %exit17
  %ktile23 = phi i32 [ %fact19, %exit17 ], [ %258, %exit51 ]
  %115 = icmp slt i32 %ktile23, %fact
  br i1 %115, label %body20, label %exit22

body20:                                           ; preds = %ktile
  %116 = sub i32 %fact, %ktile23
  %117 = call i32 @llvm.smin.i32(i32 48, i32 %116)
  %118 = add i32 %117, 11
  %119 = sdiv i32 %118, 12
  %120 = mul i32 %119, 12
  br label %kpack

exit22:                                           ; preds = %ktile
  %121 = load <16 x float>, ptr %mv, align 64
  store <16 x float> %121, ptr %ms, align 64
  %122 = load <16 x float>, ptr %lv, align 64
  store <16 x float> %122, ptr %ls, align 64
  %123 = getelementptr float, ptr %ms, i64 16
  %124 = load <16 x float>, ptr %98, align 64
  store <16 x float> %124, ptr %123, align 64
  %125 = getelementptr float, ptr %ls, i64 16
  %126 = load <16 x float>, ptr %99, align 64
  store <16 x float> %126, ptr %125, align 64
  %127 = getelementptr float, ptr %ms, i64 32
  %128 = load <16 x float>, ptr %100, align 64
  store <16 x float> %128, ptr %127, align 64
  %129 = getelementptr float, ptr %ls, i64 32
  %130 = load <16 x float>, ptr %101, align 64
  store <16 x float> %130, ptr %129, align 64
  %131 = getelementptr float, ptr %ms, i64 48
  %132 = load <16 x float>, ptr %102, align 64
  store <16 x float> %132, ptr %131, align 64
  %133 = getelementptr float, ptr %ls, i64 48
  %134 = load <16 x float>, ptr %103, align 64
  store <16 x float> %134, ptr %133, align 64
  %135 = getelementptr float, ptr %ms, i64 64
  %136 = load <16 x float>, ptr %104, align 64
  store <16 x float> %136, ptr %135, align 64
  %137 = getelementptr float, ptr %ls, i64 64
  %138 = load <16 x float>, ptr %105, align 64
  store <16 x float> %138, ptr %137, align 64
  %139 = getelementptr float, ptr %ms, i64 80
  %140 = load <16 x float>, ptr %106, align 64
  store <16 x float> %140, ptr %139, align 64
  %141 = getelementptr float, ptr %ls, i64 80
  %142 = load <16 x float>, ptr %107, align 64
  store <16 x float> %142, ptr %141, align 64
  %143 = getelementptr float, ptr %ms, i64 96
  %144 = load <16 x float>, ptr %108, align 64
  store <16 x float> %144, ptr %143, align 64
  %145 = getelementptr float, ptr %ls, i64 96
  %146 = load <16 x float>, ptr %109, align 64
  store <16 x float> %146, ptr %145, align 64
  %147 = getelementptr float, ptr %ms, i64 112
  %148 = load <16 x float>, ptr %110, align 64
  store <16 x float> %148, ptr %147, align 64
  %149 = getelementptr float, ptr %ls, i64 112
  %150 = load <16 x float>, ptr %111, align 64
  store <16 x float> %150, ptr %149, align 64
  br label %orow133

kpack:                                            ; preds = %body24, %body20
  %kpack27 = phi i32 [ 0, %body20 ], [ %199, %body24 ]
  %151 = icmp slt i32 %kpack27, %120
  br i1 %151, label %body24, label %vpack

body24:                                           ; preds = %kpack
  %152 = add i32 %ktile23, %kpack27
  %153 = call i32 @llvm.smin.i32(i32 %152, i32 %k_last)
  %154 = sext i32 %153 to i64
  %155 = mul i64 %154, 8
  %row = add i64 %26, %155
  %156 = mul i64 %row, 256
  %157 = getelementptr i8, ptr %25, i64 %156
  %158 = sext i32 %kpack27 to i64
  %159 = mul i64 %158, 128
  %160 = getelementptr i32, ptr %kbuf, i64 %159
  %161 = load <16 x i16>, ptr %157, align 2
  %162 = zext <16 x i16> %161 to <16 x i32>
  %163 = shl <16 x i32> %162, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1628 = bitcast <16 x i32> %163 to <16 x float>
  store <16 x float> %bf1628, ptr %160, align 64
  %164 = getelementptr i8, ptr %157, i64 32
  %165 = load <16 x i16>, ptr %164, align 2
  %166 = zext <16 x i16> %165 to <16 x i32>
  %167 = shl <16 x i32> %166, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1629 = bitcast <16 x i32> %167 to <16 x float>
  %168 = getelementptr i8, ptr %160, i64 64
  store <16 x float> %bf1629, ptr %168, align 64
  %169 = getelementptr i8, ptr %157, i64 64
  %170 = load <16 x i16>, ptr %169, align 2
  %171 = zext <16 x i16> %170 to <16 x i32>
  %172 = shl <16 x i32> %171, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1630 = bitcast <16 x i32> %172 to <16 x float>
  %173 = getelementptr i8, ptr %160, i64 128
  store <16 x float> %bf1630, ptr %173, align 64
  %174 = getelementptr i8, ptr %157, i64 96
  %175 = load <16 x i16>, ptr %174, align 2
  %176 = zext <16 x i16> %175 to <16 x i32>
  %177 = shl <16 x i32> %176, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1631 = bitcast <16 x i32> %177 to <16 x float>
  %178 = getelementptr i8, ptr %160, i64 192
  store <16 x float> %bf1631, ptr %178, align 64
  %179 = getelementptr i8, ptr %157, i64 128
  %180 = load <16 x i16>, ptr %179, align 2
  %181 = zext <16 x i16> %180 to <16 x i32>
  %182 = shl <16 x i32> %181, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1632 = bitcast <16 x i32> %182 to <16 x float>
  %183 = getelementptr i8, ptr %160, i64 256
  store <16 x float> %bf1632, ptr %183, align 64
  %184 = getelementptr i8, ptr %157, i64 160
  %185 = load <16 x i16>, ptr %184, align 2
  %186 = zext <16 x i16> %185 to <16 x i32>
  %187 = shl <16 x i32> %186, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1633 = bitcast <16 x i32> %187 to <16 x float>
  %188 = getelementptr i8, ptr %160, i64 320
  store <16 x float> %bf1633, ptr %188, align 64
  %189 = getelementptr i8, ptr %157, i64 192
  %190 = load <16 x i16>, ptr %189, align 2
  %191 = zext <16 x i16> %190 to <16 x i32>
  %192 = shl <16 x i32> %191, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1634 = bitcast <16 x i32> %192 to <16 x float>
  %193 = getelementptr i8, ptr %160, i64 384
  store <16 x float> %bf1634, ptr %193, align 64
  %194 = getelementptr i8, ptr %157, i64 224
  %195 = load <16 x i16>, ptr %194, align 2
  %196 = zext <16 x i16> %195 to <16 x i32>
  %197 = shl <16 x i32> %196, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1635 = bitcast <16 x i32> %197 to <16 x float>
  %198 = getelementptr i8, ptr %160, i64 448
  store <16 x float> %bf1635, ptr %198, align 64
  %199 = add nsw i32 %kpack27, 1
  br label %kpack

vpack:                                            ; preds = %kpack, %body36
  %vpack39 = phi i32 [ %247, %body36 ], [ 0, %kpack ]
  %200 = icmp slt i32 %vpack39, %117
  br i1 %200, label %body36, label %exit38

body36:                                           ; preds = %vpack
  %201 = add i32 %ktile23, %vpack39
  %202 = sext i32 %201 to i64
  %203 = mul i64 %202, 8
  %row40 = add i64 %26, %203
  %204 = mul i64 %row40, 256
  %205 = getelementptr i8, ptr %28, i64 %204
  %206 = sext i32 %vpack39 to i64
  %207 = mul i64 %206, 128
  %208 = getelementptr i32, ptr %vbuf, i64 %207
  %209 = load <16 x i16>, ptr %205, align 2
  %210 = zext <16 x i16> %209 to <16 x i32>
  %211 = shl <16 x i32> %210, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1641 = bitcast <16 x i32> %211 to <16 x float>
  store <16 x float> %bf1641, ptr %208, align 64
  %212 = getelementptr i8, ptr %205, i64 32
  %213 = load <16 x i16>, ptr %212, align 2
  %214 = zext <16 x i16> %213 to <16 x i32>
  %215 = shl <16 x i32> %214, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1642 = bitcast <16 x i32> %215 to <16 x float>
  %216 = getelementptr i8, ptr %208, i64 64
  store <16 x float> %bf1642, ptr %216, align 64
  %217 = getelementptr i8, ptr %205, i64 64
  %218 = load <16 x i16>, ptr %217, align 2
  %219 = zext <16 x i16> %218 to <16 x i32>
  %220 = shl <16 x i32> %219, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1643 = bitcast <16 x i32> %220 to <16 x float>
  %221 = getelementptr i8, ptr %208, i64 128
  store <16 x float> %bf1643, ptr %221, align 64
  %222 = getelementptr i8, ptr %205, i64 96
  %223 = load <16 x i16>, ptr %222, align 2
  %224 = zext <16 x i16> %223 to <16 x i32>
  %225 = shl <16 x i32> %224, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1644 = bitcast <16 x i32> %225 to <16 x float>
  %226 = getelementptr i8, ptr %208, i64 192
  store <16 x float> %bf1644, ptr %226, align 64
  %227 = getelementptr i8, ptr %205, i64 128
  %228 = load <16 x i16>, ptr %227, align 2
  %229 = zext <16 x i16> %228 to <16 x i32>
  %230 = shl <16 x i32> %229, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1645 = bitcast <16 x i32> %230 to <16 x float>
  %231 = getelementptr i8, ptr %208, i64 256
  store <16 x float> %bf1645, ptr %231, align 64
  %232 = getelementptr i8, ptr %205, i64 160
  %233 = load <16 x i16>, ptr %232, align 2
  %234 = zext <16 x i16> %233 to <16 x i32>
  %235 = shl <16 x i32> %234, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1646 = bitcast <16 x i32> %235 to <16 x float>
  %236 = getelementptr i8, ptr %208, i64 320
  store <16 x float> %bf1646, ptr %236, align 64
  %237 = getelementptr i8, ptr %205, i64 192
  %238 = load <16 x i16>, ptr %237, align 2
  %239 = zext <16 x i16> %238 to <16 x i32>
  %240 = shl <16 x i32> %239, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1647 = bitcast <16 x i32> %240 to <16 x float>
  %241 = getelementptr i8, ptr %208, i64 384
  store <16 x float> %bf1647, ptr %241, align 64
  %242 = getelementptr i8, ptr %205, i64 224
  %243 = load <16 x i16>, ptr %242, align 2
  %244 = zext <16 x i16> %243 to <16 x i32>
  %245 = shl <16 x i32> %244, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1648 = bitcast <16 x i32> %245 to <16 x float>
  %246 = getelementptr i8, ptr %208, i64 448
  store <16 x float> %bf1648, ptr %246, align 64
  %247 = add nsw i32 %vpack39, 1
  br label %vpack

exit38:                                           ; preds = %vpack
  %248 = add i32 %nrows, 31
  %nblk = sdiv i32 %248, 32
  br label %rblock

rblock:                                           ; preds = %join, %exit38
  %rblock52 = phi i32 [ 0, %exit38 ], [ %275, %join ]
  %249 = icmp slt i32 %rblock52, %nblk
  br i1 %249, label %body49, label %exit51

body49:                                           ; preds = %rblock
  %250 = sext i32 %rblock52 to i64
  %251 = mul i32 %rblock52, 32
  %252 = add i32 %251, 31
  %253 = sext i32 %252 to i64
  %254 = getelementptr i32, ptr %lims, i64 %253
  %fact53 = load i32, ptr %254, align 4
  %255 = sub i32 %fact53, %ktile23
  %256 = call i32 @llvm.smin.i32(i32 %117, i32 %255)
  %257 = icmp sgt i32 %256, 0
  br i1 %257, label %rvisit, label %join

exit51:                                           ; preds = %rblock
  %258 = add nsw i32 %ktile23, 48
  br label %ktile

rvisit:                                           ; preds = %body49
  %259 = mul i64 %250, 4096
  %260 = getelementptr i32, ptr %qt, i64 %259
  %261 = getelementptr i32, ptr %ot, i64 %259
  %262 = mul i64 %250, 2
  %263 = getelementptr <16 x float>, ptr %mv, i64 %262
  %264 = getelementptr <16 x float>, ptr %lv, i64 %262
  %265 = mul i64 %250, 32
  %266 = getelementptr i32, ptr %lims, i64 %265
  %267 = load <16 x i32>, ptr %266, align 64
  %268 = getelementptr i32, ptr %lows, i64 %265
  %269 = load <16 x i32>, ptr %268, align 64
  %270 = add i64 %265, 16
  %271 = getelementptr i32, ptr %lims, i64 %270
  %272 = load <16 x i32>, ptr %271, align 64
  %273 = getelementptr i32, ptr %lows, i64 %270
  %274 = load <16 x i32>, ptr %273, align 64
  br label %sblock

join:                                             ; preds = %pvblock, %body49
  %275 = add nsw i32 %rblock52, 1
  br label %rblock

sblock:                                           ; preds = %exit60, %rvisit
  %sblock57 = phi i32 [ 0, %rvisit ], [ %359, %exit60 ]
  %276 = icmp slt i32 %sblock57, %256
  br i1 %276, label %body54, label %smask

body54:                                           ; preds = %sblock
  %277 = sext i32 %sblock57 to i64
  %278 = mul i64 %277, 128
  %279 = getelementptr i32, ptr %kbuf, i64 %278
  br label %sdim

sdim:                                             ; preds = %body58, %body54
  %sacc.sroa.92.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %332, %body58 ]
  %sacc.sroa.88.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %331, %body58 ]
  %sacc.sroa.84.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %328, %body58 ]
  %sacc.sroa.80.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %327, %body58 ]
  %sacc.sroa.76.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %324, %body58 ]
  %sacc.sroa.72.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %323, %body58 ]
  %sacc.sroa.68.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %320, %body58 ]
  %sacc.sroa.64.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %319, %body58 ]
  %sacc.sroa.60.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %316, %body58 ]
  %sacc.sroa.56.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %315, %body58 ]
  %sacc.sroa.52.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %312, %body58 ]
  %sacc.sroa.48.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %311, %body58 ]
  %sacc.sroa.44.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %308, %body58 ]
  %sacc.sroa.40.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %307, %body58 ]
  %sacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %304, %body58 ]
  %sacc.sroa.32.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %303, %body58 ]
  %sacc.sroa.28.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %300, %body58 ]
  %sacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %299, %body58 ]
  %sacc.sroa.20.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %296, %body58 ]
  %sacc.sroa.16.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %295, %body58 ]
  %sacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %292, %body58 ]
  %sacc.sroa.8.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %291, %body58 ]
  %sacc.sroa.4.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %288, %body58 ]
  %sacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %body54 ], [ %287, %body58 ]
  %sdim61 = phi i32 [ 0, %body54 ], [ %333, %body58 ]
  %280 = icmp slt i32 %sdim61, 128
  br i1 %280, label %body58, label %exit60

body58:                                           ; preds = %sdim
  %281 = sext i32 %sdim61 to i64
  %282 = mul i64 %281, 32
  %283 = getelementptr i32, ptr %260, i64 %282
  %qt62 = load <16 x float>, ptr %283, align 64
  %284 = getelementptr i32, ptr %283, i64 16
  %qt63 = load <16 x float>, ptr %284, align 64
  %285 = getelementptr i32, ptr %279, i64 %281
  %k = load float, ptr %285, align 4
  %286 = insertelement <16 x float> poison, float %k, i32 0
  %splat64 = shufflevector <16 x float> %286, <16 x float> poison, <16 x i32> zeroinitializer
  %287 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat64, <16 x float> %sacc.sroa.0.0)
  %288 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt63, <16 x float> %splat64, <16 x float> %sacc.sroa.4.0)
  %289 = getelementptr i32, ptr %285, i64 128
  %k65 = load float, ptr %289, align 4
  %290 = insertelement <16 x float> poison, float %k65, i32 0
  %splat66 = shufflevector <16 x float> %290, <16 x float> poison, <16 x i32> zeroinitializer
  %291 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat66, <16 x float> %sacc.sroa.8.0)
  %292 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt63, <16 x float> %splat66, <16 x float> %sacc.sroa.12.0)
  %293 = getelementptr i32, ptr %285, i64 256
  %k67 = load float, ptr %293, align 4
  %294 = insertelement <16 x float> poison, float %k67, i32 0
  %splat68 = shufflevector <16 x float> %294, <16 x float> poison, <16 x i32> zeroinitializer
  %295 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat68, <16 x float> %sacc.sroa.16.0)
  %296 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt63, <16 x float> %splat68, <16 x float> %sacc.sroa.20.0)
  %297 = getelementptr i32, ptr %285, i64 384
  %k69 = load float, ptr %297, align 4
  %298 = insertelement <16 x float> poison, float %k69, i32 0
  %splat70 = shufflevector <16 x float> %298, <16 x float> poison, <16 x i32> zeroinitializer
  %299 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat70, <16 x float> %sacc.sroa.24.0)
  %300 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt63, <16 x float> %splat70, <16 x float> %sacc.sroa.28.0)
  %301 = getelementptr i32, ptr %285, i64 512
  %k71 = load float, ptr %301, align 4
  %302 = insertelement <16 x float> poison, float %k71, i32 0
  %splat72 = shufflevector <16 x float> %302, <16 x float> poison, <16 x i32> zeroinitializer
  %303 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat72, <16 x float> %sacc.sroa.32.0)
  %304 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt63, <16 x float> %splat72, <16 x float> %sacc.sroa.36.0)
  %305 = getelementptr i32, ptr %285, i64 640
  %k73 = load float, ptr %305, align 4
  %306 = insertelement <16 x float> poison, float %k73, i32 0
  %splat74 = shufflevector <16 x float> %306, <16 x float> poison, <16 x i32> zeroinitializer
  %307 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat74, <16 x float> %sacc.sroa.40.0)
  %308 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt63, <16 x float> %splat74, <16 x float> %sacc.sroa.44.0)
  %309 = getelementptr i32, ptr %285, i64 768
  %k75 = load float, ptr %309, align 4
  %310 = insertelement <16 x float> poison, float %k75, i32 0
  %splat76 = shufflevector <16 x float> %310, <16 x float> poison, <16 x i32> zeroinitializer
  %311 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat76, <16 x float> %sacc.sroa.48.0)
  %312 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt63, <16 x float> %splat76, <16 x float> %sacc.sroa.52.0)
  %313 = getelementptr i32, ptr %285, i64 896
  %k77 = load float, ptr %313, align 4
  %314 = insertelement <16 x float> poison, float %k77, i32 0
  %splat78 = shufflevector <16 x float> %314, <16 x float> poison, <16 x i32> zeroinitializer
  %315 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat78, <16 x float> %sacc.sroa.56.0)
  %316 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt63, <16 x float> %splat78, <16 x float> %sacc.sroa.60.0)
  %317 = getelementptr i32, ptr %285, i64 1024
  %k79 = load float, ptr %317, align 4
  %318 = insertelement <16 x float> poison, float %k79, i32 0
  %splat80 = shufflevector <16 x float> %318, <16 x float> poison, <16 x i32> zeroinitializer
  %319 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat80, <16 x float> %sacc.sroa.64.0)
  %320 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt63, <16 x float> %splat80, <16 x float> %sacc.sroa.68.0)
  %321 = getelementptr i32, ptr %285, i64 1152
  %k81 = load float, ptr %321, align 4
  %322 = insertelement <16 x float> poison, float %k81, i32 0
  %splat82 = shufflevector <16 x float> %322, <16 x float> poison, <16 x i32> zeroinitializer
  %323 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat82, <16 x float> %sacc.sroa.72.0)
  %324 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt63, <16 x float> %splat82, <16 x float> %sacc.sroa.76.0)
  %325 = getelementptr i32, ptr %285, i64 1280
  %k83 = load float, ptr %325, align 4
  %326 = insertelement <16 x float> poison, float %k83, i32 0
  %splat84 = shufflevector <16 x float> %326, <16 x float> poison, <16 x i32> zeroinitializer
  %327 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat84, <16 x float> %sacc.sroa.80.0)
  %328 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt63, <16 x float> %splat84, <16 x float> %sacc.sroa.84.0)
  %329 = getelementptr i32, ptr %285, i64 1408
  %k85 = load float, ptr %329, align 4
  %330 = insertelement <16 x float> poison, float %k85, i32 0
  %splat86 = shufflevector <16 x float> %330, <16 x float> poison, <16 x i32> zeroinitializer
  %331 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat86, <16 x float> %sacc.sroa.88.0)
  %332 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt63, <16 x float> %splat86, <16 x float> %sacc.sroa.92.0)
  %333 = add nsw i32 %sdim61, 1
  br label %sdim

exit60:                                           ; preds = %sdim
  %334 = mul i64 %277, 32
  %335 = getelementptr i32, ptr %st, i64 %334
  store <16 x float> %sacc.sroa.0.0, ptr %335, align 64
  %336 = getelementptr i32, ptr %335, i64 16
  store <16 x float> %sacc.sroa.4.0, ptr %336, align 64
  %337 = getelementptr i32, ptr %335, i64 32
  store <16 x float> %sacc.sroa.8.0, ptr %337, align 64
  %338 = getelementptr i32, ptr %335, i64 48
  store <16 x float> %sacc.sroa.12.0, ptr %338, align 64
  %339 = getelementptr i32, ptr %335, i64 64
  store <16 x float> %sacc.sroa.16.0, ptr %339, align 64
  %340 = getelementptr i32, ptr %335, i64 80
  store <16 x float> %sacc.sroa.20.0, ptr %340, align 64
  %341 = getelementptr i32, ptr %335, i64 96
  store <16 x float> %sacc.sroa.24.0, ptr %341, align 64
  %342 = getelementptr i32, ptr %335, i64 112
  store <16 x float> %sacc.sroa.28.0, ptr %342, align 64
  %343 = getelementptr i32, ptr %335, i64 128
  store <16 x float> %sacc.sroa.32.0, ptr %343, align 64
  %344 = getelementptr i32, ptr %335, i64 144
  store <16 x float> %sacc.sroa.36.0, ptr %344, align 64
  %345 = getelementptr i32, ptr %335, i64 160
  store <16 x float> %sacc.sroa.40.0, ptr %345, align 64
  %346 = getelementptr i32, ptr %335, i64 176
  store <16 x float> %sacc.sroa.44.0, ptr %346, align 64
  %347 = getelementptr i32, ptr %335, i64 192
  store <16 x float> %sacc.sroa.48.0, ptr %347, align 64
  %348 = getelementptr i32, ptr %335, i64 208
  store <16 x float> %sacc.sroa.52.0, ptr %348, align 64
  %349 = getelementptr i32, ptr %335, i64 224
  store <16 x float> %sacc.sroa.56.0, ptr %349, align 64
  %350 = getelementptr i32, ptr %335, i64 240
  store <16 x float> %sacc.sroa.60.0, ptr %350, align 64
  %351 = getelementptr i32, ptr %335, i64 256
  store <16 x float> %sacc.sroa.64.0, ptr %351, align 64
  %352 = getelementptr i32, ptr %335, i64 272
  store <16 x float> %sacc.sroa.68.0, ptr %352, align 64
  %353 = getelementptr i32, ptr %335, i64 288
  store <16 x float> %sacc.sroa.72.0, ptr %353, align 64
  %354 = getelementptr i32, ptr %335, i64 304
  store <16 x float> %sacc.sroa.76.0, ptr %354, align 64
  %355 = getelementptr i32, ptr %335, i64 320
  store <16 x float> %sacc.sroa.80.0, ptr %355, align 64
  %356 = getelementptr i32, ptr %335, i64 336
  store <16 x float> %sacc.sroa.84.0, ptr %356, align 64
  %357 = getelementptr i32, ptr %335, i64 352
  store <16 x float> %sacc.sroa.88.0, ptr %357, align 64
  %358 = getelementptr i32, ptr %335, i64 368
  store <16 x float> %sacc.sroa.92.0, ptr %358, align 64
  %359 = add nsw i32 %sblock57, 12
  br label %sblock

smask:                                            ; preds = %sblock, %body87
  %tmax.sroa.4.0 = phi <16 x float> [ %377, %body87 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %tmax.sroa.0.0 = phi <16 x float> [ %370, %body87 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %smask90 = phi i32 [ %378, %body87 ], [ 0, %sblock ]
  %360 = icmp slt i32 %smask90, %256
  br i1 %360, label %body87, label %exit89

body87:                                           ; preds = %smask
  %361 = add i32 %ktile23, %smask90
  %362 = insertelement <16 x i32> poison, i32 %361, i32 0
  %splat91 = shufflevector <16 x i32> %362, <16 x i32> poison, <16 x i32> zeroinitializer
  %363 = sext i32 %smask90 to i64
  %364 = mul i64 %363, 32
  %365 = getelementptr i32, ptr %st, i64 %364
  %s = load <16 x float>, ptr %365, align 64
  %366 = icmp slt <16 x i32> %splat91, %267
  %367 = icmp sge <16 x i32> %splat91, %269
  %368 = and <16 x i1> %366, %367
  %369 = select <16 x i1> %368, <16 x float> %s, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %369, ptr %365, align 64
  %370 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.0.0, <16 x float> %369)
  %371 = add i64 %364, 16
  %372 = getelementptr i32, ptr %st, i64 %371
  %s92 = load <16 x float>, ptr %372, align 64
  %373 = icmp slt <16 x i32> %splat91, %272
  %374 = icmp sge <16 x i32> %splat91, %274
  %375 = and <16 x i1> %373, %374
  %376 = select <16 x i1> %375, <16 x float> %s92, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %376, ptr %372, align 64
  %377 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.4.0, <16 x float> %376)
  %378 = add nsw i32 %smask90, 1
  br label %smask

exit89:                                           ; preds = %smask
  %m = load <16 x float>, ptr %263, align 64
  %379 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m, <16 x float> %tmax.sroa.0.0)
  %380 = fcmp oeq <16 x float> %379, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse93 = select <16 x i1> %380, <16 x float> zeroinitializer, <16 x float> %379
  %381 = fsub <16 x float> %m, %muse93
  %382 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %381, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %383 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %382, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %384 = fadd <16 x float> %383, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %384, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %383, %n
  %385 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %386 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %385, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %387 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %386, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %388 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %387, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %389 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %388, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %390 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %389, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %391 = fptosi <16 x float> %n to <16 x i32>
  %392 = add <16 x i32> %391, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %393 = shl <16 x i32> %392, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %394 = bitcast <16 x i32> %393 to <16 x float>
  %exp2 = fmul <16 x float> %390, %394
  store <16 x float> %379, ptr %263, align 64
  %395 = getelementptr <16 x float>, ptr %263, i64 1
  %m94 = load <16 x float>, ptr %395, align 64
  %396 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m94, <16 x float> %tmax.sroa.4.0)
  %397 = fcmp oeq <16 x float> %396, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse95 = select <16 x i1> %397, <16 x float> zeroinitializer, <16 x float> %396
  %398 = fsub <16 x float> %m94, %muse95
  %399 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %398, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %400 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %399, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %401 = fadd <16 x float> %400, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n96 = fsub <16 x float> %401, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f97 = fsub <16 x float> %400, %n96
  %402 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f97, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %403 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %402, <16 x float> %f97, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %404 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %403, <16 x float> %f97, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %405 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %404, <16 x float> %f97, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %406 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %405, <16 x float> %f97, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %407 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %406, <16 x float> %f97, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %408 = fptosi <16 x float> %n96 to <16 x i32>
  %409 = add <16 x i32> %408, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %410 = shl <16 x i32> %409, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %411 = bitcast <16 x i32> %410 to <16 x float>
  %exp298 = fmul <16 x float> %407, %411
  store <16 x float> %396, ptr %395, align 64
  br label %sexp

sexp:                                             ; preds = %body99, %exit89
  %lsum.sroa.4.0 = phi <16 x float> [ zeroinitializer, %exit89 ], [ %449, %body99 ]
  %lsum.sroa.0.0 = phi <16 x float> [ zeroinitializer, %exit89 ], [ %431, %body99 ]
  %sexp102 = phi i32 [ 0, %exit89 ], [ %450, %body99 ]
  %412 = icmp slt i32 %sexp102, %256
  br i1 %412, label %body99, label %exit101

body99:                                           ; preds = %sexp
  %413 = sext i32 %sexp102 to i64
  %414 = mul i64 %413, 32
  %415 = getelementptr i32, ptr %st, i64 %414
  %416 = load <16 x float>, ptr %415, align 64
  %417 = fsub <16 x float> %416, %muse93
  %418 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %417, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %419 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %418, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %420 = fadd <16 x float> %419, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n103 = fsub <16 x float> %420, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f104 = fsub <16 x float> %419, %n103
  %421 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f104, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %422 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %421, <16 x float> %f104, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %423 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %422, <16 x float> %f104, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %424 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %423, <16 x float> %f104, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %425 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %424, <16 x float> %f104, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %426 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %425, <16 x float> %f104, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %427 = fptosi <16 x float> %n103 to <16 x i32>
  %428 = add <16 x i32> %427, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %429 = shl <16 x i32> %428, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %430 = bitcast <16 x i32> %429 to <16 x float>
  %exp2105 = fmul <16 x float> %426, %430
  store <16 x float> %exp2105, ptr %415, align 64
  %431 = fadd <16 x float> %lsum.sroa.0.0, %exp2105
  %432 = add i64 %414, 16
  %433 = getelementptr i32, ptr %st, i64 %432
  %434 = load <16 x float>, ptr %433, align 64
  %435 = fsub <16 x float> %434, %muse95
  %436 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %435, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %437 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %436, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %438 = fadd <16 x float> %437, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n106 = fsub <16 x float> %438, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f107 = fsub <16 x float> %437, %n106
  %439 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f107, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %440 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %439, <16 x float> %f107, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %441 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %440, <16 x float> %f107, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %442 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %441, <16 x float> %f107, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %443 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %442, <16 x float> %f107, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %444 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %443, <16 x float> %f107, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %445 = fptosi <16 x float> %n106 to <16 x i32>
  %446 = add <16 x i32> %445, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %447 = shl <16 x i32> %446, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %448 = bitcast <16 x i32> %447 to <16 x float>
  %exp2108 = fmul <16 x float> %444, %448
  store <16 x float> %exp2108, ptr %433, align 64
  %449 = fadd <16 x float> %lsum.sroa.4.0, %exp2108
  %450 = add nsw i32 %sexp102, 1
  br label %sexp

exit101:                                          ; preds = %sexp
  %451 = load <16 x float>, ptr %264, align 64
  %452 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %451, <16 x float> %exp2, <16 x float> %lsum.sroa.0.0)
  store <16 x float> %452, ptr %264, align 64
  %453 = getelementptr <16 x float>, ptr %264, i64 1
  %454 = load <16 x float>, ptr %453, align 64
  %455 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %454, <16 x float> %exp298, <16 x float> %lsum.sroa.4.0)
  store <16 x float> %455, ptr %453, align 64
  br label %pvblock

pvblock:                                          ; preds = %exit115, %exit101
  %pvblock112 = phi i32 [ 0, %exit101 ], [ %549, %exit115 ]
  %456 = icmp slt i32 %pvblock112, 16
  br i1 %456, label %body109, label %join

body109:                                          ; preds = %pvblock
  %457 = mul i32 %pvblock112, 8
  %458 = sext i32 %457 to i64
  %459 = mul i64 %458, 32
  %460 = getelementptr i32, ptr %261, i64 %459
  %461 = load <16 x float>, ptr %460, align 64
  %462 = fmul <16 x float> %461, %exp2
  %463 = getelementptr i32, ptr %460, i64 16
  %464 = load <16 x float>, ptr %463, align 64
  %465 = fmul <16 x float> %464, %exp298
  %466 = getelementptr i32, ptr %460, i64 32
  %467 = load <16 x float>, ptr %466, align 64
  %468 = fmul <16 x float> %467, %exp2
  %469 = getelementptr i32, ptr %460, i64 48
  %470 = load <16 x float>, ptr %469, align 64
  %471 = fmul <16 x float> %470, %exp298
  %472 = getelementptr i32, ptr %460, i64 64
  %473 = load <16 x float>, ptr %472, align 64
  %474 = fmul <16 x float> %473, %exp2
  %475 = getelementptr i32, ptr %460, i64 80
  %476 = load <16 x float>, ptr %475, align 64
  %477 = fmul <16 x float> %476, %exp298
  %478 = getelementptr i32, ptr %460, i64 96
  %479 = load <16 x float>, ptr %478, align 64
  %480 = fmul <16 x float> %479, %exp2
  %481 = getelementptr i32, ptr %460, i64 112
  %482 = load <16 x float>, ptr %481, align 64
  %483 = fmul <16 x float> %482, %exp298
  %484 = getelementptr i32, ptr %460, i64 128
  %485 = load <16 x float>, ptr %484, align 64
  %486 = fmul <16 x float> %485, %exp2
  %487 = getelementptr i32, ptr %460, i64 144
  %488 = load <16 x float>, ptr %487, align 64
  %489 = fmul <16 x float> %488, %exp298
  %490 = getelementptr i32, ptr %460, i64 160
  %491 = load <16 x float>, ptr %490, align 64
  %492 = fmul <16 x float> %491, %exp2
  %493 = getelementptr i32, ptr %460, i64 176
  %494 = load <16 x float>, ptr %493, align 64
  %495 = fmul <16 x float> %494, %exp298
  %496 = getelementptr i32, ptr %460, i64 192
  %497 = load <16 x float>, ptr %496, align 64
  %498 = fmul <16 x float> %497, %exp2
  %499 = getelementptr i32, ptr %460, i64 208
  %500 = load <16 x float>, ptr %499, align 64
  %501 = fmul <16 x float> %500, %exp298
  %502 = getelementptr i32, ptr %460, i64 224
  %503 = load <16 x float>, ptr %502, align 64
  %504 = fmul <16 x float> %503, %exp2
  %505 = getelementptr i32, ptr %460, i64 240
  %506 = load <16 x float>, ptr %505, align 64
  %507 = fmul <16 x float> %506, %exp298
  br label %kpv

kpv:                                              ; preds = %body113, %body109
  %o.sroa.44.0 = phi <16 x float> [ %495, %body109 ], [ %539, %body113 ]
  %o.sroa.40.0 = phi <16 x float> [ %492, %body109 ], [ %538, %body113 ]
  %o.sroa.36.0 = phi <16 x float> [ %489, %body109 ], [ %535, %body113 ]
  %o.sroa.32.0 = phi <16 x float> [ %486, %body109 ], [ %534, %body113 ]
  %o.sroa.28.0 = phi <16 x float> [ %483, %body109 ], [ %531, %body113 ]
  %o.sroa.24.0 = phi <16 x float> [ %480, %body109 ], [ %530, %body113 ]
  %o.sroa.20.0 = phi <16 x float> [ %477, %body109 ], [ %527, %body113 ]
  %o.sroa.16.0 = phi <16 x float> [ %474, %body109 ], [ %526, %body113 ]
  %o.sroa.12.0 = phi <16 x float> [ %471, %body109 ], [ %523, %body113 ]
  %o.sroa.8.0 = phi <16 x float> [ %468, %body109 ], [ %522, %body113 ]
  %o.sroa.4.0 = phi <16 x float> [ %465, %body109 ], [ %519, %body113 ]
  %o.sroa.0.0 = phi <16 x float> [ %462, %body109 ], [ %518, %body113 ]
  %o.sroa.48.0 = phi <16 x float> [ %498, %body109 ], [ %542, %body113 ]
  %o.sroa.52.0 = phi <16 x float> [ %501, %body109 ], [ %543, %body113 ]
  %o.sroa.56.0 = phi <16 x float> [ %504, %body109 ], [ %546, %body113 ]
  %o.sroa.60.0 = phi <16 x float> [ %507, %body109 ], [ %547, %body113 ]
  %kpv116 = phi i32 [ 0, %body109 ], [ %548, %body113 ]
  %508 = icmp slt i32 %kpv116, %256
  br i1 %508, label %body113, label %exit115

body113:                                          ; preds = %kpv
  %509 = sext i32 %kpv116 to i64
  %510 = mul i64 %509, 32
  %511 = getelementptr i32, ptr %st, i64 %510
  %p = load <16 x float>, ptr %511, align 64
  %512 = add i64 %510, 16
  %513 = getelementptr i32, ptr %st, i64 %512
  %p117 = load <16 x float>, ptr %513, align 64
  %514 = mul i64 %509, 512
  %515 = getelementptr i8, ptr %vbuf, i64 %514
  %516 = getelementptr i32, ptr %515, i64 %458
  %v = load float, ptr %516, align 4
  %517 = insertelement <16 x float> poison, float %v, i32 0
  %splat118 = shufflevector <16 x float> %517, <16 x float> poison, <16 x i32> zeroinitializer
  %518 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat118, <16 x float> %o.sroa.0.0)
  %519 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p117, <16 x float> %splat118, <16 x float> %o.sroa.4.0)
  %520 = getelementptr i32, ptr %516, i64 1
  %v119 = load float, ptr %520, align 4
  %521 = insertelement <16 x float> poison, float %v119, i32 0
  %splat120 = shufflevector <16 x float> %521, <16 x float> poison, <16 x i32> zeroinitializer
  %522 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat120, <16 x float> %o.sroa.8.0)
  %523 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p117, <16 x float> %splat120, <16 x float> %o.sroa.12.0)
  %524 = getelementptr i32, ptr %516, i64 2
  %v121 = load float, ptr %524, align 4
  %525 = insertelement <16 x float> poison, float %v121, i32 0
  %splat122 = shufflevector <16 x float> %525, <16 x float> poison, <16 x i32> zeroinitializer
  %526 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat122, <16 x float> %o.sroa.16.0)
  %527 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p117, <16 x float> %splat122, <16 x float> %o.sroa.20.0)
  %528 = getelementptr i32, ptr %516, i64 3
  %v123 = load float, ptr %528, align 4
  %529 = insertelement <16 x float> poison, float %v123, i32 0
  %splat124 = shufflevector <16 x float> %529, <16 x float> poison, <16 x i32> zeroinitializer
  %530 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat124, <16 x float> %o.sroa.24.0)
  %531 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p117, <16 x float> %splat124, <16 x float> %o.sroa.28.0)
  %532 = getelementptr i32, ptr %516, i64 4
  %v125 = load float, ptr %532, align 4
  %533 = insertelement <16 x float> poison, float %v125, i32 0
  %splat126 = shufflevector <16 x float> %533, <16 x float> poison, <16 x i32> zeroinitializer
  %534 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat126, <16 x float> %o.sroa.32.0)
  %535 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p117, <16 x float> %splat126, <16 x float> %o.sroa.36.0)
  %536 = getelementptr i32, ptr %516, i64 5
  %v127 = load float, ptr %536, align 4
  %537 = insertelement <16 x float> poison, float %v127, i32 0
  %splat128 = shufflevector <16 x float> %537, <16 x float> poison, <16 x i32> zeroinitializer
  %538 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat128, <16 x float> %o.sroa.40.0)
  %539 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p117, <16 x float> %splat128, <16 x float> %o.sroa.44.0)
  %540 = getelementptr i32, ptr %516, i64 6
  %v129 = load float, ptr %540, align 4
  %541 = insertelement <16 x float> poison, float %v129, i32 0
  %splat130 = shufflevector <16 x float> %541, <16 x float> poison, <16 x i32> zeroinitializer
  %542 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat130, <16 x float> %o.sroa.48.0)
  %543 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p117, <16 x float> %splat130, <16 x float> %o.sroa.52.0)
  %544 = getelementptr i32, ptr %516, i64 7
  %v131 = load float, ptr %544, align 4
  %545 = insertelement <16 x float> poison, float %v131, i32 0
  %splat132 = shufflevector <16 x float> %545, <16 x float> poison, <16 x i32> zeroinitializer
  %546 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat132, <16 x float> %o.sroa.56.0)
  %547 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p117, <16 x float> %splat132, <16 x float> %o.sroa.60.0)
  %548 = add nsw i32 %kpv116, 1
  br label %kpv

exit115:                                          ; preds = %kpv
  store <16 x float> %o.sroa.0.0, ptr %460, align 64
  store <16 x float> %o.sroa.4.0, ptr %463, align 64
  store <16 x float> %o.sroa.8.0, ptr %466, align 64
  store <16 x float> %o.sroa.12.0, ptr %469, align 64
  store <16 x float> %o.sroa.16.0, ptr %472, align 64
  store <16 x float> %o.sroa.20.0, ptr %475, align 64
  store <16 x float> %o.sroa.24.0, ptr %478, align 64
  store <16 x float> %o.sroa.28.0, ptr %481, align 64
  store <16 x float> %o.sroa.32.0, ptr %484, align 64
  store <16 x float> %o.sroa.36.0, ptr %487, align 64
  store <16 x float> %o.sroa.40.0, ptr %490, align 64
  store <16 x float> %o.sroa.44.0, ptr %493, align 64
  store <16 x float> %o.sroa.48.0, ptr %496, align 64
  store <16 x float> %o.sroa.52.0, ptr %499, align 64
  store <16 x float> %o.sroa.56.0, ptr %502, align 64
  store <16 x float> %o.sroa.60.0, ptr %505, align 64
  %549 = add nsw i32 %pvblock112, 1
  br label %pvblock

orow133:                                          ; preds = %written, %exit22
  %orow137 = phi i32 [ 0, %exit22 ], [ %586, %written ]
  %550 = icmp slt i32 %orow137, %nrows
  br i1 %550, label %body134, label %common.ret

body134:                                          ; preds = %orow133
  %551 = sext i32 %orow137 to i64
  %552 = getelementptr float, ptr %ms, i64 %551
  %m138 = load float, ptr %552, align 4
  %553 = getelementptr float, ptr %ls, i64 %551
  %l = load float, ptr %553, align 4
  %554 = sdiv i32 %orow137, 32
  %555 = srem i32 %orow137, 32
  %556 = sext i32 %554 to i64
  %557 = mul i64 %556, 4096
  %558 = getelementptr i32, ptr %ot, i64 %557
  br label %otrow

otrow:                                            ; preds = %body139, %body134
  %otrow142 = phi i32 [ 0, %body134 ], [ %567, %body139 ]
  %559 = icmp slt i32 %otrow142, 128
  br i1 %559, label %body139, label %exit141

body139:                                          ; preds = %otrow
  %560 = sext i32 %555 to i64
  %561 = sext i32 %otrow142 to i64
  %562 = mul i64 %561, 32
  %563 = add i64 %562, %560
  %564 = getelementptr i32, ptr %558, i64 %563
  %565 = load float, ptr %564, align 4
  %566 = getelementptr i32, ptr %rowbuf, i64 %561
  store float %565, ptr %566, align 4
  %567 = add nsw i32 %otrow142, 1
  br label %otrow

exit141:                                          ; preds = %otrow
  %568 = icmp ne ptr %part, null
  br i1 %568, label %partial, label %final

partial:                                          ; preds = %exit141
  %569 = sext i32 %nrows to i64
  %570 = mul i64 %551, 128
  %571 = getelementptr float, ptr %part, i64 %570
  br label %chunk143

final:                                            ; preds = %exit141
  %572 = sdiv i32 %orow137, %nh
  %qi148 = add i32 %q_begin, %572
  %573 = srem i32 %orow137, %nh
  %574 = add i32 %h_begin, %573
  %575 = mul i32 %kv_head, 4
  %hq149 = add i32 %575, %574
  %576 = sext i32 %qi148 to i64
  %577 = add i64 %q_row0, %576
  %578 = mul i64 %577, 32
  %579 = sext i32 %hq149 to i64
  %orow150 = add i64 %578, %579
  %580 = fcmp oeq float %l, 0.000000e+00
  %581 = fdiv float 1.000000e+00, %l
  %582 = select i1 %580, float 0.000000e+00, float %581
  %583 = mul i64 %orow150, 256
  %584 = getelementptr i8, ptr %out, i64 %583
  %585 = insertelement <16 x float> poison, float %582, i32 0
  %splat151 = shufflevector <16 x float> %585, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk152

written:                                          ; preds = %chunk152, %exit146
  %586 = add nsw i32 %orow137, 1
  br label %orow133

chunk143:                                         ; preds = %body144, %partial
  %chunk147 = phi i64 [ 0, %partial ], [ %592, %body144 ]
  %587 = icmp slt i64 %chunk147, 8
  br i1 %587, label %body144, label %exit146

body144:                                          ; preds = %chunk143
  %588 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk147
  %589 = load <16 x float>, ptr %588, align 64
  %590 = mul i64 %chunk147, 64
  %591 = getelementptr i8, ptr %571, i64 %590
  store <16 x float> %589, ptr %591, align 4
  %592 = add nsw i64 %chunk147, 1
  br label %chunk143

exit146:                                          ; preds = %chunk143
  %593 = mul i64 %569, 128
  %594 = add i64 %593, %551
  %595 = getelementptr float, ptr %part, i64 %594
  store float %m138, ptr %595, align 4
  %596 = add i64 %594, %569
  %597 = getelementptr float, ptr %part, i64 %596
  store float %l, ptr %597, align 4
  br label %written

chunk152:                                         ; preds = %body153, %final
  %chunk156 = phi i64 [ 0, %final ], [ %614, %body153 ]
  %598 = icmp slt i64 %chunk156, 8
  br i1 %598, label %body153, label %written

body153:                                          ; preds = %chunk152
  %599 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk156
  %600 = load <16 x float>, ptr %599, align 64
  %601 = fmul <16 x float> %600, %splat151
  %602 = mul i64 %chunk156, 32
  %603 = getelementptr i8, ptr %584, i64 %602
  %604 = bitcast <16 x float> %601 to <16 x i32>
  %605 = lshr <16 x i32> %604, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %606 = and <16 x i32> %605, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %607 = add <16 x i32> %606, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %608 = add <16 x i32> %604, %607
  %609 = lshr <16 x i32> %608, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %610 = fcmp uno <16 x float> %601, %601
  %611 = or <16 x i32> %605, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %612 = select <16 x i1> %610, <16 x i32> %611, <16 x i32> %609
  %613 = trunc <16 x i32> %612 to <16 x i16>
  store <16 x i16> %613, ptr %603, align 2
  %614 = add nsw i64 %chunk156, 1
  br label %chunk152
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
