; ModuleID = 'expr_sliding_window'
source_filename = "expr_sliding_window"
target triple = "x86_64-unknown-linux-gnu"

@expr_sliding_window.name = private unnamed_addr constant [20 x i8] c"expr_sliding_window\00"
@expr_sliding_window.spec = private unnamed_addr constant [426 x i8] c"attncc: 1\0Aname: expr_sliding_window\0Aphase: decode\0Akind: self\0Aheads: {q: 32, kv: 8, dim: 128, v_dim: 128}\0Atypes: {q: f32, cache: f16, out: f32}\0Ascale: auto\0Acache: {store: kv, layout: contiguous, order: token_major, capacity: 4096, latent_dim: 0, rope_dim: 0, shared_across_layers: false}\0Amask: {causal: true, expr: \22kv_pos < 4 || q_pos - kv_pos < 1024\22}\0Aoutput: {lse: false}\0Aslim: {order: auto}\0Amodel: {layers: 1, d_model: 0}\0A\00"
@expr_sliding_window_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32, ptr, i32, i32, i32, i32, float, i32, i32, i32, i32, i32, ptr } { i32 7, i32 1, i64 -9133077886722089614, ptr @expr_sliding_window.name, ptr @expr_sliding_window.spec, i32 32, i32 8, i32 128, i32 128, i32 0, i32 1, i32 0, i32 0, i32 0, i32 0, i32 4096, i32 1, i32 0, float 0x3FB6A09E60000000, i32 0, i32 0, i32 0, ptr null, i32 0, i32 0, i32 0, i32 0, float 0.000000e+00, i32 1, i32 0, i32 0, i32 0, i32 0, ptr null }, align 8
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

rinit:                                            ; preds = %entry, %exit10
  %rinit1 = phi i32 [ %66, %exit10 ], [ 0, %entry ]
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
  %qpos6 = add i32 %q_pos0, %qi
  %57 = add i32 %qpos6, 1
  %58 = call i32 @llvm.smin.i32(i32 %57, i32 %k_end)
  store i32 %58, ptr %56, align 4
  %59 = getelementptr i32, ptr %qpos, i64 %26
  store i32 %qpos6, ptr %59, align 4
  br label %acczero

acczero:                                          ; preds = %body8, %exit4
  %acczero11 = phi i64 [ 0, %exit4 ], [ %65, %body8 ]
  %60 = icmp slt i64 %acczero11, 8
  br i1 %60, label %body8, label %exit10

body8:                                            ; preds = %acczero
  %61 = mul i64 %acczero11, 16
  %62 = mul i64 %26, 128
  %63 = add i64 %62, %61
  %64 = getelementptr float, ptr %accs, i64 %63
  store <16 x float> zeroinitializer, ptr %64, align 64
  %65 = add nsw i64 %acczero11, 1
  br label %acczero

exit10:                                           ; preds = %acczero
  %66 = add nsw i32 %rinit1, 1
  br label %rinit

kblock:                                           ; preds = %join, %exit
  %kblock15 = phi i32 [ %k_begin, %exit ], [ %99, %join ]
  %67 = icmp slt i32 %kblock15, %fact
  br i1 %67, label %body12, label %orow149

body12:                                           ; preds = %kblock
  %68 = add i32 %kblock15, 31
  %69 = call i32 @llvm.smin.i32(i32 %68, i32 %k_last)
  %70 = mul i32 %kv_head0, 4
  %hq16 = add i32 %70, %h_begin
  %qpos17 = add i32 %q_pos0, %q_begin
  %71 = sub i32 %nh, 1
  %72 = sdiv i32 %44, %nh
  %73 = add i32 %q_begin, %72
  %qpos18 = add i32 %q_pos0, %73
  %74 = sext i32 %kblock15 to i64
  %75 = sext i32 %69 to i64
  %76 = icmp sle i64 4, %75
  %77 = icmp sle i64 %74, 4
  %78 = icmp eq i64 %74, 4
  %79 = icmp eq i64 %74, %75
  %80 = icmp slt i64 %74, 4
  %81 = sext i32 %qpos17 to i64
  %82 = sext i32 %qpos18 to i64
  %83 = sub i64 %82, %74
  %84 = sub i64 %81, %75
  %85 = icmp sgt i64 %83, 2147483647
  %86 = icmp slt i64 %84, -2147483648
  %87 = or i1 %86, %85
  %88 = select i1 %87, i64 -2147483648, i64 %84
  %89 = select i1 %87, i64 2147483647, i64 %83
  %90 = icmp sle i64 1024, %89
  %91 = icmp sle i64 %88, 1024
  %92 = icmp eq i64 %88, 1024
  %93 = icmp eq i64 %88, %89
  %94 = icmp slt i64 %88, 1024
  %95 = and i1 %76, %90
  %96 = or i1 %80, %94
  %97 = xor i1 %96, true
  br i1 %96, label %kseen, label %join

kseen:                                            ; preds = %body12
  %98 = add i32 %kblock15, 32
  br label %kvh

join:                                             ; preds = %kvh, %body12
  %99 = add nsw i32 %kblock15, 32
  br label %kblock

kvh:                                              ; preds = %exit133, %kseen
  %kvh22 = phi i32 [ 0, %kseen ], [ %102, %exit133 ]
  %100 = icmp slt i32 %kvh22, 8
  br i1 %100, label %body19, label %join

body19:                                           ; preds = %kvh
  %101 = icmp eq i32 %kvh22, 7
  %102 = add i32 %kvh22, 1
  %103 = select i1 %101, i32 0, i32 %102
  %kb_next = select i1 %101, i32 %98, i32 %kblock15
  %104 = sext i32 %kvh22 to i64
  %105 = add i64 %21, %104
  %106 = mul i64 %104, 4
  %107 = getelementptr float, ptr %ms, i64 %106
  %108 = getelementptr float, ptr %ls, i64 %106
  %109 = mul i64 %106, 8
  %110 = getelementptr <16 x float>, ptr %qs, i64 %109
  %111 = mul i64 %106, 128
  %112 = getelementptr float, ptr %accs, i64 %111
  %113 = getelementptr i32, ptr %lims, i64 %106
  %114 = getelementptr i32, ptr %qpos, i64 %106
  %115 = sext i32 %103 to i64
  %116 = add i64 %21, %115
  br label %kdot

kdot:                                             ; preds = %body23, %body19
  %kdot26 = phi i32 [ 0, %body19 ], [ %290, %body23 ]
  %117 = icmp slt i32 %kdot26, 32
  br i1 %117, label %body23, label %score

