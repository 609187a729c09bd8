; ModuleID = 'expr_sliding_window'
source_filename = "expr_sliding_window"
target triple = "x86_64-unknown-linux-gnu"

@expr_sliding_window.name = private unnamed_addr constant [20 x i8] c"expr_sliding_window\00"
@expr_sliding_window.spec = private unnamed_addr constant [426 x i8] c"attncc: 1\0Aname: expr_sliding_window\0Aphase: decode\0Akind: self\0Aheads: {q: 32, kv: 8, dim: 128, v_dim: 128}\0Atypes: {q: f32, cache: f16, out: f32}\0Ascale: auto\0Acache: {store: kv, layout: contiguous, order: token_major, capacity: 4096, latent_dim: 0, rope_dim: 0, shared_across_layers: false}\0Amask: {causal: true, expr: \22kv_pos < 4 || q_pos - kv_pos < 1024\22}\0Aoutput: {lse: false}\0Aslim: {order: auto}\0Amodel: {layers: 1, d_model: 0}\0A\00"
@expr_sliding_window_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32, ptr, i32, i32, i32, i32, float, i32 } { i32 6, i32 1, i64 -9133077886722089614, ptr @expr_sliding_window.name, ptr @expr_sliding_window.spec, i32 32, i32 8, i32 128, i32 128, i32 0, i32 1, i32 0, i32 0, i32 0, i32 0, i32 4096, i32 1, i32 0, float 0x3FB6A09E60000000, i32 0, i32 0, i32 0, ptr null, i32 0, i32 0, i32 0, i32 0, float 0.000000e+00, i32 1 }, align 8
@expr_sliding_window_kernel = internal constant { ptr, ptr, i32, i32, i32, i32, i32, i32, ptr } { ptr @expr_sliding_window_info_data, ptr @expr_sliding_window_tile, i32 1, i32 32, i32 16, i32 32, i32 1, i32 128, ptr null }, align 8

; Function Attrs: nounwind
define internal void @expr_sliding_window_tile(ptr %0, ptr %1) #0 {
entry:
  %muse = alloca [4 x float], align 64
  %lsum = alloca [4 x <16 x float>], align 64
  %smax = alloca [4 x <16 x float>], align 64
  %qpos = alloca [32 x i32], align 64
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

done:                                             ; preds = %orow149, %entry
  ret void

rinit:                                            ; preds = %entry, %exit9
  %rinit1 = phi i32 [ %69, %exit9 ], [ 0, %entry ]
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
  %k_last = sub i32 %48, 1
  br label %kblock

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %55, %body2 ]
  %49 = icmp slt i64 %chunk5, 8
  br i1 %49, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %50 = mul i64 %chunk5, 64
  %51 = getelementptr i8, ptr %40, i64 %50
  %52 = load <16 x float>, ptr %51, align 4
  %53 = fmul <16 x float> %52, %splat
  %54 = getelementptr <16 x float>, ptr %28, i64 %chunk5
  store <16 x float> %53, ptr %54, align 64
  %55 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %56 = getelementptr float, ptr %ms, i64 %26
  store float 0xFFF0000000000000, ptr %56, align 4
  %57 = getelementptr float, ptr %ls, i64 %26
  store float 0.000000e+00, ptr %57, align 4
  %58 = getelementptr i32, ptr %lims, i64 %26
  %59 = add i32 %q_pos0, %qi
  %60 = add i32 %59, 1
  %61 = call i32 @llvm.smin.i32(i32 %60, i32 %k_end)
  store i32 %61, ptr %58, align 4
  %62 = getelementptr i32, ptr %qpos, i64 %26
  store i32 %59, ptr %62, align 4
  br label %acczero

acczero:                                          ; preds = %body7, %exit4
  %acczero10 = phi i64 [ 0, %exit4 ], [ %68, %body7 ]
  %63 = icmp slt i64 %acczero10, 8
  br i1 %63, label %body7, label %exit9

body7:                                            ; preds = %acczero
  %64 = mul i64 %acczero10, 16
  %65 = mul i64 %26, 128
  %66 = add i64 %65, %64
  %67 = getelementptr float, ptr %accs, i64 %66
  store <16 x float> zeroinitializer, ptr %67, align 64
  %68 = add nsw i64 %acczero10, 1
  br label %acczero

exit9:                                            ; preds = %acczero
  %69 = add nsw i32 %rinit1, 1
  br label %rinit

kblock:                                           ; preds = %join, %exit
  %kblock14 = phi i32 [ %k_begin, %exit ], [ %100, %join ]
  %70 = icmp slt i32 %kblock14, %48
  br i1 %70, label %body11, label %orow149

body11:                                           ; preds = %kblock
  %71 = add i32 %kblock14, 31
  %72 = call i32 @llvm.smin.i32(i32 %71, i32 %k_last)
  %73 = mul i32 %kv_head0, 4
  %hq15 = add i32 %73, %h_begin
  %qpos16 = add i32 %q_pos0, %q_begin
  %74 = sub i32 %nh, 1
  %75 = sext i32 %kblock14 to i64
  %76 = sext i32 %72 to i64
  %77 = icmp sle i64 4, %76
  %78 = icmp sle i64 %75, 4
  %79 = icmp eq i64 %75, 4
  %80 = icmp eq i64 %75, %76
  %81 = icmp slt i64 %75, 4
  %82 = sext i32 %qpos16 to i64
  %83 = sext i32 %46 to i64
  %84 = sub i64 %83, %75
  %85 = sub i64 %82, %76
  %86 = icmp sgt i64 %84, 2147483647
  %87 = icmp slt i64 %85, -2147483648
  %88 = or i1 %87, %86
  %89 = select i1 %88, i64 -2147483648, i64 %85
  %90 = select i1 %88, i64 2147483647, i64 %84
  %91 = icmp sle i64 1024, %90
  %92 = icmp sle i64 %89, 1024
  %93 = icmp eq i64 %89, 1024
  %94 = icmp eq i64 %89, %90
  %95 = icmp slt i64 %89, 1024
  %96 = and i1 %77, %91
  %97 = or i1 %81, %95
  %98 = xor i1 %97, true
  br i1 %97, label %kseen, label %join

kseen:                                            ; preds = %body11
  %99 = add i32 %kblock14, 32
  br label %kvh

join:                                             ; preds = %kvh, %body11
  %100 = add nsw i32 %kblock14, 32
  br label %kblock

kvh:                                              ; preds = %exit133, %kseen
  %kvh21 = phi i32 [ 0, %kseen ], [ %103, %exit133 ]
  %101 = icmp slt i32 %kvh21, 8
  br i1 %101, label %body18, label %join

body18:                                           ; preds = %kvh
  %102 = icmp eq i32 %kvh21, 7
  %103 = add i32 %kvh21, 1
  %104 = select i1 %102, i32 0, i32 %103
  %kb_next = select i1 %102, i32 %99, i32 %kblock14
  %105 = sext i32 %kvh21 to i64
  %106 = add i64 %21, %105
  %107 = mul i64 %105, 4
  %108 = getelementptr float, ptr %ms, i64 %107
  %109 = getelementptr float, ptr %ls, i64 %107
  %110 = mul i64 %107, 8
  %111 = getelementptr <16 x float>, ptr %qs, i64 %110
  %112 = mul i64 %107, 128
  %113 = getelementptr float, ptr %accs, i64 %112
  %114 = getelementptr i32, ptr %lims, i64 %107
  %115 = getelementptr i32, ptr %qpos, i64 %107
  %116 = sext i32 %104 to i64
  %117 = add i64 %21, %116
  br label %kdot

kdot:                                             ; preds = %body22, %body18
  %kdot25 = phi i32 [ 0, %body18 ], [ %291, %body22 ]
  %118 = icmp slt i32 %kdot25, 32
  br i1 %118, label %body22, label %score

