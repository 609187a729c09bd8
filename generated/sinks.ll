; ModuleID = 'sinks'
source_filename = "sinks"
target triple = "x86_64-unknown-linux-gnu"

@sinks.name = private unnamed_addr constant [6 x i8] c"sinks\00"
@sinks.spec = private unnamed_addr constant [392 x i8] c"attncc: 1\0Aname: sinks\0Aphase: decode\0Akind: self\0Aheads: {q: 32, kv: 32, dim: 128, v_dim: 128}\0Atypes: {q: f32, cache: f16, out: f32}\0Ascale: auto\0Acache: {store: kv, layout: contiguous, order: token_major, capacity: 16384, latent_dim: 0, rope_dim: 0, shared_across_layers: false}\0Amask: {causal: true, window: 2044, sinks: 4}\0Aoutput: {lse: true}\0Aslim: {order: auto}\0Amodel: {layers: 1, d_model: 0}\0A\00"
@sinks_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32, ptr, i32, i32, i32, i32, float, i32 } { i32 6, i32 1, i64 7908028613032198455, ptr @sinks.name, ptr @sinks.spec, i32 32, i32 32, i32 128, i32 128, i32 0, i32 1, i32 0, i32 0, i32 0, i32 0, i32 16384, i32 1, i32 1, float 0x3FB6A09E60000000, i32 0, i32 0, i32 0, ptr null, i32 0, i32 2044, i32 4, i32 0, float 0.000000e+00, i32 0 }, align 8
@sinks_kernel = internal constant { ptr, ptr, i32, i32, i32, i32, i32, i32, ptr } { ptr @sinks_info_data, ptr @sinks_tile, i32 1, i32 32, i32 16, i32 16, i32 1, i32 128, ptr null }, align 8

; Function Attrs: nounwind
define internal void @sinks_tile(ptr %0, ptr %1) #0 {
entry:
  %muse = alloca float, align 64
  %lsum = alloca <16 x float>, align 64
  %smax = alloca <16 x float>, align 64
  %lows = alloca [32 x i32], align 64
  %lims = alloca [32 x i32], align 64
  %alpha = alloca float, align 64
  %accs = alloca [4096 x float], align 64
  %pbuf = alloca [32 x float], align 64
  %dbuf = alloca [32 x <16 x float>], align 64
  %qs = alloca [256 x <16 x float>], align 64
  %ls = alloca [32 x float], align 64
  %ms = alloca [32 x float], align 64
  %q_row0 = load i64, ptr %1, align 4
  %2 = getelementptr i8, ptr %1, i64 8
  %seq = load i32, ptr %2, align 4
  %3 = getelementptr i8, ptr %1, i64 12
  %kv_head = load i32, ptr %3, align 4
  %kv_head0 = mul i32 %kv_head, 32
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
  %sink_end = load i32, ptr %12, align 4
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
  %19 = mul i64 %18, 134217728
  %20 = getelementptr i8, ptr %k_cache, i64 %19
  %21 = sext i32 %kv_head0 to i64
  %22 = getelementptr i8, ptr %0, i64 64
  %v_cache = load ptr, ptr %22, align 8
  %23 = getelementptr i8, ptr %v_cache, i64 %19
  %24 = icmp sgt i32 %nrows, 0
  br i1 %24, label %rinit, label %done

done:                                             ; preds = %orow96, %entry
  ret void

rinit:                                            ; preds = %entry, %exit8
  %rinit1 = phi i32 [ %73, %exit8 ], [ 0, %entry ]
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
  %hq = add i32 %kv_head0, %h
  %34 = sext i32 %qi to i64
  %35 = add i64 %q_row0, %34
  %36 = mul i64 %35, 32
  %37 = sext i32 %hq to i64
  %orow = add i64 %36, %37
  %38 = mul i64 %orow, 512
  %39 = getelementptr i8, ptr %q, i64 %38
  %40 = select i1 %29, float 0x3FC0527DC0000000, float 0.000000e+00
  %41 = insertelement <16 x float> poison, float %40, i32 0
  %splat = shufflevector <16 x float> %41, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

exit:                                             ; preds = %rinit
  %42 = sub i32 %nrows, 1
  %43 = sdiv i32 %42, %nh
  %44 = add i32 %q_begin, %43
  %45 = add i32 %q_pos0, %44
  %46 = add i32 %45, 1
  %47 = call i32 @llvm.smin.i32(i32 %46, i32 %k_end)
  %48 = add i32 %q_pos0, %q_begin
  %49 = sub i32 %48, 2043
  %50 = call i32 @llvm.smax.i32(i32 %49, i32 %k_begin)
  br label %krange

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %57, %body2 ]
  %51 = icmp slt i64 %chunk5, 8
  br i1 %51, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %52 = mul i64 %chunk5, 64
  %53 = getelementptr i8, ptr %39, i64 %52
  %54 = load <16 x float>, ptr %53, align 4
  %55 = fmul <16 x float> %54, %splat
  %56 = getelementptr <16 x float>, ptr %28, i64 %chunk5
  store <16 x float> %55, ptr %56, align 64
  %57 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %58 = getelementptr float, ptr %ms, i64 %26
  store float 0xFFF0000000000000, ptr %58, align 4
  %59 = getelementptr float, ptr %ls, i64 %26
  store float 0.000000e+00, ptr %59, align 4
  %60 = getelementptr i32, ptr %lims, i64 %26
  %61 = add i32 %q_pos0, %qi
  %62 = add i32 %61, 1
  %63 = call i32 @llvm.smin.i32(i32 %62, i32 %k_end)
  store i32 %63, ptr %60, align 4
  %64 = getelementptr i32, ptr %lows, i64 %26
  %65 = sub i32 %61, 2043
  %66 = call i32 @llvm.smax.i32(i32 %65, i32 %k_begin)
  store i32 %66, ptr %64, align 4
  br label %acczero