body23:                                           ; preds = %kdot
  %118 = add i32 %kblock15, %kdot26
  %119 = call i32 @llvm.smin.i32(i32 %118, i32 %k_last)
  %120 = sext i32 %119 to i64
  %121 = mul i64 %120, 8
  %row = add i64 %105, %121
  %122 = mul i64 %row, 256
  %123 = getelementptr i8, ptr %20, i64 %122
  %124 = add i32 %kb_next, %kdot26
  %125 = call i32 @llvm.smin.i32(i32 %124, i32 %k_last)
  %126 = sext i32 %125 to i64
  %127 = mul i64 %126, 8
  %row27 = add i64 %116, %127
  %128 = mul i64 %row27, 256
  %129 = getelementptr i8, ptr %20, i64 %128
  call void @llvm.prefetch.p0(ptr %129, i32 0, i32 2, i32 1)
  %130 = getelementptr i8, ptr %129, i64 64
  call void @llvm.prefetch.p0(ptr %130, i32 0, i32 2, i32 1)
  %131 = getelementptr i8, ptr %129, i64 128
  call void @llvm.prefetch.p0(ptr %131, i32 0, i32 2, i32 1)
  %132 = getelementptr i8, ptr %129, i64 192
  call void @llvm.prefetch.p0(ptr %132, i32 0, i32 2, i32 1)
  %133 = add i32 %kdot26, 1
  %134 = add i32 %kblock15, %133
  %135 = call i32 @llvm.smin.i32(i32 %134, i32 %k_last)
  %136 = sext i32 %135 to i64
  %137 = mul i64 %136, 8
  %row28 = add i64 %105, %137
  %138 = mul i64 %row28, 256
  %139 = getelementptr i8, ptr %20, i64 %138
  %140 = add i32 %kb_next, %133
  %141 = call i32 @llvm.smin.i32(i32 %140, i32 %k_last)
  %142 = sext i32 %141 to i64
  %143 = mul i64 %142, 8
  %row29 = add i64 %116, %143
  %144 = mul i64 %row29, 256
  %145 = getelementptr i8, ptr %20, i64 %144
  call void @llvm.prefetch.p0(ptr %145, i32 0, i32 2, i32 1)
  %146 = getelementptr i8, ptr %145, i64 64
  call void @llvm.prefetch.p0(ptr %146, i32 0, i32 2, i32 1)
  %147 = getelementptr i8, ptr %145, i64 128
  call void @llvm.prefetch.p0(ptr %147, i32 0, i32 2, i32 1)
  %148 = getelementptr i8, ptr %145, i64 192
  call void @llvm.prefetch.p0(ptr %148, i32 0, i32 2, i32 1)
  %q30 = load <16 x float>, ptr %110, align 64
  %149 = load <16 x half>, ptr %123, align 2
  %f16 = fpext <16 x half> %149 to <16 x float>
  %150 = load <16 x half>, ptr %139, align 2
  %f1631 = fpext <16 x half> %150 to <16 x float>
  %151 = fmul <16 x float> %q30, %f16
  %152 = fmul <16 x float> %q30, %f1631
  %153 = getelementptr <16 x float>, ptr %110, i64 8
  %q32 = load <16 x float>, ptr %153, align 64
  %154 = fmul <16 x float> %q32, %f16
  %155 = fmul <16 x float> %q32, %f1631
  %156 = getelementptr <16 x float>, ptr %110, i64 16
  %q33 = load <16 x float>, ptr %156, align 64
  %157 = fmul <16 x float> %q33, %f16
  %158 = fmul <16 x float> %q33, %f1631
  %159 = getelementptr <16 x float>, ptr %110, i64 24
  %q34 = load <16 x float>, ptr %159, align 64
  %160 = fmul <16 x float> %q34, %f16
  %161 = fmul <16 x float> %q34, %f1631
  %162 = getelementptr <16 x float>, ptr %110, i64 1
  %q35 = load <16 x float>, ptr %162, align 64
  %163 = getelementptr i8, ptr %123, i64 32
  %164 = load <16 x half>, ptr %163, align 2
  %f1636 = fpext <16 x half> %164 to <16 x float>
  %165 = getelementptr i8, ptr %139, i64 32
  %166 = load <16 x half>, ptr %165, align 2
  %f1637 = fpext <16 x half> %166 to <16 x float>
  %167 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %f1636, <16 x float> %151)
  %168 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %f1637, <16 x float> %152)
  %169 = getelementptr <16 x float>, ptr %110, i64 9
  %q38 = load <16 x float>, ptr %169, align 64
  %170 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q38, <16 x float> %f1636, <16 x float> %154)
  %171 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q38, <16 x float> %f1637, <16 x float> %155)
  %172 = getelementptr <16 x float>, ptr %110, i64 17
  %q39 = load <16 x float>, ptr %172, align 64
  %173 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q39, <16 x float> %f1636, <16 x float> %157)
  %174 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q39, <16 x float> %f1637, <16 x float> %158)
  %175 = getelementptr <16 x float>, ptr %110, i64 25
  %q40 = load <16 x float>, ptr %175, align 64
  %176 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q40, <16 x float> %f1636, <16 x float> %160)
  %177 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q40, <16 x float> %f1637, <16 x float> %161)
  %178 = getelementptr <16 x float>, ptr %110, i64 2
  %q41 = load <16 x float>, ptr %178, align 64
  %179 = getelementptr i8, ptr %123, i64 64
  %180 = load <16 x half>, ptr %179, align 2
  %f1642 = fpext <16 x half> %180 to <16 x float>
  %181 = getelementptr i8, ptr %139, i64 64
  %182 = load <16 x half>, ptr %181, align 2
  %f1643 = fpext <16 x half> %182 to <16 x float>
  %183 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q41, <16 x float> %f1642, <16 x float> %167)
  %184 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q41, <16 x float> %f1643, <16 x float> %168)
  %185 = getelementptr <16 x float>, ptr %110, i64 10
  %q44 = load <16 x float>, ptr %185, align 64
  %186 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q44, <16 x float> %f1642, <16 x float> %170)
  %187 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q44, <16 x float> %f1643, <16 x float> %171)
  %188 = getelementptr <16 x float>, ptr %110, i64 18
  %q45 = load <16 x float>, ptr %188, align 64
  %189 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q45, <16 x float> %f1642, <16 x float> %173)
  %190 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q45, <16 x float> %f1643, <16 x float> %174)
  %191 = getelementptr <16 x float>, ptr %110, i64 26
  %q46 = load <16 x float>, ptr %191, align 64
  %192 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q46, <16 x float> %f1642, <16 x float> %176)
  %193 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q46, <16 x float> %f1643, <16 x float> %177)
  %194 = getelementptr <16 x float>, ptr %110, i64 3
  %q47 = load <16 x float>, ptr %194, align 64
  %195 = getelementptr i8, ptr %123, i64 96
  %196 = load <16 x half>, ptr %195, align 2
  %f1648 = fpext <16 x half> %196 to <16 x float>
  %197 = getelementptr i8, ptr %139, i64 96
  %198 = load <16 x half>, ptr %197, align 2
  %f1649 = fpext <16 x half> %198 to <16 x float>
  %199 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q47, <16 x float> %f1648, <16 x float> %183)
  %200 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q47, <16 x float> %f1649, <16 x float> %184)
  %201 = getelementptr <16 x float>, ptr %110, i64 11
  %q50 = load <16 x float>, ptr %201, align 64
  %202 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q50, <16 x float> %f1648, <16 x float> %186)
  %203 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q50, <16 x float> %f1649, <16 x float> %187)
  %204 = getelementptr <16 x float>, ptr %110, i64 19
  %q51 = load <16 x float>, ptr %204, align 64
  %205 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q51, <16 x float> %f1648, <16 x float> %189)
  %206 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q51, <16 x float> %f1649, <16 x float> %190)
  %207 = getelementptr <16 x float>, ptr %110, i64 27
  %q52 = load <16 x float>, ptr %207, align 64
  %208 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q52, <16 x float> %f1648, <16 x float> %192)
  %209 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q52, <16 x float> %f1649, <16 x float> %193)
  %210 = getelementptr <16 x float>, ptr %110, i64 4
  %q53 = load <16 x float>, ptr %210, align 64
  %211 = getelementptr i8, ptr %123, i64 128
  %212 = load <16 x half>, ptr %211, align 2
  %f1654 = fpext <16 x half> %212 to <16 x float>
  %213 = getelementptr i8, ptr %139, i64 128
  %214 = load <16 x half>, ptr %213, align 2
  %f1655 = fpext <16 x half> %214 to <16 x float>
  %215 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q53, <16 x float> %f1654, <16 x float> %199)
  %216 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q53, <16 x float> %f1655, <16 x float> %200)
  %217 = getelementptr <16 x float>, ptr %110, i64 12
  %q56 = load <16 x float>, ptr %217, align 64
  %218 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q56, <16 x float> %f1654, <16 x float> %202)
  %219 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q56, <16 x float> %f1655, <16 x float> %203)
  %220 = getelementptr <16 x float>, ptr %110, i64 20
  %q57 = load <16 x float>, ptr %220, align 64
  %221 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q57, <16 x float> %f1654, <16 x float> %205)
  %222 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q57, <16 x float> %f1655, <16 x float> %206)
  %223 = getelementptr <16 x float>, ptr %110, i64 28
  %q58 = load <16 x float>, ptr %223, align 64
  %224 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q58, <16 x float> %f1654, <16 x float> %208)
  %225 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q58, <16 x float> %f1655, <16 x float> %209)
  %226 = getelementptr <16 x float>, ptr %110, i64 5
  %q59 = load <16 x float>, ptr %226, align 64
  %227 = getelementptr i8, ptr %123, i64 160
  %228 = load <16 x half>, ptr %227, align 2
  %f1660 = fpext <16 x half> %228 to <16 x float>
  %229 = getelementptr i8, ptr %139, i64 160
  %230 = load <16 x half>, ptr %229, align 2
  %f1661 = fpext <16 x half> %230 to <16 x float>
  %231 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q59, <16 x float> %f1660, <16 x float> %215)
  %232 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q59, <16 x float> %f1661, <16 x float> %216)
  %233 = getelementptr <16 x float>, ptr %110, i64 13
  %q62 = load <16 x float>, ptr %233, align 64
  %234 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q62, <16 x float> %f1660, <16 x float> %218)
  %235 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q62, <16 x float> %f1661, <16 x float> %219)
  %236 = getelementptr <16 x float>, ptr %110, i64 21
  %q63 = load <16 x float>, ptr %236, align 64
  %237 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q63, <16 x float> %f1660, <16 x float> %221)
  %238 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q63, <16 x float> %f1661, <16 x float> %222)
  %239 = getelementptr <16 x float>, ptr %110, i64 29
  %q64 = load <16 x float>, ptr %239, align 64
  %240 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q64, <16 x float> %f1660, <16 x float> %224)
  %241 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q64, <16 x float> %f1661, <16 x float> %225)
  %242 = getelementptr <16 x float>, ptr %110, i64 6
  %q65 = load <16 x float>, ptr %242, align 64
  %243 = getelementptr i8, ptr %123, i64 192
  %244 = load <16 x half>, ptr %243, align 2
  %f1666 = fpext <16 x half> %244 to <16 x float>
  %245 = getelementptr i8, ptr %139, i64 192
  %246 = load <16 x half>, ptr %245, align 2
  %f1667 = fpext <16 x half> %246 to <16 x float>
  %247 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q65, <16 x float> %f1666, <16 x float> %231)
  %248 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q65, <16 x float> %f1667, <16 x float> %232)
  %249 = getelementptr <16 x float>, ptr %110, i64 14
  %q68 = load <16 x float>, ptr %249, align 64
  %250 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q68, <16 x float> %f1666, <16 x float> %234)
  %251 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q68, <16 x float> %f1667, <16 x float> %235)
  %252 = getelementptr <16 x float>, ptr %110, i64 22
  %q69 = load <16 x float>, ptr %252, align 64
  %253 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q69, <16 x float> %f1666, <16 x float> %237)
  %254 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q69, <16 x float> %f1667, <16 x float> %238)
  %255 = getelementptr <16 x float>, ptr %110, i64 30
  %q70 = load <16 x float>, ptr %255, align 64
  %256 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q70, <16 x float> %f1666, <16 x float> %240)
  %257 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q70, <16 x float> %f1667, <16 x float> %241)
  %258 = getelementptr <16 x float>, ptr %110, i64 7
  %q71 = load <16 x float>, ptr %258, align 64
  %259 = getelementptr i8, ptr %123, i64 224
  %260 = load <16 x half>, ptr %259, align 2
  %f1672 = fpext <16 x half> %260 to <16 x float>
  %261 = getelementptr i8, ptr %139, i64 224
  %262 = load <16 x half>, ptr %261, align 2
  %f1673 = fpext <16 x half> %262 to <16 x float>
  %263 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q71, <16 x float> %f1672, <16 x float> %247)
  %264 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q71, <16 x float> %f1673, <16 x float> %248)
  %265 = getelementptr <16 x float>, ptr %110, i64 15
  %q74 = load <16 x float>, ptr %265, align 64
  %266 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q74, <16 x float> %f1672, <16 x float> %250)
  %267 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q74, <16 x float> %f1673, <16 x float> %251)
  %268 = getelementptr <16 x float>, ptr %110, i64 23
  %q75 = load <16 x float>, ptr %268, align 64
  %269 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q75, <16 x float> %f1672, <16 x float> %253)
  %270 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q75, <16 x float> %f1673, <16 x float> %254)
  %271 = getelementptr <16 x float>, ptr %110, i64 31
  %q76 = load <16 x float>, ptr %271, align 64
  %272 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q76, <16 x float> %f1672, <16 x float> %256)
  %273 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q76, <16 x float> %f1673, <16 x float> %257)
  %274 = sext i32 %kdot26 to i64
  %275 = getelementptr <16 x float>, ptr %dbuf, i64 %274
  store <16 x float> %263, ptr %275, align 64
  %276 = sext i32 %133 to i64
  %277 = getelementptr <16 x float>, ptr %dbuf, i64 %276
  store <16 x float> %264, ptr %277, align 64
  %278 = add i64 32, %274
  %279 = getelementptr <16 x float>, ptr %dbuf, i64 %278
  store <16 x float> %266, ptr %279, align 64
  %280 = add i64 32, %276
  %281 = getelementptr <16 x float>, ptr %dbuf, i64 %280
  store <16 x float> %267, ptr %281, align 64
  %282 = add i64 64, %274
  %283 = getelementptr <16 x float>, ptr %dbuf, i64 %282
  store <16 x float> %269, ptr %283, align 64
  %284 = add i64 64, %276
  %285 = getelementptr <16 x float>, ptr %dbuf, i64 %284
  store <16 x float> %270, ptr %285, align 64
  %286 = add i64 96, %274
  %287 = getelementptr <16 x float>, ptr %dbuf, i64 %286
  store <16 x float> %272, ptr %287, align 64
  %288 = add i64 96, %276
  %289 = getelementptr <16 x float>, ptr %dbuf, i64 %288
  store <16 x float> %273, ptr %289, align 64
  %290 = add nsw i32 %kdot26, 2
  br label %kdot