body22:                                           ; preds = %kdot
  %119 = add i32 %kblock14, %kdot25
  %120 = call i32 @llvm.smin.i32(i32 %119, i32 %k_last)
  %121 = sext i32 %120 to i64
  %122 = mul i64 %121, 8
  %row = add i64 %106, %122
  %123 = mul i64 %row, 256
  %124 = getelementptr i8, ptr %20, i64 %123
  %125 = add i32 %kb_next, %kdot25
  %126 = call i32 @llvm.smin.i32(i32 %125, i32 %k_last)
  %127 = sext i32 %126 to i64
  %128 = mul i64 %127, 8
  %row26 = add i64 %117, %128
  %129 = mul i64 %row26, 256
  %130 = getelementptr i8, ptr %20, i64 %129
  call void @llvm.prefetch.p0(ptr %130, i32 0, i32 2, i32 1)
  %131 = getelementptr i8, ptr %130, i64 64
  call void @llvm.prefetch.p0(ptr %131, i32 0, i32 2, i32 1)
  %132 = getelementptr i8, ptr %130, i64 128
  call void @llvm.prefetch.p0(ptr %132, i32 0, i32 2, i32 1)
  %133 = getelementptr i8, ptr %130, i64 192
  call void @llvm.prefetch.p0(ptr %133, i32 0, i32 2, i32 1)
  %134 = add i32 %kdot25, 1
  %135 = add i32 %kblock14, %134
  %136 = call i32 @llvm.smin.i32(i32 %135, i32 %k_last)
  %137 = sext i32 %136 to i64
  %138 = mul i64 %137, 8
  %row27 = add i64 %106, %138
  %139 = mul i64 %row27, 256
  %140 = getelementptr i8, ptr %20, i64 %139
  %141 = add i32 %kb_next, %134
  %142 = call i32 @llvm.smin.i32(i32 %141, i32 %k_last)
  %143 = sext i32 %142 to i64
  %144 = mul i64 %143, 8
  %row28 = add i64 %117, %144
  %145 = mul i64 %row28, 256
  %146 = getelementptr i8, ptr %20, i64 %145
  call void @llvm.prefetch.p0(ptr %146, i32 0, i32 2, i32 1)
  %147 = getelementptr i8, ptr %146, i64 64
  call void @llvm.prefetch.p0(ptr %147, i32 0, i32 2, i32 1)
  %148 = getelementptr i8, ptr %146, i64 128
  call void @llvm.prefetch.p0(ptr %148, i32 0, i32 2, i32 1)
  %149 = getelementptr i8, ptr %146, i64 192
  call void @llvm.prefetch.p0(ptr %149, i32 0, i32 2, i32 1)
  %q29 = load <16 x float>, ptr %111, align 64
  %150 = load <16 x half>, ptr %124, align 2
  %f16 = fpext <16 x half> %150 to <16 x float>
  %151 = load <16 x half>, ptr %140, align 2
  %f1630 = fpext <16 x half> %151 to <16 x float>
  %152 = fmul <16 x float> %q29, %f16
  %153 = fmul <16 x float> %q29, %f1630
  %154 = getelementptr <16 x float>, ptr %111, i64 8
  %q31 = load <16 x float>, ptr %154, align 64
  %155 = fmul <16 x float> %q31, %f16
  %156 = fmul <16 x float> %q31, %f1630
  %157 = getelementptr <16 x float>, ptr %111, i64 16
  %q32 = load <16 x float>, ptr %157, align 64
  %158 = fmul <16 x float> %q32, %f16
  %159 = fmul <16 x float> %q32, %f1630
  %160 = getelementptr <16 x float>, ptr %111, i64 24
  %q33 = load <16 x float>, ptr %160, align 64
  %161 = fmul <16 x float> %q33, %f16
  %162 = fmul <16 x float> %q33, %f1630
  %163 = getelementptr <16 x float>, ptr %111, i64 1
  %q34 = load <16 x float>, ptr %163, align 64
  %164 = getelementptr i8, ptr %124, i64 32
  %165 = load <16 x half>, ptr %164, align 2
  %f1635 = fpext <16 x half> %165 to <16 x float>
  %166 = getelementptr i8, ptr %140, i64 32
  %167 = load <16 x half>, ptr %166, align 2
  %f1636 = fpext <16 x half> %167 to <16 x float>
  %168 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %f1635, <16 x float> %152)
  %169 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %f1636, <16 x float> %153)
  %170 = getelementptr <16 x float>, ptr %111, i64 9
  %q37 = load <16 x float>, ptr %170, align 64
  %171 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %f1635, <16 x float> %155)
  %172 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %f1636, <16 x float> %156)
  %173 = getelementptr <16 x float>, ptr %111, i64 17
  %q38 = load <16 x float>, ptr %173, align 64
  %174 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q38, <16 x float> %f1635, <16 x float> %158)
  %175 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q38, <16 x float> %f1636, <16 x float> %159)
  %176 = getelementptr <16 x float>, ptr %111, i64 25
  %q39 = load <16 x float>, ptr %176, align 64
  %177 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q39, <16 x float> %f1635, <16 x float> %161)
  %178 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q39, <16 x float> %f1636, <16 x float> %162)
  %179 = getelementptr <16 x float>, ptr %111, i64 2
  %q40 = load <16 x float>, ptr %179, align 64
  %180 = getelementptr i8, ptr %124, i64 64
  %181 = load <16 x half>, ptr %180, align 2
  %f1641 = fpext <16 x half> %181 to <16 x float>
  %182 = getelementptr i8, ptr %140, i64 64
  %183 = load <16 x half>, ptr %182, align 2
  %f1642 = fpext <16 x half> %183 to <16 x float>
  %184 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q40, <16 x float> %f1641, <16 x float> %168)
  %185 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q40, <16 x float> %f1642, <16 x float> %169)
  %186 = getelementptr <16 x float>, ptr %111, i64 10
  %q43 = load <16 x float>, ptr %186, align 64
  %187 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q43, <16 x float> %f1641, <16 x float> %171)
  %188 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q43, <16 x float> %f1642, <16 x float> %172)
  %189 = getelementptr <16 x float>, ptr %111, i64 18
  %q44 = load <16 x float>, ptr %189, align 64
  %190 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q44, <16 x float> %f1641, <16 x float> %174)
  %191 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q44, <16 x float> %f1642, <16 x float> %175)
  %192 = getelementptr <16 x float>, ptr %111, i64 26
  %q45 = load <16 x float>, ptr %192, align 64
  %193 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q45, <16 x float> %f1641, <16 x float> %177)
  %194 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q45, <16 x float> %f1642, <16 x float> %178)
  %195 = getelementptr <16 x float>, ptr %111, i64 3
  %q46 = load <16 x float>, ptr %195, align 64
  %196 = getelementptr i8, ptr %124, i64 96
  %197 = load <16 x half>, ptr %196, align 2
  %f1647 = fpext <16 x half> %197 to <16 x float>
  %198 = getelementptr i8, ptr %140, i64 96
  %199 = load <16 x half>, ptr %198, align 2
  %f1648 = fpext <16 x half> %199 to <16 x float>
  %200 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q46, <16 x float> %f1647, <16 x float> %184)
  %201 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q46, <16 x float> %f1648, <16 x float> %185)
  %202 = getelementptr <16 x float>, ptr %111, i64 11
  %q49 = load <16 x float>, ptr %202, align 64
  %203 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q49, <16 x float> %f1647, <16 x float> %187)
  %204 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q49, <16 x float> %f1648, <16 x float> %188)
  %205 = getelementptr <16 x float>, ptr %111, i64 19
  %q50 = load <16 x float>, ptr %205, align 64
  %206 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q50, <16 x float> %f1647, <16 x float> %190)
  %207 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q50, <16 x float> %f1648, <16 x float> %191)
  %208 = getelementptr <16 x float>, ptr %111, i64 27
  %q51 = load <16 x float>, ptr %208, align 64
  %209 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q51, <16 x float> %f1647, <16 x float> %193)
  %210 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q51, <16 x float> %f1648, <16 x float> %194)
  %211 = getelementptr <16 x float>, ptr %111, i64 4
  %q52 = load <16 x float>, ptr %211, align 64
  %212 = getelementptr i8, ptr %124, i64 128
  %213 = load <16 x half>, ptr %212, align 2
  %f1653 = fpext <16 x half> %213 to <16 x float>
  %214 = getelementptr i8, ptr %140, i64 128
  %215 = load <16 x half>, ptr %214, align 2
  %f1654 = fpext <16 x half> %215 to <16 x float>
  %216 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q52, <16 x float> %f1653, <16 x float> %200)
  %217 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q52, <16 x float> %f1654, <16 x float> %201)
  %218 = getelementptr <16 x float>, ptr %111, i64 12
  %q55 = load <16 x float>, ptr %218, align 64
  %219 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q55, <16 x float> %f1653, <16 x float> %203)
  %220 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q55, <16 x float> %f1654, <16 x float> %204)
  %221 = getelementptr <16 x float>, ptr %111, i64 20
  %q56 = load <16 x float>, ptr %221, align 64
  %222 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q56, <16 x float> %f1653, <16 x float> %206)
  %223 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q56, <16 x float> %f1654, <16 x float> %207)
  %224 = getelementptr <16 x float>, ptr %111, i64 28
  %q57 = load <16 x float>, ptr %224, align 64
  %225 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q57, <16 x float> %f1653, <16 x float> %209)
  %226 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q57, <16 x float> %f1654, <16 x float> %210)
  %227 = getelementptr <16 x float>, ptr %111, i64 5
  %q58 = load <16 x float>, ptr %227, align 64
  %228 = getelementptr i8, ptr %124, i64 160
  %229 = load <16 x half>, ptr %228, align 2
  %f1659 = fpext <16 x half> %229 to <16 x float>
  %230 = getelementptr i8, ptr %140, i64 160
  %231 = load <16 x half>, ptr %230, align 2
  %f1660 = fpext <16 x half> %231 to <16 x float>
  %232 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q58, <16 x float> %f1659, <16 x float> %216)
  %233 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q58, <16 x float> %f1660, <16 x float> %217)
  %234 = getelementptr <16 x float>, ptr %111, i64 13
  %q61 = load <16 x float>, ptr %234, align 64
  %235 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q61, <16 x float> %f1659, <16 x float> %219)
  %236 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q61, <16 x float> %f1660, <16 x float> %220)
  %237 = getelementptr <16 x float>, ptr %111, i64 21
  %q62 = load <16 x float>, ptr %237, align 64
  %238 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q62, <16 x float> %f1659, <16 x float> %222)
  %239 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q62, <16 x float> %f1660, <16 x float> %223)
  %240 = getelementptr <16 x float>, ptr %111, i64 29
  %q63 = load <16 x float>, ptr %240, align 64
  %241 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q63, <16 x float> %f1659, <16 x float> %225)
  %242 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q63, <16 x float> %f1660, <16 x float> %226)
  %243 = getelementptr <16 x float>, ptr %111, i64 6
  %q64 = load <16 x float>, ptr %243, align 64
  %244 = getelementptr i8, ptr %124, i64 192
  %245 = load <16 x half>, ptr %244, align 2
  %f1665 = fpext <16 x half> %245 to <16 x float>
  %246 = getelementptr i8, ptr %140, i64 192
  %247 = load <16 x half>, ptr %246, align 2
  %f1666 = fpext <16 x half> %247 to <16 x float>
  %248 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q64, <16 x float> %f1665, <16 x float> %232)
  %249 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q64, <16 x float> %f1666, <16 x float> %233)
  %250 = getelementptr <16 x float>, ptr %111, i64 14
  %q67 = load <16 x float>, ptr %250, align 64
  %251 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q67, <16 x float> %f1665, <16 x float> %235)
  %252 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q67, <16 x float> %f1666, <16 x float> %236)
  %253 = getelementptr <16 x float>, ptr %111, i64 22
  %q68 = load <16 x float>, ptr %253, align 64
  %254 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q68, <16 x float> %f1665, <16 x float> %238)
  %255 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q68, <16 x float> %f1666, <16 x float> %239)
  %256 = getelementptr <16 x float>, ptr %111, i64 30
  %q69 = load <16 x float>, ptr %256, align 64
  %257 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q69, <16 x float> %f1665, <16 x float> %241)
  %258 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q69, <16 x float> %f1666, <16 x float> %242)
  %259 = getelementptr <16 x float>, ptr %111, i64 7
  %q70 = load <16 x float>, ptr %259, align 64
  %260 = getelementptr i8, ptr %124, i64 224
  %261 = load <16 x half>, ptr %260, align 2
  %f1671 = fpext <16 x half> %261 to <16 x float>
  %262 = getelementptr i8, ptr %140, i64 224
  %263 = load <16 x half>, ptr %262, align 2
  %f1672 = fpext <16 x half> %263 to <16 x float>
  %264 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q70, <16 x float> %f1671, <16 x float> %248)
  %265 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q70, <16 x float> %f1672, <16 x float> %249)
  %266 = getelementptr <16 x float>, ptr %111, i64 15
  %q73 = load <16 x float>, ptr %266, align 64
  %267 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q73, <16 x float> %f1671, <16 x float> %251)
  %268 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q73, <16 x float> %f1672, <16 x float> %252)
  %269 = getelementptr <16 x float>, ptr %111, i64 23
  %q74 = load <16 x float>, ptr %269, align 64
  %270 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q74, <16 x float> %f1671, <16 x float> %254)
  %271 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q74, <16 x float> %f1672, <16 x float> %255)
  %272 = getelementptr <16 x float>, ptr %111, i64 31
  %q75 = load <16 x float>, ptr %272, align 64
  %273 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q75, <16 x float> %f1671, <16 x float> %257)
  %274 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q75, <16 x float> %f1672, <16 x float> %258)
  %275 = sext i32 %kdot25 to i64
  %276 = getelementptr <16 x float>, ptr %dbuf, i64 %275
  store <16 x float> %264, ptr %276, align 64
  %277 = sext i32 %134 to i64
  %278 = getelementptr <16 x float>, ptr %dbuf, i64 %277
  store <16 x float> %265, ptr %278, align 64
  %279 = add i64 32, %275
  %280 = getelementptr <16 x float>, ptr %dbuf, i64 %279
  store <16 x float> %267, ptr %280, align 64
  %281 = add i64 32, %277
  %282 = getelementptr <16 x float>, ptr %dbuf, i64 %281
  store <16 x float> %268, ptr %282, align 64
  %283 = add i64 64, %275
  %284 = getelementptr <16 x float>, ptr %dbuf, i64 %283
  store <16 x float> %270, ptr %284, align 64
  %285 = add i64 64, %277
  %286 = getelementptr <16 x float>, ptr %dbuf, i64 %285
  store <16 x float> %271, ptr %286, align 64
  %287 = add i64 96, %275
  %288 = getelementptr <16 x float>, ptr %dbuf, i64 %287
  store <16 x float> %273, ptr %288, align 64
  %289 = add i64 96, %277
  %290 = getelementptr <16 x float>, ptr %dbuf, i64 %289
  store <16 x float> %274, ptr %290, align 64
  %291 = add nsw i32 %kdot25, 2
  br label %kdot