acczero:                                          ; preds = %body6, %exit4
  %acczero9 = phi i64 [ 0, %exit4 ], [ %72, %body6 ]
  %67 = icmp slt i64 %acczero9, 8
  br i1 %67, label %body6, label %exit8

body6:                                            ; preds = %acczero
  %68 = mul i64 %acczero9, 16
  %69 = mul i64 %26, 128
  %70 = add i64 %69, %68
  %71 = getelementptr float, ptr %accs, i64 %70
  store <16 x float> zeroinitializer, ptr %71, align 64
  %72 = add nsw i64 %acczero9, 1
  br label %acczero

exit8:                                            ; preds = %acczero
  %73 = add nsw i32 %rinit1, 1
  br label %rinit

krange:                                           ; preds = %exit16, %exit
  %krange13 = phi i32 [ 0, %exit ], [ %79, %exit16 ]
  %74 = icmp slt i32 %krange13, 2
  br i1 %74, label %body10, label %orow96

body10:                                           ; preds = %krange
  %75 = icmp eq i32 %krange13, 0
  %range_lo = select i1 %75, i32 0, i32 %50
  %76 = call i32 @llvm.smin.i32(i32 %sink_end, i32 %47)
  %range_hi = select i1 %75, i32 %76, i32 %47
  %k_last = sub i32 %range_hi, 1
  br label %kblock

kblock:                                           ; preds = %kvh, %body10
  %kblock17 = phi i32 [ %range_lo, %body10 ], [ %78, %kvh ]
  %77 = icmp slt i32 %kblock17, %range_hi
  br i1 %77, label %body14, label %exit16

body14:                                           ; preds = %kblock
  %78 = add i32 %kblock17, 32
  br label %kvh

exit16:                                           ; preds = %kblock
  %79 = add nsw i32 %krange13, 1
  br label %krange

kvh:                                              ; preds = %exit83, %body14
  %kvh21 = phi i32 [ 0, %body14 ], [ %82, %exit83 ]
  %80 = icmp slt i32 %kvh21, 32
  br i1 %80, label %body18, label %kblock

body18:                                           ; preds = %kvh
  %81 = icmp eq i32 %kvh21, 31
  %82 = add i32 %kvh21, 1
  %83 = select i1 %81, i32 0, i32 %82
  %kb_next = select i1 %81, i32 %78, i32 %kblock17
  %84 = sext i32 %kvh21 to i64
  %85 = add i64 %21, %84
  %86 = getelementptr float, ptr %ms, i64 %84
  %87 = getelementptr float, ptr %ls, i64 %84
  %88 = mul i64 %84, 8
  %89 = getelementptr <16 x float>, ptr %qs, i64 %88
  %90 = mul i64 %84, 128
  %91 = getelementptr float, ptr %accs, i64 %90
  %92 = getelementptr i32, ptr %lims, i64 %84
  %93 = getelementptr i32, ptr %lows, i64 %84
  %94 = sext i32 %83 to i64
  %95 = add i64 %21, %94
  br label %kdot

kdot:                                             ; preds = %body22, %body18
  %kdot25 = phi i32 [ 0, %body18 ], [ %187, %body22 ]
  %96 = icmp slt i32 %kdot25, 32
  br i1 %96, label %body22, label %score