score:                                            ; preds = %kdot, %body77
  %score80 = phi i64 [ %411, %body77 ], [ 0, %kdot ]
  %291 = icmp slt i64 %score80, 8
  br i1 %291, label %body77, label %rmax

body77:                                           ; preds = %score
  %292 = sdiv i64 %score80, 2
  %293 = srem i64 %score80, 2
  %294 = mul i64 %293, 16
  %295 = mul i64 %292, 32
  %296 = add i64 %295, %294
  %297 = getelementptr <16 x float>, ptr %dbuf, i64 %296
  %298 = load <16 x float>, ptr %297, align 64
  %299 = add i64 %296, 1
  %300 = getelementptr <16 x float>, ptr %dbuf, i64 %299
  %301 = load <16 x float>, ptr %300, align 64
  %302 = shufflevector <16 x float> %298, <16 x float> %301, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %303 = shufflevector <16 x float> %298, <16 x float> %301, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %304 = fadd <16 x float> %302, %303
  %305 = add i64 %296, 2
  %306 = getelementptr <16 x float>, ptr %dbuf, i64 %305
  %307 = load <16 x float>, ptr %306, align 64
  %308 = add i64 %296, 3
  %309 = getelementptr <16 x float>, ptr %dbuf, i64 %308
  %310 = load <16 x float>, ptr %309, align 64
  %311 = shufflevector <16 x float> %307, <16 x float> %310, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %312 = shufflevector <16 x float> %307, <16 x float> %310, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %313 = fadd <16 x float> %311, %312
  %314 = shufflevector <16 x float> %304, <16 x float> %313, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %315 = shufflevector <16 x float> %304, <16 x float> %313, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %316 = fadd <16 x float> %314, %315
  %317 = add i64 %296, 4
  %318 = getelementptr <16 x float>, ptr %dbuf, i64 %317
  %319 = load <16 x float>, ptr %318, align 64
  %320 = add i64 %296, 5
  %321 = getelementptr <16 x float>, ptr %dbuf, i64 %320
  %322 = load <16 x float>, ptr %321, align 64
  %323 = shufflevector <16 x float> %319, <16 x float> %322, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %324 = shufflevector <16 x float> %319, <16 x float> %322, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %325 = fadd <16 x float> %323, %324
  %326 = add i64 %296, 6
  %327 = getelementptr <16 x float>, ptr %dbuf, i64 %326
  %328 = load <16 x float>, ptr %327, align 64
  %329 = add i64 %296, 7
  %330 = getelementptr <16 x float>, ptr %dbuf, i64 %329
  %331 = load <16 x float>, ptr %330, align 64
  %332 = shufflevector <16 x float> %328, <16 x float> %331, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %333 = shufflevector <16 x float> %328, <16 x float> %331, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %334 = fadd <16 x float> %332, %333
  %335 = shufflevector <16 x float> %325, <16 x float> %334, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %336 = shufflevector <16 x float> %325, <16 x float> %334, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %337 = fadd <16 x float> %335, %336
  %338 = shufflevector <16 x float> %316, <16 x float> %337, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %339 = shufflevector <16 x float> %316, <16 x float> %337, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %340 = fadd <16 x float> %338, %339
  %341 = add i64 %296, 8
  %342 = getelementptr <16 x float>, ptr %dbuf, i64 %341
  %343 = load <16 x float>, ptr %342, align 64
  %344 = add i64 %296, 9
  %345 = getelementptr <16 x float>, ptr %dbuf, i64 %344
  %346 = load <16 x float>, ptr %345, align 64
  %347 = shufflevector <16 x float> %343, <16 x float> %346, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %348 = shufflevector <16 x float> %343, <16 x float> %346, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %349 = fadd <16 x float> %347, %348
  %350 = add i64 %296, 10
  %351 = getelementptr <16 x float>, ptr %dbuf, i64 %350
  %352 = load <16 x float>, ptr %351, align 64
  %353 = add i64 %296, 11
  %354 = getelementptr <16 x float>, ptr %dbuf, i64 %353
  %355 = load <16 x float>, ptr %354, align 64
  %356 = shufflevector <16 x float> %352, <16 x float> %355, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %357 = shufflevector <16 x float> %352, <16 x float> %355, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %358 = fadd <16 x float> %356, %357
  %359 = shufflevector <16 x float> %349, <16 x float> %358, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %360 = shufflevector <16 x float> %349, <16 x float> %358, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %361 = fadd <16 x float> %359, %360
  %362 = add i64 %296, 12
  %363 = getelementptr <16 x float>, ptr %dbuf, i64 %362
  %364 = load <16 x float>, ptr %363, align 64
  %365 = add i64 %296, 13
  %366 = getelementptr <16 x float>, ptr %dbuf, i64 %365
  %367 = load <16 x float>, ptr %366, align 64
  %368 = shufflevector <16 x float> %364, <16 x float> %367, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %369 = shufflevector <16 x float> %364, <16 x float> %367, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %370 = fadd <16 x float> %368, %369
  %371 = add i64 %296, 14
  %372 = getelementptr <16 x float>, ptr %dbuf, i64 %371
  %373 = load <16 x float>, ptr %372, align 64
  %374 = add i64 %296, 15
  %375 = getelementptr <16 x float>, ptr %dbuf, i64 %374
  %376 = load <16 x float>, ptr %375, align 64
  %377 = shufflevector <16 x float> %373, <16 x float> %376, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %378 = shufflevector <16 x float> %373, <16 x float> %376, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %379 = fadd <16 x float> %377, %378
  %380 = shufflevector <16 x float> %370, <16 x float> %379, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %381 = shufflevector <16 x float> %370, <16 x float> %379, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %382 = fadd <16 x float> %380, %381
  %383 = shufflevector <16 x float> %361, <16 x float> %382, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %384 = shufflevector <16 x float> %361, <16 x float> %382, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %385 = fadd <16 x float> %383, %384
  %386 = shufflevector <16 x float> %340, <16 x float> %385, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %387 = shufflevector <16 x float> %340, <16 x float> %385, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %388 = fadd <16 x float> %386, %387
  %389 = getelementptr i32, ptr %113, i64 %292
  %390 = load i32, ptr %389, align 4
  %391 = insertelement <16 x i32> poison, i32 %390, i32 0
  %splat81 = shufflevector <16 x i32> %391, <16 x i32> poison, <16 x i32> zeroinitializer
  %392 = getelementptr i32, ptr %114, i64 %292
  %393 = load i32, ptr %392, align 4
  %394 = insertelement <16 x i32> poison, i32 %393, i32 0
  %splat82 = shufflevector <16 x i32> %394, <16 x i32> poison, <16 x i32> zeroinitializer
  %395 = trunc i64 %294 to i32
  %396 = add i32 %kblock15, %395
  %397 = insertelement <16 x i32> poison, i32 %396, i32 0
  %splat83 = shufflevector <16 x i32> %397, <16 x i32> poison, <16 x i32> zeroinitializer
  %398 = add <16 x i32> %splat83, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %399 = icmp slt <16 x i32> %398, %splat81
  %400 = icmp slt <16 x i32> %398, <i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4>
  %401 = sub <16 x i32> %splat82, %398
  %402 = icmp slt <16 x i32> %401, <i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024>
  %403 = or <16 x i1> %400, %402
  %mask_expr = and <16 x i1> %399, %403
  %404 = select <16 x i1> %mask_expr, <16 x float> %388, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %405 = getelementptr float, ptr %pbuf, i64 %296
  store <16 x float> %404, ptr %405, align 64
  %406 = getelementptr <16 x float>, ptr %smax, i64 %292
  %407 = icmp eq i64 %293, 0
  %408 = load <16 x float>, ptr %406, align 64
  %409 = select i1 %407, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <16 x float> %408
  %410 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %409, <16 x float> %404)
  store <16 x float> %410, ptr %406, align 64
  %411 = add nsw i64 %score80, 1
  br label %score

