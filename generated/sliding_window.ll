; ModuleID = 'sliding_window'
source_filename = "sliding_window"
target triple = "x86_64-unknown-linux-gnu"

@sliding_window.name = private unnamed_addr constant [15 x i8] c"sliding_window\00"
@sliding_window.spec = private unnamed_addr constant [390 x i8] c"attncc: 1\0Aname: sliding_window\0Aphase: decode\0Akind: self\0Aheads: {q: 32, kv: 8, dim: 128, v_dim: 128}\0Atypes: {q: f32, cache: f16, out: f32}\0Ascale: auto\0Acache: {store: kv, layout: contiguous, order: token_major, capacity: 16384, latent_dim: 0, rope_dim: 0, shared_across_layers: false}\0Amask: {causal: true, window: 1024}\0Aoutput: {lse: true}\0Aslim: {order: auto}\0Amodel: {layers: 1, d_model: 0}\0A\00"
@sliding_window_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32, ptr, i32, i32, i32, i32, float, i32, i32, i32, i32, i32, ptr } { i32 7, i32 1, i64 -1885887229702392992, ptr @sliding_window.name, ptr @sliding_window.spec, i32 32, i32 8, i32 128, i32 128, i32 0, i32 1, i32 0, i32 0, i32 0, i32 0, i32 16384, i32 1, i32 1, float 0x3FB6A09E60000000, i32 0, i32 0, i32 0, ptr null, i32 0, i32 1024, i32 0, i32 0, float 0.000000e+00, i32 0, i32 0, i32 0, i32 0, i32 0, ptr null }, align 8
@sliding_window_kernel = internal constant { ptr, ptr, i32, i32, i32, i32, i32, i32, ptr } { ptr @sliding_window_info_data, ptr @sliding_window_tile, i32 1, i32 32, i32 16, i32 32, i32 1, i32 128, ptr null }, align 8

; Function Attrs: nounwind
define internal void @sliding_window_tile(ptr %0, ptr %1) #0 {
entry:
  %muse = alloca [4 x float], align 64
  %lsum = alloca [4 x <16 x float>], align 64
  %smax = alloca [4 x <16 x float>], align 64
  %lows = alloca [32 x i32], align 64
  %lims = alloca [32 x i32], align 64
  %alpha = alloca [4 x float], align 64
  %accs = alloca [4096 x float], align 64
  %pbuf = alloca [128 x float], align 64
  %dbuf = alloca [128 x <16 x float>], align 64
  %qs = alloca [256 x <16 x float>], align 64
  %ls = alloca [32 x float], align 64
  %ms = alloca [32 x float], align 64
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
  %lse = load ptr, ptr %16, align 8
  %17 = getelementptr i8, ptr %0, i64 56
  %k_cache = load ptr, ptr %17, align 8
  %18 = sext i32 %seq to i64
  %19 = mul i64 %18, 33554432
  %20 = getelementptr i8, ptr %k_cache, i64 %19
  %21 = sext i32 %kv_head0 to i64
  %22 = getelementptr i8, ptr %0, i64 64
  %v_cache = load ptr, ptr %22, align 8
  %23 = getelementptr i8, ptr %v_cache, i64 %19
  %24 = icmp sgt i32 %nrows, 0
  br i1 %24, label %rinit, label %done

done:                                             ; preds = %orow146, %entry
  ret void

rinit:                                            ; preds = %entry, %exit9
  %rinit1 = phi i32 [ %68, %exit9 ], [ 0, %entry ]
  %25 = icmp slt i32 %rinit1, 32
  br i1 %25, label %body, label %exit

body:                                             ; preds = %rinit
  %26 = sext i32 %rinit1 to i64
  %27 = mul i64 %26, 8
  %28 = getelementptr <16 x float>, ptr %qs, i64 %27
  %29 = icmp slt i32 %rinit1, %nrows
  %30 = sub i32 %nrows, 1
  %31 = call i32 @llvm.smin.i32(i32 %rinit1, i32 %30)
  %32 = sdiv i32 %31, %nh
  %qi = add i32 %q_begin, %32
  %33 = srem i32 %31, %nh
  %34 = add i32 %h_begin, %33
  %35 = mul i32 %kv_head0, 4
  %hq = add i32 %35, %34
  %36 = sext i32 %qi to i64
  %37 = add i64 %q_row0, %36
  %38 = mul i64 %37, 32
  %39 = sext i32 %hq to i64
  %orow = add i64 %38, %39
  %40 = mul i64 %orow, 512
  %41 = getelementptr i8, ptr %q, i64 %40
  %42 = select i1 %29, float 0x3FC0527DC0000000, float 0.000000e+00
  %43 = insertelement <16 x float> poison, float %42, i32 0
  %splat = shufflevector <16 x float> %43, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

exit:                                             ; preds = %rinit
  %44 = sub i32 %nrows, 1
  %45 = sext i32 %44 to i64
  %46 = getelementptr i32, ptr %lims, i64 %45
  %fact = load i32, ptr %46, align 4
  %fact11 = load i32, ptr %lows, align 4
  %k_last = sub i32 %fact, 1
  br label %kblock

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %53, %body2 ]
  %47 = icmp slt i64 %chunk5, 8
  br i1 %47, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %48 = mul i64 %chunk5, 64
  %49 = getelementptr i8, ptr %41, i64 %48
  %50 = load <16 x float>, ptr %49, align 4
  %51 = fmul <16 x float> %50, %splat
  %52 = getelementptr <16 x float>, ptr %28, i64 %chunk5
  store <16 x float> %51, ptr %52, align 64
  %53 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %54 = getelementptr float, ptr %ms, i64 %26
  store float 0xFFF0000000000000, ptr %54, align 4
  %55 = getelementptr float, ptr %ls, i64 %26
  store float 0.000000e+00, ptr %55, align 4
  %56 = getelementptr i32, ptr %lims, i64 %26
  %qpos = add i32 %q_pos0, %qi
  %57 = add i32 %qpos, 1
  %58 = call i32 @llvm.smin.i32(i32 %57, i32 %k_end)
  store i32 %58, ptr %56, align 4
  %59 = getelementptr i32, ptr %lows, i64 %26
  %60 = sub i32 %qpos, 1023
  %61 = call i32 @llvm.smax.i32(i32 %60, i32 %k_begin)
  store i32 %61, ptr %59, align 4
  br label %acczero

acczero:                                          ; preds = %body7, %exit4
  %acczero10 = phi i64 [ 0, %exit4 ], [ %67, %body7 ]
  %62 = icmp slt i64 %acczero10, 8
  br i1 %62, label %body7, label %exit9

body7:                                            ; preds = %acczero
  %63 = mul i64 %acczero10, 16
  %64 = mul i64 %26, 128
  %65 = add i64 %64, %63
  %66 = getelementptr float, ptr %accs, i64 %65
  store <16 x float> zeroinitializer, ptr %66, align 64
  %67 = add nsw i64 %acczero10, 1
  br label %acczero

exit9:                                            ; preds = %acczero
  %68 = add nsw i32 %rinit1, 1
  br label %rinit

kblock:                                           ; preds = %kvh, %exit
  %kblock15 = phi i32 [ %fact11, %exit ], [ %70, %kvh ]
  %69 = icmp slt i32 %kblock15, %fact
  br i1 %69, label %body12, label %orow146

body12:                                           ; preds = %kblock
  %70 = add i32 %kblock15, 32
  br label %kvh

kvh:                                              ; preds = %exit130, %body12
  %kvh19 = phi i32 [ 0, %body12 ], [ %73, %exit130 ]
  %71 = icmp slt i32 %kvh19, 8
  br i1 %71, label %body16, label %kblock

body16:                                           ; preds = %kvh
  %72 = icmp eq i32 %kvh19, 7
  %73 = add i32 %kvh19, 1
  %74 = select i1 %72, i32 0, i32 %73
  %kb_next = select i1 %72, i32 %70, i32 %kblock15
  %75 = sext i32 %kvh19 to i64
  %76 = add i64 %21, %75
  %77 = mul i64 %75, 4
  %78 = getelementptr float, ptr %ms, i64 %77
  %79 = getelementptr float, ptr %ls, i64 %77
  %80 = mul i64 %77, 8
  %81 = getelementptr <16 x float>, ptr %qs, i64 %80
  %82 = mul i64 %77, 128
  %83 = getelementptr float, ptr %accs, i64 %82
  %84 = getelementptr i32, ptr %lims, i64 %77
  %85 = getelementptr i32, ptr %lows, i64 %77
  %86 = sext i32 %74 to i64
  %87 = add i64 %21, %86
  br label %kdot

