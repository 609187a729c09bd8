; ModuleID = 'sinks'
source_filename = "sinks"
target triple = "x86_64-unknown-linux-gnu"

@sinks.name = private unnamed_addr constant [6 x i8] c"sinks\00"
@sinks.spec = private unnamed_addr constant [392 x i8] c"attncc: 1\0Aname: sinks\0Aphase: decode\0Akind: self\0Aheads: {q: 32, kv: 32, dim: 128, v_dim: 128}\0Atypes: {q: f32, cache: f16, out: f32}\0Ascale: auto\0Acache: {store: kv, layout: contiguous, order: token_major, capacity: 16384, latent_dim: 0, rope_dim: 0, shared_across_layers: false}\0Amask: {causal: true, window: 2044, sinks: 4}\0Aoutput: {lse: true}\0Aslim: {order: auto}\0Amodel: {layers: 1, d_model: 0}\0A\00"
@sinks_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32, ptr, i32, i32, i32, i32, float, i32, i32, i32, i32, i32, ptr } { i32 7, i32 1, i64 7908028613032198455, ptr @sinks.name, ptr @sinks.spec, i32 32, i32 32, i32 128, i32 128, i32 0, i32 1, i32 0, i32 0, i32 0, i32 0, i32 16384, i32 1, i32 1, float 0x3FB6A09E60000000, i32 0, i32 0, i32 0, ptr null, i32 0, i32 2044, i32 4, i32 0, float 0.000000e+00, i32 0, i32 0, i32 0, i32 0, i32 0, ptr null }, align 8
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

done:                                             ; preds = %orow99, %entry
  ret void

rinit:                                            ; preds = %entry, %exit9
  %rinit1 = phi i32 [ %71, %exit9 ], [ 0, %entry ]
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
  %hq = add i32 %kv_head0, %34
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
  %qpos11 = add i32 %q_pos0, %45
  %46 = add i32 %qpos11, 1
  %47 = call i32 @llvm.smin.i32(i32 %46, i32 %k_end)
  %qpos12 = add i32 %q_pos0, %q_begin
  %48 = sub i32 %qpos12, 2043
  %49 = call i32 @llvm.smax.i32(i32 %48, i32 %k_begin)
  br label %krange

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %56, %body2 ]
  %50 = icmp slt i64 %chunk5, 8
  br i1 %50, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %51 = mul i64 %chunk5, 64
  %52 = getelementptr i8, ptr %40, i64 %51
  %53 = load <16 x float>, ptr %52, align 4
  %54 = fmul <16 x float> %53, %splat
  %55 = getelementptr <16 x float>, ptr %28, i64 %chunk5
  store <16 x float> %54, ptr %55, align 64
  %56 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %57 = getelementptr float, ptr %ms, i64 %26
  store float 0xFFF0000000000000, ptr %57, align 4
  %58 = getelementptr float, ptr %ls, i64 %26
  store float 0.000000e+00, ptr %58, align 4
  %59 = getelementptr i32, ptr %lims, i64 %26
  %qpos = add i32 %q_pos0, %qi
  %60 = add i32 %qpos, 1
  %61 = call i32 @llvm.smin.i32(i32 %60, i32 %k_end)
  store i32 %61, ptr %59, align 4
  %62 = getelementptr i32, ptr %lows, i64 %26
  %63 = sub i32 %qpos, 2043
  %64 = call i32 @llvm.smax.i32(i32 %63, i32 %k_begin)
  store i32 %64, ptr %62, align 4
  br label %acczero

acczero:                                          ; preds = %body7, %exit4
  %acczero10 = phi i64 [ 0, %exit4 ], [ %70, %body7 ]
  %65 = icmp slt i64 %acczero10, 8
  br i1 %65, label %body7, label %exit9

body7:                                            ; preds = %acczero
  %66 = mul i64 %acczero10, 16
  %67 = mul i64 %26, 128
  %68 = add i64 %67, %66
  %69 = getelementptr float, ptr %accs, i64 %68
  store <16 x float> zeroinitializer, ptr %69, align 64
  %70 = add nsw i64 %acczero10, 1
  br label %acczero

exit9:                                            ; preds = %acczero
  %71 = add nsw i32 %rinit1, 1
  br label %rinit

krange:                                           ; preds = %exit19, %exit
  %krange16 = phi i32 [ 0, %exit ], [ %77, %exit19 ]
  %72 = icmp slt i32 %krange16, 2
  br i1 %72, label %body13, label %orow99

body13:                                           ; preds = %krange
  %73 = icmp eq i32 %krange16, 0
  %range_lo = select i1 %73, i32 0, i32 %49
  %74 = call i32 @llvm.smin.i32(i32 %sink_end, i32 %47)
  %range_hi = select i1 %73, i32 %74, i32 %47
  %k_last = sub i32 %range_hi, 1
  br label %kblock

