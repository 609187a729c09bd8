; ModuleID = 'sliding_window'
source_filename = "sliding_window"
target triple = "x86_64-unknown-linux-gnu"

@sliding_window.name = private unnamed_addr constant [15 x i8] c"sliding_window\00"
@sliding_window.spec = private unnamed_addr constant [390 x i8] c"attncc: 1\0Aname: sliding_window\0Aphase: decode\0Akind: self\0Aheads: {q: 32, kv: 8, dim: 128, v_dim: 128}\0Atypes: {q: f32, cache: f16, out: f32}\0Ascale: auto\0Acache: {store: kv, layout: contiguous, order: token_major, capacity: 16384, latent_dim: 0, rope_dim: 0, shared_across_layers: false}\0Amask: {causal: true, window: 1024}\0Aoutput: {lse: true}\0Aslim: {order: auto}\0Amodel: {layers: 1, d_model: 0}\0A\00"
@sliding_window_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32, ptr, i32, i32, i32, i32, float, i32 } { i32 6, i32 1, i64 -1885887229702392992, ptr @sliding_window.name, ptr @sliding_window.spec, i32 32, i32 8, i32 128, i32 128, i32 0, i32 1, i32 0, i32 0, i32 0, i32 0, i32 16384, i32 1, i32 1, float 0x3FB6A09E60000000, i32 0, i32 0, i32 0, ptr null, i32 0, i32 1024, i32 0, i32 0, float 0.000000e+00, i32 0 }, align 8
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

done:                                             ; preds = %orow144, %entry
  ret void

rinit:                                            ; preds = %entry, %exit8
  %rinit1 = phi i32 [ %74, %exit8 ], [ 0, %entry ]
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
  %h = add i32 %h_begin, %33
  %34 = mul i32 %kv_head0, 4
  %hq = add i32 %34, %h
  %35 = sext i32 %qi to i64
  %36 = add i64 %q_row0, %35
  %37 = mul i64 %36, 32
  %38 = sext i32 %hq to i64
  %orow = add i64 %37, %38
  %39 = mul i64 %orow, 512
  %40 = getelementptr i8, ptr %q, i64 %39
  %41 = select i1 %29, float 0x3FC0527DC0000000, float 0.000000e+00
  %42 = insertelement <16 x float> poison, float %41, i32 0
  %splat = shufflevector <16 x float> %42, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

exit:                                             ; preds = %rinit
  %43 = sub i32 %nrows, 1
  %44 = sdiv i32 %43, %nh
  %45 = add i32 %q_begin, %44
  %46 = add i32 %q_pos0, %45
  %47 = add i32 %46, 1
  %48 = call i32 @llvm.smin.i32(i32 %47, i32 %k_end)
  %49 = add i32 %q_pos0, %q_begin
  %50 = sub i32 %49, 1023
  %51 = call i32 @llvm.smax.i32(i32 %50, i32 %k_begin)
  %k_last = sub i32 %48, 1
  br label %kblock

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %58, %body2 ]
  %52 = icmp slt i64 %chunk5, 8
  br i1 %52, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %53 = mul i64 %chunk5, 64
  %54 = getelementptr i8, ptr %40, i64 %53
  %55 = load <16 x float>, ptr %54, align 4
  %56 = fmul <16 x float> %55, %splat
  %57 = getelementptr <16 x float>, ptr %28, i64 %chunk5
  store <16 x float> %56, ptr %57, align 64
  %58 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %59 = getelementptr float, ptr %ms, i64 %26
  store float 0xFFF0000000000000, ptr %59, align 4
  %60 = getelementptr float, ptr %ls, i64 %26
  store float 0.000000e+00, ptr %60, align 4
  %61 = getelementptr i32, ptr %lims, i64 %26
  %62 = add i32 %q_pos0, %qi
  %63 = add i32 %62, 1
  %64 = call i32 @llvm.smin.i32(i32 %63, i32 %k_end)
  store i32 %64, ptr %61, align 4
  %65 = getelementptr i32, ptr %lows, i64 %26
  %66 = sub i32 %62, 1023
  %67 = call i32 @llvm.smax.i32(i32 %66, i32 %k_begin)
  store i32 %67, ptr %65, align 4
  br label %acczero

acczero:                                          ; preds = %body6, %exit4
  %acczero9 = phi i64 [ 0, %exit4 ], [ %73, %body6 ]
  %68 = icmp slt i64 %acczero9, 8
  br i1 %68, label %body6, label %exit8

body6:                                            ; preds = %acczero
  %69 = mul i64 %acczero9, 16
  %70 = mul i64 %26, 128
  %71 = add i64 %70, %69
  %72 = getelementptr float, ptr %accs, i64 %71
  store <16 x float> zeroinitializer, ptr %72, align 64
  %73 = add nsw i64 %acczero9, 1
  br label %acczero

exit8:                                            ; preds = %acczero
  %74 = add nsw i32 %rinit1, 1
  br label %rinit

kblock:                                           ; preds = %kvh, %exit
  %kblock13 = phi i32 [ %51, %exit ], [ %76, %kvh ]
  %75 = icmp slt i32 %kblock13, %48
  br i1 %75, label %body10, label %orow144

body10:                                           ; preds = %kblock
  %76 = add i32 %kblock13, 32
  br label %kvh

kvh:                                              ; preds = %exit128, %body10
  %kvh17 = phi i32 [ 0, %body10 ], [ %79, %exit128 ]
  %77 = icmp slt i32 %kvh17, 8
  br i1 %77, label %body14, label %kblock

body14:                                           ; preds = %kvh
  %78 = icmp eq i32 %kvh17, 7
  %79 = add i32 %kvh17, 1
  %80 = select i1 %78, i32 0, i32 %79
  %kb_next = select i1 %78, i32 %76, i32 %kblock13
  %81 = sext i32 %kvh17 to i64
  %82 = add i64 %21, %81
  %83 = mul i64 %81, 4
  %84 = getelementptr float, ptr %ms, i64 %83
  %85 = getelementptr float, ptr %ls, i64 %83
  %86 = mul i64 %83, 8
  %87 = getelementptr <16 x float>, ptr %qs, i64 %86
  %88 = mul i64 %83, 128
  %89 = getelementptr float, ptr %accs, i64 %88
  %90 = getelementptr i32, ptr %lims, i64 %83
  %91 = getelementptr i32, ptr %lows, i64 %83
  %92 = sext i32 %80 to i64
  %93 = add i64 %21, %92
  br label %kdot

kdot:                                             ; preds = %body18, %body14
  %kdot21 = phi i32 [ 0, %body14 ], [ %267, %body18 ]
  %94 = icmp slt i32 %kdot21, 32
  br i1 %94, label %body18, label %score