body22:                                           ; preds = %kdot
  %97 = add i32 %kblock17, %kdot25
  %98 = call i32 @llvm.smin.i32(i32 %97, i32 %k_last)
  %99 = sext i32 %98 to i64
  %100 = mul i64 %99, 32
  %row = add i64 %85, %100
  %101 = mul i64 %row, 256
  %102 = getelementptr i8, ptr %20, i64 %101
  %103 = add i32 %kb_next, %kdot25
  %104 = call i32 @llvm.smin.i32(i32 %103, i32 %k_last)
  %105 = sext i32 %104 to i64
  %106 = mul i64 %105, 32
  %row26 = add i64 %95, %106
  %107 = mul i64 %row26, 256
  %108 = getelementptr i8, ptr %20, i64 %107
  call void @llvm.prefetch.p0(ptr %108, i32 0, i32 2, i32 1)
  %109 = getelementptr i8, ptr %108, i64 64
  call void @llvm.prefetch.p0(ptr %109, i32 0, i32 2, i32 1)
  %110 = getelementptr i8, ptr %108, i64 128
  call void @llvm.prefetch.p0(ptr %110, i32 0, i32 2, i32 1)
  %111 = getelementptr i8, ptr %108, i64 192
  call void @llvm.prefetch.p0(ptr %111, i32 0, i32 2, i32 1)
  %112 = add i32 %kdot25, 1
  %113 = add i32 %kblock17, %112
  %114 = call i32 @llvm.smin.i32(i32 %113, i32 %k_last)
  %115 = sext i32 %114 to i64
  %116 = mul i64 %115, 32
  %row27 = add i64 %85, %116
  %117 = mul i64 %row27, 256
  %118 = getelementptr i8, ptr %20, i64 %117
  %119 = add i32 %kb_next, %112
  %120 = call i32 @llvm.smin.i32(i32 %119, i32 %k_last)
  %121 = sext i32 %120 to i64
  %122 = mul i64 %121, 32
  %row28 = add i64 %95, %122
  %123 = mul i64 %row28, 256
  %124 = getelementptr i8, ptr %20, i64 %123
  call void @llvm.prefetch.p0(ptr %124, i32 0, i32 2, i32 1)
  %125 = getelementptr i8, ptr %124, i64 64
  call void @llvm.prefetch.p0(ptr %125, i32 0, i32 2, i32 1)
  %126 = getelementptr i8, ptr %124, i64 128
  call void @llvm.prefetch.p0(ptr %126, i32 0, i32 2, i32 1)
  %127 = getelementptr i8, ptr %124, i64 192
  call void @llvm.prefetch.p0(ptr %127, i32 0, i32 2, i32 1)
  %q29 = load <16 x float>, ptr %89, align 64
  %128 = load <16 x half>, ptr %102, align 2
  %f16 = fpext <16 x half> %128 to <16 x float>
  %129 = load <16 x half>, ptr %118, align 2
  %f1630 = fpext <16 x half> %129 to <16 x float>
  %130 = fmul <16 x float> %q29, %f16
  %131 = fmul <16 x float> %q29, %f1630
  %132 = getelementptr <16 x float>, ptr %89, i64 1
  %q31 = load <16 x float>, ptr %132, align 64
  %133 = getelementptr i8, ptr %102, i64 32
  %134 = load <16 x half>, ptr %133, align 2
  %f1632 = fpext <16 x half> %134 to <16 x float>
  %135 = getelementptr i8, ptr %118, i64 32
  %136 = load <16 x half>, ptr %135, align 2
  %f1633 = fpext <16 x half> %136 to <16 x float>
  %137 = fmul <16 x float> %q31, %f1632
  %138 = fmul <16 x float> %q31, %f1633
  %139 = getelementptr <16 x float>, ptr %89, i64 2
  %q34 = load <16 x float>, ptr %139, align 64
  %140 = getelementptr i8, ptr %102, i64 64
  %141 = load <16 x half>, ptr %140, align 2
  %f1635 = fpext <16 x half> %141 to <16 x float>
  %142 = getelementptr i8, ptr %118, i64 64
  %143 = load <16 x half>, ptr %142, align 2
  %f1636 = fpext <16 x half> %143 to <16 x float>
  %144 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %f1635, <16 x float> %130)
  %145 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %f1636, <16 x float> %131)
  %146 = getelementptr <16 x float>, ptr %89, i64 3
  %q37 = load <16 x float>, ptr %146, align 64
  %147 = getelementptr i8, ptr %102, i64 96
  %148 = load <16 x half>, ptr %147, align 2
  %f1638 = fpext <16 x half> %148 to <16 x float>
  %149 = getelementptr i8, ptr %118, i64 96
  %150 = load <16 x half>, ptr %149, align 2
  %f1639 = fpext <16 x half> %150 to <16 x float>
  %151 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %f1638, <16 x float> %137)
  %152 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %f1639, <16 x float> %138)
  %153 = getelementptr <16 x float>, ptr %89, i64 4
  %q40 = load <16 x float>, ptr %153, align 64
  %154 = getelementptr i8, ptr %102, i64 128
  %155 = load <16 x half>, ptr %154, align 2
  %f1641 = fpext <16 x half> %155 to <16 x float>
  %156 = getelementptr i8, ptr %118, i64 128
  %157 = load <16 x half>, ptr %156, align 2
  %f1642 = fpext <16 x half> %157 to <16 x float>
  %158 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q40, <16 x float> %f1641, <16 x float> %144)
  %159 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q40, <16 x float> %f1642, <16 x float> %145)
  %160 = getelementptr <16 x float>, ptr %89, i64 5
  %q43 = load <16 x float>, ptr %160, align 64
  %161 = getelementptr i8, ptr %102, i64 160
  %162 = load <16 x half>, ptr %161, align 2
  %f1644 = fpext <16 x half> %162 to <16 x float>
  %163 = getelementptr i8, ptr %118, i64 160
  %164 = load <16 x half>, ptr %163, align 2
  %f1645 = fpext <16 x half> %164 to <16 x float>
  %165 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q43, <16 x float> %f1644, <16 x float> %151)
  %166 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q43, <16 x float> %f1645, <16 x float> %152)
  %167 = getelementptr <16 x float>, ptr %89, i64 6
  %q46 = load <16 x float>, ptr %167, align 64
  %168 = getelementptr i8, ptr %102, i64 192
  %169 = load <16 x half>, ptr %168, align 2
  %f1647 = fpext <16 x half> %169 to <16 x float>
  %170 = getelementptr i8, ptr %118, i64 192
  %171 = load <16 x half>, ptr %170, align 2
  %f1648 = fpext <16 x half> %171 to <16 x float>
  %172 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q46, <16 x float> %f1647, <16 x float> %158)
  %173 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q46, <16 x float> %f1648, <16 x float> %159)
  %174 = getelementptr <16 x float>, ptr %89, i64 7
  %q49 = load <16 x float>, ptr %174, align 64
  %175 = getelementptr i8, ptr %102, i64 224
  %176 = load <16 x half>, ptr %175, align 2
  %f1650 = fpext <16 x half> %176 to <16 x float>
  %177 = getelementptr i8, ptr %118, i64 224
  %178 = load <16 x half>, ptr %177, align 2
  %f1651 = fpext <16 x half> %178 to <16 x float>
  %179 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q49, <16 x float> %f1650, <16 x float> %165)
  %180 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q49, <16 x float> %f1651, <16 x float> %166)
  %181 = fadd <16 x float> %172, %179
  %182 = sext i32 %kdot25 to i64
  %183 = getelementptr <16 x float>, ptr %dbuf, i64 %182
  store <16 x float> %181, ptr %183, align 64
  %184 = fadd <16 x float> %173, %180
  %185 = sext i32 %112 to i64
  %186 = getelementptr <16 x float>, ptr %dbuf, i64 %185
  store <16 x float> %184, ptr %186, align 64
  %187 = add nsw i32 %kdot25, 2
  br label %kdot