kblock:                                           ; preds = %kvh, %body13
  %kblock20 = phi i32 [ %range_lo, %body13 ], [ %76, %kvh ]
  %75 = icmp slt i32 %kblock20, %range_hi
  br i1 %75, label %body17, label %exit19

body17:                                           ; preds = %kblock
  %76 = add i32 %kblock20, 32
  br label %kvh

exit19:                                           ; preds = %kblock
  %77 = add nsw i32 %krange16, 1
  br label %krange

kvh:                                              ; preds = %exit86, %body17
  %kvh24 = phi i32 [ 0, %body17 ], [ %80, %exit86 ]
  %78 = icmp slt i32 %kvh24, 32
  br i1 %78, label %body21, label %kblock

body21:                                           ; preds = %kvh
  %79 = icmp eq i32 %kvh24, 31
  %80 = add i32 %kvh24, 1
  %81 = select i1 %79, i32 0, i32 %80
  %kb_next = select i1 %79, i32 %76, i32 %kblock20
  %82 = sext i32 %kvh24 to i64
  %83 = add i64 %21, %82
  %84 = getelementptr float, ptr %ms, i64 %82
  %85 = getelementptr float, ptr %ls, i64 %82
  %86 = mul i64 %82, 8
  %87 = getelementptr <16 x float>, ptr %qs, i64 %86
  %88 = mul i64 %82, 128
  %89 = getelementptr float, ptr %accs, i64 %88
  %90 = getelementptr i32, ptr %lims, i64 %82
  %91 = getelementptr i32, ptr %lows, i64 %82
  %92 = sext i32 %81 to i64
  %93 = add i64 %21, %92
  br label %kdot

kdot:                                             ; preds = %body25, %body21
  %kdot28 = phi i32 [ 0, %body21 ], [ %185, %body25 ]
  %94 = icmp slt i32 %kdot28, 32
  br i1 %94, label %body25, label %score