body18:                                           ; preds = %kdot
  %95 = add i32 %kblock13, %kdot21
  %96 = call i32 @llvm.smin.i32(i32 %95, i32 %k_last)
  %97 = sext i32 %96 to i64
  %98 = mul i64 %97, 8
  %row = add i64 %82, %98
  %99 = mul i64 %row, 256
  %100 = getelementptr i8, ptr %20, i64 %99
  %101 = add i32 %kb_next, %kdot21
  %102 = call i32 @llvm.smin.i32(i32 %101, i32 %k_last)
  %103 = sext i32 %102 to i64
  %104 = mul i64 %103, 8
  %row22 = add i64 %93, %104
  %105 = mul i64 %row22, 256
  %106 = getelementptr i8, ptr %20, i64 %105
  call void @llvm.prefetch.p0(ptr %106, i32 0, i32 2, i32 1)
  %107 = getelementptr i8, ptr %106, i64 64
  call void @llvm.prefetch.p0(ptr %107, i32 0, i32 2, i32 1)
  %108 = getelementptr i8, ptr %106, i64 128
  call void @llvm.prefetch.p0(ptr %108, i32 0, i32 2, i32 1)
  %109 = getelementptr i8, ptr %106, i64 192
  call void @llvm.prefetch.p0(ptr %109, i32 0, i32 2, i32 1)
  %110 = add i32 %kdot21, 1
  %111 = add i32 %kblock13, %110
  %112 = call i32 @llvm.smin.i32(i32 %111, i32 %k_last)
  %113 = sext i32 %112 to i64
  %114 = mul i64 %113, 8
  %row23 = add i64 %82, %114
  %115 = mul i64 %row23, 256
  %116 = getelementptr i8, ptr %20, i64 %115
  %117 = add i32 %kb_next, %110
  %118 = call i32 @llvm.smin.i32(i32 %117, i32 %k_last)
  %119 = sext i32 %118 to i64
  %120 = mul i64 %119, 8
  %row24 = add i64 %93, %120
  %121 = mul i64 %row24, 256
  %122 = getelementptr i8, ptr %20, i64 %121
  call void @llvm.prefetch.p0(ptr %122, i32 0, i32 2, i32 1)
  %123 = getelementptr i8, ptr %122, i64 64
  call void @llvm.prefetch.p0(ptr %123, i32 0, i32 2, i32 1)
  %124 = getelementptr i8, ptr %122, i64 128
  call void @llvm.prefetch.p0(ptr %124, i32 0, i32 2, i32 1)
  %125 = getelementptr i8, ptr %122, i64 192
  call void @llvm.prefetch.p0(ptr %125, i32 0, i32 2, i32 1)
  %q25 = load <16 x float>, ptr %87, align 64
  %126 = load <16 x half>, ptr %100, align 2
  %f16 = fpext <16 x half> %126 to <16 x float>
  %127 = load <16 x half>, ptr %116, align 2
  %f1626 = fpext <16 x half> %127 to <16 x float>
  %128 = fmul <16 x float> %q25, %f16
  %129 = fmul <16 x float> %q25, %f1626
  %130 = getelementptr <16 x float>, ptr %87, i64 8
  %q27 = load <16 x float>, ptr %130, align 64
  %131 = fmul <16 x float> %q27, %f16
  %132 = fmul <16 x float> %q27, %f1626
  %133 = getelementptr <16 x float>, ptr %87, i64 16
  %q28 = load <16 x float>, ptr %133, align 64
  %134 = fmul <16 x float> %q28, %f16
  %135 = fmul <16 x float> %q28, %f1626
  %136 = getelementptr <16 x float>, ptr %87, i64 24
  %q29 = load <16 x float>, ptr %136, align 64
  %137 = fmul <16 x float> %q29, %f16
  %138 = fmul <16 x float> %q29, %f1626
  %139 = getelementptr <16 x float>, ptr %87, i64 1
  %q30 = load <16 x float>, ptr %139, align 64
  %140 = getelementptr i8, ptr %100, i64 32
  %141 = load <16 x half>, ptr %140, align 2
  %f1631 = fpext <16 x half> %141 to <16 x float>
  %142 = getelementptr i8, ptr %116, i64 32
  %143 = load <16 x half>, ptr %142, align 2
  %f1632 = fpext <16 x half> %143 to <16 x float>
  %144 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q30, <16 x float> %f1631, <16 x float> %128)
  %145 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q30, <16 x float> %f1632, <16 x float> %129)
  %146 = getelementptr <16 x float>, ptr %87, i64 9
  %q33 = load <16 x float>, ptr %146, align 64
  %147 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %f1631, <16 x float> %131)
  %148 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %f1632, <16 x float> %132)
  %149 = getelementptr <16 x float>, ptr %87, i64 17
  %q34 = load <16 x float>, ptr %149, align 64
  %150 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %f1631, <16 x float> %134)
  %151 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %f1632, <16 x float> %135)
  %152 = getelementptr <16 x float>, ptr %87, i64 25
  %q35 = load <16 x float>, ptr %152, align 64
  %153 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %f1631, <16 x float> %137)
  %154 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %f1632, <16 x float> %138)
  %155 = getelementptr <16 x float>, ptr %87, i64 2
  %q36 = load <16 x float>, ptr %155, align 64
  %156 = getelementptr i8, ptr %100, i64 64
  %157 = load <16 x half>, ptr %156, align 2
  %f1637 = fpext <16 x half> %157 to <16 x float>
  %158 = getelementptr i8, ptr %116, i64 64
  %159 = load <16 x half>, ptr %158, align 2
  %f1638 = fpext <16 x half> %159 to <16 x float>
  %160 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %f1637, <16 x float> %144)
  %161 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %f1638, <16 x float> %145)
  %162 = getelementptr <16 x float>, ptr %87, i64 10
  %q39 = load <16 x float>, ptr %162, align 64
  %163 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q39, <16 x float> %f1637, <16 x float> %147)
  %164 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q39, <16 x float> %f1638, <16 x float> %148)
  %165 = getelementptr <16 x float>, ptr %87, i64 18
  %q40 = load <16 x float>, ptr %165, align 64
  %166 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q40, <16 x float> %f1637, <16 x float> %150)
  %167 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q40, <16 x float> %f1638, <16 x float> %151)
  %168 = getelementptr <16 x float>, ptr %87, i64 26
  %q41 = load <16 x float>, ptr %168, align 64
  %169 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q41, <16 x float> %f1637, <16 x float> %153)
  %170 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q41, <16 x float> %f1638, <16 x float> %154)
  %171 = getelementptr <16 x float>, ptr %87, i64 3
  %q42 = load <16 x float>, ptr %171, align 64
  %172 = getelementptr i8, ptr %100, i64 96
  %173 = load <16 x half>, ptr %172, align 2
  %f1643 = fpext <16 x half> %173 to <16 x float>
  %174 = getelementptr i8, ptr %116, i64 96
  %175 = load <16 x half>, ptr %174, align 2
  %f1644 = fpext <16 x half> %175 to <16 x float>
  %176 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q42, <16 x float> %f1643, <16 x float> %160)
  %177 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q42, <16 x float> %f1644, <16 x float> %161)
  %178 = getelementptr <16 x float>, ptr %87, i64 11
  %q45 = load <16 x float>, ptr %178, align 64
  %179 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q45, <16 x float> %f1643, <16 x float> %163)
  %180 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q45, <16 x float> %f1644, <16 x float> %164)
  %181 = getelementptr <16 x float>, ptr %87, i64 19
  %q46 = load <16 x float>, ptr %181, align 64
  %182 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q46, <16 x float> %f1643, <16 x float> %166)
  %183 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q46, <16 x float> %f1644, <16 x float> %167)
  %184 = getelementptr <16 x float>, ptr %87, i64 27
  %q47 = load <16 x float>, ptr %184, align 64
  %185 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q47, <16 x float> %f1643, <16 x float> %169)
  %186 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q47, <16 x float> %f1644, <16 x float> %170)
  %187 = getelementptr <16 x float>, ptr %87, i64 4
  %q48 = load <16 x float>, ptr %187, align 64
  %188 = getelementptr i8, ptr %100, i64 128
  %189 = load <16 x half>, ptr %188, align 2
  %f1649 = fpext <16 x half> %189 to <16 x float>
  %190 = getelementptr i8, ptr %116, i64 128
  %191 = load <16 x half>, ptr %190, align 2
  %f1650 = fpext <16 x half> %191 to <16 x float>
  %192 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q48, <16 x float> %f1649, <16 x float> %176)
  %193 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q48, <16 x float> %f1650, <16 x float> %177)
  %194 = getelementptr <16 x float>, ptr %87, i64 12
  %q51 = load <16 x float>, ptr %194, align 64
  %195 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q51, <16 x float> %f1649, <16 x float> %179)
  %196 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q51, <16 x float> %f1650, <16 x float> %180)
  %197 = getelementptr <16 x float>, ptr %87, i64 20
  %q52 = load <16 x float>, ptr %197, align 64
  %198 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q52, <16 x float> %f1649, <16 x float> %182)
  %199 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q52, <16 x float> %f1650, <16 x float> %183)
  %200 = getelementptr <16 x float>, ptr %87, i64 28
  %q53 = load <16 x float>, ptr %200, align 64
  %201 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q53, <16 x float> %f1649, <16 x float> %185)
  %202 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q53, <16 x float> %f1650, <16 x float> %186)
  %203 = getelementptr <16 x float>, ptr %87, i64 5
  %q54 = load <16 x float>, ptr %203, align 64
  %204 = getelementptr i8, ptr %100, i64 160
  %205 = load <16 x half>, ptr %204, align 2
  %f1655 = fpext <16 x half> %205 to <16 x float>
  %206 = getelementptr i8, ptr %116, i64 160
  %207 = load <16 x half>, ptr %206, align 2
  %f1656 = fpext <16 x half> %207 to <16 x float>
  %208 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q54, <16 x float> %f1655, <16 x float> %192)
  %209 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q54, <16 x float> %f1656, <16 x float> %193)
  %210 = getelementptr <16 x float>, ptr %87, i64 13
  %q57 = load <16 x float>, ptr %210, align 64
  %211 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q57, <16 x float> %f1655, <16 x float> %195)
  %212 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q57, <16 x float> %f1656, <16 x float> %196)
  %213 = getelementptr <16 x float>, ptr %87, i64 21
  %q58 = load <16 x float>, ptr %213, align 64
  %214 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q58, <16 x float> %f1655, <16 x float> %198)
  %215 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q58, <16 x float> %f1656, <16 x float> %199)
  %216 = getelementptr <16 x float>, ptr %87, i64 29
  %q59 = load <16 x float>, ptr %216, align 64
  %217 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q59, <16 x float> %f1655, <16 x float> %201)
  %218 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q59, <16 x float> %f1656, <16 x float> %202)
  %219 = getelementptr <16 x float>, ptr %87, i64 6
  %q60 = load <16 x float>, ptr %219, align 64
  %220 = getelementptr i8, ptr %100, i64 192
  %221 = load <16 x half>, ptr %220, align 2
  %f1661 = fpext <16 x half> %221 to <16 x float>
  %222 = getelementptr i8, ptr %116, i64 192
  %223 = load <16 x half>, ptr %222, align 2
  %f1662 = fpext <16 x half> %223 to <16 x float>
  %224 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q60, <16 x float> %f1661, <16 x float> %208)
  %225 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q60, <16 x float> %f1662, <16 x float> %209)
  %226 = getelementptr <16 x float>, ptr %87, i64 14
  %q63 = load <16 x float>, ptr %226, align 64
  %227 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q63, <16 x float> %f1661, <16 x float> %211)
  %228 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q63, <16 x float> %f1662, <16 x float> %212)
  %229 = getelementptr <16 x float>, ptr %87, i64 22
  %q64 = load <16 x float>, ptr %229, align 64
  %230 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q64, <16 x float> %f1661, <16 x float> %214)
  %231 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q64, <16 x float> %f1662, <16 x float> %215)
  %232 = getelementptr <16 x float>, ptr %87, i64 30
  %q65 = load <16 x float>, ptr %232, align 64
  %233 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q65, <16 x float> %f1661, <16 x float> %217)
  %234 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q65, <16 x float> %f1662, <16 x float> %218)
  %235 = getelementptr <16 x float>, ptr %87, i64 7
  %q66 = load <16 x float>, ptr %235, align 64
  %236 = getelementptr i8, ptr %100, i64 224
  %237 = load <16 x half>, ptr %236, align 2
  %f1667 = fpext <16 x half> %237 to <16 x float>
  %238 = getelementptr i8, ptr %116, i64 224
  %239 = load <16 x half>, ptr %238, align 2
  %f1668 = fpext <16 x half> %239 to <16 x float>
  %240 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q66, <16 x float> %f1667, <16 x float> %224)
  %241 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q66, <16 x float> %f1668, <16 x float> %225)
  %242 = getelementptr <16 x float>, ptr %87, i64 15
  %q69 = load <16 x float>, ptr %242, align 64
  %243 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q69, <16 x float> %f1667, <16 x float> %227)
  %244 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q69, <16 x float> %f1668, <16 x float> %228)
  %245 = getelementptr <16 x float>, ptr %87, i64 23
  %q70 = load <16 x float>, ptr %245, align 64
  %246 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q70, <16 x float> %f1667, <16 x float> %230)
  %247 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q70, <16 x float> %f1668, <16 x float> %231)
  %248 = getelementptr <16 x float>, ptr %87, i64 31
  %q71 = load <16 x float>, ptr %248, align 64
  %249 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q71, <16 x float> %f1667, <16 x float> %233)
  %250 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q71, <16 x float> %f1668, <16 x float> %234)
  %251 = sext i32 %kdot21 to i64
  %252 = getelementptr <16 x float>, ptr %dbuf, i64 %251
  store <16 x float> %240, ptr %252, align 64
  %253 = sext i32 %110 to i64
  %254 = getelementptr <16 x float>, ptr %dbuf, i64 %253
  store <16 x float> %241, ptr %254, align 64
  %255 = add i64 32, %251
  %256 = getelementptr <16 x float>, ptr %dbuf, i64 %255
  store <16 x float> %243, ptr %256, align 64
  %257 = add i64 32, %253
  %258 = getelementptr <16 x float>, ptr %dbuf, i64 %257
  store <16 x float> %244, ptr %258, align 64
  %259 = add i64 64, %251
  %260 = getelementptr <16 x float>, ptr %dbuf, i64 %259
  store <16 x float> %246, ptr %260, align 64
  %261 = add i64 64, %253
  %262 = getelementptr <16 x float>, ptr %dbuf, i64 %261
  store <16 x float> %247, ptr %262, align 64
  %263 = add i64 96, %251
  %264 = getelementptr <16 x float>, ptr %dbuf, i64 %263
  store <16 x float> %249, ptr %264, align 64
  %265 = add i64 96, %253
  %266 = getelementptr <16 x float>, ptr %dbuf, i64 %265
  store <16 x float> %250, ptr %266, align 64
  %267 = add nsw i32 %kdot21, 2
  br label %kdot