score:                                            ; preds = %kdot, %body52
  %score55 = phi i64 [ %308, %body52 ], [ 0, %kdot ]
  %188 = icmp slt i64 %score55, 2
  br i1 %188, label %body52, label %rmax

body52:                                           ; preds = %score
  %189 = sdiv i64 %score55, 2
  %190 = srem i64 %score55, 2
  %191 = mul i64 %190, 16
  %192 = mul i64 %189, 32
  %193 = add i64 %192, %191
  %194 = getelementptr <16 x float>, ptr %dbuf, i64 %193
  %195 = load <16 x float>, ptr %194, align 64
  %196 = add i64 %193, 1
  %197 = getelementptr <16 x float>, ptr %dbuf, i64 %196
  %198 = load <16 x float>, ptr %197, align 64
  %199 = shufflevector <16 x float> %195, <16 x float> %198, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %200 = shufflevector <16 x float> %195, <16 x float> %198, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %201 = fadd <16 x float> %199, %200
  %202 = add i64 %193, 2
  %203 = getelementptr <16 x float>, ptr %dbuf, i64 %202
  %204 = load <16 x float>, ptr %203, align 64
  %205 = add i64 %193, 3
  %206 = getelementptr <16 x float>, ptr %dbuf, i64 %205
  %207 = load <16 x float>, ptr %206, align 64
  %208 = shufflevector <16 x float> %204, <16 x float> %207, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %209 = shufflevector <16 x float> %204, <16 x float> %207, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %210 = fadd <16 x float> %208, %209
  %211 = shufflevector <16 x float> %201, <16 x float> %210, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %212 = shufflevector <16 x float> %201, <16 x float> %210, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %213 = fadd <16 x float> %211, %212
  %214 = add i64 %193, 4
  %215 = getelementptr <16 x float>, ptr %dbuf, i64 %214
  %216 = load <16 x float>, ptr %215, align 64
  %217 = add i64 %193, 5
  %218 = getelementptr <16 x float>, ptr %dbuf, i64 %217
  %219 = load <16 x float>, ptr %218, align 64
  %220 = shufflevector <16 x float> %216, <16 x float> %219, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %221 = shufflevector <16 x float> %216, <16 x float> %219, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %222 = fadd <16 x float> %220, %221
  %223 = add i64 %193, 6
  %224 = getelementptr <16 x float>, ptr %dbuf, i64 %223
  %225 = load <16 x float>, ptr %224, align 64
  %226 = add i64 %193, 7
  %227 = getelementptr <16 x float>, ptr %dbuf, i64 %226
  %228 = load <16 x float>, ptr %227, align 64
  %229 = shufflevector <16 x float> %225, <16 x float> %228, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %230 = shufflevector <16 x float> %225, <16 x float> %228, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %231 = fadd <16 x float> %229, %230
  %232 = shufflevector <16 x float> %222, <16 x float> %231, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %233 = shufflevector <16 x float> %222, <16 x float> %231, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %234 = fadd <16 x float> %232, %233
  %235 = shufflevector <16 x float> %213, <16 x float> %234, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %236 = shufflevector <16 x float> %213, <16 x float> %234, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %237 = fadd <16 x float> %235, %236
  %238 = add i64 %193, 8
  %239 = getelementptr <16 x float>, ptr %dbuf, i64 %238
  %240 = load <16 x float>, ptr %239, align 64
  %241 = add i64 %193, 9
  %242 = getelementptr <16 x float>, ptr %dbuf, i64 %241
  %243 = load <16 x float>, ptr %242, align 64
  %244 = shufflevector <16 x float> %240, <16 x float> %243, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %245 = shufflevector <16 x float> %240, <16 x float> %243, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %246 = fadd <16 x float> %244, %245
  %247 = add i64 %193, 10
  %248 = getelementptr <16 x float>, ptr %dbuf, i64 %247
  %249 = load <16 x float>, ptr %248, align 64
  %250 = add i64 %193, 11
  %251 = getelementptr <16 x float>, ptr %dbuf, i64 %250
  %252 = load <16 x float>, ptr %251, align 64
  %253 = shufflevector <16 x float> %249, <16 x float> %252, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %254 = shufflevector <16 x float> %249, <16 x float> %252, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %255 = fadd <16 x float> %253, %254
  %256 = shufflevector <16 x float> %246, <16 x float> %255, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %257 = shufflevector <16 x float> %246, <16 x float> %255, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %258 = fadd <16 x float> %256, %257
  %259 = add i64 %193, 12
  %260 = getelementptr <16 x float>, ptr %dbuf, i64 %259
  %261 = load <16 x float>, ptr %260, align 64
  %262 = add i64 %193, 13
  %263 = getelementptr <16 x float>, ptr %dbuf, i64 %262
  %264 = load <16 x float>, ptr %263, align 64
  %265 = shufflevector <16 x float> %261, <16 x float> %264, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %266 = shufflevector <16 x float> %261, <16 x float> %264, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %267 = fadd <16 x float> %265, %266
  %268 = add i64 %193, 14
  %269 = getelementptr <16 x float>, ptr %dbuf, i64 %268
  %270 = load <16 x float>, ptr %269, align 64
  %271 = add i64 %193, 15
  %272 = getelementptr <16 x float>, ptr %dbuf, i64 %271
  %273 = load <16 x float>, ptr %272, align 64
  %274 = shufflevector <16 x float> %270, <16 x float> %273, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %275 = shufflevector <16 x float> %270, <16 x float> %273, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %276 = fadd <16 x float> %274, %275
  %277 = shufflevector <16 x float> %267, <16 x float> %276, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %278 = shufflevector <16 x float> %267, <16 x float> %276, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %279 = fadd <16 x float> %277, %278
  %280 = shufflevector <16 x float> %258, <16 x float> %279, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %281 = shufflevector <16 x float> %258, <16 x float> %279, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %282 = fadd <16 x float> %280, %281
  %283 = shufflevector <16 x float> %237, <16 x float> %282, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %284 = shufflevector <16 x float> %237, <16 x float> %282, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %285 = fadd <16 x float> %283, %284
  %286 = getelementptr i32, ptr %92, i64 %189
  %lim = load i32, ptr %286, align 4
  %287 = insertelement <16 x i32> poison, i32 %lim, i32 0
  %splat56 = shufflevector <16 x i32> %287, <16 x i32> poison, <16 x i32> zeroinitializer
  %288 = insertelement <16 x i32> poison, i32 %range_hi, i32 0
  %splat57 = shufflevector <16 x i32> %288, <16 x i32> poison, <16 x i32> zeroinitializer
  %289 = call <16 x i32> @llvm.smin.v16i32(<16 x i32> %splat56, <16 x i32> %splat57)
  %290 = trunc i64 %191 to i32
  %291 = add i32 %kblock17, %290
  %292 = insertelement <16 x i32> poison, i32 %291, i32 0
  %splat58 = shufflevector <16 x i32> %292, <16 x i32> poison, <16 x i32> zeroinitializer
  %293 = add <16 x i32> %splat58, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %294 = getelementptr i32, ptr %93, i64 %189
  %low = load i32, ptr %294, align 4
  %295 = insertelement <16 x i32> poison, i32 %low, i32 0
  %splat59 = shufflevector <16 x i32> %295, <16 x i32> poison, <16 x i32> zeroinitializer
  %296 = icmp slt <16 x i32> %293, %289
  %297 = icmp sge <16 x i32> %293, %splat59
  %298 = icmp slt <16 x i32> %293, <i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4>
  %299 = or <16 x i1> %297, %298
  %300 = and <16 x i1> %296, %299
  %301 = select <16 x i1> %300, <16 x float> %285, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %302 = getelementptr float, ptr %pbuf, i64 %193
  store <16 x float> %301, ptr %302, align 64
  %303 = getelementptr <16 x float>, ptr %smax, i64 %189
  %304 = icmp eq i64 %190, 0
  %305 = load <16 x float>, ptr %303, align 64
  %306 = select i1 %304, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <16 x float> %305
  %307 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %306, <16 x float> %301)
  store <16 x float> %307, ptr %303, align 64
  %308 = add nsw i64 %score55, 1
  br label %score