body25:                                           ; preds = %kdot
  %95 = add i32 %kblock20, %kdot28
  %96 = call i32 @llvm.smin.i32(i32 %95, i32 %k_last)
  %97 = sext i32 %96 to i64
  %98 = mul i64 %97, 32
  %row = add i64 %83, %98
  %99 = mul i64 %row, 256
  %100 = getelementptr i8, ptr %20, i64 %99
  %101 = add i32 %kb_next, %kdot28
  %102 = call i32 @llvm.smin.i32(i32 %101, i32 %k_last)
  %103 = sext i32 %102 to i64
  %104 = mul i64 %103, 32
  %row29 = add i64 %93, %104
  %105 = mul i64 %row29, 256
  %106 = getelementptr i8, ptr %20, i64 %105
  call void @llvm.prefetch.p0(ptr %106, i32 0, i32 2, i32 1)
  %107 = getelementptr i8, ptr %106, i64 64
  call void @llvm.prefetch.p0(ptr %107, i32 0, i32 2, i32 1)
  %108 = getelementptr i8, ptr %106, i64 128
  call void @llvm.prefetch.p0(ptr %108, i32 0, i32 2, i32 1)
  %109 = getelementptr i8, ptr %106, i64 192
  call void @llvm.prefetch.p0(ptr %109, i32 0, i32 2, i32 1)
  %110 = add i32 %kdot28, 1
  %111 = add i32 %kblock20, %110
  %112 = call i32 @llvm.smin.i32(i32 %111, i32 %k_last)
  %113 = sext i32 %112 to i64
  %114 = mul i64 %113, 32
  %row30 = add i64 %83, %114
  %115 = mul i64 %row30, 256
  %116 = getelementptr i8, ptr %20, i64 %115
  %117 = add i32 %kb_next, %110
  %118 = call i32 @llvm.smin.i32(i32 %117, i32 %k_last)
  %119 = sext i32 %118 to i64
  %120 = mul i64 %119, 32
  %row31 = add i64 %93, %120
  %121 = mul i64 %row31, 256
  %122 = getelementptr i8, ptr %20, i64 %121
  call void @llvm.prefetch.p0(ptr %122, i32 0, i32 2, i32 1)
  %123 = getelementptr i8, ptr %122, i64 64
  call void @llvm.prefetch.p0(ptr %123, i32 0, i32 2, i32 1)
  %124 = getelementptr i8, ptr %122, i64 128
  call void @llvm.prefetch.p0(ptr %124, i32 0, i32 2, i32 1)
  %125 = getelementptr i8, ptr %122, i64 192
  call void @llvm.prefetch.p0(ptr %125, i32 0, i32 2, i32 1)
  %q32 = load <16 x float>, ptr %87, align 64
  %126 = load <16 x half>, ptr %100, align 2
  %f16 = fpext <16 x half> %126 to <16 x float>
  %127 = load <16 x half>, ptr %116, align 2
  %f1633 = fpext <16 x half> %127 to <16 x float>
  %128 = fmul <16 x float> %q32, %f16
  %129 = fmul <16 x float> %q32, %f1633
  %130 = getelementptr <16 x float>, ptr %87, i64 1
  %q34 = load <16 x float>, ptr %130, align 64
  %131 = getelementptr i8, ptr %100, i64 32
  %132 = load <16 x half>, ptr %131, align 2
  %f1635 = fpext <16 x half> %132 to <16 x float>
  %133 = getelementptr i8, ptr %116, i64 32
  %134 = load <16 x half>, ptr %133, align 2
  %f1636 = fpext <16 x half> %134 to <16 x float>
  %135 = fmul <16 x float> %q34, %f1635
  %136 = fmul <16 x float> %q34, %f1636
  %137 = getelementptr <16 x float>, ptr %87, i64 2
  %q37 = load <16 x float>, ptr %137, align 64
  %138 = getelementptr i8, ptr %100, i64 64
  %139 = load <16 x half>, ptr %138, align 2
  %f1638 = fpext <16 x half> %139 to <16 x float>
  %140 = getelementptr i8, ptr %116, i64 64
  %141 = load <16 x half>, ptr %140, align 2
  %f1639 = fpext <16 x half> %141 to <16 x float>
  %142 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %f1638, <16 x float> %128)
  %143 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %f1639, <16 x float> %129)
  %144 = getelementptr <16 x float>, ptr %87, i64 3
  %q40 = load <16 x float>, ptr %144, align 64
  %145 = getelementptr i8, ptr %100, i64 96
  %146 = load <16 x half>, ptr %145, align 2
  %f1641 = fpext <16 x half> %146 to <16 x float>
  %147 = getelementptr i8, ptr %116, i64 96
  %148 = load <16 x half>, ptr %147, align 2
  %f1642 = fpext <16 x half> %148 to <16 x float>
  %149 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q40, <16 x float> %f1641, <16 x float> %135)
  %150 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q40, <16 x float> %f1642, <16 x float> %136)
  %151 = getelementptr <16 x float>, ptr %87, i64 4
  %q43 = load <16 x float>, ptr %151, align 64
  %152 = getelementptr i8, ptr %100, i64 128
  %153 = load <16 x half>, ptr %152, align 2
  %f1644 = fpext <16 x half> %153 to <16 x float>
  %154 = getelementptr i8, ptr %116, i64 128
  %155 = load <16 x half>, ptr %154, align 2
  %f1645 = fpext <16 x half> %155 to <16 x float>
  %156 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q43, <16 x float> %f1644, <16 x float> %142)
  %157 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q43, <16 x float> %f1645, <16 x float> %143)
  %158 = getelementptr <16 x float>, ptr %87, i64 5
  %q46 = load <16 x float>, ptr %158, align 64
  %159 = getelementptr i8, ptr %100, i64 160
  %160 = load <16 x half>, ptr %159, align 2
  %f1647 = fpext <16 x half> %160 to <16 x float>
  %161 = getelementptr i8, ptr %116, i64 160
  %162 = load <16 x half>, ptr %161, align 2
  %f1648 = fpext <16 x half> %162 to <16 x float>
  %163 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q46, <16 x float> %f1647, <16 x float> %149)
  %164 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q46, <16 x float> %f1648, <16 x float> %150)
  %165 = getelementptr <16 x float>, ptr %87, i64 6
  %q49 = load <16 x float>, ptr %165, align 64
  %166 = getelementptr i8, ptr %100, i64 192
  %167 = load <16 x half>, ptr %166, align 2
  %f1650 = fpext <16 x half> %167 to <16 x float>
  %168 = getelementptr i8, ptr %116, i64 192
  %169 = load <16 x half>, ptr %168, align 2
  %f1651 = fpext <16 x half> %169 to <16 x float>
  %170 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q49, <16 x float> %f1650, <16 x float> %156)
  %171 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q49, <16 x float> %f1651, <16 x float> %157)
  %172 = getelementptr <16 x float>, ptr %87, i64 7
  %q52 = load <16 x float>, ptr %172, align 64
  %173 = getelementptr i8, ptr %100, i64 224
  %174 = load <16 x half>, ptr %173, align 2
  %f1653 = fpext <16 x half> %174 to <16 x float>
  %175 = getelementptr i8, ptr %116, i64 224
  %176 = load <16 x half>, ptr %175, align 2
  %f1654 = fpext <16 x half> %176 to <16 x float>
  %177 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q52, <16 x float> %f1653, <16 x float> %163)
  %178 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q52, <16 x float> %f1654, <16 x float> %164)
  %179 = fadd <16 x float> %170, %177
  %180 = sext i32 %kdot28 to i64
  %181 = getelementptr <16 x float>, ptr %dbuf, i64 %180
  store <16 x float> %179, ptr %181, align 64
  %182 = fadd <16 x float> %171, %178
  %183 = sext i32 %110 to i64
  %184 = getelementptr <16 x float>, ptr %dbuf, i64 %183
  store <16 x float> %182, ptr %184, align 64
  %185 = add nsw i32 %kdot28, 2
  br label %kdot