score:                                            ; preds = %kdot, %body72
  %score75 = phi i64 [ %384, %body72 ], [ 0, %kdot ]
  %268 = icmp slt i64 %score75, 8
  br i1 %268, label %body72, label %rmax

body72:                                           ; preds = %score
  %269 = sdiv i64 %score75, 2
  %270 = srem i64 %score75, 2
  %271 = mul i64 %270, 16
  %272 = mul i64 %269, 32
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
  %366 = getelementptr i32, ptr %90, i64 %269
  %lim = load i32, ptr %366, align 4
  %367 = insertelement <16 x i32> poison, i32 %lim, i32 0
  %splat76 = shufflevector <16 x i32> %367, <16 x i32> poison, <16 x i32> zeroinitializer
  %368 = trunc i64 %271 to i32
  %369 = add i32 %kblock13, %368
  %370 = insertelement <16 x i32> poison, i32 %369, i32 0
  %splat77 = shufflevector <16 x i32> %370, <16 x i32> poison, <16 x i32> zeroinitializer
  %371 = add <16 x i32> %splat77, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %372 = getelementptr i32, ptr %91, i64 %269
  %low = load i32, ptr %372, align 4
  %373 = insertelement <16 x i32> poison, i32 %low, i32 0
  %splat78 = shufflevector <16 x i32> %373, <16 x i32> poison, <16 x i32> zeroinitializer
  %374 = icmp slt <16 x i32> %371, %splat76
  %375 = icmp sge <16 x i32> %371, %splat78
  %376 = and <16 x i1> %374, %375
  %377 = select <16 x i1> %376, <16 x float> %365, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %378 = getelementptr float, ptr %pbuf, i64 %273
  store <16 x float> %377, ptr %378, align 64
  %379 = getelementptr <16 x float>, ptr %smax, i64 %269
  %380 = icmp eq i64 %270, 0
  %381 = load <16 x float>, ptr %379, align 64
  %382 = select i1 %380, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <16 x float> %381
  %383 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %382, <16 x float> %377)
  store <16 x float> %383, ptr %379, align 64
  %384 = add nsw i64 %score75, 1
  br label %score