score:                                            ; preds = %kdot, %body76
  %score79 = phi i64 [ %410, %body76 ], [ 0, %kdot ]
  %292 = icmp slt i64 %score79, 8
  br i1 %292, label %body76, label %rmax

body76:                                           ; preds = %score
  %293 = sdiv i64 %score79, 2
  %294 = srem i64 %score79, 2
  %295 = mul i64 %294, 16
  %296 = mul i64 %293, 32
  %297 = add i64 %296, %295
  %298 = getelementptr <16 x float>, ptr %dbuf, i64 %297
  %299 = load <16 x float>, ptr %298, align 64
  %300 = add i64 %297, 1
  %301 = getelementptr <16 x float>, ptr %dbuf, i64 %300
  %302 = load <16 x float>, ptr %301, align 64
  %303 = shufflevector <16 x float> %299, <16 x float> %302, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %304 = shufflevector <16 x float> %299, <16 x float> %302, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %305 = fadd <16 x float> %303, %304
  %306 = add i64 %297, 2
  %307 = getelementptr <16 x float>, ptr %dbuf, i64 %306
  %308 = load <16 x float>, ptr %307, align 64
  %309 = add i64 %297, 3
  %310 = getelementptr <16 x float>, ptr %dbuf, i64 %309
  %311 = load <16 x float>, ptr %310, align 64
  %312 = shufflevector <16 x float> %308, <16 x float> %311, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %313 = shufflevector <16 x float> %308, <16 x float> %311, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %314 = fadd <16 x float> %312, %313
  %315 = shufflevector <16 x float> %305, <16 x float> %314, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %316 = shufflevector <16 x float> %305, <16 x float> %314, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %317 = fadd <16 x float> %315, %316
  %318 = add i64 %297, 4
  %319 = getelementptr <16 x float>, ptr %dbuf, i64 %318
  %320 = load <16 x float>, ptr %319, align 64
  %321 = add i64 %297, 5
  %322 = getelementptr <16 x float>, ptr %dbuf, i64 %321
  %323 = load <16 x float>, ptr %322, align 64
  %324 = shufflevector <16 x float> %320, <16 x float> %323, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %325 = shufflevector <16 x float> %320, <16 x float> %323, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %326 = fadd <16 x float> %324, %325
  %327 = add i64 %297, 6
  %328 = getelementptr <16 x float>, ptr %dbuf, i64 %327
  %329 = load <16 x float>, ptr %328, align 64
  %330 = add i64 %297, 7
  %331 = getelementptr <16 x float>, ptr %dbuf, i64 %330
  %332 = load <16 x float>, ptr %331, align 64
  %333 = shufflevector <16 x float> %329, <16 x float> %332, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %334 = shufflevector <16 x float> %329, <16 x float> %332, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %335 = fadd <16 x float> %333, %334
  %336 = shufflevector <16 x float> %326, <16 x float> %335, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %337 = shufflevector <16 x float> %326, <16 x float> %335, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %338 = fadd <16 x float> %336, %337
  %339 = shufflevector <16 x float> %317, <16 x float> %338, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %340 = shufflevector <16 x float> %317, <16 x float> %338, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %341 = fadd <16 x float> %339, %340
  %342 = add i64 %297, 8
  %343 = getelementptr <16 x float>, ptr %dbuf, i64 %342
  %344 = load <16 x float>, ptr %343, align 64
  %345 = add i64 %297, 9
  %346 = getelementptr <16 x float>, ptr %dbuf, i64 %345
  %347 = load <16 x float>, ptr %346, align 64
  %348 = shufflevector <16 x float> %344, <16 x float> %347, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %349 = shufflevector <16 x float> %344, <16 x float> %347, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %350 = fadd <16 x float> %348, %349
  %351 = add i64 %297, 10
  %352 = getelementptr <16 x float>, ptr %dbuf, i64 %351
  %353 = load <16 x float>, ptr %352, align 64
  %354 = add i64 %297, 11
  %355 = getelementptr <16 x float>, ptr %dbuf, i64 %354
  %356 = load <16 x float>, ptr %355, align 64
  %357 = shufflevector <16 x float> %353, <16 x float> %356, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %358 = shufflevector <16 x float> %353, <16 x float> %356, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %359 = fadd <16 x float> %357, %358
  %360 = shufflevector <16 x float> %350, <16 x float> %359, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %361 = shufflevector <16 x float> %350, <16 x float> %359, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %362 = fadd <16 x float> %360, %361
  %363 = add i64 %297, 12
  %364 = getelementptr <16 x float>, ptr %dbuf, i64 %363
  %365 = load <16 x float>, ptr %364, align 64
  %366 = add i64 %297, 13
  %367 = getelementptr <16 x float>, ptr %dbuf, i64 %366
  %368 = load <16 x float>, ptr %367, align 64
  %369 = shufflevector <16 x float> %365, <16 x float> %368, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %370 = shufflevector <16 x float> %365, <16 x float> %368, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %371 = fadd <16 x float> %369, %370
  %372 = add i64 %297, 14
  %373 = getelementptr <16 x float>, ptr %dbuf, i64 %372
  %374 = load <16 x float>, ptr %373, align 64
  %375 = add i64 %297, 15
  %376 = getelementptr <16 x float>, ptr %dbuf, i64 %375
  %377 = load <16 x float>, ptr %376, align 64
  %378 = shufflevector <16 x float> %374, <16 x float> %377, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %379 = shufflevector <16 x float> %374, <16 x float> %377, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %380 = fadd <16 x float> %378, %379
  %381 = shufflevector <16 x float> %371, <16 x float> %380, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %382 = shufflevector <16 x float> %371, <16 x float> %380, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %383 = fadd <16 x float> %381, %382
  %384 = shufflevector <16 x float> %362, <16 x float> %383, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %385 = shufflevector <16 x float> %362, <16 x float> %383, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %386 = fadd <16 x float> %384, %385
  %387 = shufflevector <16 x float> %341, <16 x float> %386, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %388 = shufflevector <16 x float> %341, <16 x float> %386, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %389 = fadd <16 x float> %387, %388
  %390 = getelementptr i32, ptr %114, i64 %293
  %lim = load i32, ptr %390, align 4
  %391 = insertelement <16 x i32> poison, i32 %lim, i32 0
  %splat80 = shufflevector <16 x i32> %391, <16 x i32> poison, <16 x i32> zeroinitializer
  %392 = trunc i64 %295 to i32
  %393 = add i32 %kblock14, %392
  %394 = insertelement <16 x i32> poison, i32 %393, i32 0
  %splat81 = shufflevector <16 x i32> %394, <16 x i32> poison, <16 x i32> zeroinitializer
  %395 = add <16 x i32> %splat81, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %396 = getelementptr i32, ptr %115, i64 %293
  %qpos82 = load i32, ptr %396, align 4
  %397 = insertelement <16 x i32> poison, i32 %qpos82, i32 0
  %splat83 = shufflevector <16 x i32> %397, <16 x i32> poison, <16 x i32> zeroinitializer
  %398 = icmp slt <16 x i32> %395, %splat80
  %399 = icmp slt <16 x i32> %395, <i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4>
  %400 = sub <16 x i32> %splat83, %395
  %401 = icmp slt <16 x i32> %400, <i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024>
  %402 = or <16 x i1> %399, %401
  %mask_expr = and <16 x i1> %398, %402
  %403 = select <16 x i1> %mask_expr, <16 x float> %389, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %404 = getelementptr float, ptr %pbuf, i64 %297
  store <16 x float> %403, ptr %404, align 64
  %405 = getelementptr <16 x float>, ptr %smax, i64 %293
  %406 = icmp eq i64 %294, 0
  %407 = load <16 x float>, ptr %405, align 64
  %408 = select i1 %406, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <16 x float> %407
  %409 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %408, <16 x float> %403)
  store <16 x float> %409, ptr %405, align 64
  %410 = add nsw i64 %score79, 1
  br label %score