rmax:                                             ; preds = %score, %body84
  %rmax87 = phi i64 [ %448, %body84 ], [ 0, %score ]
  %412 = icmp slt i64 %rmax87, 4
  br i1 %412, label %body84, label %pexp

body84:                                           ; preds = %rmax
  %413 = getelementptr float, ptr %107, i64 %rmax87
  %m = load float, ptr %413, align 4
  %414 = getelementptr <16 x float>, ptr %smax, i64 %rmax87
  %415 = load <16 x float>, ptr %414, align 64
  %416 = shufflevector <16 x float> %415, <16 x float> undef, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %417 = shufflevector <16 x float> %415, <16 x float> undef, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %418 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %416, <8 x float> %417)
  %419 = shufflevector <8 x float> %418, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %420 = shufflevector <8 x float> %418, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %421 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %419, <4 x float> %420)
  %422 = shufflevector <4 x float> %421, <4 x float> undef, <2 x i32> <i32 0, i32 1>
  %423 = shufflevector <4 x float> %421, <4 x float> undef, <2 x i32> <i32 2, i32 3>
  %424 = call <2 x float> @llvm.maxnum.v2f32(<2 x float> %422, <2 x float> %423)
  %425 = shufflevector <2 x float> %424, <2 x float> undef, <1 x i32> zeroinitializer
  %426 = shufflevector <2 x float> %424, <2 x float> undef, <1 x i32> <i32 1>
  %427 = call <1 x float> @llvm.maxnum.v1f32(<1 x float> %425, <1 x float> %426)
  %428 = extractelement <1 x float> %427, i32 0
  %429 = call float @llvm.maxnum.f32(float %m, float %428)
  %430 = fcmp oeq float %429, 0xFFF0000000000000
  %muse88 = select i1 %430, float 0.000000e+00, float %429
  %431 = fsub float %m, %muse88
  %432 = insertelement <16 x float> poison, float %431, i32 0
  %splat89 = shufflevector <16 x float> %432, <16 x float> poison, <16 x i32> zeroinitializer
  %433 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat89, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %434 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %433, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %435 = fadd <16 x float> %434, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %435, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %434, %n
  %436 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %437 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %436, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %438 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %437, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %439 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %438, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %440 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %439, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %441 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %440, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %442 = fptosi <16 x float> %n to <16 x i32>
  %443 = add <16 x i32> %442, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %444 = shl <16 x i32> %443, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %445 = bitcast <16 x i32> %444 to <16 x float>
  %exp2 = fmul <16 x float> %441, %445
  %alpha90 = extractelement <16 x float> %exp2, i32 0
  store float %429, ptr %413, align 4
  %446 = getelementptr float, ptr %muse, i64 %rmax87
  store float %muse88, ptr %446, align 4
  %447 = getelementptr float, ptr %alpha, i64 %rmax87
  store float %alpha90, ptr %447, align 4
  %448 = add nsw i64 %rmax87, 1
  br label %rmax