score:                                            ; preds = %kdot, %body55
  %score58 = phi i64 [ %308, %body55 ], [ 0, %kdot ]
  %186 = icmp slt i64 %score58, 2
  br i1 %186, label %body55, label %rmax

body55:                                           ; preds = %score
  %187 = sdiv i64 %score58, 2
  %188 = srem i64 %score58, 2
  %189 = mul i64 %188, 16
  %190 = mul i64 %187, 32
  %191 = add i64 %190, %189
  %192 = getelementptr <16 x float>, ptr %dbuf, i64 %191
  %193 = load <16 x float>, ptr %192, align 64
  %194 = add i64 %191, 1
  %195 = getelementptr <16 x float>, ptr %dbuf, i64 %194
  %196 = load <16 x float>, ptr %195, align 64
  %197 = shufflevector <16 x float> %193, <16 x float> %196, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %198 = shufflevector <16 x float> %193, <16 x float> %196, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %199 = fadd <16 x float> %197, %198
  %200 = add i64 %191, 2
  %201 = getelementptr <16 x float>, ptr %dbuf, i64 %200
  %202 = load <16 x float>, ptr %201, align 64
  %203 = add i64 %191, 3
  %204 = getelementptr <16 x float>, ptr %dbuf, i64 %203
  %205 = load <16 x float>, ptr %204, align 64
  %206 = shufflevector <16 x float> %202, <16 x float> %205, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %207 = shufflevector <16 x float> %202, <16 x float> %205, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %208 = fadd <16 x float> %206, %207
  %209 = shufflevector <16 x float> %199, <16 x float> %208, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %210 = shufflevector <16 x float> %199, <16 x float> %208, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %211 = fadd <16 x float> %209, %210
  %212 = add i64 %191, 4
  %213 = getelementptr <16 x float>, ptr %dbuf, i64 %212
  %214 = load <16 x float>, ptr %213, align 64
  %215 = add i64 %191, 5
  %216 = getelementptr <16 x float>, ptr %dbuf, i64 %215
  %217 = load <16 x float>, ptr %216, align 64
  %218 = shufflevector <16 x float> %214, <16 x float> %217, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %219 = shufflevector <16 x float> %214, <16 x float> %217, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %220 = fadd <16 x float> %218, %219
  %221 = add i64 %191, 6
  %222 = getelementptr <16 x float>, ptr %dbuf, i64 %221
  %223 = load <16 x float>, ptr %222, align 64
  %224 = add i64 %191, 7
  %225 = getelementptr <16 x float>, ptr %dbuf, i64 %224
  %226 = load <16 x float>, ptr %225, align 64
  %227 = shufflevector <16 x float> %223, <16 x float> %226, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %228 = shufflevector <16 x float> %223, <16 x float> %226, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %229 = fadd <16 x float> %227, %228
  %230 = shufflevector <16 x float> %220, <16 x float> %229, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %231 = shufflevector <16 x float> %220, <16 x float> %229, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %232 = fadd <16 x float> %230, %231
  %233 = shufflevector <16 x float> %211, <16 x float> %232, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %234 = shufflevector <16 x float> %211, <16 x float> %232, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %235 = fadd <16 x float> %233, %234
  %236 = add i64 %191, 8
  %237 = getelementptr <16 x float>, ptr %dbuf, i64 %236
  %238 = load <16 x float>, ptr %237, align 64
  %239 = add i64 %191, 9
  %240 = getelementptr <16 x float>, ptr %dbuf, i64 %239
  %241 = load <16 x float>, ptr %240, align 64
  %242 = shufflevector <16 x float> %238, <16 x float> %241, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %243 = shufflevector <16 x float> %238, <16 x float> %241, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %244 = fadd <16 x float> %242, %243
  %245 = add i64 %191, 10
  %246 = getelementptr <16 x float>, ptr %dbuf, i64 %245
  %247 = load <16 x float>, ptr %246, align 64
  %248 = add i64 %191, 11
  %249 = getelementptr <16 x float>, ptr %dbuf, i64 %248
  %250 = load <16 x float>, ptr %249, align 64
  %251 = shufflevector <16 x float> %247, <16 x float> %250, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %252 = shufflevector <16 x float> %247, <16 x float> %250, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %253 = fadd <16 x float> %251, %252
  %254 = shufflevector <16 x float> %244, <16 x float> %253, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %255 = shufflevector <16 x float> %244, <16 x float> %253, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %256 = fadd <16 x float> %254, %255
  %257 = add i64 %191, 12
  %258 = getelementptr <16 x float>, ptr %dbuf, i64 %257
  %259 = load <16 x float>, ptr %258, align 64
  %260 = add i64 %191, 13
  %261 = getelementptr <16 x float>, ptr %dbuf, i64 %260
  %262 = load <16 x float>, ptr %261, align 64
  %263 = shufflevector <16 x float> %259, <16 x float> %262, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %264 = shufflevector <16 x float> %259, <16 x float> %262, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %265 = fadd <16 x float> %263, %264
  %266 = add i64 %191, 14
  %267 = getelementptr <16 x float>, ptr %dbuf, i64 %266
  %268 = load <16 x float>, ptr %267, align 64
  %269 = add i64 %191, 15
  %270 = getelementptr <16 x float>, ptr %dbuf, i64 %269
  %271 = load <16 x float>, ptr %270, align 64
  %272 = shufflevector <16 x float> %268, <16 x float> %271, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %273 = shufflevector <16 x float> %268, <16 x float> %271, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %274 = fadd <16 x float> %272, %273
  %275 = shufflevector <16 x float> %265, <16 x float> %274, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %276 = shufflevector <16 x float> %265, <16 x float> %274, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %277 = fadd <16 x float> %275, %276
  %278 = shufflevector <16 x float> %256, <16 x float> %277, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %279 = shufflevector <16 x float> %256, <16 x float> %277, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %280 = fadd <16 x float> %278, %279
  %281 = shufflevector <16 x float> %235, <16 x float> %280, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %282 = shufflevector <16 x float> %235, <16 x float> %280, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %283 = fadd <16 x float> %281, %282
  %284 = getelementptr i32, ptr %90, i64 %187
  %285 = load i32, ptr %284, align 4
  %286 = insertelement <16 x i32> poison, i32 %285, i32 0
  %splat59 = shufflevector <16 x i32> %286, <16 x i32> poison, <16 x i32> zeroinitializer
  %287 = getelementptr i32, ptr %91, i64 %187
  %288 = load i32, ptr %287, align 4
  %289 = insertelement <16 x i32> poison, i32 %288, i32 0
  %splat60 = shufflevector <16 x i32> %289, <16 x i32> poison, <16 x i32> zeroinitializer
  %290 = insertelement <16 x i32> poison, i32 %range_hi, i32 0
  %splat61 = shufflevector <16 x i32> %290, <16 x i32> poison, <16 x i32> zeroinitializer
  %291 = call <16 x i32> @llvm.smin.v16i32(<16 x i32> %splat59, <16 x i32> %splat61)
  %292 = trunc i64 %189 to i32
  %293 = add i32 %kblock20, %292
  %294 = insertelement <16 x i32> poison, i32 %293, i32 0
  %splat62 = shufflevector <16 x i32> %294, <16 x i32> poison, <16 x i32> zeroinitializer
  %295 = add <16 x i32> %splat62, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %296 = icmp slt <16 x i32> %295, %291
  %297 = icmp sge <16 x i32> %295, %splat60
  %298 = icmp slt <16 x i32> %295, <i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4>
  %299 = or <16 x i1> %297, %298
  %300 = and <16 x i1> %296, %299
  %301 = select <16 x i1> %300, <16 x float> %283, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %302 = getelementptr float, ptr %pbuf, i64 %191
  store <16 x float> %301, ptr %302, align 64
  %303 = getelementptr <16 x float>, ptr %smax, i64 %187
  %304 = icmp eq i64 %188, 0
  %305 = load <16 x float>, ptr %303, align 64
  %306 = select i1 %304, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <16 x float> %305
  %307 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %306, <16 x float> %301)
  store <16 x float> %307, ptr %303, align 64
  %308 = add nsw i64 %score58, 1
  br label %score