rmax:                                             ; preds = %score, %body84
  %rmax87 = phi i64 [ %447, %body84 ], [ 0, %score ]
  %411 = icmp slt i64 %rmax87, 4
  br i1 %411, label %body84, label %pexp

body84:                                           ; preds = %rmax
  %412 = getelementptr float, ptr %108, i64 %rmax87
  %m = load float, ptr %412, align 4
  %413 = getelementptr <16 x float>, ptr %smax, i64 %rmax87
  %414 = load <16 x float>, ptr %413, align 64
  %415 = shufflevector <16 x float> %414, <16 x float> undef, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %416 = shufflevector <16 x float> %414, <16 x float> undef, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %417 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %415, <8 x float> %416)
  %418 = shufflevector <8 x float> %417, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %419 = shufflevector <8 x float> %417, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %420 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %418, <4 x float> %419)
  %421 = shufflevector <4 x float> %420, <4 x float> undef, <2 x i32> <i32 0, i32 1>
  %422 = shufflevector <4 x float> %420, <4 x float> undef, <2 x i32> <i32 2, i32 3>
  %423 = call <2 x float> @llvm.maxnum.v2f32(<2 x float> %421, <2 x float> %422)
  %424 = shufflevector <2 x float> %423, <2 x float> undef, <1 x i32> zeroinitializer
  %425 = shufflevector <2 x float> %423, <2 x float> undef, <1 x i32> <i32 1>
  %426 = call <1 x float> @llvm.maxnum.v1f32(<1 x float> %424, <1 x float> %425)
  %427 = extractelement <1 x float> %426, i32 0
  %428 = call float @llvm.maxnum.f32(float %m, float %427)
  %429 = fcmp oeq float %428, 0xFFF0000000000000
  %muse88 = select i1 %429, float 0.000000e+00, float %428
  %430 = fsub float %m, %muse88
  %431 = insertelement <16 x float> poison, float %430, i32 0
  %splat89 = shufflevector <16 x float> %431, <16 x float> poison, <16 x i32> zeroinitializer
  %432 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat89, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %433 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %432, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %434 = fadd <16 x float> %433, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %434, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %433, %n
  %435 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %436 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %435, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %437 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %436, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %438 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %437, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %439 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %438, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %440 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %439, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %441 = fptosi <16 x float> %n to <16 x i32>
  %442 = add <16 x i32> %441, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %443 = shl <16 x i32> %442, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %444 = bitcast <16 x i32> %443 to <16 x float>
  %exp2 = fmul <16 x float> %440, %444
  %alpha90 = extractelement <16 x float> %exp2, i32 0
  store float %428, ptr %412, align 4
  %445 = getelementptr float, ptr %muse, i64 %rmax87
  store float %muse88, ptr %445, align 4
  %446 = getelementptr float, ptr %alpha, i64 %rmax87
  store float %alpha90, ptr %446, align 4
  %447 = add nsw i64 %rmax87, 1
  br label %rmax