rmax:                                             ; preds = %score, %body79
  %rmax82 = phi i64 [ %421, %body79 ], [ 0, %score ]
  %385 = icmp slt i64 %rmax82, 4
  br i1 %385, label %body79, label %pexp

body79:                                           ; preds = %rmax
  %386 = getelementptr float, ptr %84, i64 %rmax82
  %m = load float, ptr %386, align 4
  %387 = getelementptr <16 x float>, ptr %smax, i64 %rmax82
  %388 = load <16 x float>, ptr %387, align 64
  %389 = shufflevector <16 x float> %388, <16 x float> undef, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %390 = shufflevector <16 x float> %388, <16 x float> undef, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %391 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %389, <8 x float> %390)
  %392 = shufflevector <8 x float> %391, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %393 = shufflevector <8 x float> %391, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %394 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %392, <4 x float> %393)
  %395 = shufflevector <4 x float> %394, <4 x float> undef, <2 x i32> <i32 0, i32 1>
  %396 = shufflevector <4 x float> %394, <4 x float> undef, <2 x i32> <i32 2, i32 3>
  %397 = call <2 x float> @llvm.maxnum.v2f32(<2 x float> %395, <2 x float> %396)
  %398 = shufflevector <2 x float> %397, <2 x float> undef, <1 x i32> zeroinitializer
  %399 = shufflevector <2 x float> %397, <2 x float> undef, <1 x i32> <i32 1>
  %400 = call <1 x float> @llvm.maxnum.v1f32(<1 x float> %398, <1 x float> %399)
  %401 = extractelement <1 x float> %400, i32 0
  %402 = call float @llvm.maxnum.f32(float %m, float %401)
  %403 = fcmp oeq float %402, 0xFFF0000000000000
  %muse83 = select i1 %403, float 0.000000e+00, float %402
  %404 = fsub float %m, %muse83
  %405 = insertelement <16 x float> poison, float %404, i32 0
  %splat84 = shufflevector <16 x float> %405, <16 x float> poison, <16 x i32> zeroinitializer
  %406 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat84, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %407 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %406, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %408 = fadd <16 x float> %407, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %408, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %407, %n
  %409 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %410 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %409, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %411 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %410, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %412 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %411, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %413 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %412, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %414 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %413, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %415 = fptosi <16 x float> %n to <16 x i32>
  %416 = add <16 x i32> %415, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %417 = shl <16 x i32> %416, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %418 = bitcast <16 x i32> %417 to <16 x float>
  %exp2 = fmul <16 x float> %414, %418
  %alpha85 = extractelement <16 x float> %exp2, i32 0
  store float %402, ptr %386, align 4
  %419 = getelementptr float, ptr %muse, i64 %rmax82
  store float %muse83, ptr %419, align 4
  %420 = getelementptr float, ptr %alpha, i64 %rmax82
  store float %alpha85, ptr %420, align 4
  %421 = add nsw i64 %rmax82, 1
  br label %rmax

pexp:                                             ; preds = %rmax, %body86
  %pexp89 = phi i64 [ %452, %body86 ], [ 0, %rmax ]
  %422 = icmp slt i64 %pexp89, 8
  br i1 %422, label %body86, label %lsum94

body86:                                           ; preds = %pexp
  %423 = sdiv i64 %pexp89, 2
  %424 = srem i64 %pexp89, 2
  %425 = mul i64 %424, 16
  %426 = mul i64 %423, 32
  %427 = add i64 %426, %425
  %428 = getelementptr float, ptr %pbuf, i64 %427
  %429 = getelementptr float, ptr %muse, i64 %423
  %430 = load float, ptr %429, align 4
  %431 = insertelement <16 x float> poison, float %430, i32 0
  %splat90 = shufflevector <16 x float> %431, <16 x float> poison, <16 x i32> zeroinitializer
  %432 = load <16 x float>, ptr %428, align 64
  %433 = fsub <16 x float> %432, %splat90
  %434 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %433, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %435 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %434, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %436 = fadd <16 x float> %435, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n91 = fsub <16 x float> %436, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f92 = fsub <16 x float> %435, %n91
  %437 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f92, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %438 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %437, <16 x float> %f92, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %439 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %438, <16 x float> %f92, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %440 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %439, <16 x float> %f92, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %441 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %440, <16 x float> %f92, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %442 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %441, <16 x float> %f92, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %443 = fptosi <16 x float> %n91 to <16 x i32>
  %444 = add <16 x i32> %443, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %445 = shl <16 x i32> %444, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %446 = bitcast <16 x i32> %445 to <16 x float>
  %exp293 = fmul <16 x float> %442, %446
  store <16 x float> %exp293, ptr %428, align 64
  %447 = getelementptr <16 x float>, ptr %lsum, i64 %423
  %448 = icmp eq i64 %424, 0
  %449 = load <16 x float>, ptr %447, align 64
  %450 = select i1 %448, <16 x float> zeroinitializer, <16 x float> %449
  %451 = fadd <16 x float> %450, %exp293
  store <16 x float> %451, ptr %447, align 64
  %452 = add nsw i64 %pexp89, 1
  br label %pexp