rmax:                                             ; preds = %score, %body63
  %rmax66 = phi i64 [ %345, %body63 ], [ 0, %score ]
  %309 = icmp slt i64 %rmax66, 1
  br i1 %309, label %body63, label %pexp

body63:                                           ; preds = %rmax
  %310 = getelementptr float, ptr %84, i64 %rmax66
  %m = load float, ptr %310, align 4
  %311 = getelementptr <16 x float>, ptr %smax, i64 %rmax66
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
  %muse67 = select i1 %327, float 0.000000e+00, float %326
  %328 = fsub float %m, %muse67
  %329 = insertelement <16 x float> poison, float %328, i32 0
  %splat68 = shufflevector <16 x float> %329, <16 x float> poison, <16 x i32> zeroinitializer
  %330 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat68, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
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
  %alpha69 = extractelement <16 x float> %exp2, i32 0
  store float %326, ptr %310, align 4
  %343 = getelementptr float, ptr %muse, i64 %rmax66
  store float %muse67, ptr %343, align 4
  %344 = getelementptr float, ptr %alpha, i64 %rmax66
  store float %alpha69, ptr %344, align 4
  %345 = add nsw i64 %rmax66, 1
  br label %rmax

pexp:                                             ; preds = %rmax, %body70
  %pexp73 = phi i64 [ %376, %body70 ], [ 0, %rmax ]
  %346 = icmp slt i64 %pexp73, 2
  br i1 %346, label %body70, label %lsum78