rmax:                                             ; preds = %score, %body60
  %rmax63 = phi i64 [ %345, %body60 ], [ 0, %score ]
  %309 = icmp slt i64 %rmax63, 1
  br i1 %309, label %body60, label %pexp

body60:                                           ; preds = %rmax
  %310 = getelementptr float, ptr %86, i64 %rmax63
  %m = load float, ptr %310, align 4
  %311 = getelementptr <16 x float>, ptr %smax, i64 %rmax63
  %312 = load <16 x float>, ptr %311, align 64
  %313 = shufflevector <16 x float> %312, <16 x float> undef, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %314 = shufflevector <16 x float> %312, <16 x float> undef, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %315 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %313, <8 x float> %314)
  %316 = shufflevector <8 x float> %315, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %317 = shufflevector <8 x float> %315, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %318 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %316, <4 x float> %317)
  %319 = shufflevector <4 x float> %318, <4 x float> undef, <2 x i32> <i32 0, i32 1>
  %320 = shufflevector <4 x float> %318, <4 x float> undef, <2 x i32> <i32 2, i32 3>
  %321 = call <2 x float> @llvm.maxnum.v2f32(<2 x float> %319, <2 x float> %320)
  %322 = shufflevector <2 x float> %321, <2 x float> undef, <1 x i32> zeroinitializer
  %323 = shufflevector <2 x float> %321, <2 x float> undef, <1 x i32> <i32 1>
  %324 = call <1 x float> @llvm.maxnum.v1f32(<1 x float> %322, <1 x float> %323)
  %325 = extractelement <1 x float> %324, i32 0
  %326 = call float @llvm.maxnum.f32(float %m, float %325)
  %327 = fcmp oeq float %326, 0xFFF0000000000000
  %muse64 = select i1 %327, float 0.000000e+00, float %326
  %328 = fsub float %m, %muse64
  %329 = insertelement <16 x float> poison, float %328, i32 0
  %splat65 = shufflevector <16 x float> %329, <16 x float> poison, <16 x i32> zeroinitializer
  %330 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat65, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %331 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %330, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %332 = fadd <16 x float> %331, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %332, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %331, %n
  %333 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %334 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %333, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %335 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %334, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %336 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %335, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %337 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %336, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %338 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %337, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %339 = fptosi <16 x float> %n to <16 x i32>
  %340 = add <16 x i32> %339, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %341 = shl <16 x i32> %340, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %342 = bitcast <16 x i32> %341 to <16 x float>
  %exp2 = fmul <16 x float> %338, %342
  %alpha66 = extractelement <16 x float> %exp2, i32 0
  store float %326, ptr %310, align 4
  %343 = getelementptr float, ptr %muse, i64 %rmax63
  store float %muse64, ptr %343, align 4
  %344 = getelementptr float, ptr %alpha, i64 %rmax63
  store float %alpha66, ptr %344, align 4
  %345 = add nsw i64 %rmax63, 1
  br label %rmax