lsum94:                                           ; preds = %pexp, %body95
  %lsum98 = phi i64 [ %461, %body95 ], [ 0, %pexp ]
  %453 = icmp slt i64 %lsum98, 4
  br i1 %453, label %body95, label %exit97

body95:                                           ; preds = %lsum94
  %454 = getelementptr float, ptr %85, i64 %lsum98
  %455 = getelementptr float, ptr %alpha, i64 %lsum98
  %456 = load float, ptr %455, align 4
  %457 = getelementptr <16 x float>, ptr %lsum, i64 %lsum98
  %458 = load <16 x float>, ptr %457, align 64
  %459 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %458)
  %l = load float, ptr %454, align 4
  %460 = call float @llvm.fmuladd.f32(float %l, float %456, float %459)
  store float %460, ptr %454, align 4
  %461 = add nsw i64 %lsum98, 1
  br label %lsum94

exit97:                                           ; preds = %lsum94
  %462 = sub i32 %48, %kblock13
  %463 = call i32 @llvm.smin.i32(i32 32, i32 %462)
  %464 = load float, ptr %alpha, align 4
  %465 = insertelement <16 x float> poison, float %464, i32 0
  %splat99 = shufflevector <16 x float> %465, <16 x float> poison, <16 x i32> zeroinitializer
  %466 = load <16 x float>, ptr %89, align 64
  %467 = fmul <16 x float> %466, %splat99
  %468 = getelementptr float, ptr %89, i64 16
  %469 = load <16 x float>, ptr %468, align 64
  %470 = fmul <16 x float> %469, %splat99
  %471 = getelementptr float, ptr %89, i64 32
  %472 = load <16 x float>, ptr %471, align 64
  %473 = fmul <16 x float> %472, %splat99
  %474 = getelementptr float, ptr %89, i64 48
  %475 = load <16 x float>, ptr %474, align 64
  %476 = fmul <16 x float> %475, %splat99
  %477 = getelementptr float, ptr %alpha, i64 1
  %478 = load float, ptr %477, align 4
  %479 = insertelement <16 x float> poison, float %478, i32 0
  %splat100 = shufflevector <16 x float> %479, <16 x float> poison, <16 x i32> zeroinitializer
  %480 = getelementptr float, ptr %89, i64 128
  %481 = load <16 x float>, ptr %480, align 64
  %482 = fmul <16 x float> %481, %splat100
  %483 = getelementptr float, ptr %89, i64 144
  %484 = load <16 x float>, ptr %483, align 64
  %485 = fmul <16 x float> %484, %splat100
  %486 = getelementptr float, ptr %89, i64 160
  %487 = load <16 x float>, ptr %486, align 64
  %488 = fmul <16 x float> %487, %splat100
  %489 = getelementptr float, ptr %89, i64 176
  %490 = load <16 x float>, ptr %489, align 64
  %491 = fmul <16 x float> %490, %splat100
  %492 = getelementptr float, ptr %alpha, i64 2
  %493 = load float, ptr %492, align 4
  %494 = insertelement <16 x float> poison, float %493, i32 0
  %splat101 = shufflevector <16 x float> %494, <16 x float> poison, <16 x i32> zeroinitializer
  %495 = getelementptr float, ptr %89, i64 256
  %496 = load <16 x float>, ptr %495, align 64
  %497 = fmul <16 x float> %496, %splat101
  %498 = getelementptr float, ptr %89, i64 272
  %499 = load <16 x float>, ptr %498, align 64
  %500 = fmul <16 x float> %499, %splat101
  %501 = getelementptr float, ptr %89, i64 288
  %502 = load <16 x float>, ptr %501, align 64
  %503 = fmul <16 x float> %502, %splat101
  %504 = getelementptr float, ptr %89, i64 304
  %505 = load <16 x float>, ptr %504, align 64
  %506 = fmul <16 x float> %505, %splat101
  %507 = getelementptr float, ptr %alpha, i64 3
  %508 = load float, ptr %507, align 4
  %509 = insertelement <16 x float> poison, float %508, i32 0
  %splat102 = shufflevector <16 x float> %509, <16 x float> poison, <16 x i32> zeroinitializer
  %510 = getelementptr float, ptr %89, i64 384
  %511 = load <16 x float>, ptr %510, align 64
  %512 = fmul <16 x float> %511, %splat102
  %513 = getelementptr float, ptr %89, i64 400
  %514 = load <16 x float>, ptr %513, align 64
  %515 = fmul <16 x float> %514, %splat102
  %516 = getelementptr float, ptr %89, i64 416
  %517 = load <16 x float>, ptr %516, align 64
  %518 = fmul <16 x float> %517, %splat102
  %519 = getelementptr float, ptr %89, i64 432
  %520 = load <16 x float>, ptr %519, align 64
  %521 = fmul <16 x float> %520, %splat102
  br label %kpv

kpv:                                              ; preds = %body103, %exit97
  %pacc.sroa.60.0 = phi <16 x float> [ %521, %exit97 ], [ %569, %body103 ]
  %pacc.sroa.56.0 = phi <16 x float> [ %518, %exit97 ], [ %563, %body103 ]
  %pacc.sroa.52.0 = phi <16 x float> [ %515, %exit97 ], [ %557, %body103 ]
  %pacc.sroa.48.0 = phi <16 x float> [ %512, %exit97 ], [ %551, %body103 ]
  %pacc.sroa.44.0 = phi <16 x float> [ %506, %exit97 ], [ %568, %body103 ]
  %pacc.sroa.40.0 = phi <16 x float> [ %503, %exit97 ], [ %562, %body103 ]
  %pacc.sroa.36.0 = phi <16 x float> [ %500, %exit97 ], [ %556, %body103 ]
  %pacc.sroa.32.0 = phi <16 x float> [ %497, %exit97 ], [ %550, %body103 ]
  %pacc.sroa.28.0 = phi <16 x float> [ %491, %exit97 ], [ %567, %body103 ]
  %pacc.sroa.24.0 = phi <16 x float> [ %488, %exit97 ], [ %561, %body103 ]
  %pacc.sroa.20.0 = phi <16 x float> [ %485, %exit97 ], [ %555, %body103 ]
  %pacc.sroa.16.0 = phi <16 x float> [ %482, %exit97 ], [ %549, %body103 ]
  %pacc.sroa.12.0 = phi <16 x float> [ %476, %exit97 ], [ %566, %body103 ]
  %pacc.sroa.8.0 = phi <16 x float> [ %473, %exit97 ], [ %560, %body103 ]
  %pacc.sroa.4.0 = phi <16 x float> [ %470, %exit97 ], [ %554, %body103 ]
  %pacc.sroa.0.0 = phi <16 x float> [ %467, %exit97 ], [ %548, %body103 ]
  %kpv106 = phi i32 [ 0, %exit97 ], [ %570, %body103 ]
  %522 = icmp slt i32 %kpv106, %463
  br i1 %522, label %body103, label %exit105