body70:                                           ; preds = %pexp
  %347 = sdiv i64 %pexp73, 2
  %348 = srem i64 %pexp73, 2
  %349 = mul i64 %348, 16
  %350 = mul i64 %347, 32
  %351 = add i64 %350, %349
  %352 = getelementptr float, ptr %pbuf, i64 %351
  %353 = getelementptr float, ptr %muse, i64 %347
  %354 = load float, ptr %353, align 4
  %355 = insertelement <16 x float> poison, float %354, i32 0
  %splat74 = shufflevector <16 x float> %355, <16 x float> poison, <16 x i32> zeroinitializer
  %356 = load <16 x float>, ptr %352, align 64
  %357 = fsub <16 x float> %356, %splat74
  %358 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %357, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %359 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %358, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %360 = fadd <16 x float> %359, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n75 = fsub <16 x float> %360, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f76 = fsub <16 x float> %359, %n75
  %361 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f76, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %362 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %361, <16 x float> %f76, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %363 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %362, <16 x float> %f76, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %364 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %363, <16 x float> %f76, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %365 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %364, <16 x float> %f76, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %366 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %365, <16 x float> %f76, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %367 = fptosi <16 x float> %n75 to <16 x i32>
  %368 = add <16 x i32> %367, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %369 = shl <16 x i32> %368, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %370 = bitcast <16 x i32> %369 to <16 x float>
  %exp277 = fmul <16 x float> %366, %370
  store <16 x float> %exp277, ptr %352, align 64
  %371 = getelementptr <16 x float>, ptr %lsum, i64 %347
  %372 = icmp eq i64 %348, 0
  %373 = load <16 x float>, ptr %371, align 64
  %374 = select i1 %372, <16 x float> zeroinitializer, <16 x float> %373
  %375 = fadd <16 x float> %374, %exp277
  store <16 x float> %375, ptr %371, align 64
  %376 = add nsw i64 %pexp73, 1
  br label %pexp

lsum78:                                           ; preds = %pexp, %body79
  %lsum82 = phi i64 [ %385, %body79 ], [ 0, %pexp ]
  %377 = icmp slt i64 %lsum82, 1
  br i1 %377, label %body79, label %exit81

body79:                                           ; preds = %lsum78
  %378 = getelementptr float, ptr %85, i64 %lsum82
  %379 = getelementptr float, ptr %alpha, i64 %lsum82
  %380 = load float, ptr %379, align 4
  %381 = getelementptr <16 x float>, ptr %lsum, i64 %lsum82
  %382 = load <16 x float>, ptr %381, align 64
  %383 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %382)
  %l = load float, ptr %378, align 4
  %384 = call float @llvm.fmuladd.f32(float %l, float %380, float %383)
  store float %384, ptr %378, align 4
  %385 = add nsw i64 %lsum82, 1
  br label %lsum78

exit81:                                           ; preds = %lsum78
  %386 = sub i32 %range_hi, %kblock20
  %387 = call i32 @llvm.smin.i32(i32 32, i32 %386)
  %388 = load float, ptr %alpha, align 4
  %389 = insertelement <16 x float> poison, float %388, i32 0
  %splat83 = shufflevector <16 x float> %389, <16 x float> poison, <16 x i32> zeroinitializer
  %390 = load <16 x float>, ptr %89, align 64
  %391 = fmul <16 x float> %390, %splat83
  %392 = getelementptr float, ptr %89, i64 16
  %393 = load <16 x float>, ptr %392, align 64
  %394 = fmul <16 x float> %393, %splat83
  %395 = getelementptr float, ptr %89, i64 32
  %396 = load <16 x float>, ptr %395, align 64
  %397 = fmul <16 x float> %396, %splat83
  %398 = getelementptr float, ptr %89, i64 48
  %399 = load <16 x float>, ptr %398, align 64
  %400 = fmul <16 x float> %399, %splat83
  %401 = getelementptr float, ptr %89, i64 64
  %402 = load <16 x float>, ptr %401, align 64
  %403 = fmul <16 x float> %402, %splat83
  %404 = getelementptr float, ptr %89, i64 80
  %405 = load <16 x float>, ptr %404, align 64
  %406 = fmul <16 x float> %405, %splat83
  %407 = getelementptr float, ptr %89, i64 96
  %408 = load <16 x float>, ptr %407, align 64
  %409 = fmul <16 x float> %408, %splat83
  %410 = getelementptr float, ptr %89, i64 112
  %411 = load <16 x float>, ptr %410, align 64
  %412 = fmul <16 x float> %411, %splat83
  br label %kpv