pexp:                                             ; preds = %rmax, %body91
  %pexp94 = phi i64 [ %479, %body91 ], [ 0, %rmax ]
  %449 = icmp slt i64 %pexp94, 8
  br i1 %449, label %body91, label %lsum99

body91:                                           ; preds = %pexp
  %450 = sdiv i64 %pexp94, 2
  %451 = srem i64 %pexp94, 2
  %452 = mul i64 %451, 16
  %453 = mul i64 %450, 32
  %454 = add i64 %453, %452
  %455 = getelementptr float, ptr %pbuf, i64 %454
  %456 = getelementptr float, ptr %muse, i64 %450
  %457 = load float, ptr %456, align 4
  %458 = insertelement <16 x float> poison, float %457, i32 0
  %splat95 = shufflevector <16 x float> %458, <16 x float> poison, <16 x i32> zeroinitializer
  %459 = load <16 x float>, ptr %455, align 64
  %460 = fsub <16 x float> %459, %splat95
  %461 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %460, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %462 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %461, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %463 = fadd <16 x float> %462, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n96 = fsub <16 x float> %463, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f97 = fsub <16 x float> %462, %n96
  %464 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f97, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %465 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %464, <16 x float> %f97, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %466 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %465, <16 x float> %f97, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %467 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %466, <16 x float> %f97, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %468 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %467, <16 x float> %f97, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %469 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %468, <16 x float> %f97, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %470 = fptosi <16 x float> %n96 to <16 x i32>
  %471 = add <16 x i32> %470, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %472 = shl <16 x i32> %471, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %473 = bitcast <16 x i32> %472 to <16 x float>
  %exp298 = fmul <16 x float> %469, %473
  store <16 x float> %exp298, ptr %455, align 64
  %474 = getelementptr <16 x float>, ptr %lsum, i64 %450
  %475 = icmp eq i64 %451, 0
  %476 = load <16 x float>, ptr %474, align 64
  %477 = select i1 %475, <16 x float> zeroinitializer, <16 x float> %476
  %478 = fadd <16 x float> %477, %exp298
  store <16 x float> %478, ptr %474, align 64
  %479 = add nsw i64 %pexp94, 1
  br label %pexp

lsum99:                                           ; preds = %pexp, %body100
  %lsum103 = phi i64 [ %488, %body100 ], [ 0, %pexp ]
  %480 = icmp slt i64 %lsum103, 4
  br i1 %480, label %body100, label %exit102

body100:                                          ; preds = %lsum99
  %481 = getelementptr float, ptr %108, i64 %lsum103
  %482 = getelementptr float, ptr %alpha, i64 %lsum103
  %483 = load float, ptr %482, align 4
  %484 = getelementptr <16 x float>, ptr %lsum, i64 %lsum103
  %485 = load <16 x float>, ptr %484, align 64
  %486 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %485)
  %l = load float, ptr %481, align 4
  %487 = call float @llvm.fmuladd.f32(float %l, float %483, float %486)
  store float %487, ptr %481, align 4
  %488 = add nsw i64 %lsum103, 1
  br label %lsum99

exit102:                                          ; preds = %lsum99
  %489 = sub i32 %fact, %kblock15
  %490 = call i32 @llvm.smin.i32(i32 32, i32 %489)
  %491 = load float, ptr %alpha, align 4
  %492 = insertelement <16 x float> poison, float %491, i32 0
  %splat104 = shufflevector <16 x float> %492, <16 x float> poison, <16 x i32> zeroinitializer
  %493 = load <16 x float>, ptr %112, align 64
  %494 = fmul <16 x float> %493, %splat104
  %495 = getelementptr float, ptr %112, i64 16
  %496 = load <16 x float>, ptr %495, align 64
  %497 = fmul <16 x float> %496, %splat104
  %498 = getelementptr float, ptr %112, i64 32
  %499 = load <16 x float>, ptr %498, align 64
  %500 = fmul <16 x float> %499, %splat104
  %501 = getelementptr float, ptr %112, i64 48
  %502 = load <16 x float>, ptr %501, align 64
  %503 = fmul <16 x float> %502, %splat104
  %504 = getelementptr float, ptr %alpha, i64 1
  %505 = load float, ptr %504, align 4
  %506 = insertelement <16 x float> poison, float %505, i32 0
  %splat105 = shufflevector <16 x float> %506, <16 x float> poison, <16 x i32> zeroinitializer
  %507 = getelementptr float, ptr %112, i64 128
  %508 = load <16 x float>, ptr %507, align 64
  %509 = fmul <16 x float> %508, %splat105
  %510 = getelementptr float, ptr %112, i64 144
  %511 = load <16 x float>, ptr %510, align 64
  %512 = fmul <16 x float> %511, %splat105
  %513 = getelementptr float, ptr %112, i64 160
  %514 = load <16 x float>, ptr %513, align 64
  %515 = fmul <16 x float> %514, %splat105
  %516 = getelementptr float, ptr %112, i64 176
  %517 = load <16 x float>, ptr %516, align 64
  %518 = fmul <16 x float> %517, %splat105
  %519 = getelementptr float, ptr %alpha, i64 2
  %520 = load float, ptr %519, align 4
  %521 = insertelement <16 x float> poison, float %520, i32 0
  %splat106 = shufflevector <16 x float> %521, <16 x float> poison, <16 x i32> zeroinitializer
  %522 = getelementptr float, ptr %112, i64 256
  %523 = load <16 x float>, ptr %522, align 64
  %524 = fmul <16 x float> %523, %splat106
  %525 = getelementptr float, ptr %112, i64 272
  %526 = load <16 x float>, ptr %525, align 64
  %527 = fmul <16 x float> %526, %splat106
  %528 = getelementptr float, ptr %112, i64 288
  %529 = load <16 x float>, ptr %528, align 64
  %530 = fmul <16 x float> %529, %splat106
  %531 = getelementptr float, ptr %112, i64 304
  %532 = load <16 x float>, ptr %531, align 64
  %533 = fmul <16 x float> %532, %splat106
  %534 = getelementptr float, ptr %alpha, i64 3
  %535 = load float, ptr %534, align 4
  %536 = insertelement <16 x float> poison, float %535, i32 0
  %splat107 = shufflevector <16 x float> %536, <16 x float> poison, <16 x i32> zeroinitializer
  %537 = getelementptr float, ptr %112, i64 384
  %538 = load <16 x float>, ptr %537, align 64
  %539 = fmul <16 x float> %538, %splat107
  %540 = getelementptr float, ptr %112, i64 400
  %541 = load <16 x float>, ptr %540, align 64
  %542 = fmul <16 x float> %541, %splat107
  %543 = getelementptr float, ptr %112, i64 416
  %544 = load <16 x float>, ptr %543, align 64
  %545 = fmul <16 x float> %544, %splat107
  %546 = getelementptr float, ptr %112, i64 432
  %547 = load <16 x float>, ptr %546, align 64
  %548 = fmul <16 x float> %547, %splat107
  br label %kpv