pexp:                                             ; preds = %rmax, %body91
  %pexp94 = phi i64 [ %478, %body91 ], [ 0, %rmax ]
  %448 = icmp slt i64 %pexp94, 8
  br i1 %448, label %body91, label %lsum99

body91:                                           ; preds = %pexp
  %449 = sdiv i64 %pexp94, 2
  %450 = srem i64 %pexp94, 2
  %451 = mul i64 %450, 16
  %452 = mul i64 %449, 32
  %453 = add i64 %452, %451
  %454 = getelementptr float, ptr %pbuf, i64 %453
  %455 = getelementptr float, ptr %muse, i64 %449
  %456 = load float, ptr %455, align 4
  %457 = insertelement <16 x float> poison, float %456, i32 0
  %splat95 = shufflevector <16 x float> %457, <16 x float> poison, <16 x i32> zeroinitializer
  %458 = load <16 x float>, ptr %454, align 64
  %459 = fsub <16 x float> %458, %splat95
  %460 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %459, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %461 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %460, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %462 = fadd <16 x float> %461, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n96 = fsub <16 x float> %462, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f97 = fsub <16 x float> %461, %n96
  %463 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f97, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %464 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %463, <16 x float> %f97, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %465 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %464, <16 x float> %f97, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %466 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %465, <16 x float> %f97, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %467 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %466, <16 x float> %f97, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %468 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %467, <16 x float> %f97, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %469 = fptosi <16 x float> %n96 to <16 x i32>
  %470 = add <16 x i32> %469, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %471 = shl <16 x i32> %470, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %472 = bitcast <16 x i32> %471 to <16 x float>
  %exp298 = fmul <16 x float> %468, %472
  store <16 x float> %exp298, ptr %454, align 64
  %473 = getelementptr <16 x float>, ptr %lsum, i64 %449
  %474 = icmp eq i64 %450, 0
  %475 = load <16 x float>, ptr %473, align 64
  %476 = select i1 %474, <16 x float> zeroinitializer, <16 x float> %475
  %477 = fadd <16 x float> %476, %exp298
  store <16 x float> %477, ptr %473, align 64
  %478 = add nsw i64 %pexp94, 1
  br label %pexp

lsum99:                                           ; preds = %pexp, %body100
  %lsum103 = phi i64 [ %487, %body100 ], [ 0, %pexp ]
  %479 = icmp slt i64 %lsum103, 4
  br i1 %479, label %body100, label %exit102

body100:                                          ; preds = %lsum99
  %480 = getelementptr float, ptr %109, i64 %lsum103
  %481 = getelementptr float, ptr %alpha, i64 %lsum103
  %482 = load float, ptr %481, align 4
  %483 = getelementptr <16 x float>, ptr %lsum, i64 %lsum103
  %484 = load <16 x float>, ptr %483, align 64
  %485 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %484)
  %l = load float, ptr %480, align 4
  %486 = call float @llvm.fmuladd.f32(float %l, float %482, float %485)
  store float %486, ptr %480, align 4
  %487 = add nsw i64 %lsum103, 1
  br label %lsum99

exit102:                                          ; preds = %lsum99
  %488 = sub i32 %48, %kblock14
  %489 = call i32 @llvm.smin.i32(i32 32, i32 %488)
  %490 = load float, ptr %alpha, align 4
  %491 = insertelement <16 x float> poison, float %490, i32 0
  %splat104 = shufflevector <16 x float> %491, <16 x float> poison, <16 x i32> zeroinitializer
  %492 = load <16 x float>, ptr %113, align 64
  %493 = fmul <16 x float> %492, %splat104
  %494 = getelementptr float, ptr %113, i64 16
  %495 = load <16 x float>, ptr %494, align 64
  %496 = fmul <16 x float> %495, %splat104
  %497 = getelementptr float, ptr %113, i64 32
  %498 = load <16 x float>, ptr %497, align 64
  %499 = fmul <16 x float> %498, %splat104
  %500 = getelementptr float, ptr %113, i64 48
  %501 = load <16 x float>, ptr %500, align 64
  %502 = fmul <16 x float> %501, %splat104
  %503 = getelementptr float, ptr %alpha, i64 1
  %504 = load float, ptr %503, align 4
  %505 = insertelement <16 x float> poison, float %504, i32 0
  %splat105 = shufflevector <16 x float> %505, <16 x float> poison, <16 x i32> zeroinitializer
  %506 = getelementptr float, ptr %113, i64 128
  %507 = load <16 x float>, ptr %506, align 64
  %508 = fmul <16 x float> %507, %splat105
  %509 = getelementptr float, ptr %113, i64 144
  %510 = load <16 x float>, ptr %509, align 64
  %511 = fmul <16 x float> %510, %splat105
  %512 = getelementptr float, ptr %113, i64 160
  %513 = load <16 x float>, ptr %512, align 64
  %514 = fmul <16 x float> %513, %splat105
  %515 = getelementptr float, ptr %113, i64 176
  %516 = load <16 x float>, ptr %515, align 64
  %517 = fmul <16 x float> %516, %splat105
  %518 = getelementptr float, ptr %alpha, i64 2
  %519 = load float, ptr %518, align 4
  %520 = insertelement <16 x float> poison, float %519, i32 0
  %splat106 = shufflevector <16 x float> %520, <16 x float> poison, <16 x i32> zeroinitializer
  %521 = getelementptr float, ptr %113, i64 256
  %522 = load <16 x float>, ptr %521, align 64
  %523 = fmul <16 x float> %522, %splat106
  %524 = getelementptr float, ptr %113, i64 272
  %525 = load <16 x float>, ptr %524, align 64
  %526 = fmul <16 x float> %525, %splat106
  %527 = getelementptr float, ptr %113, i64 288
  %528 = load <16 x float>, ptr %527, align 64
  %529 = fmul <16 x float> %528, %splat106
  %530 = getelementptr float, ptr %113, i64 304
  %531 = load <16 x float>, ptr %530, align 64
  %532 = fmul <16 x float> %531, %splat106
  %533 = getelementptr float, ptr %alpha, i64 3
  %534 = load float, ptr %533, align 4
  %535 = insertelement <16 x float> poison, float %534, i32 0
  %splat107 = shufflevector <16 x float> %535, <16 x float> poison, <16 x i32> zeroinitializer
  %536 = getelementptr float, ptr %113, i64 384
  %537 = load <16 x float>, ptr %536, align 64
  %538 = fmul <16 x float> %537, %splat107
  %539 = getelementptr float, ptr %113, i64 400
  %540 = load <16 x float>, ptr %539, align 64
  %541 = fmul <16 x float> %540, %splat107
  %542 = getelementptr float, ptr %113, i64 416
  %543 = load <16 x float>, ptr %542, align 64
  %544 = fmul <16 x float> %543, %splat107
  %545 = getelementptr float, ptr %113, i64 432
  %546 = load <16 x float>, ptr %545, align 64
  %547 = fmul <16 x float> %546, %splat107
  br label %kpv