kdot:                                             ; preds = %body20, %body16
  %kdot23 = phi i32 [ 0, %body16 ], [ %261, %body20 ]
  %88 = icmp slt i32 %kdot23, 32
  br i1 %88, label %body20, label %score

body20:                                           ; preds = %kdot
  %89 = add i32 %kblock15, %kdot23
  %90 = call i32 @llvm.smin.i32(i32 %89, i32 %k_last)
  %91 = sext i32 %90 to i64
  %92 = mul i64 %91, 8
  %row = add i64 %76, %92
  %93 = mul i64 %row, 256
  %94 = getelementptr i8, ptr %20, i64 %93
  %95 = add i32 %kb_next, %kdot23
  %96 = call i32 @llvm.smin.i32(i32 %95, i32 %k_last)
  %97 = sext i32 %96 to i64
  %98 = mul i64 %97, 8
  %row24 = add i64 %87, %98
  %99 = mul i64 %row24, 256
  %100 = getelementptr i8, ptr %20, i64 %99
  call void @llvm.prefetch.p0(ptr %100, i32 0, i32 2, i32 1)
  %101 = getelementptr i8, ptr %100, i64 64
  call void @llvm.prefetch.p0(ptr %101, i32 0, i32 2, i32 1)
  %102 = getelementptr i8, ptr %100, i64 128
  call void @llvm.prefetch.p0(ptr %102, i32 0, i32 2, i32 1)
  %103 = getelementptr i8, ptr %100, i64 192
  call void @llvm.prefetch.p0(ptr %103, i32 0, i32 2, i32 1)
  %104 = add i32 %kdot23, 1
  %105 = add i32 %kblock15, %104
  %106 = call i32 @llvm.smin.i32(i32 %105, i32 %k_last)
  %107 = sext i32 %106 to i64
  %108 = mul i64 %107, 8
  %row25 = add i64 %76, %108
  %109 = mul i64 %row25, 256
  %110 = getelementptr i8, ptr %20, i64 %109
  %111 = add i32 %kb_next, %104
  %112 = call i32 @llvm.smin.i32(i32 %111, i32 %k_last)
  %113 = sext i32 %112 to i64
  %114 = mul i64 %113, 8
  %row26 = add i64 %87, %114
  %115 = mul i64 %row26, 256
  %116 = getelementptr i8, ptr %20, i64 %115
  call void @llvm.prefetch.p0(ptr %116, i32 0, i32 2, i32 1)
  %117 = getelementptr i8, ptr %116, i64 64
  call void @llvm.prefetch.p0(ptr %117, i32 0, i32 2, i32 1)
  %118 = getelementptr i8, ptr %116, i64 128
  call void @llvm.prefetch.p0(ptr %118, i32 0, i32 2, i32 1)
  %119 = getelementptr i8, ptr %116, i64 192
  call void @llvm.prefetch.p0(ptr %119, i32 0, i32 2, i32 1)
  %q27 = load <16 x float>, ptr %81, align 64
  %120 = load <16 x half>, ptr %94, align 2
  %f16 = fpext <16 x half> %120 to <16 x float>
  %121 = load <16 x half>, ptr %110, align 2
  %f1628 = fpext <16 x half> %121 to <16 x float>
  %122 = fmul <16 x float> %q27, %f16
  %123 = fmul <16 x float> %q27, %f1628
  %124 = getelementptr <16 x float>, ptr %81, i64 8
  %q29 = load <16 x float>, ptr %124, align 64
  %125 = fmul <16 x float> %q29, %f16
  %126 = fmul <16 x float> %q29, %f1628
  %127 = getelementptr <16 x float>, ptr %81, i64 16
  %q30 = load <16 x float>, ptr %127, align 64
  %128 = fmul <16 x float> %q30, %f16
  %129 = fmul <16 x float> %q30, %f1628
  %130 = getelementptr <16 x float>, ptr %81, i64 24
  %q31 = load <16 x float>, ptr %130, align 64
  %131 = fmul <16 x float> %q31, %f16
  %132 = fmul <16 x float> %q31, %f1628
  %133 = getelementptr <16 x float>, ptr %81, i64 1
  %q32 = load <16 x float>, ptr %133, align 64
  %134 = getelementptr i8, ptr %94, i64 32
  %135 = load <16 x half>, ptr %134, align 2
  %f1633 = fpext <16 x half> %135 to <16 x float>
  %136 = getelementptr i8, ptr %110, i64 32
  %137 = load <16 x half>, ptr %136, align 2
  %f1634 = fpext <16 x half> %137 to <16 x float>
  %138 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %f1633, <16 x float> %122)
  %139 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %f1634, <16 x float> %123)
  %140 = getelementptr <16 x float>, ptr %81, i64 9
  %q35 = load <16 x float>, ptr %140, align 64
  %141 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %f1633, <16 x float> %125)
  %142 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %f1634, <16 x float> %126)
  %143 = getelementptr <16 x float>, ptr %81, i64 17
  %q36 = load <16 x float>, ptr %143, align 64
  %144 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %f1633, <16 x float> %128)
  %145 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %f1634, <16 x float> %129)
  %146 = getelementptr <16 x float>, ptr %81, i64 25
  %q37 = load <16 x float>, ptr %146, align 64
  %147 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %f1633, <16 x float> %131)
  %148 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %f1634, <16 x float> %132)
  %149 = getelementptr <16 x float>, ptr %81, i64 2
  %q38 = load <16 x float>, ptr %149, align 64
  %150 = getelementptr i8, ptr %94, i64 64
  %151 = load <16 x half>, ptr %150, align 2
  %f1639 = fpext <16 x half> %151 to <16 x float>
  %152 = getelementptr i8, ptr %110, i64 64
  %153 = load <16 x half>, ptr %152, align 2
  %f1640 = fpext <16 x half> %153 to <16 x float>
  %154 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q38, <16 x float> %f1639, <16 x float> %138)
  %155 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q38, <16 x float> %f1640, <16 x float> %139)
  %156 = getelementptr <16 x float>, ptr %81, i64 10
  %q41 = load <16 x float>, ptr %156, align 64
  %157 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q41, <16 x float> %f1639, <16 x float> %141)
  %158 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q41, <16 x float> %f1640, <16 x float> %142)
  %159 = getelementptr <16 x float>, ptr %81, i64 18
  %q42 = load <16 x float>, ptr %159, align 64
  %160 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q42, <16 x float> %f1639, <16 x float> %144)
  %161 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q42, <16 x float> %f1640, <16 x float> %145)
  %162 = getelementptr <16 x float>, ptr %81, i64 26
  %q43 = load <16 x float>, ptr %162, align 64
  %163 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q43, <16 x float> %f1639, <16 x float> %147)
  %164 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q43, <16 x float> %f1640, <16 x float> %148)
  %165 = getelementptr <16 x float>, ptr %81, i64 3
  %q44 = load <16 x float>, ptr %165, align 64
  %166 = getelementptr i8, ptr %94, i64 96
  %167 = load <16 x half>, ptr %166, align 2
  %f1645 = fpext <16 x half> %167 to <16 x float>
  %168 = getelementptr i8, ptr %110, i64 96
  %169 = load <16 x half>, ptr %168, align 2
  %f1646 = fpext <16 x half> %169 to <16 x float>
  %170 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q44, <16 x float> %f1645, <16 x float> %154)
  %171 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q44, <16 x float> %f1646, <16 x float> %155)
  %172 = getelementptr <16 x float>, ptr %81, i64 11
  %q47 = load <16 x float>, ptr %172, align 64
  %173 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q47, <16 x float> %f1645, <16 x float> %157)
  %174 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q47, <16 x float> %f1646, <16 x float> %158)
  %175 = getelementptr <16 x float>, ptr %81, i64 19
  %q48 = load <16 x float>, ptr %175, align 64
  %176 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q48, <16 x float> %f1645, <16 x float> %160)
  %177 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q48, <16 x float> %f1646, <16 x float> %161)
  %178 = getelementptr <16 x float>, ptr %81, i64 27
  %q49 = load <16 x float>, ptr %178, align 64
  %179 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q49, <16 x float> %f1645, <16 x float> %163)
  %180 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q49, <16 x float> %f1646, <16 x float> %164)
  %181 = getelementptr <16 x float>, ptr %81, i64 4
  %q50 = load <16 x float>, ptr %181, align 64
  %182 = getelementptr i8, ptr %94, i64 128
  %183 = load <16 x half>, ptr %182, align 2
  %f1651 = fpext <16 x half> %183 to <16 x float>
  %184 = getelementptr i8, ptr %110, i64 128
  %185 = load <16 x half>, ptr %184, align 2
  %f1652 = fpext <16 x half> %185 to <16 x float>
  %186 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q50, <16 x float> %f1651, <16 x float> %170)
  %187 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q50, <16 x float> %f1652, <16 x float> %171)
  %188 = getelementptr <16 x float>, ptr %81, i64 12
  %q53 = load <16 x float>, ptr %188, align 64
  %189 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q53, <16 x float> %f1651, <16 x float> %173)
  %190 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q53, <16 x float> %f1652, <16 x float> %174)
  %191 = getelementptr <16 x float>, ptr %81, i64 20
  %q54 = load <16 x float>, ptr %191, align 64
  %192 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q54, <16 x float> %f1651, <16 x float> %176)
  %193 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q54, <16 x float> %f1652, <16 x float> %177)
  %194 = getelementptr <16 x float>, ptr %81, i64 28
  %q55 = load <16 x float>, ptr %194, align 64
  %195 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q55, <16 x float> %f1651, <16 x float> %179)
  %196 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q55, <16 x float> %f1652, <16 x float> %180)
  %197 = getelementptr <16 x float>, ptr %81, i64 5
  %q56 = load <16 x float>, ptr %197, align 64
  %198 = getelementptr i8, ptr %94, i64 160
  %199 = load <16 x half>, ptr %198, align 2
  %f1657 = fpext <16 x half> %199 to <16 x float>
  %200 = getelementptr i8, ptr %110, i64 160
  %201 = load <16 x half>, ptr %200, align 2
  %f1658 = fpext <16 x half> %201 to <16 x float>
  %202 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q56, <16 x float> %f1657, <16 x float> %186)
  %203 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q56, <16 x float> %f1658, <16 x float> %187)
  %204 = getelementptr <16 x float>, ptr %81, i64 13
  %q59 = load <16 x float>, ptr %204, align 64
  %205 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q59, <16 x float> %f1657, <16 x float> %189)
  %206 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q59, <16 x float> %f1658, <16 x float> %190)
  %207 = getelementptr <16 x float>, ptr %81, i64 21
  %q60 = load <16 x float>, ptr %207, align 64
  %208 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q60, <16 x float> %f1657, <16 x float> %192)
  %209 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q60, <16 x float> %f1658, <16 x float> %193)
  %210 = getelementptr <16 x float>, ptr %81, i64 29
  %q61 = load <16 x float>, ptr %210, align 64
  %211 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q61, <16 x float> %f1657, <16 x float> %195)
  %212 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q61, <16 x float> %f1658, <16 x float> %196)
  %213 = getelementptr <16 x float>, ptr %81, i64 6
  %q62 = load <16 x float>, ptr %213, align 64
  %214 = getelementptr i8, ptr %94, i64 192
  %215 = load <16 x half>, ptr %214, align 2
  %f1663 = fpext <16 x half> %215 to <16 x float>
  %216 = getelementptr i8, ptr %110, i64 192
  %217 = load <16 x half>, ptr %216, align 2
  %f1664 = fpext <16 x half> %217 to <16 x float>
  %218 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q62, <16 x float> %f1663, <16 x float> %202)
  %219 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q62, <16 x float> %f1664, <16 x float> %203)
  %220 = getelementptr <16 x float>, ptr %81, i64 14
  %q65 = load <16 x float>, ptr %220, align 64
  %221 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q65, <16 x float> %f1663, <16 x float> %205)
  %222 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q65, <16 x float> %f1664, <16 x float> %206)
  %223 = getelementptr <16 x float>, ptr %81, i64 22
  %q66 = load <16 x float>, ptr %223, align 64
  %224 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q66, <16 x float> %f1663, <16 x float> %208)
  %225 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q66, <16 x float> %f1664, <16 x float> %209)
  %226 = getelementptr <16 x float>, ptr %81, i64 30
  %q67 = load <16 x float>, ptr %226, align 64
  %227 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q67, <16 x float> %f1663, <16 x float> %211)
  %228 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q67, <16 x float> %f1664, <16 x float> %212)
  %229 = getelementptr <16 x float>, ptr %81, i64 7
  %q68 = load <16 x float>, ptr %229, align 64
  %230 = getelementptr i8, ptr %94, i64 224
  %231 = load <16 x half>, ptr %230, align 2
  %f1669 = fpext <16 x half> %231 to <16 x float>
  %232 = getelementptr i8, ptr %110, i64 224
  %233 = load <16 x half>, ptr %232, align 2
  %f1670 = fpext <16 x half> %233 to <16 x float>
  %234 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q68, <16 x float> %f1669, <16 x float> %218)
  %235 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q68, <16 x float> %f1670, <16 x float> %219)
  %236 = getelementptr <16 x float>, ptr %81, i64 15
  %q71 = load <16 x float>, ptr %236, align 64
  %237 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q71, <16 x float> %f1669, <16 x float> %221)
  %238 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q71, <16 x float> %f1670, <16 x float> %222)
  %239 = getelementptr <16 x float>, ptr %81, i64 23
  %q72 = load <16 x float>, ptr %239, align 64
  %240 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q72, <16 x float> %f1669, <16 x float> %224)
  %241 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q72, <16 x float> %f1670, <16 x float> %225)
  %242 = getelementptr <16 x float>, ptr %81, i64 31
  %q73 = load <16 x float>, ptr %242, align 64
  %243 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q73, <16 x float> %f1669, <16 x float> %227)
  %244 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q73, <16 x float> %f1670, <16 x float> %228)
  %245 = sext i32 %kdot23 to i64
  %246 = getelementptr <16 x float>, ptr %dbuf, i64 %245
  store <16 x float> %234, ptr %246, align 64
  %247 = sext i32 %104 to i64
  %248 = getelementptr <16 x float>, ptr %dbuf, i64 %247
  store <16 x float> %235, ptr %248, align 64
  %249 = add i64 32, %245
  %250 = getelementptr <16 x float>, ptr %dbuf, i64 %249
  store <16 x float> %237, ptr %250, align 64
  %251 = add i64 32, %247
  %252 = getelementptr <16 x float>, ptr %dbuf, i64 %251
  store <16 x float> %238, ptr %252, align 64
  %253 = add i64 64, %245
  %254 = getelementptr <16 x float>, ptr %dbuf, i64 %253
  store <16 x float> %240, ptr %254, align 64
  %255 = add i64 64, %247
  %256 = getelementptr <16 x float>, ptr %dbuf, i64 %255
  store <16 x float> %241, ptr %256, align 64
  %257 = add i64 96, %245
  %258 = getelementptr <16 x float>, ptr %dbuf, i64 %257
  store <16 x float> %243, ptr %258, align 64
  %259 = add i64 96, %247
  %260 = getelementptr <16 x float>, ptr %dbuf, i64 %259
  store <16 x float> %244, ptr %260, align 64
  %261 = add nsw i32 %kdot23, 2
  br label %kdot