body103:                                          ; preds = %kpv
  %523 = add i32 %kblock13, %kpv106
  %524 = sext i32 %523 to i64
  %525 = mul i64 %524, 8
  %row107 = add i64 %82, %525
  %526 = mul i64 %row107, 256
  %527 = getelementptr i8, ptr %23, i64 %526
  %528 = add i32 %kb_next, %kpv106
  %529 = call i32 @llvm.smin.i32(i32 %528, i32 %k_last)
  %530 = sext i32 %529 to i64
  %531 = mul i64 %530, 8
  %row108 = add i64 %93, %531
  %532 = mul i64 %row108, 256
  %533 = getelementptr i8, ptr %23, i64 %532
  call void @llvm.prefetch.p0(ptr %533, i32 0, i32 2, i32 1)
  %534 = getelementptr i8, ptr %533, i64 64
  call void @llvm.prefetch.p0(ptr %534, i32 0, i32 2, i32 1)
  %535 = sext i32 %kpv106 to i64
  %536 = getelementptr float, ptr %pbuf, i64 %535
  %p = load float, ptr %536, align 4
  %537 = insertelement <16 x float> poison, float %p, i32 0
  %splat109 = shufflevector <16 x float> %537, <16 x float> poison, <16 x i32> zeroinitializer
  %538 = add i64 32, %535
  %539 = getelementptr float, ptr %pbuf, i64 %538
  %p110 = load float, ptr %539, align 4
  %540 = insertelement <16 x float> poison, float %p110, i32 0
  %splat111 = shufflevector <16 x float> %540, <16 x float> poison, <16 x i32> zeroinitializer
  %541 = add i64 64, %535
  %542 = getelementptr float, ptr %pbuf, i64 %541
  %p112 = load float, ptr %542, align 4
  %543 = insertelement <16 x float> poison, float %p112, i32 0
  %splat113 = shufflevector <16 x float> %543, <16 x float> poison, <16 x i32> zeroinitializer
  %544 = add i64 96, %535
  %545 = getelementptr float, ptr %pbuf, i64 %544
  %p114 = load float, ptr %545, align 4
  %546 = insertelement <16 x float> poison, float %p114, i32 0
  %splat115 = shufflevector <16 x float> %546, <16 x float> poison, <16 x i32> zeroinitializer
  %547 = load <16 x half>, ptr %527, align 2
  %f16116 = fpext <16 x half> %547 to <16 x float>
  %548 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat109, <16 x float> %f16116, <16 x float> %pacc.sroa.0.0)
  %549 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat111, <16 x float> %f16116, <16 x float> %pacc.sroa.16.0)
  %550 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat113, <16 x float> %f16116, <16 x float> %pacc.sroa.32.0)
  %551 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat115, <16 x float> %f16116, <16 x float> %pacc.sroa.48.0)
  %552 = getelementptr i8, ptr %527, i64 32
  %553 = load <16 x half>, ptr %552, align 2
  %f16117 = fpext <16 x half> %553 to <16 x float>
  %554 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat109, <16 x float> %f16117, <16 x float> %pacc.sroa.4.0)
  %555 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat111, <16 x float> %f16117, <16 x float> %pacc.sroa.20.0)
  %556 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat113, <16 x float> %f16117, <16 x float> %pacc.sroa.36.0)
  %557 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat115, <16 x float> %f16117, <16 x float> %pacc.sroa.52.0)
  %558 = getelementptr i8, ptr %527, i64 64
  %559 = load <16 x half>, ptr %558, align 2
  %f16118 = fpext <16 x half> %559 to <16 x float>
  %560 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat109, <16 x float> %f16118, <16 x float> %pacc.sroa.8.0)
  %561 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat111, <16 x float> %f16118, <16 x float> %pacc.sroa.24.0)
  %562 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat113, <16 x float> %f16118, <16 x float> %pacc.sroa.40.0)
  %563 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat115, <16 x float> %f16118, <16 x float> %pacc.sroa.56.0)
  %564 = getelementptr i8, ptr %527, i64 96
  %565 = load <16 x half>, ptr %564, align 2
  %f16119 = fpext <16 x half> %565 to <16 x float>
  %566 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat109, <16 x float> %f16119, <16 x float> %pacc.sroa.12.0)
  %567 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat111, <16 x float> %f16119, <16 x float> %pacc.sroa.28.0)
  %568 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat113, <16 x float> %f16119, <16 x float> %pacc.sroa.44.0)
  %569 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat115, <16 x float> %f16119, <16 x float> %pacc.sroa.60.0)
  %570 = add nsw i32 %kpv106, 1
  br label %kpv

exit105:                                          ; preds = %kpv
  store <16 x float> %pacc.sroa.0.0, ptr %89, align 64
  store <16 x float> %pacc.sroa.4.0, ptr %468, align 64
  store <16 x float> %pacc.sroa.8.0, ptr %471, align 64
  store <16 x float> %pacc.sroa.12.0, ptr %474, align 64
  store <16 x float> %pacc.sroa.16.0, ptr %480, align 64
  store <16 x float> %pacc.sroa.20.0, ptr %483, align 64
  store <16 x float> %pacc.sroa.24.0, ptr %486, align 64
  store <16 x float> %pacc.sroa.28.0, ptr %489, align 64
  store <16 x float> %pacc.sroa.32.0, ptr %495, align 64
  store <16 x float> %pacc.sroa.36.0, ptr %498, align 64
  store <16 x float> %pacc.sroa.40.0, ptr %501, align 64
  store <16 x float> %pacc.sroa.44.0, ptr %504, align 64
  store <16 x float> %pacc.sroa.48.0, ptr %510, align 64
  store <16 x float> %pacc.sroa.52.0, ptr %513, align 64
  store <16 x float> %pacc.sroa.56.0, ptr %516, align 64
  store <16 x float> %pacc.sroa.60.0, ptr %519, align 64
  %571 = load float, ptr %alpha, align 4
  %572 = insertelement <16 x float> poison, float %571, i32 0
  %splat121 = shufflevector <16 x float> %572, <16 x float> poison, <16 x i32> zeroinitializer
  %573 = getelementptr float, ptr %89, i64 64
  %574 = load <16 x float>, ptr %573, align 64
  %575 = fmul <16 x float> %574, %splat121
  %576 = getelementptr float, ptr %89, i64 80
  %577 = load <16 x float>, ptr %576, align 64
  %578 = fmul <16 x float> %577, %splat121
  %579 = getelementptr float, ptr %89, i64 96
  %580 = load <16 x float>, ptr %579, align 64
  %581 = fmul <16 x float> %580, %splat121
  %582 = getelementptr float, ptr %89, i64 112
  %583 = load <16 x float>, ptr %582, align 64
  %584 = fmul <16 x float> %583, %splat121
  %585 = load float, ptr %477, align 4
  %586 = insertelement <16 x float> poison, float %585, i32 0
  %splat122 = shufflevector <16 x float> %586, <16 x float> poison, <16 x i32> zeroinitializer
  %587 = getelementptr float, ptr %89, i64 192
  %588 = load <16 x float>, ptr %587, align 64
  %589 = fmul <16 x float> %588, %splat122
  %590 = getelementptr float, ptr %89, i64 208
  %591 = load <16 x float>, ptr %590, align 64
  %592 = fmul <16 x float> %591, %splat122
  %593 = getelementptr float, ptr %89, i64 224
  %594 = load <16 x float>, ptr %593, align 64
  %595 = fmul <16 x float> %594, %splat122
  %596 = getelementptr float, ptr %89, i64 240
  %597 = load <16 x float>, ptr %596, align 64
  %598 = fmul <16 x float> %597, %splat122
  %599 = load float, ptr %492, align 4
  %600 = insertelement <16 x float> poison, float %599, i32 0
  %splat123 = shufflevector <16 x float> %600, <16 x float> poison, <16 x i32> zeroinitializer
  %601 = getelementptr float, ptr %89, i64 320
  %602 = load <16 x float>, ptr %601, align 64
  %603 = fmul <16 x float> %602, %splat123
  %604 = getelementptr float, ptr %89, i64 336
  %605 = load <16 x float>, ptr %604, align 64
  %606 = fmul <16 x float> %605, %splat123
  %607 = getelementptr float, ptr %89, i64 352
  %608 = load <16 x float>, ptr %607, align 64
  %609 = fmul <16 x float> %608, %splat123
  %610 = getelementptr float, ptr %89, i64 368
  %611 = load <16 x float>, ptr %610, align 64
  %612 = fmul <16 x float> %611, %splat123
  %613 = load float, ptr %507, align 4
  %614 = insertelement <16 x float> poison, float %613, i32 0
  %splat124 = shufflevector <16 x float> %614, <16 x float> poison, <16 x i32> zeroinitializer
  %615 = getelementptr float, ptr %89, i64 448
  %616 = load <16 x float>, ptr %615, align 64
  %617 = fmul <16 x float> %616, %splat124
  %618 = getelementptr float, ptr %89, i64 464
  %619 = load <16 x float>, ptr %618, align 64
  %620 = fmul <16 x float> %619, %splat124
  %621 = getelementptr float, ptr %89, i64 480
  %622 = load <16 x float>, ptr %621, align 64
  %623 = fmul <16 x float> %622, %splat124
  %624 = getelementptr float, ptr %89, i64 496
  %625 = load <16 x float>, ptr %624, align 64
  %626 = fmul <16 x float> %625, %splat124
  br label %kpv125