kpv:                                              ; preds = %body108, %exit102
  %pacc.sroa.60.0 = phi <16 x float> [ %548, %exit102 ], [ %596, %body108 ]
  %pacc.sroa.56.0 = phi <16 x float> [ %545, %exit102 ], [ %590, %body108 ]
  %pacc.sroa.52.0 = phi <16 x float> [ %542, %exit102 ], [ %584, %body108 ]
  %pacc.sroa.48.0 = phi <16 x float> [ %539, %exit102 ], [ %578, %body108 ]
  %pacc.sroa.44.0 = phi <16 x float> [ %533, %exit102 ], [ %595, %body108 ]
  %pacc.sroa.40.0 = phi <16 x float> [ %530, %exit102 ], [ %589, %body108 ]
  %pacc.sroa.36.0 = phi <16 x float> [ %527, %exit102 ], [ %583, %body108 ]
  %pacc.sroa.32.0 = phi <16 x float> [ %524, %exit102 ], [ %577, %body108 ]
  %pacc.sroa.28.0 = phi <16 x float> [ %518, %exit102 ], [ %594, %body108 ]
  %pacc.sroa.24.0 = phi <16 x float> [ %515, %exit102 ], [ %588, %body108 ]
  %pacc.sroa.20.0 = phi <16 x float> [ %512, %exit102 ], [ %582, %body108 ]
  %pacc.sroa.16.0 = phi <16 x float> [ %509, %exit102 ], [ %576, %body108 ]
  %pacc.sroa.12.0 = phi <16 x float> [ %503, %exit102 ], [ %593, %body108 ]
  %pacc.sroa.8.0 = phi <16 x float> [ %500, %exit102 ], [ %587, %body108 ]
  %pacc.sroa.4.0 = phi <16 x float> [ %497, %exit102 ], [ %581, %body108 ]
  %pacc.sroa.0.0 = phi <16 x float> [ %494, %exit102 ], [ %575, %body108 ]
  %kpv111 = phi i32 [ 0, %exit102 ], [ %597, %body108 ]
  %549 = icmp slt i32 %kpv111, %490
  br i1 %549, label %body108, label %exit110

body108:                                          ; preds = %kpv
  %550 = add i32 %kblock15, %kpv111
  %551 = sext i32 %550 to i64
  %552 = mul i64 %551, 8
  %row112 = add i64 %105, %552
  %553 = mul i64 %row112, 256
  %554 = getelementptr i8, ptr %23, i64 %553
  %555 = add i32 %kb_next, %kpv111
  %556 = call i32 @llvm.smin.i32(i32 %555, i32 %k_last)
  %557 = sext i32 %556 to i64
  %558 = mul i64 %557, 8
  %row113 = add i64 %116, %558
  %559 = mul i64 %row113, 256
  %560 = getelementptr i8, ptr %23, i64 %559
  call void @llvm.prefetch.p0(ptr %560, i32 0, i32 2, i32 1)
  %561 = getelementptr i8, ptr %560, i64 64
  call void @llvm.prefetch.p0(ptr %561, i32 0, i32 2, i32 1)
  %562 = sext i32 %kpv111 to i64
  %563 = getelementptr float, ptr %pbuf, i64 %562
  %p = load float, ptr %563, align 4
  %564 = insertelement <16 x float> poison, float %p, i32 0
  %splat114 = shufflevector <16 x float> %564, <16 x float> poison, <16 x i32> zeroinitializer
  %565 = add i64 32, %562
  %566 = getelementptr float, ptr %pbuf, i64 %565
  %p115 = load float, ptr %566, align 4
  %567 = insertelement <16 x float> poison, float %p115, i32 0
  %splat116 = shufflevector <16 x float> %567, <16 x float> poison, <16 x i32> zeroinitializer
  %568 = add i64 64, %562
  %569 = getelementptr float, ptr %pbuf, i64 %568
  %p117 = load float, ptr %569, align 4
  %570 = insertelement <16 x float> poison, float %p117, i32 0
  %splat118 = shufflevector <16 x float> %570, <16 x float> poison, <16 x i32> zeroinitializer
  %571 = add i64 96, %562
  %572 = getelementptr float, ptr %pbuf, i64 %571
  %p119 = load float, ptr %572, align 4
  %573 = insertelement <16 x float> poison, float %p119, i32 0
  %splat120 = shufflevector <16 x float> %573, <16 x float> poison, <16 x i32> zeroinitializer
  %574 = load <16 x half>, ptr %554, align 2
  %f16121 = fpext <16 x half> %574 to <16 x float>
  %575 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat114, <16 x float> %f16121, <16 x float> %pacc.sroa.0.0)
  %576 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat116, <16 x float> %f16121, <16 x float> %pacc.sroa.16.0)
  %577 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat118, <16 x float> %f16121, <16 x float> %pacc.sroa.32.0)
  %578 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat120, <16 x float> %f16121, <16 x float> %pacc.sroa.48.0)
  %579 = getelementptr i8, ptr %554, i64 32
  %580 = load <16 x half>, ptr %579, align 2
  %f16122 = fpext <16 x half> %580 to <16 x float>
  %581 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat114, <16 x float> %f16122, <16 x float> %pacc.sroa.4.0)
  %582 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat116, <16 x float> %f16122, <16 x float> %pacc.sroa.20.0)
  %583 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat118, <16 x float> %f16122, <16 x float> %pacc.sroa.36.0)
  %584 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat120, <16 x float> %f16122, <16 x float> %pacc.sroa.52.0)
  %585 = getelementptr i8, ptr %554, i64 64
  %586 = load <16 x half>, ptr %585, align 2
  %f16123 = fpext <16 x half> %586 to <16 x float>
  %587 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat114, <16 x float> %f16123, <16 x float> %pacc.sroa.8.0)
  %588 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat116, <16 x float> %f16123, <16 x float> %pacc.sroa.24.0)
  %589 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat118, <16 x float> %f16123, <16 x float> %pacc.sroa.40.0)
  %590 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat120, <16 x float> %f16123, <16 x float> %pacc.sroa.56.0)
  %591 = getelementptr i8, ptr %554, i64 96
  %592 = load <16 x half>, ptr %591, align 2
  %f16124 = fpext <16 x half> %592 to <16 x float>
  %593 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat114, <16 x float> %f16124, <16 x float> %pacc.sroa.12.0)
  %594 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat116, <16 x float> %f16124, <16 x float> %pacc.sroa.28.0)
  %595 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat118, <16 x float> %f16124, <16 x float> %pacc.sroa.44.0)
  %596 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat120, <16 x float> %f16124, <16 x float> %pacc.sroa.60.0)
  %597 = add nsw i32 %kpv111, 1
  br label %kpv