score:                                            ; preds = %kdot, %body74
  %score77 = phi i64 [ %380, %body74 ], [ 0, %kdot ]
  %262 = icmp slt i64 %score77, 8
  br i1 %262, label %body74, label %rmax

body74:                                           ; preds = %score
  %263 = sdiv i64 %score77, 2
  %264 = srem i64 %score77, 2
  %265 = mul i64 %264, 16
  %266 = mul i64 %263, 32
  %267 = add i64 %266, %265
  %268 = getelementptr <16 x float>, ptr %dbuf, i64 %267
  %269 = load <16 x float>, ptr %268, align 64
  %270 = add i64 %267, 1
  %271 = getelementptr <16 x float>, ptr %dbuf, i64 %270
  %272 = load <16 x float>, ptr %271, align 64
  %273 = shufflevector <16 x float> %269, <16 x float> %272, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %274 = shufflevector <16 x float> %269, <16 x float> %272, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %275 = fadd <16 x float> %273, %274
  %276 = add i64 %267, 2
  %277 = getelementptr <16 x float>, ptr %dbuf, i64 %276
  %278 = load <16 x float>, ptr %277, align 64
  %279 = add i64 %267, 3
  %280 = getelementptr <16 x float>, ptr %dbuf, i64 %279
  %281 = load <16 x float>, ptr %280, align 64
  %282 = shufflevector <16 x float> %278, <16 x float> %281, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %283 = shufflevector <16 x float> %278, <16 x float> %281, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %284 = fadd <16 x float> %282, %283
  %285 = shufflevector <16 x float> %275, <16 x float> %284, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %286 = shufflevector <16 x float> %275, <16 x float> %284, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %287 = fadd <16 x float> %285, %286
  %288 = add i64 %267, 4
  %289 = getelementptr <16 x float>, ptr %dbuf, i64 %288
  %290 = load <16 x float>, ptr %289, align 64
  %291 = add i64 %267, 5
  %292 = getelementptr <16 x float>, ptr %dbuf, i64 %291
  %293 = load <16 x float>, ptr %292, align 64
  %294 = shufflevector <16 x float> %290, <16 x float> %293, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %295 = shufflevector <16 x float> %290, <16 x float> %293, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %296 = fadd <16 x float> %294, %295
  %297 = add i64 %267, 6
  %298 = getelementptr <16 x float>, ptr %dbuf, i64 %297
  %299 = load <16 x float>, ptr %298, align 64
  %300 = add i64 %267, 7
  %301 = getelementptr <16 x float>, ptr %dbuf, i64 %300
  %302 = load <16 x float>, ptr %301, align 64
  %303 = shufflevector <16 x float> %299, <16 x float> %302, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %304 = shufflevector <16 x float> %299, <16 x float> %302, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %305 = fadd <16 x float> %303, %304
  %306 = shufflevector <16 x float> %296, <16 x float> %305, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %307 = shufflevector <16 x float> %296, <16 x float> %305, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %308 = fadd <16 x float> %306, %307
  %309 = shufflevector <16 x float> %287, <16 x float> %308, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %310 = shufflevector <16 x float> %287, <16 x float> %308, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %311 = fadd <16 x float> %309, %310
  %312 = add i64 %267, 8
  %313 = getelementptr <16 x float>, ptr %dbuf, i64 %312
  %314 = load <16 x float>, ptr %313, align 64
  %315 = add i64 %267, 9
  %316 = getelementptr <16 x float>, ptr %dbuf, i64 %315
  %317 = load <16 x float>, ptr %316, align 64
  %318 = shufflevector <16 x float> %314, <16 x float> %317, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %319 = shufflevector <16 x float> %314, <16 x float> %317, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %320 = fadd <16 x float> %318, %319
  %321 = add i64 %267, 10
  %322 = getelementptr <16 x float>, ptr %dbuf, i64 %321
  %323 = load <16 x float>, ptr %322, align 64
  %324 = add i64 %267, 11
  %325 = getelementptr <16 x float>, ptr %dbuf, i64 %324
  %326 = load <16 x float>, ptr %325, align 64
  %327 = shufflevector <16 x float> %323, <16 x float> %326, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %328 = shufflevector <16 x float> %323, <16 x float> %326, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %329 = fadd <16 x float> %327, %328
  %330 = shufflevector <16 x float> %320, <16 x float> %329, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %331 = shufflevector <16 x float> %320, <16 x float> %329, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %332 = fadd <16 x float> %330, %331
  %333 = add i64 %267, 12
  %334 = getelementptr <16 x float>, ptr %dbuf, i64 %333
  %335 = load <16 x float>, ptr %334, align 64
  %336 = add i64 %267, 13
  %337 = getelementptr <16 x float>, ptr %dbuf, i64 %336
  %338 = load <16 x float>, ptr %337, align 64
  %339 = shufflevector <16 x float> %335, <16 x float> %338, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %340 = shufflevector <16 x float> %335, <16 x float> %338, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %341 = fadd <16 x float> %339, %340
  %342 = add i64 %267, 14
  %343 = getelementptr <16 x float>, ptr %dbuf, i64 %342
  %344 = load <16 x float>, ptr %343, align 64
  %345 = add i64 %267, 15
  %346 = getelementptr <16 x float>, ptr %dbuf, i64 %345
  %347 = load <16 x float>, ptr %346, align 64
  %348 = shufflevector <16 x float> %344, <16 x float> %347, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %349 = shufflevector <16 x float> %344, <16 x float> %347, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %350 = fadd <16 x float> %348, %349
  %351 = shufflevector <16 x float> %341, <16 x float> %350, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %352 = shufflevector <16 x float> %341, <16 x float> %350, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %353 = fadd <16 x float> %351, %352
  %354 = shufflevector <16 x float> %332, <16 x float> %353, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %355 = shufflevector <16 x float> %332, <16 x float> %353, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %356 = fadd <16 x float> %354, %355
  %357 = shufflevector <16 x float> %311, <16 x float> %356, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %358 = shufflevector <16 x float> %311, <16 x float> %356, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %359 = fadd <16 x float> %357, %358
  %360 = getelementptr i32, ptr %84, i64 %263
  %361 = load i32, ptr %360, align 4
  %362 = insertelement <16 x i32> poison, i32 %361, i32 0
  %splat78 = shufflevector <16 x i32> %362, <16 x i32> poison, <16 x i32> zeroinitializer
  %363 = getelementptr i32, ptr %85, i64 %263
  %364 = load i32, ptr %363, align 4
  %365 = insertelement <16 x i32> poison, i32 %364, i32 0
  %splat79 = shufflevector <16 x i32> %365, <16 x i32> poison, <16 x i32> zeroinitializer
  %366 = trunc i64 %265 to i32
  %367 = add i32 %kblock15, %366
  %368 = insertelement <16 x i32> poison, i32 %367, i32 0
  %splat80 = shufflevector <16 x i32> %368, <16 x i32> poison, <16 x i32> zeroinitializer
  %369 = add <16 x i32> %splat80, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %370 = icmp slt <16 x i32> %369, %splat78
  %371 = icmp sge <16 x i32> %369, %splat79
  %372 = and <16 x i1> %370, %371
  %373 = select <16 x i1> %372, <16 x float> %359, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %374 = getelementptr float, ptr %pbuf, i64 %267
  store <16 x float> %373, ptr %374, align 64
  %375 = getelementptr <16 x float>, ptr %smax, i64 %263
  %376 = icmp eq i64 %264, 0
  %377 = load <16 x float>, ptr %375, align 64
  %378 = select i1 %376, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <16 x float> %377
  %379 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %378, <16 x float> %373)
  store <16 x float> %379, ptr %375, align 64
  %380 = add nsw i64 %score77, 1
  br label %score