kpv:                                              ; preds = %body108, %exit102
  %pacc.sroa.60.0 = phi <16 x float> [ %547, %exit102 ], [ %595, %body108 ]
  %pacc.sroa.56.0 = phi <16 x float> [ %544, %exit102 ], [ %589, %body108 ]
  %pacc.sroa.52.0 = phi <16 x float> [ %541, %exit102 ], [ %583, %body108 ]
  %pacc.sroa.48.0 = phi <16 x float> [ %538, %exit102 ], [ %577, %body108 ]
  %pacc.sroa.44.0 = phi <16 x float> [ %532, %exit102 ], [ %594, %body108 ]
  %pacc.sroa.40.0 = phi <16 x float> [ %529, %exit102 ], [ %588, %body108 ]
  %pacc.sroa.36.0 = phi <16 x float> [ %526, %exit102 ], [ %582, %body108 ]
  %pacc.sroa.32.0 = phi <16 x float> [ %523, %exit102 ], [ %576, %body108 ]
  %pacc.sroa.28.0 = phi <16 x float> [ %517, %exit102 ], [ %593, %body108 ]
  %pacc.sroa.24.0 = phi <16 x float> [ %514, %exit102 ], [ %587, %body108 ]
  %pacc.sroa.20.0 = phi <16 x float> [ %511, %exit102 ], [ %581, %body108 ]
  %pacc.sroa.16.0 = phi <16 x float> [ %508, %exit102 ], [ %575, %body108 ]
  %pacc.sroa.12.0 = phi <16 x float> [ %502, %exit102 ], [ %592, %body108 ]
  %pacc.sroa.8.0 = phi <16 x float> [ %499, %exit102 ], [ %586, %body108 ]
  %pacc.sroa.4.0 = phi <16 x float> [ %496, %exit102 ], [ %580, %body108 ]
  %pacc.sroa.0.0 = phi <16 x float> [ %493, %exit102 ], [ %574, %body108 ]
  %kpv111 = phi i32 [ 0, %exit102 ], [ %596, %body108 ]
  %548 = icmp slt i32 %kpv111, %489
  br i1 %548, label %body108, label %exit110

body108:                                          ; preds = %kpv
  %549 = add i32 %kblock14, %kpv111
  %550 = sext i32 %549 to i64
  %551 = mul i64 %550, 8
  %row112 = add i64 %106, %551
  %552 = mul i64 %row112, 256
  %553 = getelementptr i8, ptr %23, i64 %552
  %554 = add i32 %kb_next, %kpv111
  %555 = call i32 @llvm.smin.i32(i32 %554, i32 %k_last)
  %556 = sext i32 %555 to i64
  %557 = mul i64 %556, 8
  %row113 = add i64 %117, %557
  %558 = mul i64 %row113, 256
  %559 = getelementptr i8, ptr %23, i64 %558
  call void @llvm.prefetch.p0(ptr %559, i32 0, i32 2, i32 1)
  %560 = getelementptr i8, ptr %559, i64 64
  call void @llvm.prefetch.p0(ptr %560, i32 0, i32 2, i32 1)
  %561 = sext i32 %kpv111 to i64
  %562 = getelementptr float, ptr %pbuf, i64 %561
  %p = load float, ptr %562, align 4
  %563 = insertelement <16 x float> poison, float %p, i32 0
  %splat114 = shufflevector <16 x float> %563, <16 x float> poison, <16 x i32> zeroinitializer
  %564 = add i64 32, %561
  %565 = getelementptr float, ptr %pbuf, i64 %564
  %p115 = load float, ptr %565, align 4
  %566 = insertelement <16 x float> poison, float %p115, i32 0
  %splat116 = shufflevector <16 x float> %566, <16 x float> poison, <16 x i32> zeroinitializer
  %567 = add i64 64, %561
  %568 = getelementptr float, ptr %pbuf, i64 %567
  %p117 = load float, ptr %568, align 4
  %569 = insertelement <16 x float> poison, float %p117, i32 0
  %splat118 = shufflevector <16 x float> %569, <16 x float> poison, <16 x i32> zeroinitializer
  %570 = add i64 96, %561
  %571 = getelementptr float, ptr %pbuf, i64 %570
  %p119 = load float, ptr %571, align 4
  %572 = insertelement <16 x float> poison, float %p119, i32 0
  %splat120 = shufflevector <16 x float> %572, <16 x float> poison, <16 x i32> zeroinitializer
  %573 = load <16 x half>, ptr %553, align 2
  %f16121 = fpext <16 x half> %573 to <16 x float>
  %574 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat114, <16 x float> %f16121, <16 x float> %pacc.sroa.0.0)
  %575 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat116, <16 x float> %f16121, <16 x float> %pacc.sroa.16.0)
  %576 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat118, <16 x float> %f16121, <16 x float> %pacc.sroa.32.0)
  %577 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat120, <16 x float> %f16121, <16 x float> %pacc.sroa.48.0)
  %578 = getelementptr i8, ptr %553, i64 32
  %579 = load <16 x half>, ptr %578, align 2
  %f16122 = fpext <16 x half> %579 to <16 x float>
  %580 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat114, <16 x float> %f16122, <16 x float> %pacc.sroa.4.0)
  %581 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat116, <16 x float> %f16122, <16 x float> %pacc.sroa.20.0)
  %582 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat118, <16 x float> %f16122, <16 x float> %pacc.sroa.36.0)
  %583 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat120, <16 x float> %f16122, <16 x float> %pacc.sroa.52.0)
  %584 = getelementptr i8, ptr %553, i64 64
  %585 = load <16 x half>, ptr %584, align 2
  %f16123 = fpext <16 x half> %585 to <16 x float>
  %586 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat114, <16 x float> %f16123, <16 x float> %pacc.sroa.8.0)
  %587 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat116, <16 x float> %f16123, <16 x float> %pacc.sroa.24.0)
  %588 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat118, <16 x float> %f16123, <16 x float> %pacc.sroa.40.0)
  %589 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat120, <16 x float> %f16123, <16 x float> %pacc.sroa.56.0)
  %590 = getelementptr i8, ptr %553, i64 96
  %591 = load <16 x half>, ptr %590, align 2
  %f16124 = fpext <16 x half> %591 to <16 x float>
  %592 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat114, <16 x float> %f16124, <16 x float> %pacc.sroa.12.0)
  %593 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat116, <16 x float> %f16124, <16 x float> %pacc.sroa.28.0)
  %594 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat118, <16 x float> %f16124, <16 x float> %pacc.sroa.44.0)
  %595 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat120, <16 x float> %f16124, <16 x float> %pacc.sroa.60.0)
  %596 = add nsw i32 %kpv111, 1
  br label %kpv