exit110:                                          ; preds = %kpv
  store <16 x float> %pacc.sroa.0.0, ptr %112, align 64
  store <16 x float> %pacc.sroa.4.0, ptr %495, align 64
  store <16 x float> %pacc.sroa.8.0, ptr %498, align 64
  store <16 x float> %pacc.sroa.12.0, ptr %501, align 64
  store <16 x float> %pacc.sroa.16.0, ptr %507, align 64
  store <16 x float> %pacc.sroa.20.0, ptr %510, align 64
  store <16 x float> %pacc.sroa.24.0, ptr %513, align 64
  store <16 x float> %pacc.sroa.28.0, ptr %516, align 64
  store <16 x float> %pacc.sroa.32.0, ptr %522, align 64
  store <16 x float> %pacc.sroa.36.0, ptr %525, align 64
  store <16 x float> %pacc.sroa.40.0, ptr %528, align 64
  store <16 x float> %pacc.sroa.44.0, ptr %531, align 64
  store <16 x float> %pacc.sroa.48.0, ptr %537, align 64
  store <16 x float> %pacc.sroa.52.0, ptr %540, align 64
  store <16 x float> %pacc.sroa.56.0, ptr %543, align 64
  store <16 x float> %pacc.sroa.60.0, ptr %546, align 64
  %598 = load float, ptr %alpha, align 4
  %599 = insertelement <16 x float> poison, float %598, i32 0
  %splat126 = shufflevector <16 x float> %599, <16 x float> poison, <16 x i32> zeroinitializer
  %600 = getelementptr float, ptr %112, i64 64
  %601 = load <16 x float>, ptr %600, align 64
  %602 = fmul <16 x float> %601, %splat126
  %603 = getelementptr float, ptr %112, i64 80
  %604 = load <16 x float>, ptr %603, align 64
  %605 = fmul <16 x float> %604, %splat126
  %606 = getelementptr float, ptr %112, i64 96
  %607 = load <16 x float>, ptr %606, align 64
  %608 = fmul <16 x float> %607, %splat126
  %609 = getelementptr float, ptr %112, i64 112
  %610 = load <16 x float>, ptr %609, align 64
  %611 = fmul <16 x float> %610, %splat126
  %612 = load float, ptr %504, align 4
  %613 = insertelement <16 x float> poison, float %612, i32 0
  %splat127 = shufflevector <16 x float> %613, <16 x float> poison, <16 x i32> zeroinitializer
  %614 = getelementptr float, ptr %112, i64 192
  %615 = load <16 x float>, ptr %614, align 64
  %616 = fmul <16 x float> %615, %splat127
  %617 = getelementptr float, ptr %112, i64 208
  %618 = load <16 x float>, ptr %617, align 64
  %619 = fmul <16 x float> %618, %splat127
  %620 = getelementptr float, ptr %112, i64 224
  %621 = load <16 x float>, ptr %620, align 64
  %622 = fmul <16 x float> %621, %splat127
  %623 = getelementptr float, ptr %112, i64 240
  %624 = load <16 x float>, ptr %623, align 64
  %625 = fmul <16 x float> %624, %splat127
  %626 = load float, ptr %519, align 4
  %627 = insertelement <16 x float> poison, float %626, i32 0
  %splat128 = shufflevector <16 x float> %627, <16 x float> poison, <16 x i32> zeroinitializer
  %628 = getelementptr float, ptr %112, i64 320
  %629 = load <16 x float>, ptr %628, align 64
  %630 = fmul <16 x float> %629, %splat128
  %631 = getelementptr float, ptr %112, i64 336
  %632 = load <16 x float>, ptr %631, align 64
  %633 = fmul <16 x float> %632, %splat128
  %634 = getelementptr float, ptr %112, i64 352
  %635 = load <16 x float>, ptr %634, align 64
  %636 = fmul <16 x float> %635, %splat128
  %637 = getelementptr float, ptr %112, i64 368
  %638 = load <16 x float>, ptr %637, align 64
  %639 = fmul <16 x float> %638, %splat128
  %640 = load float, ptr %534, align 4
  %641 = insertelement <16 x float> poison, float %640, i32 0
  %splat129 = shufflevector <16 x float> %641, <16 x float> poison, <16 x i32> zeroinitializer
  %642 = getelementptr float, ptr %112, i64 448
  %643 = load <16 x float>, ptr %642, align 64
  %644 = fmul <16 x float> %643, %splat129
  %645 = getelementptr float, ptr %112, i64 464
  %646 = load <16 x float>, ptr %645, align 64
  %647 = fmul <16 x float> %646, %splat129
  %648 = getelementptr float, ptr %112, i64 480
  %649 = load <16 x float>, ptr %648, align 64
  %650 = fmul <16 x float> %649, %splat129
  %651 = getelementptr float, ptr %112, i64 496
  %652 = load <16 x float>, ptr %651, align 64
  %653 = fmul <16 x float> %652, %splat129
  br label %kpv130

kpv130:                                           ; preds = %body131, %exit110
  %pacc125.sroa.60.0 = phi <16 x float> [ %653, %exit110 ], [ %703, %body131 ]
  %pacc125.sroa.56.0 = phi <16 x float> [ %650, %exit110 ], [ %697, %body131 ]
  %pacc125.sroa.52.0 = phi <16 x float> [ %647, %exit110 ], [ %691, %body131 ]
  %pacc125.sroa.48.0 = phi <16 x float> [ %644, %exit110 ], [ %685, %body131 ]
  %pacc125.sroa.44.0 = phi <16 x float> [ %639, %exit110 ], [ %702, %body131 ]
  %pacc125.sroa.40.0 = phi <16 x float> [ %636, %exit110 ], [ %696, %body131 ]
  %pacc125.sroa.36.0 = phi <16 x float> [ %633, %exit110 ], [ %690, %body131 ]
  %pacc125.sroa.32.0 = phi <16 x float> [ %630, %exit110 ], [ %684, %body131 ]
  %pacc125.sroa.28.0 = phi <16 x float> [ %625, %exit110 ], [ %701, %body131 ]
  %pacc125.sroa.24.0 = phi <16 x float> [ %622, %exit110 ], [ %695, %body131 ]
  %pacc125.sroa.20.0 = phi <16 x float> [ %619, %exit110 ], [ %689, %body131 ]
  %pacc125.sroa.16.0 = phi <16 x float> [ %616, %exit110 ], [ %683, %body131 ]
  %pacc125.sroa.12.0 = phi <16 x float> [ %611, %exit110 ], [ %700, %body131 ]
  %pacc125.sroa.8.0 = phi <16 x float> [ %608, %exit110 ], [ %694, %body131 ]
  %pacc125.sroa.4.0 = phi <16 x float> [ %605, %exit110 ], [ %688, %body131 ]
  %pacc125.sroa.0.0 = phi <16 x float> [ %602, %exit110 ], [ %682, %body131 ]
  %kpv134 = phi i32 [ 0, %exit110 ], [ %704, %body131 ]
  %654 = icmp slt i32 %kpv134, %490
  br i1 %654, label %body131, label %exit133