rmax:                                             ; preds = %score, %body81
  %rmax84 = phi i64 [ %417, %body81 ], [ 0, %score ]
  %381 = icmp slt i64 %rmax84, 4
  br i1 %381, label %body81, label %pexp

body81:                                           ; preds = %rmax
  %382 = getelementptr float, ptr %78, i64 %rmax84
  %m = load float, ptr %382, align 4
  %383 = getelementptr <16 x float>, ptr %smax, i64 %rmax84
  %384 = load <16 x float>, ptr %383, align 64
  %385 = shufflevector <16 x float> %384, <16 x float> undef, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %386 = shufflevector <16 x float> %384, <16 x float> undef, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %387 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %385, <8 x float> %386)
  %388 = shufflevector <8 x float> %387, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %389 = shufflevector <8 x float> %387, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %390 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %388, <4 x float> %389)
  %391 = shufflevector <4 x float> %390, <4 x float> undef, <2 x i32> <i32 0, i32 1>
  %392 = shufflevector <4 x float> %390, <4 x float> undef, <2 x i32> <i32 2, i32 3>
  %393 = call <2 x float> @llvm.maxnum.v2f32(<2 x float> %391, <2 x float> %392)
  %394 = shufflevector <2 x float> %393, <2 x float> undef, <1 x i32> zeroinitializer
  %395 = shufflevector <2 x float> %393, <2 x float> undef, <1 x i32> <i32 1>
  %396 = call <1 x float> @llvm.maxnum.v1f32(<1 x float> %394, <1 x float> %395)
  %397 = extractelement <1 x float> %396, i32 0
  %398 = call float @llvm.maxnum.f32(float %m, float %397)
  %399 = fcmp oeq float %398, 0xFFF0000000000000
  %muse85 = select i1 %399, float 0.000000e+00, float %398
  %400 = fsub float %m, %muse85
  %401 = insertelement <16 x float> poison, float %400, i32 0
  %splat86 = shufflevector <16 x float> %401, <16 x float> poison, <16 x i32> zeroinitializer
  %402 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat86, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %403 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %402, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %404 = fadd <16 x float> %403, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %404, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %403, %n
  %405 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %406 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %405, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %407 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %406, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %408 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %407, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %409 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %408, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %410 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %409, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %411 = fptosi <16 x float> %n to <16 x i32>
  %412 = add <16 x i32> %411, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %413 = shl <16 x i32> %412, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %414 = bitcast <16 x i32> %413 to <16 x float>
  %exp2 = fmul <16 x float> %410, %414
  %alpha87 = extractelement <16 x float> %exp2, i32 0
  store float %398, ptr %382, align 4
  %415 = getelementptr float, ptr %muse, i64 %rmax84
  store float %muse85, ptr %415, align 4
  %416 = getelementptr float, ptr %alpha, i64 %rmax84
  store float %alpha87, ptr %416, align 4
  %417 = add nsw i64 %rmax84, 1
  br label %rmax