kpv:                                              ; preds = %body84, %exit81
  %pacc.sroa.28.0 = phi <16 x float> [ %412, %exit81 ], [ %453, %body84 ]
  %pacc.sroa.24.0 = phi <16 x float> [ %409, %exit81 ], [ %450, %body84 ]
  %pacc.sroa.20.0 = phi <16 x float> [ %406, %exit81 ], [ %447, %body84 ]
  %pacc.sroa.16.0 = phi <16 x float> [ %403, %exit81 ], [ %444, %body84 ]
  %pacc.sroa.12.0 = phi <16 x float> [ %400, %exit81 ], [ %441, %body84 ]
  %pacc.sroa.8.0 = phi <16 x float> [ %397, %exit81 ], [ %438, %body84 ]
  %pacc.sroa.4.0 = phi <16 x float> [ %394, %exit81 ], [ %435, %body84 ]
  %pacc.sroa.0.0 = phi <16 x float> [ %391, %exit81 ], [ %432, %body84 ]
  %kpv87 = phi i32 [ 0, %exit81 ], [ %454, %body84 ]
  %413 = icmp slt i32 %kpv87, %387
  br i1 %413, label %body84, label %exit86

body84:                                           ; preds = %kpv
  %414 = add i32 %kblock20, %kpv87
  %415 = sext i32 %414 to i64
  %416 = mul i64 %415, 32
  %row88 = add i64 %83, %416
  %417 = mul i64 %row88, 256
  %418 = getelementptr i8, ptr %23, i64 %417
  %419 = add i32 %kb_next, %kpv87
  %420 = call i32 @llvm.smin.i32(i32 %419, i32 %k_last)
  %421 = sext i32 %420 to i64
  %422 = mul i64 %421, 32
  %row89 = add i64 %93, %422
  %423 = mul i64 %row89, 256
  %424 = getelementptr i8, ptr %23, i64 %423
  call void @llvm.prefetch.p0(ptr %424, i32 0, i32 2, i32 1)
  %425 = getelementptr i8, ptr %424, i64 64
  call void @llvm.prefetch.p0(ptr %425, i32 0, i32 2, i32 1)
  %426 = getelementptr i8, ptr %424, i64 128
  call void @llvm.prefetch.p0(ptr %426, i32 0, i32 2, i32 1)
  %427 = getelementptr i8, ptr %424, i64 192
  call void @llvm.prefetch.p0(ptr %427, i32 0, i32 2, i32 1)
  %428 = sext i32 %kpv87 to i64
  %429 = getelementptr float, ptr %pbuf, i64 %428
  %p = load float, ptr %429, align 4
  %430 = insertelement <16 x float> poison, float %p, i32 0
  %splat90 = shufflevector <16 x float> %430, <16 x float> poison, <16 x i32> zeroinitializer
  %431 = load <16 x half>, ptr %418, align 2
  %f1691 = fpext <16 x half> %431 to <16 x float>
  %432 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat90, <16 x float> %f1691, <16 x float> %pacc.sroa.0.0)
  %433 = getelementptr i8, ptr %418, i64 32
  %434 = load <16 x half>, ptr %433, align 2
  %f1692 = fpext <16 x half> %434 to <16 x float>
  %435 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat90, <16 x float> %f1692, <16 x float> %pacc.sroa.4.0)
  %436 = getelementptr i8, ptr %418, i64 64
  %437 = load <16 x half>, ptr %436, align 2
  %f1693 = fpext <16 x half> %437 to <16 x float>
  %438 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat90, <16 x float> %f1693, <16 x float> %pacc.sroa.8.0)
  %439 = getelementptr i8, ptr %418, i64 96
  %440 = load <16 x half>, ptr %439, align 2
  %f1694 = fpext <16 x half> %440 to <16 x float>
  %441 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat90, <16 x float> %f1694, <16 x float> %pacc.sroa.12.0)
  %442 = getelementptr i8, ptr %418, i64 128
  %443 = load <16 x half>, ptr %442, align 2
  %f1695 = fpext <16 x half> %443 to <16 x float>
  %444 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat90, <16 x float> %f1695, <16 x float> %pacc.sroa.16.0)
  %445 = getelementptr i8, ptr %418, i64 160
  %446 = load <16 x half>, ptr %445, align 2
  %f1696 = fpext <16 x half> %446 to <16 x float>
  %447 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat90, <16 x float> %f1696, <16 x float> %pacc.sroa.20.0)
  %448 = getelementptr i8, ptr %418, i64 192
  %449 = load <16 x half>, ptr %448, align 2
  %f1697 = fpext <16 x half> %449 to <16 x float>
  %450 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat90, <16 x float> %f1697, <16 x float> %pacc.sroa.24.0)
  %451 = getelementptr i8, ptr %418, i64 224
  %452 = load <16 x half>, ptr %451, align 2
  %f1698 = fpext <16 x half> %452 to <16 x float>
  %453 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat90, <16 x float> %f1698, <16 x float> %pacc.sroa.28.0)
  %454 = add nsw i32 %kpv87, 1
  br label %kpv