exit110:                                          ; preds = %kpv
  store <16 x float> %pacc.sroa.0.0, ptr %113, align 64
  store <16 x float> %pacc.sroa.4.0, ptr %494, align 64
  store <16 x float> %pacc.sroa.8.0, ptr %497, align 64
  store <16 x float> %pacc.sroa.12.0, ptr %500, align 64
  store <16 x float> %pacc.sroa.16.0, ptr %506, align 64
  store <16 x float> %pacc.sroa.20.0, ptr %509, align 64
  store <16 x float> %pacc.sroa.24.0, ptr %512, align 64
  store <16 x float> %pacc.sroa.28.0, ptr %515, align 64
  store <16 x float> %pacc.sroa.32.0, ptr %521, align 64
  store <16 x float> %pacc.sroa.36.0, ptr %524, align 64
  store <16 x float> %pacc.sroa.40.0, ptr %527, align 64
  store <16 x float> %pacc.sroa.44.0, ptr %530, align 64
  store <16 x float> %pacc.sroa.48.0, ptr %536, align 64
  store <16 x float> %pacc.sroa.52.0, ptr %539, align 64
  store <16 x float> %pacc.sroa.56.0, ptr %542, align 64
  store <16 x float> %pacc.sroa.60.0, ptr %545, align 64
  %597 = load float, ptr %alpha, align 4
  %598 = insertelement <16 x float> poison, float %597, i32 0
  %splat126 = shufflevector <16 x float> %598, <16 x float> poison, <16 x i32> zeroinitializer
  %599 = getelementptr float, ptr %113, i64 64
  %600 = load <16 x float>, ptr %599, align 64
  %601 = fmul <16 x float> %600, %splat126
  %602 = getelementptr float, ptr %113, i64 80
  %603 = load <16 x float>, ptr %602, align 64
  %604 = fmul <16 x float> %603, %splat126
  %605 = getelementptr float, ptr %113, i64 96
  %606 = load <16 x float>, ptr %605, align 64
  %607 = fmul <16 x float> %606, %splat126
  %608 = getelementptr float, ptr %113, i64 112
  %609 = load <16 x float>, ptr %608, align 64
  %610 = fmul <16 x float> %609, %splat126
  %611 = load float, ptr %503, align 4
  %612 = insertelement <16 x float> poison, float %611, i32 0
  %splat127 = shufflevector <16 x float> %612, <16 x float> poison, <16 x i32> zeroinitializer
  %613 = getelementptr float, ptr %113, i64 192
  %614 = load <16 x float>, ptr %613, align 64
  %615 = fmul <16 x float> %614, %splat127
  %616 = getelementptr float, ptr %113, i64 208
  %617 = load <16 x float>, ptr %616, align 64
  %618 = fmul <16 x float> %617, %splat127
  %619 = getelementptr float, ptr %113, i64 224
  %620 = load <16 x float>, ptr %619, align 64
  %621 = fmul <16 x float> %620, %splat127
  %622 = getelementptr float, ptr %113, i64 240
  %623 = load <16 x float>, ptr %622, align 64
  %624 = fmul <16 x float> %623, %splat127
  %625 = load float, ptr %518, align 4
  %626 = insertelement <16 x float> poison, float %625, i32 0
  %splat128 = shufflevector <16 x float> %626, <16 x float> poison, <16 x i32> zeroinitializer
  %627 = getelementptr float, ptr %113, i64 320
  %628 = load <16 x float>, ptr %627, align 64
  %629 = fmul <16 x float> %628, %splat128
  %630 = getelementptr float, ptr %113, i64 336
  %631 = load <16 x float>, ptr %630, align 64
  %632 = fmul <16 x float> %631, %splat128
  %633 = getelementptr float, ptr %113, i64 352
  %634 = load <16 x float>, ptr %633, align 64
  %635 = fmul <16 x float> %634, %splat128
  %636 = getelementptr float, ptr %113, i64 368
  %637 = load <16 x float>, ptr %636, align 64
  %638 = fmul <16 x float> %637, %splat128
  %639 = load float, ptr %533, align 4
  %640 = insertelement <16 x float> poison, float %639, i32 0
  %splat129 = shufflevector <16 x float> %640, <16 x float> poison, <16 x i32> zeroinitializer
  %641 = getelementptr float, ptr %113, i64 448
  %642 = load <16 x float>, ptr %641, align 64
  %643 = fmul <16 x float> %642, %splat129
  %644 = getelementptr float, ptr %113, i64 464
  %645 = load <16 x float>, ptr %644, align 64
  %646 = fmul <16 x float> %645, %splat129
  %647 = getelementptr float, ptr %113, i64 480
  %648 = load <16 x float>, ptr %647, align 64
  %649 = fmul <16 x float> %648, %splat129
  %650 = getelementptr float, ptr %113, i64 496
  %651 = load <16 x float>, ptr %650, align 64
  %652 = fmul <16 x float> %651, %splat129
  br label %kpv130

kpv130:                                           ; preds = %body131, %exit110
  %pacc125.sroa.60.0 = phi <16 x float> [ %652, %exit110 ], [ %702, %body131 ]
  %pacc125.sroa.56.0 = phi <16 x float> [ %649, %exit110 ], [ %696, %body131 ]
  %pacc125.sroa.52.0 = phi <16 x float> [ %646, %exit110 ], [ %690, %body131 ]
  %pacc125.sroa.48.0 = phi <16 x float> [ %643, %exit110 ], [ %684, %body131 ]
  %pacc125.sroa.44.0 = phi <16 x float> [ %638, %exit110 ], [ %701, %body131 ]
  %pacc125.sroa.40.0 = phi <16 x float> [ %635, %exit110 ], [ %695, %body131 ]
  %pacc125.sroa.36.0 = phi <16 x float> [ %632, %exit110 ], [ %689, %body131 ]
  %pacc125.sroa.32.0 = phi <16 x float> [ %629, %exit110 ], [ %683, %body131 ]
  %pacc125.sroa.28.0 = phi <16 x float> [ %624, %exit110 ], [ %700, %body131 ]
  %pacc125.sroa.24.0 = phi <16 x float> [ %621, %exit110 ], [ %694, %body131 ]
  %pacc125.sroa.20.0 = phi <16 x float> [ %618, %exit110 ], [ %688, %body131 ]
  %pacc125.sroa.16.0 = phi <16 x float> [ %615, %exit110 ], [ %682, %body131 ]
  %pacc125.sroa.12.0 = phi <16 x float> [ %610, %exit110 ], [ %699, %body131 ]
  %pacc125.sroa.8.0 = phi <16 x float> [ %607, %exit110 ], [ %693, %body131 ]
  %pacc125.sroa.4.0 = phi <16 x float> [ %604, %exit110 ], [ %687, %body131 ]
  %pacc125.sroa.0.0 = phi <16 x float> [ %601, %exit110 ], [ %681, %body131 ]
  %kpv134 = phi i32 [ 0, %exit110 ], [ %703, %body131 ]
  %653 = icmp slt i32 %kpv134, %489
  br i1 %653, label %body131, label %exit133

body131:                                          ; preds = %kpv130
  %654 = add i32 %kblock14, %kpv134
  %655 = sext i32 %654 to i64
  %656 = mul i64 %655, 8
  %row135 = add i64 %106, %656
  %657 = mul i64 %row135, 256
  %658 = getelementptr i8, ptr %23, i64 %657
  %659 = add i32 %kb_next, %kpv134
  %660 = call i32 @llvm.smin.i32(i32 %659, i32 %k_last)
  %661 = sext i32 %660 to i64
  %662 = mul i64 %661, 8
  %row136 = add i64 %117, %662
  %663 = mul i64 %row136, 256
  %664 = getelementptr i8, ptr %23, i64 %663
  %665 = getelementptr i8, ptr %664, i64 128
  call void @llvm.prefetch.p0(ptr %665, i32 0, i32 2, i32 1)
  %666 = getelementptr i8, ptr %665, i64 64
  call void @llvm.prefetch.p0(ptr %666, i32 0, i32 2, i32 1)
  %667 = sext i32 %kpv134 to i64
  %668 = getelementptr float, ptr %pbuf, i64 %667
  %p137 = load float, ptr %668, align 4
  %669 = insertelement <16 x float> poison, float %p137, i32 0
  %splat138 = shufflevector <16 x float> %669, <16 x float> poison, <16 x i32> zeroinitializer
  %670 = add i64 32, %667
  %671 = getelementptr float, ptr %pbuf, i64 %670
  %p139 = load float, ptr %671, align 4
  %672 = insertelement <16 x float> poison, float %p139, i32 0
  %splat140 = shufflevector <16 x float> %672, <16 x float> poison, <16 x i32> zeroinitializer
  %673 = add i64 64, %667
  %674 = getelementptr float, ptr %pbuf, i64 %673
  %p141 = load float, ptr %674, align 4
  %675 = insertelement <16 x float> poison, float %p141, i32 0
  %splat142 = shufflevector <16 x float> %675, <16 x float> poison, <16 x i32> zeroinitializer
  %676 = add i64 96, %667
  %677 = getelementptr float, ptr %pbuf, i64 %676
  %p143 = load float, ptr %677, align 4
  %678 = insertelement <16 x float> poison, float %p143, i32 0
  %splat144 = shufflevector <16 x float> %678, <16 x float> poison, <16 x i32> zeroinitializer
  %679 = getelementptr i8, ptr %658, i64 128
  %680 = load <16 x half>, ptr %679, align 2
  %f16145 = fpext <16 x half> %680 to <16 x float>
  %681 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat138, <16 x float> %f16145, <16 x float> %pacc125.sroa.0.0)
  %682 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat140, <16 x float> %f16145, <16 x float> %pacc125.sroa.16.0)
  %683 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat142, <16 x float> %f16145, <16 x float> %pacc125.sroa.32.0)
  %684 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat144, <16 x float> %f16145, <16 x float> %pacc125.sroa.48.0)
  %685 = getelementptr i8, ptr %658, i64 160
  %686 = load <16 x half>, ptr %685, align 2
  %f16146 = fpext <16 x half> %686 to <16 x float>
  %687 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat138, <16 x float> %f16146, <16 x float> %pacc125.sroa.4.0)
  %688 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat140, <16 x float> %f16146, <16 x float> %pacc125.sroa.20.0)
  %689 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat142, <16 x float> %f16146, <16 x float> %pacc125.sroa.36.0)
  %690 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat144, <16 x float> %f16146, <16 x float> %pacc125.sroa.52.0)
  %691 = getelementptr i8, ptr %658, i64 192
  %692 = load <16 x half>, ptr %691, align 2
  %f16147 = fpext <16 x half> %692 to <16 x float>
  %693 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat138, <16 x float> %f16147, <16 x float> %pacc125.sroa.8.0)
  %694 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat140, <16 x float> %f16147, <16 x float> %pacc125.sroa.24.0)
  %695 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat142, <16 x float> %f16147, <16 x float> %pacc125.sroa.40.0)
  %696 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat144, <16 x float> %f16147, <16 x float> %pacc125.sroa.56.0)
  %697 = getelementptr i8, ptr %658, i64 224
  %698 = load <16 x half>, ptr %697, align 2
  %f16148 = fpext <16 x half> %698 to <16 x float>
  %699 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat138, <16 x float> %f16148, <16 x float> %pacc125.sroa.12.0)
  %700 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat140, <16 x float> %f16148, <16 x float> %pacc125.sroa.28.0)
  %701 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat142, <16 x float> %f16148, <16 x float> %pacc125.sroa.44.0)
  %702 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat144, <16 x float> %f16148, <16 x float> %pacc125.sroa.60.0)
  %703 = add nsw i32 %kpv134, 1
  br label %kpv130