pexp:                                             ; preds = %rmax, %body88
  %pexp91 = phi i64 [ %448, %body88 ], [ 0, %rmax ]
  %418 = icmp slt i64 %pexp91, 8
  br i1 %418, label %body88, label %lsum96

body88:                                           ; preds = %pexp
  %419 = sdiv i64 %pexp91, 2
  %420 = srem i64 %pexp91, 2
  %421 = mul i64 %420, 16
  %422 = mul i64 %419, 32
  %423 = add i64 %422, %421
  %424 = getelementptr float, ptr %pbuf, i64 %423
  %425 = getelementptr float, ptr %muse, i64 %419
  %426 = load float, ptr %425, align 4
  %427 = insertelement <16 x float> poison, float %426, i32 0
  %splat92 = shufflevector <16 x float> %427, <16 x float> poison, <16 x i32> zeroinitializer
  %428 = load <16 x float>, ptr %424, align 64
  %429 = fsub <16 x float> %428, %splat92
  %430 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %429, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %431 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %430, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %432 = fadd <16 x float> %431, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n93 = fsub <16 x float> %432, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f94 = fsub <16 x float> %431, %n93
  %433 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f94, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %434 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %433, <16 x float> %f94, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %435 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %434, <16 x float> %f94, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %436 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %435, <16 x float> %f94, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %437 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %436, <16 x float> %f94, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %438 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %437, <16 x float> %f94, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %439 = fptosi <16 x float> %n93 to <16 x i32>
  %440 = add <16 x i32> %439, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %441 = shl <16 x i32> %440, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %442 = bitcast <16 x i32> %441 to <16 x float>
  %exp295 = fmul <16 x float> %438, %442
  store <16 x float> %exp295, ptr %424, align 64
  %443 = getelementptr <16 x float>, ptr %lsum, i64 %419
  %444 = icmp eq i64 %420, 0
  %445 = load <16 x float>, ptr %443, align 64
  %446 = select i1 %444, <16 x float> zeroinitializer, <16 x float> %445
  %447 = fadd <16 x float> %446, %exp295
  store <16 x float> %447, ptr %443, align 64
  %448 = add nsw i64 %pexp91, 1
  br label %pexp

lsum96:                                           ; preds = %pexp, %body97
  %lsum100 = phi i64 [ %457, %body97 ], [ 0, %pexp ]
  %449 = icmp slt i64 %lsum100, 4
  br i1 %449, label %body97, label %exit99

body97:                                           ; preds = %lsum96
  %450 = getelementptr float, ptr %79, i64 %lsum100
  %451 = getelementptr float, ptr %alpha, i64 %lsum100
  %452 = load float, ptr %451, align 4
  %453 = getelementptr <16 x float>, ptr %lsum, i64 %lsum100
  %454 = load <16 x float>, ptr %453, align 64
  %455 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %454)
  %l = load float, ptr %450, align 4
  %456 = call float @llvm.fmuladd.f32(float %l, float %452, float %455)
  store float %456, ptr %450, align 4
  %457 = add nsw i64 %lsum100, 1
  br label %lsum96

exit99:                                           ; preds = %lsum96
  %458 = sub i32 %fact, %kblock15
  %459 = call i32 @llvm.smin.i32(i32 32, i32 %458)
  %460 = load float, ptr %alpha, align 4
  %461 = insertelement <16 x float> poison, float %460, i32 0
  %splat101 = shufflevector <16 x float> %461, <16 x float> poison, <16 x i32> zeroinitializer
  %462 = load <16 x float>, ptr %83, align 64
  %463 = fmul <16 x float> %462, %splat101
  %464 = getelementptr float, ptr %83, i64 16
  %465 = load <16 x float>, ptr %464, align 64
  %466 = fmul <16 x float> %465, %splat101
  %467 = getelementptr float, ptr %83, i64 32
  %468 = load <16 x float>, ptr %467, align 64
  %469 = fmul <16 x float> %468, %splat101
  %470 = getelementptr float, ptr %83, i64 48
  %471 = load <16 x float>, ptr %470, align 64
  %472 = fmul <16 x float> %471, %splat101
  %473 = getelementptr float, ptr %alpha, i64 1
  %474 = load float, ptr %473, align 4
  %475 = insertelement <16 x float> poison, float %474, i32 0
  %splat102 = shufflevector <16 x float> %475, <16 x float> poison, <16 x i32> zeroinitializer
  %476 = getelementptr float, ptr %83, i64 128
  %477 = load <16 x float>, ptr %476, align 64
  %478 = fmul <16 x float> %477, %splat102
  %479 = getelementptr float, ptr %83, i64 144
  %480 = load <16 x float>, ptr %479, align 64
  %481 = fmul <16 x float> %480, %splat102
  %482 = getelementptr float, ptr %83, i64 160
  %483 = load <16 x float>, ptr %482, align 64
  %484 = fmul <16 x float> %483, %splat102
  %485 = getelementptr float, ptr %83, i64 176
  %486 = load <16 x float>, ptr %485, align 64
  %487 = fmul <16 x float> %486, %splat102
  %488 = getelementptr float, ptr %alpha, i64 2
  %489 = load float, ptr %488, align 4
  %490 = insertelement <16 x float> poison, float %489, i32 0
  %splat103 = shufflevector <16 x float> %490, <16 x float> poison, <16 x i32> zeroinitializer
  %491 = getelementptr float, ptr %83, i64 256
  %492 = load <16 x float>, ptr %491, align 64
  %493 = fmul <16 x float> %492, %splat103
  %494 = getelementptr float, ptr %83, i64 272
  %495 = load <16 x float>, ptr %494, align 64
  %496 = fmul <16 x float> %495, %splat103
  %497 = getelementptr float, ptr %83, i64 288
  %498 = load <16 x float>, ptr %497, align 64
  %499 = fmul <16 x float> %498, %splat103
  %500 = getelementptr float, ptr %83, i64 304
  %501 = load <16 x float>, ptr %500, align 64
  %502 = fmul <16 x float> %501, %splat103
  %503 = getelementptr float, ptr %alpha, i64 3
  %504 = load float, ptr %503, align 4
  %505 = insertelement <16 x float> poison, float %504, i32 0
  %splat104 = shufflevector <16 x float> %505, <16 x float> poison, <16 x i32> zeroinitializer
  %506 = getelementptr float, ptr %83, i64 384
  %507 = load <16 x float>, ptr %506, align 64
  %508 = fmul <16 x float> %507, %splat104
  %509 = getelementptr float, ptr %83, i64 400
  %510 = load <16 x float>, ptr %509, align 64
  %511 = fmul <16 x float> %510, %splat104
  %512 = getelementptr float, ptr %83, i64 416
  %513 = load <16 x float>, ptr %512, align 64
  %514 = fmul <16 x float> %513, %splat104
  %515 = getelementptr float, ptr %83, i64 432
  %516 = load <16 x float>, ptr %515, align 64
  %517 = fmul <16 x float> %516, %splat104
  br label %kpv