pexp:                                             ; preds = %rmax, %body67
  %pexp70 = phi i64 [ %376, %body67 ], [ 0, %rmax ]
  %346 = icmp slt i64 %pexp70, 2
  br i1 %346, label %body67, label %lsum75

body67:                                           ; preds = %pexp
  %347 = sdiv i64 %pexp70, 2
  %348 = srem i64 %pexp70, 2
  %349 = mul i64 %348, 16
  %350 = mul i64 %347, 32
  %351 = add i64 %350, %349
  %352 = getelementptr float, ptr %pbuf, i64 %351
  %353 = getelementptr float, ptr %muse, i64 %347
  %354 = load float, ptr %353, align 4
  %355 = insertelement <16 x float> poison, float %354, i32 0
  %splat71 = shufflevector <16 x float> %355, <16 x float> poison, <16 x i32> zeroinitializer
  %356 = load <16 x float>, ptr %352, align 64
  %357 = fsub <16 x float> %356, %splat71
  %358 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %357, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %359 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %358, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %360 = fadd <16 x float> %359, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n72 = fsub <16 x float> %360, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f73 = fsub <16 x float> %359, %n72
  %361 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f73, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %362 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %361, <16 x float> %f73, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %363 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %362, <16 x float> %f73, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %364 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %363, <16 x float> %f73, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %365 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %364, <16 x float> %f73, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %366 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %365, <16 x float> %f73, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %367 = fptosi <16 x float> %n72 to <16 x i32>
  %368 = add <16 x i32> %367, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %369 = shl <16 x i32> %368, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %370 = bitcast <16 x i32> %369 to <16 x float>
  %exp274 = fmul <16 x float> %366, %370
  store <16 x float> %exp274, ptr %352, align 64
  %371 = getelementptr <16 x float>, ptr %lsum, i64 %347
  %372 = icmp eq i64 %348, 0
  %373 = load <16 x float>, ptr %371, align 64
  %374 = select i1 %372, <16 x float> zeroinitializer, <16 x float> %373
  %375 = fadd <16 x float> %374, %exp274
  store <16 x float> %375, ptr %371, align 64
  %376 = add nsw i64 %pexp70, 1
  br label %pexp

lsum75:                                           ; preds = %pexp, %body76
  %lsum79 = phi i64 [ %385, %body76 ], [ 0, %pexp ]
  %377 = icmp slt i64 %lsum79, 1
  br i1 %377, label %body76, label %exit78

body76:                                           ; preds = %lsum75
  %378 = getelementptr float, ptr %87, i64 %lsum79
  %379 = getelementptr float, ptr %alpha, i64 %lsum79
  %380 = load float, ptr %379, align 4
  %381 = getelementptr <16 x float>, ptr %lsum, i64 %lsum79
  %382 = load <16 x float>, ptr %381, align 64
  %383 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %382)
  %l = load float, ptr %378, align 4
  %384 = call float @llvm.fmuladd.f32(float %l, float %380, float %383)
  store float %384, ptr %378, align 4
  %385 = add nsw i64 %lsum79, 1
  br label %lsum75

exit78:                                           ; preds = %lsum75
  %386 = sub i32 %range_hi, %kblock17
  %387 = call i32 @llvm.smin.i32(i32 32, i32 %386)
  %388 = load float, ptr %alpha, align 4
  %389 = insertelement <16 x float> poison, float %388, i32 0
  %splat80 = shufflevector <16 x float> %389, <16 x float> poison, <16 x i32> zeroinitializer
  %390 = load <16 x float>, ptr %91, align 64
  %391 = fmul <16 x float> %390, %splat80
  %392 = getelementptr float, ptr %91, i64 16
  %393 = load <16 x float>, ptr %392, align 64
  %394 = fmul <16 x float> %393, %splat80
  %395 = getelementptr float, ptr %91, i64 32
  %396 = load <16 x float>, ptr %395, align 64
  %397 = fmul <16 x float> %396, %splat80
  %398 = getelementptr float, ptr %91, i64 48
  %399 = load <16 x float>, ptr %398, align 64
  %400 = fmul <16 x float> %399, %splat80
  %401 = getelementptr float, ptr %91, i64 64
  %402 = load <16 x float>, ptr %401, align 64
  %403 = fmul <16 x float> %402, %splat80
  %404 = getelementptr float, ptr %91, i64 80
  %405 = load <16 x float>, ptr %404, align 64
  %406 = fmul <16 x float> %405, %splat80
  %407 = getelementptr float, ptr %91, i64 96
  %408 = load <16 x float>, ptr %407, align 64
  %409 = fmul <16 x float> %408, %splat80
  %410 = getelementptr float, ptr %91, i64 112
  %411 = load <16 x float>, ptr %410, align 64
  %412 = fmul <16 x float> %411, %splat80
  br label %kpv