kpv125:                                           ; preds = %body126, %exit105
  %pacc120.sroa.60.0 = phi <16 x float> [ %626, %exit105 ], [ %676, %body126 ]
  %pacc120.sroa.56.0 = phi <16 x float> [ %623, %exit105 ], [ %670, %body126 ]
  %pacc120.sroa.52.0 = phi <16 x float> [ %620, %exit105 ], [ %664, %body126 ]
  %pacc120.sroa.48.0 = phi <16 x float> [ %617, %exit105 ], [ %658, %body126 ]
  %pacc120.sroa.44.0 = phi <16 x float> [ %612, %exit105 ], [ %675, %body126 ]
  %pacc120.sroa.40.0 = phi <16 x float> [ %609, %exit105 ], [ %669, %body126 ]
  %pacc120.sroa.36.0 = phi <16 x float> [ %606, %exit105 ], [ %663, %body126 ]
  %pacc120.sroa.32.0 = phi <16 x float> [ %603, %exit105 ], [ %657, %body126 ]
  %pacc120.sroa.28.0 = phi <16 x float> [ %598, %exit105 ], [ %674, %body126 ]
  %pacc120.sroa.24.0 = phi <16 x float> [ %595, %exit105 ], [ %668, %body126 ]
  %pacc120.sroa.20.0 = phi <16 x float> [ %592, %exit105 ], [ %662, %body126 ]
  %pacc120.sroa.16.0 = phi <16 x float> [ %589, %exit105 ], [ %656, %body126 ]
  %pacc120.sroa.12.0 = phi <16 x float> [ %584, %exit105 ], [ %673, %body126 ]
  %pacc120.sroa.8.0 = phi <16 x float> [ %581, %exit105 ], [ %667, %body126 ]
  %pacc120.sroa.4.0 = phi <16 x float> [ %578, %exit105 ], [ %661, %body126 ]
  %pacc120.sroa.0.0 = phi <16 x float> [ %575, %exit105 ], [ %655, %body126 ]
  %kpv129 = phi i32 [ 0, %exit105 ], [ %677, %body126 ]
  %627 = icmp slt i32 %kpv129, %463
  br i1 %627, label %body126, label %exit128

body126:                                          ; preds = %kpv125
  %628 = add i32 %kblock13, %kpv129
  %629 = sext i32 %628 to i64
  %630 = mul i64 %629, 8
  %row130 = add i64 %82, %630
  %631 = mul i64 %row130, 256
  %632 = getelementptr i8, ptr %23, i64 %631
  %633 = add i32 %kb_next, %kpv129
  %634 = call i32 @llvm.smin.i32(i32 %633, i32 %k_last)
  %635 = sext i32 %634 to i64
  %636 = mul i64 %635, 8
  %row131 = add i64 %93, %636
  %637 = mul i64 %row131, 256
  %638 = getelementptr i8, ptr %23, i64 %637
  %639 = getelementptr i8, ptr %638, i64 128
  call void @llvm.prefetch.p0(ptr %639, i32 0, i32 2, i32 1)
  %640 = getelementptr i8, ptr %639, i64 64
  call void @llvm.prefetch.p0(ptr %640, i32 0, i32 2, i32 1)
  %641 = sext i32 %kpv129 to i64
  %642 = getelementptr float, ptr %pbuf, i64 %641
  %p132 = load float, ptr %642, align 4
  %643 = insertelement <16 x float> poison, float %p132, i32 0
  %splat133 = shufflevector <16 x float> %643, <16 x float> poison, <16 x i32> zeroinitializer
  %644 = add i64 32, %641
  %645 = getelementptr float, ptr %pbuf, i64 %644
  %p134 = load float, ptr %645, align 4
  %646 = insertelement <16 x float> poison, float %p134, i32 0
  %splat135 = shufflevector <16 x float> %646, <16 x float> poison, <16 x i32> zeroinitializer
  %647 = add i64 64, %641
  %648 = getelementptr float, ptr %pbuf, i64 %647
  %p136 = load float, ptr %648, align 4
  %649 = insertelement <16 x float> poison, float %p136, i32 0
  %splat137 = shufflevector <16 x float> %649, <16 x float> poison, <16 x i32> zeroinitializer
  %650 = add i64 96, %641
  %651 = getelementptr float, ptr %pbuf, i64 %650
  %p138 = load float, ptr %651, align 4
  %652 = insertelement <16 x float> poison, float %p138, i32 0
  %splat139 = shufflevector <16 x float> %652, <16 x float> poison, <16 x i32> zeroinitializer
  %653 = getelementptr i8, ptr %632, i64 128
  %654 = load <16 x half>, ptr %653, align 2
  %f16140 = fpext <16 x half> %654 to <16 x float>
  %655 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat133, <16 x float> %f16140, <16 x float> %pacc120.sroa.0.0)
  %656 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat135, <16 x float> %f16140, <16 x float> %pacc120.sroa.16.0)
  %657 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat137, <16 x float> %f16140, <16 x float> %pacc120.sroa.32.0)
  %658 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat139, <16 x float> %f16140, <16 x float> %pacc120.sroa.48.0)
  %659 = getelementptr i8, ptr %632, i64 160
  %660 = load <16 x half>, ptr %659, align 2
  %f16141 = fpext <16 x half> %660 to <16 x float>
  %661 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat133, <16 x float> %f16141, <16 x float> %pacc120.sroa.4.0)
  %662 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat135, <16 x float> %f16141, <16 x float> %pacc120.sroa.20.0)
  %663 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat137, <16 x float> %f16141, <16 x float> %pacc120.sroa.36.0)
  %664 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat139, <16 x float> %f16141, <16 x float> %pacc120.sroa.52.0)
  %665 = getelementptr i8, ptr %632, i64 192
  %666 = load <16 x half>, ptr %665, align 2
  %f16142 = fpext <16 x half> %666 to <16 x float>
  %667 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat133, <16 x float> %f16142, <16 x float> %pacc120.sroa.8.0)
  %668 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat135, <16 x float> %f16142, <16 x float> %pacc120.sroa.24.0)
  %669 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat137, <16 x float> %f16142, <16 x float> %pacc120.sroa.40.0)
  %670 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat139, <16 x float> %f16142, <16 x float> %pacc120.sroa.56.0)
  %671 = getelementptr i8, ptr %632, i64 224
  %672 = load <16 x half>, ptr %671, align 2
  %f16143 = fpext <16 x half> %672 to <16 x float>
  %673 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat133, <16 x float> %f16143, <16 x float> %pacc120.sroa.12.0)
  %674 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat135, <16 x float> %f16143, <16 x float> %pacc120.sroa.28.0)
  %675 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat137, <16 x float> %f16143, <16 x float> %pacc120.sroa.44.0)
  %676 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat139, <16 x float> %f16143, <16 x float> %pacc120.sroa.60.0)
  %677 = add nsw i32 %kpv129, 1
  br label %kpv125