kpv:                                              ; preds = %body105, %exit99
  %pacc.sroa.60.0 = phi <16 x float> [ %517, %exit99 ], [ %565, %body105 ]
  %pacc.sroa.56.0 = phi <16 x float> [ %514, %exit99 ], [ %559, %body105 ]
  %pacc.sroa.52.0 = phi <16 x float> [ %511, %exit99 ], [ %553, %body105 ]
  %pacc.sroa.48.0 = phi <16 x float> [ %508, %exit99 ], [ %547, %body105 ]
  %pacc.sroa.44.0 = phi <16 x float> [ %502, %exit99 ], [ %564, %body105 ]
  %pacc.sroa.40.0 = phi <16 x float> [ %499, %exit99 ], [ %558, %body105 ]
  %pacc.sroa.36.0 = phi <16 x float> [ %496, %exit99 ], [ %552, %body105 ]
  %pacc.sroa.32.0 = phi <16 x float> [ %493, %exit99 ], [ %546, %body105 ]
  %pacc.sroa.28.0 = phi <16 x float> [ %487, %exit99 ], [ %563, %body105 ]
  %pacc.sroa.24.0 = phi <16 x float> [ %484, %exit99 ], [ %557, %body105 ]
  %pacc.sroa.20.0 = phi <16 x float> [ %481, %exit99 ], [ %551, %body105 ]
  %pacc.sroa.16.0 = phi <16 x float> [ %478, %exit99 ], [ %545, %body105 ]
  %pacc.sroa.12.0 = phi <16 x float> [ %472, %exit99 ], [ %562, %body105 ]
  %pacc.sroa.8.0 = phi <16 x float> [ %469, %exit99 ], [ %556, %body105 ]
  %pacc.sroa.4.0 = phi <16 x float> [ %466, %exit99 ], [ %550, %body105 ]
  %pacc.sroa.0.0 = phi <16 x float> [ %463, %exit99 ], [ %544, %body105 ]
  %kpv108 = phi i32 [ 0, %exit99 ], [ %566, %body105 ]
  %518 = icmp slt i32 %kpv108, %459
  br i1 %518, label %body105, label %exit107

body105:                                          ; preds = %kpv
  %519 = add i32 %kblock15, %kpv108
  %520 = sext i32 %519 to i64
  %521 = mul i64 %520, 8
  %row109 = add i64 %76, %521
  %522 = mul i64 %row109, 256
  %523 = getelementptr i8, ptr %23, i64 %522
  %524 = add i32 %kb_next, %kpv108
  %525 = call i32 @llvm.smin.i32(i32 %524, i32 %k_last)
  %526 = sext i32 %525 to i64
  %527 = mul i64 %526, 8
  %row110 = add i64 %87, %527
  %528 = mul i64 %row110, 256
  %529 = getelementptr i8, ptr %23, i64 %528
  call void @llvm.prefetch.p0(ptr %529, i32 0, i32 2, i32 1)
  %530 = getelementptr i8, ptr %529, i64 64
  call void @llvm.prefetch.p0(ptr %530, i32 0, i32 2, i32 1)
  %531 = sext i32 %kpv108 to i64
  %532 = getelementptr float, ptr %pbuf, i64 %531
  %p = load float, ptr %532, align 4
  %533 = insertelement <16 x float> poison, float %p, i32 0
  %splat111 = shufflevector <16 x float> %533, <16 x float> poison, <16 x i32> zeroinitializer
  %534 = add i64 32, %531
  %535 = getelementptr float, ptr %pbuf, i64 %534
  %p112 = load float, ptr %535, align 4
  %536 = insertelement <16 x float> poison, float %p112, i32 0
  %splat113 = shufflevector <16 x float> %536, <16 x float> poison, <16 x i32> zeroinitializer
  %537 = add i64 64, %531
  %538 = getelementptr float, ptr %pbuf, i64 %537
  %p114 = load float, ptr %538, align 4
  %539 = insertelement <16 x float> poison, float %p114, i32 0
  %splat115 = shufflevector <16 x float> %539, <16 x float> poison, <16 x i32> zeroinitializer
  %540 = add i64 96, %531
  %541 = getelementptr float, ptr %pbuf, i64 %540
  %p116 = load float, ptr %541, align 4
  %542 = insertelement <16 x float> poison, float %p116, i32 0
  %splat117 = shufflevector <16 x float> %542, <16 x float> poison, <16 x i32> zeroinitializer
  %543 = load <16 x half>, ptr %523, align 2
  %f16118 = fpext <16 x half> %543 to <16 x float>
  %544 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat111, <16 x float> %f16118, <16 x float> %pacc.sroa.0.0)
  %545 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat113, <16 x float> %f16118, <16 x float> %pacc.sroa.16.0)
  %546 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat115, <16 x float> %f16118, <16 x float> %pacc.sroa.32.0)
  %547 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat117, <16 x float> %f16118, <16 x float> %pacc.sroa.48.0)
  %548 = getelementptr i8, ptr %523, i64 32
  %549 = load <16 x half>, ptr %548, align 2
  %f16119 = fpext <16 x half> %549 to <16 x float>
  %550 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat111, <16 x float> %f16119, <16 x float> %pacc.sroa.4.0)
  %551 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat113, <16 x float> %f16119, <16 x float> %pacc.sroa.20.0)
  %552 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat115, <16 x float> %f16119, <16 x float> %pacc.sroa.36.0)
  %553 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat117, <16 x float> %f16119, <16 x float> %pacc.sroa.52.0)
  %554 = getelementptr i8, ptr %523, i64 64
  %555 = load <16 x half>, ptr %554, align 2
  %f16120 = fpext <16 x half> %555 to <16 x float>
  %556 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat111, <16 x float> %f16120, <16 x float> %pacc.sroa.8.0)
  %557 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat113, <16 x float> %f16120, <16 x float> %pacc.sroa.24.0)
  %558 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat115, <16 x float> %f16120, <16 x float> %pacc.sroa.40.0)
  %559 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat117, <16 x float> %f16120, <16 x float> %pacc.sroa.56.0)
  %560 = getelementptr i8, ptr %523, i64 96
  %561 = load <16 x half>, ptr %560, align 2
  %f16121 = fpext <16 x half> %561 to <16 x float>
  %562 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat111, <16 x float> %f16121, <16 x float> %pacc.sroa.12.0)
  %563 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat113, <16 x float> %f16121, <16 x float> %pacc.sroa.28.0)
  %564 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat115, <16 x float> %f16121, <16 x float> %pacc.sroa.44.0)
  %565 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat117, <16 x float> %f16121, <16 x float> %pacc.sroa.60.0)
  %566 = add nsw i32 %kpv108, 1
  br label %kpv