exit133:                                          ; preds = %kpv130
  store <16 x float> %pacc125.sroa.0.0, ptr %599, align 64
  store <16 x float> %pacc125.sroa.4.0, ptr %602, align 64
  store <16 x float> %pacc125.sroa.8.0, ptr %605, align 64
  store <16 x float> %pacc125.sroa.12.0, ptr %608, align 64
  store <16 x float> %pacc125.sroa.16.0, ptr %613, align 64
  store <16 x float> %pacc125.sroa.20.0, ptr %616, align 64
  store <16 x float> %pacc125.sroa.24.0, ptr %619, align 64
  store <16 x float> %pacc125.sroa.28.0, ptr %622, align 64
  store <16 x float> %pacc125.sroa.32.0, ptr %627, align 64
  store <16 x float> %pacc125.sroa.36.0, ptr %630, align 64
  store <16 x float> %pacc125.sroa.40.0, ptr %633, align 64
  store <16 x float> %pacc125.sroa.44.0, ptr %636, align 64
  store <16 x float> %pacc125.sroa.48.0, ptr %641, align 64
  store <16 x float> %pacc125.sroa.52.0, ptr %644, align 64
  store <16 x float> %pacc125.sroa.56.0, ptr %647, align 64
  store <16 x float> %pacc125.sroa.60.0, ptr %650, align 64
  br label %kvh

orow149:                                          ; preds = %kblock, %written
  %orow153 = phi i32 [ %726, %written ], [ 0, %kblock ]
  %704 = icmp slt i32 %orow153, %nrows
  br i1 %704, label %body150, label %done

body150:                                          ; preds = %orow149
  %705 = sext i32 %orow153 to i64
  %706 = getelementptr float, ptr %ms, i64 %705
  %m154 = load float, ptr %706, align 4
  %707 = getelementptr float, ptr %ls, i64 %705
  %l155 = load float, ptr %707, align 4
  %708 = mul i64 %705, 128
  %709 = getelementptr float, ptr %accs, i64 %708
  %710 = icmp ne ptr %part, null
  br i1 %710, label %partial, label %final

partial:                                          ; preds = %body150
  %711 = sext i32 %nrows to i64
  %712 = getelementptr float, ptr %part, i64 %708
  br label %chunk156

final:                                            ; preds = %body150
  %713 = sdiv i32 %orow153, %nh
  %qi161 = add i32 %q_begin, %713
  %714 = srem i32 %orow153, %nh
  %h162 = add i32 %h_begin, %714
  %715 = mul i32 %kv_head0, 4
  %hq163 = add i32 %715, %h162
  %716 = sext i32 %qi161 to i64
  %717 = add i64 %q_row0, %716
  %718 = mul i64 %717, 32
  %719 = sext i32 %hq163 to i64
  %orow164 = add i64 %718, %719
  %720 = fcmp oeq float %l155, 0.000000e+00
  %721 = fdiv float 1.000000e+00, %l155
  %722 = select i1 %720, float 0.000000e+00, float %721
  %723 = mul i64 %orow164, 512
  %724 = getelementptr i8, ptr %out, i64 %723
  %725 = insertelement <16 x float> poison, float %722, i32 0
  %splat165 = shufflevector <16 x float> %725, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk166

written:                                          ; preds = %chunk166, %exit159
  %726 = add nsw i32 %orow153, 1
  br label %orow149

chunk156:                                         ; preds = %body157, %partial
  %chunk160 = phi i64 [ 0, %partial ], [ %732, %body157 ]
  %727 = icmp slt i64 %chunk160, 8
  br i1 %727, label %body157, label %exit159

body157:                                          ; preds = %chunk156
  %728 = getelementptr <16 x float>, ptr %709, i64 %chunk160
  %729 = load <16 x float>, ptr %728, align 64
  %730 = mul i64 %chunk160, 64
  %731 = getelementptr i8, ptr %712, i64 %730
  store <16 x float> %729, ptr %731, align 4
  %732 = add nsw i64 %chunk160, 1
  br label %chunk156

exit159:                                          ; preds = %chunk156
  %733 = mul i64 %711, 128
  %734 = add i64 %733, %705
  %735 = getelementptr float, ptr %part, i64 %734
  store float %m154, ptr %735, align 4
  %736 = add i64 %734, %711
  %737 = getelementptr float, ptr %part, i64 %736
  store float %l155, ptr %737, align 4
  br label %written

chunk166:                                         ; preds = %body167, %final
  %chunk170 = phi i64 [ 0, %final ], [ %744, %body167 ]
  %738 = icmp slt i64 %chunk170, 8
  br i1 %738, label %body167, label %written

body167:                                          ; preds = %chunk166
  %739 = getelementptr <16 x float>, ptr %709, i64 %chunk170
  %740 = load <16 x float>, ptr %739, align 64
  %741 = fmul <16 x float> %740, %splat165
  %742 = mul i64 %chunk170, 64
  %743 = getelementptr i8, ptr %724, i64 %742
  store <16 x float> %741, ptr %743, align 4
  %744 = add nsw i64 %chunk170, 1
  br label %chunk166
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
define i32 @expr_sliding_window(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_run(ptr @expr_sliding_window_kernel, ptr %0)
  ret i32 %1
}

declare i64 @attnrt_tasks(ptr, ptr)

; Function Attrs: nounwind
define i64 @expr_sliding_window_tasks(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_tasks(ptr @expr_sliding_window_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_task(ptr, ptr, i64)

; Function Attrs: nounwind
define i32 @expr_sliding_window_task(ptr %0, i64 %1) #0 {
entry:
  %2 = call i32 @attnrt_task(ptr @expr_sliding_window_kernel, ptr %0, i64 %1)
  ret i32 %2
}

declare i64 @attnrt_workspace(ptr, ptr)

; Function Attrs: nounwind
define i64 @expr_sliding_window_workspace(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_workspace(ptr @expr_sliding_window_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_append(ptr, ptr)

; Function Attrs: nounwind
define i32 @expr_sliding_window_append(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_append(ptr @expr_sliding_window_kernel, ptr %0)
  ret i32 %1
}

; Function Attrs: nounwind
define ptr @expr_sliding_window_info() #0 {
entry:
  ret ptr @expr_sliding_window_info_data
}

attributes #0 = { nounwind "target-cpu"="x86-64-v4" "target-features"="+avx512f,+evex512,+avx512bw,+avx512vl,+avx,+avx2,+fma,+f16c" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite) }