exit128:                                          ; preds = %kpv125
  store <16 x float> %pacc120.sroa.0.0, ptr %573, align 64
  store <16 x float> %pacc120.sroa.4.0, ptr %576, align 64
  store <16 x float> %pacc120.sroa.8.0, ptr %579, align 64
  store <16 x float> %pacc120.sroa.12.0, ptr %582, align 64
  store <16 x float> %pacc120.sroa.16.0, ptr %587, align 64
  store <16 x float> %pacc120.sroa.20.0, ptr %590, align 64
  store <16 x float> %pacc120.sroa.24.0, ptr %593, align 64
  store <16 x float> %pacc120.sroa.28.0, ptr %596, align 64
  store <16 x float> %pacc120.sroa.32.0, ptr %601, align 64
  store <16 x float> %pacc120.sroa.36.0, ptr %604, align 64
  store <16 x float> %pacc120.sroa.40.0, ptr %607, align 64
  store <16 x float> %pacc120.sroa.44.0, ptr %610, align 64
  store <16 x float> %pacc120.sroa.48.0, ptr %615, align 64
  store <16 x float> %pacc120.sroa.52.0, ptr %618, align 64
  store <16 x float> %pacc120.sroa.56.0, ptr %621, align 64
  store <16 x float> %pacc120.sroa.60.0, ptr %624, align 64
  br label %kvh

orow144:                                          ; preds = %kblock, %written
  %orow148 = phi i32 [ %700, %written ], [ 0, %kblock ]
  %678 = icmp slt i32 %orow148, %nrows
  br i1 %678, label %body145, label %done

body145:                                          ; preds = %orow144
  %679 = sext i32 %orow148 to i64
  %680 = getelementptr float, ptr %ms, i64 %679
  %m149 = load float, ptr %680, align 4
  %681 = getelementptr float, ptr %ls, i64 %679
  %l150 = load float, ptr %681, align 4
  %682 = mul i64 %679, 128
  %683 = getelementptr float, ptr %accs, i64 %682
  %684 = icmp ne ptr %part, null
  br i1 %684, label %partial, label %final

partial:                                          ; preds = %body145
  %685 = sext i32 %nrows to i64
  %686 = getelementptr float, ptr %part, i64 %682
  br label %chunk151

final:                                            ; preds = %body145
  %687 = sdiv i32 %orow148, %nh
  %qi156 = add i32 %q_begin, %687
  %688 = srem i32 %orow148, %nh
  %h157 = add i32 %h_begin, %688
  %689 = mul i32 %kv_head0, 4
  %hq158 = add i32 %689, %h157
  %690 = sext i32 %qi156 to i64
  %691 = add i64 %q_row0, %690
  %692 = mul i64 %691, 32
  %693 = sext i32 %hq158 to i64
  %orow159 = add i64 %692, %693
  %694 = fcmp oeq float %l150, 0.000000e+00
  %695 = fdiv float 1.000000e+00, %l150
  %696 = select i1 %694, float 0.000000e+00, float %695
  %697 = mul i64 %orow159, 512
  %698 = getelementptr i8, ptr %out, i64 %697
  %699 = insertelement <16 x float> poison, float %696, i32 0
  %splat160 = shufflevector <16 x float> %699, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk161

written:                                          ; preds = %exit164, %exit154
  %700 = add nsw i32 %orow148, 1
  br label %orow144

chunk151:                                         ; preds = %body152, %partial
  %chunk155 = phi i64 [ 0, %partial ], [ %706, %body152 ]
  %701 = icmp slt i64 %chunk155, 8
  br i1 %701, label %body152, label %exit154

body152:                                          ; preds = %chunk151
  %702 = getelementptr <16 x float>, ptr %683, i64 %chunk155
  %703 = load <16 x float>, ptr %702, align 64
  %704 = mul i64 %chunk155, 64
  %705 = getelementptr i8, ptr %686, i64 %704
  store <16 x float> %703, ptr %705, align 4
  %706 = add nsw i64 %chunk155, 1
  br label %chunk151

exit154:                                          ; preds = %chunk151
  %707 = mul i64 %685, 128
  %708 = add i64 %707, %679
  %709 = getelementptr float, ptr %part, i64 %708
  store float %m149, ptr %709, align 4
  %710 = add i64 %708, %685
  %711 = getelementptr float, ptr %part, i64 %710
  store float %l150, ptr %711, align 4
  br label %written

chunk161:                                         ; preds = %body162, %final
  %chunk165 = phi i64 [ 0, %final ], [ %718, %body162 ]
  %712 = icmp slt i64 %chunk165, 8
  br i1 %712, label %body162, label %exit164

body162:                                          ; preds = %chunk161
  %713 = getelementptr <16 x float>, ptr %683, i64 %chunk165
  %714 = load <16 x float>, ptr %713, align 64
  %715 = fmul <16 x float> %714, %splat160
  %716 = mul i64 %chunk165, 64
  %717 = getelementptr i8, ptr %698, i64 %716
  store <16 x float> %715, ptr %717, align 4
  %718 = add nsw i64 %chunk165, 1
  br label %chunk161

exit164:                                          ; preds = %chunk161
  %719 = call float @llvm.log.f32(float %l150)
  %720 = call float @llvm.fmuladd.f32(float %m149, float 0x3FE62E4300000000, float %719)
  %lse166 = select i1 %694, float 0xFFF0000000000000, float %720
  %721 = getelementptr float, ptr %lse, i64 %orow159
  store float %lse166, ptr %721, align 4
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