exit107:                                          ; preds = %kpv
  store <16 x float> %pacc.sroa.0.0, ptr %83, align 64
  store <16 x float> %pacc.sroa.4.0, ptr %464, align 64
  store <16 x float> %pacc.sroa.8.0, ptr %467, align 64
  store <16 x float> %pacc.sroa.12.0, ptr %470, align 64
  store <16 x float> %pacc.sroa.16.0, ptr %476, align 64
  store <16 x float> %pacc.sroa.20.0, ptr %479, align 64
  store <16 x float> %pacc.sroa.24.0, ptr %482, align 64
  store <16 x float> %pacc.sroa.28.0, ptr %485, align 64
  store <16 x float> %pacc.sroa.32.0, ptr %491, align 64
  store <16 x float> %pacc.sroa.36.0, ptr %494, align 64
  store <16 x float> %pacc.sroa.40.0, ptr %497, align 64
  store <16 x float> %pacc.sroa.44.0, ptr %500, align 64
  store <16 x float> %pacc.sroa.48.0, ptr %506, align 64
  store <16 x float> %pacc.sroa.52.0, ptr %509, align 64
  store <16 x float> %pacc.sroa.56.0, ptr %512, align 64
  store <16 x float> %pacc.sroa.60.0, ptr %515, align 64
  %567 = load float, ptr %alpha, align 4
  %568 = insertelement <16 x float> poison, float %567, i32 0
  %splat123 = shufflevector <16 x float> %568, <16 x float> poison, <16 x i32> zeroinitializer
  %569 = getelementptr float, ptr %83, i64 64
  %570 = load <16 x float>, ptr %569, align 64
  %571 = fmul <16 x float> %570, %splat123
  %572 = getelementptr float, ptr %83, i64 80
  %573 = load <16 x float>, ptr %572, align 64
  %574 = fmul <16 x float> %573, %splat123
  %575 = getelementptr float, ptr %83, i64 96
  %576 = load <16 x float>, ptr %575, align 64
  %577 = fmul <16 x float> %576, %splat123
  %578 = getelementptr float, ptr %83, i64 112
  %579 = load <16 x float>, ptr %578, align 64
  %580 = fmul <16 x float> %579, %splat123
  %581 = load float, ptr %473, align 4
  %582 = insertelement <16 x float> poison, float %581, i32 0
  %splat124 = shufflevector <16 x float> %582, <16 x float> poison, <16 x i32> zeroinitializer
  %583 = getelementptr float, ptr %83, i64 192
  %584 = load <16 x float>, ptr %583, align 64
  %585 = fmul <16 x float> %584, %splat124
  %586 = getelementptr float, ptr %83, i64 208
  %587 = load <16 x float>, ptr %586, align 64
  %588 = fmul <16 x float> %587, %splat124
  %589 = getelementptr float, ptr %83, i64 224
  %590 = load <16 x float>, ptr %589, align 64
  %591 = fmul <16 x float> %590, %splat124
  %592 = getelementptr float, ptr %83, i64 240
  %593 = load <16 x float>, ptr %592, align 64
  %594 = fmul <16 x float> %593, %splat124
  %595 = load float, ptr %488, align 4
  %596 = insertelement <16 x float> poison, float %595, i32 0
  %splat125 = shufflevector <16 x float> %596, <16 x float> poison, <16 x i32> zeroinitializer
  %597 = getelementptr float, ptr %83, i64 320
  %598 = load <16 x float>, ptr %597, align 64
  %599 = fmul <16 x float> %598, %splat125
  %600 = getelementptr float, ptr %83, i64 336
  %601 = load <16 x float>, ptr %600, align 64
  %602 = fmul <16 x float> %601, %splat125
  %603 = getelementptr float, ptr %83, i64 352
  %604 = load <16 x float>, ptr %603, align 64
  %605 = fmul <16 x float> %604, %splat125
  %606 = getelementptr float, ptr %83, i64 368
  %607 = load <16 x float>, ptr %606, align 64
  %608 = fmul <16 x float> %607, %splat125
  %609 = load float, ptr %503, align 4
  %610 = insertelement <16 x float> poison, float %609, i32 0
  %splat126 = shufflevector <16 x float> %610, <16 x float> poison, <16 x i32> zeroinitializer
  %611 = getelementptr float, ptr %83, i64 448
  %612 = load <16 x float>, ptr %611, align 64
  %613 = fmul <16 x float> %612, %splat126
  %614 = getelementptr float, ptr %83, i64 464
  %615 = load <16 x float>, ptr %614, align 64
  %616 = fmul <16 x float> %615, %splat126
  %617 = getelementptr float, ptr %83, i64 480
  %618 = load <16 x float>, ptr %617, align 64
  %619 = fmul <16 x float> %618, %splat126
  %620 = getelementptr float, ptr %83, i64 496
  %621 = load <16 x float>, ptr %620, align 64
  %622 = fmul <16 x float> %621, %splat126
  br label %kpv127

kpv127:                                           ; preds = %body128, %exit107
  %pacc122.sroa.60.0 = phi <16 x float> [ %622, %exit107 ], [ %672, %body128 ]
  %pacc122.sroa.56.0 = phi <16 x float> [ %619, %exit107 ], [ %666, %body128 ]
  %pacc122.sroa.52.0 = phi <16 x float> [ %616, %exit107 ], [ %660, %body128 ]
  %pacc122.sroa.48.0 = phi <16 x float> [ %613, %exit107 ], [ %654, %body128 ]
  %pacc122.sroa.44.0 = phi <16 x float> [ %608, %exit107 ], [ %671, %body128 ]
  %pacc122.sroa.40.0 = phi <16 x float> [ %605, %exit107 ], [ %665, %body128 ]
  %pacc122.sroa.36.0 = phi <16 x float> [ %602, %exit107 ], [ %659, %body128 ]
  %pacc122.sroa.32.0 = phi <16 x float> [ %599, %exit107 ], [ %653, %body128 ]
  %pacc122.sroa.28.0 = phi <16 x float> [ %594, %exit107 ], [ %670, %body128 ]
  %pacc122.sroa.24.0 = phi <16 x float> [ %591, %exit107 ], [ %664, %body128 ]
  %pacc122.sroa.20.0 = phi <16 x float> [ %588, %exit107 ], [ %658, %body128 ]
  %pacc122.sroa.16.0 = phi <16 x float> [ %585, %exit107 ], [ %652, %body128 ]
  %pacc122.sroa.12.0 = phi <16 x float> [ %580, %exit107 ], [ %669, %body128 ]
  %pacc122.sroa.8.0 = phi <16 x float> [ %577, %exit107 ], [ %663, %body128 ]
  %pacc122.sroa.4.0 = phi <16 x float> [ %574, %exit107 ], [ %657, %body128 ]
  %pacc122.sroa.0.0 = phi <16 x float> [ %571, %exit107 ], [ %651, %body128 ]
  %kpv131 = phi i32 [ 0, %exit107 ], [ %673, %body128 ]
  %623 = icmp slt i32 %kpv131, %459
  br i1 %623, label %body128, label %exit130

body128:                                          ; preds = %kpv127
  %624 = add i32 %kblock15, %kpv131
  %625 = sext i32 %624 to i64
  %626 = mul i64 %625, 8
  %row132 = add i64 %76, %626
  %627 = mul i64 %row132, 256
  %628 = getelementptr i8, ptr %23, i64 %627
  %629 = add i32 %kb_next, %kpv131
  %630 = call i32 @llvm.smin.i32(i32 %629, i32 %k_last)
  %631 = sext i32 %630 to i64
  %632 = mul i64 %631, 8
  %row133 = add i64 %87, %632
  %633 = mul i64 %row133, 256
  %634 = getelementptr i8, ptr %23, i64 %633
  %635 = getelementptr i8, ptr %634, i64 128
  call void @llvm.prefetch.p0(ptr %635, i32 0, i32 2, i32 1)
  %636 = getelementptr i8, ptr %635, i64 64
  call void @llvm.prefetch.p0(ptr %636, i32 0, i32 2, i32 1)
  %637 = sext i32 %kpv131 to i64
  %638 = getelementptr float, ptr %pbuf, i64 %637
  %p134 = load float, ptr %638, align 4
  %639 = insertelement <16 x float> poison, float %p134, i32 0
  %splat135 = shufflevector <16 x float> %639, <16 x float> poison, <16 x i32> zeroinitializer
  %640 = add i64 32, %637
  %641 = getelementptr float, ptr %pbuf, i64 %640
  %p136 = load float, ptr %641, align 4
  %642 = insertelement <16 x float> poison, float %p136, i32 0
  %splat137 = shufflevector <16 x float> %642, <16 x float> poison, <16 x i32> zeroinitializer
  %643 = add i64 64, %637
  %644 = getelementptr float, ptr %pbuf, i64 %643
  %p138 = load float, ptr %644, align 4
  %645 = insertelement <16 x float> poison, float %p138, i32 0
  %splat139 = shufflevector <16 x float> %645, <16 x float> poison, <16 x i32> zeroinitializer
  %646 = add i64 96, %637
  %647 = getelementptr float, ptr %pbuf, i64 %646
  %p140 = load float, ptr %647, align 4
  %648 = insertelement <16 x float> poison, float %p140, i32 0
  %splat141 = shufflevector <16 x float> %648, <16 x float> poison, <16 x i32> zeroinitializer
  %649 = getelementptr i8, ptr %628, i64 128
  %650 = load <16 x half>, ptr %649, align 2
  %f16142 = fpext <16 x half> %650 to <16 x float>
  %651 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat135, <16 x float> %f16142, <16 x float> %pacc122.sroa.0.0)
  %652 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat137, <16 x float> %f16142, <16 x float> %pacc122.sroa.16.0)
  %653 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat139, <16 x float> %f16142, <16 x float> %pacc122.sroa.32.0)
  %654 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat141, <16 x float> %f16142, <16 x float> %pacc122.sroa.48.0)
  %655 = getelementptr i8, ptr %628, i64 160
  %656 = load <16 x half>, ptr %655, align 2
  %f16143 = fpext <16 x half> %656 to <16 x float>
  %657 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat135, <16 x float> %f16143, <16 x float> %pacc122.sroa.4.0)
  %658 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat137, <16 x float> %f16143, <16 x float> %pacc122.sroa.20.0)
  %659 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat139, <16 x float> %f16143, <16 x float> %pacc122.sroa.36.0)
  %660 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat141, <16 x float> %f16143, <16 x float> %pacc122.sroa.52.0)
  %661 = getelementptr i8, ptr %628, i64 192
  %662 = load <16 x half>, ptr %661, align 2
  %f16144 = fpext <16 x half> %662 to <16 x float>
  %663 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat135, <16 x float> %f16144, <16 x float> %pacc122.sroa.8.0)
  %664 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat137, <16 x float> %f16144, <16 x float> %pacc122.sroa.24.0)
  %665 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat139, <16 x float> %f16144, <16 x float> %pacc122.sroa.40.0)
  %666 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat141, <16 x float> %f16144, <16 x float> %pacc122.sroa.56.0)
  %667 = getelementptr i8, ptr %628, i64 224
  %668 = load <16 x half>, ptr %667, align 2
  %f16145 = fpext <16 x half> %668 to <16 x float>
  %669 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat135, <16 x float> %f16145, <16 x float> %pacc122.sroa.12.0)
  %670 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat137, <16 x float> %f16145, <16 x float> %pacc122.sroa.28.0)
  %671 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat139, <16 x float> %f16145, <16 x float> %pacc122.sroa.44.0)
  %672 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat141, <16 x float> %f16145, <16 x float> %pacc122.sroa.60.0)
  %673 = add nsw i32 %kpv131, 1
  br label %kpv127