kpv:                                              ; preds = %body81, %exit78
  %pacc.sroa.28.0 = phi <16 x float> [ %412, %exit78 ], [ %453, %body81 ]
  %pacc.sroa.24.0 = phi <16 x float> [ %409, %exit78 ], [ %450, %body81 ]
  %pacc.sroa.20.0 = phi <16 x float> [ %406, %exit78 ], [ %447, %body81 ]
  %pacc.sroa.16.0 = phi <16 x float> [ %403, %exit78 ], [ %444, %body81 ]
  %pacc.sroa.12.0 = phi <16 x float> [ %400, %exit78 ], [ %441, %body81 ]
  %pacc.sroa.8.0 = phi <16 x float> [ %397, %exit78 ], [ %438, %body81 ]
  %pacc.sroa.4.0 = phi <16 x float> [ %394, %exit78 ], [ %435, %body81 ]
  %pacc.sroa.0.0 = phi <16 x float> [ %391, %exit78 ], [ %432, %body81 ]
  %kpv84 = phi i32 [ 0, %exit78 ], [ %454, %body81 ]
  %413 = icmp slt i32 %kpv84, %387
  br i1 %413, label %body81, label %exit83

body81:                                           ; preds = %kpv
  %414 = add i32 %kblock17, %kpv84
  %415 = sext i32 %414 to i64
  %416 = mul i64 %415, 32
  %row85 = add i64 %85, %416
  %417 = mul i64 %row85, 256
  %418 = getelementptr i8, ptr %23, i64 %417
  %419 = add i32 %kb_next, %kpv84
  %420 = call i32 @llvm.smin.i32(i32 %419, i32 %k_last)
  %421 = sext i32 %420 to i64
  %422 = mul i64 %421, 32
  %row86 = add i64 %95, %422
  %423 = mul i64 %row86, 256
  %424 = getelementptr i8, ptr %23, i64 %423
  call void @llvm.prefetch.p0(ptr %424, i32 0, i32 2, i32 1)
  %425 = getelementptr i8, ptr %424, i64 64
  call void @llvm.prefetch.p0(ptr %425, i32 0, i32 2, i32 1)
  %426 = getelementptr i8, ptr %424, i64 128
  call void @llvm.prefetch.p0(ptr %426, i32 0, i32 2, i32 1)
  %427 = getelementptr i8, ptr %424, i64 192
  call void @llvm.prefetch.p0(ptr %427, i32 0, i32 2, i32 1)
  %428 = sext i32 %kpv84 to i64
  %429 = getelementptr float, ptr %pbuf, i64 %428
  %p = load float, ptr %429, align 4
  %430 = insertelement <16 x float> poison, float %p, i32 0
  %splat87 = shufflevector <16 x float> %430, <16 x float> poison, <16 x i32> zeroinitializer
  %431 = load <16 x half>, ptr %418, align 2
  %f1688 = fpext <16 x half> %431 to <16 x float>
  %432 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat87, <16 x float> %f1688, <16 x float> %pacc.sroa.0.0)
  %433 = getelementptr i8, ptr %418, i64 32
  %434 = load <16 x half>, ptr %433, align 2
  %f1689 = fpext <16 x half> %434 to <16 x float>
  %435 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat87, <16 x float> %f1689, <16 x float> %pacc.sroa.4.0)
  %436 = getelementptr i8, ptr %418, i64 64
  %437 = load <16 x half>, ptr %436, align 2
  %f1690 = fpext <16 x half> %437 to <16 x float>
  %438 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat87, <16 x float> %f1690, <16 x float> %pacc.sroa.8.0)
  %439 = getelementptr i8, ptr %418, i64 96
  %440 = load <16 x half>, ptr %439, align 2
  %f1691 = fpext <16 x half> %440 to <16 x float>
  %441 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat87, <16 x float> %f1691, <16 x float> %pacc.sroa.12.0)
  %442 = getelementptr i8, ptr %418, i64 128
  %443 = load <16 x half>, ptr %442, align 2
  %f1692 = fpext <16 x half> %443 to <16 x float>
  %444 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat87, <16 x float> %f1692, <16 x float> %pacc.sroa.16.0)
  %445 = getelementptr i8, ptr %418, i64 160
  %446 = load <16 x half>, ptr %445, align 2
  %f1693 = fpext <16 x half> %446 to <16 x float>
  %447 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat87, <16 x float> %f1693, <16 x float> %pacc.sroa.20.0)
  %448 = getelementptr i8, ptr %418, i64 192
  %449 = load <16 x half>, ptr %448, align 2
  %f1694 = fpext <16 x half> %449 to <16 x float>
  %450 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat87, <16 x float> %f1694, <16 x float> %pacc.sroa.24.0)
  %451 = getelementptr i8, ptr %418, i64 224
  %452 = load <16 x half>, ptr %451, align 2
  %f1695 = fpext <16 x half> %452 to <16 x float>
  %453 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat87, <16 x float> %f1695, <16 x float> %pacc.sroa.28.0)
  %454 = add nsw i32 %kpv84, 1
  br label %kpv

exit83:                                           ; preds = %kpv
  store <16 x float> %pacc.sroa.0.0, ptr %91, align 64
  store <16 x float> %pacc.sroa.4.0, ptr %392, align 64
  store <16 x float> %pacc.sroa.8.0, ptr %395, align 64
  store <16 x float> %pacc.sroa.12.0, ptr %398, align 64
  store <16 x float> %pacc.sroa.16.0, ptr %401, align 64
  store <16 x float> %pacc.sroa.20.0, ptr %404, align 64
  store <16 x float> %pacc.sroa.24.0, ptr %407, align 64
  store <16 x float> %pacc.sroa.28.0, ptr %410, align 64
  br label %kvh