body131:                                          ; preds = %kpv130
  %655 = add i32 %kblock15, %kpv134
  %656 = sext i32 %655 to i64
  %657 = mul i64 %656, 8
  %row135 = add i64 %105, %657
  %658 = mul i64 %row135, 256
  %659 = getelementptr i8, ptr %23, i64 %658
  %660 = add i32 %kb_next, %kpv134
  %661 = call i32 @llvm.smin.i32(i32 %660, i32 %k_last)
  %662 = sext i32 %661 to i64
  %663 = mul i64 %662, 8
  %row136 = add i64 %116, %663
  %664 = mul i64 %row136, 256
  %665 = getelementptr i8, ptr %23, i64 %664
  %666 = getelementptr i8, ptr %665, i64 128
  call void @llvm.prefetch.p0(ptr %666, i32 0, i32 2, i32 1)
  %667 = getelementptr i8, ptr %666, i64 64
  call void @llvm.prefetch.p0(ptr %667, i32 0, i32 2, i32 1)
  %668 = sext i32 %kpv134 to i64
  %669 = getelementptr float, ptr %pbuf, i64 %668
  %p137 = load float, ptr %669, align 4
  %670 = insertelement <16 x float> poison, float %p137, i32 0
  %splat138 = shufflevector <16 x float> %670, <16 x float> poison, <16 x i32> zeroinitializer
  %671 = add i64 32, %668
  %672 = getelementptr float, ptr %pbuf, i64 %671
  %p139 = load float, ptr %672, align 4
  %673 = insertelement <16 x float> poison, float %p139, i32 0
  %splat140 = shufflevector <16 x float> %673, <16 x float> poison, <16 x i32> zeroinitializer
  %674 = add i64 64, %668
  %675 = getelementptr float, ptr %pbuf, i64 %674
  %p141 = load float, ptr %675, align 4
  %676 = insertelement <16 x float> poison, float %p141, i32 0
  %splat142 = shufflevector <16 x float> %676, <16 x float> poison, <16 x i32> zeroinitializer
  %677 = add i64 96, %668
  %678 = getelementptr float, ptr %pbuf, i64 %677
  %p143 = load float, ptr %678, align 4
  %679 = insertelement <16 x float> poison, float %p143, i32 0
  %splat144 = shufflevector <16 x float> %679, <16 x float> poison, <16 x i32> zeroinitializer
  %680 = getelementptr i8, ptr %659, i64 128
  %681 = load <16 x half>, ptr %680, align 2
  %f16145 = fpext <16 x half> %681 to <16 x float>
  %682 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat138, <16 x float> %f16145, <16 x float> %pacc125.sroa.0.0)
  %683 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat140, <16 x float> %f16145, <16 x float> %pacc125.sroa.16.0)
  %684 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat142, <16 x float> %f16145, <16 x float> %pacc125.sroa.32.0)
  %685 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat144, <16 x float> %f16145, <16 x float> %pacc125.sroa.48.0)
  %686 = getelementptr i8, ptr %659, i64 160
  %687 = load <16 x half>, ptr %686, align 2
  %f16146 = fpext <16 x half> %687 to <16 x float>
  %688 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat138, <16 x float> %f16146, <16 x float> %pacc125.sroa.4.0)
  %689 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat140, <16 x float> %f16146, <16 x float> %pacc125.sroa.20.0)
  %690 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat142, <16 x float> %f16146, <16 x float> %pacc125.sroa.36.0)
  %691 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat144, <16 x float> %f16146, <16 x float> %pacc125.sroa.52.0)
  %692 = getelementptr i8, ptr %659, i64 192
  %693 = load <16 x half>, ptr %692, align 2
  %f16147 = fpext <16 x half> %693 to <16 x float>
  %694 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat138, <16 x float> %f16147, <16 x float> %pacc125.sroa.8.0)
  %695 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat140, <16 x float> %f16147, <16 x float> %pacc125.sroa.24.0)
  %696 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat142, <16 x float> %f16147, <16 x float> %pacc125.sroa.40.0)
  %697 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat144, <16 x float> %f16147, <16 x float> %pacc125.sroa.56.0)
  %698 = getelementptr i8, ptr %659, i64 224
  %699 = load <16 x half>, ptr %698, align 2
  %f16148 = fpext <16 x half> %699 to <16 x float>
  %700 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat138, <16 x float> %f16148, <16 x float> %pacc125.sroa.12.0)
  %701 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat140, <16 x float> %f16148, <16 x float> %pacc125.sroa.28.0)
  %702 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat142, <16 x float> %f16148, <16 x float> %pacc125.sroa.44.0)
  %703 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat144, <16 x float> %f16148, <16 x float> %pacc125.sroa.60.0)
  %704 = add nsw i32 %kpv134, 1
  br label %kpv130

exit133:                                          ; preds = %kpv130
  store <16 x float> %pacc125.sroa.0.0, ptr %600, align 64
  store <16 x float> %pacc125.sroa.4.0, ptr %603, align 64
  store <16 x float> %pacc125.sroa.8.0, ptr %606, align 64
  store <16 x float> %pacc125.sroa.12.0, ptr %609, align 64
  store <16 x float> %pacc125.sroa.16.0, ptr %614, align 64
  store <16 x float> %pacc125.sroa.20.0, ptr %617, align 64
  store <16 x float> %pacc125.sroa.24.0, ptr %620, align 64
  store <16 x float> %pacc125.sroa.28.0, ptr %623, align 64
  store <16 x float> %pacc125.sroa.32.0, ptr %628, align 64
  store <16 x float> %pacc125.sroa.36.0, ptr %631, align 64
  store <16 x float> %pacc125.sroa.40.0, ptr %634, align 64
  store <16 x float> %pacc125.sroa.44.0, ptr %637, align 64
  store <16 x float> %pacc125.sroa.48.0, ptr %642, align 64
  store <16 x float> %pacc125.sroa.52.0, ptr %645, align 64
  store <16 x float> %pacc125.sroa.56.0, ptr %648, align 64
  store <16 x float> %pacc125.sroa.60.0, ptr %651, align 64
  br label %kvh

orow149:                                          ; preds = %kblock, %written
  %orow153 = phi i32 [ %728, %written ], [ 0, %kblock ]
  %705 = icmp slt i32 %orow153, %nrows
  br i1 %705, label %body150, label %done

body150:                                          ; preds = %orow149
  %706 = sext i32 %orow153 to i64
  %707 = getelementptr float, ptr %ms, i64 %706
  %m154 = load float, ptr %707, align 4
  %708 = getelementptr float, ptr %ls, i64 %706
  %l155 = load float, ptr %708, align 4
  %709 = mul i64 %706, 128
  %710 = getelementptr float, ptr %accs, i64 %709
  %711 = icmp ne ptr %part, null
  br i1 %711, label %partial, label %final

partial:                                          ; preds = %body150
  %712 = sext i32 %nrows to i64
  %713 = getelementptr float, ptr %part, i64 %709
  br label %chunk156

final:                                            ; preds = %body150
  %714 = sdiv i32 %orow153, %nh
  %qi161 = add i32 %q_begin, %714
  %715 = srem i32 %orow153, %nh
  %716 = add i32 %h_begin, %715
  %717 = mul i32 %kv_head0, 4
  %hq162 = add i32 %717, %716
  %718 = sext i32 %qi161 to i64
  %719 = add i64 %q_row0, %718
  %720 = mul i64 %719, 32
  %721 = sext i32 %hq162 to i64
  %orow163 = add i64 %720, %721
  %722 = fcmp oeq float %l155, 0.000000e+00
  %723 = fdiv float 1.000000e+00, %l155
  %724 = select i1 %722, float 0.000000e+00, float %723
  %725 = mul i64 %orow163, 512
  %726 = getelementptr i8, ptr %out, i64 %725
  %727 = insertelement <16 x float> poison, float %724, i32 0
  %splat164 = shufflevector <16 x float> %727, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk165

written:                                          ; preds = %chunk165, %exit159
  %728 = add nsw i32 %orow153, 1
  br label %orow149

chunk156:                                         ; preds = %body157, %partial
  %chunk160 = phi i64 [ 0, %partial ], [ %734, %body157 ]
  %729 = icmp slt i64 %chunk160, 8
  br i1 %729, label %body157, label %exit159

body157:                                          ; preds = %chunk156
  %730 = getelementptr <16 x float>, ptr %710, i64 %chunk160
  %731 = load <16 x float>, ptr %730, align 64
  %732 = mul i64 %chunk160, 64
  %733 = getelementptr i8, ptr %713, i64 %732
  store <16 x float> %731, ptr %733, align 4
  %734 = add nsw i64 %chunk160, 1
  br label %chunk156

exit159:                                          ; preds = %chunk156
  %735 = mul i64 %712, 128
  %736 = add i64 %735, %706
  %737 = getelementptr float, ptr %part, i64 %736
  store float %m154, ptr %737, align 4
  %738 = add i64 %736, %712
  %739 = getelementptr float, ptr %part, i64 %738
  store float %l155, ptr %739, align 4
  br label %written

chunk165:                                         ; preds = %body166, %final
  %chunk169 = phi i64 [ 0, %final ], [ %746, %body166 ]
  %740 = icmp slt i64 %chunk169, 8
  br i1 %740, label %body166, label %written

body166:                                          ; preds = %chunk165
  %741 = getelementptr <16 x float>, ptr %710, i64 %chunk169
  %742 = load <16 x float>, ptr %741, align 64
  %743 = fmul <16 x float> %742, %splat164
  %744 = mul i64 %chunk169, 64
  %745 = getelementptr i8, ptr %726, i64 %744
  store <16 x float> %743, ptr %745, align 4
  %746 = add nsw i64 %chunk169, 1
  br label %chunk165
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