exit130:                                          ; preds = %kpv127
  store <16 x float> %pacc122.sroa.0.0, ptr %569, align 64
  store <16 x float> %pacc122.sroa.4.0, ptr %572, align 64
  store <16 x float> %pacc122.sroa.8.0, ptr %575, align 64
  store <16 x float> %pacc122.sroa.12.0, ptr %578, align 64
  store <16 x float> %pacc122.sroa.16.0, ptr %583, align 64
  store <16 x float> %pacc122.sroa.20.0, ptr %586, align 64
  store <16 x float> %pacc122.sroa.24.0, ptr %589, align 64
  store <16 x float> %pacc122.sroa.28.0, ptr %592, align 64
  store <16 x float> %pacc122.sroa.32.0, ptr %597, align 64
  store <16 x float> %pacc122.sroa.36.0, ptr %600, align 64
  store <16 x float> %pacc122.sroa.40.0, ptr %603, align 64
  store <16 x float> %pacc122.sroa.44.0, ptr %606, align 64
  store <16 x float> %pacc122.sroa.48.0, ptr %611, align 64
  store <16 x float> %pacc122.sroa.52.0, ptr %614, align 64
  store <16 x float> %pacc122.sroa.56.0, ptr %617, align 64
  store <16 x float> %pacc122.sroa.60.0, ptr %620, align 64
  br label %kvh

orow146:                                          ; preds = %kblock, %written
  %orow150 = phi i32 [ %697, %written ], [ 0, %kblock ]
  %674 = icmp slt i32 %orow150, %nrows
  br i1 %674, label %body147, label %done

body147:                                          ; preds = %orow146
  %675 = sext i32 %orow150 to i64
  %676 = getelementptr float, ptr %ms, i64 %675
  %m151 = load float, ptr %676, align 4
  %677 = getelementptr float, ptr %ls, i64 %675
  %l152 = load float, ptr %677, align 4
  %678 = mul i64 %675, 128
  %679 = getelementptr float, ptr %accs, i64 %678
  %680 = icmp ne ptr %part, null
  br i1 %680, label %partial, label %final

partial:                                          ; preds = %body147
  %681 = sext i32 %nrows to i64
  %682 = getelementptr float, ptr %part, i64 %678
  br label %chunk153

final:                                            ; preds = %body147
  %683 = sdiv i32 %orow150, %nh
  %qi158 = add i32 %q_begin, %683
  %684 = srem i32 %orow150, %nh
  %685 = add i32 %h_begin, %684
  %686 = mul i32 %kv_head0, 4
  %hq159 = add i32 %686, %685
  %687 = sext i32 %qi158 to i64
  %688 = add i64 %q_row0, %687
  %689 = mul i64 %688, 32
  %690 = sext i32 %hq159 to i64
  %orow160 = add i64 %689, %690
  %691 = fcmp oeq float %l152, 0.000000e+00
  %692 = fdiv float 1.000000e+00, %l152
  %693 = select i1 %691, float 0.000000e+00, float %692
  %694 = mul i64 %orow160, 512
  %695 = getelementptr i8, ptr %out, i64 %694
  %696 = insertelement <16 x float> poison, float %693, i32 0
  %splat161 = shufflevector <16 x float> %696, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk162

written:                                          ; preds = %exit165, %exit156
  %697 = add nsw i32 %orow150, 1
  br label %orow146

chunk153:                                         ; preds = %body154, %partial
  %chunk157 = phi i64 [ 0, %partial ], [ %703, %body154 ]
  %698 = icmp slt i64 %chunk157, 8
  br i1 %698, label %body154, label %exit156

body154:                                          ; preds = %chunk153
  %699 = getelementptr <16 x float>, ptr %679, i64 %chunk157
  %700 = load <16 x float>, ptr %699, align 64
  %701 = mul i64 %chunk157, 64
  %702 = getelementptr i8, ptr %682, i64 %701
  store <16 x float> %700, ptr %702, align 4
  %703 = add nsw i64 %chunk157, 1
  br label %chunk153

exit156:                                          ; preds = %chunk153
  %704 = mul i64 %681, 128
  %705 = add i64 %704, %675
  %706 = getelementptr float, ptr %part, i64 %705
  store float %m151, ptr %706, align 4
  %707 = add i64 %705, %681
  %708 = getelementptr float, ptr %part, i64 %707
  store float %l152, ptr %708, align 4
  br label %written

chunk162:                                         ; preds = %body163, %final
  %chunk166 = phi i64 [ 0, %final ], [ %715, %body163 ]
  %709 = icmp slt i64 %chunk166, 8
  br i1 %709, label %body163, label %exit165

body163:                                          ; preds = %chunk162
  %710 = getelementptr <16 x float>, ptr %679, i64 %chunk166
  %711 = load <16 x float>, ptr %710, align 64
  %712 = fmul <16 x float> %711, %splat161
  %713 = mul i64 %chunk166, 64
  %714 = getelementptr i8, ptr %695, i64 %713
  store <16 x float> %712, ptr %714, align 4
  %715 = add nsw i64 %chunk166, 1
  br label %chunk162

exit165:                                          ; preds = %chunk162
  %716 = call float @llvm.log.f32(float %l152)
  %717 = call float @llvm.fmuladd.f32(float %m151, float 0x3FE62E4300000000, float %716)
  %lse167 = select i1 %691, float 0xFFF0000000000000, float %717
  %718 = getelementptr float, ptr %lse, i64 %orow160
  store float %lse167, ptr %718, align 4
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

declare i32 @attnrt_run(ptr, ptr)

; Function Attrs: nounwind
define i32 @sliding_window(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_run(ptr @sliding_window_kernel, ptr %0)
  ret i32 %1
}

declare i64 @attnrt_tasks(ptr, ptr)

; Function Attrs: nounwind
define i64 @sliding_window_tasks(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_tasks(ptr @sliding_window_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_task(ptr, ptr, i64)

; Function Attrs: nounwind
define i32 @sliding_window_task(ptr %0, i64 %1) #0 {
entry:
  %2 = call i32 @attnrt_task(ptr @sliding_window_kernel, ptr %0, i64 %1)
  ret i32 %2
}

declare i64 @attnrt_workspace(ptr, ptr)

; Function Attrs: nounwind
define i64 @sliding_window_workspace(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_workspace(ptr @sliding_window_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_append(ptr, ptr)

; Function Attrs: nounwind
define i32 @sliding_window_append(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_append(ptr @sliding_window_kernel, ptr %0)
  ret i32 %1
}

; Function Attrs: nounwind
define ptr @sliding_window_info() #0 {
entry:
  ret ptr @sliding_window_info_data
}

attributes #0 = { nounwind "target-cpu"="x86-64-v4" "target-features"="+avx512f,+evex512,+avx512bw,+avx512vl,+avx,+avx2,+fma,+f16c" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite) }