orow96:                                           ; preds = %krange, %written
  %orow100 = phi i32 [ %476, %written ], [ 0, %krange ]
  %455 = icmp slt i32 %orow100, %nrows
  br i1 %455, label %body97, label %done

body97:                                           ; preds = %orow96
  %456 = sext i32 %orow100 to i64
  %457 = getelementptr float, ptr %ms, i64 %456
  %m101 = load float, ptr %457, align 4
  %458 = getelementptr float, ptr %ls, i64 %456
  %l102 = load float, ptr %458, align 4
  %459 = mul i64 %456, 128
  %460 = getelementptr float, ptr %accs, i64 %459
  %461 = icmp ne ptr %part, null
  br i1 %461, label %partial, label %final

partial:                                          ; preds = %body97
  %462 = sext i32 %nrows to i64
  %463 = getelementptr float, ptr %part, i64 %459
  br label %chunk103

final:                                            ; preds = %body97
  %464 = sdiv i32 %orow100, %nh
  %qi108 = add i32 %q_begin, %464
  %465 = srem i32 %orow100, %nh
  %h109 = add i32 %h_begin, %465
  %hq110 = add i32 %kv_head0, %h109
  %466 = sext i32 %qi108 to i64
  %467 = add i64 %q_row0, %466
  %468 = mul i64 %467, 32
  %469 = sext i32 %hq110 to i64
  %orow111 = add i64 %468, %469
  %470 = fcmp oeq float %l102, 0.000000e+00
  %471 = fdiv float 1.000000e+00, %l102
  %472 = select i1 %470, float 0.000000e+00, float %471
  %473 = mul i64 %orow111, 512
  %474 = getelementptr i8, ptr %out, i64 %473
  %475 = insertelement <16 x float> poison, float %472, i32 0
  %splat112 = shufflevector <16 x float> %475, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk113

written:                                          ; preds = %exit116, %exit106
  %476 = add nsw i32 %orow100, 1
  br label %orow96

chunk103:                                         ; preds = %body104, %partial
  %chunk107 = phi i64 [ 0, %partial ], [ %482, %body104 ]
  %477 = icmp slt i64 %chunk107, 8
  br i1 %477, label %body104, label %exit106

body104:                                          ; preds = %chunk103
  %478 = getelementptr <16 x float>, ptr %460, i64 %chunk107
  %479 = load <16 x float>, ptr %478, align 64
  %480 = mul i64 %chunk107, 64
  %481 = getelementptr i8, ptr %463, i64 %480
  store <16 x float> %479, ptr %481, align 4
  %482 = add nsw i64 %chunk107, 1
  br label %chunk103

exit106:                                          ; preds = %chunk103
  %483 = mul i64 %462, 128
  %484 = add i64 %483, %456
  %485 = getelementptr float, ptr %part, i64 %484
  store float %m101, ptr %485, align 4
  %486 = add i64 %484, %462
  %487 = getelementptr float, ptr %part, i64 %486
  store float %l102, ptr %487, align 4
  br label %written

chunk113:                                         ; preds = %body114, %final
  %chunk117 = phi i64 [ 0, %final ], [ %494, %body114 ]
  %488 = icmp slt i64 %chunk117, 8
  br i1 %488, label %body114, label %exit116

body114:                                          ; preds = %chunk113
  %489 = getelementptr <16 x float>, ptr %460, i64 %chunk117
  %490 = load <16 x float>, ptr %489, align 64
  %491 = fmul <16 x float> %490, %splat112
  %492 = mul i64 %chunk117, 64
  %493 = getelementptr i8, ptr %474, i64 %492
  store <16 x float> %491, ptr %493, align 4
  %494 = add nsw i64 %chunk117, 1
  br label %chunk113

exit116:                                          ; preds = %chunk113
  %495 = call float @llvm.log.f32(float %l102)
  %496 = call float @llvm.fmuladd.f32(float %m101, float 0x3FE62E4300000000, float %495)
  %lse118 = select i1 %470, float 0xFFF0000000000000, float %496
  %497 = getelementptr float, ptr %lse, i64 %orow111
  store float %lse118, ptr %497, align 4
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

declare i32 @attnrt_run(ptr, ptr)

; Function Attrs: nounwind
define i32 @sinks(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_run(ptr @sinks_kernel, ptr %0)
  ret i32 %1
}

declare i64 @attnrt_tasks(ptr, ptr)

; Function Attrs: nounwind
define i64 @sinks_tasks(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_tasks(ptr @sinks_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_task(ptr, ptr, i64)

; Function Attrs: nounwind
define i32 @sinks_task(ptr %0, i64 %1) #0 {
entry:
  %2 = call i32 @attnrt_task(ptr @sinks_kernel, ptr %0, i64 %1)
  ret i32 %2
}

declare i64 @attnrt_workspace(ptr, ptr)

; Function Attrs: nounwind
define i64 @sinks_workspace(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_workspace(ptr @sinks_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_append(ptr, ptr)

; Function Attrs: nounwind
define i32 @sinks_append(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_append(ptr @sinks_kernel, ptr %0)
  ret i32 %1
}

; Function Attrs: nounwind
define ptr @sinks_info() #0 {
entry:
  ret ptr @sinks_info_data
}

attributes #0 = { nounwind "target-cpu"="x86-64-v4" "target-features"="+avx512f,+evex512,+avx512bw,+avx512vl,+avx,+avx2,+fma,+f16c" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite) }