exit86:                                           ; preds = %kpv
  store <16 x float> %pacc.sroa.0.0, ptr %89, align 64
  store <16 x float> %pacc.sroa.4.0, ptr %392, align 64
  store <16 x float> %pacc.sroa.8.0, ptr %395, align 64
  store <16 x float> %pacc.sroa.12.0, ptr %398, align 64
  store <16 x float> %pacc.sroa.16.0, ptr %401, align 64
  store <16 x float> %pacc.sroa.20.0, ptr %404, align 64
  store <16 x float> %pacc.sroa.24.0, ptr %407, align 64
  store <16 x float> %pacc.sroa.28.0, ptr %410, align 64
  br label %kvh

orow99:                                           ; preds = %krange, %written
  %orow103 = phi i32 [ %477, %written ], [ 0, %krange ]
  %455 = icmp slt i32 %orow103, %nrows
  br i1 %455, label %body100, label %done

body100:                                          ; preds = %orow99
  %456 = sext i32 %orow103 to i64
  %457 = getelementptr float, ptr %ms, i64 %456
  %m104 = load float, ptr %457, align 4
  %458 = getelementptr float, ptr %ls, i64 %456
  %l105 = load float, ptr %458, align 4
  %459 = mul i64 %456, 128
  %460 = getelementptr float, ptr %accs, i64 %459
  %461 = icmp ne ptr %part, null
  br i1 %461, label %partial, label %final

partial:                                          ; preds = %body100
  %462 = sext i32 %nrows to i64
  %463 = getelementptr float, ptr %part, i64 %459
  br label %chunk106

final:                                            ; preds = %body100
  %464 = sdiv i32 %orow103, %nh
  %qi111 = add i32 %q_begin, %464
  %465 = srem i32 %orow103, %nh
  %466 = add i32 %h_begin, %465
  %hq112 = add i32 %kv_head0, %466
  %467 = sext i32 %qi111 to i64
  %468 = add i64 %q_row0, %467
  %469 = mul i64 %468, 32
  %470 = sext i32 %hq112 to i64
  %orow113 = add i64 %469, %470
  %471 = fcmp oeq float %l105, 0.000000e+00
  %472 = fdiv float 1.000000e+00, %l105
  %473 = select i1 %471, float 0.000000e+00, float %472
  %474 = mul i64 %orow113, 512
  %475 = getelementptr i8, ptr %out, i64 %474
  %476 = insertelement <16 x float> poison, float %473, i32 0
  %splat114 = shufflevector <16 x float> %476, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk115

written:                                          ; preds = %exit118, %exit109
  %477 = add nsw i32 %orow103, 1
  br label %orow99

chunk106:                                         ; preds = %body107, %partial
  %chunk110 = phi i64 [ 0, %partial ], [ %483, %body107 ]
  %478 = icmp slt i64 %chunk110, 8
  br i1 %478, label %body107, label %exit109

body107:                                          ; preds = %chunk106
  %479 = getelementptr <16 x float>, ptr %460, i64 %chunk110
  %480 = load <16 x float>, ptr %479, align 64
  %481 = mul i64 %chunk110, 64
  %482 = getelementptr i8, ptr %463, i64 %481
  store <16 x float> %480, ptr %482, align 4
  %483 = add nsw i64 %chunk110, 1
  br label %chunk106

exit109:                                          ; preds = %chunk106
  %484 = mul i64 %462, 128
  %485 = add i64 %484, %456
  %486 = getelementptr float, ptr %part, i64 %485
  store float %m104, ptr %486, align 4
  %487 = add i64 %485, %462
  %488 = getelementptr float, ptr %part, i64 %487
  store float %l105, ptr %488, align 4
  br label %written

chunk115:                                         ; preds = %body116, %final
  %chunk119 = phi i64 [ 0, %final ], [ %495, %body116 ]
  %489 = icmp slt i64 %chunk119, 8
  br i1 %489, label %body116, label %exit118

body116:                                          ; preds = %chunk115
  %490 = getelementptr <16 x float>, ptr %460, i64 %chunk119
  %491 = load <16 x float>, ptr %490, align 64
  %492 = fmul <16 x float> %491, %splat114
  %493 = mul i64 %chunk119, 64
  %494 = getelementptr i8, ptr %475, i64 %493
  store <16 x float> %492, ptr %494, align 4
  %495 = add nsw i64 %chunk119, 1
  br label %chunk115

exit118:                                          ; preds = %chunk115
  %496 = call float @llvm.log.f32(float %l105)
  %497 = call float @llvm.fmuladd.f32(float %m104, float 0x3FE62E4300000000, float %496)
  %lse120 = select i1 %471, float 0xFFF0000000000000, float %497
  %498 = getelementptr float, ptr %lse, i64 %orow113
  store float %lse120, ptr %498, align 4
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
